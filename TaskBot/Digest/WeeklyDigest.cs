using System.Globalization;
using TaskBot.Calendar;
using TaskBot.Tasks;

namespace TaskBot.Digest;

/// <summary>Bound from <c>TaskBot:Digest</c>.</summary>
public sealed class DigestOptions
{
    public const string Section = "TaskBot:Digest";

    /// <summary>Quartz cron, China time. On a non-working day the digest goes out on the next working day, same time.</summary>
    public string Cron { get; set; } = "0 0 9 ? * MON";

    /// <summary>Conversation keys (<c>channel:{id}</c>; a bare Teams id such as 19:…@thread.tacv2 means a channel) to post to instead of every
    /// leader and the 督查室 personally.</summary>
    public List<string> Channels { get; set; } = [];
}

/// <param name="Lead">False for a co-lead unit (配合): the group lists what the unit's own 逾期任务 lists.</param>
public sealed record OverdueItem(TaskId Id, string Deliverable, DateOnly Deadline, int WorkingDaysOverdue, bool Lead = true);
public sealed record OverdueGroup(string Unit, IReadOnlyList<OverdueItem> Tasks);
public sealed record DueItem(TaskId Id, string Deliverable, string Units, DateOnly Deadline, int WorkingDaysLeft);
public sealed record UnacknowledgedItem(TaskId Id, string Deliverable, string Unit, int WorkingDaysSinceIssue);

/// <summary>One unit's record over a period. Rates are null when nothing fell due in the period.</summary>
/// <param name="AckDue">Assignments to the unit issued in the period whose 1-working-day signing time has come.</param>
/// <param name="AckOnTime">Of those, signed within 1 working day.</param>
/// <param name="DoneDue">Tasks the unit leads whose deadline in the period has passed (or that were reported done).</param>
/// <param name="DoneOnTime">Of those, reported done (报结, not sent back) by the deadline.</param>
/// <param name="Overdue">Of those, not done by the deadline: finished late or still open.</param>
public sealed record UnitRecord(int AckDue, int AckOnTime, int DoneDue, int DoneOnTime, int Overdue)
{
    public double? AckRate => AckDue == 0 ? null : (double)AckOnTime / AckDue;
    public double? DoneRate => DoneDue == 0 ? null : (double)DoneOnTime / DoneDue;
}

public sealed record UnitScore(string Unit, UnitRecord Last4Weeks, UnitRecord YearToDate);

/// <summary>
/// The 逾期周报 figures, computed from tasks as pure functions of the date and the official calendar: overdue
/// tasks by unit (lead and co-lead, worst first; a task with two units is listed under both but counted once), what falls due in the coming 7 days, assignments nobody has signed, and per
/// unit the on-time signing and completion rates and the number overdue for the last 4 weeks and the year to date.
/// </summary>
public sealed record WeeklyDigest(
    DateOnly Today, int IsoYear, int IsoWeek,
    IReadOnlyList<OverdueGroup> Overdue, IReadOnlyList<DueItem> DueThisWeek,
    IReadOnlyList<UnacknowledgedItem> Unacknowledged, IReadOnlyList<UnitScore> Units)
{
    public string WeekKey => $"{IsoYear}-W{IsoWeek:D2}";

    /// <summary>The 揭榜挂帅 section: open calls, those closing this week or without applicants, tasks from calls.</summary>
    public CallDigest OpenCalls { get; init; } = CallDigest.Empty;

    /// <summary>Overdue tasks, each counted once however many units it has: what a leader's 逾期任务 lists.</summary>
    public int OverdueTasks => Overdue.SelectMany(g => g.Tasks).Select(t => t.Id).Distinct().Count();
    /// <summary>Tasks with at least one unit that has not signed.</summary>
    public int UnacknowledgedTasks => Unacknowledged.Select(u => u.Id).Distinct().Count();

    public static WeeklyDigest Compute(IEnumerable<DirectiveTask> all, DateOnly today, IWorkingDayCalendar calendar)
    {
        var tasks = all.Where(t => t.Status is not (DirectiveTaskStatus.Draft or DirectiveTaskStatus.Cancelled))
            .DistinctBy(t => t.Id).OrderBy(t => t.Id).ToList();
        var open = tasks.Where(t => t.Status.CanBeOverdue()).ToList();

        var overdue = open
            .Select(t => (Task: t, A: DeadlineAssessment.Of(t, today, calendar)))
            .Where(x => x.A.IsOverdue)
            // Every unit of the task, lead and co-lead, as a unit's own 逾期任务 lists them.
            .SelectMany(x => x.Task.Units.Select(u => (u.Unit, Item: new OverdueItem(x.Task.Id, x.Task.Deliverable, x.Task.Deadline.Date, x.A.WorkingDaysOverdue, u.Role == UnitRole.Lead))))
            .GroupBy(x => x.Unit)
            .Select(g => new OverdueGroup(g.Key, g.Select(x => x.Item).OrderByDescending(i => i.WorkingDaysOverdue).ThenBy(i => i.Id).ToList()))
            .OrderByDescending(g => g.Tasks.Count).ThenByDescending(g => g.Tasks.Max(i => i.WorkingDaysOverdue)).ThenBy(g => g.Unit, StringComparer.Ordinal)
            .ToList();

        var dueSoon = open
            .Where(t => t.Deadline.Date >= today && t.Deadline.Date <= today.AddDays(7))
            .Select(t => new DueItem(t.Id, t.Deliverable, string.Join("、", t.LeadUnits.Select(u => u.Unit)), t.Deadline.Date,
                calendar.WorkingDaysBetween(today, t.Deadline.Date)))
            .OrderBy(d => d.Deadline).ThenBy(d => d.Id).ToList();

        var unsigned = tasks.Where(t => t.Status.IsOpen() && t.Status != DirectiveTaskStatus.Submitted)
            .SelectMany(t => t.Units.Where(u => u.Acknowledged is null && u.DisputeReason is null)
                .Select(u => new UnacknowledgedItem(t.Id, t.Deliverable, u.Unit, calendar.WorkingDaysBetween(IssueDate(t), today))))
            .OrderByDescending(u => u.WorkingDaysSinceIssue).ThenBy(u => u.Id).ThenBy(u => u.Unit, StringComparer.Ordinal).ToList();

        var last4From = today.AddDays(-27);           // 28 days ending today
        var yearFrom = new DateOnly(today.Year, 1, 1);
        var units = tasks.SelectMany(t => t.Units.Select(u => u.Unit)).Distinct()
            .Select(u => new UnitScore(u, Record(tasks, u, last4From, today, calendar), Record(tasks, u, yearFrom, today, calendar)))
            .OrderByDescending(s => s.Last4Weeks.Overdue)
            .ThenBy(s => s.Last4Weeks.DoneRate ?? 2)
            .ThenBy(s => s.Last4Weeks.AckRate ?? 2)
            .ThenByDescending(s => s.YearToDate.Overdue)
            .ThenBy(s => s.YearToDate.DoneRate ?? 2)
            .ThenBy(s => s.Unit, StringComparer.Ordinal)
            .ToList();

        var iso = today.ToDateTime(TimeOnly.MinValue);
        return new(today, ISOWeek.GetYear(iso), ISOWeek.GetWeekOfYear(iso), overdue, dueSoon, unsigned, units);
    }

    private static UnitRecord Record(IReadOnlyList<DirectiveTask> tasks, string unit, DateOnly from, DateOnly today, IWorkingDayCalendar calendar)
    {
        int ackDue = 0, ackOnTime = 0, doneDue = 0, doneOnTime = 0;
        foreach (var task in tasks)
        {
            if (task.UnitNamed(unit) is not { } assignment) continue;
            var issued = IssueDate(task);
            if (issued >= from && issued <= today)
            {
                // 按期签收: signed by the end of the first working day after assignment.
                var signBy = calendar.AddWorkingDays(issued, 1);
                if (assignment.Acknowledged is { } ack)
                {
                    ackDue++;
                    if (ChinaDate(ack.At) <= signBy) ackOnTime++;
                }
                else if (today > signBy) ackDue++;
            }
            var deadline = task.Deadline.Date;
            if (assignment.Role != UnitRole.Lead || deadline < from || deadline > today) continue;
            // 按期办结: the lead unit's 报结 (not sent back) on or before the deadline. A task still running whose
            // deadline is today has not fallen due yet.
            var done = task.Submission is { } s && task.Status is DirectiveTaskStatus.Submitted or DirectiveTaskStatus.Completed
                ? ChinaDate(s.At) : (DateOnly?)null;
            if (done is null && deadline == today) continue;
            doneDue++;
            if (done <= deadline) doneOnTime++;
        }
        return new(ackDue, ackOnTime, doneDue, doneOnTime, doneDue - doneOnTime);
    }

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static DateOnly ChinaDate(DateTimeOffset t) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, Zone).DateTime);
    private static DateOnly IssueDate(DirectiveTask t) => ChinaDate(t.IssuedAt);
}
