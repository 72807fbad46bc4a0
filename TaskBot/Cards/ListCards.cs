using TaskBot.Calendar;
using TaskBot.Directory;
using TaskBot.Tasks;

namespace TaskBot.Cards;

/// <summary>The answers to 我的任务, 本单位任务, 逾期任务, 任务 &lt;编号&gt; and 帮助 (周报 is the digest's card).</summary>
public static class ListCards
{
    /// <summary>Rows beyond this are counted, not shown: the card must stay readable on a phone.</summary>
    public const int MaxRows = 15;

    /// <summary>Tasks grouped red (overdue), yellow (due within 3 working days), then the rest, each by deadline.</summary>
    public static AdaptiveCard ByColour(string title, IReadOnlyList<DirectiveTask> tasks, DateOnly today, IWorkingDayCalendar calendar, string empty)
    {
        var body = new List<CardElement> { new TextBlock(Md.Of($"{title}（{tasks.Count} 项）")) { Size = TextSize.Large, Bold = true } };
        if (tasks.Count == 0) body.Add(new TextBlock(Md.Of($"{empty}")) { Subtle = true });
        var assessed = tasks.Select(t => (Task: t, A: DeadlineAssessment.Of(t, today, calendar))).ToList();
        var shown = 0;
        foreach (var (colour, heading) in new[] { (DeadlineColour.Red, "🔴 已逾期"), (DeadlineColour.Yellow, "🟡 即将到期（3 个工作日内）"), (DeadlineColour.Normal, "⚪ 正常") })
        {
            var group = assessed.Where(x => x.A.Colour == colour).OrderBy(x => x.Task.Deadline.Date).ThenBy(x => x.Task.Id).ToList();
            if (group.Count == 0) continue;
            body.Add(new TextBlock(Md.Of($"{heading}（{group.Count}）")) { Bold = true, Separator = true, Color = TaskCards.ColourOf(group[0].A) });
            foreach (var (task, a) in group)
            {
                if (shown++ >= MaxRows) break;
                body.Add(Row(task, a));
            }
        }
        if (tasks.Count > MaxRows)
            body.Add(new TextBlock(Md.Of($"另有 {tasks.Count - MaxRows} 项未显示，可发送「任务 编号」查看单项。")) { Subtle = true });
        return new AdaptiveCard(body);
    }

    private static TextBlock Row(DirectiveTask t, DeadlineAssessment a) =>
        new(Md.Of($"{t.Id}｜{PreviewText(t.Deliverable)}｜{string.Join("、", t.LeadUnits.Select(u => u.Unit))}牵头｜{TaskCards.DeadlineText(t, a)}｜{t.Status.Chinese()}"));

    private static string PreviewText(string s) => s.Length <= 30 ? s : s[..29] + "…";

    /// <summary>One task as the viewer sees it, followed by its full history.</summary>
    public static AdaptiveCard Detail(DirectiveTask task, IReadOnlyList<TaskEvent> history, Person viewer, DateOnly today,
        IWorkingDayCalendar calendar, UnitDirectory directory, string? viewerTeamsId)
    {
        var card = TaskCards.View(task, viewer, today, calendar, directory, null, viewerTeamsId);
        var body = card.Body.ToList();
        body.Add(new TextBlock(Md.Literal("办理记录")) { Bold = true, Separator = true });
        foreach (var e in history)
        {
            var unit = e.Unit is null ? "" : $"（{e.Unit}）";
            var changes = string.Join("；", e.Changes.Where(c => c.Field == "status" || c.Field == "deadline")
                .Select(c => $"{(c.Field == "status" ? "状态" : "期限")} {c.Before ?? "—"} → {c.After}"));
            var note = string.IsNullOrWhiteSpace(e.Note) ? "" : $"：{e.Note}";
            body.Add(new TextBlock(Md.Of($"{Assignments.ChinaTime.Show(e.At)}　{e.Actor.Name}{unit} {e.Action.Chinese()}{note}{(changes.Length > 0 ? $"（{changes}）" : "")}")) { Subtle = true });
        }
        return card with { Body = body };
    }

    public static AdaptiveCard Help(bool mayIssue) => new(
    [
        new TextBlock(Md.Literal("督办助手 · 使用说明")) { Size = TextSize.Large, Bold = true },
        new TextBlock(Md.Literal(mayIssue
            ? "**交办任务**：直接发送领导批示或会议纪要，例如「请县发改局牵头，县财政局配合，于3月底前完成项目资金方案」，或在私聊中发送任务分工表文件（.xlsx 或 .docx）。我会生成预览卡片，核对后点「确认交办」，各单位局长或联络员即收到任务。"
            : "**办理任务**：收到交办卡片后，可在卡片上签收、反馈进度、申请延期、报结或提出异议。")),
        new FactSet(
        [
            new(Md.Literal("我的任务"), Md.Literal("本单位待办的任务，按逾期（红）、临近（黄）、正常分组（my tasks）")),
            new(Md.Literal("本单位任务"), Md.Literal("本单位承办的全部未办结任务（unit tasks）")),
            new(Md.Literal("逾期任务"), Md.Literal("领导和督查室看全部，局长看本单位（overdue）")),
            new(Md.Literal("任务 DB-2026-000123"), Md.Literal("查看单项任务及全部办理记录（task）")),
            .. (IEnumerable<Fact>)(mayIssue ? [new(Md.Literal("周报"), Md.Literal("逾期周报：各单位逾期、临近和未签收情况及按期率，仅发给您（digest）"))] : []),
            new(Md.Literal("导出台账"), Md.Literal(mayIssue ? "导出督办台账 Excel 文件，可加「本月」「逾期」或单位名称（export）" : "导出本单位的督办台账 Excel 文件（export）")),
            new(Md.Literal("榜单"), Md.Literal("揭榜挂帅：报名中和待选定的榜单、报名截止日期和揭榜数量（open calls）")),
            .. (IEnumerable<Fact>)(mayIssue ? [new(Md.Literal("发布榜单 …"), Md.Literal("发布揭榜挂帅榜单：写明攻关目标、报名截止、项目周期和支持，核对预览后点「发布」"))] : []),
            new(Md.Literal("帮助"), Md.Literal("显示本说明（help）")),
        ]),
        new TextBlock(Md.Literal("在群聊和频道中，请先 @督办助手 再发送。")) { Subtle = true },
    ]);
}
