#!/usr/bin/env bash
# Scores the importer on the task-division tables in this folder with ../shared/eval/score.py: per file and all
# together. The expectations (*.expected.jsonl) were written from the specs before the importer read the files.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; root="$here/../.."
dll="$root/TaskBot/bin/Release/net10.0/TaskBot.dll"
[ -f "$dll" ] || dotnet build "$root/TaskBot" -c Release >/dev/null
score="${SCORE:-$root/../shared/eval/score.py}"
out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT
for gold in "$here"/*.expected.jsonl; do
  stem="$(basename "$gold" .expected.jsonl)"
  file="$here/$stem.xlsx"; [ -f "$file" ] || file="$here/$stem.docx"
  dotnet "$dll" import-table "$file" --date 2026-12-01 > "$out/$stem.pred.jsonl"
  printf '%-32s ' "$stem"; python3 "$score" "$gold" "$out/$stem.pred.jsonl" | tail -1
done
cat "$here"/*.expected.jsonl > "$out/all.gold"; cat "$out"/*.pred.jsonl > "$out/all.pred"
printf '%-32s ' "ALL"; python3 "$score" "$out/all.gold" "$out/all.pred" | tail -1
