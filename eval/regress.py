#!/usr/bin/env python3
"""Items right (all tasks exact) in OLD predictions but wrong in NEW: python3 eval/regress.py GOLD OLD NEW

With --tasks (after the three paths) it prints one more line, TASKS: gold tasks whose lead, co-leads and deadline
became exact (fixed) or stopped being exact (regressed), and the extra tasks before and after. On a list file an item
holds many tasks and is rarely right as a whole, so a rule that mends some of its tasks shows only here."""
import sys
sys.path.insert(0, '/work/shared/eval')
from score import load, align, units
gold, old, new = (load(p) for p in sys.argv[1:4])
def exact(x, q):
    return bool(q) and units(x.get('lead')) == units(q.get('lead')) and units(x.get('co')) == units(q.get('co')) and x.get('deadline') == q.get('deadline')
def ok(g, p):
    gt = g.get('tasks') or []; pt = (p or {}).get('tasks') or []
    if bool(gt) != bool(pt): return False
    pairs, extra = align(gt, pt)
    return extra == 0 and all(exact(x, q) for x, q in pairs)
def task_marks(g, p):
    """One mark per gold task (exact or not) and the number of predicted tasks matched to no gold task."""
    pairs, extra = align(g.get('tasks') or [], (p or {}).get('tasks') or [])
    return [exact(x, q) for x, q in pairs], extra
tf = tr = xo = xn = 0
for gid, g in gold.items():
    a, b = ok(g, old.get(gid)), ok(g, new.get(gid))
    if a and not b:
        print('REGRESSED', gid, g['text'][:200])
        for t in (new.get(gid) or {}).get('tasks', []): print('   NOW', t['lead'], t['co'], t['deadline'], t.get('deliverable'))
        for t in g['tasks']: print('   GOLD', t['lead'], t['co'], t['deadline'])
    elif b and not a: print('FIXED', gid)
    if '--tasks' in sys.argv[4:]:
        (mo, eo), (mn, en) = task_marks(g, old.get(gid)), task_marks(g, new.get(gid))
        tf += sum(1 for x, y in zip(mo, mn) if y and not x); tr += sum(1 for x, y in zip(mo, mn) if x and not y)
        xo += eo; xn += en
if '--tasks' in sys.argv[4:]:
    print(f'TASKS fixed {tf} regressed {tr} extra {xo}->{xn}')
