#!/usr/bin/env bash
# Scores the parser on our own corpus (eval/corpus/*.jsonl) and on ../shared/eval, one line per file.
# Usage: bash eval/score-corpus.sh [path/to/TaskBot.dll]   (default: builds TaskBot in Release and uses that)
set -euo pipefail
cd "$(dirname "$0")/.."
dll=${1:-}
if [[ -z "$dll" ]]; then
  dotnet build TaskBot -c Release -v q -nologo >/dev/null
  dll=TaskBot/bin/Release/net10.0/TaskBot.dll
fi
score=../shared/eval/score.py
files=(eval/corpus/minutes.jsonl eval/corpus/notices.jsonl eval/corpus/division.jsonl eval/corpus/lookalikes.jsonl eval/corpus/open-calls.jsonl eval/corpus/r5-meetings.jsonl eval/corpus/r5-notices.jsonl eval/corpus/r5-lists.jsonl eval/corpus/r6-lookalikes.jsonl eval/corpus/r6-dated.jsonl eval/corpus/r6-lists.jsonl eval/corpus/holdout-a.jsonl eval/corpus/holdout-b.jsonl eval/corpus/holdout-c.jsonl eval/corpus/holdout-d.jsonl eval/corpus/holdout-e.jsonl eval/corpus/holdout-m.jsonl eval/corpus/holdout-f.jsonl eval/corpus/holdout-n.jsonl eval/corpus/holdout-g.jsonl eval/corpus/holdout-o.jsonl eval/corpus/holdout-h.jsonl eval/corpus/holdout-p.jsonl eval/corpus/r8-singles.jsonl eval/corpus/r8-lists.jsonl eval/corpus/r9-singles.jsonl eval/corpus/r9-lists.jsonl eval/corpus/r10-singles.jsonl eval/corpus/r10-lists.jsonl eval/corpus/r11-singles.jsonl eval/corpus/r11-lists.jsonl eval/corpus/r12-singles.jsonl eval/corpus/r12-lists.jsonl eval/corpus/r13-singles.jsonl eval/corpus/r13-dated.jsonl eval/corpus/r13-lists.jsonl eval/corpus/r14-singles.jsonl eval/corpus/r14-dated.jsonl eval/corpus/r14-lists.jsonl eval/corpus/r15-dated-lists.jsonl eval/corpus/r15-workdays.jsonl)
for f in ../shared/eval/directives-real-dev.jsonl ../shared/eval/directives-spec.jsonl ../shared/eval/directives-real-dev-2.jsonl; do
  [[ -f "$f" ]] && files+=("$f")
done
tmp=$(mktemp -d)
for f in "${files[@]}"; do
  [[ -f "$f" ]] || continue
  name=$(basename "$f" .jsonl)
  dotnet "$dll" parse < "$f" > "$tmp/$name.jsonl"
  printf '%-22s %s\n' "$name" "$(python3 "$score" "$f" "$tmp/$name.jsonl")"
done
rm -rf "$tmp"
