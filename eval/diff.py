#!/usr/bin/env python3
"""Show, per item, where predictions differ from gold: python3 eval/diff.py GOLD PRED [--all]."""
import json, sys
sys.path.insert(0, '/work/shared/eval')
from score import load, align, units
gold, pred = load(sys.argv[1]), load(sys.argv[2])
show_all = '--all' in sys.argv
for gid, g in gold.items():
    gt = g.get('tasks') or []
    pt = (pred.get(gid) or {}).get('tasks') or []
    pairs, extra = align(gt, pt)
    bad = extra > 0 or any(p is None or units(x.get('lead')) != units(p.get('lead')) or units(x.get('co')) != units(p.get('co')) or (x.get('deadline') or None) != (p.get('deadline') or None) for x, p in pairs)
    if not bad and not show_all: continue
    print(f"=== {gid} [{g.get('style')}] ref={g.get('meeting_date')}")
    print('  TEXT:', g['text'][:600])
    for x in gt: print('  GOLD:', x.get('lead'), x.get('co'), x.get('deadline'), x.get('deadline_text'), '|', x.get('deliverable'))
    for x in pt: print('  PRED:', x.get('lead'), x.get('co'), x.get('deadline'), x.get('deadline_text'), '|', x.get('deliverable'))
    if g.get('note'): print('  NOTE:', g['note'])
