#!/bin/bash
# README (Performance, "Per-turn cost"): a fresh server and data folder, then 100 merchants walking the
# deposit script back to back for TURNS turns each, with the server's CPU per turn and the cold first
# 10 s against the rest. By hand, on a Release build:
#   bash tests/ShopExit.LoadTest/measure-turns.sh [TURNS] [RUNS]     (defaults: 1000 turns, 1 run)
# Extra server flags: SERVER_ARGS="--Turns:Parallelism=16" ...; another build: BOT=/path/to/ShopExit.Bot ...
cd "$(dirname "$0")/../.."
TURNS=${1:-1000}; RUNS=${2:-1}
L=${LOAD:-tests/ShopExit.LoadTest/bin/Release/net10.0/ShopExit.LoadTest}
B=${BOT:-ShopExit.Bot/bin/Release/net10.0/ShopExit.Bot}
S=load-secret-0123456789abcdef
D=/tmp/shopexit-measure-turns
for run in $(seq 1 "$RUNS"); do
  rm -rf $D
  $B --ShopExit:FaqDirectory="$PWD/faq" --urls http://127.0.0.1:5078 --ShopExit:DataDirectory=$D \
     --DirectLine:Secret=$S --DirectLine:PostsPerSecond=100000 --DirectLine:PostBurst=100000 $SERVER_ARGS >$D.log 2>&1 &
  SPID=$!
  for i in $(seq 1 100); do curl -sf http://127.0.0.1:5078/healthz >/dev/null && break; sleep 0.1; done
  echo "== run $run: $TURNS turns x 100 conversations"
  $L --url http://127.0.0.1:5078 --secret $S --script deposit --conversations 100 --turns "$TURNS" --server-pid $SPID $LOAD_ARGS 2>&1 \
    | grep -E "conversations=|server CPU|first 10 s|unexpected replies|turns/s per| s: "
  kill $SPID; wait $SPID 2>/dev/null
done
