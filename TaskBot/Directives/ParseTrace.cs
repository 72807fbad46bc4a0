using System.Globalization;
using System.Text;
using TaskBot.Directives.Stages;

namespace TaskBot.Directives;

/// <summary>A named rule that fired: <see cref="Kind"/> is sentence, deadline, grouping or task; <see cref="Where"/> says on what.</summary>
public sealed record RuleFiring(string Kind, string Rule, string Where);

/// <summary>
/// What each stage of one parse produced and which named rules fired, for `parse --explain`. Filled by the stages
/// only when a trace is given (<see cref="DirectiveParser.Explain"/>); the bot's parses carry none.
/// </summary>
public sealed class ParseTrace
{
    public const string Sentence = "sentence", Deadline = "deadline", Grouping = "grouping", Task = "task";

    readonly List<string> _items = [], _clauses = [], _deadlines = [], _grouping = [], _tasks = [];
    readonly List<RuleFiring> _fired = [];
    readonly Dictionary<object, string> _labels = new(ReferenceEqualityComparer.Instance);
    int _drafts, _lastSentenceKey = -1, _clauseNo;

    /// <summary>Every rule that fired, in order.</summary>
    public IReadOnlyList<RuleFiring> Fired => _fired;
    /// <summary>Stage 1: items, blocks, sentences and the sentence rules that set a sentence aside.</summary>
    public IReadOnlyList<string> Items => _items;
    /// <summary>Stage 2: each clause as read.</summary>
    public IReadOnlyList<string> Clauses => _clauses;
    /// <summary>Stage 3: the deadline phrases the deadline rules found, and the clause each was placed on.</summary>
    public IReadOnlyList<string> Deadlines => _deadlines;
    /// <summary>Stage 4: the grouping rules that fired, clause by clause.</summary>
    public IReadOnlyList<string> GroupingSteps => _grouping;
    /// <summary>Stage 5: the tasks built (and the drafts dropped).</summary>
    public IReadOnlyList<string> Tasks => _tasks;

    static string Clip(string s, int max = 40)
    {
        s = s.Replace('\n', ' ').Trim();
        return s.Length <= max ? s : s[..max] + "…";
    }

    static string Units(Reading r, List<UnitHit> hits) => string.Join("、", hits.Select(r.Surface));

    internal void ItemRead(Reading r, Item item)
    {
        var line = new StringBuilder($"条目 {item.No}「{Clip(r.Cut(item.Start, item.End))}」");
        if (item.InDecisions) line.Append(" 〔会议议定部分〕");
        if (item.Blocks.HasRoles)
            line.Append($" 区块：牵头[{Units(r, item.Blocks.Lead)}] 配合[{Units(r, item.Blocks.Co)}]");
        _items.Add(line.ToString());
        foreach (var d in r.Deadlines)
        {
            string date = d.Date is { } x ? x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.Invalid ? "无效日期" : "无具体日期";
            _deadlines.Add($"条目 {item.No}「{r.Cut(d.Start, d.End)}」 期限规则 {d.Rule}（{d.Kind}）→ {date}");
            _fired.Add(new(Deadline, d.Rule, r.Cut(d.Start, d.End)));
        }
    }

    internal void SentenceRead(Reading r, Item item, Stages.Sentence s)
    {
        var line = $"  句子 {item.No}.{s.No}「{Clip(r.Cut(s.Start, s.End), 60)}」";
        if (s.SkippedBy is { } rule)
        {
            line += s.Hollow ? $" → 句子规则 {rule}：不交办任何事项，只读出单位（后句的主语）" : $" → 句子规则 {rule}：不交办任何事项，不再往下读";
            _fired.Add(new(Sentence, rule, $"{item.No}.{s.No}"));
        }
        _items.Add(line);
    }

    internal void ClauseRead(Reading r, Item item, Stages.Sentence s, Clause c)
    {
        int key = item.No * 100_000 + s.No;
        if (key != _lastSentenceKey) { _lastSentenceKey = key; _clauseNo = 0; }
        var label = $"{item.No}.{s.No}.{++_clauseNo}";
        _labels[c] = label;
        var line = new StringBuilder($"分句 {label}「{Clip(r.Cut(c.Start, c.End))}」");
        if (c.Skip) { _clauses.Add(line.Append(" 跳过（叙述、罚则、转发语或条件）").ToString()); return; }
        if (c.Lead.Count > 0) line.Append($" 牵头[{Units(r, c.Lead)}]");
        if (c.Co.Count > 0) line.Append($" 配合[{Units(r, c.Co)}]");
        if (c.Supervisor is not null) line.Append($" 督办[{c.Supervisor}]");
        if (c.Deliverable is not null) line.Append($" 事项«{c.Deliverable}»");
        var marks = new List<string>();
        if (c.HasAction) marks.Add("有动作");
        if (c.RoleWord) marks.Add("角色词");
        if (c.Cue) marks.Add("提示语");
        if (c.Statement) marks.Add("陈述");
        if (c.Imperative) marks.Add("祈使");
        if (c.ModalOpen) marks.Add("情态开头");
        if (c.ModalWork) marks.Add("单位+情态");
        if (c.Commanded) marks.Add("单位+命令动词");
        if (c.Exhorted) marks.Add("劝勉");
        if (c.Addressed) marks.Add("受令单位");
        if (c.Disposal) marks.Add("将/把");
        if (c.Also) marks.Add("同时");
        if (c.Purpose) marks.Add("目的");
        if (c.BareUnits) marks.Add("仅单位");
        if (c.CoByCooperation) marks.Add("配合者");
        if (marks.Count > 0) line.Append(" {").Append(string.Join(" ", marks)).Append('}');
        _clauses.Add(line.ToString());
    }

    internal void DeadlinePlaced(Reading r, Clause c, DeadlineMatch d, bool vague)
    {
        var label = _labels.TryGetValue(c, out var l) ? l : "?";
        _deadlines.Add($"分句 {label} 的{(vague ? "模糊期限" : "期限")}：「{r.Cut(d.TextStart, d.End)}」（规则 {d.Rule}）");
    }

    string DraftLabel(Draft d)
    {
        if (!_labels.TryGetValue(d, out var l)) _labels[d] = l = $"草稿 D{++_drafts}";
        return l;
    }

    internal void GroupingFired(GroupingRule rule, Clause? c, Stages.Grouping g)
    {
        string where = c is not null && _labels.TryGetValue(c, out var l) ? $"分句 {l}"
            : rule.Step == GroupingStep.SentenceEnd ? $"句子 {g.Item.No}.{g.SentenceNo} 结束时"
            : rule.Step == GroupingStep.ItemEnd ? $"条目 {g.Item.No} 结束时"
            : $"条目 {g.Item.No}";
        string outcome = rule.Step switch
        {
            GroupingStep.SetAside => "（本分句暂不归入任务）",
            GroupingStep.Complete => "（补全本分句）",
            GroupingStep.SentenceEnd or GroupingStep.ItemEnd => $"（此后草稿：{(g.Drafts.Count > 0 ? string.Join("、", g.Drafts.Select(DraftLabel)) : "无")}）",
            _ => g.Cur is { } cur ? $" → {DraftLabel(cur)}" : "（未归入任务）",
        };
        _grouping.Add($"{where} 分组规则 {rule.Name}{outcome}");
        _fired.Add(new(Grouping, rule.Name, where));
    }

    internal void TaskDropped(Draft d, string rule)
    {
        _tasks.Add($"{DraftLabel(d)} → 任务生成规则 {rule}：没有要交办的事，不生成任务");
        _fired.Add(new(Task, rule, DraftLabel(d)));
    }

    /// <summary>A task rule that changed the tasks built before <paramref name="d"/> and kept it (rule RecapThenReport).</summary>
    internal void TaskRuleFired(Draft d, string rule, string what)
    {
        _tasks.Add($"{DraftLabel(d)} → 任务生成规则 {rule}：{what}");
        _fired.Add(new(Task, rule, DraftLabel(d)));
    }

    internal void TaskBuilt(Draft d, ParsedTask t) =>
        _tasks.Add($"{DraftLabel(d)} → 任务：牵头[{string.Join("、", t.Lead)}] 配合[{string.Join("、", t.Co)}]"
                   + (t.Supervisor is null ? "" : $" 督办[{t.Supervisor}]")
                   + $" 期限 {(t.Deadline is { } x ? x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "（待定）")}"
                   + (t.DeadlineText is null ? "" : $"「{t.DeadlineText}」")
                   + $" 事项«{t.Deliverable ?? "（未识别）"}»");
}

/// <summary>A parse with its trace: `parse --explain`.</summary>
public sealed record ParseExplanation(DateOnly? Reference, bool ReferenceStated, IReadOnlyList<ParsedTask> Tasks, ParseTrace Trace)
{
    /// <summary>The rules of one kind (<see cref="ParseTrace.Sentence"/>, …) that fired, by name, each once, in order.</summary>
    public IReadOnlyList<string> RulesFired(string kind) => [.. Trace.Fired.Where(f => f.Kind == kind).Select(f => f.Rule).Distinct()];

    /// <summary>The explanation as text, stage by stage, in Chinese.</summary>
    public string Render()
    {
        var sb = new StringBuilder();
        sb.Append("参照日期：").Append(Reference is { } r ? r.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (ReferenceStated ? "（文中所述会议日期）" : "（给定日期）") : "（未给，相对期限不换算）").Append('\n');
        Section(sb, "一、条目与句子（ItemStage；句子规则 SentenceRules）", Trace.Items);
        Section(sb, "二、分句解读（ClauseReader）", Trace.Clauses);
        Section(sb, "三、期限（期限规则 DeadlineGrammar；落位 DeadlinePlacement）", Trace.Deadlines);
        Section(sb, "四、分组（分组规则 GroupingRules）", Trace.GroupingSteps);
        Section(sb, "五、任务生成（TaskBuilder）", Trace.Tasks);
        sb.Append("\n触发的规则\n");
        foreach (var (kind, name) in new[] { (ParseTrace.Sentence, "句子规则"), (ParseTrace.Deadline, "期限规则"), (ParseTrace.Grouping, "分组规则"), (ParseTrace.Task, "任务生成规则") })
        {
            var fired = RulesFired(kind);
            sb.Append("  ").Append(name).Append('：').Append(fired.Count > 0 ? string.Join("、", fired) : "（无）").Append('\n');
        }
        sb.Append($"\n共 {Tasks.Count} 项任务。\n");
        return sb.ToString();
    }

    static void Section(StringBuilder sb, string title, IReadOnlyList<string> lines)
    {
        sb.Append('\n').Append(title).Append('\n');
        if (lines.Count == 0) sb.Append("  （无）\n");
        foreach (var l in lines) sb.Append("  ").Append(l).Append('\n');
    }
}
