#!/bin/bash
# The scale-out table of README (Performance): SQLite, one PostgreSQL instance, two behind nginx,
# and a reply across instances. By hand, on a Release build: bash tests/ShopExit.LoadTest/measure-scaleout.sh
cd "$(dirname "$0")/../.."
L=tests/ShopExit.LoadTest/bin/Release/net10.0/ShopExit.LoadTest
S=load-secret-0123456789abcdef
C=tests/ShopExit.LoadTest/cluster.sh
run() { echo "== $1"; shift; "$L" --secret $S --script deposit "$@" 2>&1 | grep -E "conversations=|server CPU: [0-9]|reply stamped|unexpected replies"; }
bot_sqlite() {
  rm -rf /tmp/shopexit-measure-sqlite; ShopExit.Bot/bin/Release/net10.0/ShopExit.Bot --ShopExit:FaqDirectory="$PWD/faq" --urls http://127.0.0.1:5078 --ShopExit:DataDirectory=/tmp/shopexit-measure-sqlite --DirectLine:Secret=$S --DirectLine:PostsPerSecond=100000 --DirectLine:PostBurst=100000 >/tmp/shopexit-measure-sqlite.log 2>&1 &
  SPID=$!; for i in $(seq 1 50); do curl -sf localhost:5078/healthz >/dev/null && break; sleep 0.2; done
}
bash $C stop >/dev/null 2>&1
bot_sqlite
run "sqlite warm-up" --url http://127.0.0.1:5078 --conversations 100 --turns 100 >/dev/null
run "sqlite 1 instance, back to back" --url http://127.0.0.1:5078 --conversations 100 --turns 200 --server-pid $SPID
run "sqlite 1 instance, paced 1 s" --url http://127.0.0.1:5078 --conversations 100 --turns 30 --think-ms 1000 --server-pid $SPID
kill $SPID; wait $SPID 2>/dev/null
bash $C start 1 >/dev/null
P1=$(cat /tmp/shopexit-cluster/bot1.pid)
run "pg warm-up" --url http://127.0.0.1:5001 --conversations 100 --turns 100 >/dev/null
run "postgres 1 instance, back to back" --url http://127.0.0.1:5001 --conversations 100 --turns 200 --server-pid $P1
run "postgres 1 instance, paced 1 s" --url http://127.0.0.1:5001 --conversations 100 --turns 30 --think-ms 1000 --server-pid $P1
bash $C restart 2 >/dev/null
P2=$(cat /tmp/shopexit-cluster/bot2.pid)
run "pg2 warm-up" --url http://127.0.0.1:8080 --conversations 100 --turns 100 >/dev/null
run "postgres 2 instances behind nginx, back to back" --url http://127.0.0.1:8080 --conversations 100 --turns 200
run "postgres 2 instances behind nginx, paced 1 s" --url http://127.0.0.1:8080 --conversations 100 --turns 30 --think-ms 1000
run "same instance: post and stream on 1, paced 1 s" --url http://127.0.0.1:5001 --conversations 100 --turns 30 --think-ms 1000
run "across: post on 2, stream on 1, paced 1 s" --url http://127.0.0.1:5002 --stream-url http://127.0.0.1:5001 --conversations 100 --turns 30 --think-ms 1000
ps -o pid,rss,cputime -p $P1,$P2
bash $C stop >/dev/null 2>&1
