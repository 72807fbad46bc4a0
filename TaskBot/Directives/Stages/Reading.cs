using TaskBot.Calendar;

namespace TaskBot.Directives.Stages;

/// <summary>
/// What every stage of one parse reads: the text and its folded twin (all matching is on the folded text, all
/// output is cut from the original), the lexicon, the unit grammar, the reference date, and the deadline phrases of
/// the item being read (scanned once per item by <see cref="ItemStage"/>, read by the later stages).
/// One per parse; not shared between threads.
/// </summary>
internal sealed class Reading(string original, string folded, DirectiveLexicon lx, UnitGrammar units, IWorkingDayCalendar calendar,
    DateOnly? reference, ParseTrace? trace) : IClauseSpans
{
    public readonly string Original = original;
    /// <summary>The folded text (<see cref="ChineseText.Fold"/>): same length and positions as <see cref="Original"/>.</summary>
    public readonly string T = folded;
    public readonly DirectiveLexicon Lx = lx;
    public readonly UnitGrammar Units = units;
    public readonly IWorkingDayCalendar Calendar = calendar;
    public readonly DateOnly? Reference = reference;
    /// <summary>Null except under <c>parse --explain</c>: every trace call is written <c>Trace?.…</c>, so a normal parse builds no text for it.</summary>
    public readonly ParseTrace? Trace = trace;

    /// <summary>Where the decisions of minutes begin ("会议议定如下：", "会议要求："): every item after it is asked for. -1: not looked for yet.</summary>
    public int DecisionsFrom = -1;

    /// <summary>
    /// The start of the item whose last sentence read was set aside as a standing procedure, a report or a public notice
    /// (<see cref="SentenceRules.ContinuedKind"/>), or -1; <see cref="SetAsideKind"/> says which: the next sentence of
    /// that item may go on with it (ProcedureGoesOn, SystemRoutine, ReportGoesOn, NoticeGoesOn).
    /// </summary>
    public int SetAsideItem = -1;
    public string? SetAsideKind;

    /// <summary>The start of the item that only reports and asks nothing (Rule ReportItemAsksNothing, <see cref="ItemStage"/>), or -1.</summary>
    public int ReportItem = -1;

    /// <summary>The start of the item that only sets out a standing procedure and asks nothing (Rule ProcedureItemAsksNothing), or -1.</summary>
    public int ProcedureItem = -1;

    /// <summary>The unit columns of the last table header row read (Rule HeaderRow), for the rows under it; null: none seen.</summary>
    public IReadOnlyList<Blocks.ColumnRole>? TableColumns;

    /// <summary>Where a sub-row of a table row starts (Rule SubRow, ItemStage): it takes the units of <see cref="LastRow"/>.</summary>
    public readonly HashSet<int> SubRowStarts = [];

    /// <summary>The blocks of the last item read that named units, for a sub-row after it (Rule SubRow).</summary>
    public Blocks? LastRow;

    /// <summary>The year of the last heading of a year's targets (Rule section_year_target), for the undated rows under it; null: none open.</summary>
    public DeadlineMatch? YearSection;

    /// <summary>Rule heading_year_carries: where each time heading that carries a year ends, and its year, in text
    /// order; read once, only for a text with no reference date.</summary>
    public List<(int End, int Year)>? HeadingYears;

    /// <summary>The date of the last time heading (Rule time_heading_dates_tasks), for the undated tasks after it; null: none open.</summary>
    public DeadlineMatch? TimeSection;

    /// <summary>The year of the last table header's column of a year's targets (Rule column_year_target), for the undated rows under it; null: none.</summary>
    public DeadlineMatch? ColumnYear;

    /// <summary>The year whose targets the text hands down (Rule year_of_the_targets), once read; null: none or several.</summary>
    public DeadlineMatch? TargetsYear;
    public bool TargetsYearRead;

    /// <summary>The deadline phrases of the current item, sorted by start.</summary>
    public List<DeadlineMatch> Deadlines = [];
    public readonly ItemDeadlineStarts DeadlineStarts = new();
    readonly Dictionary<int, DeadlineMatch> _deadlineAt = [];

    public void SetItemDeadlines(List<DeadlineMatch> deadlines)
    {
        Deadlines = deadlines;
        DeadlineStarts.Clear();
        _deadlineAt.Clear();
        foreach (var d in deadlines) { DeadlineStarts.Add(d.Start); _deadlineAt[d.Start] = d; }
    }

    /// <summary>
    /// The phrase starting at <paramref name="i"/>. DeadlineAt is asked at every character of the clause loops and an
    /// item has a handful of phrases: the starts' mask (the same starts as the dictionary's keys, both filled only
    /// above) answers most "none here" without a dictionary lookup.
    /// </summary>
    bool TryDeadlineAt(int i, out DeadlineMatch d)
    {
        if (!DeadlineStarts.MayHold(i)) { d = null!; return false; }
        return _deadlineAt.TryGetValue(i, out d!);
    }

    /// <summary>
    /// The deadline phrase starting at <paramref name="i"/> names when something happened, before the reference (both
    /// known): a day, a month or a period ("7月29日", "于2018年11月"), not a by-when ("到2019年6月底", "12月20日前": a limit set,
    /// however late the text is read) nor a target.
    /// </summary>
    /// <summary><see cref="PastAt"/> and <see cref="DueAt"/> as delegates, made once per parse: every sentence view takes
    /// them, and a method group converted at each call allocated two delegates per sentence.</summary>
    public Func<int, bool> PastAtCheck => _pastAtCheck ??= PastAt;
    public Func<int, bool> DueAtCheck => _dueAtCheck ??= DueAt;
    Func<int, bool>? _pastAtCheck, _dueAtCheck;

    /// <summary>
    /// The sentence <paramref name="ss"/>..<paramref name="se"/> of an item as the sentence rules see it, with this
    /// parse's deadlines and checks: the one way the stages build a <see cref="SentenceView"/>.
    /// </summary>
    public SentenceView View(int ss, int se, bool inDecisions, string? after, int itemEnd, int itemStart) =>
        new(T, ss, se, Lx, DeadlineStarts, inDecisions, after, itemEnd, itemStart, PastAtCheck, DueAtCheck, NamedUnitEndCheck);

    /// <summary>
    /// The end of a unit the grammar reads at <paramref name="k"/> (cut at <paramref name="e"/>), or -1; a person or group
    /// of people (<see cref="UnitGrammar.PeopleCut"/> leaves another unit or none) is no unit here. For the sentence
    /// rules' CalendarDutyOfNamedUnit; made once per parse, as <see cref="PastAtCheck"/>.
    /// </summary>
    public Func<int, int, int> NamedUnitEndCheck => _namedUnitEndCheck ??= NamedUnitEnd;
    Func<int, int, int>? _namedUnitEndCheck;

    int NamedUnitEnd(int k, int e)
    {
        if (Units.UnitAt(T, k, e, DeadlineStarts) is { } u) return Units.PeopleCut(T, u, out _) is { } kept && kept.End == u.End ? u.End : -1;
        // The clause reader's other readings of a subject: a bare body (办公室汇总…), a generic body (各校), a body before
        // a modal or a dated 于 (施工单位要…, 重点流通企业于每日…).
        int end = Units.BareBodyAt(T, k, e, DeadlineStarts);
        if (end <= 0) end = Units.GenericBodyAt(T, k, e, DeadlineStarts, addressed: false);
        if (end <= 0) end = Units.BodyBeforeModalAt(T, k, e, DeadlineStarts);
        if (end <= 0) end = Units.BodyBeforeDatedYuAt(T, k, e, DeadlineStarts);
        return end > k ? end : -1;
    }

    public bool PastAt(int i) => Reference is { } rf && TryDeadlineAt(i, out var d) && d.Date is { } day && day < rf
                                 && d.Kind is DeadlineKind.Absolute or DeadlineKind.PeriodEnd && !d.Target && !EndsWithBy(d) && T[d.Start] != '到';

    /// <summary>A deadline phrase starting at <paramref name="i"/> names a date not before the reference (any date, without one).</summary>
    public bool DueAt(int i) => TryDeadlineAt(i, out var d) && d.Date is { } day && (Reference is not { } rf || day >= rf);

    /// <summary>The end of a deadline phrase starting at <paramref name="i"/> (cut at <paramref name="e"/>), or <paramref name="i"/>.</summary>
    public int DeadlineAt(int i, int e) => TryDeadlineAt(i, out var d) ? Math.Min(d.End, e) : i;

    int IClauseSpans.DeadlineEnd(int k, int e) => DeadlineAt(k, e);
    int IClauseSpans.UnitEnd(int k, int e) => Units.UnitAt(T, k, e, DeadlineStarts) is { } u ? u.End : -1;

    public int SkipSpace(int i, int e)
    {
        while (i < e && (ChineseText.IsSpace(T[i]) || T[i] is ',' or ':' or ';' or '、')) i++;
        return i;
    }

    /// <summary>
    /// The text as the user sent it, when <see cref="Original"/> is that text with its pinyin readings taken out
    /// (<see cref="PinyinAnnotations"/>), and for each index of <see cref="Original"/> the index in it; else null.
    /// </summary>
    public string? Source;
    public int[]? SourceIndex;

    /// <summary>A unit as written: with the readings it was written with ("各鄉(xiāng)鎮(zhèn)"), when the text had them.</summary>
    public string Surface(UnitHit h)
    {
        if (SourceIndex is null || Source is null || h.End <= h.Start) return Original.Substring(h.Start, h.End - h.Start).Trim();
        int s = SourceIndex[h.Start], e = SourceIndex[h.End - 1] + 1;
        e += PinyinAnnotations.AnnotationAt(Source, e);
        return Source.Substring(s, e - s).Trim();
    }

    /// <summary>Where [<paramref name="s"/>, <paramref name="e"/>) of <see cref="Original"/> lies in the text as sent.</summary>
    public TextSpan SourceSpan(int s, int e)
    {
        if (SourceIndex is null || e <= s) return new TextSpan(s, e - s);
        int from = SourceIndex[s], to = SourceIndex[e - 1] + 1;
        return new TextSpan(from, to - from);
    }
    public string Cut(int s, int e) => Original.Substring(s, e - s);

    /// <summary>"到2019年6月底", "年底前", "一个月内", "春节前": the phrase itself says "by"; "3月15日" does not.</summary>
    public bool SaysBy(DeadlineMatch d) =>
        d.Kind is not (DeadlineKind.Absolute or DeadlineKind.PeriodEnd) || d.TextStart != d.Start || EndsWithBy(d) || d.Target || T[d.Start] == '到';

    public bool EndsWithBy(DeadlineMatch d) => T[d.End - 1] is '前' or '内' or '底' or '末' or '份' or '旬' or '止';
}
