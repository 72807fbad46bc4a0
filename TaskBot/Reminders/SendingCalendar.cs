using TaskBot.Calendar;

namespace TaskBot.Reminders;

/// <summary>
/// When messages may go out: the working days of the official calendar (weekends and holidays off, 调休 make-up
/// days on) inside the working hours, China time. With <c>WorkingDaysOnly=false</c> every day is a sending day.
/// Reminders are planned on sending days at sending times, so moving a reminder out of quiet time is the same
/// rule everywhere: the next sending morning.
/// </summary>
public sealed class SendingCalendar(IWorkingDayCalendar official, WorkingHours hours, bool workingDaysOnly)
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public IWorkingDayCalendar Official { get; } = official;
    public WorkingHours Hours { get; } = hours;

    public static SendingCalendar From(ReminderOptions options, IWorkingDayCalendar official) =>
        new(official, WorkingHours.Parse(options.WorkingHours), options.WorkingDaysOnly);

    public bool IsSendingDay(DateOnly date) => !workingDaysOnly || Official.IsWorkingDay(date);

    public DateOnly NextOrSameDay(DateOnly date) => workingDaysOnly ? Official.NextOrSameWorkingDay(date) : date;
    public DateOnly NextDay(DateOnly date) => workingDaysOnly ? Official.NextWorkingDay(date) : date.AddDays(1);
    public DateOnly PreviousDay(DateOnly date) => workingDaysOnly ? Official.LastWorkingDayBefore(date) : date.AddDays(-1);

    /// <summary>n &gt; 0: the n-th sending day after; n &lt; 0: the |n|-th before; 0: the date itself.</summary>
    public DateOnly AddDays(DateOnly date, int n) => workingDaysOnly ? Official.AddWorkingDays(date, n) : date.AddDays(n);

    /// <summary>Sending days in (from, to].</summary>
    public int DaysBetween(DateOnly from, DateOnly to) =>
        workingDaysOnly ? Official.WorkingDaysBetween(from, to) : to.DayNumber - from.DayNumber;

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
    public static TimeSpan TimeOf(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).TimeOfDay;

    public static DateTimeOffset At(DateOnly date, TimeSpan timeOfDay)
    {
        var local = date.ToDateTime(TimeOnly.MinValue) + timeOfDay;
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>The start of working hours on <paramref name="date"/>: when daily reminders go out.</summary>
    public DateTimeOffset Morning(DateOnly date) => At(date, Hours.Start);

    public bool IsQuiet(DateTimeOffset instant)
    {
        var time = TimeOf(instant);
        return !IsSendingDay(DateOf(instant)) || time < Hours.Start || time >= Hours.End;
    }

    /// <summary><paramref name="instant"/> if messages may go out then, else the next working morning.</summary>
    public DateTimeOffset NextSendable(DateTimeOffset instant)
    {
        if (!IsQuiet(instant)) return instant;
        var date = DateOf(instant);
        return IsSendingDay(date) && TimeOf(instant) < Hours.Start ? Morning(date) : Morning(NextDay(date));
    }
}
