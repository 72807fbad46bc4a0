#!/usr/bin/env python3
"""Counts what kind of mistake the parser makes, over several gold/pred pairs: python3 eval/families.py G1 P1 [G2 P2 ...]"""
import json, sys, collections
sys.path.insert(0, '/work/shared/eval')
from score import load, align, units
c = collections.Counter(); ex = collections.defaultdict(list)
args = sys.argv[1:]
for gp, pp in zip(args[::2], args[1::2]):
    gold, pred = load(gp), load(pp)
    for gid, g in gold.items():
        gt = g.get('tasks') or []; pt = (pred.get(gid) or {}).get('tasks') or []
        if not gt and pt: c['nondirective_accepted'] += 1; ex['nondirective_accepted'].append(gid); continue
        pairs, extra = align(gt, pt)
        if extra: c['extra_tasks'] += extra; ex['extra_tasks'].append(gid)
        for x, p in pairs:
            if p is None: c['task_missed'] += 1; ex['task_missed'].append(gid); continue
            gl, pl = units(x.get('lead')), units(p.get('lead'))
            if gl != pl:
                if not pl: k = 'lead_empty_pred'
                elif not gl: k = 'lead_should_be_empty'
                elif pl < gl: k = 'lead_missing_some'
                elif gl < pl: k = 'lead_extra_units'
                elif any(a in b or b in a for a in gl for b in pl): k = 'lead_boundary'
                else: k = 'lead_other'
                c[k] += 1; ex[k].append(gid)
            if units(x.get('co')) != units(p.get('co')): c['co_wrong'] += 1; ex['co_wrong'].append(gid)
            gd, pd = x.get('deadline'), p.get('deadline')
            if gd != pd:
                k = 'date_missed' if gd and not pd else 'date_spurious' if pd and not gd else 'date_wrong'
                c[k] += 1; ex[k].append(gid)
for k, v in c.most_common():
    print(f'{v:5d} {k:24s} {" ".join(sorted(set(ex[k]))[:12])}')
