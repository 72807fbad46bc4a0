using Quartz;
using TaskBot.Calendar;
using TaskBot.Digest;
using TaskBot.Reminders;

namespace TaskBot.Scheduling;

/// <summary>Quartz only provides the clock: the sweep reads what is due from the task store.</summary>
[DisallowConcurrentExecution]
public sealed class ReminderSweepJob(ReminderSweeper sweeper) : IJob
{
    public static readonly JobKey Key = new("reminder-sweep", "taskbot");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await sweeper.SweepAsync(cancellationToken);
}

/// <summary>
/// Fires on the digest cron (China time) and once at start-up. It sends this ISO week's digest once it is due:
/// the cron's time this week, moved to the next working day at the same time when that day is not a working day.
/// Early (a holiday Monday), it schedules itself for the due time; a recipient that failed is retried in 5 minutes.
/// The claim per week and recipient makes every extra run harmless.
/// </summary>
[DisallowConcurrentExecution]
public sealed class WeeklyDigestJob(DigestService digests, DigestSchedule schedule, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("weekly-digest", "taskbot");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var due = schedule.DueAt(now);
        if (now < due)
        {
            await Once(context, due, "due", cancellationToken);
            return;
        }
        var (_, failed) = await digests.SendWeeklyAsync(SendingCalendar.DateOf(now), cancellationToken);
        if (failed > 0) await Once(context, now.AddMinutes(5), "retry", cancellationToken);
    }

    private static async Task Once(IJobExecutionContext context, DateTimeOffset at, string why, CancellationToken cancellationToken)
    {
        var trigger = TriggerBuilder.Create().ForJob(Key).WithIdentity($"weekly-digest-{why}-{at.ToUnixTimeSeconds()}", "taskbot")
            .StartAt(at).Build();
        await context.Scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken);
    }
}

/// <summary>When this week's digest is due: the cron's first time in the ISO week, on the next working day if it
/// falls on a day off (a 国庆 Monday moves to the first working day after the holiday).</summary>
public sealed class DigestSchedule(CronExpression cron, IWorkingDayCalendar calendar)
{
    public static DigestSchedule From(DigestOptions options, IWorkingDayCalendar calendar) =>
        new(CronExpression.Parse(options.Cron).WithTimeZone(SendingCalendar.Zone), calendar);

    public DateTimeOffset DueAt(DateTimeOffset now)
    {
        var today = SendingCalendar.DateOf(now);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var nominal = cron.GetNextValidTimeAfter(SendingCalendar.At(monday, TimeSpan.Zero).AddSeconds(-1))
            ?? throw new InvalidOperationException($"TaskBot:Digest:Cron never fires after {monday}");
        var day = SendingCalendar.DateOf(nominal);
        return calendar.IsWorkingDay(day) ? nominal : SendingCalendar.At(calendar.NextWorkingDay(day), SendingCalendar.TimeOf(nominal));
    }
}
