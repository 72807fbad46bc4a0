using TaskBot.Assignments;
using TaskBot.Directory;
using TaskBot.Tasks;
using static TaskBot.Cards.CardContract;

namespace TaskBot.Cards;

/// <summary>The leader's preview (every field editable), and what replaces it once dispatched or cancelled.</summary>
public static class PreviewCards
{
    public static AdaptiveCard Preview(Preview preview, UnitDirectory directory, IReadOnlyList<string>? errors = null)
    {
        var body = new List<CardElement>
        {
            new TextBlock(Md.Literal("督办事项预览")) { Size = TextSize.Large, Bold = true },
            new TextBlock(Md.Of($"识别到 {preview.Items.Count} 项任务（参照日期 {CardDates.WithWeekday(preview.ReferenceDate)}）。请核对、修改后点「确认交办」。")) { Subtle = true },
        };
        if (errors is { Count: > 0 }) body.Add(Banner(errors, ContainerStyle.Attention));
        var units = directory.Units.Select(u => new Choice(u.Name, u.Name)).ToList();
        for (var i = 0; i < preview.Items.Count; i++) body.Add(Section(i, preview.Items[i], units));
        return new AdaptiveCard(body,
        [
            new ExecuteAction("确认交办", Verbs.Dispatch, PreviewData(preview.Id, preview.Version)) { Style = ActionStyle.Positive },
            new ExecuteAction("取消", Verbs.CancelPreview, PreviewData(preview.Id, preview.Version)) { SendsInputs = false },
        ]);
    }

    private static Container Section(int i, PreviewItem item, IReadOnlyList<Choice> units)
    {
        var items = new List<CardElement>
        {
            new TextBlock(Md.Of($"任务 {i + 1}")) { Size = TextSize.Medium, Bold = true },
            new TextBlock(Md.Of($"原文：{item.SourceText}")) { Subtle = true },
            new ChoiceInput(Inputs.Lead(i), "牵头单位", units, item.Lead) { MultiSelect = true },
            new ChoiceInput(Inputs.Co(i), "配合单位", units, item.Co) { MultiSelect = true },
        };
        for (var q = 0; q < item.Questions.Count; q++)
        {
            var question = item.Questions[q];
            var role = question.Role == UnitRole.Lead ? "牵头" : "配合";
            items.Add(new ChoiceInput(Inputs.Pick(i, q), $"「{question.Surface}」需指定具体{role}单位",
                question.Candidates.Select(c => new Choice(c, c)).ToList(), question.Chosen)
            { MultiSelect = true, Required = true, ErrorMessage = $"请为「{question.Surface}」选择具体单位" });
        }
        var deadlineNote = item.DeadlineDefaulted
            ? item.DeadlinePhrase is { Length: > 0 } phrase
                ? Md.Of($"原文期限「{phrase}」没有具体日期，已按默认期限预填，请确认。")
                : Md.Literal("原文未写期限，已按默认期限预填，请确认。")
            : Md.Of($"完成时限 {CardDates.WithWeekday(item.Deadline)}，原文「{item.DeadlinePhrase ?? ""}」");
        items.Add(new TextBlock(deadlineNote) { Subtle = !item.DeadlineDefaulted, Color = item.DeadlineDefaulted ? TextColor.Warning : TextColor.Default });
        items.Add(new DateInput(Inputs.Deadline(i), "完成时限", item.Deadline) { Required = true, ErrorMessage = "请填写完成时限" });
        items.Add(new TextInput(Inputs.Deliverable(i), "交付成果", item.Deliverable) { Required = true, MaxLength = 500, ErrorMessage = "请填写交付成果" });
        items.Add(new TextInput(Inputs.Supervisor(i), "督办领导", item.Supervisor) { MaxLength = 50, Placeholder = "可不填" });
        foreach (var note in item.Notes) items.Add(new TextBlock(Md.Of($"提示：{note}")) { Color = TextColor.Warning });
        items.Add(new ToggleInput(Inputs.Include(i), "是否交办", "交办此项", item.Include));
        return new Container(items) { Separator = true, Style = ContainerStyle.Emphasis };
    }

    /// <summary>Read-only: what was created, and where its assignment cards stand (what is known, nothing more).</summary>
    public static AdaptiveCard Dispatched(IReadOnlyList<DirectiveTask> tasks, Assignments.DeliveryTally tally)
    {
        var body = new List<CardElement>
        {
            new TextBlock(Md.Of($"已交办 {tasks.Count} 项任务")) { Size = TextSize.Large, Bold = true, Color = TextColor.Good },
        };
        foreach (var t in tasks)
            body.Add(new FactSet(
            [
                new(Md.Literal("编号"), Md.Of($"{t.Id}")),
                new(Md.Literal("交付成果"), Md.Of($"{t.Deliverable}")),
                new(Md.Literal("牵头单位"), Md.Of($"{string.Join("、", t.LeadUnits.Select(u => u.Unit))}")),
                new(Md.Literal("配合单位"), Md.Of($"{(t.CoLeadUnits.Any() ? string.Join("、", t.CoLeadUnits.Select(u => u.Unit)) : "无")}")),
                new(Md.Literal("完成时限"), Md.Of($"{CardDates.WithWeekday(t.Deadline.Date)}")),
            ]) { Separator = true });
        var style = tally.Unreachable.Count > 0 ? ContainerStyle.Warning : tally.Final ? ContainerStyle.Good : ContainerStyle.Accent;
        body.Add(Banner([tally.Line()], style));
        return new AdaptiveCard(body);
    }

    public static AdaptiveCard Notice(string title, string message, ContainerStyle style = ContainerStyle.Default) =>
        new([new Container([new TextBlock(Md.Of($"{title}")) { Size = TextSize.Medium, Bold = true }, new TextBlock(Md.Of($"{message}"))]) { Style = style }]);

    internal static Container Banner(IEnumerable<string> lines, ContainerStyle style) =>
        new([.. lines.Select(l => (CardElement)new TextBlock(Md.Of($"{l}")))]) { Style = style };
}
