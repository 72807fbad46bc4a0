import datetime as dt, calendar
H={2024:"1-1;2-10..2-17;4-4..4-6;5-1..5-5;6-10;9-15..9-17;10-1..10-7",
   2025:"1-1;1-28..2-4;4-4..4-6;5-1..5-5;5-31..6-2;10-1..10-8",
   2026:"1-1..1-3;2-15..2-23;4-4..4-6;5-1..5-5;6-19..6-21;9-25..9-27;10-1..10-7"}
M={2024:"2-4,2-18,4-7,4-28,5-11,9-14,9-29,10-12",2025:"1-26,2-8,4-27,9-28,10-11",2026:"1-4,2-14,2-28,5-9,9-20,10-10"}
hol=set();mk=set()
for y,s in H.items():
    for part in s.split(';'):
        if '..' in part:
            a,b=part.split('..');a=dt.date(y,*map(int,a.split('-')));b=dt.date(y,*map(int,b.split('-')))
            while a<=b: hol.add(a);a+=dt.timedelta(1)
        else: hol.add(dt.date(y,*map(int,part.split('-'))))
for y,s in M.items():
    for p in s.split(','): mk.add(dt.date(y,*map(int,p.split('-'))))
def work(d):
    if d in mk: return True
    if d in hol: return False
    return d.weekday()<5
def wd(ref,n):
    d=dt.date.fromisoformat(ref)
    while n>0:
        d+=dt.timedelta(1)
        if work(d): n-=1
    return d.isoformat()
def days(ref,n): return (dt.date.fromisoformat(ref)+dt.timedelta(n)).isoformat()
def months(ref,n):
    d=dt.date.fromisoformat(ref); m=d.month-1+n; y=d.year+m//12; m=m%12+1
    return dt.date(y,m,min(d.day,calendar.monthrange(y,m)[1])).isoformat()
def eom(y,m): return dt.date(y,m,calendar.monthrange(y,m)[1]).isoformat()
if __name__=='__main__':
    assert wd('2025-09-26',3)=='2025-09-30', wd('2025-09-26',3)
    assert wd('2025-09-30',1)=='2025-10-09'
    assert wd('2026-02-13',1)=='2026-02-14'
    print('ok', months('2024-01-31',1))
