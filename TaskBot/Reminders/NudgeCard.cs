using System.Text.Json.Nodes;
using TaskBot.Calendar;
using TaskBot.Cards;
using TaskBot.Delivery;
using TaskBot.Tasks;
using static TaskBot.Cards.CardContract;

namespace TaskBot.Reminders;

/// <summary>
/// The nudge card: in the task's colour, with the task id, the deliverable, the deadline (date, weekday, working
/// days left or overdue by N working days), the unit's last progress, and the assignment card's buttons for the
/// unit (签收 while unsigned, 反馈进度 once signed, 申请延期 and 报结 for the lead, each only when the task's state
/// allows it). Button data is the task id and version only, with the verbs and input ids of <see cref="CardContract"/>.
/// </summary>
public static class NudgeCard
{
    public static NudgeMessage Build(string deliveryKey, Reminder reminder, DirectiveTask task, DateOnly today, IWorkingDayCalendar calendar)
    {
        var assessment = DeadlineAssessment.Of(task, today, calendar);
        var unit = reminder.Unit is null ? null : task.UnitNamed(reminder.Unit);
        var (title, lead) = Headline(reminder.Kind, assessment);
        var style = assessment.Colour switch
        {
            DeadlineColour.Red => "attention",
            DeadlineColour.Yellow => "warning",
            _ => "accent",
        };
        var deadline = DeadlineText(task, assessment);
        var who = unit is null
            ? string.Join("、", task.LeadUnits.Select(u => u.Unit))
            : $"{unit.Unit}（{(unit.Role == UnitRole.Lead ? "牵头" : "配合")}）";
        var progressOf = unit ?? task.LeadUnits.FirstOrDefault();
        var progress = progressOf?.Progress is { } p
            ? $"{p.Percent}%　{p.Note}（{SendingCalendar.DateOf(p.At):yyyy-MM-dd} {p.By.Name}）"
            : "暂无进度反馈";
        var facts = new List<(string, string)>
        {
            ("任务编号", task.Id.ToString()),
            ("交付成果", CardJson.Escape(task.Deliverable)),
            ("承办单位", CardJson.Escape(who)),
            ("办理期限", deadline),
            ("最新进度", CardJson.Escape(progress)),
        };
        if (unit is null && reminder.Kind is ReminderKind.EscalateSupervisor or ReminderKind.EscalateOffice)
            facts.Add(("未签收单位", string.Join("、", task.Units.Where(u => u.Acknowledged is null).Select(u => CardJson.Escape(u.Unit))) is { Length: > 0 } s ? s : "无"));

        var body = new List<JsonNode>
        {
            CardJson.Container(style,
                CardJson.Text($"**{title}**", size: "Medium", weight: "Bolder", color: assessment.Colour == DeadlineColour.Red ? "Attention" : null),
                CardJson.Text(lead)),
            CardJson.Facts(facts),
            CardJson.Text($"原文：{CardJson.Escape(task.SourceText)}", size: "Small", color: "Default"),
        };
        var summary = $"{title}：{task.Id} {Shorten(task.Deliverable, 30)}，{deadline}";
        var text = $"{title}：{task.Id} {task.Deliverable}（{deadline}）";
        return new NudgeMessage(deliveryKey, summary, text, CardJson.Card(body, Buttons(task, unit, reminder.Audience)));
    }

    private static (string Title, string Lead) Headline(ReminderKind kind, DeadlineAssessment a) => kind switch
    {
        ReminderKind.NotAcknowledged => ("签收提醒", "该任务已交办，贵单位尚未签收，请及时签收。"),
        ReminderKind.NotAcknowledgedOffice => ("未签收通报", "该任务交办已满 2 个工作日，承办单位仍未签收。"),
        ReminderKind.ProgressRequest => ("进度提醒", "任务已过半，请反馈最新办理进度。"),
        ReminderKind.DueIn3 => ("临期提醒", $"距办理期限还有 {a.WorkingDaysLeft} 个工作日。"),
        ReminderKind.DueIn1 => ("临期提醒", $"距办理期限还有 {a.WorkingDaysLeft} 个工作日，请抓紧办理。"),
        ReminderKind.DueToday => ("今日到期", "该任务今天到期，请按时报结或申请延期。"),
        ReminderKind.Overdue => ("逾期提醒", $"该任务已逾期 {a.WorkingDaysOverdue} 个工作日，请尽快办理并反馈。"),
        ReminderKind.EscalateSupervisor => ("逾期督办", $"该任务已逾期 {a.WorkingDaysOverdue} 个工作日，请督促承办单位办理。"),
        _ => ("逾期通报", $"该任务已逾期 {a.WorkingDaysOverdue} 个工作日，已列入督查室逾期清单。"),
    };

    public static string DeadlineText(DirectiveTask task, DeadlineAssessment a)
    {
        var date = task.Deadline.Date;
        var day = $"{date:yyyy-MM-dd}（{Weekday(date)}）";
        return a.IsOverdue ? $"{day}，已逾期 {a.WorkingDaysOverdue} 个工作日"
            : a.WorkingDaysLeft == 0 ? $"{day}，今日到期"
            : $"{day}，剩余 {a.WorkingDaysLeft} 个工作日";
    }

    public static string Weekday(DateOnly d) => d.DayOfWeek switch
    {
        DayOfWeek.Monday => "周一", DayOfWeek.Tuesday => "周二", DayOfWeek.Wednesday => "周三", DayOfWeek.Thursday => "周四",
        DayOfWeek.Friday => "周五", DayOfWeek.Saturday => "周六", _ => "周日",
    };

    /// <summary>
    /// The unit's buttons, as on the assignment card (<see cref="TaskCards"/>) and as <c>TaskActionHandler</c> reads
    /// them: <see cref="CardContract"/> verbs and input ids, data = task id and version. Only what the unit may do in
    /// the task's state is offered: 签收 while the unit has not signed, 反馈进度 once it has (the lifecycle refuses
    /// progress before signing), 申请延期 and 报结 for the lead. Escalations go to leaders: they open the task instead.
    /// </summary>
    private static IEnumerable<JsonNode> Buttons(DirectiveTask task, UnitAssignment? unit, Audience audience)
    {
        var data = CardContract.TaskData(task.Id.ToString(), task.Version);
        if (unit is null || audience is Audience.Office or Audience.Supervisor)
        {
            yield return CardJson.Execute("查看任务", Verbs.Refresh, data, sendsInputs: false);
            yield break;
        }
        bool Allows(TaskAction a) => TaskLifecycle.Allows(task.Status, a);
        var lead = unit.Role == UnitRole.Lead;
        if (unit.Acknowledged is null && Allows(TaskAction.Acknowledge))
            yield return CardJson.Execute("签收", Verbs.Acknowledge, data, sendsInputs: false);
        if (unit.Acknowledged is not null && Allows(TaskAction.ReportProgress))
            yield return CardJson.Form("反馈进度", Verbs.Progress, data,
                CardJson.With(CardJson.Input("Input.Number", Inputs.ProgressPercent, "完成进度（%）", required: true),
                    ("min", 0), ("max", 100), ("value", unit.Progress?.Percent), ("errorMessage", "请填写 0–100 的进度")),
                CardJson.With(CardJson.Input("Input.Text", Inputs.ProgressNote, "进展情况"), ("maxLength", 2000)));
        if (lead && Allows(TaskAction.RequestExtension))
            yield return CardJson.Form("申请延期", Verbs.Extend, data,
                CardJson.With(CardJson.Input("Input.Date", Inputs.ExtendDate, "申请延至", required: true),
                    ("min", task.Deadline.Date.AddDays(1).ToString("yyyy-MM-dd")), ("errorMessage", "请选择新的期限")),
                CardJson.With(CardJson.Input("Input.Text", Inputs.ExtendReason, "延期理由", required: true), ("maxLength", 2000)));
        if (lead && Allows(TaskAction.Submit))
            yield return CardJson.Form("报结", Verbs.Submit, data,
                CardJson.With(CardJson.Input("Input.Text", Inputs.SubmitSummary, "办结情况", required: true), ("maxLength", 4000)),
                CardJson.With(CardJson.Input("Input.Text", Inputs.SubmitLink, "材料链接（可选）"),
                    ("isMultiline", null), ("style", "url"), ("maxLength", 1000), ("placeholder", "https://")));
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
