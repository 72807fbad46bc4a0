namespace TaskBot.Directives.Stages;

/// <summary>One item of the text (一、… / 1. … / 一是…): where it is, its blocks, whether it is in the decisions part of minutes.</summary>
/// <see cref="Header"/>: the item is a table's header row (<see cref="Blocks.HeaderColumns"/>): no sentence of it is read.
/// <param name="Header">Rule HeaderRow: the item is a table's header row; it hands nothing over.</param>
/// <param name="RowsUnderHeader">Rule RowsUnderHeader: the item holds a header's cells and the rows under it; its sentences made only of header cells hand nothing over.</param>
internal readonly record struct Item(int Start, int End, int No, Blocks Blocks, bool InDecisions, bool Header = false, bool RowsUnderHeader = false);

/// <summary>
/// One sentence of an item. <see cref="CellBreak"/>: the line break before it, with no full stop, separates the
/// cells of a flattened table row. <see cref="SkippedBy"/>: the sentence rule (or PastYear) that says it hands
/// nothing over; such a sentence is not read further.
/// </summary>
/// <see cref="Hollow"/>: the rule keeps the sentence's subject (<see cref="SentenceRule.KeepsSubject"/>): it is read
/// for the units it names, which the next sentences may speak to, and its clauses do no work.
internal readonly record struct Sentence(int Start, int End, int No, bool CellBreak, SentenceView View, string? SkippedBy, bool Hollow = false)
{
    public int Length => End - Start;
}

/// <summary>
/// Stage 1, items and sentences: cuts the text into items (<see cref="Segmenter.Items"/>), scans each item once for
/// deadline phrases (<see cref="DeadlineGrammar"/>) and for blocks of units (<see cref="Blocks"/>: "(县发改局牵头)",
/// 责任单位：…, table cells), cuts an item into sentences and sets aside those a <see cref="SentenceRules"/> rule
/// says hand nothing over.
/// </summary>
internal readonly struct ItemStage(Reading r)
{

    public List<(int Start, int End)> Items() => SubRows(SubItemsShareBlock(Segmenter.Items(r.T, 0, r.T.Length)));

    /// <summary>
    /// Rule SubRow: "开工建设县老年养护楼。\n县民政局\n5月底前动工\n开工建设老年大学。\n12月底前" — a row whose unit cell
    /// spans two lines of the work column (a merged cell) flattens to a second work cell with a time limit of its own
    /// and no unit cell after the first row's cells. The second work is its own task of the same units
    /// (conventions: one task per deliverable that has its own deadline). Only after a row that ends in a unit cell and
    /// a time-limit cell: a row's trailing cells (units, then the time limit) must stand right before the new work cell.
    /// The sub-row's units are filled in by <see cref="Begin"/> (<see cref="Reading.SubRowStarts"/>).
    /// </summary>
    List<(int Start, int End)> SubRows(List<(int Start, int End)> items)
    {
        for (int i = 0; i < items.Count; i++)
        {
            var (s, e) = items[i];
            int split = SubRowStart(s, e, out bool ownUnit);
            if (split < 0) continue;
            items[i] = (s, split);
            items.Insert(i + 1, (split, e));
            if (!ownUnit) r.SubRowStarts.Add(split);
            i--;   // the first part may hold another sub-row
        }
        return items;
    }

    /// <summary>Where a trailing sub-row of [s,e) starts (Rule SubRow): cells …|units|time limit|work|time limit; or -1.</summary>
    int SubRowStart(int s, int e, out bool ownUnit)
    {
        ownUnit = false;
        // A fixed-size local, not stackalloc: a method with stackalloc is never tiered up (no OSR, no profile).
        var four = new FourCells();
        Span<(int S, int E)> cells = four;
        int k = e, n = 0;
        while (n < 4)
        {
            while (k > s && ChineseText.IsCellGap(r.T[k - 1])) k--;
            int c = k;
            while (c > s && !ChineseText.IsCellGap(r.T[c - 1])) c--;
            if (c == k || c == s && n < 3) return -1;   // the first cell of the item is its own work text
            cells[n++] = (c, k);
            k = c;
        }
        var (work, limit, prevLimit, units) = (cells[1], cells[0], cells[2], cells[3]);
        if (!TimeLimitCell(limit.S, limit.E) || !TimeLimitCell(prevLimit.S, prevLimit.E) || !UnitCell(units.S, units.E)) return -1;
        // The work cell is a piece of work: a sentence of its own, neither a unit nor a time limit.
        if (work.E - work.S < 4 || r.T[work.E - 1] != '。' || UnitCell(work.S, work.E) || TimeLimitCell(work.S, work.E)) return -1;
        // "县住建局要完成城西管网改造。": a work that names its own unit is still cut from the row above (the row's
        // cells are complete), but it is read as its own sentence and takes none of the row's units.
        ownUnit = r.Units.UnitAt(r.T, work.S, work.E, r.DeadlineStarts) is not null;
        return work.S;
    }

    bool TimeLimitCell(int s, int e)
    {
        if (r.Lx.StandingTimeLimits.MatchAt(r.T.AsSpan(0, e), s) == e - s) return true;
        if (e - s > 12) return false;
        var found = DeadlineGrammar.Scan(r.T, s, e, new DeadlineContext(r.Reference, r.Calendar, null), r.Lx.VagueDeadlines);
        return found.Count > 0 && found[0].Start == s;
    }

    /// <summary>A cell that is only units: "县民政局", "县住建局、县财政局".</summary>
    bool UnitCell(int s, int e)
    {
        while (e > s && r.T[e - 1] is '。' or ';' or ',') e--;
        int q = s;
        while (q < e)
        {
            if (r.Units.UnitAt(r.T, q, e, r.DeadlineStarts) is not { } h || h.End <= q) return false;
            q = UnitGrammar.SkipEtc(r.T, h.End, e);
            if (q < e && r.T[q] is '、' or ',') { q++; continue; }
            break;
        }
        return q == e && q > s;
    }

    /// <summary>
    /// Rule SubItemsShareBlock: "1.完善应急预案体系\n(1)…\n(2)…\n(3)…\n(责任单位:市直各有关单位、…)" — a unit block on a
    /// line of its own after the last bracketed sub-item closes the numbered item: the item and its sub-items are one
    /// row, one task of those units. A block at the end of a sub-item's own line ("(3)…。(责任单位:X)") stays that
    /// sub-item's, and sub-items that carry blocks of their own are never joined.
    /// </summary>
    List<(int Start, int End)> SubItemsShareBlock(List<(int Start, int End)> items)
    {
        var t = r.T;
        for (int i = items.Count - 1; i >= 2; i--)
        {
            var (s, e) = items[i];
            if (!IsSubItem(items[i - 1].End, s)) continue;
            int close = e;
            while (close > s && ChineseText.IsSpace(t[close - 1])) close--;
            if (close <= s || t[close - 1] != ')') continue;
            int open = close - 1, depth = 0;
            for (; open >= s; open--)
                if (t[open] == ')') depth++;
                else if (t[open] == '(' && --depth == 0) break;
            if (open <= s || t[open - 1] != '\n' || !StartsWithLabel(open + 1, close)) continue;
            // Back over the sub-items (none with a block of its own) to the parent: the first item that is no sub-item.
            int parent = i;
            while (parent > 0 && IsSubItem(items[parent - 1].End, items[parent].Start) && (parent == i || !HasLabel(items[parent].Start, items[parent].End))) parent--;
            if (parent == i || parent == 0 && IsSubItem(0, items[0].Start) || HasLabel(items[parent].Start, items[parent].End) || HasLabel(s, open)) continue;
            items[parent] = (items[parent].Start, e);
            items.RemoveRange(parent + 1, i - parent);
            i = parent;
        }
        return items;
    }

    /// <summary>The marker between the item before and this one is "(1)" / "(一)": a sub-item.</summary>
    bool IsSubItem(int markerStart, int contentStart)
    {
        var t = r.T;
        int k = markerStart;
        while (k < contentStart && ChineseText.IsSpace(t[k])) k++;
        return k < contentStart && t[k] == '(' && t.IndexOf(')', k, contentStart - k) > k;
    }

    bool StartsWithLabel(int i, int e)
    {
        var lx = r.Lx;
        int len = Math.Max(lx.LeadLabels.MatchAt(r.T, i), Math.Max(lx.ResponsibleLabels.MatchAt(r.T, i), lx.CoLabels.MatchAt(r.T, i)));
        return len > 0 && i + len < e && r.T[i + len] == ':';
    }

    bool HasLabel(int s, int e)
    {
        for (int k = s; k < e; k++)
            if (r.T[k] is '(' or '[' && StartsWithLabel(k + 1, e)) return true;
        return false;
    }

    /// <summary>Starts reading an item: its deadline phrases (kept in the <see cref="Reading"/> for the later stages) and its blocks.</summary>
    public Item Begin(int s, int e, int no)
    {
        if (r.DecisionsFrom < 0) r.DecisionsFrom = DecisionsHeaderEnd();
        bool inDecisions = r.DecisionsFrom >= 0 && s >= r.DecisionsFrom;
        var itemDeadlines = DeadlineGrammar.Scan(r.T, s, e, new DeadlineContext(r.Reference, r.Calendar, null), r.Lx.VagueDeadlines);
        if (r.Reference is null) CarryHeadingYear(itemDeadlines);
        r.SetItemDeadlines(itemDeadlines);
        // Rule HeaderRow: a header row hands nothing over; its unit columns name the roles of the rows' unit cells.
        var header = Blocks.HeaderColumns(r.T, s, e, r.Lx);
        if (header is not null) r.TableColumns = header;
        // Rule RowsUnderHeader: the header row and the rows under it arrived as one item (a flattened table with no
        // numbered rows the items split on: "| 时间节点 | 工作事项 |\n2026年1月16日前 | 提交论文选题 |\n…"); a row that
        // opens a line with a date that says "by" is a row of work, not more of the header. The item is read as rows.
        bool rowsUnder = header is not null && DatedRowUnder(s, e);
        if (rowsUnder) header = null;
        var blocks = header is not null ? Blocks.None(r.T, r.Lx, r.Units, r.DeadlineStarts)
            : Blocks.Find(r.T, s, e, r.Lx, r.Units, r.DeadlineStarts, r.TableColumns, r.SubRowStarts.Contains(s) ? r.LastRow : null);
        // Rule SubRow: the next sub-row takes the units of this row.
        r.LastRow = blocks.HasRoles ? blocks : null;
        var item = new Item(s, e, no, blocks, inDecisions, header is not null, rowsUnder);
        r.Trace?.ItemRead(r, item);
        return item;
    }

    /// <summary>
    /// Rule RowsUnderHeader's row: a deadline of the item with a date that says "by" (2026年1月16日前, 6月底) opens a
    /// line of its own (only spaces or a cell's "|" before it on the line): the date cell of a schedule row. A header
    /// names its date column (完成时间, 时间节点) and never holds a date.
    /// </summary>
    bool DatedRowUnder(int s, int e)
    {
        var t = r.T;
        foreach (var d in r.Deadlines)
        {
            if (d.Start < s || d.End > e || d.Date is null || d.Invalid || !r.EndsWithBy(d)) continue;
            int k = d.Start - 1;
            while (k >= s && t[k] is ' ' or '\t' or '\u3000' or '|') k--;
            if (k >= s && t[k] == '\n') return true;
        }
        return false;
    }

    /// <summary>Where the sentences of a (non-block) item are; <see cref="SentenceAt"/> reads each.</summary>
    public List<(int Start, int End)> SentenceRanges(Item item) => Segmenter.Sentences(r.T, item.Start, item.End, item.Blocks.Ranges);

    /// <summary>
    /// Sentence <paramref name="i"/> of the item, with the sentence rule that sets it aside, if any. Read one at a
    /// time, as the later stages take it: a parse keeps no list of sentences.
    /// </summary>
    public Sentence SentenceAt(Item item, List<(int Start, int End)> ranges, int i, bool askedEntry = false, bool reportedEntry = false)
    {
        var (ss, se) = ranges[i];
        // A line break (or a "|") without a full stop before it separates the cells of a flattened table row:
        // the row goes on, and its unit cell belongs to the task text before it.
        int prevEnd = i > 0 ? ranges[i - 1].End : 0;
        bool cellBreak = prevEnd > 0 && CellBreakBefore(prevEnd);
        if (i == 0)
        {
            var (reports, procedure) = askedEntry ? (false, false) : ReportsOnly(item, ranges);
            r.ReportItem = reports ? item.Start : -1;
            r.ProcedureItem = !reports && procedure ? item.Start : -1;
        }
        string? after = i > 0 && r.SetAsideItem == item.Start ? r.SetAsideKind : null;
        var view = r.View(ss, se, item.InDecisions, after, item.End, item.Start);
        var rule = item.Header || OpensWithPastYear(ss, se) ? null : MatchedBefore(item, ss, se, after, out var known) ? known : SentenceRules.Match(view);
        // A procedure, a report or a public notice goes on only from sentence to sentence: any sentence not set aside as
        // one ends it.
        r.SetAsideKind = rule is null ? null : SentenceRules.ContinuedKind(rule);
        // Rule RowsUnderHeader: the header's own cells ("| 序号 |", "完成时间 |") are still no task.
        bool headerCells = item.Header || item.RowsUnderHeader && Blocks.HeaderColumns(r.T, ss, se, r.Lx) is not null;
        string? skipped = headerCells ? HeaderRow : rule?.Name ?? (OpensWithPastYear(ss, se) ? PastYear : null);
        if (skipped is null && r.ReportItem == item.Start) { skipped = ReportItemAsksNothing; r.SetAsideKind = "Report"; }
        if (skipped is null && r.ProcedureItem == item.Start) { skipped = ProcedureItemAsksNothing; r.SetAsideKind = "Procedure"; }
        if (skipped is null && !askedEntry && StatesPeriodOnly(item, ranges, ss, se)) skipped = PeriodStated;
        // Rule ReportedListGoesOn: an entry of a list that a report or an own plan introduced goes on with it, unless it
        // asks (a modal, 请 or a cue) or sets a dated limit itself.
        if (skipped is null && reportedEntry && !headerCells && !view.HasAsk() && !view.HasDatedLimit())
        { skipped = ReportedListGoesOn; r.SetAsideKind = "Report"; }
        r.SetAsideItem = r.SetAsideKind is null ? -1 : item.Start;
        var sentence = new Sentence(ss, se, i + 1, cellBreak, view, skipped, rule?.KeepsSubject ?? false);
        r.Trace?.SentenceRead(r, item, sentence);
        return sentence;
    }

    /// <summary>
    /// The sentence rules ReportsOnly matched for the sentences of one item of one reading (and the version of its
    /// deadline starts). SentenceAt then reads the same sentences with the same view arguments and asks
    /// <see cref="SentenceRules.Match"/> again, on the texts that report a tenth of parse time or more; an answer kept
    /// here for the same sentence and the same "after" kind is that answer. (ReportsOnly asks its views only HasAsk,
    /// HasAskBesidesRuleRegister and OpensWithHope before Match, none of which sets the positions that later rules read,
    /// so its Match sees what a fresh view shows.) Thread-static and reused, as UnitGrammar's answers are, so a parse
    /// allocates nothing for it; it holds the last reading on the thread until the next one.
    /// </summary>
    sealed class MatchedRules
    {
        public Reading? Reading;
        public Item Item;
        public int Version;
        public readonly List<(int Start, int End, string? After, SentenceRule? Rule)> Rules = [];
    }

    [ThreadStatic] static MatchedRules? t_matched;

    /// <summary>The rule ReportsOnly matched for this sentence of this item with the same "after" kind, if it did (see <see cref="MatchedRules"/>).</summary>
    bool MatchedBefore(Item item, int ss, int se, string? after, out SentenceRule? rule)
    {
        rule = null;
        if (t_matched is not { } kept || !ReferenceEquals(kept.Reading, r) || kept.Item != item || kept.Version != r.DeadlineStarts.Version) return false;
        foreach (var m in kept.Rules)
            if (m.Start == ss && m.End == se && m.After == after) { rule = m.Rule; return true; }
        return false;
    }

    /// <summary>The name under which the sentences of an item that only reports are set aside (Rule ReportItemAsksNothing).</summary>
    public const string ReportItemAsksNothing = "ReportItemAsksNothing";

    /// <summary>The name under which the sentences of an item that only sets out a standing procedure are set aside (Rule ProcedureItemAsksNothing).</summary>
    public const string ProcedureItemAsksNothing = "ProcedureItemAsksNothing";

    /// <summary>The name under which the entries of a reported list are set aside (Rule ReportedListGoesOn, see Grouping).</summary>
    public const string ReportedListGoesOn = "ReportedListGoesOn";

    /// <summary>
    /// Rule ReportItemAsksNothing: "二是精确排查,重点整改。坚持…原则,组建25支排查组…开展地毯式大排查。…截至目前，全镇共排查
    /// 自建房10994间，已完成整改7户，剩余5户正在整改中。" — an item in which a sentence is set aside as a report (progress,
    /// statistics, a look back: <see cref="SentenceRules.ContinuedKind"/> "Report", PerfectiveReport, PastYear) and no
    /// sentence asks anything (no 要 / 须 / 应 / 请 / 务必 / 负责 …, <see cref="SentenceView.HasAsk"/>) nor dates anything
    /// outside its report sentences tells what was done: its heading ("精确排查,重点整改") and the sentences that tell how
    /// ("组建排查组…") report too. Not in the decisions of minutes, not in an entry of a list a cue asked for
    /// ("会议要求：一是…", rule ListEntryIsAsked), not a table row with unit cells, not a table header.
    /// "…已完成整改7户。剩余5户要在12月底前完成整改。" asks: every sentence is read as before. A date in the aim or the
    /// forecast of the reported work ("力争在月底前完成摸底采集", "10月28日前可实现全部交地", <see cref="DatesOnlyAims"/>) is
    /// part of the report.
    /// </summary>
    /// <remarks>One pass reads the item for both rules, ReportItemAsksNothing (the first value) and
    /// ProcedureItemAsksNothing (the second): each sentence's view and rule are built once.</remarks>
    (bool Reports, bool Procedure) ReportsOnly(Item item, List<(int Start, int End)> ranges)
    {
        if (item.Header || item.InDecisions || item.Blocks.HasRoles || ranges.Count < 2) return (false, false);
        var kept = t_matched ??= new MatchedRules();
        (kept.Reading, kept.Item, kept.Version) = (r, item, r.DeadlineStarts.Version);
        var matched = kept.Rules;
        matched.Clear();
        bool report = false, procedure = false, reportLive = true, procedureLive = true;
        string? after = null;
        for (int i = 0; i < ranges.Count && (reportLive || procedureLive); i++)
        {
            var (ss, se) = ranges[i];
            var view = r.View(ss, se, item.InDecisions, after, item.End, item.Start);
            // "…推进缓慢。希望各地各有关部门高度重视，…如期完成目标任务。": a sentence that opens by hoping turns from the
            // report to its addressees; the item does not only report.
            if (view.OpensWithHope()) return (false, false);
            if (reportLive && view.HasAsk()) reportLive = false;
            // A procedure is written in the register of a rule (应, 须, 必须): only an order (要, 请, 务必, 责成) hands work over.
            if (procedureLive && view.HasAskBesidesRuleRegister()) procedureLive = false;
            if (!reportLive && !procedureLive) break;
            bool pastYear = OpensWithPastYear(ss, se);
            var rule = pastYear ? null : SentenceRules.Match(view);
            if (!pastYear) matched.Add((ss, se, after, rule));
            after = rule is null ? null : SentenceRules.ContinuedKind(rule);
            // "…对当前重点工作进行了强调:" ends on a colon: it opens what is asked after it, it reports nothing.
            if (reportLive)
            {
                if (pastYear || after == "Report" || rule?.Name == "PerfectiveReport") report |= !EndsWithColon(ss, se);
                else if (rule is null && view.HasDeadline() && !DatesOnlyAims(ss, se)) reportLive = false;
            }
            if (procedureLive)
            {
                if (!pastYear && after == "Procedure" && rule!.Name is not ("SystemTitle" or "SystemHeading")) procedure |= !EndsWithColon(ss, se);
                // Rule CalendarDutyOfNamedUnit: a named unit's calendar recurrence (办公室…于每周五发布) is a task, not more of the procedure.
                else if (rule is null && (view.HasMonthDay() || view.HasDatedLimit() || view.CalendarDutyOfNamedUnit())) procedureLive = false;
            }
        }
        return (reportLive && report, procedureLive && procedure);
    }

    /// <summary>
    /// Every dated phrase of the sentence stands in a clause that opens with the aim of the work (确保 / 力争 / 争取:
    /// "…建立整改台账，确保6月底前完成整改", "力争在月底前完成此次摸底采集") or forecasts it (预计 / 计划 opening the clause,
    /// 可 right after the date: "10月28日前可实现全部交地"): in an item that asks nothing and reports, it tells what the
    /// reported work aims at or is expected to reach, no date set for anyone (Rule ReportItemAsksNothing). A bare date
    /// ("12月20日前完成剩余30户改造任务") sets one.
    /// </summary>
    bool DatesOnlyAims(int ss, int se)
    {
        foreach (var d in r.Deadlines)
        {
            if (d.Start < ss || d.Start >= se || r.Lx.VagueDeadlines.MatchAt(r.T.AsSpan(0, se), d.Start) > 0) continue;
            // Rule AsOfDateInReport: "截止11月底，…工程正在全速推进，确保年底完成建设任务" — the date a report speaks at
            // (截至 / 截止, read as no deadline: Invalid) sets no limit for anyone.
            if (d.Invalid) continue;
            // Rule StartDateInReport: "区教育局自11月下旬启动…专项行动" — the day a reported work started (自 / 从 before
            // the date, 起 / 开始 / 启动 after it) is no by-when.
            if (StartsAt(d, se)) continue;
            int c = d.Start;
            while (c > ss && r.T[c - 1] is not (',' or ';' or ':' or '。')) c--;
            c = r.SkipSpace(c, se);
            var clause = r.T.AsSpan(c, se - c);
            // "10月28日前可实现全部交地": the date, then 可: what the work is expected to reach, a forecast.
            bool forecast = d.End < se && r.T[d.End] == '可' || clause.StartsWith("预计") || clause.StartsWith("计划");
            if (!(forecast || clause.StartsWith("确保") || clause.StartsWith("力争") || clause.StartsWith("争取"))) return false;
        }
        return true;
    }

    /// <summary>
    /// Rule StartDateInReport: the dated phrase is the day a work started, 自 / 从 right before it and 起 / 开始 /
    /// 启动 right after it ("自11月下旬启动", "从12月1日开始"); a phrase closed by 前 / 止 ("自即日起至12月20日前") is a limit.
    /// </summary>
    bool StartsAt(DeadlineMatch d, int se)
    {
        var t = r.T;
        int b = d.TextStart;
        if (b <= 0 || t[b - 1] is not ('自' or '从')) return false;
        if (t[d.End - 1] is '前' or '止') return false;
        var rest = t.AsSpan(d.End, Math.Max(0, se - d.End));
        return rest.StartsWith("起") || rest.StartsWith("开始") || rest.StartsWith("启动");
    }

    /// <summary>The name under which a sentence that only states a period is set aside (Rule PeriodStated).</summary>
    public const string PeriodStated = "PeriodStated";

    /// <summary>
    /// Rule PeriodStated: "一、集中整治时间\n全市集中整治工作从2016年6月至2017年5月。", "我县从1月至6月开展校园食品安全排查
    /// 整治专项行动。", "拟确定大冷镇为试点乡镇，在2026年1月至4月开展综合试点工作。" — a sentence whose only dated time is the
    /// period an activity runs over, 从 / 在 one day or month to another (DeadlineGrammar's "range", not closed by 前 /
    /// 之前 / 为止), in an item where nothing is asked
    /// of anyone (no 要 / 须 / 请 / 负责 … in any sentence, <see cref="SentenceView.HasAsk"/>): it says when an activity
    /// runs, the window of a programme or of one of its phases; the end of a window is no by-when handed to a unit.
    /// Not in the decisions of minutes, not in an entry of an asked list, not in a table row with unit cells.
    /// "各乡镇要于3月1日至3月31日开展集中排查。" asks: its task keeps the period's end as its deadline.
    /// </summary>
    bool StatesPeriodOnly(Item item, List<(int Start, int End)> ranges, int ss, int se)
    {
        if (item.Header || item.InDecisions || item.Blocks.HasRoles) return false;
        bool period = false;
        foreach (var d in r.Deadlines)
        {
            if (d.Start < ss || d.Start >= se) continue;
            if (d.Rule != "range" || r.T[d.End - 1] is '前' or '止') return false;
            // Only the period an activity runs over: "从1月至6月开展…", "工作从…至…", "在2026年1月至4月开展…". A period
            // in a table cell ("3月2日—4月3日 | …"), in brackets after a phase ("集中攻坚(1月11日-10月底)") or after a
            // label ("申报时间为6月7日-6月14日") is the window a task is done in, and its end the task's deadline.
            if (!(r.T[d.Start] == '在' || d.Start > ss && r.T[d.Start - 1] == '从')) return false;
            period = true;
        }
        if (!period) return false;
        foreach (var (s, e) in ranges)
            if (r.View(s, e, item.InDecisions, null, item.End, item.Start).HasAsk()) return false;
        return true;
    }

    bool EndsWithColon(int ss, int se)
    {
        while (se > ss && r.T[se - 1] is ' ' or '\n' or '\r' or '\t') se--;
        return se > ss && r.T[se - 1] == ':';
    }

    /// <summary>The name under which a look back opening a sentence is reported (it is not one of <see cref="SentenceRules"/>).</summary>
    public const string PastYear = "PastYear";

    /// <summary>The name under which the cells of a table's header row are reported (<see cref="Blocks.HeaderColumns"/>).</summary>
    public const string HeaderRow = "HeaderRow";

    bool CellBreakBefore(int end)
    {
        var t = r.T;
        int k = end;
        if (k < t.Length && t[k] != '\n') return false;
        while (k > 0 && t[k - 1] is ' ' or '\t' or '|') k--;
        return k > 0 && t[k - 1] is not ('。' or ';' or '!' or '?');
    }

    int DecisionsHeaderEnd()
    {
        var t = r.T;
        foreach (var h in r.Lx.DecisionHeaders.Words)
        {
            int k = t.IndexOf(h, StringComparison.Ordinal);
            if (k < 0) continue;
            int end = k + h.Length;
            while (end < t.Length && t[end] is '如' or '下' or '事' or '项' or ' ') end++;
            if (end < t.Length && t[end] is ':' or '\n') return end;
        }
        return int.MaxValue;
    }

    /// <summary>"2024年，全县共实施…" in a 2025 meeting: a look back, not an assignment.</summary>
    bool OpensWithPastYear(int ss, int se)
    {
        var t = r.T;
        int k = r.SkipSpace(ss, se);
        if (r.Reference is not { } rf || k + 5 > se || t[k + 4] != '年') return false;
        if (!int.TryParse(t.AsSpan(k, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year)) return false;
        // "2024年底前…" is a deadline, not a look back.
        return year < rf.Year && r.Lx.VagueDeadlines.MatchAt(t, k + 5) == 0 && !r.DeadlineStarts.Contains(k);
    }

    [System.Runtime.CompilerServices.InlineArray(4)]
    struct FourCells { (int S, int E) _first; }

    /// <summary>
    /// Rule heading_year_carries (relabel line "yearless-no-ref / year-carried-in-sequence", owner nb-070): with no
    /// reference date, a heading whose content is a time and carries its year — a phase heading with its period
    /// ("(一)准备阶段(2018年5月31日至6月24日)", "二、普查登记阶段(2020年11月—12月)", "(一)前期重大问题研究阶段(2010年2月底)"),
    /// or a line that is only a period ("2018年1月-9月", "2018年7-8月,11-12月") — governs the requirements under it: a
    /// year-less month or day there ("(7月底前)", "11月1-15日", "2月底前") is read in the heading's year, until the next
    /// such heading. A year in a title, a name or another sentence still resolves nothing (owner nb-009): only a line
    /// that is nothing but a label and its time is a heading. Only month-shaped phrases take the year; "N天内",
    /// "本周五" and festivals count from a day, which a heading does not give.
    /// </summary>
    void CarryHeadingYear(List<DeadlineMatch> found)
    {
        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Date is not null || !f.NeedsReference || f.Invalid || f.Kind is not (DeadlineKind.Absolute or DeadlineKind.PeriodEnd)) continue;
            if (r.T.IndexOf('月', f.Start, f.End - f.Start) < 0) continue;
            r.HeadingYears ??= HeadingYearsOf(r.T);
            int year = 0;
            foreach (var (end, y) in r.HeadingYears)
                if (end <= f.Start) year = y; else break;
            if (year == 0) continue;
            if (DeadlineGrammar.ReadFrom(r.T, f, new DeadlineContext(new DateOnly(year, 1, 1), r.Calendar, null), r.Lx.VagueDeadlines) is { } again)
                found[i] = again;
        }
    }

    // A heading's number or bullet: "一、", "(一)", "1.", "• 01".
    const string HeadingNumber = @"(?:[•·]?[ \t]*[0-9]{0,3}[ \t]*)?(?:[(（]?[一二三四五六七八九十0-9]{1,3}[)）、.．]?[ \t]*)?";
    const string TimeChars = @"[0-9年月日号底末初上中下旬\-—–~～至到,，、 \t]*";

    static readonly System.Text.RegularExpressions.Regex YearHeadingLine = new(
        "^[ \t\u3000]*" + HeadingNumber + "(?:"
        // a line that is only a period: "2018年1月-9月"
        + "(?<y>(?:19|20)[0-9]{2})年" + TimeChars
        // a phase's label and its period in brackets: "准备阶段(2018年5月31日至6月24日)"
        + @"|[^\s,，。;；:：()（）]{1,18}阶段[ \t]*[(（](?<y>(?:19|20)[0-9]{2})年" + TimeChars + "[)）]"
        + ")[ \t\u3000]*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The time headings of a text that carry a year (Rule heading_year_carries): where each line ends, and its year.</summary>
    static List<(int End, int Year)> HeadingYearsOf(string t)
    {
        var list = new List<(int, int)>();
        int p = 0;
        while (p < t.Length)
        {
            int nl = t.IndexOf('\n', p);
            int end = nl < 0 ? t.Length : nl;
            if (end - p <= 40 && YearHeadingLine.Match(t, p, end - p) is { Success: true } m)
                list.Add((end, int.Parse(m.Groups["y"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)));
            p = end + 1;
        }
        return list;
    }
}
