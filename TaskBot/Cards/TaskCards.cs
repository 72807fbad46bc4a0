using TaskBot.Calendar;
using TaskBot.Directory;
using TaskBot.Tasks;
using static TaskBot.Cards.CardContract;

namespace TaskBot.Cards;

/// <summary>A message at the top of a task card: what just happened, or why an action was refused.</summary>
public sealed record CardBanner(string Text, ContainerStyle Style)
{
    public static CardBanner Done(string text) => new(text, ContainerStyle.Good);
    public static CardBanner Refused(string text) => new(text, ContainerStyle.Attention);
    public static CardBanner Info(string text) => new(text, ContainerStyle.Accent);
}

/// <summary>
/// One task as a given person sees it. A chief or liaison of a unit on the task gets the assignment card with the
/// buttons their unit may use now (签收, 反馈进度, 申请延期, 报结, 有异议); a leader or the 督查室 gets the decision the
/// task waits for (approve/deny an extension, 确认办结 / 退回重办, 驳回异议 / 调整交办 after a unit's objection). Anyone else sees it
/// read-only. The same function draws the card after every action, so buttons that no longer apply vanish.
/// </summary>
public static class TaskCards
{
    public static AdaptiveCard View(DirectiveTask task, Person? viewer, DateOnly today, IWorkingDayCalendar calendar,
        UnitDirectory directory, CardBanner? banner = null, string? viewerTeamsId = null)
    {
        var body = new List<CardElement>();
        if (banner is not null) body.Add(PreviewCards.Banner([banner.Text], banner.Style));
        var unit = viewer?.Unit is { } u ? task.UnitNamed(u) : null;
        var mark = unit is null ? "" : unit.Role == UnitRole.Lead ? "【牵头】" : "【配合】";
        var assessment = DeadlineAssessment.Of(task, today, calendar);
        body.Add(new TextBlock(Md.Of($"{mark}督办任务 {task.Id}")) { Size = TextSize.Large, Bold = true, Color = ColourOf(assessment) });
        body.Add(Facts(task, assessment));
        body.AddRange(UnitLines(task));
        body.AddRange(Details(task));

        var actions = new List<CardAction>();
        if (unit is not null) actions.AddRange(UnitActions(task, unit, withObjection: true));
        else if (viewer is { MayIssue: true } && TaskLifecycle.MayDecide(viewer, task)) actions.AddRange(LeaderActions(task, directory));
        if (task.Submission?.Link is { } link && Uri.TryCreate(link, UriKind.Absolute, out var url) && url.Scheme is "https" or "http")
            actions.Add(new OpenUrlAction("查看报结材料", url));
        return new AdaptiveCard(body, actions)
        {
            Refresh = new ExecuteAction("刷新", Verbs.Refresh, TaskData(task.Id.ToString(), task.Version)),
            RefreshUserIds = viewerTeamsId is null ? null : [viewerTeamsId],
        };
    }

    public static TextColor ColourOf(DeadlineAssessment a) => a.Colour switch
    {
        DeadlineColour.Red => TextColor.Attention,
        DeadlineColour.Yellow => TextColor.Warning,
        _ => TextColor.Default,
    };

    public static string DeadlineText(DirectiveTask task, DeadlineAssessment a) =>
        $"{CardDates.WithWeekday(task.Deadline.Date)}" + (!task.Status.CanBeOverdue() ? "" :
            a.IsOverdue ? $"，已逾期 {Math.Max(a.WorkingDaysOverdue, 0)} 个工作日" : $"，剩余 {a.WorkingDaysLeft} 个工作日");

    private static FactSet Facts(DirectiveTask task, DeadlineAssessment a) => new(
    [
        new(Md.Literal("交付成果"), Md.Of($"{task.Deliverable}")),
        new(Md.Literal("原文"), Md.Of($"{task.SourceText}")),
        new(Md.Literal("牵头单位"), Md.Of($"{string.Join("、", task.LeadUnits.Select(u => u.Unit))}")),
        new(Md.Literal("配合单位"), Md.Of($"{(task.CoLeadUnits.Any() ? string.Join("、", task.CoLeadUnits.Select(u => u.Unit)) : "无")}")),
        new(Md.Literal("完成时限"), Md.Of($"{DeadlineText(task, a)}")),
        new(Md.Literal("状态"), Md.Of($"{task.Status.Chinese()}")),
        new(Md.Literal("交办领导"), Md.Of($"{task.IssuedBy.Name}")),
        new(Md.Literal("督办领导"), Md.Of($"{task.Supervisor?.Name ?? "无"}")),
    ]);

    private static IEnumerable<CardElement> UnitLines(DirectiveTask task) =>
        task.Units.Select(u => (CardElement)new TextBlock(Md.Of($"{u.Unit}（{(u.Role == UnitRole.Lead ? "牵头" : "配合")}）：{UnitState(u)}")) { Subtle = true });

    private static string UnitState(UnitAssignment u)
    {
        var parts = new List<string> { u.Acknowledged is null ? "未签收" : $"{u.Acknowledged.By.Name}已签收" };
        if (u.Progress is { } p) parts.Add($"进度 {p.Percent}%" + (p.Note.Length > 0 ? $"（{p.Note}）" : ""));
        if (u.DisputeReason is { } d) parts.Add($"有异议（待领导处理）：{d}");
        return string.Join("，", parts);
    }

    private static IEnumerable<CardElement> Details(DirectiveTask task)
    {
        if (task.PendingExtension is { } e)
            yield return new TextBlock(Md.Of($"延期申请：{e.Unit} {e.RequestedBy.Name} 申请将期限由 {CardDates.Iso(e.PreviousDeadline)} 延至 {CardDates.WithWeekday(e.RequestedDeadline)}，理由：{e.Reason}")) { Color = TextColor.Warning };
        if (task.Submission is { } s)
            yield return new TextBlock(Md.Of($"报结情况（{s.Unit} {s.By.Name}）：{s.Summary}")) { Color = TextColor.Accent };
    }

    /// <summary>What the unit may do now, as buttons: the assignment card's, and the nudge's (without 有异议: a
    /// reminder asks for the work, an objection is raised from the task's own card).</summary>
    public static IEnumerable<CardAction> UnitActions(DirectiveTask task, UnitAssignment unit, bool withObjection)
    {
        var data = TaskData(task.Id.ToString(), task.Version);
        var lead = unit.Role == UnitRole.Lead;
        if (unit.DisputeReason is not null) yield break;   // the unit's part waits for the leader's answer
        if (unit.Acknowledged is null && TaskLifecycle.Allows(task.Status, TaskAction.Acknowledge))
            yield return new ExecuteAction("签收", Verbs.Acknowledge, data) { Style = ActionStyle.Positive };
        if (unit.Acknowledged is not null && TaskLifecycle.Allows(task.Status, TaskAction.ReportProgress, unit.Role))
            yield return Form("反馈进度", Verbs.Progress, data,
                new NumberInput(Inputs.ProgressPercent, "完成进度（%）", unit.Progress?.Percent, 0, 100) { Required = true, ErrorMessage = "请填写 0–100 的进度" },
                new TextInput(Inputs.ProgressNote, "进展情况") { Multiline = true, MaxLength = 2000 });
        if (lead && TaskLifecycle.Allows(task.Status, TaskAction.RequestExtension))
            yield return Form("申请延期", Verbs.Extend, data,
                new DateInput(Inputs.ExtendDate, "申请延至", null) { Min = task.Deadline.Date.AddDays(1), Required = true, ErrorMessage = "请选择新的期限" },
                new TextInput(Inputs.ExtendReason, "延期理由") { Multiline = true, MaxLength = 2000, Required = true, ErrorMessage = "请填写延期理由" });
        if (lead && TaskLifecycle.Allows(task.Status, TaskAction.Submit))
            yield return Form("报结", Verbs.Submit, data,
                new TextInput(Inputs.SubmitSummary, "办结情况") { Multiline = true, MaxLength = 4000, Required = true, ErrorMessage = "请填写办结情况" },
                new TextInput(Inputs.SubmitLink, "材料链接（可选）") { IsUrl = true, MaxLength = 1000, Placeholder = "https://" });
        if (withObjection && TaskLifecycle.Allows(task.Status, TaskAction.Dispute))
            yield return Form("有异议", Verbs.Dispute, data,
                new TextInput(Inputs.DisputeReason, "异议理由（如：不属于本单位职责）") { Multiline = true, MaxLength = 2000, Required = true, ErrorMessage = "请填写异议理由" });
    }

    private static IEnumerable<CardAction> LeaderActions(DirectiveTask task, UnitDirectory directory)
    {
        var data = TaskData(task.Id.ToString(), task.Version);
        switch (task.Status)
        {
            case DirectiveTaskStatus.ExtensionRequested:
                yield return new ExecuteAction("批准延期", Verbs.ApproveExtension, data) { Style = ActionStyle.Positive, SendsInputs = false };
                yield return Form("驳回延期", Verbs.DenyExtension, data,
                    new TextInput(Inputs.DenyReason, "驳回理由") { Multiline = true, MaxLength = 2000, Required = true, ErrorMessage = "请填写驳回理由" });
                break;
            case DirectiveTaskStatus.Submitted:
                yield return new ExecuteAction("确认办结", Verbs.Complete, data) { Style = ActionStyle.Positive, SendsInputs = false };
                yield return Form("退回重办", Verbs.Return, data,
                    new TextInput(Inputs.ReturnReason, "退回理由") { Multiline = true, MaxLength = 2000, Required = true, ErrorMessage = "请填写退回理由" });
                break;
        }
        // Objections: each unit's own, answered while the rest of the task goes on.
        var objecting = task.Units.Where(u => u.DisputeReason is not null).Select(u => u.Unit).ToList();
        if (objecting.Count > 0 && TaskLifecycle.Allows(task.Status, TaskAction.RejectDispute))
            yield return Form("驳回异议", Verbs.RejectDispute, data,
                new ChoiceInput(Inputs.RejectDisputeUnit, "异议单位", objecting.Select(u => new Choice(u, u)).ToList(), [objecting[0]]) { Required = true, ErrorMessage = "请选择异议单位" },
                new TextInput(Inputs.RejectDisputeReason, "驳回理由（将告知该单位）") { Multiline = true, MaxLength = 2000, Required = true, ErrorMessage = "请填写驳回理由" });
        if (objecting.Count > 0 && TaskLifecycle.Allows(task.Status, TaskAction.Reassign))
        {
            var units = directory.Units.Select(u => new Choice(u.Name, u.Name)).ToList();
            yield return Form("调整交办", Verbs.Reassign, data,
                new ChoiceInput(Inputs.ReassignLead, "牵头单位", units, task.LeadUnits.Select(u => u.Unit).ToList()) { MultiSelect = true, Required = true, ErrorMessage = "请选择牵头单位" },
                new ChoiceInput(Inputs.ReassignCo, "配合单位", units, task.CoLeadUnits.Select(u => u.Unit).ToList()) { MultiSelect = true });
        }
    }

    /// <summary>A button that opens a small form; its 提交 sends the form's inputs with the task's id and version.</summary>
    private static ShowCardAction Form(string title, string verb, System.Text.Json.Nodes.JsonObject data, params Input[] inputs) =>
        new(title, new AdaptiveCard([.. inputs], [new ExecuteAction("提交", verb, data) { Style = ActionStyle.Positive }]));
}
