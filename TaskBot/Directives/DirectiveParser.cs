using TaskBot.Calendar;
using TaskBot.Directives.Stages;

namespace TaskBot.Directives;

/// <summary>
/// Reads tasks out of a leader's directive or a meeting's decisions, following
/// shared/notes/directive-conventions.md. The façade of five stages (TaskBot/Directives/Stages), each with one job:
/// <list type="number">
/// <item><see cref="ItemStage"/>: items (一、 / 1. / 一是 …), their deadline phrases and blocks, sentences, and the
/// sentences a <see cref="SentenceRules"/> rule sets aside;</item>
/// <item><see cref="ClauseReader"/>: each comma clause read for who (lead, co-lead, reported-to, supervisor), what
/// (the object of its main verb) and how it speaks;</item>
/// <item><see cref="DeadlinePlacement"/>: which deadline phrase (<see cref="DeadlineGrammar"/>) is the clause's deadline;</item>
/// <item><see cref="GroupingStage"/>: clauses grouped into tasks by the named <see cref="GroupingRules"/>;</item>
/// <item><see cref="TaskBuilder"/>: tasks with units, dates, warnings and confidence.</item>
/// </list>
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
        var stated = MeetingDate.Find(text is null ? null : PinyinAnnotations.Strip(text).Text, messageDate);
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
    internal IReadOnlyList<ParsedTask> ParseUnguarded(string? text, DateOnly? referenceDate, ParseTrace? trace = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        bool truncated = text.Length > MaxChars;
        var original = truncated ? text[..MaxChars] : text;
        IReadOnlyList<ParsedTask> tasks = Run(original, referenceDate, trace);
        if (truncated)
            tasks = tasks.Select(t => t with { Warnings = [.. t.Warnings, new(WarningCodes.Truncated, $"原文超过{MaxChars}字，只识别了前{MaxChars}字")] }).ToList();
        return tasks;
    }

    /// <summary>
    /// `parse --explain`: the same parse, with what each stage produced and which named rules fired (sentence,
    /// deadline, grouping and task-building rules), so that a wrong parse can be traced to a rule. Slower than
    /// <see cref="Parse"/> (it writes text for every step); for people, not for the bot. Unlike <see cref="Read"/> it
    /// lets a parser exception out: whoever traces a parse wants to see it.
    /// </summary>
    public ParseExplanation Explain(string? text, DateOnly? messageDate)
    {
        var stated = MeetingDate.Find(text is null ? null : PinyinAnnotations.Strip(text).Text, messageDate);
        var reference = stated ?? messageDate;
        var trace = new ParseTrace();
        var tasks = ParseUnguarded(text, reference, trace);
        return new ParseExplanation(reference, stated is not null, tasks, trace);
    }

    /// <summary>
    /// The five stages, item by item; a clause is read and its deadline placed before grouping sees it. The stages
    /// are structs over the one <see cref="Reading"/>: a parse allocates the reading and the grouping state, not an
    /// object per stage (allocation per sentence is a benchmark target, docs/benchmarks.md).
    /// </summary>
    List<ParsedTask> Run(string sent, DateOnly? reference, ParseTrace? trace)
    {
        // Rule PinyinAnnotationIsNoText: the grammar reads the text without the readings of mirror pages.
        var (original, sourceIndex) = PinyinAnnotations.Strip(sent);
        var r = new Reading(original, ChineseText.Fold(original), _lx, _units, _calendar, reference, trace)
        {
            Source = sourceIndex is null ? null : sent,
            SourceIndex = sourceIndex,
        };
        var items = new ItemStage(r);
        var reader = new ClauseReader(r);
        var placement = new DeadlinePlacement(r);
        var grouping = new GroupingStage(r);
        var builder = new TaskBuilder(r);
        var clauses = new List<(int Start, int End)>();   // one list, refilled for each sentence
        int itemNo = 0;
        foreach (var (s, e) in items.Items())
        {
            if (builder.Count >= TaskBuilder.MaxTasks) break;
            var item = items.Begin(s, e, ++itemNo);
            if (!grouping.BeginItem(item))
            {
                var ranges = items.SentenceRanges(item);
                for (int i = 0; i < ranges.Count; i++)
                {
                    var sentence = items.SentenceAt(item, ranges, i, grouping.ItemIsAskedEntry, grouping.ItemIsReportedEntry);
                    if (sentence.SkippedBy is not null && !sentence.Hollow)
                    {
                        // A set-aside sentence may still end what the sentences before spoke of (rule AgendaOpensNewMatter).
                        grouping.SetAside(sentence);
                        continue;
                    }
                    grouping.BeginSentence(sentence);
                    foreach (var (cs, ce) in placement.MilestoneClauses(placement.PeriodOpeningClauses(Segmenter.Clauses(r.T, sentence.Start, sentence.End, clauses))))
                    {
                        if (grouping.Full(builder.Count)) break;
                        var c = reader.Read(cs, ce);
                        if (sentence.Hollow) c.DoesNoWork();
                        trace?.ClauseRead(r, item, sentence, c);
                        placement.Place(c);
                        grouping.Clause(c);
                    }
                    grouping.EndSentence();
                }
            }
            var drafts = grouping.EndItem();
            placement.PlaceLabel(item, drafts);
            placement.PlaceSection(s, e, drafts);
            placement.PlaceColumnYear(item, drafts);
            placement.PlaceTargetsYear(drafts);
            placement.PlaceSteeredYear(drafts);
            foreach (var d in drafts)
            {
                // Rule RecapDatesWorkAbove: a sentence that only times the work above dates it and is no task itself.
                if (placement.RecapOfWorkAbove(d) is { } due && builder.DateUndated(due) > 0)
                {
                    trace?.TaskDropped(d, "RecapDatesWorkAbove");
                    continue;
                }
                // Rule RecapThenReport: "以上治理工作务必在6月30日前完成，并将结果及时上报…" dates the work above; the report stays a task.
                if (placement.RecapThenReport(d) is { } done && builder.DateUndated(done) > 0)
                {
                    // The date is the work's; a report with a time word of its own (及时上报) keeps that, not the date.
                    if (d.Vague is { } own && own.Start > done.End) d.Deadline = null;
                    trace?.TaskRuleFired(d, "RecapThenReport", "上文各项工作取此期限，本句的报送仍为任务");
                }
                // Rule RecapOfThisWorkDatesIt: "此工作于9月8日前完成" dates the work just asked for and is no task itself.
                if (placement.RecapOfThisWork(d) is { } recap && builder.DateLastUndated(recap.Due, s, recap.All) > 0)
                {
                    trace?.TaskDropped(d, "RecapOfThisWorkDatesIt");
                    continue;
                }
                // Rule HandInOfWorkAbove: "纸质版经部门负责人签字盖章后送至…" tells how the material just asked for is handed
                // in: no task of its own. Its date dates that task when it has none; a date of its own beside the task's
                // ("…2月3日前报送分管市领导，经分管市领导审核把关后于2月7日前报送市政府") is a second step, a task.
                if (builder.HasTaskSince(s) && placement.HandInOfWorkAbove(d)
                    && (d.Deadline is not { Date: not null } handIn || builder.DateLastUndated(handIn, s, all: false) > 0))
                {
                    trace?.TaskDropped(d, "HandInOfWorkAbove");
                    continue;
                }
                // Rule MaterialHandInDatesWorkAbove (twenty-second round): "中期检查材料请于7月16日前报送科研处" after an undated
                // task of the same units hands in what that task makes: its date dates the task, no task of its own.
                if (builder.HasTaskSince(s) && placement.MaterialHandedIn(d) && builder.LastHasUnits(d)
                    && builder.DateLastUndated(d.Deadline!, s, all: false) > 0)
                {
                    trace?.TaskDropped(d, "MaterialHandInDatesWorkAbove");
                    continue;
                }
                builder.Add(d);
            }
        }
        return builder.Tasks;
    }
}
