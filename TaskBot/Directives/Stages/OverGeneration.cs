namespace TaskBot.Directives.Stages;

/// <summary>
/// Conditions of the grouping rules against over-generation (conventions: "the writer's own announcements … yield no
/// task"): clauses inside a directive sentence that hand nothing over although they read like work. Each looks at
/// position, never at a word alone.
/// </summary>
internal static class OverGeneration
{
    /// <summary>
    /// Rule OwnAnnouncementClause: "各责任单位要…报区人民政府办公室，区人民政府办公室将对…进行全程跟踪督办": a clause
    /// whose subject units go straight on to a future 将 (将于/将在 a time, 将对 someone, 将定期/适时/组织…) with no modal
    /// tells what that body will do itself: no task, even in a sentence that asks others for work (the sentence rule
    /// UnitOwnPlan only sees whole sentences). 将 as 把 ("县财政局将资金纳入预算", "…将整改情况报县政府") and a date that
    /// says "by" ("将于12月20日前完成") are no announcement: the task stays.
    /// </summary>
    public static bool AnnouncesOwnWork(Grouping g)
    {
        var c = g.C;
        // "会议要求县住建局将于…", "请县住建局将于…": units asked by the clause's own cue or 请 are told, they do not tell.
        if (c.Co.Count > 0 || c.ModalOpen || c.ModalAfterUnits || c.Addressed || c.Supervisor is not null) return false;
        var t = g.R.T;
        int p = 0;
        if (c.Lead.Count > 0)
            // Right after the last unit named (UnitsEnd may run on past a role word: "将对落实情况…" reads 落实).
            foreach (var h in c.Lead) p = Math.Max(p, h.End);
        else if (SelfReferenceEnd(g, c) is > 0 and var self) p = self;   // "…，我局将于12月25日组织集中培训"
        else return false;
        // Twenty-sixth round, rule AnnouncementCueAfterSubject: the cue counts only before the body that announces. A 要求
        // inside what it will do ("区财政局将根据…项目的要求安排分配使用", "…办公室将于4月26日根据复查要求进行复查") names
        // the standard it works to; it asks nobody.
        if (c.Cue && CueBefore(g, c, c.Lead.Count > 0 ? c.Lead[0].Start : p)) return false;
        p = g.R.SkipSpace(p, c.End);
        if (p < c.End && t[p] is '还' or '也' or '则') p++;
        if (p + 2 >= c.End || t[p] != '将') return false;
        if (ThingIsPut(g, p + 1, c.End)) return false;
        char next = t[p + 1];
        // "…将定期开展工作调度，每季度汇总一次并向县政府报告", "…将进一步总结经验，力争至2022年底发证率达到90%": a date
        // later in the sentence binds the body to a duty or a target: a task. Only the time it announces for itself
        // (将于7月12日) may stand.
        if (DatedLaterInSentence(g, next is '于' or '在' ? p + 2 : p)) return false;
        if (next is '于' or '在') return c.Deadline is null || c.Deadline.Kind == DeadlineKind.Absolute && !g.R.EndsWithBy(c.Deadline);
        if (c.Deadline is not null) return false;
        if (next == '对') return t[p + 2] is not ('象' or '口');
        return g.R.Lx.FutureAfterJiang.MatchAt(t.AsSpan(0, c.End), p + 1) > 0;
    }

    /// <summary>
    /// Rule ReceiverActsOnReport (twenty-fourth round, family extra): "…于1月13日之前提交学院，学院审核后报资产和产业管理处",
    /// "…上报教务处，教务处汇总后在教务处内网予以公布", "…报区政府办公室，区政府办公室对…进行全程跟踪督办": the unit a
    /// result is sent to (conventions: neither lead nor co-lead) names itself again right after the comma and goes on
    /// with what it does with what it receives (a verb of receiverActions, or 对…): the procedure after the hand-in, no
    /// task. Only in that position: a receiver told with a modal ("县民政局要于…审核"), given a date, named with 由 or
    /// 牵头, or doing anything else ("教务处12周完成全校总结") keeps its task.
    /// </summary>
    public static bool ReceiverActsOnReport(Grouping g)
    {
        var c = g.C;
        if (c.Lead.Count != 1 || c.Co.Count > 0 || c.ModalOpen || c.ModalAfterUnits || c.Addressed || c.Cue || c.Supervisor is not null
            || c.Deadline is not null || c.Vague is not null || c.LeadByLeadWord || c.LeadByImplementer) return false;
        var t = g.R.T;
        var h = c.Lead[0];
        int len = h.End - h.Start;
        // The unit opens the clause, and what it does starts right after it.
        if (h.Start != g.R.SkipSpace(c.Start, c.End) || h.End >= c.End
            || g.R.Lx.ReceiverActions.MatchAt(t.AsSpan(0, c.End), h.End) == 0) return false;
        // The clause before ends, at the comma, with the same unit right after a report verb (报, 提交, 上报 …).
        int b = c.Start - 1;
        while (b >= 0 && t[b] == ' ') b--;
        if (b < 0 || t[b] is not (',' or '，')) return false;
        int us = b - len;
        if (us < 1 || !t.AsSpan(us, len).SequenceEqual(t.AsSpan(h.Start, len))) return false;
        return g.R.Lx.ReportTriggers.MatchEndingAt(t, us, Math.Max(0, us - 4)) > 0;
    }

    /// <summary>"我局将…", "我们将…": the clause opens (after 同时, 三是 …) with the writer naming itself; where that word ends, or 0.</summary>
    static int SelfReferenceEnd(Grouping g, Clause c)
    {
        var t = g.R.T;
        var s = t.AsSpan(0, c.End);
        int p = g.R.SkipSpace(c.Start, c.End);
        for (int guard = 0; guard < 3 && p < c.End; guard++)
        {
            int len = g.R.Lx.ClauseOpeners.MatchAt(s, p);
            if (len == 0) break;
            p = g.R.SkipSpace(p + len, c.End);
        }
        int self = g.R.Lx.SelfReferences.MatchAt(s, p);
        return self > 0 ? p + self : 0;
    }

    /// <summary>
    /// A cue (会议…, a speaker verb such as 要求 / 强调) stands in the clause before <paramref name="subject"/>, or the
    /// clause's cue came from its opener: only then are the units after it the ones asked. Cheap: the span before the
    /// subject is a few characters.
    /// </summary>
    static bool CueBefore(Grouping g, Clause c, int subject)
    {
        var t = g.R.T;
        int a = g.R.SkipSpace(c.Start, c.End);
        if (subject <= a) return false;
        var s = t.AsSpan(0, subject);
        for (int j = a; j < subject; j++)
            if (t[j] == '会' && j + 1 < subject && t[j + 1] == '议' || g.R.Lx.SpeakerVerbs.MatchAt(s, j) > 0) return true;
        return false;
    }

    /// <summary>A deadline (not a vague word) starts in the sentence after <paramref name="from"/>, beyond the time right there.</summary>
    static bool DatedLaterInSentence(Grouping g, int from)
    {
        int end = g.Sentence.End;
        foreach (var d in g.R.Deadlines)
        {
            if (d.Kind == DeadlineKind.Vague || d.Invalid || d.Start < from || d.Start >= end) continue;
            if (d.Start <= g.R.SkipSpace(from, end)) continue;
            // Twenty-sixth round: only a date that binds — by when (前, 内, 底…), a span (N天内) or a recurrence (每季度)
            // — makes the body's plan a duty. A bare date later on tells when something happens ("…将在7月7日后开始断水
            // 断电处理，开放时间9月6日8:00"): the announcement stands.
            if (d.Kind == DeadlineKind.Absolute && !g.R.EndsWithBy(d)) continue;
            return true;
        }
        return false;
    }

    /// <summary>"将整改情况报…", "将办理工作纳入…": 将 is 把 when its clause goes on to where the thing is sent or put.</summary>
    static bool ThingIsPut(Grouping g, int from, int end)
    {
        var s = g.R.T.AsSpan(0, end);
        for (int j = from; j < end; j++)
            if (g.R.Lx.ReportTriggers.MatchAt(s, j) > 0 || g.R.Lx.DisposalTargets.MatchAt(s, j) > 0) return true;
        return false;
    }

    /// <summary>
    /// Rule AnnouncementGoesOn: "…市创城办将于7月12日对以上4个社区开展督查，并将督查结果汇报创城领导小组": after an
    /// announcement, a clause of the same sentence that names nobody and asks nothing (no modal) goes on with it.
    /// </summary>
    public static bool GoesOnWithAnnouncement(Grouping g) =>
        g.AnnouncedInSentence && g.C.Lead.Count + g.C.Co.Count == 0 && !g.C.ModalOpen && g.C.Supervisor is null;

    /// <summary>
    /// Rule SanctionForCondition: "对11月中旬依然没有完成任务的，要进行约谈问责", "对落实不力的要进行问责": a sanction
    /// (the clause ends in a word of sanctionEndings) for whoever meets a condition (对/凡…的 just before it, or inside it)
    /// is a standing threat, not work handed over. A sanction that names who applies it or by when ("对整改不到位的企业，
    /// 县应急管理局要在12月20日前约谈") stays a task.
    /// </summary>
    public static bool SanctionsACondition(Grouping g)
    {
        var c = g.C;
        if (c.Lead.Count + c.Co.Count > 0 || c.Deadline is not null || c.Supervisor is not null) return false;
        var t = g.R.T;
        int a = g.R.SkipSpace(c.Start, c.End), b = c.End;
        while (b > a && t[b - 1] is ' ' or '。' or ';' or '!') b--;
        if (b <= a || g.R.Lx.SanctionEndings.MatchEndingAt(t, b, a) == 0) return false;
        // The condition in the clause before: "对…的，" (the reader set it aside as a condition).
        int q = a - 1;
        while (q >= 0 && t[q] is ',' or ' ') q--;
        if (q >= 0 && q < a - 1 && t[q] == '的') return true;
        // The condition inside the clause: "对落实不力的要进行问责".
        if (g.R.Lx.PrepositionOpeners.MatchAt(t.AsSpan(0, b), a) == 0) return false;
        for (int k = a + 1; k < b; k++)
            if (t[k] == '的') return true;
        return false;
    }
}

internal sealed partial class Grouping
{
    (int Item, int Sentence) _announced = (-1, -1);

    /// <summary>Rule OwnAnnouncementClause set a clause of this sentence aside: what follows it may go on with it.</summary>
    public void MarkAnnouncement() => _announced = (Item.Start, SentenceNo);

    public bool AnnouncedInSentence => _announced == (Item.Start, SentenceNo);
}
