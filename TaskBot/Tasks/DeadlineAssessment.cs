using TaskBot.Calendar;

namespace TaskBot.Tasks;

/// <summary>Normal, yellow (due within 3 working days) or red (overdue).</summary>
public enum DeadlineColour { Normal, Yellow, Red }

/// <summary>
/// How a task stands against its deadline on a given local date. Always computed from the deadline, the status and
/// the official working-day calendar, never stored, so it cannot go stale.
/// </summary>
/// <param name="WorkingDaysLeft">Working days from today to the deadline (0 on the due day); negative once overdue.</param>
public sealed record DeadlineAssessment(DeadlineColour Colour, bool IsOverdue, int WorkingDaysLeft)
{
    public const int YellowWithinWorkingDays = 3;

    /// <summary>Working days overdue: 1 on the first working day after the deadline, 0 while only non-working days
    /// have passed since (a Friday deadline seen on Saturday is red, 0 working days overdue).</summary>
    public int WorkingDaysOverdue => IsOverdue ? -WorkingDaysLeft : 0;

    public static DeadlineAssessment Of(DirectiveTask task, DateOnly today, IWorkingDayCalendar calendar)
    {
        var deadline = task.Deadline.Date;
        var left = calendar.WorkingDaysBetween(today, deadline);
        if (!task.Status.CanBeOverdue())
            return new(DeadlineColour.Normal, false, left);
        // Overdue once the deadline date has passed, even if the days since were a holiday: the task was due then.
        if (today > deadline)
            return new(DeadlineColour.Red, true, left);
        return new(left <= YellowWithinWorkingDays ? DeadlineColour.Yellow : DeadlineColour.Normal, false, left);
    }
}
