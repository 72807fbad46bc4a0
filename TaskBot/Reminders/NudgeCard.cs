using TaskBot.Calendar;
using TaskBot.Cards;
using TaskBot.Delivery;
using TaskBot.Tasks;
using static TaskBot.Cards.CardContract;

namespace TaskBot.Reminders;

/// <summary>
/// The nudge card: in the task's colour, with the task id, the deliverable, the deadline (date, weekday, working
/// days left or overdue by N working days), the unit's last progress, and the unit's buttons of its assignment card
/// (<see cref="TaskCards.UnitActions"/>, without 有异议), drawn by the same typed builder. Escalations go to leaders:
/// they open the task instead.
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
            DeadlineColour.Red => ContainerStyle.Attention,
            DeadlineColour.Yellow => ContainerStyle.Warning,
            _ => ContainerStyle.Accent,
        };
        var deadline = DeadlineText(task, assessment);
        var who = unit is null
            ? string.Join("、", task.LeadUnits.Select(u => u.Unit))
            : $"{unit.Unit}（{(unit.Role == UnitRole.Lead ? "牵头" : "配合")}）";
        var progressOf = unit ?? task.LeadUnits.FirstOrDefault();
        var progress = progressOf?.Progress is { } p
            ? $"{p.Percent}%　{p.Note}（{SendingCalendar.DateOf(p.At):yyyy-MM-dd} {p.By.Name}）"
            : "暂无进度反馈";
        var facts = new List<Fact>
        {
            new(Md.Literal("任务编号"), Md.Of($"{task.Id}")),
            new(Md.Literal("交付成果"), Md.Of($"{task.Deliverable}")),
            new(Md.Literal("承办单位"), Md.Of($"{who}")),
            new(Md.Literal("办理期限"), Md.Of($"{deadline}")),
            new(Md.Literal("最新进度"), Md.Of($"{progress}")),
        };
        if (unit is null && reminder.Kind is ReminderKind.EscalateSupervisor or ReminderKind.EscalateOffice)
            facts.Add(new(Md.Literal("未签收单位"),
                Md.Of($"{(string.Join("、", task.Units.Where(u => u.Acknowledged is null).Select(u => u.Unit)) is { Length: > 0 } s ? s : "无")}")));

        var body = new List<CardElement>
        {
            new Container(
            [
                new TextBlock(Md.Of($"{title}")) { Size = TextSize.Medium, Bold = true, Color = assessment.Colour == DeadlineColour.Red ? TextColor.Attention : TextColor.Default },
                new TextBlock(Md.Of($"{lead}")),
            ]) { Style = style },
            new FactSet(facts),
            new TextBlock(Md.Of($"原文：{task.SourceText}")) { Size = TextSize.Small },
        };
        var summary = $"{title}：{task.Id} {TaskBot.Assignments.PreviewBuilder.Shorten(task.Deliverable, 30)}，{deadline}";
        var text = $"{title}：{task.Id} {task.Deliverable}（{deadline}）";
        return new NudgeMessage(deliveryKey, summary, text, new AdaptiveCard(body, [.. Buttons(task, unit, reminder.Audience)]).ToJson());
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
        var day = CardDates.WithWeekday(task.Deadline.Date);
        return a.IsOverdue ? $"{day}，已逾期 {a.WorkingDaysOverdue} 个工作日"
            : a.WorkingDaysLeft == 0 ? $"{day}，今日到期"
            : $"{day}，剩余 {a.WorkingDaysLeft} 个工作日";
    }

    /// <summary>The unit's buttons as on its assignment card; a leader or the 督查室 opens the task.</summary>
    private static IEnumerable<CardAction> Buttons(DirectiveTask task, UnitAssignment? unit, Audience audience) =>
        unit is null || audience is Audience.Office or Audience.Supervisor
            ? [new ExecuteAction("查看任务", Verbs.Refresh, TaskData(task.Id.ToString(), task.Version)) { SendsInputs = false }]
            : TaskCards.UnitActions(task, unit, withObjection: false);
}
