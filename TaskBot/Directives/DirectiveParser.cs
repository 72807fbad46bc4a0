using TaskBot.Calendar;

namespace TaskBot.Directives;

/// <summary>
/// Reads tasks out of a leader's directive or a meeting's decisions, following
/// shared/notes/directive-conventions.md. The text is cut into items (一、 / 1. / 一是 …), an item into
/// sentences and comma clauses; each clause is read for who (lead, co-lead, reported-to, supervisor), by when
/// (<see cref="DeadlineGrammar"/>) and what (the object of its main verb). Clauses then group into tasks:
/// a new subject starts a new task, a clause of helpers joins the task before it.
/// Never throws; inputs longer than <see cref="MaxChars"/> are read up to that length, with a warning.
/// </summary>
public sealed class DirectiveParser
{
    /// <summary>
    /// How much of a text is read: a deterministic work budget that keeps every parse within ~10 ms, adversarial
    /// input included. Real minutes' decisions are a few thousand characters; a longer text is read up to here and
    /// its tasks carry a warning saying so, so nothing is dropped silently.
    /// </summary>
    public const int MaxChars = 10_000;
    const int MaxTasks = 200;

    readonly DirectiveLexicon _lx;
    readonly IWorkingDayCalendar _calendar;
    readonly UnitGrammar _units;

    public DirectiveParser(DirectiveLexicon lexicon, IWorkingDayCalendar calendar)
    {
        _lx = lexicon;
        _calendar = calendar;
        _units = new UnitGrammar(lexicon);
        // The regex automata are built lazily on first use; build them now, at startup, not in a user's turn.
        ParseUnguarded(WarmUpText, new DateOnly(2026, 11, 26));
    }

    const string WarmUpText = "会议议定：一、由县住建局牵头，县财政局配合，10月底前完成改造方案；二、请各乡镇于10个工作日内、"
        + "下周五前、春节前、节前、一季度、上半年、明年底、2027年3月15日前、12月20日前、一个月内、每月5日前、每个季度第1个月的20日前报送；"
        + "从2027年第二季度起，年内、本月底、尽快完成。(县发改局牵头,县财政局配合)";

    public IReadOnlyList<ParsedTask> Parse(string? text, DateOnly? referenceDate) => Read(text, referenceDate).Tasks;

    /// <summary>
    /// Reads a directive and says how: the tasks, whether reading failed (a grammar bug, never the user's fault),
    /// and the reference date used: the meeting date the text states, else <paramref name="messageDate"/>.
    /// </summary>
    public DirectiveReading Read(string? text, DateOnly? messageDate)
    {
        var stated = MeetingDate.Find(text, messageDate);
        var reference = stated ?? messageDate;
        try
        {
            return new(ParseUnguarded(text, reference), false, reference, stated is not null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A grammar bug must cost one message its tasks, never the caller its turn; but it must be seen:
            // logged with the text's length (never the text: it may be confidential) and counted.
            ParserFailures.Add(1);
            _log?.Invoke(ex, text?.Length ?? 0);
            return new([], true, reference, stated is not null);
        }
    }

    /// <summary>Parser exceptions, counted on the BCL meter "TaskBot.Parser" so operators see a grammar bug.</summary>
    static readonly System.Diagnostics.Metrics.Meter ParserMeter = new("TaskBot.Parser");
    static readonly System.Diagnostics.Metrics.Counter<long> ParserFailures =
        ParserMeter.CreateCounter<long>("taskbot.parser.failures", "{text}", "Texts the parser failed to read (an exception in a rule)");

    readonly Action<Exception, int>? _log;

    /// <summary>Where a parser exception is reported: the exception and the text's length.</summary>
    public DirectiveParser(DirectiveLexicon lexicon, IWorkingDayCalendar calendar, Action<Exception, int>? onFailure) : this(lexicon, calendar)
        => _log = onFailure;

    /// <summary>The parse itself, letting exceptions out: the robustness tests call this to see them.</summary>
    internal IReadOnlyList<ParsedTask> ParseUnguarded(string? text, DateOnly? referenceDate)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        bool truncated = text.Length > MaxChars;
        var original = truncated ? text[..MaxChars] : text;
        var tasks = new Run(this, original, ChineseText.Fold(original), referenceDate).Parse();
        if (truncated)
            tasks = tasks.Select(t => t with { Warnings = [.. t.Warnings, new(WarningCodes.Truncated, $"原文超过{MaxChars}字，只识别了前{MaxChars}字")] }).ToList();
        return tasks;
    }

    // ------------------------------------------------------------------------------------------------

    enum Slot { Subject, Addressee, With, ReportTo }

    sealed class Clause(int start, int end)
    {
        public int Start = start, End = end;
        public readonly List<UnitHit> Lead = [], Co = [];
        public bool CoByCooperation;          // "Y配合": helpers of whoever leads
        public string? Supervisor;
        public DeadlineMatch? Deadline, Vague;
        public string? Deliverable;
        public int DeliverableRank;           // 2 = a completion verb's object, 1 = any action's
        public bool HasAction, Skip, Imperative, Cue, Statement, RoleWord;
        /// <summary>The clause opens with a modal and names no unit: "要加快推进…", "必须在月底前…" asks for something.</summary>
        public bool ModalOpen;
        /// <summary>Opened by 同时 / 此外: one more job of whoever the sentence before spoke to.</summary>
        public bool Also;
        /// <summary>The unit is followed by an exhortative adverb ("各责任单位切实履行…"): asked for, in official style.</summary>
        public bool Exhorted;
        /// <summary>A 将/把 construction ("将办理工作纳入…"): something is to be done with something.</summary>
        public bool Disposal;
        /// <summary>Units were named after 要求 / 请 / 安排 / 责成: someone was told to act.</summary>
        public bool Addressed;
        /// <summary>"确保…", "为…", "以便…": the clause says what the job is for, not another job.</summary>
        public bool Purpose;
        /// <summary>The named unit is followed by a command verb (做好, 完成, 落实…): "县财政局做好资金保障".</summary>
        public bool Commanded;
        /// <summary>The unit is followed by a modal and something that is not only an attitude ("有关部门要做到一天一测一报").</summary>
        public bool ModalWork;
        public int UnitsEnd;                  // after the last unit named as an actor: the verb comes later
        public bool LeadByLeadWord;           // "X牵头"
        public bool RoleOnlyCo;               // the clause opens with 配合/协助 and names no unit
        public bool LeadByImplementer;        // "Y具体负责", "Y负责实施"
        /// <summary>Only units, nothing they must do: an addressee line ("各乡镇:") whose task follows.</summary>
        public bool BareUnits;
    }

    sealed class Draft(int start)
    {
        public int Start = start, End = start;
        public readonly List<UnitHit> Lead = [], Co = [];
        public bool CoByCooperation;
        public string? Supervisor;
        public DeadlineMatch? Deadline, Vague;
        public string? Deliverable;
        public int DeliverableRank;
        public bool FromBlock;
        public int Sentence;
        /// <summary>Some clause of the task names something to do (an action verb) or a time to do it by.</summary>
        public bool HasWork;
        /// <summary>How long the sentence that started the task was: a short first sentence of an item is its heading.</summary>
        public int FirstSentenceLength;
        /// <summary>The sentence in which the lead was named with 牵头: a later 具体负责 in it is the implementer.</summary>
        public int LeadByRoleWordInSentence = -1;
    }

    /// <summary>One parse: the text, its folded twin, the reference date. Not shared between threads.</summary>
    sealed class Run(DirectiveParser p, string original, string t, DateOnly? reference)
    {
        readonly DirectiveLexicon lx = p._lx;
        readonly UnitGrammar units = p._units;
        readonly HashSet<int> deadlineStarts = [];
        readonly Dictionary<int, DeadlineMatch> deadlineAt = [];
        List<DeadlineMatch> deadlines = [];
        readonly List<ParsedTask> results = [];

        public List<ParsedTask> Parse()
        {
            foreach (var (s, e) in Segmenter.Items(t, 0, t.Length))
            {
                if (results.Count >= MaxTasks) break;
                ParseItem(s, e);
            }
            return results;
        }

        /// <summary>Where the decisions of minutes begin ("会议议定如下：", "会议要求："): every item after it is asked for.</summary>
        int decisionsFrom = -1;
        bool inDecisions, cellBreak;
        int prevSentenceEnd, currentSentenceLength;

        bool CellBreakBefore(int end)
        {
            int k = end;
            if (k < t.Length && t[k] != '\n') return false;
            while (k > 0 && t[k - 1] is ' ' or '\t' or '|') k--;
            return k > 0 && t[k - 1] is not ('。' or ';' or '!' or '?');
        }

        void ParseItem(int s, int e)
        {
            if (decisionsFrom < 0) decisionsFrom = DecisionsHeaderEnd();
            inDecisions = decisionsFrom >= 0 && s >= decisionsFrom;
            prevSentenceEnd = 0;
            deadlines = DeadlineGrammar.Scan(t, s, e, new DeadlineContext(reference, p._calendar, null), lx.VagueDeadlines);
            deadlineStarts.Clear();
            deadlineAt.Clear();
            foreach (var d in deadlines) { deadlineStarts.Add(d.Start); deadlineAt[d.Start] = d; }

            var blocks = Blocks.Find(t, s, e, lx, units, deadlineStarts);
            if (blocks.HasRoles)
            {
                ParseBlockItem(s, e, blocks);
                return;
            }
            var drafts = new List<Draft>();
            Draft? cur = null;
            string? pendingSupervisor = null;
            Clause? pendingAddressees = null;
            int sentenceNo = 0;
            foreach (var (ss, se) in Segmenter.Sentences(t, s, e, blocks.Ranges))
            {
                sentenceNo++;
                // A line break (or a "|") without a full stop before it separates the cells of a flattened table row:
                // the row goes on, and its unit cell belongs to the task text before it.
                cellBreak = prevSentenceEnd > 0 && CellBreakBefore(prevSentenceEnd);
                prevSentenceEnd = se;
                currentSentenceLength = se - ss;
                var view = new SentenceView(t, ss, se, lx);
                if (OpensWithPastYear(ss, se) || SentenceRules.Match(view) is not null) continue;
                bool cue = false, statement = false, force = false, eventDate = false, firstClause = true;
                bool? selfReference = null;
                int draftsBefore = drafts.Count;
                DeadlineMatch? pendingDeadline = null;
                foreach (var (cs, ce) in Segmenter.Clauses(t, ss, se))
                {
                    if (results.Count + drafts.Count >= MaxTasks) break;
                    var c = ReadClause(cs, ce);
                    if (c.Skip) continue;
                    cue |= c.Cue;
                    statement |= c.Statement;
                    // What makes a sentence a directive rather than a report (rule DirectiveForce, below).
                    if (firstClause && c.Lead.Count + c.Co.Count == 0 && !c.HasAction && c.Deadline is { } opening && !SaysBy(opening)) eventDate = true;
                    bool sentenceOpening = firstClause;
                    // 会议指出 / 认为 tells a view: a cue only when it asks (会议要求, 强调).
                    force |= c.Cue && !c.Statement || c.RoleWord || c.Vague is not null || c.Deadline is not null || firstClause && c.Imperative
                             || c.Exhorted || c.Disposal || c.Addressed || c.ModalWork || c.Commanded && !(selfReference ??= view.Contains(lx.SelfReferences));
                    firstClause = false;
                    // "会议议定" alone: it only sets the tone of the sentence, it adds nothing to a task.
                    if (c.Lead.Count + c.Co.Count == 0 && !c.HasAction && !c.RoleWord && c.Deadline is null && c.Vague is null && c.Supervisor is null) continue;
                    if (c.BareUnits && !c.HasAction && c.Deadline is null && c.Vague is null)
                    {
                        // "各乡镇人民政府，县政府各部门：" heads what they are asked to do next.
                        if (pendingAddressees is null) pendingAddressees = c;
                        else { pendingAddressees.Lead.AddRange(c.Lead); pendingAddressees.Co.AddRange(c.Co); }
                        continue;
                    }
                    // A date opening a sentence belongs to what follows in it, never to the task of the sentence before.
                    if (c.Lead.Count + c.Co.Count == 0 && !c.HasAction && c.Deadline is not null && (cur is null || cur.Deadline is not null || cur.Sentence != sentenceNo))
                    {
                        // A bare date opening a sentence ("3月15日，县委召开…") tells when something happened: a report.
                        if (!SaysBy(c.Deadline)) { statement = true; continue; }
                        // "到2019年6月底，基本实现…": the deadline opens the sentence, the task follows.
                        pendingDeadline = c.Deadline;
                        continue;
                    }
                    if (pendingDeadline is not null && c.Deadline is null) c.Deadline = pendingDeadline;
                    pendingDeadline = null;
                    if (c.Lead.Count + c.Co.Count == 0 && pendingAddressees is not null && (c.HasAction || c.RoleWord || c.Deadline is not null))
                    {
                        (c.RoleOnlyCo ? c.Co : c.Lead).AddRange(pendingAddressees.Lead.Concat(pendingAddressees.Co));
                        c.CoByCooperation = c.RoleOnlyCo;
                        pendingAddressees = null;
                    }
                    if (c.Supervisor is { } sup && c.Lead.Count == 0 && c.Co.Count == 0)
                    {
                        if (cur is not null && cur.Supervisor is null) cur.Supervisor = sup;
                        else pendingSupervisor = sup;
                        continue;
                    }
                    if (c.Lead.Count > 0)
                    {
                        if (cur is not null && cur.LeadByRoleWordInSentence == sentenceNo && c.LeadByImplementer)
                        {
                            // "由县住建局牵头，县水务公司具体负责": the implementer works under the lead.
                            c.Co.InsertRange(0, c.Lead);
                            c.Lead.Clear();
                            Merge(cur, c);
                        }
                        // A new subject starts a new task; a task that named nobody takes the units named later in
                        // its own sentence ("年底前完成…，由县财政局负责"), never those of the next sentence.
                        else if (cur is null || cur.Lead.Count > 0 && !cur.CoByCooperation && !SameUnits(cur.Lead, c.Lead)
                                 || cur.CoByCooperation && cur.Sentence != sentenceNo
                                 || cur.Lead.Count + cur.Co.Count == 0 && cur.Sentence != sentenceNo && !cellBreak) cur = Start(drafts, c, sentenceNo);
                        else
                        {
                            Merge(cur, c);
                            cur.Sentence = sentenceNo;   // the task is this sentence's now, for a closing deadline
                        }
                        if (c.LeadByLeadWord && cur.Lead.Count > 0) cur.LeadByRoleWordInSentence = sentenceNo;
                    }
                    else if (c.Co.Count > 0)
                    {
                        if (cur is null) cur = Start(drafts, c, sentenceNo);
                        else Merge(cur, c);
                    }
                    else if (cur is null)
                    {
                        // No unit named: still a task when it is asked for ("会议要求，年底前完成…") or commanded.
                        bool dated = c.Deadline is not null;
                        if (!statement && ((dated || cue) && c.HasAction || c.Imperative) || c.ModalOpen && c.HasAction && (!statement || c.DeliverableRank == 2)) cur = Start(drafts, c, sentenceNo);
                    }
                    else if (cur.Sentence != sentenceNo && c.HasAction && (c.ModalOpen || c.Also || c.Imperative || c.Deadline is not null) && (!statement || c.DeliverableRank == 2)
                             && !IsItemHeading(cur))
                    {
                        // Rule SubjectlessSentenceStartsTask: a new sentence that asks for something without naming
                        // anyone is a task of its own, for whoever the sentence before spoke to (nobody, if it named
                        // nobody: then the leader picks); "同时，做好…" is one more task of the units just named.
                        // The subject carries over: "各乡镇要…；要…；要…" is three tasks of 各乡镇.
                        var next = Start(drafts, c, sentenceNo);
                        next.Lead.AddRange(cur.Lead); next.Co.AddRange(cur.Co); next.Supervisor = cur.Supervisor;
                        next.CoByCooperation = cur.CoByCooperation;
                        cur = next;
                    }
                    else if (c.Deadline is not null && cur.Deadline is not null && c.HasAction && !SameDeadline(c.Deadline, cur.Deadline))
                    {
                        // "9月份完成前期工作，并在10月份实现招投标": one more deadline, one more task for the same units.
                        var sibling = Start(drafts, c, sentenceNo);
                        sibling.Lead.AddRange(cur.Lead);
                        sibling.Co.AddRange(cur.Co);
                        sibling.Supervisor = cur.Supervisor;
                        cur = sibling;
                    }
                    else
                    {
                        Merge(cur, c);
                        // "A负责…，B负责…，C负责…，10月底前建成投用": a closing deadline binds every task of the sentence.
                        if (c.Lead.Count + c.Co.Count == 0 && c.Deadline is not null)
                            foreach (var other in drafts)
                                if (other.Sentence == sentenceNo && other.Deadline is null) other.Deadline = c.Deadline;
                    }
                    if (pendingSupervisor is not null && cur is not null && cur.Supervisor is null)
                    {
                        cur.Supervisor = pendingSupervisor;
                        pendingSupervisor = null;
                    }
                }
                // A date left with nothing after it in its sentence ("…；冲刺全年目标任务。") closes the task before.
                if (pendingDeadline is not null && cur is not null && cur.Deadline is null) cur.Deadline = pendingDeadline;
                // Rule DirectiveForce: a sentence hands work over only when something in it asks for it: a modal
                // (要, 须, 请), a time to do it by, a role word (牵头, 负责, 配合), a cue (会议要求, X强调), a command
                // opening the sentence, or the decisions part of minutes. "各村、社区负责人汇报一周工作进展",
                // "我县2018年度完成公厕建设任务" report; a sentence opening with a bare date tells of an event.
                bool reported = view.HasPerfective() || view.Contains(lx.ReportMarkers) || view.OpensWithMonthSpan();
                bool asked = view.HasModal() || !eventDate && (force && !reported || inDecisions);
                if (!asked && drafts.Count > draftsBefore)
                {
                    drafts.RemoveRange(draftsBefore, drafts.Count - draftsBefore);
                    cur = drafts.Count > 0 ? drafts[^1] : null;
                }
            }
            // Rule HeadingIsNoTask: "要把握市级验收启动节点。" opening an item whose later sentences name units is the
            // item's title, not a task of nobody's.
            if (drafts.Count > 1 && drafts[0].Sentence == 1 && drafts[0].Lead.Count + drafts[0].Co.Count == 0 && drafts[0].Deadline is null
                && drafts[0].Vague is null && drafts.Skip(1).Any(d => d.Lead.Count > 0) && HeadingLength(drafts[0]))
                drafts.RemoveAt(0);
            foreach (var d in drafts) Emit(d);
        }

        bool HeadingLength(Draft d) => d.End - d.Start <= 20;

        /// <summary>"一要抓好隐患排查整改。" opening an item, naming nobody: what follows in the item spells it out.</summary>
        bool IsItemHeading(Draft d) => d.Sentence == 1 && d.Lead.Count + d.Co.Count == 0 && d.Deadline is null && d.FirstSentenceLength <= 20;

        int DecisionsHeaderEnd()
        {
            foreach (var h in lx.DecisionHeaders.Words)
            {
                int k = t.IndexOf(h, StringComparison.Ordinal);
                if (k < 0) continue;
                int end = k + h.Length;
                while (end < t.Length && t[end] is '如' or '下' or '事' or '项' or ' ') end++;
                if (end < t.Length && t[end] is ':' or '\n') return end;
            }
            return int.MaxValue;
        }

        bool SameUnits(List<UnitHit> a, List<UnitHit> b) =>
            a.Count == b.Count && a.Select(Surface).OrderBy(x => x).SequenceEqual(b.Select(Surface).OrderBy(x => x));

        static bool SameDeadline(DeadlineMatch a, DeadlineMatch b) =>
            a.Date is { } x && b.Date is { } y ? x == y : a.Rule == b.Rule && a.Start == b.Start;

        Draft Start(List<Draft> drafts, Clause c, int sentence)
        {
            var d = new Draft(c.Start) { Sentence = sentence, FirstSentenceLength = currentSentenceLength };
            drafts.Add(d);
            Merge(d, c);
            return d;
        }

        static void Merge(Draft d, Clause c)
        {
            d.HasWork |= c.HasAction || c.Deadline is not null || c.RoleWord || c.ModalWork;
            d.End = Math.Max(d.End, c.End);
            d.Start = Math.Min(d.Start, c.Start);
            if (c.Lead.Count > 0 && d.Lead.Count > 0 && d.CoByCooperation)
            {
                // The helpers were named first ("各部门要协同配合，县财政局牵头…"): they stay helpers.
                d.Co.AddRange(d.Lead);
                d.Lead.Clear();
            }
            d.Lead.AddRange(c.Lead);
            d.Co.AddRange(c.Co);
            if (c.Co.Count > 0 && c.Lead.Count == 0 && d.Lead.Count == 0) d.CoByCooperation |= c.CoByCooperation;
            if (c.Lead.Count > 0) d.CoByCooperation = false;
            d.Supervisor ??= c.Supervisor;
            if (d.Deadline is null && c.Deadline is not null) d.Deadline = c.Deadline;
            d.Vague ??= c.Vague;
            if (c.Deliverable is not null && c.DeliverableRank > d.DeliverableRank)
            {
                d.Deliverable = c.Deliverable;
                d.DeliverableRank = c.DeliverableRank;
            }
            else if (c.Deliverable is { Length: >= 3 } more && c.DeliverableRank == d.DeliverableRank && d.Deliverable is { } so && !c.Purpose)
            {
                // "组建验收专班，启动自行验收工作": the clerk lists each job the task's clauses name; a one-word job
                // ("解决", "研究") gives way to a fuller one, and a purpose ("确保…") is no job of its own.
                if (so.Length < 3) d.Deliverable = more;
                else if (so.Length + more.Length < 30 && !so.Contains(more)) d.Deliverable = so + "，" + more;
            }
        }

        // ---- one clause --------------------------------------------------------------------------

        Clause ReadClause(int s, int e)
        {
            var c = new Clause(s, e);
            var span = t.AsSpan(s, e - s);
            int p = SkipSpace(s, e);
            if (p >= e) { c.Skip = true; return c; }

            if (IsNarrative(s, e) || MarkerCounts(lx.SanctionMarkers, s, e) || IsTransmittal(p, e)) { c.Skip = true; return c; }

            // Openers: 会议要求, 一是, 特别是, 同时 …
            for (int guard = 0; guard < 4 && p < e; guard++)
            {
                int len = lx.ClauseOpeners.MatchAt(t, p);
                if (len == 0) break;
                if (t.AsSpan(p, len).StartsWith("会议")) c.Cue = true;
                if (t.AsSpan(p, len) is "同时" or "此外" or "另外") c.Also = true;
                if (lx.StatementOpeners.MatchEndingAt(t, p + len, p) > 0) c.Statement = true;
                p = SkipSpace(p + len, e);
                // 会议要求各乡镇… : the opener may end in an addressee verb that the scan below should see.
                if (p > s && lx.AddresseeTriggers.MatchAt(t, p) == 0 && EndsWithSpeakerVerb(p)) c.Cue = true;
            }
            if (p >= e) { c.Skip = !c.Cue; return c; }

            // A condition ("对…的", "凡…的") names who is affected, not who must act.
            if (lx.PrepositionOpeners.MatchAt(t, p) > 0 && t[e - 1] == '的' && units.UnitAt(t, p, e, deadlineStarts) is null) { c.Skip = true; return c; }

            // 是…: a statement about something, not an assignment.
            if (t[p] == '是') { c.Skip = true; return c; }
            if (lx.StatementOpeners.MatchAt(t, p) > 0) c.Statement = true;

            int i = ReadUnitList(c, p, e, Slot.Subject);
            bool subject = i > p;
            if (subject)
            {
                int after = SkipSpace(i, e);
                c.BareUnits = after >= e && c.Lead.Count + c.Co.Count > 0 && !c.RoleWord;
            }
            else if (Math.Max(lx.LeadRoles.MatchAt(t, p), lx.CoRoles.MatchAt(t, p)) is > 0 and var roleLen)
            {
                // "县交通运输局：牵头负责…": the role word's units stood on the line before.
                c.RoleWord = true;
                c.RoleOnlyCo = lx.CoRoles.MatchAt(t, p) > 0;
                c.UnitsEnd = i = p + roleLen;
            }
            else
            {
                int afterSpeaker = SpeakerEnd(p, e);
                if (afterSpeaker > p)
                {
                    c.Cue = true;
                    i = afterSpeaker;
                    if (lx.StatementOpeners.MatchAt(t, i) > 0 || lx.StatementOpeners.MatchEndingAt(t, i, p) > 0) c.Statement = true;
                }
                else if (lx.ImperativeOpeners.MatchAt(t, p) > 0) c.Imperative = true;
                else if (SentenceView.ModalAt(t, p, e, lx) is > 0 and var ml && t[p] is '要' or '必' or '务' or '须' or '应' && lx.AddresseeTriggers.MatchAt(t, p) == 0) c.ModalOpen = ml > 0;
            }

            c.Purpose = t.AsSpan(p, e - p) is var rest && (rest.StartsWith("确保") || rest.StartsWith("为了") || rest.StartsWith("以便") || rest.StartsWith("力争") || rest.StartsWith("使"));
            int subjectEnd = i;
            if (subject)
            {
                int v = SkipSpace(Math.Max(i, c.UnitsEnd), e);
                for (int guard = 0; guard < 3 && DeadlineAt(v, e) > v; guard++) v = SkipSpace(DeadlineAt(v, e), e);
                v = SkipAdverbs(v, e) is var a && a > v && lx.ImperativeOpeners.MatchAt(t.AsSpan(0, e), a) > 0 ? a : v;
                if (lx.ExhortativeAdverbs.MatchAt(t.AsSpan(0, e), v) > 0) c.Exhorted = true;
                if (lx.ImperativeOpeners.MatchAt(t.AsSpan(0, e), v) > 0) c.Commanded = true;
                if (SentenceView.ModalAt(t, v, e, lx) is > 0 and var ml)
                {
                    int w = v + ml;
                    c.ModalWork = w < e && lx.AttitudePhrases.MatchAt(t.AsSpan(0, e), w) == 0 && ChineseText.IsHan(t[w]);
                }
            }
            while (i < e)
            {
                int dl = DeadlineAt(i, e);
                if (dl > i) { i = dl; continue; }
                int not = lx.NotTriggers.MatchAt(t, i);
                int len;
                if ((len = lx.AddresseeTriggers.MatchAt(t, i)) > 0 && len >= not)
                {
                    int j = SkipSpace(i + len, e);
                    int after = ReadUnitList(c, j, e, Slot.Addressee);
                    if (after > j) c.Addressed = true;
                    if (after == j && t.AsSpan(i, len).SequenceEqual("由")) after = ReadPersonSupervisor(c, j, e);
                    // "要求，…" asks for what follows; "提出明确要求。" only tells that someone asked.
                    if (after == j && j < e && lx.SpeakerVerbs.MatchAt(t, i) > 0) c.Cue = true;
                    i = Math.Max(after, i + len);
                    continue;
                }
                if ((len = lx.WithTriggers.MatchAt(t, i)) > 0 && len >= not)
                {
                    int after = ReadUnitList(c, i + len, e, Slot.With);
                    i = Math.Max(after, i + len);
                    continue;
                }
                if ((len = lx.ReportTriggers.MatchAt(t, i)) > 0 && len >= not)
                {
                    int after = ReadUnitList(c, i + len, e, Slot.ReportTo);
                    i = Math.Max(after, i + len);
                    continue;
                }
                if ((len = lx.SupervisorVerbs.MatchAt(t, i)) > 0)
                {
                    var who = t.AsSpan(p, i - p).Trim();
                    if (HasLeaderTitle(who)) c.Supervisor ??= original.Substring(p, i - p).Trim();
                    i += len;
                    continue;
                }
                i++;
            }

            PickDeadline(c, s, e, subject ? subjectEnd : p);
            ReadAction(c, Math.Max(subjectEnd, c.UnitsEnd), e);
            return c;
        }

        /// <summary>Reads "A、B和C(牵头)等" at <paramref name="p"/>, files the units by slot and role word, returns the end.</summary>
        int ReadUnitList(Clause c, int p, int e, Slot slot)
        {
            var found = new List<UnitHit>();
            var markedLead = new List<UnitHit>();
            int q = p;
            while (q < e)
            {
                var hit = units.UnitAt(t, q, e, deadlineStarts);
                if (hit is null && found.Count > 0 && ElidedUnitAt(q, e) is > 0 and var elided)
                {
                    // "各有关乡镇、部门": after a list separator, a bare 部门 / 单位 is the same kind of body, written short.
                    hit = new UnitHit(q, q + elided, true);
                }
                if (hit is null)
                {
                    // "公安、执法部门": a short bare name counts when the list around it has units.
                    int sep = ListSeparatorAfterBareName(q, e);
                    if (sep < 0 || units.StartsLikePredicate(t, q, sep) || !EtcDepartments(sep, e) && !ListEndsInUnit(sep + 1, e)) break;
                    hit = new UnitHit(q, sep, false);
                }
                var h = hit.Value;
                int before = found.Count;
                units.SplitJoined(t, h, deadlineStarts, found);
                q = h.End;
                int marker = units.RoleMarkerAt(t, q, e, out bool isLead);
                if (marker > 0)
                {
                    if (isLead) markedLead.AddRange(found.GetRange(before, found.Count - before));
                    q += marker;
                }
                if (q < e && t[q] == '、') { q++; continue; }
                if (q + 2 < e && t.AsSpan(q).StartsWith("以及")) { q += 2; continue; }
                break;
            }
            if (found.Count == 0) return p;
            q = UnitGrammar.SkipEtc(t, q, e);
            if (slot != Slot.ReportTo) c.UnitsEnd = Math.Max(c.UnitsEnd, q);

            // The role word after the list decides, unless the slot already did.
            int r = SkipAdverbs(SkipNote(q, e), e);
            int person = lx.PersonOfUnit.MatchAt(t, r);
            if (person > 0)
            {
                c.Supervisor ??= original.Substring(found[0].Start, r + person - found[0].Start);
                if (slot == Slot.ReportTo) return r + person;
            }
            if (slot == Slot.ReportTo) return q;
            // "县委、县政府决定…", "县政府要求各乡镇…": the body that decides or asks is not the one assigned.
            if (slot == Slot.Subject && person == 0 && (lx.AuthorityVerbs.MatchAt(t, SkipNote(q, e)) > 0 || lx.AuthorityVerbs.MatchAt(t, r) > 0)) return q;
            if (markedLead.Count > 0)
            {
                c.RoleWord = true;
                c.Lead.AddRange(markedLead);
                c.Co.AddRange(found.Where(f => !markedLead.Contains(f)));
                return q;
            }
            bool co = slot == Slot.With;
            int roleLen;
            if (person == 0 && (roleLen = lx.CoRoles.MatchAt(t, r)) > 0)
            {
                co = true;
                c.RoleWord = true;
                q = r + roleLen;
                // "各乡镇要积极配合县民政局做好…": the unit helped is the lead.
                int helped = ReadUnitList(c, q, e, Slot.Addressee);
                if (helped > q) { c.Co.AddRange(found); return helped; }
                // "Y配合" at the end of a clause, or "Y要做好协作配合": helpers of whoever leads.
                if (slot != Slot.With) c.CoByCooperation = c.Lead.Count == 0;
            }
            else if (person == 0 && (roleLen = lx.LeadRoles.MatchAt(t, r)) > 0 && slot != Slot.With)
            {
                co = false;
                c.RoleWord = true;
                if (t.AsSpan(r, roleLen).StartsWith("牵头")) c.LeadByLeadWord = true;
                else if (r > q) c.LeadByImplementer = true;   // an adverb came first: 具体负责, 具体落实
                q = r + roleLen;
            }
            (co ? c.Co : c.Lead).AddRange(found);
            if (slot != Slot.ReportTo) c.UnitsEnd = Math.Max(c.UnitsEnd, person > 0 ? r + person : q);
            // "县农业农村局牵头、各乡镇配合": another list after the role word.
            if (q < e && t[q] == '、' && q > p) return ReadUnitList(c, q + 1, e, slot == Slot.With ? Slot.Subject : slot);
            return q;
        }

        int ElidedUnitAt(int q, int e)
        {
            if (q == 0 || t[q - 1] != '、') return 0;
            foreach (var w in (ReadOnlySpan<string>)["部门", "单位", "街道", "社区", "乡镇"])
                if (t.AsSpan(q, e - q).StartsWith(w) && units.ValidFollower(t, q + w.Length, e, deadlineStarts)) return w.Length;
            return 0;
        }

        /// <summary>"生态环境、经信、发改部门": bare names may follow each other as long as the list ends in a unit.</summary>
        bool ListEndsInUnit(int q, int e)
        {
            for (int guard = 0; guard < 8 && q < e; guard++)
            {
                if (units.UnitAt(t, q, e, deadlineStarts) is not null) return true;
                int sep = ListSeparatorAfterBareName(q, e);
                if (sep < 0 || units.StartsLikePredicate(t, q, sep)) return false;
                if (EtcDepartments(sep, e)) return true;
                q = sep + 1;
            }
            return false;
        }

        int ListSeparatorAfterBareName(int q, int e)
        {
            for (int k = q; k < Math.Min(e, q + 5); k++)
            {
                if (t[k] == '、' || k > q && EtcDepartments(k, e)) return k - q >= 2 ? k : -1;
                if (!ChineseText.IsHan(t[k])) return -1;
            }
            return -1;
        }

        /// <summary>"城管等部门": 等 + a body word closes a list of bare names.</summary>
        bool EtcDepartments(int k, int e) => t[k] == '等' && UnitGrammar.SkipEtc(t, k, e) > k + 1;

        /// <summary>"牵头单位(无牵头单位的，责任单位即为牵头单位)要…": a parenthetical note between a unit and its verb.</summary>
        int SkipNote(int q, int e)
        {
            if (q >= e || t[q] != '(') return q;
            int depth = 0;
            for (int k = q; k < e; k++)
            {
                if (t[k] == '(') depth++;
                else if (t[k] == ')' && --depth == 0) return k + 1;
            }
            return q;
        }

        int SkipAdverbs(int q, int e)
        {
            for (int guard = 0; guard < 4 && q < e; guard++)
            {
                // A role word that is also listed as an adverb (负责) must stay visible.
                if (lx.LeadRoles.MatchAt(t, q) > 0 || lx.CoRoles.MatchAt(t, q) > 0 || lx.PersonOfUnit.MatchAt(t, q) > 0) break;
                int len = lx.Adverbs.MatchAt(t, q);
                if (len == 0) break;
                q += len;
                // "各司其职、密切配合": adverbs listed with 、 before the role word.
                if (q + 1 < e && t[q] == '、' && (lx.Adverbs.MatchAt(t, q + 1) > 0 || lx.CoRoles.MatchAt(t, q + 1) > 0)) q++;
            }
            return q;
        }

        /// <summary>"由分管副县长李长根牵头": a leader, not a unit, is the supervisor.</summary>
        int ReadPersonSupervisor(Clause c, int p, int e)
        {
            int k = p;
            while (k < e && k - p < 16 && ChineseText.IsHan(t[k]) && lx.LeadRoles.MatchAt(t, k) == 0 && lx.SupervisorVerbs.MatchAt(t, k) == 0) k++;
            if (k == p || !HasLeaderTitle(t.AsSpan(p, k - p))) return p;
            c.Supervisor ??= original.Substring(p, k - p);
            int role = Math.Max(lx.LeadRoles.MatchAt(t, k), lx.SupervisorVerbs.MatchAt(t, k));
            return k + role;
        }

        bool HasLeaderTitle(ReadOnlySpan<char> s) => lx.LeaderTitles.OccursIn(s);

        /// <summary>"江辰当即要求", "刘小宁强调": a short name, an optional adverb, a speaking verb.</summary>
        int SpeakerEnd(int p, int e)
        {
            for (int n = 2; n <= 4 && p + n < e; n++)
            {
                if (!ChineseText.IsHan(t[p + n - 1])) return p;
                int k = p + n;
                foreach (var adv in (ReadOnlySpan<string>)["当即", "当场", "随即", "进一步", "同时", "再次", "还", "也", "特别", "明确"])
                    if (t.AsSpan(k, e - k).StartsWith(adv)) { k += adv.Length; break; }
                int verb = lx.SpeakerVerbs.MatchAt(t, k);
                if (verb == 0) continue;
                // 要求 doubles as the addressee trigger: leave it for the scan. Other verbs just end the speaker.
                return lx.AddresseeTriggers.MatchAt(t, k) > 0 ? k : k + verb;
            }
            return p;
        }

        bool EndsWithSpeakerVerb(int p) => p >= 2 && (lx.SpeakerVerbs.MatchEndingAt(t, p, Math.Max(0, p - 2)) > 0);

        int DeadlineAt(int i, int e) => deadlineAt.TryGetValue(i, out var d) ? Math.Min(d.End, e) : i;

        /// <summary>
        /// The clause's deadline: the first dated or datable phrase in it. Relative spans count only where a
        /// deadline can stand (after the unit, a role word, 在/于, or at the start), so "报告书14个工作日内" (a
        /// service-time limit) and "压缩至90个工作日以内" (a target) are not taken for deadlines.
        /// </summary>
        void PickDeadline(Clause c, int s, int e, int contentStart)
        {
            for (int k = FirstDeadlineFrom(s); k < deadlines.Count && deadlines[k].Start < e; k++)
            {
                var d = deadlines[k];
                if (d.End > e || d.Kind == DeadlineKind.RecurrenceStart || d.Invalid) continue;
                if (InsideTitle(s, d.Start)) continue;
                if (d.Kind == DeadlineKind.Vague) { c.Vague ??= d; continue; }
                if (d.IsRelative && !RelativeStandsAsDeadline(d.Start, contentStart, c)) continue;
                if (!d.IsRelative && !DateStandsAsDeadline(d, e)) continue;
                if (ModifiesNoun(d, e)) continue;
                c.Deadline ??= d;
            }
        }

        /// <summary>Index of the first deadline starting at or after <paramref name="s"/> (the list is sorted by start).</summary>
        int FirstDeadlineFrom(int s)
        {
            int lo = 0, hi = deadlines.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (deadlines[mid].Start < s) lo = mid + 1; else hi = mid;
            }
            return lo;
        }

        /// <summary>"到2019年6月底", "年底前", "一个月内", "春节前": the phrase itself says "by"; "3月15日" does not.</summary>
        bool SaysBy(DeadlineMatch d) =>
            d.Kind is not (DeadlineKind.Absolute or DeadlineKind.PeriodEnd) || d.TextStart != d.Start || EndsWithBy(d) || d.Target || t[d.Start] == '到';

        bool EndsWithBy(DeadlineMatch d) => t[d.End - 1] is '前' or '内' or '底' or '末' or '份' or '旬' or '止';

        /// <summary>
        /// A bare date or period ("第三季度", "2027年3月15日") is a deadline when it says "by" (前, 内, 底, 到…) or when
        /// the clause goes on to what must be done by then; "第三季度全县经济增长" names a period, not a deadline.
        /// </summary>
        bool DateStandsAsDeadline(DeadlineMatch d, int e)
        {
            int at = d.End;
            while (at < e && t[at] == ' ') at++;
            if (at < e && t[at] == '在' && !EndsWithBy(d)) return false;   // "于12月3日在县政府召开": where and when something happens
            if (d.Kind is DeadlineKind.Recurring or DeadlineKind.Festival || d.Target || d.TextStart != d.Start || d.End >= e) return true;
            char last = t[d.End - 1];
            if (last is '前' or '内' or '底' or '末' or '份' or '旬' or '止' or ')') return true;
            int f = d.End;
            while (f < e && t[f] == ' ') f++;
            if (f >= e || !ChineseText.IsHan(t[f])) return true;
            return lx.ActionVerbs.MatchAt(t, f) > 0 || lx.CompletionVerbs.MatchAt(t, f) > 0 || lx.Adverbs.MatchAt(t, f) > 0
                   || lx.LeadRoles.MatchAt(t, f) > 0 || lx.ImperativeOpeners.MatchAt(t, f) > 0;
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

        bool RelativeStandsAsDeadline(int k, int contentStart, Clause c)
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

        bool InsideTitle(int s, int k)
        {
            int open = t.LastIndexOf('《', k, k - s + 1 > 0 ? k - s + 1 : 0);
            return open >= 0 && t.IndexOf('》', open, k - open) < 0;
        }

        /// <summary>The main verb's object is the deliverable: "拿出…的差异化支持政策初稿" → 差异化支持政策初稿.</summary>
        void ReadAction(Clause c, int from, int e)
        {
            int firstAction = -1, firstActionLen = 0;
            for (int i = from; i < e; i++)
            {
                int dl = DeadlineAt(i, e);
                if (dl > i) { i = dl - 1; continue; }
                // "要高度重视…", "压实责任": an attitude, not the job; the job may still follow in the clause.
                int attitude = lx.AttitudePhrases.MatchAt(t.AsSpan(0, e), i);
                if (attitude > 0) { i += attitude - 1; continue; }
                if (t[i] is '将' or '把' && i + 1 < e)
                {
                    int objEnd = i + 1;
                    while (objEnd < e && lx.ReportTriggers.MatchAt(t, objEnd) == 0 && !(t[objEnd] == '纳' && t.AsSpan(objEnd).StartsWith("纳入"))) objEnd++;
                    if (objEnd < e && objEnd - i > 2)
                    {
                        SetDeliverable(c, i + 1, objEnd, 2);
                        c.HasAction = true;
                        c.Disposal = true;
                        return;
                    }
                }
                int len = lx.CompletionVerbs.MatchAt(t, i);
                if (len > 0 && !(len == 1 && i + 1 < e && ChineseText.IsHan(t[i + 1]) && lx.ActionVerbs.MatchAt(t, i) > 1))
                {
                    c.HasAction = true;
                    SetDeliverable(c, i + len, e, 2);
                    // "解决拖欠…问题" cut to "问题", "组建验收专班" to "专班": a bare head noun says too little; keep the verb.
                    if (c.Deliverable is { Length: < 4 } && e - i > len + 1) SetDeliverable(c, i, e, 2, headNoun: false);
                    // "加快推进国土空间规划编制": the verb ends the clause, so the phrase before it is the job.
                    if (c.Deliverable is null) SetDeliverable(c, firstAction >= 0 ? firstAction : from, i + len, 1);
                    return;
                }
                if (firstAction < 0 && (len = lx.ActionVerbs.MatchAt(t, i)) > 0) { firstAction = i; firstActionLen = len; }
            }
            if (firstAction >= 0)
            {
                c.HasAction = true;
                // "县财政局负责资金筹措": the object may come before its verb; start right after the role word then.
                int start = c.RoleWord && c.UnitsEnd > 0 && c.UnitsEnd < firstAction && lx.Adverbs.MatchAt(t, c.UnitsEnd) == 0 ? c.UnitsEnd : firstAction;
                SetDeliverable(c, start, e, 1);
            }
            else if (c.RoleWord && c.UnitsEnd > 0 && c.UnitsEnd < e) SetDeliverable(c, c.UnitsEnd, e, 1);
        }

        void SetDeliverable(Clause c, int s, int e, int rank, bool? headNoun = null)
        {
            var text = Deliverables.Clean(original, t, s, e, lx, headNoun: headNoun ?? rank == 2, unitAt: k => units.UnitAt(t, k, e, deadlineStarts) is not null);
            if (text is null) return;
            c.Deliverable = text;
            c.DeliverableRank = rank;
        }

        /// <summary>"2024年，全县共实施…" in a 2025 meeting: a look back, not an assignment.</summary>
        bool OpensWithPastYear(int ss, int se)
        {
            int k = SkipSpace(ss, se);
            if (reference is not { } r || k + 5 > se || t[k + 4] != '年') return false;
            if (!int.TryParse(t.AsSpan(k, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year)) return false;
            // "2024年底前…" is a deadline, not a look back.
            return year < r.Year && lx.VagueDeadlines.MatchAt(t, k + 5) == 0 && !deadlineStarts.Contains(k);
        }

        /// <summary>
        /// A clause that tells what was done: a narrative marker (已经, 累计, 截至目前), 共/已 before a verb, or 了 after
        /// one. Each counts only as the clause's own predicate: not after a modal ("要把已经下达的资金…") and not
        /// inside a 的-phrase ("已完成整改的项目"), so a word never deletes a directive that merely contains it.
        /// </summary>
        bool IsNarrative(int s, int e)
        {
            if (MarkerCounts(lx.NarrativeMarkers, s, e)) return true;
            for (int k = s; k + 1 < e; k++)
                if (t[k] is '共' or '已' && (lx.ActionVerbs.MatchAt(t, k + 1) > 0 || lx.CompletionVerbs.MatchAt(t, k + 1) > 0) && Predicative(s, k, k + 2, e)) return true;
            for (int k = s + 1; k < e; k++)
            {
                if (t[k] != '了') continue;
                char before = t[k - 1], after = k + 1 < e ? t[k + 1] : ' ';
                if (before is '为' or '除' or '不' || after is '解' or '结') continue;
                if (ChineseText.IsHan(before) && Predicative(s, k, k + 1, e)) return true;
            }
            return false;
        }

        /// <summary>A word of <paramref name="words"/> in the clause that stands as its predicate (see <see cref="Predicative"/>).</summary>
        bool MarkerCounts(PhraseSet words, int s, int e)
        {
            for (int k = s; k < e; k++)
            {
                int len = words.MatchAt(t.AsSpan(0, e), k);
                if (len > 0 && Predicative(s, k, k + len, e)) return true;
            }
            return false;
        }

        /// <summary>No modal before the word in its clause, and no 的 right after it: the word is what the clause says.</summary>
        bool Predicative(int s, int at, int end, int e)
        {
            for (int k = s; k < at; k++)
                if (SentenceView.ModalAt(t, k, at, lx) > 0) return false;
            for (int k = end; k < Math.Min(e, end + 6); k++)
                if (t[k] == '的') return false;
            return true;
        }

        /// <summary>"现将有关事项通知如下", "请遵照执行": a transmittal formula opens or closes its clause.</summary>
        bool IsTransmittal(int p, int e)
        {
            if (lx.TransmittalMarkers.MatchAt(t.AsSpan(0, e), p) > 0) return true;
            int end = e;
            while (end > p && (t[end - 1] is ' ' or '。' or '!' or ',')) end--;
            return lx.TransmittalMarkers.MatchEndingAt(t, end, p) > 0;
        }

        int SkipSpace(int i, int e)
        {
            while (i < e && (char.IsWhiteSpace(t[i]) || t[i] is ',' or ':' or ';' or '、')) i++;
            return i;
        }

        // ---- items whose units sit in a block: "(区发改局牵头，区财政局配合)", "责任单位：…", table cells ----

        void ParseBlockItem(int s, int e, Blocks blocks)
        {
            var d = new Draft(s) { End = e, FromBlock = true, Supervisor = blocks.Supervisor is { } sup ? original.Substring(sup.Start, sup.End - sup.Start) : null };
            d.Lead.AddRange(blocks.Lead);
            d.Co.AddRange(blocks.Co);
            // The deadline: a 完成时限 label first, else the first deadline phrase of the item that stands as one.
            foreach (var dl in deadlines)
            {
                if (dl.Kind == DeadlineKind.RecurrenceStart || dl.Invalid) continue;
                if (dl.Kind == DeadlineKind.Vague) { d.Vague ??= dl; continue; }
                if (dl.IsRelative && !blocks.InDeadlineCell(dl.Start) && !RelativeStandsAsDeadline(dl.Start, SentenceStartOf(dl.Start, s), new Clause(s, e))) continue;
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
                        ReadAction(c, Math.Min(due.End, ce), ce);
                        if (c.Deliverable is not null && c.DeliverableRank == 2) d.Deliverable = c.Deliverable;
                    }
            foreach (var (ss, se) in Segmenter.Sentences(t, s, e, blocks.Ranges))
            {
                if (d.Deliverable is not null) break;
                var c = new Clause(ss, se);
                ReadAction(c, SkipSpace(ss, se), se);
                if (c.Deliverable is not null && c.DeliverableRank == 2) { d.Deliverable = c.Deliverable; break; }
                d.Deliverable ??= Deliverables.Clean(original, t, SkipSpace(ss, se), se, lx);
                break;
            }
            Emit(d);
        }

        int SentenceStartOf(int k, int s)
        {
            for (int j = k - 1; j >= s; j--)
                if (t[j] is '。' or ';' or '!' or '?' or ',' or '\n') return j + 1;
            return s;
        }

        // ---- output --------------------------------------------------------------------------------

        void Emit(Draft d)
        {
            if (results.Count >= MaxTasks) return;
            // Rule NothingToDo: units told only to care ("各部门要高度重视…") or merely listed hand nothing over.
            if (!d.FromBlock && !d.HasWork && d.Vague is null) return;
            if (d.Lead.Count == 0 && d.CoByCooperation)
            {
                // "各级各部门要协同配合…" with nobody else named: the helpers are the ones who must act.
                d.Lead.AddRange(d.Co);
                d.Co.Clear();
            }
            var lead = Distinct(d.Lead, null);
            var co = Distinct(d.Co, lead);
            var warnings = new List<ParseWarning>();
            var generic = new List<string>();
            foreach (var u in d.Lead.Concat(d.Co))
                if (u.Generic) generic.Add(Surface(u));
            foreach (var g in generic.Distinct())
                warnings.Add(new(WarningCodes.GenericUnit, $"「{g}」是泛指单位，交办前请指定具体单位"));
            if (lead.Count == 0) warnings.Add(new(WarningCodes.NoUnit, "未识别到牵头单位，交办前请指定"));
            if (lx.HasDirectory)
                foreach (var u in lead.Concat(co))
                    if (!lx.KnownUnits.Contains(u) && !generic.Contains(u))
                        warnings.Add(new(WarningCodes.UnknownUnit, $"「{u}」不在单位名录中"));

            DateOnly? date = d.Deadline?.Date;
            string? deadlineText = d.Deadline is { } dl ? Cut(dl.TextStart, dl.End) : d.Vague is { } v ? Cut(v.Start, v.End) : null;
            if (d.Deadline is { } m)
            {
                if (m.Date is null && m.NeedsReference)
                    warnings.Add(new(WarningCodes.DeadlineUnresolved, $"期限「{deadlineText}」缺少参照日期，无法换算为具体日期"));
                if (m.Provisional)
                    warnings.Add(new(WarningCodes.ProvisionalCalendar, $"{date?.Year}年的国务院放假安排尚未收录，期限按法定节假日推算（临时日历），请核对"));
                if (m.Recurrence is { } rec)
                    warnings.Add(new(WarningCodes.Recurring, date is { } first ? $"周期性任务（{rec}），首次期限为{first:yyyy-MM-dd}" : $"周期性任务（{rec}）"));
            }
            else if (d.Vague is not null)
                warnings.Add(new(WarningCodes.DeadlineVague, $"期限「{deadlineText}」没有具体日期，交办前请确定"));

            double confidence = 0.35
                + (lead.Count > 0 ? 0.25 : 0)
                + (date is not null ? 0.2 : d.Deadline is null && d.Vague is null ? 0.05 : 0)
                + (d.Deliverable is not null ? 0.1 : 0)
                + (d.FromBlock ? 0.05 : 0)
                - (generic.Count > 0 ? 0.1 : 0);
            results.Add(new ParsedTask(lead, co, d.Supervisor, date, deadlineText, d.Deadline?.Recurrence,
                d.Deliverable, new TextSpan(d.Start, d.End - d.Start), Math.Round(Math.Clamp(confidence, 0.05, 0.99), 2), warnings)
            {
                GenericUnits = generic.Distinct().ToList(),
            });
        }

        List<string> Distinct(List<UnitHit> hits, List<string>? exclude)
        {
            var list = new List<string>(hits.Count);
            foreach (var h in hits)
            {
                var s = Surface(h);
                if (s.Length > 0 && !list.Contains(s) && (exclude is null || !exclude.Contains(s))) list.Add(s);
            }
            return list;
        }

        string Surface(UnitHit h) => original.Substring(h.Start, h.End - h.Start).Trim();
        string Cut(int s, int e) => original.Substring(s, e - s);
    }
}
