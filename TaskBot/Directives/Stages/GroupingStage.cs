namespace TaskBot.Directives.Stages;

/// <summary>
/// Stage 4, grouping: the read clauses of an item become tasks (<see cref="Draft"/>s) by the named rules of
/// <see cref="GroupingRules"/>, asked in their order: an item rule may take the whole item; for each clause, the
/// set-aside and completing rules, then the first placing rule that holds, then the after-place rules; at each
/// sentence's end and at the item's end, their rules.
/// </summary>
internal readonly struct GroupingStage
{
    readonly Grouping _g;
    readonly ParseTrace? _trace;

    // The rules by when they are asked, in their order in GroupingRules.All; built once, not per parse.
    static readonly GroupingRule[] ItemRules = [.. GroupingRules.All.Where(x => x.Step == GroupingStep.Item)];
    static readonly GroupingRule[] ClauseRules =
        [.. GroupingRules.All.Where(x => x.Step is GroupingStep.SetAside or GroupingStep.Complete or GroupingStep.Place or GroupingStep.AfterPlace)];
    static readonly GroupingRule[] SentenceEndRules = [.. GroupingRules.All.Where(x => x.Step == GroupingStep.SentenceEnd)];
    static readonly GroupingRule[] ItemEndRules = [.. GroupingRules.All.Where(x => x.Step == GroupingStep.ItemEnd)];

    public GroupingStage(Reading r)
    {
        _g = new Grouping(r);
        _trace = r.Trace;
    }

    /// <summary>Starts an item; true when an item rule took it whole (then no sentence of it is grouped).</summary>
    public bool BeginItem(Item item)
    {
        _g.BeginItem(item);
        foreach (var rule in ItemRules)
            if (rule.When(_g))
            {
                rule.Then(_g);
                _trace?.GroupingFired(rule, null, _g);
                return true;
            }
        return false;
    }

    /// <summary>The item begun is an entry of a numbered list a cue asked for (rule ListEntryIsAsked): whatever it says is asked.</summary>
    public bool ItemIsAskedEntry => _g.ItemIsListEntry && (_g.ListAsked || _g.Item.InDecisions);

    /// <summary>The item begun is an entry of a list a report or an own plan introduced (rule ReportedListGoesOn).</summary>
    public bool ItemIsReportedEntry => _g.ItemIsReportedEntry;

    public void BeginSentence(Sentence s) => _g.BeginSentence(s);

    /// <summary>A sentence a sentence rule set aside: it joins no task, but may open a new matter (<see cref="Grouping.SetAside"/>).</summary>
    public void SetAside(Sentence s) => _g.SetAside(s);

    /// <summary>The task cap is reached: <paramref name="tasksSoFar"/> (of earlier items) and this item's tasks.</summary>
    public bool Full(int tasksSoFar) => tasksSoFar + _g.Drafts.Count >= TaskBuilder.MaxTasks;

    /// <summary>Groups one read clause of the sentence (a clause the reader skipped joins nothing).</summary>
    public void Clause(Clause c)
    {
        if (c.Skip) return;
        _g.Witness(c);
        Place(c);
    }

    public void EndSentence()
    {
        foreach (var rule in SentenceEndRules)
            if (rule.When(_g))
            {
                rule.Then(_g);
                _trace?.GroupingFired(rule, null, _g);
            }
    }

    void Place(Clause c)
    {
        _g.C = c;
        bool placed = PlaceByRules();
        // Rule AskedEntryReadAsNarrative reads the first sentence's clauses that no rule placed.
        if (_g.Cur is null && _g.SentenceNo == 1 && _g.ItemIsListEntry)
        {
            _g.EntryUnplaced.Add(c);
            _g.EntryUnplacedAsked &= _g.InAskedListEntry && !_g.SentenceReports() && !_g.Statement
                                     && !_g.Sentence.View.ClauseOpensWithUnitAndFutureJiang();
        }
        // Rule ListEntryIsAsked reads whether only modal openers came before in the sentence.
        _g.OnlyModalsBefore &= c.ModalOpen && !c.HasAction;
        bool toneOpening = c.ModalOpen && !c.HasAction && _g.R.T[_g.R.SkipSpace(c.Start, c.End)] == '要';
        // After the opening, a clause that names no listed verb ("严查…隐患") still only says how the job is meant.
        _g.StatedModalsBefore &= !c.HasAction && c.Lead.Count + c.Co.Count == 0 && (toneOpening || c.Cue && c.Statement || _g.StatedModalSeen && !c.Cue);
        _g.StatedModalSeen |= toneOpening;
        // What the task hands over: one clause that asks for more than an attitude is enough (rule AttitudeFoldsIntoNext).
        if (placed && _g.Cur is { } cur && !_g.AttitudeClause(c))
        {
            cur.OnlyAttitude = false;
            // Rule GenericWorkFoldsIntoDated reads whether the task so far only pushes work along.
            if (!_g.GenericWorkClause(c)) cur.OnlyGenericWork = false;
        }
    }

    /// <summary>Asks the clause rules in order; true when a placing rule placed the clause.</summary>
    bool PlaceByRules()
    {
        bool placed = false;
        foreach (var rule in ClauseRules)
        {
            if (rule.Step == GroupingStep.Place && placed || rule.Step == GroupingStep.AfterPlace && !placed) continue;
            if (!rule.When(_g)) continue;
            rule.Then(_g);
            _trace?.GroupingFired(rule, _g.C, _g);
            if (rule.Step == GroupingStep.SetAside) return false;
            if (rule.Step == GroupingStep.Place) placed = true;
        }
        return placed;
    }

    /// <summary>Ends the item: its item-end rules, then its tasks, in order.</summary>
    public List<Draft> EndItem()
    {
        foreach (var rule in ItemEndRules)
            if (rule.When(_g))
            {
                rule.Then(_g);
                _trace?.GroupingFired(rule, null, _g);
            }
        _g.EndItemList();
        return _g.Drafts;
    }
}

internal sealed partial class Grouping
{
    /// <summary>
    /// Rule BlockItemIsOneTask: an item whose units sit in a block ("(区发改局牵头，区财政局配合)", "责任单位：…", table
    /// cells) is one task; its deadline is a 完成时限 cell, else the first phrase of the item that stands as a deadline.
    /// </summary>
    public void TakeBlockItem()
    {
        var t = R.T;
        var original = R.Original;
        var blocks = Item.Blocks;
        // The block item is read with the clause reader and the deadline placement (structs: free to make here).
        var reader = new ClauseReader(R);
        var placement = new DeadlinePlacement(R);
        int s = Item.Start, e = Item.End;
        var d = new Draft(s) { End = e, FromBlock = true, Supervisor = blocks.Supervisor is { } sup ? original.Substring(sup.Start, sup.End - sup.Start) : null };
        d.Lead.AddRange(blocks.Lead);
        d.Co.AddRange(blocks.Co);
        // The deadline: a 完成时限 label first, else the first deadline phrase of the item that stands as one.
        foreach (var dl in R.Deadlines)
        {
            if (dl.Kind == DeadlineKind.RecurrenceStart || dl.Invalid) continue;
            if (dl.Kind == DeadlineKind.Vague) { d.Vague ??= dl; continue; }
            if (dl.IsRelative && !blocks.InDeadlineCell(dl.Start) && !placement.RelativeStandsAsDeadline(dl.Start, SentenceStartOf(dl.Start, s), new Clause(s, e))) continue;
            if (blocks.DeadlineLabelAt is { } lab && dl.Start < lab) continue;
            d.Deadline ??= dl;
        }
        // The deliverable: what the deadline's own clause says must be done by then ("5月底前实现中介超市上线运行"),
        // else the item's title sentence ("1. 精简项目审批手续。"), or the object of its first verb.
        if (d.Deadline is { } due && !blocks.InDeadlineCell(due.Start) && blocks.DeadlineLabelAt is null)
            foreach (var (ss, se) in Segmenter.Sentences(t, s, e, blocks.Ranges))
                foreach (var (cs, ce) in Segmenter.Clauses(t, ss, se))
                {
                    if (due.Start < cs || due.Start >= ce) continue;
                    var c = new Clause(cs, ce);
                    reader.ReadAction(c, Math.Min(due.End, ce), ce);
                    if (c.Deliverable is not null && c.DeliverableRank == 2) d.Deliverable = c.Deliverable;
                }
        var sentences = Segmenter.Sentences(t, s, e, blocks.Ranges);
        if (d.Deliverable is null && sentences.Count >= 2) d.Deliverable = StepsAfterHeading(reader, sentences[0], sentences[1]);
        foreach (var (ss, se) in sentences)
        {
            if (d.Deliverable is not null) break;
            var c = new Clause(ss, se);
            reader.ReadAction(c, R.SkipSpace(ss, se), se);
            if (c.Deliverable is not null && c.DeliverableRank == 2) { d.Deliverable = c.Deliverable; break; }
            d.Deliverable ??= Deliverables.Clean(original, t, R.SkipSpace(ss, se), se, R.Lx);
            break;
        }
        Drafts.Add(d);
        Cur = d;
        DatedSentencesOfBlock(d, reader);
    }

    /// <summary>
    /// Rule BlockRowDatedSentences: "实施农村环境综合整治，2017年年底前，完成20个宜居示范乡镇…创建。2020年年底前，农村环境管理
    /// 水平得到进一步提升…。(市建委牵头)": a row of a division table whose later sentence (or semicolon item) opens with a
    /// date of its own, other than the row's, hands over a second deliverable with that deadline (conventions: one
    /// task per deliverable that has its own deadline): a task of the same units, its deliverable what that date's
    /// clause says. A date inside a sentence, a relative or soft one, or one in a 完成时限 cell stays the row's.
    /// </summary>
    void DatedSentencesOfBlock(Draft row, ClauseReader reader)
    {
        var t = R.T;
        var blocks = Item.Blocks;
        if (row.Deadline?.Date is not { } first || blocks.DeadlineLabelAt is not null) return;
        var seen = new HashSet<DateOnly> { first };
        foreach (var dl in R.Deadlines)
        {
            if (dl.Start < Item.Start || dl.Start >= Item.End || dl.Invalid || dl.IsRelative || dl.Soft || dl.Date is not { } date) continue;
            if (dl.Kind is not (DeadlineKind.PeriodEnd or DeadlineKind.Absolute) || blocks.InDeadlineCell(dl.Start) || !seen.Add(date)) continue;
            int b = dl.Start - 1;
            while (b >= Item.Start && ChineseText.IsSpace(t[b])) b--;
            if (b < Item.Start || t[b] is not ('。' or ';' or '；')) continue;
            var d = new Draft(dl.Start) { End = Item.End, FromBlock = true, Supervisor = row.Supervisor, Deadline = dl };
            d.Lead.AddRange(row.Lead);
            d.Co.AddRange(row.Co);
            foreach (var (cs, ce) in Segmenter.Clauses(t, dl.Start, Item.End))
            {
                if (dl.Start < cs || dl.Start >= ce) continue;
                var c = new Clause(cs, ce);
                reader.ReadAction(c, Math.Min(dl.End, ce), ce);
                d.Deliverable = c.Deliverable;
                break;
            }
            int se = dl.End;
            while (se < Item.End && t[se] is not ('。' or ';' or '；' or '(' or '（')) se++;
            d.Deliverable ??= Deliverables.Clean(R.Original, t, R.SkipSpace(dl.End, se), se, R.Lx);
            Drafts.Add(d);
            Cur = d;
        }
    }

    /// <summary>
    /// Rule StepsOverHeading: "4. 加强项目谋划储备。编制完成三年滚动投资计划，建立项目信息化管理平台…": a short title
    /// that names no product, followed by a sentence that opens with making one, is the heading of what the next sentence
    /// says to make; those products are the deliverable. A title followed by anything else ("提高土地审批效率。辖区范围内…")
    /// stays the deliverable.
    /// </summary>
    string? StepsAfterHeading(ClauseReader reader, (int Start, int End) heading, (int Start, int End) next)
    {
        var t = R.T;
        if (heading.End - heading.Start > 20) return null;
        var h = new Clause(heading.Start, heading.End);
        reader.ReadAction(h, R.SkipSpace(heading.Start, heading.End), heading.End);
        if (h.DeliverableRank == 2) return null;
        int p = R.SkipSpace(next.Start, next.End);
        if (R.Lx.CompletionVerbs.MatchAt(t.AsSpan(0, next.End), p) < 2) return null;
        var parts = new List<DeliverablePart>();
        foreach (var (cs, ce) in Segmenter.Clauses(t, next.Start, next.End))
        {
            var c = new Clause(cs, ce);
            reader.ReadAction(c, R.SkipSpace(cs, ce), ce);
            if (c.Deliverable is not null) parts.Add(new(c.Deliverable, c.DeliverableRank, false));
        }
        return Deliverables.Compose(parts, null, R.Lx);
    }

    int SentenceStartOf(int k, int s)
    {
        var t = R.T;
        for (int j = k - 1; j >= s; j--)
            if (t[j] is '。' or ';' or '!' or '?' or ',' or '\n') return j + 1;
        return s;
    }
}
