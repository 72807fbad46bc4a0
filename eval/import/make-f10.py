#!/usr/bin/env python3
"""Builds specs/f10-duban-huizong.json: a 督查室's summary table (督办事项汇总表) of 120+ real directives.

Each row is one labelled item of the project's corpus (eval/corpus) or of ../shared/eval: its text as 督办事项,
its labelled lead and co units as 牵头单位 / 配合单位, its supervisor as 责任领导, and as 完成时限 the labelled
deadline phrase when it carries its own year, else the labelled date written out (2021年2月28日前), the way a
clerk normalises dates in a ledger; a vague phrase (尽快, 立即) is copied as written. The expectations are the
items' own labels, made before this importer existed. Only items with one task, at least one lead and unit
names without list separators inside them are taken."""
import glob, json, os, re
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, "..", ".."))
files = sorted(glob.glob(os.path.join(root, "eval", "corpus", "*.jsonl"))) + \
        [os.path.join(root, "..", "shared", "eval", f) for f in ("directives-real-dev.jsonl", "directives-real-dev-2.jsonl")]
VAGUE = ("尽快", "立即", "抓紧", "及时", "迅速", "马上", "近期", "限期")
rows, seen = [], set()
for f in files:
    if not os.path.exists(f): continue
    for line in open(f, encoding="utf-8"):
        o = json.loads(line)
        tasks = o.get("tasks") or []
        if len(tasks) != 1: continue
        t = tasks[0]
        lead, co = t.get("lead") or [], t.get("co") or []
        units = lead + co
        if not lead or any(re.search(r"[、，,;；\s/]", u) or len(u) < 2 for u in units): continue
        text = re.sub(r"\s+", "", o["text"])
        if len(text) > 160 or text in seen: continue
        seen.add(text)
        d, dt = t.get("deadline"), t.get("deadline_text") or ""
        if d:
            y, m, dd = d.split("-")
            cell = dt if re.search(r"(19|20)\d\d年", dt) and "每" not in dt and "起" not in dt else f"{int(y)}年{int(m)}月{int(dd)}日前"
        else:
            cell = dt if dt in VAGUE else ""
        sup = t.get("supervisor")
        if sup and (len(sup) > 8 or re.search(r"[、，,]", sup)): sup = None
        rows.append({"c": [str(len(rows) + 1), o.get("id", ""), text, "、".join(lead), "、".join(co), sup or "", cell],
                     "lead": lead, "co": co, "supervisor": sup, "deadline": d})
        if len(rows) >= 130: break
    if len(rows) >= 130: break
spec = {"file": "f10-duban-huizong.xlsx", "source": "eval/corpus and ../shared/eval (each row names its item id)",
        "message_date": "2026-12-01",
        "tables": [{"name": "督办事项汇总", "above": ["县委县政府督办事项汇总表", "说明：完成时限以交办文件为准"],
                    "header": [["序号", "来源", "督办事项", "牵头单位", "配合单位", "责任领导", "完成时限"]],
                    "rows": rows}]}
json.dump(spec, open(os.path.join(here, "specs", "f10-duban-huizong.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=0)
print(len(rows), "rows,", sum(1 for r in rows if r["deadline"]), "dated")
