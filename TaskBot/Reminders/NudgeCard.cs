using System.Text.Json.Nodes;
using TaskBot.Calendar;
using TaskBot.Delivery;
using TaskBot.Tasks;

namespace TaskBot.Reminders;

/// <summary>
/// The nudge card: in the task's colour, with the task id, the deliverable, the deadline (date, weekday, working
/// days left or overdue by N working days), the unit's last progress, and the assignment card's buttons for the
/// unit (签收 while unsigned, 反馈进度, 申请延期 and 报结 for the lead). Button data is the task id and version only,
/// with the verbs and input ids of the bot's card contract.
/// </summary>
public static class NudgeCard
{
    // The bot's CardContract verbs and input ids (TaskBot/Cards/CardContract.cs on the bot branch).
    public const string VerbAcknowledge = "ack", VerbProgress = "progress", VerbExtend = "extend", VerbSubmit = "submit";

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

    /// <summary>The unit's buttons, as on the assignment card. Escalations go to leaders: they open the task instead.</summary>
    private static IEnumerable<JsonNode> Buttons(DirectiveTask task, UnitAssignment? unit, Audience audience)
    {
        var data = new JsonObject { ["taskId"] = task.Id.ToString(), ["version"] = task.Version };
        if (unit is null || audience is Audience.Office or Audience.Supervisor)
        {
            yield return CardJson.Execute("查看任务", "refresh", data, sendsInputs: false);
            yield break;
        }
        if (unit.Acknowledged is null)
            yield return CardJson.Execute("签收", VerbAcknowledge, data, sendsInputs: false);
        yield return CardJson.Form("反馈进度", VerbProgress, data,
            CardJson.Input("Input.Number", "progressPercent", "完成进度（%）", required: true),
            CardJson.Input("Input.Text", "progressNote", "进展情况"));
        if (unit.Role == UnitRole.Lead)
        {
            yield return CardJson.Form("申请延期", VerbExtend, data,
                CardJson.Input("Input.Date", "extendDate", "申请延至", required: true),
                CardJson.Input("Input.Text", "extendReason", "延期理由", required: true));
            yield return CardJson.Form("报结", VerbSubmit, data,
                CardJson.Input("Input.Text", "submitSummary", "办结情况", required: true),
                CardJson.Input("Input.Text", "submitLink", "材料链接（可选）"));
        }
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
