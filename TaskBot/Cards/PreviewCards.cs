using TaskBot.Assignments;
using TaskBot.Directory;
using TaskBot.Tasks;
using static TaskBot.Cards.CardContract;

namespace TaskBot.Cards;

/// <summary>The leader's preview (every field editable), and what replaces it once dispatched or cancelled.</summary>
public static class PreviewCards
{
    /// <summary>Room for the title, the page line, an error banner and the buttons.</summary>
    private const int Overhead = 5_000;
    /// <summary>原文 on the card is cut here; the whole text is kept with the preview and the task.</summary>
    public const int MaxSourceOnCard = 300;

    /// <summary>
    /// The preview, one page of it: a long text (会议纪要 with dozens of items) is cut into pages that each stay under
    /// <see cref="AdaptiveCard.MaxBytes"/>, with 上一页 / 下一页 (which keep the page's edits) and, on every page, one
    /// 确认交办 that dispatches all items of all pages.
    /// </summary>
    public static AdaptiveCard Preview(Preview preview, UnitDirectory directory, IReadOnlyList<string>? errors = null, int page = 0)
    {
        var units = directory.Units.Select(u => new Choice(u.Name, u.Name)).ToList();
        var pages = Pages(preview, units);
        page = Math.Clamp(page, 0, pages.Count - 1);
        var (first, count) = pages[page];
        var body = new List<CardElement>
        {
            new TextBlock(Md.Literal(preview.SourceFile is null ? "督办事项预览" : "任务分工表预览")) { Size = TextSize.Large, Bold = true },
        };
        if (preview.SourceFile is not null)
        {
            var (tasks, unitCount, incomplete) = ImportCounts(preview);
            body.Add(new TextBlock(Md.Of($"「{preview.SourceFile}」：{tasks} 项任务，{unitCount} 个单位，{incomplete} 项待补全")) { Bold = true, Color = incomplete > 0 ? TextColor.Warning : TextColor.Good });
            if (incomplete > 0)
                body.Add(new TextBlock(Md.Literal("待补全的任务标有「待补全」：请为表中未写明或名录中没有的单位选择具体单位，并为没有具体日期的任务填写完成时限，然后再点「确认交办」。")) { Subtle = true });
        }
        body.AddRange(new List<CardElement>
        {
            new TextBlock(Md.Of($"识别到 {preview.Items.Count} 项任务（参照日期 {CardDates.WithWeekday(preview.ReferenceDate)}，{ReferenceOrigin(preview)}）。请核对、修改后点「确认交办」。")) { Subtle = true },
        });
        if (pages.Count > 1)
            body.Add(new TextBlock(Md.Of($"第 {page + 1}/{pages.Count} 页：任务 {first + 1}–{first + count}。翻页会保留本页的修改；「确认交办」交办全部 {preview.Items.Count} 项。")) { Color = TextColor.Accent });
        if (errors is { Count: > 0 }) body.Add(Banner(errors.Take(10).Concat(errors.Count > 10 ? [$"另有 {errors.Count - 10} 处需要修改。"] : []), ContainerStyle.Attention));
        for (var i = first; i < first + count; i++) body.Add(Section(i, preview.Items[i], units, preview.SourceFile is not null));
        var actions = new List<CardAction>();
        if (page > 0) actions.Add(new ExecuteAction("上一页", Verbs.PreviewPage, PageData(preview, page - 1)));
        if (page < pages.Count - 1) actions.Add(new ExecuteAction("下一页", Verbs.PreviewPage, PageData(preview, page + 1)));
        actions.Add(new ExecuteAction("确认交办", Verbs.Dispatch, PreviewData(preview.Id, preview.Version)) { Style = ActionStyle.Positive });
        actions.Add(new ExecuteAction("取消", Verbs.CancelPreview, PreviewData(preview.Id, preview.Version)) { SendsInputs = false });
        return new AdaptiveCard(body, actions);
    }

    private static System.Text.Json.Nodes.JsonObject PageData(Preview preview, int page)
    {
        var data = PreviewData(preview.Id, preview.Version);
        data[PageKey] = page;
        return data;
    }

    /// <summary>The items of each page (first index, count), packed by the size of their sections.</summary>
    public static IReadOnlyList<(int First, int Count)> Pages(Preview preview, UnitDirectory directory) =>
        Pages(preview, directory.Units.Select(u => new Choice(u.Name, u.Name)).ToList());

    private static List<(int First, int Count)> Pages(Preview preview, IReadOnlyList<Choice> units)
    {
        var pages = new List<(int, int)>();
        int first = 0, size = 0;
        for (var i = 0; i < preview.Items.Count; i++)
        {
            var section = AdaptiveCard.SizeOf(Section(i, preview.Items[i], units, preview.SourceFile is not null).ToJson());
            if (i > first && size + section > AdaptiveCard.MaxBytes - Overhead)
            {
                pages.Add((first, i - first));
                (first, size) = (i, 0);
            }
            size += section;
        }
        pages.Add((first, preview.Items.Count - first));
        return pages;
    }

    /// <summary>The page that shows item <paramref name="index"/>.</summary>
    public static int PageOf(Preview preview, UnitDirectory directory, int index)
    {
        var pages = Pages(preview, directory.Units.Select(u => new Choice(u.Name, u.Name)).ToList());
        var found = pages.FindIndex(p => index >= p.First && index < p.First + p.Count);
        return found < 0 ? 0 : found;
    }

    private static string ReferenceOrigin(Preview preview) => preview.SourceFile is null
        ? preview.ReferenceStated ? "即原文所载会议日期" : "即消息发送日期"
        : preview.ReferenceStated ? "即文件所载日期或年份" : "即消息发送日期";

    /// <summary>The figures an imported table's preview opens with: tasks, distinct units named, tasks to complete.</summary>
    public static (int Tasks, int Units, int Incomplete) ImportCounts(Preview preview)
    {
        var units = preview.Items.SelectMany(i => i.Lead.Concat(i.Co).Concat(i.Questions.Where(q => q.Surface != "（原文未指明）").Select(q => q.Surface))).Distinct().Count();
        return (preview.Items.Count, units, preview.Items.Count(NeedsCompleting));
    }

    /// <summary>A unit still to choose, or a deadline the table did not give.</summary>
    public static bool NeedsCompleting(PreviewItem item) => item.DeadlineDefaulted || item.Questions.Any(q => q.Chosen.Count == 0);

    private static Container Section(int i, PreviewItem item, IReadOnlyList<Choice> units, bool imported = false)
    {
        var items = new List<CardElement>
        {
            new TextBlock(Md.Of($"任务 {i + 1}{(imported && NeedsCompleting(item) ? "（待补全）" : "")}")) { Size = TextSize.Medium, Bold = true, Color = imported && NeedsCompleting(item) ? TextColor.Warning : TextColor.Default },
            new TextBlock(Md.Of($"原文：{Shorten(item.SourceText, MaxSourceOnCard)}")) { Subtle = true },
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
        // A table row without a readable date must be given one: its date input starts empty (Teams requires it).
        var mustDate = imported && item.DeadlineDefaulted;
        var deadlineNote = mustDate
            ? Md.Of($"表格中此行没有具体日期{(item.DeadlinePhrase is { Length: > 0 } p ? $"（原文「{p}」）" : "")}，请填写完成时限。")
            : item.DeadlineDefaulted
            ? item.DeadlinePhrase is { Length: > 0 } phrase
                ? Md.Of($"原文期限「{phrase}」没有具体日期，已按默认期限预填，请确认。")
                : Md.Literal("原文未写期限，已按默认期限预填，请确认。")
            : Md.Of($"完成时限 {CardDates.WithWeekday(item.Deadline)}，原文「{item.DeadlinePhrase ?? ""}」");
        items.Add(new TextBlock(deadlineNote) { Subtle = !item.DeadlineDefaulted, Color = item.DeadlineDefaulted ? TextColor.Warning : TextColor.Default });
        items.Add(new DateInput(Inputs.Deadline(i), "完成时限", mustDate ? null : item.Deadline) { Required = true, ErrorMessage = "请填写完成时限" });
        items.Add(new TextInput(Inputs.Deliverable(i), "交付成果", Md.Escape(item.Deliverable)) { Required = true, MaxLength = 500, ErrorMessage = "请填写交付成果" });
        items.Add(new TextInput(Inputs.Supervisor(i), "督办领导", item.Supervisor is null ? null : Md.Escape(item.Supervisor)) { MaxLength = 50, Placeholder = "可不填" });
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
        var size = 2_000;
        var shown = 0;
        foreach (var t in tasks)
        {
            var facts = new FactSet(
            [
                new(Md.Literal("编号"), Md.Of($"{t.Id}")),
                new(Md.Literal("交付成果"), Md.Of($"{t.Deliverable}")),
                new(Md.Literal("牵头单位"), Md.Of($"{string.Join("、", t.LeadUnits.Select(u => u.Unit))}")),
                new(Md.Literal("配合单位"), Md.Of($"{(t.CoLeadUnits.Any() ? string.Join("、", t.CoLeadUnits.Select(u => u.Unit)) : "无")}")),
                new(Md.Literal("完成时限"), Md.Of($"{CardDates.WithWeekday(t.Deadline.Date)}")),
            ]) { Separator = true };
            size += AdaptiveCard.SizeOf(facts.ToJson());
            if (size > AdaptiveCard.MaxBytes - 4_000) break;
            body.Add(facts);
            shown++;
        }
        if (shown < tasks.Count)
            body.Add(new TextBlock(Md.Of($"另有 {tasks.Count - shown} 项未列出，发送「我的任务」可查看全部。")) { Subtle = true });
        var style = tally.Unreachable.Count > 0 ? ContainerStyle.Warning : tally.Final ? ContainerStyle.Good : ContainerStyle.Accent;
        body.Add(Banner([tally.Line()], style));
        return new AdaptiveCard(body);
    }

    public static AdaptiveCard Notice(string title, string message, ContainerStyle style = ContainerStyle.Default) =>
        new([new Container([new TextBlock(Md.Of($"{title}")) { Size = TextSize.Medium, Bold = true }, new TextBlock(Md.Of($"{message}"))]) { Style = style }]);

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    internal static Container Banner(IEnumerable<string> lines, ContainerStyle style) =>
        new([.. lines.Select(l => (CardElement)new TextBlock(Md.Of($"{l}")))]) { Style = style };
}
