#!/usr/bin/env python3
"""r20-fold: one task per distinct lead (and co) and per deliverable with its own timing.
Gold tasks of one item with the same lead and co, no deadline and no deadline_text are one task
(conventions 'One sentence, several tasks'; owner: no item of the 223 holds two untimed tasks of one lead;
nb-046, da-039, da-032, da-070, nb-057 fold). Items whose text has 同时 (conventions: '同时，做好…' is another task
of the same unit) are left alone. NOT APPLIED (see README.md, "An open line"). Usage: python3 eval/corpus/relabels/r20-fold-candidate.py eval/corpus OUT.jsonl FILE... (file names without .jsonl)"""
import json, sys, copy
corpus, out, files = sys.argv[1], sys.argv[2], sys.argv[3:]
def key(t): return (tuple(sorted(t.get('lead') or [])), tuple(sorted(t.get('co') or [])))
def untimed(t): return not t.get('deadline') and not t.get('deadline_text')
n = 0; skipped = []
with open(out, 'w', encoding='utf-8') as w:
    for f in files:
        for l in open(f'{corpus}/{f}.jsonl', encoding='utf-8'):
            if not l.strip(): continue
            d = json.loads(l); ts = d.get('tasks') or []
            groups = {}
            for i, t in enumerate(ts):
                if untimed(t): groups.setdefault(key(t), []).append(i)
            multi = [g for g in groups.values() if len(g) >= 2]
            if not multi: continue
            if '同时' in d['text']: skipped.append(d['id']); continue
            new = copy.deepcopy(d); drop = set(); 
            for g in multi:
                first = new['tasks'][g[0]]
                dels = [ts[i].get('deliverable') for i in g if ts[i].get('deliverable')]
                first['deliverable'] = '；'.join(dels) if dels else first.get('deliverable')
                sups = [ts[i].get('supervisor') for i in g if ts[i].get('supervisor')]
                if sups and not first.get('supervisor'): first['supervisor'] = sups[0]
                drop.update(g[1:])
            new['tasks'] = [t for i, t in enumerate(new['tasks']) if i not in drop]
            new['note'] = ((d.get('note') or '') + f" [r20-fold: one task per lead and per deliverable with its own timing; {len(drop)} untimed task(s) of the same lead folded (conventions 'One sentence, several tasks'; owner nb-046, da-039)]").strip()
            w.write(json.dumps({'file': f, 'id': d['id'], 'rule': 'untimed-same-lead-is-one-task', 'reason': 'tasks of one lead without a timing of their own are one task (conventions: one task per distinct lead and per deliverable that has its own deadline; owner nb-046, da-039, da-032, da-070, nb-057; no owner item holds two untimed tasks of one lead)', 'old': d, 'new': new}, ensure_ascii=False) + '\n')
            n += 1
print(n, 'items changed;', len(skipped), 'left alone for 同时:', ' '.join(skipped), file=sys.stderr)
