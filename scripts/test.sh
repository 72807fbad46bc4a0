#!/usr/bin/env bash
# The one test command (README and .ci/run call it). It installs what the tests need, starts the services they
# talk to on 127.0.0.1, runs every test project, stops what it started, and ends with the line
# "N passed, N failed" summed over all test runs (CI reads that line).
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
art="$root/artifacts/test"
mkdir -p "$art"
pids=()
cleanup() { for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null; done; }
trap cleanup EXIT

say() { printf '[test] %s\n' "$*"; }

# 1. Node tools (Azurite), pinned by tools/node/package-lock.json.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  say "installing nodejs and npm from Debian"
  (apt-get update -qq && apt-get install -y -qq nodejs npm) >"$art/apt-node.log" 2>&1
fi
if [ ! -d tools/node/node_modules ] || [ tools/node/package-lock.json -nt tools/node/node_modules ]; then
  say "npm ci in tools/node"
  (cd tools/node && npm ci --no-audit --no-fund) >"$art/npm.log" 2>&1 || { cat "$art/npm.log"; echo "0 passed, 1 failed"; exit 1; }
fi

# 1b. Browser checks (TaskBot.Tests/Browser): Debian Chromium with CJK and emoji fonts, and tools/browser's npm
#     packages (Playwright, the Agents Playground, the adaptivecards renderer), pinned by its package-lock.json.
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -q 'Noto Sans CJK' || ! fc-list 2>/dev/null | grep -q 'Noto Color Emoji'; then
  say "installing chromium, fonts-noto-cjk and fonts-noto-color-emoji from Debian"
  (apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk fonts-noto-color-emoji) >"$art/apt-chromium.log" 2>&1 \
    || say "chromium install failed, see $art/apt-chromium.log (the browser tests fail under CI=true)"
fi
if [ ! -d tools/browser/node_modules ] || [ tools/browser/package-lock.json -nt tools/browser/node_modules ]; then
  say "npm ci in tools/browser"
  (cd tools/browser && npm ci --no-audit --no-fund) >"$art/npm-browser.log" 2>&1 || { cat "$art/npm-browser.log"; echo "0 passed, 1 failed"; exit 1; }
fi

# 2. Azurite Table service, in memory, loopback only, telemetry off. A free port is picked so a second run
#    (or a developer's own Azurite) does not collide.
port=$(python3 - <<'PY'
import socket
s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()
PY
)
( cd tools/node && exec node_modules/.bin/azurite-table --tableHost 127.0.0.1 --tablePort "$port" \
    --inMemoryPersistence --disableTelemetry --silent ) >"$art/azurite.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do
  (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break
  sleep 0.1
done
export TASKBOT_TEST_AZURITE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$port/devstoreaccount1;"
say "azurite on 127.0.0.1:$port"

# 3. Build everything (benchmarks included, so they cannot rot), then run the tests.
passed=0; failed=0; status=0
if ! dotnet build TaskBot.sln -c Release -nologo -v q >"$art/build.log" 2>&1; then
  tail -40 "$art/build.log"
  echo "0 passed, 1 failed"
  exit 1
fi
dotnet test TaskBot.Tests/TaskBot.Tests.csproj -c Release --no-build -nologo 2>&1 | tee "$art/dotnet-test.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
while IFS= read -r line; do
  f=$(sed -n 's/.*Failed: *\([0-9]*\),.*/\1/p' <<<"$line"); p=$(sed -n 's/.*Passed: *\([0-9]*\),.*/\1/p' <<<"$line")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done < <(grep -E '^(Passed|Failed)! +- Failed:' "$art/dotnet-test.log")
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then status=1; failed=1; fi
[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed"
exit $status
