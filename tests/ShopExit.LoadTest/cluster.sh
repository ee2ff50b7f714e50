#!/usr/bin/env bash
# A throwaway scale-out cluster for measuring by hand (README, Performance): PostgreSQL, Redis,
# two bot instances from the Release build and the shipped deploy/nginx.conf in front of them,
# everything under $CLUSTER (default /tmp/shopexit-cluster) on fixed loopback ports.
#
#   bash tests/ShopExit.LoadTest/cluster.sh start [1|2]   # the database, Redis, nginx, and 2 (or 1) instances
#   bash tests/ShopExit.LoadTest/cluster.sh kill N        # SIGKILL instance N (1 or 2)
#   bash tests/ShopExit.LoadTest/cluster.sh restart N     # start instance N again
#   bash tests/ShopExit.LoadTest/cluster.sh soak SECONDS EVERY [load tool options...]
#                                                         # the load tool's --soak through nginx while
#                                                         # instance 1, then 2, ... is killed and restarted every EVERY s
#   bash tests/ShopExit.LoadTest/cluster.sh stop
#
# Instances listen on 5001 and 5002, nginx on 8080, with the secret $SECRET. Build first:
# dotnet build ShopExit.sln -c Release.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
CLUSTER=${CLUSTER:-/tmp/shopexit-cluster}
PG_PORT=${PG_PORT:-55432}
REDIS_PORT=${REDIS_PORT:-56379}
SECRET=${SECRET:-load-secret-0123456789abcdef}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
BOT=$ROOT/ShopExit.Bot/bin/Release/net10.0/ShopExit.Bot
LOAD=$ROOT/tests/ShopExit.LoadTest/bin/Release/net10.0/ShopExit.LoadTest
PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=shopexit;Maximum Pool Size=${PG_POOL:-64}"

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

wait_healthy() {
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$1/healthz" >/dev/null && return 0; sleep 0.2; done
  echo "instance on port $1 did not become healthy: see $CLUSTER/bot$2.log" >&2; return 1
}

start_instance() {
  local n=$1 port=$((5000 + $1))
  # The same settings on every instance (README, Running several instances); a high post limit
  # because load merchants post back to back. $BOT_ARGS adds more.
  "$BOT" --urls "http://127.0.0.1:$port" --ShopExit:InstanceName="bot-$n" \
    --ShopExit:FaqDirectory="$ROOT/faq" --ShopExit:DataDirectory="$CLUSTER/data$n" \
    --ShopExit:Store=postgres "--ConnectionStrings:Postgres=$PG" "--ConnectionStrings:Redis=127.0.0.1:$REDIS_PORT" \
    --ForwardedHeaders:KnownProxies=127.0.0.1 --DirectLine:Secret="$SECRET" \
    --DirectLine:PostsPerSecond=100000 --DirectLine:PostBurst=100000 ${BOT_ARGS:-} >>"$CLUSTER/bot$n.log" 2>&1 &
  echo $! >"$CLUSTER/bot$n.pid"
  disown $!   # killed on purpose: no "Killed" line from the shell
  wait_healthy "$port" "$n"
  echo "instance $n: pid $(cat "$CLUSTER/bot$n.pid"), http://127.0.0.1:$port"
}

start() {
  mkdir -p "$CLUSTER/nginx/temp"
  chmod 755 "$CLUSTER"
  if [ ! -d "$CLUSTER/pg" ]; then
    mkdir -p "$CLUSTER/pg" && chown postgres:postgres "$CLUSTER/pg" 2>/dev/null || true
    as_postgres "$PG_BIN/initdb" -D "$CLUSTER/pg" -U postgres -A trust -E UTF8 --locale=C --no-instructions >/dev/null
  fi
  # Durable settings (fsync on): this is what an operator runs. max_connections covers two
  # instances' store pools and turn-lease pools.
  as_postgres "$PG_BIN/pg_ctl" -D "$CLUSTER/pg" -l "$CLUSTER/pg/server.log" -w \
    -o "-p $PG_PORT -k $CLUSTER/pg -c listen_addresses=127.0.0.1 -c max_connections=500" start >/dev/null
  as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qtc "create database shopexit" postgres 2>/dev/null || true
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$CLUSTER" --save '' --appendonly no --daemonize yes \
    --pidfile "$CLUSTER/redis.pid" --logfile "$CLUSTER/redis.log"
  cp "$ROOT/deploy/nginx.conf" "$CLUSTER/nginx/nginx.conf"   # its ports are the ones above
  /usr/sbin/nginx -p "$CLUSTER/nginx" -c "$CLUSTER/nginx/nginx.conf"
  for n in $(seq 1 "${1:-2}"); do start_instance "$n"; done
  echo "nginx: http://127.0.0.1:8080  (secret $SECRET)"
}

kill_instance() {
  local pid
  pid=$(cat "$CLUSTER/bot$1.pid" 2>/dev/null || true)
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
  rm -f "$CLUSTER/bot$1.pid"
}

stop() {
  for n in 1 2; do kill_instance "$n"; done
  [ -f "$CLUSTER/nginx/nginx.pid" ] && /usr/sbin/nginx -p "$CLUSTER/nginx" -c "$CLUSTER/nginx/nginx.conf" -s stop 2>/dev/null || true
  [ -f "$CLUSTER/redis.pid" ] && kill "$(cat "$CLUSTER/redis.pid")" 2>/dev/null || true
  [ -d "$CLUSTER/pg" ] && as_postgres "$PG_BIN/pg_ctl" -D "$CLUSTER/pg" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$CLUSTER"
}

soak() {
  local seconds=$1 every=$2
  shift 2
  "$LOAD" --url http://127.0.0.1:8080 --secret "$SECRET" --soak "$seconds" "$@" &
  local load=$! n=1 next=$every
  local began=$SECONDS
  while kill -0 "$load" 2>/dev/null; do
    if [ $((SECONDS - began)) -ge "$next" ] && [ "$next" -lt "$seconds" ]; then
      echo "[$((SECONDS - began)) s] SIGKILL instance $n, then start it again"
      kill_instance "$n"
      start_instance "$n"
      n=$((3 - n))
      next=$((next + every))
    fi
    sleep 1
  done
  wait "$load"
}

case "${1:-}" in
  start) start "${2:-2}" ;;
  stop) stop ;;
  kill) kill_instance "$2" ;;
  restart) start_instance "$2" ;;
  soak) shift; soak "$@" ;;
  *) sed -n '2,14p' "$0"; exit 2 ;;
esac
