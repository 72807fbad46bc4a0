#!/usr/bin/env bash
# Load run (not part of the tests): directive turns (parse, store, preview card) against the stock echo bot, both
# posting their replies to a fake connector that answers at once. Needs wrk (apt-get install -y wrk) and python3.
# Usage: scripts/load.sh [seconds per run, default 15]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd); cd "$root"
secs=${1:-15}
out="$root/artifacts/load"; mkdir -p "$out"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_port() { for _ in $(seq 1 150); do (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0; sleep 0.1; done; echo "port $1 never opened"; exit 1; }
pids=(); cleanup() { for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }; trap cleanup EXIT

dotnet build TaskBot/TaskBot.csproj -c Release -nologo -v q >"$out/build.log" 2>&1 || { tail -20 "$out/build.log"; exit 1; }
bin="$root/TaskBot/bin/Release/net10.0"
data=$(mktemp -d)

cport=$(free_port); python3 tools/load/fake_connector.py "$cport" & pids+=($!); wait_port "$cport"
bport=$(free_port)
# Production imports no directory unless told: the demo's leader sends the load. One user sends it all, so the
# per-person directive limit is lifted for the measurement.
( cd "$bin" && exec env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning TaskBot__Reminders__Enabled=false \
    TaskBot__Directory__SeedFile=Data/directory.csv TaskBot__Directives__MaxPerMinute=1000000 \
    TaskBot__Storage__Sqlite__Path="$data/taskbot.db" dotnet TaskBot.dll --urls "http://127.0.0.1:$bport" ) >"$out/taskbot.log" 2>&1 & pids+=($!)
eport=$(free_port)
( cd "$bin" && exec dotnet TaskBot.dll echo-bot --urls "http://127.0.0.1:$eport" ) >"$out/echo.log" 2>&1 & pids+=($!)
wait_port "$bport"; wait_port "$eport"

export SERVICE_URL="http://127.0.0.1:$cport/" LEADER="00000000-0000-0000-0000-0000000000020"
run() { # name port connections
  wrk -t2 -c"$3" -d"${secs}s" --latency -s tools/load/directive.lua "http://127.0.0.1:$2" >"$out/$1-c$3.txt" 2>&1
  local rps p50 p99 errs
  rps=$(awk '/Requests\/sec/ {print $2}' "$out/$1-c$3.txt")
  p50=$(awk '$1=="50%" {print $2}' "$out/$1-c$3.txt"); p99=$(awk '$1=="99%" {print $2}' "$out/$1-c$3.txt")
  errs=$(grep -E "Non-2xx|Socket errors" "$out/$1-c$3.txt" | tr '\n' ' ' || true)
  printf '%-16s c=%-4s %10s turns/s   p50 %-9s p99 %-9s %s\n' "$1" "$3" "$rps" "$p50" "$p99" "$errs" | tee -a "$out/summary.txt"
}
: >"$out/summary.txt"
# Warm both up (JIT, SQLite, connection pools, the thread pool at the measured concurrency) before measuring.
wrk -t2 -c50 -d5s -s tools/load/directive.lua "http://127.0.0.1:$bport" >/dev/null
wrk -t1 -c10 -d3s -s tools/load/directive.lua "http://127.0.0.1:$eport" >/dev/null
# The bot's runs first: the stock bot keeps working off its timed-out backlog after wrk stops, which would steal
# the cores from whatever runs next.
for c in 50 200; do run taskbot-directive "$bport" "$c"; sleep 2; done
for c in 50 200; do run stock-echo-bot "$eport" "$c"; sleep 5; done
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores shared with other work)" | tee -a "$out/summary.txt"
echo "previews stored: $(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"select count(*) from documents where kind = 'preview'\").fetchone()[0])" "$data/taskbot.db")" | tee -a "$out/summary.txt"
rm -rf "$data"
