#!/usr/bin/env python3
"""Items right (all tasks exact) in OLD predictions but wrong in NEW: python3 eval/regress.py GOLD OLD NEW"""
import sys
sys.path.insert(0, '/work/shared/eval')
from score import load, align, units
gold, old, new = (load(p) for p in sys.argv[1:4])
def ok(g, p):
    gt = g.get('tasks') or []; pt = (p or {}).get('tasks') or []
    if bool(gt) != bool(pt): return False
    pairs, extra = align(gt, pt)
    return extra == 0 and all(q and units(x.get('lead')) == units(q.get('lead')) and units(x.get('co')) == units(q.get('co')) and x.get('deadline') == q.get('deadline') for x, q in pairs)
for gid, g in gold.items():
    a, b = ok(g, old.get(gid)), ok(g, new.get(gid))
    if a and not b:
        print('REGRESSED', gid, g['text'][:200])
        for t in (new.get(gid) or {}).get('tasks', []): print('   NOW', t['lead'], t['co'], t['deadline'], t.get('deliverable'))
        for t in g['tasks']: print('   GOLD', t['lead'], t['co'], t['deadline'])
    elif b and not a: print('FIXED', gid)
