namespace TaskBot.Directives.Stages;

/// <summary>When a grouping rule is asked, and what its firing means for the rules after it.</summary>
internal enum GroupingStep
{
    /// <summary>At an item's start: the rule takes the whole item (no sentence of it is grouped clause by clause).</summary>
    Item,
    /// <summary>For each clause, first: the rule sets the clause aside (it joins no task now); no later rule sees it.</summary>
    SetAside,
    /// <summary>For each clause, next: the rule completes the clause from what waited for it; later rules still run.</summary>
    Complete,
    /// <summary>For each clause: the first of these that holds places the clause (a new task, or the task before).</summary>
    Place,
    /// <summary>For each placed clause, last.</summary>
    AfterPlace,
    /// <summary>At a sentence's end.</summary>
    SentenceEnd,
    /// <summary>At an item's end, before its tasks are built.</summary>
    ItemEnd,
}

/// <summary>
/// A named grouping rule, written like <see cref="DeadlineRule"/> and <see cref="SentenceRule"/>: a name, a
/// condition on the grouping state, a production that changes it, and an example text on which it fires (the tests
/// parse each example and check that the rule fired and what the user gets). Internal: rules read the parser's
/// working state (<see cref="Grouping"/>), which is no API.
/// </summary>
internal sealed record GroupingRule(string Name, GroupingStep Step, Func<Grouping, bool> When, Action<Grouping> Then, string Example);

/// <summary>
/// Stage 4's rules: how the clauses of an item group into tasks (conventions: "a new subject starts a new task,
/// helpers join the task before them"). Clause rules are asked in this order; see <see cref="GroupingStep"/>.
/// </summary>
internal static class GroupingRules
{
    static bool Named(Clause c) => c.Lead.Count + c.Co.Count > 0;

    /// <summary>
    /// Rule RespectiveUnitsShareOutList's draft: the first task of this sentence whose two or more leads end right before
    /// 分别 (a modal may stand between), a verb of the lexicon follows 分别, and the object after the verb lists as many
    /// items (joined by 、, or 和/与/及 for two) as the task has leads. Returns its index, or -1.
    /// </summary>
    static int RespectiveShareIn(Grouping g)
    {
        for (int k = g.DraftsBefore; k < g.Drafts.Count; k++)
            if (g.Drafts[k] is { Lead.Count: >= 2 } d && d.Sentence == g.SentenceNo && RespectiveList(g, d) is not null) return k;
        return -1;
    }

    /// <summary>The items the units of <paramref name="d"/> share out after 分别 + verb (see RespectiveShareIn), or null.</summary>
    static List<(int Start, int End)>? RespectiveList(Grouping g, Draft d)
    {
        var t = g.R.T;
        var lx = g.R.Lx;
        int lastUnit = 0;
        foreach (var h in d.Lead) lastUnit = Math.Max(lastUnit, h.End);
        int p = lastUnit;
        if (p < t.Length && t[p] is '要' or '须' or '应' or '将') p++;
        if (!(p + 1 < t.Length && t[p] == '分' && t[p + 1] is '别' or '別')) return null;
        p += 2;
        int end = p;
        while (end < t.Length && ChineseText.IsHan(t[end]) || end < t.Length && t[end] == '、') end++;
        var span = t.AsSpan(0, end);
        int verb = lx.ActionVerbs.MatchAt(span, p);
        if (verb == 0) verb = lx.CompletionVerbs.MatchAt(span, p);
        // "分别负责校园安全、食品安全检查": the lead's role word stands where the verb would.
        if (verb == 0) verb = lx.LeadRoles.MatchAt(span, p);
        if (verb == 0) return null;
        p += verb;
        var items = new List<(int Start, int End)>();
        int n = d.Lead.Count, s = p;
        for (int i = p; i < end; i++)
        {
            if (t[i] == '、' || n == 2 && items.Count == 0 && t[i] is '和' or '与' or '及')
            {
                if (i == s) return null;
                items.Add((s, i));
                s = i + 1;
            }
        }
        if (items.Count != n - 1) return null;
        // The last item is as long as the first: what follows it is what the items share ("评选初审工作"); with nothing
        // after it ("做好资金保障和审计监督") it is the rest.
        int first = items[0].End - items[0].Start;
        if (end - s < first) return null;
        items.Add((s, s + first));
        return items;
    }

    /// <summary>Rule RespectiveUnitsShareOutList's production: one task per unit, each with its own item of the list.</summary>
    static void ShareOutRespectively(Grouping g, int k)
    {
        var d = g.Drafts[k];
        var items = RespectiveList(g, d)!;
        var lead = new List<UnitHit>(d.Lead);
        lead.Sort((a, b) => a.Start.CompareTo(b.Start));
        var whole = g.R.Cut(items[0].Start, items[^1].End);
        var shares = new List<Draft>(lead.Count);
        for (int i = 0; i < lead.Count; i++)
        {
            var own = g.R.Cut(items[i].Start, items[i].End);
            var x = d.CopyWithoutUnits();
            x.Deliverable = d.Deliverable?.Replace(whole, own);
            x.Lead.Add(lead[i]);
            x.Co.AddRange(d.Co);
            foreach (var part in d.Parts) x.Parts.Add(part with { Text = part.Text.Replace(whole, own) });
            shares.Add(x);
        }
        g.Drafts.RemoveAt(k);
        g.Drafts.InsertRange(k, shares);
        if (ReferenceEquals(g.Cur, d)) g.Cur = shares[^1];
    }

    /// <summary>
    /// Rule OpeningTargetIsTask's opening: a period end that says "by" as a target (到2020年, 到2023年底, “十四五”末),
    /// resolved to a date. A bare month or day ("3月15日，…") tells when something happened and is no such opening.
    /// </summary>
    static bool OpensTarget(Grouping g, DeadlineMatch d) =>
        d.Kind == DeadlineKind.PeriodEnd && d.Date is not null && !d.Soft && (d.Target || g.R.T[d.Start] == '到');

    /// <summary>The clause after the opening period, which has not yet taken it, states what to reach (no verb read).</summary>
    static bool TargetAfterOpening(Grouping g) =>
        g.PendingDeadline is { } d && OpensTarget(g, d) && !Named(g.C) && !g.C.HasAction && !ReportsProgress(g);

    /// <summary>"到2022年底，全县已建成…", "累计完成…": progress told, not a target set.</summary>
    static bool ReportsProgress(Grouping g)
    {
        var t = g.R.T;
        int s = g.C.Start, n = g.C.End - g.C.Start;
        // Rule cumulative_target: 累计 after a target opening not yet past ("到2027年，累计完成…") counts up to it.
        return t.IndexOf('已', s, n) >= 0
               || t.AsSpan(s, n).IndexOf("累计", StringComparison.Ordinal) >= 0 && !(g.PendingDeadline is { Date: { } due } && (g.R.Reference is not { } rf || due >= rf));
    }

    /// <summary>
    /// Rule DatedReportOfWorkIsTask's clause: "并将整改情况于12月31日前报送…", "于12月31日前将自查总结上报…": 将 and then,
    /// before the clause's report verb (报送, 上报, 报 + its receiver; not 汇报, 申报, 报告), what is reported says how
    /// the work went (情况, 总结). Nothing is completed in the clause ("于…前完成A并报" dates A).
    /// </summary>
    static bool ReportsOnWork(Grouping g)
    {
        var t = g.R.T;
        int s = g.C.Start, e = g.C.End, d = g.C.Deadline!.End;
        int take = t.IndexOfAny(['将', '把'], s, e - s);
        if (take < 0) return false;
        int verb = -1;
        for (int i = d; i < e; i++)
        {
            if (t[i] != '报' || i > s && (t[i - 1] is '汇' or '申' or '预' or '填')) continue;
            if (i + 1 < e && t[i + 1] is '告' or '名' or '表' or '道' or '刊' or '批') continue;
            verb = i;
            break;
        }
        if (verb < take) return false;
        var reported = t.AsSpan(take, verb - take);
        // The work before that already writes the report ("进行总结，完成工作总结报告", "将落实情况形成报告") makes
        // one task with handing it in.
        var before = t.AsSpan(g.Cur!.Start, s - g.Cur.Start);
        return (reported.Contains("情况", StringComparison.Ordinal) || reported.Contains("总结", StringComparison.Ordinal))
               && t.AsSpan(s, verb - s).IndexOf("完成", StringComparison.Ordinal) < 0
               && !before.Contains("总结", StringComparison.Ordinal) && !before.Contains("形成", StringComparison.Ordinal);
    }

    /// <summary>
    /// Rule TopicModalClauseIsAnotherTask's clause: "收获进度要及时上报", "对于林地手续要抓紧办理": a short topic (2 to 24
    /// characters of text, no verb of the lexicon, no modal) stands before the clause's first 要, and words follow it.
    /// </summary>
    static bool TopicBeforeModal(Grouping g)
    {
        var t = g.R.T;
        var lx = g.R.Lx;
        int s = g.R.SkipSpace(g.C.Start, g.C.End), e = g.C.End;
        for (int k = s; k < e && k - s <= 24; k++)
        {
            if (!ChineseText.IsHan(t[k])) return false;
            // 要求 is a noun or a verb of its own ("进度要求", "政策要求"), no modal.
            if (t[k] == '要' && !(k + 1 < e && t[k + 1] == '求'))
            {
                if (k - s < 2 || SentenceView.ModalAt(t, k, e, lx) == 0) return false;
                int w = k + 1;
                return w + 1 < e && ChineseText.IsHan(t[w]) && lx.AttitudePhrases.MatchAt(t.AsSpan(0, e), w) == 0;
            }
            if (lx.ActionVerbs.MatchAt(t.AsSpan(0, e), k) > 0 || SentenceView.ModalAt(t, k, e, lx) > 0) return false;
        }
        return false;
    }

    /// <summary>
    /// Rule OpeningPeriodWaits's place: the period opens its sentence ("11月22日—11月26日，…", "从4月7日--4月15日，…"), or
    /// follows only a stage's label ("第一阶段，从4月7日--4月15日，…"). After other words it is told about something
    /// ("公示时间为1月24日—1月30日", "按照市委要求，9月15日-25日，将对…开展督查"): an event's time, as before.
    /// </summary>
    static bool PeriodOpensSentence(Grouping g, DeadlineMatch d)
    {
        var (han, endsInStage) = WordsBeforePeriod(g, d);
        // A stage's label is short and ends in 阶段 ("第一阶段", "准备阶段").
        return han == 0 || han <= 6 && endsInStage;
    }

    /// <summary>The Han characters of the sentence before the period (not counting 从/自/于/在), and whether the
    /// last two of them are 阶段: the words a stage's label is made of.</summary>
    static (int Han, bool EndsInStage) WordsBeforePeriod(Grouping g, DeadlineMatch d)
    {
        var t = g.R.T;
        int han = 0, last = -1;
        for (int k = g.Sentence.Start; k < d.Start; k++)
        {
            if (!ChineseText.IsHan(t[k]) || t[k] is '从' or '自' or '于' or '在') continue;
            han++;
            last = k;
        }
        return (han, last >= 1 && t[last - 1] == '阶' && t[last] == '段');
    }

    /// <summary>Rule StagePeriodDatesStage's label: the period follows a stage's label ("第一阶段，从4月7日--4月15日，…").</summary>
    static bool StageLabelBefore(Grouping g, DeadlineMatch d)
    {
        var (han, endsInStage) = WordsBeforePeriod(g, d);
        return han is > 2 and <= 6 && endsInStage;
    }

    /// <summary>
    /// Rule StagePeriodDatesStage: the stage's period dates every task of its paragraph from its sentence on that has no
    /// date of its own (a pace word such as 立即 is urgency within the window).
    /// </summary>
    static void DateStage(Grouping g)
    {
        if (g.StagePeriod is not { } period) return;
        foreach (var d in g.Drafts)
            if (d.Sentence >= g.StageSentence && d.Paragraph == g.StageParagraph && d.Deadline is null)
                d.Deadline = period;
        g.StagePeriod = null;
    }

    /// <summary>Rule TargetListGoesOn's clause: it opens the part after a semicolon that follows a target task (rule
    /// OpeningTargetIsTask) of the sentence just before, in the same paragraph; it names nobody, has no time of its own and
    /// reports no progress.</summary>
    static bool TargetListGoesOn(Grouping g)
    {
        if (g.Cur is not { OpenedByTarget: true, Deadline: not null } cur || cur.Sentence != g.SentenceNo - 1 || cur.Paragraph != g.ParagraphNo) return false;
        if (Named(g.C) || g.C.Deadline is not null || g.C.Vague is not null || !OpensSentence(g) || ReportsProgress(g)) return false;
        var t = g.R.T;
        int k = g.Sentence.Start - 1;
        while (k >= 0 && ChineseText.IsSpace(t[k])) k--;
        return k >= 0 && t[k] is ';' or '；';
    }

    /// <summary>A clause of no unit and no verb that holds only a date.</summary>
    static bool OnlyADate(Grouping g) =>
        !Named(g.C) && !g.C.HasAction && g.C.Deadline is not null && (g.Cur is null || g.Cur.Deadline is not null || g.Cur.Sentence != g.SentenceNo)
        && !DatedStep(g);

    /// <summary>
    /// Twenty-first round, rule ModalBeforeDate (family recall, "no unit and no modal read"): "…文件，应在2020年12月31日前
    /// 公布", "所有重点提案要求在10月20日前答复完毕", "学生名单请于10月25日前以电子稿的方式报区教研室": a modal (应, 须, 请,
    /// 要求, 必须, 务必, 应当, 要) written right before the date's 在 / 于 asks for the words after the date, as 要在 / 务必在
    /// (the date's own lead words) already do; the words before the modal name the thing, not a unit. Conventions: "a
    /// requirement that names something to be done (usually with a deadline) but no unit is still a task, with an
    /// empty lead". Only the listed modals: 将于 announces, 已于 reports, and a bare 于 is read as before.
    /// </summary>
    /// <returns>Where that modal starts, or -1.</returns>
    static int ModalBeforeDate(Grouping g, DeadlineMatch d)
    {
        var t = g.R.T;
        if (d.Start <= g.C.Start || t[d.Start] is not ('在' or '于')) return -1;
        int len = g.R.Lx.DirectiveModals.MatchEndingAt(t, d.Start, g.C.Start);
        return len > 0 && t.AsSpan(d.Start - len, len) is "应" or "须" or "请" or "要求" or "必须" or "务必" or "应当" or "要" ? d.Start - len : -1;
    }

    /// <summary>
    /// Rule DatedStepIsTask's step: "…9月底前完成7家建设任务。2.托位：3月底前新增100个以上托位；6月底前新增200个以上托位":
    /// a clause naming nobody that opens with a date that says "by" and goes on with words of its own (no verb the
    /// reader knows: 新增, 划入, 达到…) is a step of its own, not a date alone waiting for the clause after it (which
    /// has its own date, or none, so the step's date was lost). Only where no task of the same sentence is open: "县住建局
    /// 要…，12月底前全部完工" closes that task (rule ClosingDeadlineBindsSentence). Progress told (已, 累计) is no step.
    /// </summary>
    static bool DatedStep(Grouping g)
    {
        // The date itself says "by" (3月底前, 2021年底): "力争三季度好于二季度" compares periods; "两周内报名" counts from
        // some start the text does not give.
        if (Named(g.C) || g.C.HasAction || g.C.Purpose || g.C.Deadline is not { Soft: false, IsRelative: false } d || !g.R.EndsWithBy(d)
            || ReportsProgress(g)) return false;
        if (g.Cur is { } cur && cur.Sentence == g.SentenceNo) return false;
        var t = g.R.T;
        // The date opens the clause (its 要在 / 务必在 is part of the match; a step's number may stand before it), and
        // words follow it.
        if (d.Start < g.C.Start || d.End > g.C.End) return false;
        if (ModalBeforeDate(g, d) < 0)
            for (int k = g.C.Start; k < d.Start; k++) if (ChineseText.IsHan(t[k])) return false;
        // Words of the step, not a second date ("5月下旬至6月中旬" is a period).
        int words = 0;
        for (int k = d.End; k < g.C.End; k++)
        {
            if (g.R.DeadlineAt(k, g.C.End) is var past && past > k) { k = past - 1; continue; }
            if (ChineseText.IsHan(t[k]) && t[k] is not ('至' or '到')) words++;
        }
        return words >= 2;
    }

    static void LeadWordMarks(Grouping g)
    {
        // "由县住建局牵头，…": a later 具体负责 in this sentence is the implementer, working under the lead.
        if (g.C.LeadByLeadWord && g.Cur!.Lead.Count > 0)
        {
            g.Cur.LeadByRoleWordInSentence = g.SentenceNo;
            // "由X牵头" is read as addressed too; only a request (请 / 要求 X牵头) speaks to its units in turn.
            int u = g.C.Lead[0].Start;
            g.Cur.LeadAskedInRequest = g.C.Addressed && !(u > 0 && g.R.T[u - 1] == '由');
        }
    }

    public static IReadOnlyList<GroupingRule> All { get; } =
    [
        // ---- an item ----
        // "53 加快推动…20万亩。 经管站 2023年底 已累计完成…31.7万亩": a row of a progress table (目标任务 | 责任单位 |
        // 完成情况) tells how a task set elsewhere goes; the row hands nothing over (conventions: progress reports).
        new("ProgressRowIsReport", GroupingStep.Item,
            g => g.IsProgressRow(),
            g => { },
            "53 加快推动农业规模化经营，完成改革试验20万亩。 经管站 2023年底 已累计完成改革试验面积31.7万亩，同比增长12%。"),
        new("BlockItemIsOneTask", GroupingStep.Item,
            g => g.Item.Blocks.HasRoles && !g.Item.Blocks.Lead.Concat(g.Item.Blocks.Co).All(h => IssuerOfLine(g, h)),
            g => g.TakeBlockItem(),
            "1. 精简项目审批手续。5月底前实现中介超市上线运行。(县发改局牵头,县财政局配合)"),

        // ---- each clause: set aside ----
        // "会议议定" alone: it only sets the tone of the sentence, it adds nothing to a task.
        // Rule OrdinalHeadingOpensList: "徐启发要求，一要强化认识。…各牵头单位一定要…。二要强化落实。未开工要抓开工…": a
        // first numbered requirement that only sets a tone (一要强化认识, 一要提高认识: no job) is set aside as rule ToneOnly
        // sets a tone aside, but the list still begins there: the units in force then (none after a cue of its own
        // sentence) are the list's, and units a sentence before the list named (a report, another matter) are not the
        // addressees of 二要 (rule OrdinalStartsTask). Units named inside 一要's own entry still are.
        new("OrdinalHeadingOpensList", GroupingStep.SetAside,
            g => g.C.Ordinal == 1 && ByName("ToneOnly").When(g),
            g =>
            {
                OrdinalListBegins(g);
                g.OrdinalToneHeading = g.SentenceNo;
                ByName("ToneOnly").Then(g);
            },
            "县住建局要在12月15日前完成危房排查。会议要求，一要提高认识。老旧小区改造是重要民生工程。二要加快老旧小区改造进度，12月20日前完成全部改造任务。"),
        // Twenty-sixth round, rule LaterToneHeadingOpensEntry: "…二要强化落实。未开工要抓开工…。三要强化责任。严格落实…四项机制，
        // 层层压实责任。要全力做好土地、环保…要素保障": a later numbered requirement (二要, 三要…) whose heading only sets a
        // tone is still a new entry of the list (conventions: one text can hold several tasks — 一是…二是…, numbered
        // items), so the work its body names is no more of the entry before it. Set aside as rule ToneOnly sets a tone
        // aside; the first job after it opens the entry's task (rule ToneHeadedEntryStartsTask).
        new("LaterToneHeadingOpensEntry", GroupingStep.SetAside,
            g => g.C.Ordinal >= 2 && ByName("ToneOnly").When(g),
            g =>
            {
                ByName("ToneOnly").Then(g);
                g.PendingOrdinalEntry = g.C.Ordinal;
            },
            "会议要求，一要加快项目建设进度，12月20日前完成主体工程。二要强化责任。严格落实项目包保机制，县住建局要每周调度一次。"),
        new("ToneOnly", GroupingStep.SetAside,
            g => !Named(g.C) && !g.C.HasAction && !g.C.RoleWord && g.C.Deadline is null && g.C.Vague is null && g.C.Supervisor is null
                 && !ListEntryCommand(g) && !TargetAfterOpening(g) && !TargetListGoesOn(g),
            // Its words may still say what the task before it is about, when nothing else does ("带领调查员深入各调查点…").
            g =>
            {
                g.PendingAlso = g.C.Also;
                if (g.Cur is { } cur && cur.Sentence == g.SentenceNo && g.C.Content is { } words) cur.Parts.Add(new(words, 0, g.C.Purpose));
                // "各单位要提高思想认识，要责任到人，带领调查员…": a clause set aside here may still name work of the task.
                if (g.Cur is { } said && said.Sentence == g.SentenceNo && !g.C.Cue && !g.C.Also && g.C.Ordinal == 0 && !g.AttitudeClause(g.C)
                    && g.R.Lx.ClauseOpeners.MatchAt(g.R.T.AsSpan(0, g.C.End), g.R.SkipSpace(g.C.Start, g.C.End)) == 0)
                    said.OnlyAttitude = false;
            },
            "会议议定，县财政局于12月20日前完成预算调整方案。"),
        // Rule CitedBasisIsNoJob: "各基层党委：\n按照《关于建立健全…督促机制的通知》(京组通〔2017〕46号)要求，市委组织部…",
        // "根据县政府安排，…": a clause that only cites the basis of the text — opens with 按照 / 根据 / 依据 (family
        // preambleOpeners) and ends with what was set there (要求, 精神, 部署…, family basisEndings) — hands nothing over;
        // the verbs inside the cited title (建立健全, 做好…工作的通知) are the title's, and its units issued the document.
        // Set aside, it lets an addressee line wait for the clause that asks ("按照…要求，请各市于…前报送…"). A clause
        // that goes on past the basis ("按照要求完成整改") or holds a date is read as before.
        new("CitedBasisIsNoJob", GroupingStep.SetAside,
            g => !g.C.Cue && g.C.Deadline is null && g.C.Vague is null && CitesBasis(g),
            g => { },
            "各乡镇：\n按照《关于做好秋冬季森林防火工作的通知》要求，请各乡镇于12月20日前完成防火隔离带清理。"),
        // "各乡镇人民政府，县政府各部门：" heads what they are asked to do next.
        new("AddresseeLine", GroupingStep.SetAside,
            g => g.C.BareUnits && !g.C.HasAction && g.C.Deadline is null && g.C.Vague is null && !AloneOnLine(g),
            g =>
            {
                if (g.PendingAddressees is null) g.PendingAddressees = g.C;
                else { g.PendingAddressees.Lead.AddRange(g.C.Lead); g.PendingAddressees.Co.AddRange(g.C.Co); }
            },
            "各乡镇人民政府，县政府各部门：请于12月20日前报送本单位年度工作总结。"),
        // Rule OpeningPeriodWaits: "第一阶段，从4月7日--4月15日，各单位要落实补植地块", "11月22日—11月26日，各学院做好宣传工作，
        // 通知学生提交申请": a period (start and end) opening a sentence is the time given for the work that follows; its
        // end is that work's deadline (conventions: a period's end, as 上半年 → Jun 30), as a "by" date waits for it. A
        // single bare date ("3月15日，县委…") still tells when something happened (EventDateIsReport), and a period already
        // over at the reference date reports what was done in it.
        new("OpeningPeriodWaits", GroupingStep.SetAside,
            g => OnlyADate(g) && g.C.Deadline!.Rule == "range" && g.C.Deadline.Date is { } end && (g.R.Reference is not { } rf || end >= rf)
                 && PeriodOpensSentence(g, g.C.Deadline),
            g =>
            {
                g.PendingDeadline = g.C.Deadline;
                g.PendingDeadlineClause = g.C;
                // Rule StagePeriodDatesStage: a new stage ends the one before it.
                DateStage(g);
                if (StageLabelBefore(g, g.C.Deadline!))
                {
                    g.StagePeriod = g.C.Deadline;
                    g.StageSentence = g.SentenceNo;
                    g.StageParagraph = g.ParagraphNo;
                }
            },
            "12月1日—12月15日，各乡镇要做好宣传工作，通知农户提交申请。"),
        // A bare date opening a sentence ("3月15日，县委…") tells when something happened: the sentence reports.
        new("EventDateIsReport", GroupingStep.SetAside,
            g => OnlyADate(g) && !g.SaysBy(g.C.Deadline!),
            g => g.Statement = true,
            "12月1日，县住建局对全县老旧小区改造情况开展检查。"),
        // "到2019年6月底，基本实现…": a date that says "by" opens the sentence; the task follows it.
        new("OpeningDeadlineWaits", GroupingStep.SetAside,
            g => OnlyADate(g),
            g =>
            {
                g.PendingDeadline = g.C.Deadline;
                g.PendingDeadlineClause = g.C;
            },
            "到2027年6月底，县住建局要全面完成老旧小区改造。"),

        // Rule SloganEntryIsNoTask: "提出了七方面工作要求：一是任务要明确；二是打击力度要加大；三是组织领导要强化": an entry of
        // an asked list that is only a topic and a modal with one short word after it (要明确, 要加大, 要到位, 要彻底) is a
        // slogan: it names no work to hand over (conventions: exhortations with nothing to hand over). An entry that goes
        // on ("一是任务要明确，各乡镇要于月底前上报清单") or has an object ("要加大打击力度") is read as before.
        new("SloganEntryIsNoTask", GroupingStep.SetAside,
            g => g.Cur is null && g.InAskedListEntry && !Named(g.C) && g.C.Deadline is null && g.C.Vague is null && SloganEntry(g),
            g => { },
            "会议提出三点要求：一是任务要明确；二是责任要落实；三是整改要彻底。"),
        // Rule OwnAnnouncementClause (see OverGeneration): a unit that 将 does something tells its own plan, no task.
        new("OwnAnnouncementClause", GroupingStep.SetAside,
            OverGeneration.AnnouncesOwnWork,
            g => g.MarkAnnouncement(),
            "各责任单位要在12月20日前将进展情况报区政府办公室，区政府办公室将对落实情况进行全程跟踪督办，并适时通报办理情况。"),
        new("AnnouncementGoesOn", GroupingStep.SetAside,
            OverGeneration.GoesOnWithAnnouncement,
            _ => { },
            "各责任单位要在12月20日前将进展情况报区政府办公室，区政府办公室将对落实情况进行全程跟踪督办，并适时通报办理情况。"),
        // Rule SanctionForCondition (see OverGeneration): "对…的，要进行约谈问责" threatens, it hands nothing over.
        new("SanctionForCondition", GroupingStep.SetAside,
            OverGeneration.SanctionsACondition,
            _ => { },
            "各乡镇要在12月20日前完成改厕任务；对12月中旬依然没有完成任务的，要进行约谈问责。"),

        // Rule ReceiverActsOnReport (see OverGeneration): "…提交学院，学院审核后报…": what the receiver does with a hand-in.
        // Marked like an announcement, so "…，并适时通报" after it goes on with it (rule AnnouncementGoesOn).
        new("ReceiverActsOnReport", GroupingStep.SetAside,
            OverGeneration.ReceiverActsOnReport,
            g => g.MarkAnnouncement(),
            "请各实验室于1月13日之前将整改报告提交学院，学院审核后报资产管理处。"),

        // ---- each clause: complete it from what waited ----
        new("WaitingDeadlineJoins", GroupingStep.Complete,
            g => g.PendingDeadline is not null,
            g =>
            {
                if (g.C.Deadline is null) g.C.Deadline = g.PendingDeadline;
                g.PendingDeadline = null;
            },
            "到2027年6月底，县住建局要全面完成老旧小区改造。"),
        // "…，同时，做好防汛物资储备": the 同时 of the clause before opens this one.
        new("WaitingAlsoJoins", GroupingStep.Complete,
            g => g.PendingAlso,
            g =>
            {
                g.C.Also = true;
                g.PendingAlso = false;
            },
            "县水利局要在12月20日前完成堤防加固方案，同时，做好防汛物资储备。"),
        new("AddresseesTakeTask", GroupingStep.Complete,
            g => !Named(g.C) && g.PendingAddressees is not null && (g.C.HasAction || g.C.RoleWord || g.C.Deadline is not null),
            g =>
            {
                var a = g.PendingAddressees!;
                (g.C.RoleOnlyCo ? g.C.Co : g.C.Lead).AddRange(a.Lead.Concat(a.Co));
                g.C.CoByCooperation = g.C.RoleOnlyCo;
                g.PendingAddressees = null;
            },
            "各乡镇人民政府，县政府各部门：请于12月20日前报送本单位年度工作总结。"),
        // Rule CoRoleNamedUnit: "各牵头单位要…。各参与单位要主动作为，积极配合…", "配合单位要…全力支持配合牵头单位…": units
        // named by a helper's role (参与单位, 配合单位, 协同配合单位, 协办单位) help whoever leads, whatever verb follows them
        // (conventions: co-leads are "Y、Z配合", a 配合单位 column). As helpers they join the task before them, or lead
        // one of their own when they have their own dated work (rule HelpersWithOwnWork).
        new("CoRoleNamedUnit", GroupingStep.Complete,
            g => g.C.Lead.Count > 0 && g.C.Co.Count == 0 && g.C.ModalAfterUnits && !g.C.LeadByLeadWord && g.C.Lead.TrueForAll(h => CoRoleName(g, h)),
            g =>
            {
                g.C.Co.AddRange(g.C.Lead);
                g.C.Lead.Clear();
                g.C.CoByCooperation = true;
            },
            "各牵头单位要在12月20日前制定工作推进方案。各参与单位要主动作为，积极配合，形成工作合力。"),
        // "县水利局要…；同时，配合县财政局完成资金筹措": a task led by the unit helped, the units before as co-leads.
        new("HelpersOfNamedLead", GroupingStep.Complete,
            g => g.C.HelpsNamedLead && g.Cur is not null && g.Cur.Lead.Count > 0 && g.C.Co.Count == 0,
            g => g.C.Co.AddRange(g.Cur!.Lead),
            "县水利局要在12月20日前完成堤防加固方案；同时，配合县财政局在12月31日前完成资金筹措。"),
        // "分管副县长王明督办": a supervisor with no unit supervises the task before, or the next one.
        new("SupervisorOnly", GroupingStep.SetAside,
            g => g.C.Supervisor is not null && g.C.Lead.Count == 0 && g.C.Co.Count == 0,
            g =>
            {
                if (g.Cur is not null && g.Cur.Supervisor is null) g.Cur.Supervisor = g.C.Supervisor;
                else g.PendingSupervisor = g.C.Supervisor;
            },
            "县交通运输局要在12月20日前完成国道改造方案，分管副县长王明督办。"),
        // Rule LeaderWhoOverseesIsSupervisor: "各县级领导要对分管的项目加强督导，各部门要主动配合", "各分管区长要定期调度并督查
        // 检查各项任务完成情况": leaders named only by their title (各级领导, 各分管区长, 县级领导) who are asked to oversee
        // (督导, 督查, 督促) the work are its supervisors, not the unit that does it (conventions: a leader named with 督办 /
        // 分管 is the supervisor); the work keeps an empty lead, or the units named for it. Leaders asked to do a work
        // themselves ("分管领导要…深入基层讲党课") stay its lead, as does any unit name that ends otherwise.
        new("LeaderWhoOverseesIsSupervisor", GroupingStep.Complete,
            g => g.C.Lead.Count > 0 && g.C.Co.Count == 0 && g.C.Supervisor is null && g.C.Lead.TrueForAll(h => LeaderTitleOnly(g, h))
                 && g.R.T.IndexOf('督', g.C.Lead[^1].End, g.C.End - g.C.Lead[^1].End) >= 0,
            g =>
            {
                g.C.Supervisor = string.Join("、", g.C.Lead.Select(g.R.Surface));
                g.C.Lead.Clear();
                g.C.OverseenByLeader = true;
            },
            "会议要求，要抓紧推进项目可研、设计等前期工作，各县级领导要对分管的项目加强督导，各部门要主动配合，12月20日前完成前期手续办理。"),

        // ---- each clause: place it (the first rule that holds) ----
        // "由县住建局牵头，县水务公司具体负责": the implementer works under the lead.
        new("ImplementerUnderLead", GroupingStep.Place,
            g => g.C.Lead.Count > 0 && g.Cur is not null && g.Cur.LeadByRoleWordInSentence == g.SentenceNo && g.C.LeadByImplementer,
            g =>
            {
                g.C.Co.InsertRange(0, g.C.Lead);
                g.C.Lead.Clear();
                Grouping.Merge(g.Cur!, g.C);
                LeadWordMarks(g);
            },
            "由县住建局牵头，县水务公司具体负责，12月20日前完成管网改造。"),
        // Rule OthersActUnderLead (nineteenth round): "县投促中心牵头汇总，三大园区主动共享", "县教育局牵头抓总，业主单位积极
        // 推进", "由县委办牵头，县档案局组织，在该镇召开…现场会": once a unit is marked 牵头 in a sentence, the next unit of the
        // same sentence that only acts (no role word, modal or date of its own) works under it: the division of labour
        // "由A牵头、B配合" written with B's own verb (conventions: co-lead), one job, not a second task. A unit given its
        // own role (负责, 牵头), its own modal or its own date keeps its own task; so does a leader's 牵头 ("由王光玲牵头，
        // 九重镇落实": the leader supervises, the unit leads). A request ("请县应急管理局牵头，各街道办事处严密组织隐患排查")
        // speaks to each unit it names in turn, as 请 A、B does: there the next unit keeps a task of its own.
        new("OthersActUnderLead", GroupingStep.Place,
            g => g.C.Lead.Count > 0 && g.C.Co.Count == 0 && g.Cur is { Lead.Count: > 0 } cur && cur.LeadByRoleWordInSentence == g.SentenceNo
                 && !cur.LeadAskedInRequest && g.Drafts[^1] == cur && !g.C.RoleWord && !g.C.LeadByLeadWord && !g.C.ModalAfterUnits && !g.C.Addressed
                 && g.C.Deadline is null && g.C.Supervisor is null && !g.SameUnits(cur.Lead, g.C.Lead),
            g =>
            {
                g.C.Co.InsertRange(0, g.C.Lead);
                g.C.Lead.Clear();
                Grouping.Merge(g.Cur!, g.C);
                g.Cur!.OthersActedUnder = true;
            },
            "县教育局牵头抓总，业主单位积极推进，12月20日前完成新校区建设。"),
        // Rule DatedStepIsTask: "1.成长驿站：3月底前新建成2家；6月底前新建成2家；9月底前完成7家建设任务。2.托位：3月底前
        // 新增100个以上托位；6月底前新增200个以上托位": in a list of steps, each with its own date, a step whose work the
        // reader finds no verb for is still a step of its own (conventions: one task per deliverable that has its own
        // deadline), for the units of the step before (the subject carries over), not a date that waits and is lost.
        new("DatedStepIsTask", GroupingStep.Place,
            DatedStep,
            g =>
            {
                // The step's words are what follows its date ("新增100个以上托位"), not the date again.
                g.C.Content = null;
                g.Cur = g.Cur is null ? g.Start(g.C) : g.StartLike(g.C, g.Cur, withCooperation: true);
                g.Cur.HasWork = true;
                var step = g.R.Cut(g.R.SkipSpace(g.C.Deadline!.End, g.C.End), g.C.End).Trim();
                // Rule ModalBeforeDate: "所有重点提案要求在10月20日前答复完毕": the thing named before the modal is what the
                // words after the date act on (重点提案答复完毕).
                if (ModalBeforeDate(g, g.C.Deadline) is var ms && ms > g.R.SkipSpace(g.C.Start, g.C.End))
                    step = g.R.Cut(g.R.SkipSpace(g.C.Start, ms), ms).Trim() + step;
                g.Cur.Parts.Add(new(step, 0, false));
            },
            "县卫健局要在12月底前新建成婴幼儿照护驿站2家；2027年3月底前新增托位100个以上；6月底前新增托位200个以上。"),
        // Rule CueAfterNarrationNamesOthers: "日前，省农业农村厅组织召开全省…部署会议，要求全省各地…抓好春耕生产",
        // "视频会后，县市场监管局局长周建强…对禁渔退捕等工作进行具体安排部署，要求各市场监管单位在节前…开展一次再清理":
        // the unit told of in the sentence (no modal asked it, no date binds it) is the one who asks; 要求 + other units
        // hands the work to them (conventions: the framing of minutes and narrative yield no task; the speaking body is
        // no unit of the task). Its own act goes, the asked units open the task (rule CueAfterNarrationNamesNobody does
        // the same when 要求 names nobody). A unit asked (要, 须) or given a date before the 要求 keeps its own task
        // ("县水利局要在12月20日前完成…，要求各乡镇配合"), and so does the speaker asking itself (same units).
        new("CueAfterNarrationNamesOthers", GroupingStep.Place,
            g => g.C.Lead.Count > 0 && g.C.Addressed && g.OpensWithSpeakerVerb(g.C)
                 && g.Cur is { Asked: false, Deadline: null, Vague: null, Lead.Count: > 0 } cur && cur.Sentence == g.SentenceNo
                 && g.Drafts[^1] == cur && !g.SameUnits(cur.Lead, g.C.Lead),
            g =>
            {
                g.Drafts.RemoveAt(g.Drafts.Count - 1);
                g.Cur = g.Start(g.C);
                LeadWordMarks(g);
            },
            "日前，县农业农村局组织召开全县春耕生产调度会，要求各乡镇在12月20日前完成春耕物资储备。"),
        // A new subject starts a new task; a task that named nobody takes the units named later in its own sentence
        // ("年底前完成…，由县财政局负责"), or in the next cell of a table row, never those of the next sentence.
        new("NewSubjectStartsTask", GroupingStep.Place,
            g => g.C.Lead.Count > 0 && (g.Cur is null
                 || g.Cur.Lead.Count > 0 && !g.Cur.CoByCooperation && !g.SameUnits(g.Cur.Lead, g.C.Lead)
                 || g.Cur.CoByCooperation && g.Cur.Sentence != g.SentenceNo
                 || g.Cur.Lead.Count + g.Cur.Co.Count == 0 && g.Cur.Sentence != g.SentenceNo && !g.Sentence.CellBreak
                 || g.Cur.RunsOnNobody && g.Cur.Lead.Count + g.Cur.Co.Count == 0),
            g =>
            {
                g.Cur = g.Start(g.C);
                LeadWordMarks(g);
            },
            "县财政局要在12月20日前完成预算调整；县审计局要在12月31日前完成专项审计。"),
        // Rule LateUnitsSpeakToTheirSentence: "要巩固黑臭水体整治成果，做好秋冬季大气污染防治，行业主管部门要履行监管职责，
        // 加大执法检查力度": a unit named late in a sentence, after a requirement of nobody's already named its work, with a
        // modal or command of its own, is the subject of a second requirement (conventions: a new subject starts a new
        // task), not the lead of the work before it. A unit that only takes the role ("年底前完成…，由县财政局负责") still
        // leads the work before it (rule LeadJoinsTask).
        new("LateUnitsSpeakToTheirSentence", GroupingStep.Place,
            g => g.C.Lead.Count > 0 && g.Cur is { } cur && cur.Lead.Count + cur.Co.Count == 0 && cur.Sentence == g.SentenceNo && cur.Acted
                 && WorkBeforeUnits(g, cur) && g.C.HasAction && (g.C.ModalAfterUnits || g.C.Commanded) && !g.C.RoleWord && !g.C.LeadByLeadWord,
            g =>
            {
                g.Cur = g.Start(g.C);
                LeadWordMarks(g);
            },
            "要巩固黑臭水体整治成果，做好秋冬季大气污染防治，县生态环境局要在12月20日前完成餐饮油烟专项检查。"),
        // Rule UnitsRenamedInNewParagraph: "…确保一季度“开门红”。\n韦能武要求，各地各部门要切实把当前重点工作安排好。要严格
        // 落实安全生产责任制…": a paragraph a speaker or the meeting opens (X要求, 会议强调) that names again the units of the
        // task before speaks to them about a new matter: a task of its own, of this paragraph, so that the requirements
        // after it naming nobody are theirs (rule SubjectlessSentenceStartsTask), not nobody's (NewParagraphNamesNobody).
        new("UnitsRenamedInNewParagraph", GroupingStep.Place,
            g => g.C.Lead.Count > 0 && g.Cur is { Lead.Count: > 0 } cur && cur.Paragraph != g.ParagraphNo && g.ParagraphSpoken
                 && !cur.CoByCooperation && g.SameUnits(cur.Lead, g.C.Lead),
            g =>
            {
                g.Cur = g.Start(g.C);
                LeadWordMarks(g);
            },
            "县财政局要在12月20日前完成预算调整。\n会议强调，县财政局要把当前重点工作安排好。要在12月31日前完成全县债务清理。"),
        // Rule RenamedUnitsAskAgain: "各乡镇要积极开展摸底工作。各乡镇要动员各村摸清现状…": the same units named again
        // at the head of a new sentence, with a modal or command of their own and a job, after a task of theirs that
        // already named its job: one more requirement of those units (conventions: "各乡镇要…；要…；要…" is three tasks of
        // 各乡镇; one task per distinct requirement), not more words of the task before. A role word (由X负责) or a
        // date alone still closes the task before (rule LeadJoinsTask). Eighteenth round: a heading of nobody's may open the
        // sentence before them ("…；要切实担起工作职责，各部门要及时与上级业务部门沟通对接…", mn-067): it is the heading of
        // their requirement (rule HeadingBeforeUnitsJoinsThem), not the opening of more words of the task before.
        new("RenamedUnitsAskAgain", GroupingStep.Place,
            g => g.C.Lead.Count > 0 && g.Cur is { Lead.Count: > 0 } cur && cur.Sentence != g.SentenceNo && !cur.CoByCooperation && !cur.FromBlock
                 && g.SameUnits(cur.Lead, g.C.Lead) && (OpensSentence(g) || HeadingOpensSentence(g)) && cur.Acted && (g.C.HasAction || g.C.ModalWork) && !g.C.Purpose
                 && (g.C.ModalAfterUnits || g.C.Commanded) && !g.C.RoleWord && !g.C.LeadByLeadWord,
            g =>
            {
                g.Cur = g.Start(g.C);
                LeadWordMarks(g);
            },
            "各乡镇要在12月20日前完成秋粮收购摸底。各乡镇要组织各村做好仓储设施检修。"),
        // The same units again, or the units of a task that named nobody in this sentence: one task.
        new("LeadJoinsTask", GroupingStep.Place,
            g => g.C.Lead.Count > 0,
            g =>
            {
                Grouping.Merge(g.Cur!, g.C);
                g.Cur!.Sentence = g.SentenceNo;   // the task is this sentence's now, for a closing deadline
                LeadWordMarks(g);
            },
            "年底前完成全县农村公路危桥改造，由县交通运输局负责。"),
        // Helpers with no task before them open one ("各部门要协同配合…"); the lead may follow.
        new("HelpersOpenTask", GroupingStep.Place,
            g => g.C.Co.Count > 0 && g.Cur is null,
            g => g.Cur = g.Start(g.C),
            "县民政局配合，县财政局牵头，12月20日前完成低保资金发放。"),
        // Rule JointWorkIsAnotherTask: "省气象局要开展人工影响天气作业，联合省生态环境厅做好重污染天气预报预警", "民政部门要
        // 清理街路巷的命名；会同公安机关编制门(楼)牌号": after the subject's own work, a clause that opens with 会同 / 联合
        // and units (rule JointWorkOpensClause) is another job of that subject, done with those units: a task it leads
        // with them as co-leads (conventions: one task per distinct requirement; co-leads are the units it works with),
        // not helpers added to the job before, nor the leads of a job of their own. Before the subject has named any
        // work ("由县经信局牵头，联合各镇…开展…", "工信局牵头，会同财政局…拿出…初稿") the joint work is the task's own, and
        // they join it.
        new("JointWorkIsAnotherTask", GroupingStep.Place,
            g => g.C.JointWork && g.C.Lead.Count == 0 && g.C.HasAction && !g.C.Purpose
                 && g.Cur is { Lead.Count: > 0, CoByCooperation: false, Overseen: false } cur
                 // "省气象局要适时采取…人工影响天气作业，联合…": work asked after a modal counts, though no verb was read.
                 && (cur.Acted || cur.Asked && cur.HasWork && cur.LeadByRoleWordInSentence != g.SentenceNo),
            g =>
            {
                g.C.Lead.AddRange(g.Cur!.Lead);
                g.Cur = g.Start(g.C);
            },
            "省气象局要在12月10日前完成人工影响天气作业方案，联合省生态环境厅在12月20日前做好重污染天气预报预警工作。"),
        // Rule HelpersWithOwnWork: "县自然资源局要在10个工作日内完成…审核；各乡镇要配合做好征地拆迁工作，年底前全部交地": units
        // that 配合 in a sentence of their own, with a job named in the same clause, nobody named to help and a date of
        // their own, do that job themselves (the conventions' "a second requirement with its own subject and deadline"):
        // a task they lead, not helpers of the task before. Without a date of their own they stay helpers
        // ("牵头责任单位要…组织实施。各相关单位要全力支持、积极帮助解决…"), as do "县住建局牵头，县财政局配合，…" (same sentence).
        new("HelpersWithOwnWork", GroupingStep.Place,
            g => g.C.Co.Count > 0 && g.C.Lead.Count == 0 && g.C.HasAction && g.C.Deliverable is not null && !g.C.Purpose
                 && g.Cur!.Sentence != g.SentenceNo && OpensSentence(g) && g.Sentence.View.HasDeadline(),
            g =>
            {
                g.C.Lead.AddRange(g.C.Co);
                g.C.Co.Clear();
                g.C.CoByCooperation = false;
                g.Cur = g.Start(g.C);
            },
            "县自然资源局要在12月20日前完成用地报批材料审核；各乡镇要配合做好征地拆迁工作，年底前全部交地。"),
        // Rule HelpersAfterHeadingOpenTask: "三是加强部门协作。县市政局、房产局等部门要密切配合，加强沟通协调，…": helpers
        // that open the sentence after an item's heading (a short first sentence naming nobody) are the subject of what
        // follows, not helpers of the heading: they open a task (which, naming no lead, they lead), and the heading is
        // no task (rule HeadingIsNoTask). In the heading's own sentence they still join it ("加强协作，县财政局配合").
        new("HelpersAfterHeadingOpenTask", GroupingStep.Place,
            g => g.C.Co.Count > 0 && g.C.Lead.Count == 0 && g.Cur!.Sentence != g.SentenceNo && g.Cur.Lead.Count + g.Cur.Co.Count == 0
                 && Grouping.IsItemHeading(g.Cur) && OpensSentence(g),
            g => g.Cur = g.Start(g.C),
            "三是加强部门协作。县市政局、房产局等部门要密切配合，加强沟通协调，在12月20日前处置施工中遇到的各类问题。"),
        // "…，县财政局配合": helpers join the task before them.
        new("HelpersJoinTask", GroupingStep.Place,
            g => g.C.Co.Count > 0,
            g => Grouping.Merge(g.Cur!, g.C),
            "县住建局牵头，县财政局配合，12月20日前完成改造方案。"),
        // Rule ToneEntryNamesNoAddressees: "徐启发要求，一要强化认识。…各牵头单位一定要切实增强工作责任感和紧迫感…。二要强化
        // 落实。未开工要抓开工…", "一要高度重视，…各部门一定要当成一项重要任务来抓，要充分认识到位。二要切实解决问题…": units
        // told to care inside a first requirement that only sets a tone (rule OrdinalHeadingOpensList) are no addressees of
        // the requirements after it; 二要 names nobody, so its task has an empty lead (the leader picks the unit), as it
        // would with no units in 一要. Units in force when the list began still carry (rule OrdinalStartsTask), and so do
        // the units of a first requirement whose heading goes on with a job ("一要坚持不懈，切实抓好麦田后续管理。各县(市、
        // 区)、各有关部门要…。二要…": mn-079).
        new("ToneEntryNamesNoAddressees", GroupingStep.Place,
            g => g.C.Ordinal == 2 && g.OrdinalToneHeading >= 0 && g.OrdinalLead.Count + g.OrdinalCo.Count == 0 && g.Cur is not null
                 && !Named(g.C) && (g.C.HasAction || g.C.Deadline is not null || g.C.RoleWord)
                 // "一要坚持不懈，切实抓好麦田后续管理。": a heading that goes on with a job of its own is no mere tone.
                 && !g.Drafts.Skip(g.OrdinalFirstDraft).Any(d => d.Sentence == g.OrdinalToneHeading && d.Lead.Count + d.Co.Count == 0),
            g =>
            {
                g.Cur = g.Start(g.C);
                g.Cur.OpenedByOrdinal = true;
            },
            "刘庆东要求，一要高度重视，欠薪问题事关百姓切身利益，各部门一定要当成一项重要任务来抓。二要切实解决问题，12月20日前建立销号制度。"),
        // Rule ToneHeadedEntryStartsTask: the first job after a later numbered requirement that only set a tone (rule
        // LaterToneHeadingOpensEntry) opens that entry's task, for the units in force when the list began, as a heading
        // with a job of its own would (rule OrdinalStartsTask). A clause that names its own units opens its task by rule
        // NewSubjectStartsTask; a purpose (确保…) opens none. The entry asks for its job as an item of an asked list does.
        new("ToneHeadedEntryStartsTask", GroupingStep.Place,
            g => g.PendingOrdinalEntry > 0 && g.C.Ordinal == 0 && !Named(g.C) && !g.C.Purpose && (g.C.HasAction || g.C.Deadline is not null || g.C.RoleWord),
            g =>
            {
                OrdinalEntryUnits(g, g.PendingOrdinalEntry);
                g.Cur = g.Start(g.C);
                g.Cur.Lead.AddRange(g.OrdinalLead);
                g.Cur.Co.AddRange(g.OrdinalCo);
                // Not OpenedByOrdinal: the task opens with the entry's body, not with a heading a unit named next may take.
                g.ListItemOpened = true;
            },
            "会议要求，一要加快项目建设进度，12月20日前完成主体工程。二要强化责任。严格落实项目包保机制，每周调度一次。"),
        // Rule OrdinalStartsTask: "会议要求，一要紧盯烟花爆竹领域。严格落实…。二要紧盯非煤矿山领域。…": each numbered
        // requirement is a task of its own, for the units in force when the list began (none after "会议要求"), not
        // for the units some earlier requirement named; its short first sentence is its heading.
        new("OrdinalStartsTask", GroupingStep.Place,
            g => g.C.Ordinal > 0 && !Named(g.C) && (g.C.HasAction || g.C.Deadline is not null || g.C.RoleWord),
            g =>
            {
                if (g.C.Ordinal == 1 || g.Cur is null) OrdinalListBegins(g);
                else OrdinalEntryUnits(g, g.C.Ordinal);
                g.Cur = g.Start(g.C);
                g.Cur.Lead.AddRange(g.OrdinalLead);
                g.Cur.Co.AddRange(g.OrdinalCo);
                g.Cur.OpenedByOrdinal = true;
            },
            "会议要求，一要紧盯烟花爆竹领域。严格落实“五个严禁”硬措施，紧盯不放、一抓到底。二要紧盯非煤矿山领域。深入开展隐患排查整治，严厉打击违法生产行为。三要紧盯森林防火领域。县林业局要在12月20日前备足扑火物资。"),
        // Rule ListEntryIsAsked: "会议要求：一是要锁定片区范围，确定四至界限。二是动员村组配合土地清理清查。": each entry of a
        // numbered list that a cue asked for (or of the decisions part of minutes) is asked by that cue, modal or not:
        // its first clause that names a job, naming nobody, opens a task with an empty lead (the leader picks the unit).
        // Only in the entry's first sentence, and only its first job ("三是回去后，要将所学运用于…，提高工作效率" exhorts
        // trainees: a time and a modal stand before it); a report (了, 汇报) stays none (rule DirectiveForce), and so does
        // what a body announces it will do ("三是县里将对整改落实情况进行督查").
        new("ListEntryIsAsked", GroupingStep.Place,
            g => g.Cur is null && g.InAskedListEntry && g.OnlyModalsBefore && !Named(g.C) && g.C.HasAction && !g.C.Purpose && !g.C.Statement && !g.Statement && !g.C.Concession
                 && !g.Sentence.View.ClauseOpensWithUnitAndFutureJiang(),
            g =>
            {
                g.Cur = g.Start(g.C);
                // "陆晓延要求相关部门、乡镇：一是…": the units the list was asked of.
                g.Cur.Lead.AddRange(g.ListLead);
            },
            "会议要求：一是要锁定苗溪片区范围，确定四至界限。二是动员村组积极配合片区内土地现状的清理清查工作。"),
        // Rule ListEntryCommandIsAsked: "会议要求：一是加快前期工作进度，留足余量。二是…": an entry of an asked list that
        // opens with a command verb (加快, 强化, 推进…) asks for that work even when its object is a pace or a field, not a
        // product (no job word the reader knows): a task, for the units the list was asked of. An attitude (高度重视,
        // 提高认识) stays none, as does an entry that opens with anything but the command (rule ListEntryIsAsked).
        new("ListEntryCommandIsAsked", GroupingStep.Place,
            g => ListEntryCommand(g),
            g =>
            {
                g.Cur = g.Start(g.C);
                g.Cur.Lead.AddRange(g.ListLead);
                // The command and its object are the work handed over ("加快前期工作进度"), though no job word was read.
                g.Cur.HasWork = true;
                if (g.C.Content is null && g.C.Deliverable is null)
                    g.Cur.Parts.Add(new(g.R.Cut(g.R.SkipSpace(g.C.Start, g.C.End), g.C.End).Trim(), 0, false));
            },
            "会议要求：一是加快前期工作进度，留足余量。二是对进度严重滞后的乡镇要加大通报督导力度。"),
        // Rule OpeningTargetIsTask: "到2020年，城乡义务教育学校布局更加合理，基本消除大班额": a sentence opened by a
        // period to reach something by (到2020年, 到2023年底, 到“十四五”末) states the target to reach by then, whatever its
        // verb (更加合理, 控制在…以内, 分别达到…): a task with that deadline and an empty lead (conventions: a year-level
        // target is a deadline on the year's last day; a requirement naming no unit keeps an empty lead). Only the
        // sentence's first clause after the period opens it (the rest joins); progress told (已, 累计) is no target.
        new("OpeningTargetIsTask", GroupingStep.Place,
            g => !Named(g.C) && !g.C.HasAction && g.C.Deadline is { } d && d.End <= g.C.Start && OpensTarget(g, d)
                 && (g.Cur is null || g.Cur.Sentence != g.SentenceNo) && !ReportsProgress(g),
            g =>
            {
                g.Cur = g.Start(g.C);
                g.Cur.HasWork = true;
                g.Cur.OpenedByTarget = true;
                if (g.C.Content is null && g.C.Deliverable is null)
                    g.Cur.Parts.Add(new(g.R.Cut(g.R.SkipSpace(g.C.Start, g.C.End), g.C.End).Trim(), 0, false));
            },
            "到2030年，城乡义务教育学校布局更加合理，基本消除大班额。"),
        // Fifteenth round, rule OpeningTimeDatesItsList, for a target list (shape 2; shape 1 is StagePeriodDatesStage):
        // "到2027年，各领域设备投资规模较2023年增长25%以上；重点行业主要用能设备能效基本达到节能水平，…；报废汽车回收量较2023年
        // 增加约一倍，…": the targets a time opening its sentence sets, listed with semicolons, are one task each (conventions:
        // one task per deliverable; a clerk tracks each figure), all by that time's end. A part after the semicolon that
        // names nobody, has no time of its own and reports no progress (已, 累计) opens the next target of the list. Only
        // after a semicolon: a new sentence may turn to other work.
        new("TargetListGoesOn", GroupingStep.Place,
            TargetListGoesOn,
            g =>
            {
                var before = g.Cur!;
                g.Cur = g.StartLike(g.C, before, withCooperation: false);
                g.Cur.Deadline = before.Deadline;
                g.Cur.HasWork = true;
                g.Cur.OpenedByTarget = true;
                // Like an item of a semicolon list (rule SemicolonListGoesOn), the part is asked by the sentence that opened it.
                g.ListItemOpened = true;
                if (g.C.Content is null && g.C.Deliverable is null)
                    g.Cur.Parts.Add(new(g.R.Cut(g.R.SkipSpace(g.C.Start, g.C.End), g.C.End).Trim(), 0, false));
            },
            "到2027年，全县设备投资规模较2023年增长25%以上；规模以上工业企业关键工序数控化率超过75%；二手车交易量较2023年增长45%。"),
        // Rule StatedRequirementAsks: "会议指出，要加强项目策划，做实做好项目前期工作；要加强对上争取，…", "会议指出，当前，
        // 秋冬防已经开始，要扎实开展秋冬防行动，加快推进…管网建设": in a sentence a speaker's 指出 / 认为 opens, a clause that
        // opens with 要 and names a job, before any task of the sentence, is a requirement the speaker states, not a
        // view: a task with an empty lead (conventions: a requirement that names no unit is still a task; rule
        // UnnamedAskedTask lets such a sentence ask only with a completion verb's object). Only 要 opens it: "必须举全县
        // 之力去完成", "务必…" say how much the matter weighs; a clause of attitude (要高度重视) names no job, and a
        // sentence that reports (了, 汇报) asks nothing.
        new("StatedRequirementAsks", GroupingStep.Place,
            g => g.Cur is null && g.Statement && !Named(g.C) && g.C.ModalOpen && g.C.HasAction && !g.C.Purpose && !g.C.Statement
                 && g.R.T[g.R.SkipSpace(g.C.Start, g.C.End)] == '要' && !g.SentenceReports(),
            g => g.Cur = g.Start(g.C),
            "会议指出，要扎实开展秋冬防行动，加快推进乡镇天然气管网建设。"),
        // Nineteenth round, rule StatedRequirementAsksFirstJob (family task_missed): "会议指出，要坚持把师生员工生命安全放在第一位，
        // 严查校园食品安全风险隐患，及时完善学校食品安全突发事件应急处置预案", "田连钊指出，要提高政治站位，…，加强痕迹管理",
        // "会议指出，要按照省河湖长制工作要求，加强对上汇报请示，…": in a sentence a speaker's 指出 opens, a 要-opening on an
        // attitude or a guideline (set aside as tone) asks, with that 要, for the first job named after it, as rule
        // ModalOpeningAsksFirstJob reads a sentence that opens with its modal and rule StatedRequirementAsks reads a
        // 要-clause that names its job itself: a task with an empty lead (conventions: a requirement that names no unit is
        // still a task). Only when every clause before the job was the speaker's cue or such an opening; the job names
        // nobody and is no purpose (确保…) nor a manner (以…); a sentence that reports (了, 汇报) asks nothing.
        new("StatedRequirementAsksFirstJob", GroupingStep.Place,
            g => g.Cur is null && g.Statement && g.StatedModalsBefore && g.StatedModalSeen && !Named(g.C) && g.C.HasAction && !g.C.Purpose
                 && !g.C.Statement && g.R.T[g.R.SkipSpace(g.C.Start, g.C.End)] != '以' && !g.SentenceReports(),
            g => g.Cur = g.Start(g.C),
            "会议指出，要坚持把师生员工生命安全放在第一位，及时完善学校食品安全应急处置预案。"),
        // No unit named and no task before: still a task when it is asked for ("会议要求，年底前完成…") or commanded.
        new("UnnamedAskedTask", GroupingStep.Place,
            g => g.Cur is null && (!g.Statement && ((g.C.Deadline is { Soft: false } || g.Cue) && g.C.HasAction || g.C.Imperative)
                                   || g.C.ModalOpen && g.C.HasAction && (!g.Statement || g.C.DeliverableRank == 2)),
            g => g.Cur = g.Start(g.C),
            "会议要求，12月20日前完成全县危房改造验收。"),
        // Rule ModalOpeningAsksFirstJob: "二是实事求是，科学上报。要按照测评标准，对标创建，精准答题，提升网上申报资料质量。":
        // a sentence that opens with its modal on a guideline or an attitude (要按照…, 要坚持…: set aside as tone), with no
        // task before it to join, asks with that modal for the first job named after it in the sentence: a task with an
        // empty lead (conventions: a requirement that names no unit is still a task), as rule ModalOpeningAsksItsJob
        // makes it one more task after a task of nobody's. Only when every clause before the job was such a modal
        // opening, and the job names nobody and is no purpose (确保…) nor a manner (以…). An opening that disposes of
        // something with 将 / 把 ("要将招商意识融入日常业务…，提高…能力") is itself what is asked, an attitude, and the clause
        // after it only says more of it; any other opening (要按照…, 要围绕…, 要针对…) frames the job.
        new("ModalOpeningAsksFirstJob", GroupingStep.Place,
            g => g.Cur is null && !g.Statement && g.C.HasAction && ModalOpeningBeforeJob(g) && ModalOpensOnGuideline(g),
            g => g.Cur = g.Start(g.C),
            "会议要求，一是实事求是，科学上报。要按照测评标准，对标创建，提升网上申报资料质量。"),
        // No unit named, nothing asked, no task to join: the clause adds nothing.
        new("NothingToJoin", GroupingStep.Place,
            g => g.Cur is null,
            g => { },
            "全县危房改造验收工作稳步推进。"),
        // Rule CueNamesNobody: "会议要求，年底前完成全县低效用地清理" after a sentence about another unit: what the meeting
        // asks without naming anyone is a task with an empty lead (the leader picks the unit), not one more task of
        // the unit named before.
        new("CueNamesNobody", GroupingStep.Place,
            g => (g.C.Cue || g.Cue) && !g.Statement && !g.C.Statement && g.Cur!.Sentence != g.SentenceNo && g.FirstClauseOfSentence(g.C) && (g.C.HasAction || g.C.Deadline is not null)
                 && g.Cur.Lead.Count + g.Cur.Co.Count > 0,
            g => g.Cur = g.Start(g.C),
            "县财政局要在12月20日前完成预算调整。会议要求，12月31日前完成全县危房改造验收。"),
        // Rule CueAfterNarrationNamesNobody: "曲霞镇组织各村负责人进行了巡回督查，…，要求3月底之前全面完成林业绿化工作":
        // the unit told of (a verb, no modal, no date) is the one who asks; what 要求 asks of nobody named has an
        // empty lead, not the asker's.
        new("CueAfterNarrationNamesNobody", GroupingStep.Place,
            g => g.C.Cue && !g.C.Statement && !Named(g.C) && (g.C.HasAction || g.C.Deadline is not null)
                 && g.Cur!.Sentence == g.SentenceNo && g.Cur.OpenedByBareVerb && g.Cur.Lead.Count > 0 && g.OpensWithSpeakerVerb(g.C),
            g =>
            {
                // The asker's own act, with nothing dated or asked in it, is no task.
                if (g.Cur!.Deadline is null && g.Cur.Vague is null && g.Drafts[^1] == g.Cur) g.Drafts.RemoveAt(g.Drafts.Count - 1);
                g.Cur = g.Start(g.C);
            },
            "正月初七一上班，县农业农村局组织各村负责人进行了一天的巡回督查，要求12月31日前全面完成林业绿化工作。"),
        // A new sentence that asks for something without naming anyone is a task of its own, for whoever the
        // sentence before spoke to (nobody, if it named nobody: then the leader picks); "同时，做好…" is one more task
        // of the units just named. The subject carries over: "各乡镇要…；要…；要…" is three tasks of 各乡镇.
        // Rule NewParagraphNamesNobody: "…区委组织部要及早介入。\n会议原则同意…预算调整方案…。下一步，一方面要完成全年
        // 财政收入的任务": minutes take up a new matter in a paragraph opened by the meeting or a speaker (会议原则同意…
        // 并指出, X强调); a requirement there that names nobody is no task of the units named for the matter before
        // (the leader picks the unit). A line that only goes on ("…之前办理完毕。\n于8月31日之前…") keeps its units.
        new("NewParagraphNamesNobody", GroupingStep.Place,
            g => SubjectlessAsk(g) && g.Cur!.Paragraph != g.ParagraphNo && g.ParagraphSpoken && g.Cur.Lead.Count + g.Cur.Co.Count > 0,
            g => g.Cur = g.Start(g.C),
            "区委组织部要在12月20日前完成换届筹备方案。\n会议原则同意本区预算调整方案。下一步，要完成全年财政收入的任务。"),
        // Rule SharedOutSentenceNamesNobody: "各分指挥部要加强指挥调度，有关部门要尽职履责，创建办要加强督促考核。要出台…":
        // a sentence that handed work to several units in turn speaks to none of them after it; a requirement that
        // follows naming nobody is no task of the last unit named (the leader picks the unit).
        new("SharedOutSentenceNamesNobody", GroupingStep.Place,
            g => SubjectlessAsk(g) && g.Cur!.Lead.Count + g.Cur.Co.Count > 0 && (SeveralLeadsIn(g, g.Cur.Sentence) || SharedOutList(g)),
            g => g.Cur = g.Start(g.C),
            "县农业农村局要在12月20日前完成秸秆综合利用方案，县生态环境局要加强秸秆禁烧巡查。要在12月31日前出台畜禽污染防治意见。"),
        // Rule UnitsNamedMidRunKeepTheirSentence (see UnitsNamedMidRun): units named in passing in a run of requirements
        // that opened naming nobody keep their own sentence; the 要-sentence after them is the run's, nobody's.
        new("UnitsNamedMidRunKeepTheirSentence", GroupingStep.Place,
            g => SubjectlessAsk(g) && UnitsNamedMidRun(g),
            g =>
            {
                g.Cur = g.Start(g.C);
                g.Cur.RunsOnNobody = true;
            },
            "会议强调，要加快推进全县重点项目建设，倒排工期，挂图作战，确保按期完工。县财政局要在12月20日前拨付项目资金。要在12月31日前完成全县危房改造验收。"),
        new("SubjectlessSentenceStartsTask", GroupingStep.Place,
            g => SubjectlessAsk(g),
            g =>
            {
                // The run that rule UnitsNamedMidRunKeepTheirSentence gave back to nobody goes on as nobody's.
                bool runsOnNobody = g.Cur!.RunsOnNobody;
                g.Cur = g.StartLike(g.C, g.Cur!, withCooperation: true);
                g.Cur.RunsOnNobody = runsOnNobody;
                // "…；进一步加快项目实施进度": an item of a semicolon list is asked by the list's modal (rule DirectiveForce).
                g.ListItemOpened |= g.ListGoesOn && OpensSentence(g);
            },
            "各乡镇要在12月20日前完成危房排查；要在12月31日前完成整改。"),
        // Rule SemicolonListGoesOn: "要明确责任，进一步做好…摸底调查；进一步加快项目实施进度…；进一步规范程序…": after a
        // sentence that asked, each item of the semicolon list whose first words name a job, and nobody, is one more
        // task of the same units, asked by the same modal (rule DirectiveForce keeps it). A purpose (确保…) stays in
        // the task before, and so does an item opened by slogans (创新方法，精准发力，…强力推进); an item with a subject
        // of its own before its modal is not the list's (rule SubjectBeforeModal).
        new("SemicolonListGoesOn", GroupingStep.Place,
            g => g.ListGoesOn && g.Cur!.Sentence != g.SentenceNo && g.Cur.Lead.Count + g.Cur.Co.Count > 0 && OpensSentence(g)
                 && g.C.HasAction && !g.C.Purpose && !SubjectBeforeModal(g)
                 && !g.C.Statement && !g.Statement && !Grouping.IsItemHeading(g.Cur),
            g =>
            {
                g.Cur = g.StartLike(g.C, g.Cur!, withCooperation: true);
                g.ListItemOpened = true;
            },
            "各乡镇要明确责任，进一步做好原宅基地的摸底调查；进一步加快项目实施进度；进一步规范程序和完善档案。"),
        // Nineteenth round, rule NobodysSemicolonListGoesOn (family task_missed): "会议要求，要全力推进在建安置房项目建设，加快
        // 拟建项目的招标、进场；进一步做实资金保障，包装项目，加快融资": the semicolon list goes on in the same way when the
        // sentence that asked named nobody: each item whose first words name a job is one more task, with an empty lead
        // as the task before (conventions: one task per deliverable; a requirement that names no unit is still a task,
        // the leader picks the unit). Not under a dated target ("2021至2025年，完成…；农村黑臭水体基本消除，…"): the
        // list spells out what the period is to reach, one target; and not in a sentence that reports (已, 了, figures
        // of what was done), which hands nothing over. A short first requirement of nobody's ("会议要求，进一步加快项目实施
        // 进度；进一步规范程序…") may head what follows and still takes it (rule SubjectlessSentenceStartsTask's heading).
        new("NobodysSemicolonListGoesOn", GroupingStep.Place,
            g => g.ListGoesOn && g.Cur!.Sentence != g.SentenceNo && g.Cur.Lead.Count + g.Cur.Co.Count == 0 && g.Cur.Deadline is null && OpensSentence(g)
                 && g.C.HasAction && !g.C.Purpose && !SubjectBeforeModal(g)
                 && !g.C.Statement && !g.Statement && !Grouping.IsItemHeading(g.Cur) && !g.SentenceReports(),
            g =>
            {
                g.Cur = g.StartLike(g.C, g.Cur!, withCooperation: true);
                g.ListItemOpened = true;
            },
            "会议要求，要全力推进在建安置房项目建设，加快拟建安置房项目的招标、进场；进一步做实资金保障，加快融资。"),
        // Rule AlsoIsAnotherTask: "县水利局要…，同时，做好防汛物资储备": 同时 / 此外 opening a clause that names a job is
        // one more task of the same units, in the same sentence as in the next.
        new("AlsoIsAnotherTask", GroupingStep.Place,
            g => g.C.Also && g.C.HasAction && !g.C.Purpose && g.Cur!.Sentence == g.SentenceNo && g.Cur.Lead.Count + g.Cur.Co.Count > 0,
            g => g.Cur = g.StartLike(g.C, g.Cur!, withCooperation: true),
            "县水利局要在12月20日前完成堤防加固方案，同时，做好防汛物资储备。"),
        // Rule ModalClauseIsAnotherTask: "各成员单位要切实整改暗访曝光的问题，要建立和落实文明创建长效机制": a clause that
        // opens with its own modal (要, 须) and names a job, after a clause of the same sentence that already gave the
        // units a job asked with a modal, is one more task of those units (the 要…；要… list written with commas). Only
        // 要 opens such a job: "务必使…达标" says what the job must reach; a clause that goes on with the same job
        // (确保…, a date) stays in the task; and a task that was not itself asked for ("同时针对…项目，要…") takes its
        // 要-clause as its own verb. The units may be unnamed: "马越垠要求，要迅速成立领导小组，…。要广泛开展宣传动员，
        // 分区域排查摸底，要充分发挥新闻媒体的监督作用" asks the same nobody two jobs, as a named unit's 要…，要… does.
        // Rule GenericWorkTakesItsModalClause (fifteenth round): "各单位要妥善安排好值班和安全、保卫等工作，遇有突发事件，要按
        // 规定及时报告并妥善处置": after a task that so far only pushes some work along (its jobs end in …工作, no date), a
        // 要-clause of the same sentence says how that work is done; it is no task of its own (conventions: one task per
        // distinct lead and per deliverable). A job named by its product before it ("整改暗访曝光的问题，要建立…长效机制")
        // still makes the 要-clause one more task.
        new("ModalClauseIsAnotherTask", GroupingStep.Place,
            g => g.C.ModalOpen && g.C.HasAction && !g.C.Purpose && g.C.Deadline is null && g.R.T[g.R.SkipSpace(g.C.Start, g.C.End)] == '要'
                 && g.Cur!.Sentence == g.SentenceNo && g.Cur.Asked && g.Cur.Acted && g.Cur.End <= g.C.Start
                 && !(g.Cur.OnlyGenericWork && !g.Cur.OnlyAttitude),
            g => g.Cur = g.StartLike(g.C, g.Cur!, withCooperation: true),
            "各成员单位要切实整改暗访曝光的问题，要建立和落实文明创建长效机制。"),
        // Rule TopicModalClauseIsAnotherTask: "各乡镇要加强粮食收储，收获进度要及时准确上报": after a named unit's
        // asked job, a later clause of the sentence that names no unit and puts what it is about before its modal
        // (topic + 要 + verb: "收获进度要…上报", "对于林地手续要抓紧办理") asks one more job of the same units, as a
        // clause opened by 要 does (rule ModalClauseIsAnotherTask). The topic holds no verb of the lexicon: "加快推进
        // 项目建设要…" is no topic; only 要 counts (应, 须 after a noun often state a norm: "经费应专款专用").
        new("TopicModalClauseIsAnotherTask", GroupingStep.Place,
            g => !g.C.ModalOpen && g.C.HasAction && !g.C.Purpose && !Named(g.C) && g.C.Deadline is null
                 && g.Cur!.Sentence == g.SentenceNo && g.Cur.Lead.Count + g.Cur.Co.Count > 0 && g.Cur.Asked && g.Cur.Acted && g.Cur.End <= g.C.Start
                 && TopicBeforeModal(g),
            g => g.Cur = g.StartLike(g.C, g.Cur!, withCooperation: true),
            "各乡镇要加强粮食收储和秸秆综合利用，收获进度要及时准确上报。"),
        // Rule DatedReportOfWorkIsTask: "各企业要制定自查方案，开展自查自改，并将自查总结、整改情况于9月7日前报送管委会":
        // the report on the work, due by its own date, is a deliverable of its own (conventions: one task per deliverable
        // with its own deadline); the work before keeps no date. Only when the work before is a job of its own (not an
        // attitude or work only pushed along), and the report tells how the work went (情况, 总结) rather than handing
        // over its product ("制订工作方案，并于…前将工作方案报…" is one task); "于…前完成A并报" keeps the date on A.
        new("DatedReportOfWorkIsTask", GroupingStep.Place,
            g => g.C.Deadline is { Soft: false } && !Named(g.C) && g.C.HasAction && !g.C.Purpose
                 && g.Cur is { Deadline: null, Acted: true, OnlyGenericWork: false } cur && cur.Sentence == g.SentenceNo && cur.Lead.Count + cur.Co.Count > 0
                 && cur.End <= g.C.Start && ReportsOnWork(g),
            g => g.Cur = g.StartLike(g.C, g.Cur!, withCooperation: true),
            "各企业要制定本企业的消防安全自查方案，认真开展自查自改，并将自查总结、隐患整改情况于9月7日前报送管委会。"),
        // "要对照年度目标任务，于12月20日前完成…": the year steered by (a soft deadline) gives way to the task's own
        // date; the steering clause is no task of its own.
        new("FirmDeadlineReplacesSteering", GroupingStep.Place,
            g => g.C.Deadline is { Soft: false } && g.Cur!.Deadline is { Soft: true } && g.Cur.Sentence == g.SentenceNo,
            g =>
            {
                g.Cur!.Deadline = g.C.Deadline;
                Grouping.Merge(g.Cur, g.C);
            },
            "县统计局要对照年度计划确定的目标任务，于12月20日前完成全县人口抽样调查。"),
        // "9月份完成前期工作，并在10月份实现招投标": one more deadline, one more task for the same units.
        new("SecondDeadlineSibling", GroupingStep.Place,
            g => g.C.Deadline is not null && g.Cur!.Deadline is not null && g.C.HasAction && !Grouping.SameDeadline(g.C.Deadline, g.Cur.Deadline),
            g => g.Cur = g.StartLike(g.C, g.Cur!, withCooperation: false),
            "县住建局要在12月20日前完成前期工作，并在2027年3月31日前实现招投标。"),
        // "A负责…，B负责…，C负责…，10月底前建成投用": a closing deadline binds every task of the sentence. It joins the
        // task before now; whether it binds the others is decided at the sentence's end (rule ClosingDateBindsOtherUnits).
        new("ClosingDeadlineBindsSentence", GroupingStep.Place,
            g => g.C.Deadline is not null,
            g =>
            {
                Grouping.Merge(g.Cur!, g.C);
                g.ClosingDate = g.C.Deadline;
                g.ClosingDateTask = g.Cur;
                g.ClosingDateDrafts = g.Drafts.Count;
            },
            "县住建局负责管网设计，县水务公司负责施工，12月20日前建成投用。"),
        // Anything else (a verb, a vague time word) is more of the task before.
        new("JoinsTask", GroupingStep.Place,
            g => true,
            g => Grouping.Merge(g.Cur!, g.C),
            "县财政局要在12月20日前完成预算调整，及时报县政府审定。"),

        // ---- each placed clause ----
        new("WaitingSupervisorJoins", GroupingStep.AfterPlace,
            g => g.PendingSupervisor is not null && g.Cur is not null && g.Cur.Supervisor is null,
            g =>
            {
                g.Cur!.Supervisor = g.PendingSupervisor;
                g.PendingSupervisor = null;
            },
            "由分管副县长王明督办，县交通运输局要在12月20日前完成国道改造方案。"),

        // ---- a sentence's end ----
        // Rule ClosingDateBindsOtherUnits: a subjectless date that really closed the sentence (no task was started after
        // it) binds the sentence's undated tasks of other units. Two limits, both how a clerk copies it:
        // - a new task after the date ("交通局要发挥牵头作用，清河头乡要加大力度，5月5日前完成拆迁清表，公用事业局要同时推进
        //   管线迁移"): the date was the task's before it, not the sentence's;
        // - an earlier task of the same units (ClosingDateStaysWithItsUnits: "各单位要聚焦…，要加大…管理，力争在31日前抓好
        //   整改"): the date is their last job's.
        new("ClosingDateBindsOtherUnits", GroupingStep.SentenceEnd,
            g => g.ClosingDate is not null && g.Drafts.Count == g.ClosingDateDrafts,
            g =>
            {
                foreach (var other in g.Drafts)
                    if (other.Sentence == g.SentenceNo && other.Deadline is null && !ClosingDateStaysWithItsUnits(g, other))
                        other.Deadline = g.ClosingDate;
                g.ClosingDate = null;
            },
            "县住建局负责管网设计，县水务公司负责施工，12月20日前建成投用。"),
        // Rule WaitingTargetDateIsSibling: "…确保圆满完成年度各项工作任务，10月底前具备随时供热条件。": a date of its own that
        // closes the sentence with a target after it (具备…条件, 全部达标: no verb read, so it waited for a clause that never
        // came), after a task of this sentence that already has another date, is a second deliverable with its own deadline
        // (conventions: one task per deliverable that has its own deadline): a task of the same units, not lost.
        new("WaitingTargetDateIsSibling", GroupingStep.SentenceEnd,
            g => g.PendingDeadline is { } d && g.PendingDeadlineClause is { } c && g.Cur is { Deadline: { } own } cur && cur.Sentence == g.SentenceNo
                 && !Grouping.SameDeadline(own, d) && d.Date is not null && !d.Soft && c.Deadline == d && d.End < c.End
                 && ChineseText.IsHan(g.R.T[g.R.SkipSpace(d.End, c.End)]),
            g =>
            {
                var c = g.PendingDeadlineClause!;
                var sibling = g.StartLike(c, g.Cur!, withCooperation: false);
                sibling.Deadline = g.PendingDeadline;
                sibling.HasWork = true;
                // Its words after the date are the target ("具备随时供热条件"), not the date again.
                sibling.Parts.Clear();
                sibling.Parts.Add(new(g.R.Cut(g.R.SkipSpace(g.PendingDeadline!.End, c.End), c.End).Trim(), 0, false));
                g.Cur = sibling;
                g.PendingDeadline = null;
            },
            "会议要求，加快各项供热工程进度，确保圆满完成年度各项工作任务，12月20日前具备随时供热条件。"),
        // A date left with nothing after it in its sentence ("…；冲刺全年目标任务。") closes the task before.
        new("WaitingDeadlineClosesTask", GroupingStep.SentenceEnd,
            g => g.PendingDeadline is not null && g.Cur is not null && g.Cur.Deadline is null,
            g => g.Cur!.Deadline = g.PendingDeadline,
            "县住建局要全面完成老旧小区改造；到2027年6月底。"),
        // Rule ListTargetBindsList: "各乡镇要倒排时间节点，补齐短板；加快项目建设进度，冲刺全年目标任务。": a year's target
        // closing the last item of a semicolon list is the target of the whole list: every task of the list with the
        // same units and no date of its own takes it (the clerk's one task of such a list carries the year's end).
        new("ListTargetBindsList", GroupingStep.SentenceEnd,
            g => g.ListGoesOn && ListTarget(g) is not null,
            g =>
            {
                var target = ListTarget(g)!;
                foreach (var d in g.Drafts)
                    if (d.Sentence >= g.ListStart && d.Sentence < g.SentenceNo && d.Deadline is null && d.Vague is null && g.SameUnits(d.Lead, g.Cur!.Lead))
                        d.Deadline = target;
            },
            "各乡镇要倒排时间节点，补齐短板；加快项目建设进度，冲刺全年目标任务。"),
        // A sentence hands work over only when something in it asks for it: a modal (要, 须, 请), a time to do it
        // by, a role word (牵头, 负责, 配合), a cue (会议要求, X强调), a command opening the sentence, or the decisions
        // part of minutes. "各村、社区负责人汇报一周工作进展", "我县2018年度完成公厕建设任务" report; a sentence
        // opening with a bare date tells of an event. Its tasks are dropped. A sentence opening with 同时 after a
        // sentence that asked ("请各校…开展自查。同时，收集自查整改资料备查。") is asked by it (rule AlsoSentenceIsAsked).
        // Sixteenth round, rule BodyNamesTitleUnits: "(一)全面清理农村生活垃圾。各县(市)区结合实际，因地制宜，…着力解决村庄
        // 主干道路…问题。", "一是明确工作职责。按照攻坚工作方案，各乡镇细化工作小组、明确职能职责…": an item whose title is a
        // command that names nobody, followed by a sentence that only says how its units go about it (no modal, nothing
        // else that asks), is one task: the title's, done by those units (conventions: units where a unit stands; one task
        // per distinct lead and deliverable). The sentence would be dropped as asking nothing (rule DirectiveForce, next);
        // its units go to the title first. Only the item's second sentence after a title task of its first, and not a
        // sentence that reports (了, 已, 取得成效…): "一是加强组织领导。县政府成立了领导小组…" tells what was done. Only
        // generic addressees (各县(市)区, 各乡镇): a named office in a sentence that asks nothing may announce its own part
        // ("…确保全年目标任务顺利完成。县政府督查室将常年跟踪"), and a name read inside a command ("充分发挥农机作业合作社…")
        // is no subject.
        new("BodyNamesTitleUnits", GroupingStep.SentenceEnd,
            g => g.SentenceNo == 2 && g.DraftsBefore == 1 && g.Drafts.Count > 1 && g.Drafts[1].Lead.Count > 0 && g.Drafts[1].Lead.TrueForAll(h => h.Generic)
                 && g.Drafts[0] is { Sentence: 1, Lead.Count: 0, Co.Count: 0, FromBlock: false } title && title.End - title.Start <= 20
                 && !g.SentenceAsks() && !g.ListItemOpened && !g.SentenceReports() && !AlsoSentenceIsAsked(g),
            g =>
            {
                g.Drafts[0].Lead.AddRange(g.Drafts[1].Lead);
                g.Drafts[0].Co.AddRange(g.Drafts[1].Co);
            },
            "(一)全面清理农村生活垃圾。各县(市)区结合实际，因地制宜，着力解决村庄主干道路、环境“脏乱差”问题。"),
        // Twenty-third round, rule RespectiveUnitsShareOutList: "宣传部、学生处分别完成文明单位、文明班级评选初审工作",
        // "三元区政府和市城发集团要分别做好拆除和建筑两部分复工项目的健康保障工作": units listed as one subject, then 分别 and a
        // verb whose object lists as many jobs as there are units: each unit does its own (conventions: one task per
        // distinct lead). In train both sentences of the shape (two documents) are labelled one task per unit. Only when
        // the counts agree: "各部门分别汇报了…" and "分别就…发言" list no jobs, "分别于…前" dates one duty.
        new("RespectiveUnitsShareOutList", GroupingStep.SentenceEnd,
            g => g.R.T.AsSpan(g.Sentence.Start, g.Sentence.End - g.Sentence.Start).IndexOf('分') >= 0 && RespectiveShareIn(g) >= 0,
            g =>
            {
                int i;
                while ((i = RespectiveShareIn(g)) >= 0) ShareOutRespectively(g, i);
            },
            "宣传部、学生处分别完成文明单位、文明班级评选初审工作。"),
        new("DirectiveForce", GroupingStep.SentenceEnd,
            g => g.Drafts.Count > g.DraftsBefore && !g.SentenceAsks() && !(g.ListItemOpened && !g.SentenceReports()) && !AlsoSentenceIsAsked(g),
            g =>
            {
                g.Drafts.RemoveRange(g.DraftsBefore, g.Drafts.Count - g.DraftsBefore);
                g.Cur = g.Drafts.Count > 0 ? g.Drafts[^1] : null;
            },
            "各村、社区负责人汇报一周工作进展。"),

        // ---- an item's end ----
        // Twenty-first round, rule AskedEntryReadAsNarrative: "会议要求：一是落实责任，安排专人负责系统录入；二是压实责任，
        // 严抓春季森林防火工作；三是对辖内企业做到服务与管理并举", "会议议定：1. 班车运行准备工作，确保…": an entry of a
        // numbered list that a cue asked for (or of the decisions part of minutes) is a task of its own, though no clause
        // of it opened one (its heading is a duty word such as 落实责任, its verb is not a listed one, or it only names the
        // work): conventions "one text can hold several tasks (一是…二是…, numbered items)", and an entry naming no unit
        // keeps an empty lead (or the units the list was asked of). Its first sentence's clauses make the task. Only in a
        // list that goes on (see SpeakerEntryGoesOn). Not when that sentence reports (了, 汇报), is a speaker's statement,
        // names units (their own rules place them), opens with a modal (a 要-opening the clause rules set aside was read
        // as an attitude: 要勇于担当), is a slogan (任务要明确), or only asks for an attitude (rule AttitudeAloneIsNoTask,
        // run after, still drops a task of attitude alone).
        new("AskedEntryReadAsNarrative", GroupingStep.ItemEnd,
            g => g.Drafts.Count == 0 && g.EntryUnplaced.Count > 0 && g.EntryUnplacedAsked && !g.ItemIsReportedEntry
                 && g.EntryUnplaced.All(c => !Named(c) && !c.Statement && !c.Cue && !c.Concession && !c.ModalOpen)
                 && g.EntryUnplaced.Any(c => !c.Purpose && !g.AttitudeClause(c))
                 && SpeakerEntryGoesOn(g) && !(g.EntryUnplaced.Count == 1 && SloganEntry(g, g.EntryUnplaced[0])),
            g =>
            {
                var first = g.EntryUnplaced[0];
                var d = g.Start(first);
                foreach (var c in g.EntryUnplaced.Skip(1)) Grouping.Merge(d, c);
                d.Sentence = 1;
                d.Lead.AddRange(g.ListLead);
                d.HasWork = true;
                // What it hands over is more than an attitude (the condition); rule GenericWorkFoldsIntoDated still reads it.
                d.OnlyAttitude = false;
                d.OnlyGenericWork = g.EntryUnplaced.Where(c => !g.AttitudeClause(c)).All(g.GenericWorkClause);
                if (g.EntryUnplaced.All(c => c.Content is null && c.Deliverable is null))
                    d.Parts.Add(new(g.R.Cut(g.R.SkipSpace(first.Start, first.End), first.End).Trim(), 0, false));
                g.Cur = d;
            },
            "会议要求：一是加强安全巡查；二是落实责任，安排专人负责排查系统的录入；三是完善应急预案。"),
        // Fifteenth round, rule OpeningTimeDatesItsList, for a stage (shape 1; shape 2 is TargetListGoesOn): an opening time
        // dates the whole list of jobs it introduces, not only the first. Rule StagePeriodDatesStage: "第一阶段，从4月7日--4月15日，各单位要立即落实好抚育补植地块，配合森调队
        // 搞好调查设计。组织好劳力、工器具。做好岗前培训。…\n第二阶段，从4月15日--4月30日，…": a stage's label and its period
        // (rule OpeningPeriodWaits) open a paragraph of the stage's jobs; the period's end is the deadline of every job of
        // that paragraph that has no date of its own (conventions: a period's end; stage periods date their jobs), up to the
        // next stage. Only after a stage's label: a bare period opening a sentence ("11月22日—11月26日，…") dates the task
        // it opens, as before.
        new("StagePeriodDatesStage", GroupingStep.ItemEnd,
            g => g.StagePeriod is not null,
            DateStage,
            "第一阶段，从12月1日—12月15日，各乡镇要做好宣传发动工作。组织好劳力和机具。做好岗前培训。"),
        // "要把握市级验收启动节点。" opening an item whose later sentences name units is the item's title, not a
        // task of nobody's; so is "二是迅速行动。", whose pace word names no job. Seventeenth round: a pace word in a
        // heading that names a job ("一是加快推进进度，确保按时完成。各项目单位要…", "四是争分夺秒，迅速对接落实。",
        // "会议要求，要主动对接、及时跟进。行业部门要…") sets the pace of the units' requirement after it and dates
        // nothing: still the heading. A sentence that fronts its object with 对 ("对排查出的隐患，要立即整改。县住建局要…")
        // names a job on a thing of its own: a task, not a heading (rule HeadingFrontsObject). A heading is a sentence by
        // itself: a paced job that runs on to a semicolon ("需要发改部门…列出任务清单、定期调度;各业务部门要…") is the first of
        // requirements side by side, and stays.
        new("HeadingIsNoTask", GroupingStep.ItemEnd,
            g => g.Drafts.Count > 1 && g.Drafts[0].Sentence == 1 && g.Drafts[0].Lead.Count + g.Drafts[0].Co.Count == 0 && g.Drafts[0].Deadline is null
                 && (g.Drafts[0].Vague is null || g.Drafts[0].Deliverable is null
                     || !HeadingFrontsObject(g, g.Drafts[0]) && EndsWithFullStop(g.R.T, g.Drafts[0].End))
                 && g.Drafts.Skip(1).Any(d => d.Lead.Count + d.Co.Count > 0) && g.Drafts[0].End - g.Drafts[0].Start <= 20,
            g => g.Drafts.RemoveAt(0),
            "一、要把握市级验收启动节点。县住建局要在12月20日前完成自查。"),
        // Rule HeadingRunsIntoSubject: "3.加强督考，狠抓落实。围绕《方案》的推进实施，市政府督考办要加大督查考核力度…":
        // the one framing phrase that opens the next sentence before its subject (围绕…的推进实施, 按照…的要求) ran on into
        // the heading's task; it is the opening of the subject's requirement. A short first sentence naming nobody and
        // no date, whose task ends with one such phrase of the sentence where the next task names its units, is the
        // item's heading: no task. A heading followed by a whole sentence that names nobody stays (a task with no lead),
        // and so do clauses of work before the subject ("对…进行再梳理，对…做好实地排摸，各单位要…"): the held-out
        // lines dropped when they went (lead exact −1.2 on holdout-a), so a clerk may keep them as a task of nobody's.
        new("HeadingRunsIntoSubject", GroupingStep.ItemEnd,
            g => g.Drafts.Count > 1 && g.Drafts[0] is { Sentence: 1, Deadline: null, FromBlock: false } d && d.Lead.Count + d.Co.Count == 0
                 && d.FirstSentenceLength <= 20 && g.Drafts[1].Lead.Count + g.Drafts[1].Co.Count > 0 && RunsOnInto(g, d, g.Drafts[1]),
            g => g.Drafts.RemoveAt(0),
            "3.加强督考，狠抓落实。围绕《方案》的推进实施，市政府督考办要加大督查考核力度，12月20日前完成年度绩效对账。"),
        // Rule SpeakerHeadingIsNoTask: "他提出，要突出问题整改。务必高度重视整改，对整改情况进行逐项自查…": a short
        // requirement of nobody's, a sentence by itself, followed by a sentence that spells it out for nobody named,
        // is the heading of what follows, not a task of its own.
        new("SpeakerHeadingIsNoTask", GroupingStep.ItemEnd,
            g => AnyDraft(g, IsSpeakerHeading),
            g => RemoveDrafts(g, IsSpeakerHeading),
            "专题会上，吴超明听取了整改进展汇报。他提出，要突出问题整改。务必高度重视整改，对整改情况进行再次逐项自查；各相关单位要在12月20日前制定整改方案。"),
        // Rule AttitudeFoldsIntoNext: "各相关区政府及教育主管部门要提高思想认识，严格落实主体责任，高度重视中心城区学校建设；
        // 要按照既定进度目标，加快推进项目建设…": a task whose every clause only asks for an attitude, with no date,
        // followed at once (same or next sentence) by a task of the same units, hands nothing over of its own: it is
        // the opening of that task. So is "有关部门要发挥职能作用，配合县教育局做好…" before the task the units help in.
        // Alone, or before a task they have no part in, it stays (the clerk may still want it).
        new("AttitudeFoldsIntoNext", GroupingStep.ItemEnd,
            g => AnyDraft(g, AttitudeOpensNext),
            g => FoldIntoNext(g, AttitudeOpensNext),
            "各相关区政府要提高思想认识，严格落实主体责任，高度重视中心城区学校建设；要按照既定进度目标，在12月20日前完成项目前期工作。"),
        // Rule AttitudeAloneIsNoTask (fifteenth round): "各地各部门要高度重视，切实抓好贯彻落实。", "一、强化责任落实。": a task
        // whose every clause only asks for an attitude, of nobody or of a generic addressee (各乡镇, 各级各部门), that folded
        // into no task after it (rule AttitudeFoldsIntoNext runs first), hands nothing over (conventions: exhortations with
        // nothing to hand over). A named unit asked for attention ("县财政局要高度重视资金保障工作") may be what the clerk
        // assigns, and stays; so does a task with a date in its words ("打好一季度…攻坚战") or one that introduces a list
        // ("各乡镇要高度重视秸秆禁烧工作：一是…": its units lead the entries).
        new("AttitudeAloneIsNoTask", GroupingStep.ItemEnd,
            g => AnyDraft(g, IsLoneAttitude),
            g => RemoveDrafts(g, IsLoneAttitude),
            "各地各部门要高度重视，切实抓好贯彻落实。县住建局要在12月20日前完成危房改造验收。"),
        // Rule GenericWorkFoldsIntoDated: "各级各部门要…，稳步推进合村工作；要加强配合，强化责任，确保在5月15日完成合村
        // 工作的检查验收": a task that only pushes some work along (its jobs end in …工作, no date), followed at once
        // (same or next sentence) by a dated task of the same units, hands over nothing of its own: the dated task is
        // the deliverable (conventions: one task per distinct lead and per deliverable with its own deadline). Before an
        // undated task, or one of other units, it stays.
        new("GenericWorkFoldsIntoDated", GroupingStep.ItemEnd,
            g => AnyDraft(g, GenericWorkOpensDated),
            g => FoldIntoNext(g, GenericWorkOpensDated),
            "各级各部门要高度重视，稳步推进合村工作；要加强配合，强化责任，确保在12月20日前完成合村工作的检查验收。"),
        // Seventeenth round, rule SloganBeforeSubjectIsNoTask: "会议要求，要加大宣传落实力度。各乡镇及部门要…加大电力设施保护…
        // 的宣传力度…。要强化协调，密切配合。各乡镇及县直部门…要…密切配合…": a short requirement of nobody's, a sentence by
        // itself, followed by a sentence whose units are asked to do it, is the heading of their requirement, as an item's
        // first sentence is (rule HeadingIsNoTask), wherever it stands in the item (an unnumbered speech runs its
        // requirements into one item). Only a slogan-length sentence (14 characters) with no pace word (要立即整改 is a job)
        // that ends with a full stop: a longer one names work of its own, and "要突出产业发展，…；各部门要…" is one of a
        // series of requirements side by side (r8l-003 kept its three).
        new("SloganBeforeSubjectIsNoTask", GroupingStep.ItemEnd,
            g => AnyDraft(g, IsSloganBeforeSubject),
            g => RemoveDrafts(g, IsSloganBeforeSubject),
            "各乡镇要在12月20日前完成电力设施排查。要加大宣传落实力度。各乡镇及县直部门要共同做好电力设施保护。"),
        // Eighteenth round, rule HeadingBeforeUnitsJoinsThem: "要强化统筹协调，各部门之间要加强沟通协作，…", "要进一步完善督导
        // 检查机制，市政府督查室要抽调专人负责…", "二要全力推进，各工作专班要紧盯目标任务…": a short requirement of nobody's
        // that opens its sentence as one clause, followed at once (a comma) by units that name themselves, is the heading of
        // what those units are asked; it is theirs, not a task of its own (nor of the units carried over from the sentence
        // before). Rule SloganBeforeSubjectIsNoTask takes the same heading when it ends with a full stop; rule
        // LateUnitsSpeakToTheirSentence when it carries no units. Not a clause in the middle of a series ("…行动，要切实
        // 强化应急队伍建设，各督查组要…": another job of the units asked before, r6l-014), nor one with a date or pace word.
        new("HeadingBeforeUnitsJoinsThem", GroupingStep.ItemEnd,
            g => AnyDraft(g, IsHeadingBeforeUnits),
            g => FoldIntoNext(g, IsHeadingBeforeUnits),
            "各乡镇要在12月20日前完成隐患排查。要强化统筹协调，县住建局要加强业务指导。"),
        // "二要抢抓工程进度。项目牵头部门要强化…": a numbered requirement's heading, followed by the unit that does it.
        new("OrdinalHeadingIsNoTask", GroupingStep.ItemEnd,
            g => AnyDraft(g, IsBareOrdinalHeading),
            g => RemoveDrafts(g, IsBareOrdinalHeading),
            "会议要求，一要抓好隐患排查，对辖区内再次开展全面隐患排查整治。二要抢抓工程进度。各乡镇要在12月20日前完成项目摸排。"),
        // Rule ListIntroNamesAddressees: "会议要求，各乡镇、各部门要做好以下工作：一是做好秸秆清运；二是做好防火巡查。": the
        // units named once before a numbered list are the list's addressees (the clerk carries them to every entry that
        // names nobody, rule ListEntryIsAsked); the introduction ("做好以下工作", "抓好三项工作") is no task of its own.
        new("ListIntroNamesAddressees", GroupingStep.ItemEnd,
            g => ListIntro(g) is not null,
            g =>
            {
                var d = ListIntro(g)!;
                g.ListIntroLead.Clear();
                g.ListIntroLead.AddRange(d.Lead);
                g.Drafts.Remove(d);
            },
            "会议要求，各乡镇、各部门要做好以下工作：一是做好秸秆清运；二是做好防火巡查。"),
        // Rule StatementIntroAsksList: "丁世显指出，要抓住有利时机，从七个方面努力：一是…；二是…", "X指出，…下阶段要做好几项工作：
        // 一是…", "王副主任提出了几点工作要求：一是…": a sentence with no cue that asks, or a statement cue (指出) that goes
        // on to ask, tells what it asks with a modal (要) or names requirements (提出…要求); when it ends the item with a
        // colon before a list marker, the list that follows is what it asks (rule ListEntryIsAsked), as after 会议要求.
        // Its introduction ("要抓住…有利时机，从七个方面努力") hands over nothing of its own: the entries do. A statement
        // that asks nothing ("会议指出：一是…") stays a view. A report set aside as the item's last sentence that tells
        // of work deployed or asked (进行了部署, 进行布置, 强调了具体意见; family listDeployWords) introduces that work,
        // colon or not.
        new("StatementIntroAsksList", GroupingStep.ItemEnd,
            g => StatementIntroAsks(g),
            g =>
            {
                g.StatementIntroAsks = true;
                // The introduction is the last grouped sentence (not a report set aside after it).
                if (g.LastSetAside is not { } told || told.Start < g.Sentence.Start)
                if (g.Drafts.Count > 0 && g.Drafts[^1] is { Sentence: var no, Deadline: null, FromBlock: false } d && no == g.SentenceNo
                    && d.Lead.Count + d.Co.Count == 0)
                    g.Drafts.Remove(d);
            },
            "县长指出，要抓住验收推迟的有利时机，从三个方面努力：一是加强交通秩序整治；二是完善城区基础设施；三是做好创建资料的收集整理。"),
        // Seventeenth round, rule ListAnnouncementIsNoTask: "会议最后，孙蔚副局长…对下一步工作提出三点要求：一是…",
        // "围绕近期学生教育管理和安全稳定工作，会议作出以下部署：一是…", "区新农村办对各镇提出三点要求：一是…": a sentence that
        // ends the item with a colon before a numbered list and only announces it (以下 / 如下 / N点要求, N项工作…) hands
        // nothing over of its own: the entries are the tasks (conventions: the framing of minutes is never a task; one task
        // per entry). Its units, if any, are the ones who ask. Shape 2, no colon: "会议要求，要认真做好2024年城市排水防涝
        // 工作。一是强化…" — the general line right before the first entry, of nobody or a generic addressee. Runs after
        // rules ListIntroNamesAddressees and StatementIntroAsksList, which keep the addressees an introduction names; a
        // dated introduction ("各乡镇要在12月20日前完成以下工作："), one with a pace word (要立即做好防汛准备工作。) and one
        // of a named unit (县住建局要做好…工作。一是…) stay tasks.
        new("ListAnnouncementIsNoTask", GroupingStep.ItemEnd,
            g => ListAnnouncement(g) is not null,
            g => g.Drafts.Remove(ListAnnouncement(g)!),
            "会议作出以下部署：一是县教育局要在12月20日前完成校园安全检查；二是各学校要加强学生安全教育。"),
        // Twentieth round, rule OpeningUnitLeadsEntries (line r20-split (d)1): "会议要求，一是各部门要对税源进行再清理发掘；二是
        // 要将任务细化到每月、每周；三是积极筹措资金…", "一是规划部门要加快认定；二是对楼顶加建现象进行排查；三是城管局对…": a run of
        // numbered entries under one opening is one block, and when its opening requirement (the first entry's first
        // 要 / 务必 / 必须 / 请 clause) has units as its subject, the later entries' requirements that name no unit are
        // theirs (owner da-068: the 三要 clauses after "大木厂镇、姚坪乡和相关部门要…"; da-039: 一是 / 二是 under "各责任单位…").
        // The carry stops at the first requirement that names another unit (r6a-030's 四是 after 城管局 keeps an empty
        // lead) and at a new cue frame, and never leaves the list (Grouping.EntryCarry). Runs last, on the tasks that
        // stay. Not when the opening names no unit ((d)2: the leader picks), when a unit is named only after such an
        // opening ((d)3, undecided), or when the introduction named the addressees (rule ListIntroNamesAddressees).
        new("OpeningUnitLeadsEntries", GroupingStep.ItemEnd,
            g => EntryCarryTargets(g).Any(),
            g => { foreach (var d in EntryCarryTargets(g).ToList()) d.Lead.AddRange(g.EntryCarryLead); },
            "会议要求，一是各乡镇要在12月20日前完成危房排查；二是要在12月31日前完成危房整改。"),
    ];

    /// <summary>Rule OpeningUnitLeadsEntries: the entry's tasks that name nobody, in order, up to the first that names
    /// another unit (or has a supervisor, or comes from a table's cells) or a cue that opens a new frame.</summary>
    static IEnumerable<Draft> EntryCarryTargets(Grouping g)
    {
        if (!g.CarriesEntryLead) yield break;
        int end = g.EntryCarryEnd;
        foreach (var d in g.Drafts)
        {
            if (d.Start >= end || d.FromBlock || d.Supervisor is not null) yield break;
            if (d.Lead.Count + d.Co.Count > 0)
            {
                if (g.SameUnits(d.Lead, g.EntryCarryLead)) continue;
                yield break;
            }
            if (g.OpenedByModal(d)) yield return d;
        }
    }

    /// <summary>Rule ListAnnouncementIsNoTask: the item's last task, opened in its last sentence, with no date, where the
    /// next item opens a numbered list and the sentence either ends with a colon and announces the list (以下, 三点要求), or
    /// ends with a full stop and asks nothing of a particular unit and at no pace (shape 2).</summary>
    static Draft? ListAnnouncement(Grouping g)
    {
        if (g.Drafts.Count == 0 || g.SentenceNo == 0) return null;
        var d = g.Drafts[^1];
        if (d.FromBlock || d.Deadline is not null || d.Sentence != g.SentenceNo || d.Start < g.Sentence.Start) return null;
        if (!EndsItem(g, g.Sentence.End) || !NextIsListMarker(g)) return null;
        var t = g.R.T;
        int e = g.Item.End;
        while (e > g.Item.Start && ChineseText.IsSpace(t[e - 1])) e--;
        if (e <= g.Item.Start) return null;
        if (t[e - 1] == ':') return AnnouncesCount(t, d.Start, g.Sentence.End) ? d : null;
        // Shape 2: "会议要求，要认真做好2024年城市排水防涝工作。一是强化责任落实…", "各区(市)要…进一步提高…工作质效。一是明确
        // 各项工作…": a sentence of no particular unit, no date and no pace word, ending its item right before the list's
        // first entry, is the list's general line; the entries spell it out.
        return d.Vague is null && d.Lead.TrueForAll(u => u.Generic) && d.Co.TrueForAll(u => u.Generic) ? d : null;
    }

    /// <summary>Rule CitedBasisIsNoJob: the clause opens with a basis word (按照, 根据…) and ends with what the cited
    /// text set (要求, 精神…). The opener is checked first: most clauses fail there, before any ending is read.</summary>
    static bool CitesBasis(Grouping g)
    {
        var t = g.R.T;
        int s = g.R.SkipSpace(g.C.Start, g.C.End), e = g.C.End;
        if (s >= e || t[s] is not ('按' or '根' or '依' or '遵')) return false;
        int open = g.R.Lx.PreambleOpeners.MatchAt(t.AsSpan(0, e), s);
        if (open < 2) return false;
        while (e > s && (ChineseText.IsSpace(t[e - 1]) || t[e - 1] is ',' or '，' or ':' or '：')) e--;
        return e - s > open + 2 && g.R.Lx.BasisEndings.MatchEndingAt(t, e, s + open) > 0;
    }

    /// <summary>Rule AskedEntryReadAsNarrative: the item is an entry of a speaker's list (一是, 二是) that goes on: its first
    /// sentence runs on to a semicolon ("一是落实责任，安排专人…；二是…"), or it is a heading sentence with more sentences
    /// of the entry after it and another entry of the list after the entry ("二是抓质量。要做到…。三是…"). A lone sentence
    /// closed by a full stop ("二是珍惜交流机会，主动交流。"), or the list's last entry, may be an exhortation or the close.</summary>
    static bool SpeakerEntryGoesOn(Grouping g)
    {
        var t = g.R.T;
        int k = g.Item.Start - 1;
        while (k >= 0 && t[k] is ' ' or '\t' or '\u3000') k--;
        if (k < 0 || t[k] != '是') return false;
        int e = g.EntryUnplaced[^1].End;
        while (e < t.Length && ChineseText.IsSpace(t[e])) e++;
        if (e < t.Length && t[e] is ';' or '；' || e > 0 && t[e - 1] is ';' or '；') return true;
        if (g.SentenceNo < 2) return false;
        int n = g.Item.End;
        while (n < t.Length && ChineseText.IsSpace(t[n])) n++;
        int m = n;
        while (m < t.Length && m - n < 3 && "一二三四五六七八九十".IndexOf(t[m]) >= 0) m++;
        return m > n && m < t.Length && t[m] == '是';
    }

    static bool SloganEntry(Grouping g) => SloganEntry(g, g.C);

    /// <summary>Rule SloganEntryIsNoTask: the clause is the whole entry, and reads topic (2–6 characters) + 要 + one
    /// or two characters: "任务要明确", "打击力度要加大".</summary>
    static bool SloganEntry(Grouping g, Clause c)
    {
        var t = g.R.T;
        int s = g.R.SkipSpace(c.Start, c.End), e = c.End;
        while (e > s && (ChineseText.IsSpace(t[e - 1]) || t[e - 1] is ';' or '。' or ',')) e--;
        // The clause is all the entry holds.
        for (int j = c.End; j < g.Item.End; j++)
            if (!ChineseText.IsSpace(t[j]) && t[j] is not (';' or '。' or ',' or '!')) return false;
        for (int j = g.Item.Start; j < s; j++)
            if (ChineseText.IsHan(t[j]) && j >= g.Item.Start + 2) return false;
        int m = t.IndexOf('要', s, e - s);
        if (m < 0 || m + 1 < e && t[m + 1] == '求') return false;
        int before = 0, after = 0;
        for (int j = s; j < m; j++) if (ChineseText.IsHan(t[j])) before++; else return false;
        for (int j = m + 1; j < e; j++) if (ChineseText.IsHan(t[j])) after++; else return false;
        return before is >= 2 and <= 6 && after is >= 1 and <= 2;
    }

    /// <summary>Rule StatementIntroAsksList: the item's last sentence, a statement or no cue at all, asks with a modal,
    /// and it ends the item with a colon that a list marker follows.</summary>
    static bool StatementIntroAsks(Grouping g)
    {
        var t = g.R.T;
        // "会上，场长针对二季度重点任务进行了部署，确保各项工作顺利推进。一是…", "X对开学工作进行布置\n1. …": a sentence set
        // aside as a report of the meeting, the item's last, that tells of work deployed introduces the work deployed.
        if (g.LastSetAside is { } told && (g.SentenceNo == 0 || told.Start >= g.Sentence.End))
        {
            if (!EndsItem(g, told.End) || !NextIsListMarker(g)) return false;
            for (int q = told.Start; q < told.End; q++)
                if (g.R.Lx.ListDeployWords.MatchAt(t.AsSpan(0, told.End), q) > 0) return true;
            return false;
        }
        // A cue that asks (会议要求) opens the list already (rule ListEntryIsAsked).
        if (g.Cue && !g.Statement || g.SentenceNo == 0 || g.Sentence.End > g.Item.End) return false;
        if (!g.Sentence.View.HasAsk() || !EndsItem(g, g.Sentence.End)) return false;
        int e = g.Item.End;
        while (e > g.Item.Start && ChineseText.IsSpace(t[e - 1])) e--;
        return e > g.Item.Start && t[e - 1] == ':' && NextIsListMarker(g);
    }

    /// <summary>Only punctuation stands between <paramref name="end"/> and the item's end.</summary>
    static bool EndsItem(Grouping g, int end)
    {
        var t = g.R.T;
        if (end > g.Item.End) return false;
        for (int j = end; j < g.Item.End; j++)
            if (!ChineseText.IsSpace(t[j]) && t[j] is not (':' or '。' or ',' or ';')) return false;
        return true;
    }

    static bool NextIsListMarker(Grouping g)
    {
        var t = g.R.T;
        int k = g.Item.End;
        while (k < t.Length && ChineseText.IsSpace(t[k])) k++;
        return ListMarkerAt(t, k);
    }

    /// <summary>Rule AlsoSentenceIsAsked: 同时 / 此外 opening the sentence adds it to the ask of the sentence just
    /// before; a report (了, 汇报) stays none.</summary>
    static bool AlsoSentenceIsAsked(Grouping g) => g.PreviousAsked && g.SentenceOpensWithAlso() && !g.SentenceReports();

    /// <summary>Rules OrdinalStartsTask and ToneHeadedEntryStartsTask: at the second requirement of a list that began
    /// with no units in force, "一要…。各县(市、区)、各有关部门要…。二要…": the units the first requirement names are the
    /// list's addressees.</summary>
    static void OrdinalEntryUnits(Grouping g, int ordinal)
    {
        if (ordinal == 2 && g.OrdinalLead.Count + g.OrdinalCo.Count == 0
            && g.Drafts.Skip(g.OrdinalFirstDraft).FirstOrDefault(d => d.Lead.Count + d.Co.Count > 0) is { } first)
        {
            g.OrdinalLead.AddRange(first.Lead); g.OrdinalCo.AddRange(first.Co);
        }
    }

    /// <summary>Rules OrdinalStartsTask and OrdinalHeadingOpensList: a numbered list (一要…) begins here, for the units
    /// in force now (none when a cue of this sentence opens it, rule CueOpensListAfterUnits).</summary>
    static void OrdinalListBegins(Grouping g)
    {
        g.OrdinalLead.Clear(); g.OrdinalCo.Clear();
        g.OrdinalToneHeading = -1;
        if (g.Cur is not null && !CueOpensListAfterUnits(g)) { g.OrdinalLead.AddRange(g.Cur.Lead); g.OrdinalCo.AddRange(g.Cur.Co); }
        g.OrdinalFirstDraft = g.Drafts.Count;
    }

    /// <summary>
    /// Rule CueOpensListAfterUnits: "…要求各部门分析原因、统筹推进各项工作。\n会议要求，一要强化…；二要…": a numbered list
    /// that a cue of its own sentence opens (会议要求, X强调) is asked by that cue, of the units the cue names (none here),
    /// not of the units a sentence before it named (rule CueNamesNobody, for lists). "各地要…：一是…" (units in the
    /// list's own sentence) and "各单位要…。一是要…" (no cue) still carry theirs.
    /// </summary>
    static bool CueOpensListAfterUnits(Grouping g) =>
        g.Cue && !g.Statement && g.Cur is { } cur && cur.Sentence != g.SentenceNo;

    /// <summary>Rule ListEntryCommandIsAsked: the first clause of an asked list entry opens with a command verb and
    /// names nobody, no job word and no attitude ("一是加快前期工作进度").</summary>
    static bool ListEntryCommand(Grouping g) =>
        g.Cur is null && !g.C.HasAction && g.InAskedListEntry && g.OnlyModalsBefore && !g.Sentence.Hollow && !Named(g.C)
        && (g.C.Imperative || g.C.ModalOpen && CommandAfterModal(g) && OnlySentenceOfItem(g)) && !g.C.Purpose
        && !g.C.Statement && !g.Statement && !g.C.Concession && !g.AttitudeClause(g.C);

    /// <summary>
    /// The sentence is all the item holds: "一是要全面动员。抓好思想发动…。要全面部署。…" opens with a heading, whose modal and
    /// command announce what the sentences after it ask one by one; "一是要加快前期工作进度；" is the work itself.
    /// </summary>
    static bool OnlySentenceOfItem(Grouping g)
    {
        var t = g.R.T;
        for (int j = g.Sentence.End; j < g.Item.End; j++)
            if (!ChineseText.IsSpace(t[j]) && t[j] is not (':' or '。' or ',' or ';' or '!')) return false;
        return true;
    }

    /// <summary>
    /// Rule SourceLineIsNoAddressee: "红网东安站\n05-07 17:29\n": a name alone on its line, with no colon, followed by a
    /// line that only gives the time of posting, is the page's source, not an addressee line (which ends with "："): it
    /// heads nothing that follows.
    /// </summary>
    static bool AloneOnLine(Grouping g)
    {
        var t = g.R.T;
        int a = g.C.Start - 1;
        while (a >= 0 && t[a] is ' ' or '\t' or '\u3000') a--;
        if (a >= 0 && t[a] != '\n') return false;
        int b = g.C.End;
        while (b < t.Length && t[b] is ' ' or '\t' or '\u3000' or '\r') b++;
        if (b >= t.Length || t[b] != '\n') return false;
        // The next line is the time of posting ("05-07 17:29", "2022-09-15 10:44"): digits and separators, no word.
        // A table cell's unit ("…工作领导小组\n\n完成项目政策处理…") is followed by the work it leads.
        while (b < t.Length && ChineseText.IsSpace(t[b])) b++;
        int digits = 0, k = b;
        for (; k < t.Length && k < b + 30 && t[k] != '\n'; k++)
        {
            if (char.IsAsciiDigit(t[k])) digits++;
            else if (t[k] is not ('-' or ':' or ChineseText.TimeColon or '/' or '.' or ' ' or '年' or '月' or '日')) return false;
        }
        return digits >= 4 && (k >= t.Length || t[k] == '\n');
    }

    /// <summary>"一是要加快前期工作进度": the clause's opening modal is followed by a command verb.</summary>
    static bool CommandAfterModal(Grouping g)
    {
        var t = g.R.T;
        int p = g.R.SkipSpace(g.C.Start, g.C.End);
        if (p >= g.C.End || t[p] != '要') return false;
        return g.R.Lx.ImperativeOpeners.MatchAt(t.AsSpan(0, g.C.End), p + 1) > 0;
    }

    /// <summary>
    /// Rule ListIntroNamesAddressees: the item's last task is the introduction of the numbered list that follows
    /// ("各乡镇、各部门要：", "各乡镇要抓好三项工作。", "各部门要做好以下工作："): it names the units, no date, and its
    /// sentence ends the item with a colon or announces a count of jobs (三项工作, 几点要求, 以下工作), and a list
    /// marker (一是, 一要, 1、, (一)) comes next.
    /// </summary>
    static Draft? ListIntro(Grouping g)
    {
        if (g.Drafts.Count == 0) return null;
        var d = g.Drafts[^1];
        if (d.FromBlock || d.Deadline is not null || d.Lead.Count == 0 || d.Sentence != g.SentenceNo || g.Sentence.End > g.Item.End) return null;
        var t = g.R.T;
        // The introduction is the item's last sentence ("…强调：" set aside after it is not), and its units are asked
        // with a modal right after them (X要：): "区新农村办对各镇提出三点要求：" names the one who asks, not the addressees.
        for (int j = g.Sentence.End; j < g.Item.End; j++)
            if (!ChineseText.IsSpace(t[j]) && t[j] is not (':' or '。' or ',' or ';')) return null;
        int m = g.R.SkipSpace(d.Lead[^1].End, g.Sentence.End);
        // "各乡镇、各部门要：", "各单位务必做到以下几点：": a modal within the next few characters (一定要, 切实要).
        bool asked = false;
        for (int q = m; q < Math.Min(g.Sentence.End, m + 4) && !asked; q++)
            asked = SentenceView.ModalAt(t, q, g.Sentence.End, g.R.Lx) > 0 && !(t[q] == '要' && q + 1 < t.Length && t[q + 1] == '求');
        if (!asked) return null;
        int k = g.Item.End;
        while (k < t.Length && ChineseText.IsSpace(t[k])) k++;
        if (!ListMarkerAt(t, k)) return null;
        int e = g.Item.End;
        while (e > g.Item.Start && ChineseText.IsSpace(t[e - 1])) e--;
        return e > g.Item.Start && t[e - 1] == ':' || AnnouncesCount(t, g.Sentence.Start, g.Sentence.End) ? d : null;
    }

    /// <summary>一是 / 一要 / 1、 / 1. / 一、 / (一) at <paramref name="k"/>: the first entry of a numbered list.</summary>
    static bool ListMarkerAt(string t, int k)
    {
        if (k < t.Length && t[k] == '(') k++;
        if (k + 1 >= t.Length || t[k] is not ('一' or '1')) return false;
        return t[k + 1] is '是' or '要' or '、' or '.' or ')';
    }

    /// <summary>"三项工作", "几点要求", "以下工作", "如下要求": the sentence announces a count of jobs.</summary>
    static bool AnnouncesCount(string t, int s, int e)
    {
        for (int k = s; k + 1 < e; k++)
        {
            if (t[k] is '以' or '如' && t[k + 1] == '下') return true;
            if ("两三四五六七八九十几".IndexOf(t[k]) >= 0 && t[k + 1] is '项' or '点' or '条' && k + 3 < e
                && t.AsSpan(k + 2, Math.Min(4, e - k - 2)) is var w && (w.StartsWith("工作") || w.StartsWith("要求") || w.StartsWith("任务") || w.StartsWith("措施") || w.StartsWith("意见")))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Rule LateUnitsSpeakToTheirSentence: the task before the units ran over two clauses or more of their sentence
    /// ("要巩固…成果，做好…防治，X要…"): it named its work. One opening clause ("要强化协同推进，各相关部门要…") is the
    /// heading of what the units are asked next; its units are theirs.
    /// </summary>
    static bool WorkBeforeUnits(Grouping g, Draft cur)
    {
        var t = g.R.T;
        // Counted back from the units to the task's start, or to a colon that opens what they are asked
        // ("明确了三项核心任务:推进“以河养河”工作,各村要加强宣传": the entry's heading, then its units).
        int commas = 0;
        for (int k = Math.Min(g.C.Start, t.Length) - 1; k >= cur.Start && t[k] != ':'; k--)
            if (t[k] == ',') commas++;
        return commas >= 2;
    }

    /// <summary>The clause being placed opens its sentence (no set-aside clause stands before it).</summary>
    /// <summary>A unit named only by a helper's role: [各/相关/有关] + a word of coRoles (参与, 配合, 协同配合…) + 单位/部门.</summary>
    static bool CoRoleName(Grouping g, UnitHit h)
    {
        var t = g.R.T.AsSpan(0, h.End);
        int s = h.Start, e = h.End;
        if (e - s < 4 || !(t[(e - 2)..].SequenceEqual("单位") || t[(e - 2)..].SequenceEqual("部门"))) return false;
        e -= 2;
        if (t[s] == '各') s++;
        else if (t[s..e].StartsWith("相关") || t[s..e].StartsWith("有关")) s += 2;
        return e > s && g.R.Lx.CoRoles.MatchAt(t[..e], s) == e - s;
    }

    static bool OpensSentence(Grouping g) => g.R.SkipSpace(g.C.Start, g.C.End) <= g.R.SkipSpace(g.Sentence.Start, g.Sentence.End);

    /// <summary>
    /// "民政、乡村振兴、残联等部门要落实好…": words before a modal near the clause's start are its own subject, even
    /// when the unit reader named nobody; the units of the list before are not its units.
    /// </summary>
    static bool SubjectBeforeModal(Grouping g)
    {
        var t = g.R.T;
        int s = g.R.SkipSpace(g.C.Start, g.C.End), e = Math.Min(g.C.End, s + 24);
        for (int k = s + 2; k < e; k++)
            if (t[k] is '要' or '须' or '应' && SentenceView.ModalAt(t, k, g.C.End, g.R.Lx) > 0) return true;
        return false;
    }

    /// <summary>The year's target (a soft deadline) of the task the semicolon list's last item ended in.</summary>
    /// <summary>Rule ClosingDateStaysWithItsUnits: a task of the same named units as the one a closing date joins keeps
    /// no date from it (units named on both; a task of nobody still takes it, as in "…，…，10月底前建成投用").</summary>
    static bool ClosingDateStaysWithItsUnits(Grouping g, Draft other) =>
        g.ClosingDateTask is { } dated && other != dated && dated.Lead.Count > 0 && g.SameUnits(other.Lead, dated.Lead);

    static DeadlineMatch? ListTarget(Grouping g) =>
        g.Cur is { Deadline: { } dl } cur && (dl.Soft || dl.Target) && cur.Sentence == g.SentenceNo ? dl : null;

    /// <summary>A new sentence asks for something without naming anyone (rule SubjectlessSentenceStartsTask).</summary>
    /// <summary>Rule LeaderWhoOverseesIsSupervisor: the unit's name is a leader's title (…领导, …区长, …县长), no body.</summary>
    static bool LeaderTitleOnly(Grouping g, UnitHit h)
    {
        var t = g.R.T;
        int e = h.End;
        while (e > h.Start && ChineseText.IsSpace(t[e - 1])) e--;
        return e - h.Start >= 3 && (t[e - 2] == '领' && t[e - 1] == '导' || g.R.Lx.LeaderTitles.MatchEndingAt(t, e, h.Start) > 0);
    }

    /// <summary>
    /// Rule UnitsNamedMidRunKeepTheirSentence: the units of the task before were named in a plain sentence (no cue, no
    /// statement opener) in the middle of a run of requirements that opened naming nobody, in the same paragraph:
    /// "耿晓云强调，要加强考核指标调度，…及时优化调整工作思路。各相关单位要聚焦七大重点投资方向，…。要大力推进招商引资…。
    /// 要加快推进项目建设…". The speaker's run speaks to nobody; the units were handed their one requirement within it,
    /// and the 要-sentence after a full stop goes back to the run, not to them. Only when the run's requirement before
    /// the units is a whole requirement (longer than a heading: a short lead-in like "要把全年工作收尾、明年工作谋划统筹好"
    /// heads the units' own requirements, which keep their units), when the units are units (not 干部 or other people,
    /// whom the task drops anyway), and not for "同时，要…" or the items of a semicolon list, which go on with the units.
    /// </summary>
    static bool UnitsNamedMidRun(Grouping g)
    {
        var cur = g.Cur!;
        if (cur.Lead.Count == 0 || cur.OpenedInCuedSentence || g.C.Also || g.PendingAlso) return false;
        int i = g.Drafts.IndexOf(cur);
        if (i < 1 || g.Drafts[i - 1] is not { } before || before.Lead.Count + before.Co.Count > 0 || !before.Asked
            || before.Paragraph != cur.Paragraph || before.End - before.Start <= 20) return false;
        var t = g.R.T;
        int b = g.Sentence.Start - 1;
        while (b >= 0 && ChineseText.IsSpace(t[b])) b--;
        if (b < 0 || t[b] != '。') return false;
        foreach (var u in cur.Lead)
            if (g.R.Units.PeopleCut(t, u, out _) != u) return false;
        return true;
    }

    static bool SubjectlessAsk(Grouping g) =>
        g.Cur!.Sentence != g.SentenceNo && g.C.HasAction
        && (g.C.ModalOpen || g.C.Also || g.C.Imperative || g.C.ExhortedCommand || g.C.Deadline is { Soft: false } || ModalOpeningAsksItsJob(g) || ModalOpeningAsksUnitsNextJob(g))
        && (!g.Statement || g.C.DeliverableRank == 2) && !Grouping.IsItemHeading(g.Cur);

    /// <summary>
    /// Rule ModalOpeningAsksItsJob: "会议强调，要加快推进重点项目建设，…。要强化部门协同意识，统筹做好要素保障，突破瓶颈制约。":
    /// a sentence that opens with its modal on an attitude or a guideline (要强化…意识, 要坚持问题导向: set aside as tone)
    /// asks, with that modal, for the first job named after it in the sentence: the job is the sentence's own
    /// requirement (rule SubjectlessSentenceStartsTask: one more task, with an empty lead as the task before), not more
    /// of the task of the sentence before. Only after a task of nobody's (after a unit's task, rule
    /// ModalOpeningAsksUnitsNextJob makes it a task of the same units), when every clause before the job in its sentence was
    /// such a modal opening, and the job names nobody and is no purpose (确保…) nor a manner (以…的合力确保…).
    /// </summary>
    static bool ModalOpeningAsksItsJob(Grouping g) => g.Cur!.Lead.Count + g.Cur.Co.Count == 0 && ModalOpeningBeforeJob(g);

    /// <summary>
    /// Rule ModalOpeningAsksUnitsNextJob (seventeenth round, family task_missed): "镇村及相关单位要牢固树立人民至上的思想，
    /// 做细做实一户一策资料管理。要严把工程质量关，按时按质完成搬迁安置工程任务。", "各部门、各镇办要…力争“二季度100%开工”。
    /// 要坚持问题导向、目标导向和结果导向，紧盯重点任务、重大工程，倒排工期…": after a unit's task, a sentence that opens
    /// with its modal on a guideline or an attitude (要严把…关, 要坚持…导向, 要结合…: set aside as tone) and then names a job
    /// is the next requirement put to the same units, one more task (conventions: one task per deliverable), as rule
    /// ModalOpeningAsksItsJob makes it after a task of nobody's; the units carry over as they do for a plain 要-sentence
    /// (rule SubjectlessSentenceStartsTask). Same conditions on the sentence's opening and the job. Not after a task that
    /// only pushes work along ("要积极做好相关组织申报工作。要结合实际，按时完成申报": the sentence spells that work out), and
    /// only for a sentence closed by 。: an item of a semicolon list goes to the list's rules.
    /// </summary>
    static bool ModalOpeningAsksUnitsNextJob(Grouping g) =>
        g.Cur!.Lead.Count + g.Cur.Co.Count > 0 && !g.Cur.OnlyGenericWork && !AfterSemicolon(g.R.T, g.Sentence.Start) && ModalOpeningBeforeJob(g);

    /// <summary>Rule ModalOpeningAsksFirstJob: the sentence's opening modal is not followed by a disposal 将 / 把
    /// ("要将招商意识融入日常业务…" is itself what is asked); 要按照…, 要围绕…, 要对照… frame the job that comes after.</summary>
    static bool ModalOpensOnGuideline(Grouping g)
    {
        var t = g.R.T;
        int p = g.R.SkipSpace(g.Sentence.Start, g.C.Start);
        int ml = SentenceView.ModalAt(t, p, g.C.Start, g.R.Lx);
        return ml > 0 && p + ml < t.Length && t[p + ml] is not ('将' or '把');
    }

    /// <summary>Rules ModalOpeningAsksItsJob and ModalOpeningAsksFirstJob: the sentence opens with a modal, only such
    /// modal openings stand before the clause, and the clause names a job of nobody's that is no purpose nor manner.</summary>
    static bool ModalOpeningBeforeJob(Grouping g) =>
        g.OnlyModalsBefore && !Named(g.C) && !g.C.Purpose && !g.C.Statement && g.R.T[g.R.SkipSpace(g.C.Start, g.C.End)] != '以'
        && g.R.SkipSpace(g.Sentence.Start, g.C.Start) < g.C.Start
        && SentenceView.ModalAt(g.R.T, g.R.SkipSpace(g.Sentence.Start, g.C.Start), g.C.Start, g.R.Lx) > 0;

    /// <summary>
    /// "临沂市住房和城乡建设局办公室 2021年8月16日印(发)" at the foot of minutes pasted whole: the unit that issued
    /// the document, followed by the issue date, is no table cell naming who does the item.
    /// </summary>
    static bool IssuerOfLine(Grouping g, UnitHit h)
    {
        var t = g.R.T;
        int k = h.End;
        while (k < t.Length && ChineseText.IsSpace(t[k])) k++;
        int digits = k;
        while (k < t.Length && (char.IsDigit(t[k]) || t[k] is '年' or '月' or '日' or '〇' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十')) k++;
        return k > digits && t[k - 1] == '日' && k < t.Length && t[k] == '印';
    }

    /// <summary>
    /// Rule SharedOutListNamesNobody: "局系统要全力冲刺…；机关纪委要全程监督…；加强调度协调力度，建立迎查联动机制": a semicolon
    /// list whose items handed work to different units in turn speaks to none of them after it; an item that names
    /// nobody is no task of the last unit named (as rule SharedOutSentenceNamesNobody, for a list cut by semicolons).
    /// </summary>
    static bool SharedOutList(Grouping g)
    {
        if (!g.ListGoesOn) return false;
        Draft? first = null;
        foreach (var d in g.Drafts)
        {
            if (d.Sentence < g.ListStart || d.Sentence >= g.SentenceNo || d.Lead.Count == 0) continue;
            if (first is null) first = d;
            else if (first.Sentence != d.Sentence && !g.SameUnits(first.Lead, d.Lead)
                     && !first.Lead.Any(a => d.Lead.Any(b => g.R.Surface(a).Contains(g.R.Surface(b)) || g.R.Surface(b).Contains(g.R.Surface(a)))))
                return true;
        }
        return false;
    }

    /// <summary>Tasks of the sentence <paramref name="sentence"/> have different leads.</summary>
    static bool SeveralLeadsIn(Grouping g, int sentence)
    {
        Draft? first = null;
        foreach (var d in g.Drafts)
        {
            if (d.Sentence != sentence || d.Lead.Count == 0) continue;
            // "县投促中心牵头汇总，三大园区主动共享": two units acted in turn, though they share one task.
            if (d.OthersActedUnder) return true;
            if (first is null) first = d;
            // "各县市区党委政府要…，各县市区要…": one body named twice is no sharing out.
            else if (!g.SameUnits(first.Lead, d.Lead) && !first.Lead.Any(a => d.Lead.Any(b => g.R.Surface(a).Contains(g.R.Surface(b)) || g.R.Surface(b).Contains(g.R.Surface(a)))))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Task <paramref name="d"/> went on past its first sentence, and no sentence ends between its last words and the
    /// start of <paramref name="next"/>: its last sentence is the one <paramref name="next"/> opens in.
    /// </summary>
    static bool RunsOnInto(Grouping g, Draft d, Draft next)
    {
        var t = g.R.T;
        if (next.Start < d.End) return false;
        for (int k = d.End; k < next.Start; k++)
            if (EndsSentence(t[k])) return false;
        // Only one clause ran on (围绕…的推进实施，): a phrase that sets the frame of the subject's requirement. Clauses
        // that name work of their own before the subject (对…进行再梳理，对…做好实地排摸，) may be a task of nobody's.
        for (int k = d.End - 1; k >= d.Start; k--)
        {
            if (EndsSentence(t[k])) return true;
            if (t[k] is ',' or ':') return false;
        }
        return false;
    }

    /// <summary>The characters <see cref="Segmenter.Sentences"/> cuts sentences at.</summary>
    static bool EndsSentence(char c) => c is '。' or ';' or '!' or '?' or '\n';

    /// <summary>Some draft of the item meets <paramref name="test"/>. A loop, not Enumerable.Range(…).Any(…): these
    /// conditions run at the end of every item, and the iterator and closure were allocated each time. The tests
    /// (IsSpeakerHeading, AttitudeOpensNext …) are delegates made once, not methods: passing a method group here
    /// allocated a new delegate at every item's end (4 per parse).</summary>
    static bool AnyDraft(Grouping g, Func<Grouping, int, bool> test)
    {
        for (int i = 0; i < g.Drafts.Count; i++)
            if (test(g, i)) return true;
        return false;
    }

    static readonly Func<Grouping, int, bool> IsSpeakerHeading = static (g, i) =>
        g.Drafts[i] is { Deadline: null, Vague: null, OpenedByOrdinal: false } d && d.Lead.Count + d.Co.Count == 0 && d.End - d.Start <= 10
        && i + 1 < g.Drafts.Count && g.Drafts[i + 1] is var next && next.Sentence == d.Sentence + 1 && next.Lead.Count + next.Co.Count == 0
        && !g.Drafts.Any(o => o != d && o.Sentence == d.Sentence);

    /// <summary>Drops every draft of the item that <paramref name="test"/> picks (from the last, so indices stay valid).</summary>
    static void RemoveDrafts(Grouping g, Func<Grouping, int, bool> test)
    {
        for (int i = g.Drafts.Count - 1; i >= 0; i--)
            if (test(g, i)) g.Drafts.RemoveAt(i);
    }

    /// <summary>Each draft that opens the next one (as <paramref name="opens"/> says) becomes part of it: the next starts where it started.</summary>
    static void FoldIntoNext(Grouping g, Func<Grouping, int, bool> opens)
    {
        for (int i = g.Drafts.Count - 2; i >= 0; i--)
            if (opens(g, i))
            {
                g.Drafts[i + 1].Start = Math.Min(g.Drafts[i + 1].Start, g.Drafts[i].Start);
                g.Drafts.RemoveAt(i);
            }
    }

    static readonly Func<Grouping, int, bool> AttitudeOpensNext = static (g, i) =>
        i + 1 < g.Drafts.Count && g.Drafts[i] is { OnlyAttitude: true, Deadline: null, Vague: null, Supervisor: null, FromBlock: false } d
        && d.Lead.Count > 0 && g.Drafts[i + 1] is var next && next.Sentence - d.Sentence is 0 or 1
        && d.Lead.Concat(d.Co).All(u => next.Lead.Concat(next.Co).Any(v => g.R.Surface(u) == g.R.Surface(v)));

    static readonly Func<Grouping, int, bool> IsLoneAttitude = static (g, i) =>
        g.Drafts[i] is { OnlyAttitude: true, Deadline: null, Vague: null, Supervisor: null, FromBlock: false } d
        && d.Lead.Concat(d.Co).All(u => u.Generic)
        && !g.R.Deadlines.Any(m => !m.Invalid && m.Start >= d.Start && m.Start < d.End)
        && !IntroducesList(g);

    /// <summary>The item ends with a colon: what it says introduces the entries after it.</summary>
    static bool IntroducesList(Grouping g)
    {
        int b = Math.Min(g.Item.End, g.R.T.Length);
        while (b > g.Item.Start && ChineseText.IsSpace(g.R.T[b - 1])) b--;
        return b > g.Item.Start && g.R.T[b - 1] is ':' or '：';
    }

    static readonly Func<Grouping, int, bool> GenericWorkOpensDated = static (g, i) =>
        i + 1 < g.Drafts.Count && g.Drafts[i] is { OnlyGenericWork: true, OnlyAttitude: false, Deadline: null, Vague: null, Supervisor: null, FromBlock: false } d
        && d.Lead.Count > 0 && g.Drafts[i + 1] is { Deadline: { Soft: false } } next && AtMostOneSentenceEndBetween(g, d.End, next.Start)
        && g.SameUnits(d.Lead, next.Lead) && d.Co.Count == next.Co.Count;

    /// <summary>The task after opens in the sentence where the task before ended, or in the next one.</summary>
    static bool AtMostOneSentenceEndBetween(Grouping g, int from, int to)
    {
        int ends = 0;
        for (int k = from; k < to; k++)
            if (EndsSentence(g.R.T[k]) && ++ends > 1) return false;
        return from <= to;
    }

    /// <summary>Rule SloganBeforeSubjectIsNoTask: a short sentence of nobody's, alone in its sentence, with no date, whose
    /// next sentence names the units asked.</summary>
    static readonly Func<Grouping, int, bool> IsSloganBeforeSubject = static (g, i) =>
        g.Drafts[i] is { Deadline: null, Vague: null, FromBlock: false, OpenedByOrdinal: false } d && NamesNobodyItself(d) && d.End - d.Start <= 14
        && i + 1 < g.Drafts.Count && g.Drafts[i + 1] is var next && next.Sentence == d.Sentence + 1 && next.Lead.Count > 0
        && next.Lead.TrueForAll(h => h.Start >= d.End)
        && (i == 0 || g.Drafts[i - 1].Sentence != d.Sentence) && EndsWithFullStop(g.R.T, d.End)
        && !AfterSemicolon(g.R.T, d.Start) && g.R.T.IndexOf('\n', d.End, next.Start - d.End) < 0;

    /// <summary>Rule HeadingBeforeUnitsJoinsThem: the draft is one short clause of nobody's (要… or 二要…), no date and no pace
    /// word, that opens its sentence; the next draft starts in the same sentence right after its comma with units it names
    /// itself.</summary>
    static readonly Func<Grouping, int, bool> IsHeadingBeforeUnits = static (g, i) =>
        g.Drafts[i] is { Deadline: null, Vague: null, FromBlock: false, Supervisor: null } d && NamesNobodyItself(d)
        && d.End - d.Start <= 16 && OpensWithModal(g.R.T, d.Start)
        && i + 1 < g.Drafts.Count && g.Drafts[i + 1] is var next && next.Sentence == d.Sentence && next.Lead.Count > 0
        && (i == 0 || g.Drafts[i - 1].Sentence != d.Sentence)
        && g.R.T.AsSpan(d.Start, d.End - d.Start).IndexOf(',') < 0
        && FirstUnitStart(next) is var u && u == next.Start && u >= d.End && CommaOnly(g.R.T, d.End, u);

    static int FirstUnitStart(Draft d)
    {
        int m = int.MaxValue;
        foreach (var h in d.Lead) m = Math.Min(m, h.Start);
        foreach (var h in d.Co) m = Math.Min(m, h.Start);
        return m;
    }

    /// <summary>Rule RenamedUnitsAskAgain: the clause's sentence opens with one short clause opened by a modal (要…, 二要…) and a
    /// comma right before the clause: the heading of what the clause asks (rule HeadingBeforeUnitsJoinsThem).</summary>
    static bool HeadingOpensSentence(Grouping g)
    {
        var t = g.R.T;
        int s = g.R.SkipSpace(g.Sentence.Start, g.Sentence.End), c = g.C.Start;
        if (c - s < 3 || c - s > 18 || !OpensWithModal(t, s)) return false;
        int k = c - 1;
        while (k > s && t[k] == ' ') k--;
        return t[k] == ',' && t.AsSpan(s, k - s).IndexOf(',') < 0;
    }

    /// <summary>"要…", "二要…", "三是…": a requirement opened by its modal or its ordinal.</summary>
    static bool OpensWithModal(string t, int s)
    {
        while (s < t.Length && t[s] == ' ') s++;
        // The draft may start after its ordinal ("二是|坚决做好…排查，各类学校要…"): the ordinal opens the requirement.
        if (s >= 2 && t[s - 1] is '是' or '要' && "一二三四五六七八九十".Contains(t[s - 2])) return true;
        if (s < t.Length && "一二三四五六七八九十".Contains(t[s]))
        {
            s++;
            if (s < t.Length && t[s] == '是') s++;
        }
        return s < t.Length && t[s] == '要';
    }

    /// <summary>Between <paramref name="a"/> and <paramref name="b"/> stands one comma and nothing else but spaces.</summary>
    static bool CommaOnly(string t, int a, int b)
    {
        int commas = 0;
        for (int k = a; k < b && k < t.Length; k++)
            if (t[k] == ',') commas++;
            else if (t[k] != ' ') return false;
        return commas == 1;
    }

    /// <summary>The sentence that holds <paramref name="start"/> follows a semicolon: "…；进一步加强值班值守；严格落实事故信息
    /// 报告制度。" ends a semicolon list, it heads nothing (rule SloganBeforeSubjectIsNoTask), and "…加快工程建设进度；要牢固树立
    /// 质量意识，…" is an item of that list, left to the list's own rules (rule ModalOpeningAsksUnitsNextJob). A numbered heading is rule OrdinalHeadingIsNoTask's; and a
    /// new line after it opens another paragraph, not the units' requirement.</summary>
    static bool AfterSemicolon(string t, int start)
    {
        for (int k = Math.Min(start, t.Length) - 1; k >= 0; k--)
            if (EndsSentence(t[k])) return t[k] == ';';
        return false;
    }

    /// <summary>The draft names no unit in its own words: it has none, or only those carried over from the sentence before
    /// ("各乡镇要…。要强化协调，密切配合。" is asked of 各乡镇 without naming them).</summary>
    static bool NamesNobodyItself(Draft d)
    {
        foreach (var h in d.Lead) if (h.Start >= d.Start) return false;
        foreach (var h in d.Co) if (h.Start >= d.Start) return false;
        return true;
    }

    /// <summary>The draft runs to a full stop (。 or a line's end), not to a semicolon: "要加快规划进度，…；要突出产业发展，…；
    /// 各部门要凝聚共识…" is a series of requirements side by side, each a task, not a heading and its body.</summary>
    static bool EndsWithFullStop(string t, int end)
    {
        int k = end;
        while (k < t.Length && t[k] == ' ') k++;
        return k < t.Length && t[k] is '。' or '\n';
    }

    /// <summary>Rule HeadingFrontsObject: from the item's start to the end of <paramref name="d"/>, a clause opens with 对
    /// and the thing worked on ("对排查出的隐患，要立即整改"), not with the verb 对接 ("迅速对接落实").</summary>
    static bool HeadingFrontsObject(Grouping g, Draft d)
    {
        var t = g.R.T;
        bool opens = true;
        for (int k = g.Item.Start; k < Math.Min(d.End, t.Length); k++)
        {
            char c = t[k];
            if (c == ' ') continue;
            if (c is ',' or ':' or '\n') { opens = true; continue; }
            if (opens && c == '对' && (k + 1 >= t.Length || t[k + 1] != '接')) return true;
            opens = false;
        }
        return false;
    }

    static readonly Func<Grouping, int, bool> IsBareOrdinalHeading = static (g, i) =>
        g.Drafts[i] is { OpenedByOrdinal: true, Deadline: null, Vague: null } d && d.End - d.Start <= 20
        && i + 1 < g.Drafts.Count && g.Drafts[i + 1] is var next && next.Lead.Count > 0
        && (d.Lead.Count + d.Co.Count == 0
            // Eighteenth round: the heading may carry the units the list was asked of ("各乡镇、各单位要…。二要提高站位，明确
            // 分工。各单位要明确…", r14l-021, r10l-003, r11l-012, r14l-025); when the next sentence names units of its own
            // and opens with them, they are the ones the heading is for.
            || NamesNobodyItself(d) && next.Sentence == d.Sentence + 1 && FirstUnitStart(next) == next.Start && next.Start >= d.End
               && !next.Lead.TrueForAll(h => d.Lead.Exists(u => g.R.Surface(u) == g.R.Surface(h))));

    public static GroupingRule ByName(string name) => All.First(r => r.Name == name);
}
