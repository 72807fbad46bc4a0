#!/usr/bin/env bash
# Draws docs/screenshots/ledger.png: the 督办台账 the bot exports (sheet 台账), from the sample workbook of
# TaskBot.Tests/Ledger/LedgerWorkbookTests.cs, printed to PDF by LibreOffice and cut to the table by pdftoppm
# (Debian: apt-get install --no-install-recommends libreoffice-calc-nogui poppler-utils).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
for tool in soffice pdftoppm; do
  command -v $tool >/dev/null || { echo "$tool not found: apt-get install --no-install-recommends libreoffice-calc-nogui poppler-utils" >&2; exit 1; }
done
TASKBOT_LEDGER_SAMPLE="$out/台账.xlsx" dotnet test "$root/TaskBot.Tests/TaskBot.Tests.csproj" -c Release -nologo \
  --filter "FullyQualifiedName~LedgerWorkbookTests.The_statistics_are_the_weekly_digests_rates" >/dev/null
# The sheet as printed (landscape, fitted to the page's width: the workbook's own page setup), then the table's part of page 1.
(cd "$out" && HOME="$out" soffice --headless --convert-to pdf --outdir "$out" "$out/台账.xlsx" >/dev/null 2>&1)
pdftoppm -png -r 200 -f 1 -l 1 -x 0 -y 60 -W 2339 -H 300 "$out/台账.pdf" "$out/page"
cp "$out"/page*.png "$root/docs/screenshots/ledger.png"
ls -la "$root/docs/screenshots/ledger.png"
