#!/usr/bin/env python3
"""relabel_apply.py CORPUSDIR changes1.jsonl [changes2.jsonl ...]
Replaces items by id with each change's "new", in the given order. A change whose "old" differs from the
current item (another pass touched it first) is reported as a CONFLICT and skipped, so it can be merged by hand.
Blind files are refused unless --blind is given (a pass over the blind files is its own change file)."""
import json, sys, os, collections
BLIND = {'holdout-c','holdout-d','holdout-e','holdout-f','holdout-m','holdout-n','holdout-o','r15-dated-lists','r15-workdays'}
allow_blind = '--blind' in sys.argv
args = [a for a in sys.argv[1:] if a != '--blind']
corpus = args[0]
files = {}
def load(name):
    if name not in files:
        p = os.path.join(corpus, name + '.jsonl')
        files[name] = [json.loads(l) for l in open(p, encoding='utf-8') if l.strip()]
    return files[name]
stats = collections.Counter(); conflicts = []
for cf in args[1:]:
    for l in open(cf, encoding='utf-8'):
        if not l.strip(): continue
        c = json.loads(l); name = c['file'].replace('.jsonl','')
        if name in BLIND and not allow_blind: stats['refused_blind'] += 1; continue
        items = load(name)
        idx = [i for i, it in enumerate(items) if it['id'] == c['id']]
        if len(idx) != 1: conflicts.append((cf, name, c['id'], 'id not found')); continue
        i = idx[0]
        if items[i] != c['old']:
            conflicts.append((cf, name, c['id'], 'old differs')); continue
        if c['new'].get('id') != c['id'] or c['new'].get('text') != c['old'].get('text'):
            conflicts.append((cf, name, c['id'], 'id or text changed')); continue
        items[i] = c['new']; stats[(os.path.basename(os.path.dirname(cf)), name)] += 1
for name, items in files.items():
    with open(os.path.join(corpus, name + '.jsonl'), 'w', encoding='utf-8') as f:
        for it in items: f.write(json.dumps(it, ensure_ascii=False) + '\n')
for k, v in sorted(stats.items(), key=str): print(k, v)
for c in conflicts: print('CONFLICT', *c)
