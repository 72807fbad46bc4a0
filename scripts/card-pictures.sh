#!/usr/bin/env bash
# Redraws docs/cards/*.png: every card the bot can produce (TaskBot.Tests/Browser/CardGallery.cs), rendered by the
# npm adaptivecards renderer in headless Chromium (tools/browser/cards.mjs), through the same test that checks them.
# Needs node, /usr/bin/chromium and fonts-noto-cjk + fonts-noto-color-emoji (scripts/test.sh installs them).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ ! -d tools/browser/node_modules ] || [ tools/browser/package-lock.json -nt tools/browser/node_modules ]; then
  (cd tools/browser && npm ci --no-audit --no-fund)
fi
rm -f docs/cards/*.png
# CI=true: a missing browser fails instead of skipping.
CI=true TASKBOT_CARD_PICTURES="$root/docs/cards" dotnet test TaskBot.Tests/TaskBot.Tests.csproj -c Release -nologo \
  --filter "FullyQualifiedName~TaskBot.Tests.Browser.CardRendererTests"
ls docs/cards/*.png
