#!/usr/bin/env bash
# The TaskBot pilot in the Microsoft 365 Agents Playground, on this machine only (127.0.0.1): the bot on a fresh
# SQLite store with the demo directory, and one Playground per person, each playing someone of the demo directory
# (tools/playground/*.m365agentsplayground.yml): the leader 测试领导, the chiefs 周志强 (县发改局) and 冯国庆 (县财政局),
# and 赵敏 of the 督查室. The README's "A pilot in the Agents Playground" walks through it.
#
#   bash scripts/playground-pilot.sh            # start everything; Ctrl+C stops what it started
#   bash scripts/playground-pilot.sh --check    # start, check every Playground stays up, stop (used by the tests)
#
# TASKBOT_PORT (3978) and PLAYGROUND_PORT (56150, then +1 per person) choose the ports; TASKBOT_SKIP_BUILD=1 skips
# the build. Logs, the store and the Playgrounds' working folders are in artifacts/pilot/ (not tracked by git).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/artifacts/pilot"
bot_port=${TASKBOT_PORT:-3978}
port=${PLAYGROUND_PORT:-56150}
check=false
[ "${1:-}" = "--check" ] && check=true
people=(leader chief-fagai chief-caizheng office)
declare -A label=([leader]="测试领导（县政府办公室，领导）" [chief-fagai]="周志强（县发改局局长）" [chief-caizheng]="冯国庆（县财政局局长）" [office]="赵敏（县委督查室）")

if [ "${TASKBOT_SKIP_BUILD:-}" != 1 ]; then dotnet build "$root/TaskBot" -c Release -nologo -v q >/dev/null; fi
playground="$root/tools/browser/node_modules/@microsoft/m365agentsplayground/cli.js"
if [ ! -f "$playground" ]; then (cd "$root/tools/browser" && npm ci --no-audit --no-fund >/dev/null); fi

rm -rf "$out"; mkdir -p "$out"
pids=()
stop() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT
trap 'exit 130' INT TERM

bin="$root/TaskBot/bin/Release/net10.0"
( cd "$bin" && ASPNETCORE_ENVIRONMENT=Development exec dotnet TaskBot.dll --urls "http://127.0.0.1:$bot_port" \
    "--TaskBot:Storage:Sqlite:Path=$out/taskbot.db" ) >"$out/taskbot.log" 2>&1 & pids+=($!)
for _ in $(seq 120); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$bot_port") 2>/dev/null; then break; fi
  kill -0 "${pids[0]}" 2>/dev/null || { echo "TaskBot 未能启动 / did not start:"; cat "$out/taskbot.log"; exit 1; }
  sleep 0.5
done

declare -A ports
for who in "${people[@]}"; do
  dir="$out/$who"; mkdir -p "$dir"
  cp "$root/tools/playground/$who.m365agentsplayground.yml" "$dir/.m365agentsplayground.yml"
  ( cd "$dir" && TEAMSAPPTESTER_BROWSER=none exec node -r "$root/tools/browser/loopback.cjs" "$playground" \
      -e "http://127.0.0.1:$bot_port/api/messages" -c msteams -p "$port" --dt ) >"$dir/playground.log" 2>&1 & pids+=($!)
  ports[$who]=$port
  port=$((port + 1))
done

# A Playground with a bad configuration prints "Listening on" and then exits without a word: make sure each stays up.
sleep 4
failed=0
i=1
for who in "${people[@]}"; do
  if ! kill -0 "${pids[$i]}" 2>/dev/null; then
    echo "Playground for $who exited: $out/$who/playground.log"; cat "$out/$who/playground.log"; failed=1
  else
    # The Playground picks another port when its own is busy: read the one it took.
    actual=$(grep -o 'Listening on [0-9]*' "$out/$who/playground.log" | tail -1 | grep -o '[0-9]*$' || true)
    [ -n "$actual" ] && ports[$who]=$actual
  fi
  i=$((i + 1))
done
[ $failed = 0 ] || exit 1

echo "督办助手 TaskBot: http://127.0.0.1:$bot_port/api/messages  (log: $out/taskbot.log)"
for who in "${people[@]}"; do echo "  ${label[$who]}: http://127.0.0.1:${ports[$who]}/"; done
if $check; then echo "pilot: ${#people[@]} playgrounds up"; exit 0; fi
echo "按 Ctrl+C 结束 / Ctrl+C stops everything."
wait
