using System.Text.RegularExpressions;

namespace TaskBot.Directives.Stages;

/// <summary>
/// Stage 3, deadline placement: <see cref="DeadlineGrammar"/> has found every deadline phrase of the item (which
/// rule, which date); this stage decides which of them is the deadline of a clause. A phrase is one only where a
/// deadline can stand: a relative span after the unit, a role word, 在/于 or at the clause start (not a service-time
/// limit), a date that says "by" or is followed by what must be done then (not an event's date), never inside a
/// 《title》 nor in a 的-phrase that says which thing is meant.
/// </summary>
internal readonly struct DeadlinePlacement
{
    readonly Reading r;
    readonly string t;
    readonly DirectiveLexicon lx;

    public DeadlinePlacement(Reading reading)
    {
        r = reading;
        t = r.T;
        lx = r.Lx;
    }

    List<DeadlineMatch> Deadlines => r.Deadlines;   // the current item's, sorted by start

    /// <summary>Gives a fully read clause its deadline (and its vague time word, 尽快, if any).</summary>
    public void Place(Clause c)
    {
        if (c.ContentStart < 0) return;
        PickDeadline(c, c.Start, c.End, c.ContentStart);
        if (r.Trace is { } trace)
        {
            if (c.Deadline is { } d) trace.DeadlinePlaced(r, c, d, vague: false);
            if (c.Vague is { } v) trace.DeadlinePlaced(r, c, v, vague: true);
        }
    }

    /// <summary>
    /// The clause's deadline: the first dated or datable phrase in it. Relative spans count only where a
    /// deadline can stand (after the unit, a role word, 在/于, or at the start), so "报告书14个工作日内" (a
    /// service-time limit) and "压缩至90个工作日以内" (a target) are not taken for deadlines.
    /// </summary>
    void PickDeadline(Clause c, int s, int e, int contentStart)
    {
        for (int k = FirstDeadlineFrom(s); k < Deadlines.Count && Deadlines[k].Start < e; k++)
        {
            var d = Deadlines[k];
            if (d.End > e || d.Kind == DeadlineKind.RecurrenceStart || d.Invalid) continue;
            if (InsideTitle(s, d.Start)) continue;
            if (d.Kind == DeadlineKind.Vague) { c.Vague ??= d; continue; }
            if (InsideSlogan(s, d)) continue;
            if (PastPeriod(d) || RecentPastDay(d) || ReferenceDayIsEvent(d, s, e)) continue;
            // A relative span whose rule read its anchor ("收到本通知后5个工作日内") needs no further context.
            if (d.IsRelative && !d.Target && !ByLeadWord(d) && !RelativeStandsAsDeadline(d.Start, contentStart, c)) continue;
            bool target = !d.IsRelative && NamedAsTarget(d, s, e);
            if (!d.IsRelative && !target && !DateStandsAsDeadline(d, e))
            {
                if (!DayEnsured(c, d)) continue;
                // The ensured result ("4月20日大田移栽结束", "赫章10月30日关仓") is what is to be done by the day: the clause
                // asks for it, it does not report when something happened.
                c.HasAction = true;
            }
            if (!target && ModifiesNoun(d, e)) continue;
            c.Deadline ??= d;
        }
    }

    /// <summary>
    /// Twenty-third round, rule period_opens_row (family schedrows): "3、6月15日--20日图书馆复核汇总", "9月13日-9月20日学院审核及
    /// 公示": a schedule row opened by a period (start and end) with the work written right after it, no comma between,
    /// is read as "6月15日--20日，图书馆复核汇总": the period is the time given for that work and its end the deadline
    /// (conventions: a period's end, as 上半年 → Jun 30; rule OpeningPeriodWaits). The row's first clause is cut after
    /// the period; the grouping then decides, as with a comma, whether the words after it hand anything over (a unit and
    /// its job) or only tell what the period is ("为学生暑假时间", "放假调休"). Only a period that opens its sentence (after
    /// an item number, 从 or 自 at most) and is followed by Han words; a period already over at the reference is left alone
    /// (it reports, as in rule OpeningPeriodWaits).
    /// </summary>
    public List<(int Start, int End)> PeriodOpeningClauses(List<(int Start, int End)> clauses)
    {
        // A row is the period and its work, nothing more: a sentence that goes on past a comma ("3月4日至3月7日各教学
        // 单位任课教师根据…拟定考试形式，经…审核后各教学单位汇总…") tells the steps inside the window of a task dated
        // later, not a row of its own.
        if (clauses.Count != 1) return clauses;
        var (cs, ce) = clauses[0];
        int k = FirstDeadlineFrom(cs);
        if (k >= Deadlines.Count) return clauses;
        var d = Deadlines[k];
        if (d.Rule != "range" || d.Invalid || d.Date is null || d.End >= ce || !ChineseText.IsHan(t[d.End])) return clauses;
        if (r.Reference is { } rf && d.Date < rf) return clauses;
        // Nothing but an item number, spaces or 从/自 before the period.
        for (int i = cs; i < d.Start; i++)
            if (ChineseText.IsHan(t[i]) && t[i] is not ('从' or '自')) return clauses;
        // "7月5日至7月31日为自查自纠阶段", "8月28日至8月31日为期初准备时间": 为 / 是 only say what the period is; in
        // train such rows are labelled either way (a phase to track, or a holiday), so they are read as before.
        if (t[d.End] is '为' or '為' or '是') return clauses;
        // "4月14日~16日我市将接受…检查": what will happen in the period, told with 将, is announced, not handed over.
        for (int i = d.End; i < ce; i++)
            if (t[i] is '将' or '將' && !(i > d.End && t[i - 1] is '要' or '须' or '必' or '应' or '需' or '请')) return clauses;
        return [(cs, d.End), (d.End, ce)];
    }

    /// <summary>
    /// Rule dated_milestones_split: "确保4月底前一半以上开工、6月底前全部开工建设、11月底前按计划完工", "严格围绕11月底前上报隐患
    /// 清单的目标及12月底前上报整治方案的要求": milestones listed with 、/及/和/并 inside one clause, each opened by its own date,
    /// are one deliverable per date (conventions: one task per deliverable that has its own deadline), so the clause is
    /// cut before each later date; the grouping then makes each cut a task of the same units (SecondDeadlineSibling).
    /// Only when the earlier date has words of its own before the connector and the later date is followed by what is
    /// to be done: "分别于3月底前、6月底前上报" (two dates of one report) and "12月31日前和1月15日前" stay one clause.
    /// </summary>
    public List<(int Start, int End)> MilestoneClauses(List<(int Start, int End)> clauses)
    {
        // The clauses as they are unless one is cut (most sentences): a new list only then, no iterator per sentence.
        List<(int Start, int End)>? split = null;
        for (int i = 0; i < clauses.Count; i++)
        {
            var (cs, ce) = clauses[i];
            int start = cs;
            DeadlineMatch? prev = null;
            for (int k = FirstDeadlineFrom(cs); k < Deadlines.Count && Deadlines[k].Start < ce; k++)
            {
                var d = Deadlines[k];
                if (d.End > ce || d.Invalid || d.Soft || d.Target || d.IsRelative || d.Date is null || !Milestone(d)) continue;
                if (prev is not null && prev.Date != d.Date && MilestoneCut(prev, d, start, ce) is { } cut)
                {
                    split ??= clauses.GetRange(0, i);
                    split.Add((start, cut.End));
                    start = cut.Next;
                }
                prev = d;
            }
            split?.Add((start, ce));
        }
        return split ?? clauses;
    }

    /// <summary>A day, a month's end, a quarter or a festival ("6月底前", "10月15日前", "三季度末", "春节前"); not a year's target ("年度").</summary>
    bool Milestone(DeadlineMatch d) =>
        d.Kind == DeadlineKind.Festival
        || d.Kind is DeadlineKind.Absolute or DeadlineKind.PeriodEnd && t.AsSpan(d.Start, d.Length).IndexOfAny('月', '季') >= 0;

    (int End, int Next)? MilestoneCut(DeadlineMatch prev, DeadlineMatch d, int start, int ce)
    {
        if (prev.Start < start || d.Start < 1) return null;
        int j = d.Start - 1;
        // Rule milestone_with_its_subject: "确保威宁片区11月10日关仓、赫章10月30日关仓": each milestone may name what it is
        // about (a place, a work) right before its date, as the first one does; the connector stands before that name.
        // Only a short name (up to four characters) and only when the earlier milestone was written the same way.
        int named = 0;
        while (named < 4 && j - named > prev.End && ChineseText.IsHan(t[j - named]) && t[j - named] is not ('、' or '及' or '和' or '并')) named++;
        if (named > 0 && (j - named <= prev.End || t[j - named] is not ('、' or '及' or '和' or '并') || !NamedBefore(prev, start))) named = 0;
        j -= named;
        char link = t[j];
        if (link is not ('、' or '及' or '和' or '并')) return null;
        // The earlier milestone's own words stand between its date and the connector; the later date says what follows.
        int words = 0;
        for (int k = prev.End; k < j; k++) if (ChineseText.IsHan(t[k])) words++;
        if (words < 2 || d.End >= ce || !ChineseText.IsHan(t[d.End])) return null;
        if (t.LastIndexOf("分别", prev.Start, Math.Min(prev.Start + 1, 6), StringComparison.Ordinal) >= 0) return null;
        return link == '并' ? (j, j) : (j, j + 1);
    }

    /// <summary>The milestone names what it is about right before its date: two or more characters after the clause's 确保/保证/力争 or start.</summary>
    bool NamedBefore(DeadlineMatch prev, int start)
    {
        int k = prev.Start, n = 0;
        while (k > start && ChineseText.IsHan(t[k - 1]) && n < 8) { k--; n++; }
        var span = t.AsSpan(k, prev.Start - k);
        int p = EnsuringWordIn(span);
        return p >= 0 && span.Length - p - 2 >= 2;
    }

    /// <summary>Where 确保, else 保证, else 力争 (the words that ensure a result, rule day_ensured) stands in <paramref name="span"/>, or -1.</summary>
    static int EnsuringWordIn(ReadOnlySpan<char> span)
    {
        int p = span.IndexOf("确保", StringComparison.Ordinal);
        if (p < 0) p = span.IndexOf("保证", StringComparison.Ordinal);
        if (p < 0) p = span.IndexOf("力争", StringComparison.Ordinal);
        return p;
    }

    /// <summary>Index of the first deadline starting at or after <paramref name="s"/> (the list is sorted by start).</summary>
    int FirstDeadlineFrom(int s)
    {
        int lo = 0, hi = Deadlines.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Deadlines[mid].Start < s) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// A bare date or period ("第三季度", "2027年3月15日") is a deadline when it says "by" (前, 内, 底, 到…) or when
    /// the clause goes on to what must be done by then; "第三季度全县经济增长" names a period, not a deadline.
    /// </summary>
    bool DateStandsAsDeadline(DeadlineMatch d, int e)
    {
        int at = d.End;
        while (at < e && t[at] == ' ') at++;
        if (at < e && t[at] == '在' && !r.EndsWithBy(d)) return false;   // "于12月3日在县政府召开": where and when something happens
        if (d.Kind is DeadlineKind.Recurring or DeadlineKind.Festival || d.Target || d.TextStart != d.Start || d.End >= e) return true;
        char last = t[d.End - 1];
        if (last is '前' or '内' or '底' or '末' or '份' or '旬' or '止' or ')') return true;
        if (PeriodOfTheWork(d)) return true;
        int f = d.End;
        while (f < e && t[f] == ' ') f++;
        if (f >= e || !ChineseText.IsHan(t[f])) return true;
        return lx.ActionVerbs.MatchAt(t, f) > 0 || lx.CompletionVerbs.MatchAt(t, f) > 0 || lx.Adverbs.MatchAt(t, f) > 0
               || lx.LeadRoles.MatchAt(t, f) > 0 || lx.ImperativeOpeners.MatchAt(t, f) > 0;
    }

    /// <summary>
    /// Rule day_ensured: "确保威宁片区11月10日关仓", "确保大田预整地4月15日大田预整地结束", "保证3月3日会议如期召开", "确保热用户
    /// 10月15日0时室温达标": a day inside a clause that ensures a result (确保 / 保证 / 力争, a purpose clause) is the time the
    /// result is due (conventions: X月Y日 → that date), whatever words stand between the day and the result: the subject
    /// of the result often does (片区, 会议, 室温), so the day was followed by no verb and did not stand. Only a day
    /// (a month's end or a year names a period, read by the period rules); not in a report (已/了 before the day), and
    /// the event-day and past-day checks before this one still apply.
    /// </summary>
    bool DayEnsured(Clause c, DeadlineMatch d)
    {
        if (d.Kind != DeadlineKind.Absolute || d.Date is null) return false;
        int from = c.Start;
        if (!c.Purpose)
        {
            // The list of ensured days goes on ("确保大田预整地4月15日结束，4月20日大田移栽结束"): a clause that opens with its
            // day, after a clause of the same sentence that ensures one.
            // The day opens the clause, or follows the short name of what it is about ("赫章10月30日关仓").
            int o = c.Start;
            while (o < d.Start && t[o] is ' ' or ',' or '，' or '、') o++;
            if (d.Start - o > 4) return false;
            for (int k = o; k < d.Start; k++) if (!ChineseText.IsHan(t[k])) return false;
            from = o;
            while (from > 0 && t[from - 1] is not ('。' or ';' or '；' or '\n' or '!' or '?')) from--;
            var head = t.AsSpan(from, c.Start - from);
            int q = EnsuringWordIn(head);
            if (q < 0 || head[q..].IndexOfAny('已', '了') >= 0) return false;
            bool dayBefore = false;
            foreach (var e in Deadlines) if (e.Start >= from + q && e.End <= c.Start && e.Kind == DeadlineKind.Absolute && !e.Invalid) dayBefore = true;
            return dayBefore;
        }
        if (d.Start <= from) return false;
        var before = t.AsSpan(from, d.Start - from);
        int p = EnsuringWordIn(before);
        return p >= 0 && before[p..].IndexOfAny('已', '了') < 0;
    }

    /// <summary>
    /// Rule period_of_the_work: "开展一季度项目集中开工活动", "确保二季度拟开复工的项目部分落实", "打好一季度经济运行开局战": a
    /// quarter or half that a verb asks for the work of (the period right after the verb) is the time of that work, when
    /// it is the period in progress or the coming one (it ends within six months of the reference). "第三季度全县经济增长" (no verb before) names a period, and
    /// "实行一季度一奖评" a cadence.
    /// </summary>
    bool PeriodOfTheWork(DeadlineMatch d)
    {
        if (d.Rule is not ("quarter" or "half_year" or "first_quarter") || d.TextStart != d.Start || d.Date is not { } date) return false;
        // The period in progress or the coming one: "确保第三季度全县经济增长6%" said in November names next year's
        // quarter, a statistic's period rather than the time of work now asked for.
        if (r.Reference is not { } rf || date < rf || date > rf.AddMonths(6)) return false;
        if (d.End < t.Length && t[d.End] == '一') return false;   // "实行一季度一奖评": a cadence, not a period of work
        int from = Math.Max(0, d.Start - 4);
        return lx.ActionVerbs.MatchEndingAt(t, d.Start, from) > 0;
    }

    /// <summary>
    /// Rule date_named_as_target: "严格按照9月30日建成通车的目标安排施工", "按照春节前完工的目标任务", "确保实现…年底清零的目标",
    /// "围绕12月28日节点目标", "以3月15日为时间节点": a date that a target noun (<see cref="DirectiveLexicon.TargetNouns"/>)
    /// names, directly, after 为, or at the end of the 的-phrase the date opens, is the time the work is to be done by
    /// (conventions, Deadlines: "X月Y日 → that date"; "A completion target tied to a year is a deadline", read for a day
    /// or a month). Without the rule the 的-phrase was taken for one that says which thing is meant ("2000年底前建成的小区",
    /// <see cref="ModifiesNoun"/>), and a date before 节点 for a period named. Not in a report: a clause that says the
    /// target was met ("已实现…的目标", "完成了…的目标") dates nothing (conventions: progress reports are no task).
    /// </summary>
    bool NamedAsTarget(DeadlineMatch d, int s, int e)
    {
        if (d.Date is null) return false;
        for (int k = s; k < d.Start; k++) if (t[k] is '已' or '了') return false;
        int f = d.End;
        if (f < e && t[f] == '为') f++;
        if (f < e && lx.TargetNouns.MatchAt(t, f) > 0) return true;
        for (int k = d.End; k < Math.Min(e, d.End + 12); k++)
        {
            if (!ChineseText.IsHan(t[k])) return false;
            if (t[k] == '的') return k > d.End && lx.TargetNouns.MatchAt(t, k + 1) > 0;
        }
        return false;
    }

    /// <summary>"2000年底前建成的小区": the date describes which thing (a 的-phrase), it is not when to act.</summary>
    bool ModifiesNoun(DeadlineMatch d, int e)
    {
        for (int k = d.End; k < Math.Min(e, d.End + 5); k++)
        {
            if (!ChineseText.IsHan(t[k])) return false;
            if (t[k] == '的') return k > d.End && lx.ActionVerbs.MatchAt(t, d.End) + lx.CompletionVerbs.MatchAt(t, d.End) > 0;
        }
        return false;
    }

    public bool RelativeStandsAsDeadline(int k, int contentStart, Clause c)
    {
        if (lx.ServiceLimitBefore.MatchEndingAt(t, k, Math.Max(0, k - 4)) > 0) return false;
        int j = k;
        while (j > contentStart && t[j - 1] == ' ') j--;
        if (j <= contentStart) return true;
        char prev = t[j - 1];
        if (!ChineseText.IsHan(prev)) return true;
        foreach (var u in c.Lead) if (u.End == j) return true;
        foreach (var u in c.Co) if (u.End == j) return true;
        int from = Math.Max(0, j - 4);
        return lx.LeadRoles.MatchEndingAt(t, j, from) > 0 || lx.CoRoles.MatchEndingAt(t, j, from) > 0
               || lx.Adverbs.MatchEndingAt(t, j, from) > 0 || prev is '并' or '请';
    }

    /// <summary>
    /// Rule relative_after_yu: "于3日内整改到位", "要在10个工作日内": the span is introduced by 于/要在/须在/务必在, which
    /// only a deadline takes ("在3个工作日内办结" alone is left to the context checks: standing rules say it too).
    /// </summary>
    bool ByLeadWord(DeadlineMatch d)
    {
        if (d.TextStart == d.Start) return false;
        int n = d.TextStart - d.Start;
        return n >= 2 || t[d.Start] == '于';
    }

    /// <summary>
    /// Rule slogan_period: "“年初公布、年中检查、年底兑现”": a period inside a quoted list of stages names a cycle, not
    /// the task's deadline. Only a quotation that lists (、) counts: "“6月底前完成”" quoted alone still is one.
    /// </summary>
    bool InsideSlogan(int s, DeadlineMatch d)
    {
        if (d.Start <= s) return false;
        int open = t.LastIndexOf('“', d.Start - 1, d.Start - s);
        if (open < 0) return false;
        int close = t.IndexOf('”', open);
        if (close < 0 || close < d.End || close - open > 40) return false;
        return t.IndexOf('、', open, close - open) >= 0;
    }

    /// <summary>
    /// Rule past_period: "统计周期为2017年第四季度" read in January 2018: a period that carries its own year, ended
    /// before the reference date and does not say "by" (前, 底, 到…) is a statistics or report period, not a deadline
    /// (a day-exact date and "到2019年6月底" are left alone: a notice may be read after its own deadline).
    /// </summary>
    bool PastPeriod(DeadlineMatch d) =>
        d.Kind == DeadlineKind.PeriodEnd && !r.SaysBy(d) && r.Reference is { } rf && d.Date is { } date && date < rf && HasOwnYear(d);

    /// <summary>
    /// Rule recent_past_day: "县政府于3月8日召开专题会议" read on 3月10日: a bare day (no year, no 前, at most 于/在) that fell within
    /// the last three months names when something happened; rolling it to next year's 3月8日 would invent a
    /// deadline. "3月8日前" (by) and a day further back (next year's occurrence is near) are left alone.
    /// </summary>
    bool RecentPastDay(DeadlineMatch d)
    {
        // 于/在 say when ("于3月8日召开"); 要在/务必在/到 and 前 say by.
        if (d.Rule != "month_day" || r.EndsWithBy(d) || t[d.Start] == '到' || d.TextStart - d.Start >= 2) return false;
        if (r.Reference is not { } rf || d.Date is not { } date || date.Year <= rf.Year) return false;
        if (t.IndexOf('年', d.Start, d.Length) >= 0) return false;   // 明年3月8日: the year is written
        var lastYear = date.AddYears(-1);
        return lastYear < rf && rf.DayNumber - lastYear.DayNumber <= 92;
    }

    /// <summary>What may stand between a day and its 前 as a time of day: "下午", "晚19:00", "24:00".</summary>
    const string TimeOfDayChars = "上下中晚早午间点时分半∶: 一二三四五六七八九十零";

    /// <summary>
    /// Rule reference_day_is_event: "12月1日，秦安县召开全县河道综合整治工作会议", "5月14日，王言霖副市长带队赴上迳镇…",
    /// "市教育局于3月26日下午，举行…", "2020年6月11日至12日，按照…", a signature's "2022年11月10日": a bare day (no 前, no
    /// time limit) that is the reference date itself is the day of the meeting, the visit or the document (the reference
    /// is taken from it), not a time to act by (conventions: the framing of minutes is never a task). Only where what
    /// follows the day (a time of day skipped) is no hand-in or completion: "并于4月17日报送至市文明办" is still due that
    /// day, and so is a day followed by its hour ("1月24日24:00前", "2月9日下午下班前").
    /// </summary>
    bool ReferenceDayIsEvent(DeadlineMatch d, int clauseStart, int e)
    {
        if (d.Rule is not ("month_day" or "full_date" or "range") || r.EndsWithBy(d) || t[d.Start] == '到') return false;
        if (r.Reference is not { } rf || d.Date != rf) return false;
        int f = d.End;
        while (f < e && t[f] == ' ') f++;
        // A time of day after the day ("下午", "晚19:00时", "24:00"): what follows it decides; 前 / 下班 say "by".
        int g = f;
        while (g < e && (TimeOfDayChars.Contains(t[g]) || char.IsAsciiDigit(t[g]))) g++;
        if (g < e && (t[g] is '前' or '之' or '以' || t[g] == '班' && t[g - 1] == '下')) return false;
        f = g;
        // A day that is its clause's whole content and opens its sentence ("2月11日，我县举行…") is left to the grouping,
        // which reads it as an event's date (rule EventDateIsReport) and so keeps the report that follows it from
        // becoming a task. In the middle of a sentence ("为贯彻落实…精神，全面开展…工作，12月1日，秦安县召开…") it is no
        // closing deadline of the clause before it either: it dates the meeting after it.
        int c0 = clauseStart;
        while (c0 < d.Start && ChineseText.IsSpace(t[c0])) c0++;
        int p0 = clauseStart - 1;
        while (p0 >= 0 && ChineseText.IsSpace(t[p0])) p0--;
        bool opensSentence = p0 < 0 || t[p0] is '。' or ';' or ':' || t[clauseStart - 1] == '\n';
        if (c0 >= d.Start && (f >= e || !ChineseText.IsHan(t[f])) && opensSentence) return false;
        if (f >= e || !ChineseText.IsHan(t[f])) return true;
        return lx.ReportTriggers.MatchAt(t, f) == 0 && lx.CompletionVerbs.MatchAt(t, f) == 0 || t.AsSpan(f).StartsWith("召开", StringComparison.Ordinal);
    }

    bool HasOwnYear(DeadlineMatch d)
    {
        for (int k = d.Start; k + 4 < d.End; k++)
            if (t[k + 4] == '年' && char.IsAsciiDigit(t[k]) && char.IsAsciiDigit(t[k + 3])) return true;
        return false;
    }

    static readonly Regex SectionTarget = DeadlineGrammar.R(
        @"(?<y>(?:19|20)\d{2})年[^。;\n]{0,30}(?:预期目标|量化指标|目标任务|主要目标|指标任务)");

    /// <summary>
    /// Rule LabelAfterStop: "县住建局要推进老旧小区改造。(完成时限:2026年12月底前)" — a 完成时限 label of an item whose
    /// units stand in its sentences (no unit block) is the time limit of the tasks before it: the sentence reader skips
    /// the label (Blocks.FindLabels), so it is placed here on every task of the item that ends before the label and has
    /// no date of its own. Only the phrase inside the label counts: a date elsewhere in the item is no label.
    /// </summary>
    public void PlaceLabel(Item item, List<Draft> drafts)
    {
        if (item.Blocks.DeadlineLabelAt is not { } lab || item.Blocks.HasRoles || drafts.Count == 0) return;
        int labelEnd = lab;
        while (labelEnd < item.End && t[labelEnd] is not (';' or '。' or '\n' or ')' or ']')) labelEnd++;
        DeadlineMatch? due = null;
        foreach (var dl in r.Deadlines)
            if (dl.Start > lab && dl.Start < labelEnd && dl.Kind != DeadlineKind.RecurrenceStart && !dl.Invalid) { due = dl; break; }
        if (due is null) return;
        foreach (var d in drafts)
            if (d.End <= lab && d.Deadline is null && (d.Vague is null || due.Kind != DeadlineKind.Vague)) d.Deadline = due;
    }

    /// <summary>
    /// Rule section_year_target, applied once an item's tasks are grouped: a heading of a year's targets opens a
    /// section (<see cref="Reading.YearSection"/>) whose year dates every task of this and later items that has no
    /// time of its own; an item that yields no task and is no such heading (a heading without a year) closes it.
    /// </summary>
    public void PlaceSection(int s, int e, List<Draft> drafts)
    {
        if (drafts.Count == 0 && TimeHeading(s, e) is { } time) r.TimeSection = time;
        else if (r.TimeSection is { } open)
            foreach (var d in drafts)
                if (d.Deadline is null && d.Vague is null) d.Deadline = open;
        if (SectionYearTarget(s, e) is { } heading) r.YearSection = heading;
        else if (drafts.Count == 0) r.YearSection = null;
        if (r.YearSection is not { } section) return;
        foreach (var d in drafts)
            if (d.Deadline is null && d.Vague is null) d.Deadline = section;
    }

    static readonly Regex TargetsOfAYear = DeadlineGrammar.R(
        @"(?<y>(?:19|20)[0-9]{2})年度[^。;\n0-9]{0,20}?(?:目标任务|目标责任|计划任务|考核任务|工作目标)");

    static readonly Regex TargetsCompleted = DeadlineGrammar.R(
        @"(?:确保|保证)[^,。;\n]{0,12}(?:目标任务|计划任务)[^,。;\n]{0,6}完成|(?:确保|保证)(?:全面|圆满)?完成[^,。;\n]{0,8}(?:目标任务|计划任务)");

    /// <summary>
    /// Rule year_of_the_targets: "现将2010年度环境保护目标任务下达给你们,各单位要…确保各项环保目标任务圆满完成",
    /// "召开2021年度省市考核目标任务推进会…确保年度目标任务圆满完成": a text that hands down (or meets on) one year's targets
    /// asks, where a task ensures those targets are completed, for them by that year's end. Only a task with no time of its
    /// own (nor a vague one), only when the text names one such year and it has not passed.
    /// </summary>
    public void PlaceTargetsYear(List<Draft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Vague is not null || d.Deadline is { Date: not null }) continue;
            if (!TargetsCompleted.IsMatch(t.AsSpan(d.Start, d.End - d.Start))) continue;
            if (DocumentTargetsYear() is not { } year) return;
            d.Deadline = year;
        }
    }

    /// <summary>
    /// Rule SteeredYearCarriesOn, applied once an item's tasks are grouped: "会议强调，要紧盯全年经济增长目标。扛标单位要扎实推进
    /// 挖潜入统工作…", "各乡镇、各部门要紧盯年度目标任务，…。他强调，要全面抓好任务落实，…确保高质量完成各项既定的目标任务":
    /// the year's targets a sentence steers by (a soft deadline, year_target_steer) are what the next sentence's work is
    /// for: its first task, when it has no time of its own (nor a vague one) and is the same units' or the steering named
    /// nobody, takes the year's end (conventions: 全年/年度 + a target to reach → Dec 31). Only the very next sentence of
    /// the item, and only a steer: a firm date of the sentence before carries nothing.
    /// </summary>
    public void PlaceSteeredYear(List<Draft> drafts)
    {
        for (int i = 1; i < drafts.Count; i++)
        {
            var prev = drafts[i - 1];
            var d = drafts[i];
            if (prev.Deadline is not { Soft: true, Date: not null } steer || d.Deadline is not null || d.Vague is not null) continue;
            // The steer is the task's own words (a year carried on from a sentence before carries no further).
            if (d.Sentence != prev.Sentence + 1 || steer.Start < prev.Start || steer.End > prev.End) continue;
            bool nobody = prev.Lead.Count + prev.Co.Count == 0;
            if (!nobody && !SameUnits(prev.Lead, d.Lead)) continue;
            d.Deadline = steer;
            // "要紧盯全年经济增长目标。" alone, naming nobody: the steer is what the next task is for, no task of its own.
            if (nobody && prev.Parts.Count <= 1)
            {
                r.Trace?.TaskDropped(prev, "SteeredYearCarriesOn");
                drafts.RemoveAt(--i);
            }
        }
    }

    bool SameUnits(List<UnitHit> a, List<UnitHit> b) =>
        a.Count == b.Count && a.Select(r.Surface).OrderBy(x => x).SequenceEqual(b.Select(r.Surface).OrderBy(x => x));

    DeadlineMatch? DocumentTargetsYear()
    {
        if (r.TargetsYearRead) return r.TargetsYear;
        r.TargetsYearRead = true;
        int year = 0, at = -1;
        foreach (System.Text.RegularExpressions.ValueMatch m in TargetsOfAYear.EnumerateMatches(t))
        {
            int y = int.Parse(t.AsSpan(m.Index, 4), System.Globalization.CultureInfo.InvariantCulture);
            if (year != 0 && y != year) return null;
            if (year == 0) at = m.Index;
            year = y;
        }
        if (year == 0 || r.Reference is { } rf && year < rf.Year || year > 2200) return null;
        // "现将2026年度和2027年度…目标任务": any other year's 年度 in the text leaves which year is meant unsaid.
        for (int k = t.IndexOf("年度", StringComparison.Ordinal); k >= 0; k = t.IndexOf("年度", k + 2, StringComparison.Ordinal))
            if (k >= 4 && char.IsAsciiDigit(t[k - 1]) && int.TryParse(t.AsSpan(k - 4, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int other) && other != year)
                return null;
        return r.TargetsYear = new DeadlineMatch(at, at + 5, "year_of_the_targets", DeadlineKind.PeriodEnd, new DateOnly(year, 12, 31)) { Target = true };
    }

    /// <summary>The sentence (up to 。 ; or a line break) that holds <paramref name="due"/>: the recap rules read the date with its sentence.</summary>
    (int From, int To) SentenceAround(DeadlineMatch due)
    {
        int from = due.Start, to = due.End;
        while (from > 0 && t[from - 1] is not ('。' or ';' or '\n')) from--;
        while (to < t.Length && t[to] is not ('。' or ';' or '\n')) to++;
        return (from, to);
    }

    static readonly Regex RecapOfWork = DeadlineGrammar.R(
        @"(?:上述|以上|前述)(?:各项|[一二三四五六七八九十两0-9]{1,2}项|几项|这些)?(?:工作|任务|要求|事项|措施)[^。;\n]{0,30}?(?:完成|到位|办结|完工)");

    /// <summary>
    /// Rule RecapDatesWorkAbove: "2.各单位要切实加强领导，确保上述三项工作在4月26日前全面完成。", "把以上各项要求落实到村一级，并于
    /// 1月24日前全部落实到位": a sentence that only sets the time by which the work listed above (上述/以上/前述 …工作/任务/要求)
    /// must be done dates that work — every task before it in the text that has no date of its own — and is no task of
    /// its own (conventions: one task per deliverable that has its own deadline; the work above is the deliverable).
    /// A sentence that asks for a report of that work ("将上述工作开展情况于12月20日前报送…") hands over the report: it
    /// stays a task and dates nothing above. Returns the date the draft's recap sets, or null.
    /// </summary>
    public DeadlineMatch? RecapOfWorkAbove(Draft d)
    {
        if (d.Deadline is not { Date: not null } due || due.End > d.End) return null;
        // The recap and the date stand in one sentence (the draft may hold only its last clauses), which asks for no report.
        var (from, to) = SentenceAround(due);
        if (!RecapOfWork.IsMatch(t.AsSpan(from, to - from))) return null;
        return lx.WorkReportWords.OccursIn(t.AsSpan(from, to - from)) ? null : due;
    }

    /// <summary>
    /// Rule RecapThenReport: "以上治理工作务必在6月30日前完成，并将结果及时上报相关职能部门": a sentence whose first clause times the
    /// work listed above (以上 / 上述 / 前述, at most four characters naming it, 工作 / 任务, then its date and 完成 / 到位 / 办结 /
    /// 完工, all in one clause) and whose later clause asks for a report of it (<see cref="DirectiveLexicon.WorkReportWords"/>)
    /// does both: the date is the deadline of the work above (as in rule RecapDatesWorkAbove), and the report stays a task of
    /// its own (conventions: one task per deliverable; the report is one). RecapDatesWorkAbove keeps the whole sentence a
    /// task when a report is named anywhere in it, and the work above lost its date. Returns the recap's date, or null.
    /// Only for a draft with a resolved date (a few per text), so the scan is cheap; no Regex.
    /// </summary>
    public DeadlineMatch? RecapThenReport(Draft d)
    {
        if (d.Deadline is not { Date: not null } due || due.End > d.End) return null;
        var (from, to) = SentenceAround(due);
        // The recap clause: 以上/上述/前述 + up to four characters + 工作/任务 before the date, in the date's clause.
        int clauseStart = due.Start;
        while (clauseStart > from && t[clauseStart - 1] is not (',' or ':')) clauseStart--;
        int clauseEnd = due.End;
        while (clauseEnd < to && t[clauseEnd] != ',') clauseEnd++;
        // The draft goes on past the recap clause into the report: one draft, the report's (a report with a date of its
        // own is a draft of its own, and this recap is left as it was).
        if (clauseEnd >= to || d.End <= clauseEnd) return null;
        bool recap = false;
        for (int k = clauseStart; k + 1 < due.Start && !recap; k++)
        {
            if (!(t[k] == '以' && t[k + 1] == '上' || t[k] == '上' && t[k + 1] == '述' || t[k] == '前' && t[k + 1] == '述')) continue;
            for (int j = k + 2; j + 1 < due.Start && j <= k + 6; j++)
                if (t[j] == '工' && t[j + 1] == '作' || t[j] == '任' && t[j + 1] == '务') { recap = true; break; }
        }
        if (!recap) return null;
        var tail = t.AsSpan(due.End, clauseEnd - due.End);
        if (!(tail.EndsWith("完成", StringComparison.Ordinal) || tail.EndsWith("到位", StringComparison.Ordinal)
              || tail.EndsWith("办结", StringComparison.Ordinal) || tail.EndsWith("完工", StringComparison.Ordinal)) || tail.Length > 8) return null;
        // The report: named after the recap clause, not in it.
        if (lx.WorkReportWords.OccursIn(t.AsSpan(clauseStart, clauseEnd - clauseStart))) return null;
        return lx.WorkReportWords.OccursIn(t.AsSpan(clauseEnd, to - clauseEnd)) ? due : null;
    }

    // A recap that points back to the work just asked for: one piece of it (此项工作) or all of it (这些工作).
    static readonly string[] ThisWork = ["这些工作", "这些任务", "此项工作", "该项工作", "这项工作", "本项工作", "此项任务", "该项任务", "这项任务", "此工作", "该工作"];

    /// <summary>
    /// Rule RecapOfThisWorkDatesIt: "现请各部门将已上报的报废物资进行清理并统一归集。此工作于9月8日前完成。", "组建各级普查机构，制定普查方案…，
    /// 开展摸底等。这些工作都将在2020年10月31日前全部完成": a sentence opened by a demonstrative recap of the work (此项工作,
    /// 这些工作…), then only a dated time and its completion (完成, 到位, 办结, 完工), sets the deadline of the work just asked
    /// for, the way RecapDatesWorkAbove does for 上述/以上; it is no task of its own (conventions: one task per deliverable
    /// that has its own deadline). Singular: the last task of the item; plural: the item's undated tasks. Returns the
    /// date and whether the recap is plural, or null.
    /// </summary>
    public (DeadlineMatch Due, bool All)? RecapOfThisWork(Draft d)
    {
        if (d.Deadline is not { Date: not null } due || due.End > d.End) return null;
        int from = due.Start;
        while (from > 0 && t[from - 1] is not ('。' or ';' or '\n')) from--;
        while (from < due.Start && ChineseText.IsCellGap(t[from])) from++;
        foreach (var w in ThisWork)
        {
            if (!t.AsSpan(from).StartsWith(w, StringComparison.Ordinal)) continue;
            int gap = due.Start - (from + w.Length);
            if (gap < 0 || gap > 4) return null;
            int to = due.End;
            while (to < t.Length && t[to] is not ('。' or ';' or '\n' or ',')) to++;
            var rest = t.AsSpan(due.End, to - due.End);
            if (rest.Length > 8 || !(rest.EndsWith("完成", StringComparison.Ordinal) || rest.EndsWith("到位", StringComparison.Ordinal)
                                    || rest.EndsWith("办结", StringComparison.Ordinal) || rest.EndsWith("完工", StringComparison.Ordinal))) return null;
            return (due, w[0] == '这' && w[1] == '些');
        }
        return null;
    }

    /// <summary>
    /// Eleventh round, rule HandInOfWorkAbove: "请各处室认真填写本部门数据，于6月6日前将电子版发送至…邮箱，纸质版经部门负责人审核
    /// 签字盖章后送至…", "…组织学生填写银行代发明细表，签字确认后以学院为单位于11月20日前上交纸质档到教务处", "将《推荐表》和个人
    /// 材料，经党支部和系分别签署意见后，务必于5月25日前报医学院党办": a task whose first clause opens with the form the material
    /// is handed in (<see cref="DirectiveLexicon.HandInForms"/>: 纸质版, 电子档, 签字确认后) or with the sign-off it needs first
    /// (经 + at most 16 characters holding one of <see cref="DirectiveLexicon.SignOffWords"/> + 后), and then hands in (报, 送,
    /// 交, 提交, 发送), tells how the material just asked for reaches the office: the same deliverable, no task of its own
    /// (conventions: one task per deliverable that has its own deadline). Only at a clause's start: "各乡镇经县政府审核后
    /// 组织实施" has its unit first, and "县财政局要审核盖章后报送" opens with the unit.
    /// </summary>
    public bool HandInOfWorkAbove(Draft d)
    {
        int k = d.Start;
        while (k < d.End && ChineseText.IsSpace(t[k])) k++;
        int before = k - 1;
        while (before >= 0 && t[before] is ' ' or '\t') before--;
        if (before >= 0 && t[before] is not (',' or ';' or '。' or '\n' or ':')) return false;
        var s = t.AsSpan(0, d.End);
        int open = lx.HandInForms.MatchAt(s, k);
        if (open > 0) open += k;
        else if (k + 2 < d.End && t[k] == '经')
        {
            bool signed = false;
            for (int j = k + 1; j < Math.Min(d.End, k + 18) && t[j] is not (',' or ';' or '。'); j++)
            {
                if (lx.SignOffWords.MatchAt(s, j) > 0) signed = true;
                if (t[j] == '后' && signed) { open = j + 1; break; }
            }
        }
        if (open <= 0) return false;
        for (int j = open; j < d.End; j++)
            if (t[j] is '报' or '送' or '交' || t[j] == '发' && j + 1 < d.End && t[j + 1] == '送') return true;
        return false;
    }

    /// <summary>
    /// Twenty-second round, rule MaterialHandInDatesWorkAbove's sentence: "…由院系统一报送至科研处。中期检查材料请于7月16日前报送
    /// 科研处", "请各学院做好命题工作。所命试卷经主管院长审核签字后以院为单元于12月9日之前报送教务处": a sentence that opens with
    /// the material (…材料, …试卷), names no unit of its own, and says only by when it is handed in (an optional modal, the
    /// sign-off 经…后, the unit of hand-in 以…为单位, then 于/在 + its date + a hand-in verb), is the hand-in of the work the
    /// units were just asked for: one deliverable, dated by this sentence (conventions: one task per deliverable with its
    /// own deadline). Only at a sentence's start; a 将/把 clause or a unit before the date is another shape.
    /// </summary>
    static readonly Regex MaterialHandIn = DeadlineGrammar.R(
        @"\G[^,，。;；:：\n将把由请各]{0,30}?(?:材料|试卷)(?:请|须|务必|应)?(?:经[^,，。;；]{1,16}后)?(?:以[^,，。;；]{1,6}为单[位元])?(?:于|在)?$");

    static readonly Regex HandInVerb = DeadlineGrammar.R(@"\G(?:之前|前)?(?:报送|上报|上交|送交|送至|提交|报|交)");

    public bool MaterialHandedIn(Draft d)
    {
        if (d.Deadline is not { Date: not null, Soft: false } due || due.Start <= d.Start) return false;
        int k = d.Start;
        while (k < d.End && ChineseText.IsSpace(t[k])) k++;
        int before = k - 1;
        while (before >= 0 && t[before] is ' ' or '\t') before--;
        if (before >= 0 && t[before] is not ('。' or '\n')) return false;
        if (d.Lead.Concat(d.Co).Any(u => u.Start >= k)) return false;
        var m = MaterialHandIn.Match(t.Substring(0, due.Start), k);
        if (!m.Success) return false;
        return HandInVerb.IsMatch(t, due.End);
    }

    static readonly Regex TimeLabel = DeadlineGrammar.R(
        @"\G[^\n:,。;]{0,8}(?:时间|时限|期限)(?:安排)?[ \t]{0,8}(?::|\r?\n)");

    /// <summary>
    /// Rule time_heading_dates_tasks: an item that is only a time heading — a label that names the time ("一、检查整改时间",
    /// "二、工作时间", "一、时间:") and then a date or a period ("2021年3月7日-3月10日", "2010年4月15日前", "自通知下发之日起至
    /// 2020年11月10日止") and nothing else — is when the work the text goes on to hand over must be done: its last day dates
    /// every later task of the text that has no time of its own, until the next time heading. An item that yields a task
    /// is no heading; a longer item is a sentence that tells a time, not a heading. Returns the period's end, or null.
    /// </summary>
    DeadlineMatch? TimeHeading(int s, int e)
    {
        if (e - s > 60) return null;
        int k = s;
        while (k < e && (t[k] is ' ' or '\t' or '\n' or '\r' || !ChineseText.IsHan(t[k]) || ChineseText.ParseNumber(t.AsSpan(k, 1)) > 0 && k + 1 < e && t[k + 1] is '、' or '.' or ')'))
            k++;
        var m = TimeLabel.Match(t, k, e - k);
        if (!m.Success) return null;
        DeadlineMatch? last = null;
        int dates = 0;
        foreach (var d in r.Deadlines)
        {
            if (d.Start < m.Index + m.Length || d.Invalid || d.Date is null) continue;
            if (d.Kind is DeadlineKind.Vague or DeadlineKind.RecurrenceStart or DeadlineKind.Recurring) return null;
            dates++;
            if (last is null || d.Date > last.Date) last = d;
        }
        // "会议时间:2024年4月19日": one day, not said "by", is when an event takes place; a period ("2021年5月-7月", two
        // dates) or a date said "by" ("2010年4月15日前", "…至11月10日止") is a time to get the work done.
        if (last is null || dates < 2 && last.Kind != DeadlineKind.PeriodEnd && !r.EndsWithBy(last)
            && !(last.End < e && t[last.End] is '止' or '前')) return null;
        return last;
    }

    /// <summary>
    /// Rule section_year_target: a heading that ties the rows under it to a year's targets ("一、2023年全区经济社会发展的
    /// 主要预期目标", "2016年《政府工作报告》量化指标任务分工") dates every task under it that has no time of its own with
    /// that year's last day, until a heading without such a year. "2025年政府工作报告重点工作任务分解表" names a
    /// document, not targets: it dates nothing. Returns the heading's year as the deadline phrase, or null.
    /// </summary>
    DeadlineMatch? SectionYearTarget(int s, int e)
    {
        int lineEnd = t.IndexOf('\n', s, e - s);
        if (lineEnd < 0) lineEnd = e;
        if (lineEnd - s > 60) return null;
        var m = SectionTarget.Match(t, s, lineEnd - s);
        // The year opens the heading (after its number "一、", "(一)"): "关于印发2023年…" is a title, read elsewhere, and
        // "各部门要结合2026年度目标任务,…" is a sentence that steers by the year's targets, not a heading over the rows.
        if (!m.Success || m.Index - s > 6 || !OnlyNumbering(s, m.Index)) return null;
        int year = int.Parse(m.Groups["y"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        if (r.Reference is { } rf && year < rf.Year || year > 2200) return null;
        return new DeadlineMatch(m.Index, m.Index + 5, "section_year_target", DeadlineKind.PeriodEnd, new DateOnly(year, 12, 31)) { Target = true };
    }

    static readonly Regex ColumnYearCell = DeadlineGrammar.R(
        @"^(?<y>(?:19|20)[0-9]{2})年度?(?:预期目标|主要目标|任务目标|目标任务|工作目标|目标)$");

    /// <summary>
    /// Rule column_year_target: a table's header row (Rule HeaderRow) whose column of what each row must reach is named
    /// by a year's targets ("序号 | 2022年预期目标 | 责任单位", "民生事项名称 | 2022年度任务目标 | 责任单位 | 分管市领导") says
    /// that every row's target is that year's: each row's task with no time of its own (nor a vague one) is due on
    /// the year's last day (conventions: a completion target tied to a year is a deadline on its last day). The column
    /// dates the rows of its table only — items that carry the table's unit cells or its | cells — until the next
    /// header row; a column named by a past result ("2021年完成情况") or a past year dates nothing.
    /// </summary>
    public void PlaceColumnYear(Item item, List<Draft> drafts)
    {
        if (item.Header)
        {
            r.ColumnYear = ColumnYearTarget(item.Start, item.End);
            return;
        }
        if (r.ColumnYear is not { } column || drafts.Count == 0) return;
        if (!item.Blocks.HasRoles && t.IndexOf('|', item.Start, item.End - item.Start) < 0) return;
        foreach (var d in drafts)
            if (d.Deadline is null && d.Vague is null) d.Deadline = column;
    }

    /// <summary>The header row's cell that names a year's targets, as that year's last day; null: none (or a past year).</summary>
    DeadlineMatch? ColumnYearTarget(int s, int e)
    {
        int k = s;
        while (k < e)
        {
            while (k < e && ChineseText.IsCellGap(t[k])) k++;
            int c = k;
            while (c < e && !ChineseText.IsCellGap(t[c])) c++;
            if (c == k) break;
            if (c - k <= 12 && ColumnYearCell.Match(t.Substring(k, c - k)) is { Success: true } m)
            {
                int year = int.Parse(m.Groups["y"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                if (r.Reference is { } rf && year < rf.Year || year > 2200) return null;
                return new DeadlineMatch(k, k + 5, "column_year_target", DeadlineKind.PeriodEnd, new DateOnly(year, 12, 31)) { Target = true };
            }
            k = c;
        }
        return null;
    }

    /// <summary>Rule heading_number_only: what stands before a heading's year is its number ("一、", "(一)", "1.", "第一部分"), nothing else.</summary>
    bool OnlyNumbering(int s, int k)
    {
        for (int i = s; i < k; i++)
            if (!(char.IsAsciiDigit(t[i]) || ChineseText.ParseNumber(t.AsSpan(i, 1)) > 0 || t[i] is '零' or '〇' or '第' or '部' or '分'
                  or '、' or '.' or '．' or '(' or ')' or '（' or '）' or ' ' or '\t' or '\u3000')) return false;
        return true;
    }

    bool InsideTitle(int s, int k)
    {
        int open = t.LastIndexOf('《', k, k - s + 1 > 0 ? k - s + 1 : 0);
        return open >= 0 && t.IndexOf('》', open, k - open) < 0;
    }
}
