def T(lead, deliverable, dtext=None, deadline=None, co=None, sup=None, **kw):
    d={"lead":lead,"co":co or [],"supervisor":sup,"deadline_text":dtext,"deadline":deadline,"deliverable":deliverable}
    d.update(kw); return d
def I(source, title, date, family, style, text, tasks, note=None):
    d={"source":source,"doc_title":title,"meeting_date":date,"family":family,"style":style,"text":text,"tasks":tasks}
    if note: d["note"]=note
    return d
