using TaskBot.Tasks;

namespace TaskBot.Reminders;

/// <summary>What a reminder is about; each kind has one audience.</summary>
public enum ReminderKind
{
    /// <summary>Not acknowledged 1 (and again 2) working days after assignment: the unit's chief.</summary>
    NotAcknowledged,
    /// <summary>Not acknowledged 2 working days after assignment: the 督查室 is told too.</summary>
    NotAcknowledgedOffice,
    /// <summary>Midpoint of a long task without recent progress: the unit is asked for a report.</summary>
    ProgressRequest,
    /// <summary>3 working days before the deadline (the colour turns yellow).</summary>
    DueIn3,
    DueIn1,
    DueToday,
    /// <summary>Every working day once the deadline has passed (red).</summary>
    Overdue,
    /// <summary>3rd working day overdue: the supervisor, or the issuing leader without one.</summary>
    EscalateSupervisor,
    /// <summary>5th working day overdue: into the 督查室's list.</summary>
    EscalateOffice,
}

/// <summary>Who a reminder goes to; the sweep resolves people from the directory.</summary>
public enum Audience { UnitChief, UnitContacts, Supervisor, Office }

/// <param name="Unit">The unit the reminder is about; null for a task-level escalation.</param>
/// <param name="Day">The working day it belongs to (China date), part of its key.</param>
/// <param name="DueAt">When it is due; always a sending time (working day, working hours).</param>
public sealed record Reminder(TaskId TaskId, string? Unit, ReminderKind Kind, DateOnly Day, DateTimeOffset DueAt)
{
    /// <summary>Deterministic: the same reminder has the same key on every instance and after every restart.</summary>
    public string Key => $"{TaskId}|{Unit ?? "*"}|{Kind}|{Day:yyyy-MM-dd}";

    public Audience Audience => Kind switch
    {
        ReminderKind.NotAcknowledged => Audience.UnitChief,
        ReminderKind.NotAcknowledgedOffice or ReminderKind.EscalateOffice => Audience.Office,
        ReminderKind.EscalateSupervisor => Audience.Supervisor,
        _ => Audience.UnitContacts,
    };

    /// <summary>The claim key of one delivery: a reminder to several people is several deliveries.</summary>
    public string DeliveryKey(string recipient) => $"{Key}|{recipient}";
}

/// <summary>
/// The reminder rules of a 督办 office, as pure functions of a task and a time. Each rule is a track of
/// occurrences (e.g. the deadline track: 3 days before, 1 before, the due day, then every working day overdue).
/// At time T the reminders due are, per track, the latest occurrence at or before T: one that was missed
/// (quiet time, the app was down) is sent at the next chance unless a newer one of the same track supersedes
/// it, so a unit never gets yesterday's and today's overdue nudge together. Whether an occurrence was already
/// sent is not the policy's business: the sweep claims each one's key once.
/// </summary>
public sealed class ReminderPolicy(SendingCalendar calendar)
{
    public const int AcknowledgeAfterDays = 1, TellOfficeAfterDays = 2;
    public const int LongTaskOverDays = 10, RecentProgressWithinDays = 5;
    public const int EscalateSupervisorOnDay = 3, EscalateOfficeOnDay = 5;

    public SendingCalendar Calendar { get; } = calendar;

    /// <summary>Whether a task's units are reminded at all: completed, cancelled, extension-pending, submitted
    /// (waiting on the leader, not the unit) and draft tasks are not.</summary>
    public static bool IsActive(DirectiveTask task) => task.Status is DirectiveTaskStatus.Assigned or DirectiveTaskStatus.Acknowledged
        or DirectiveTaskStatus.InProgress or DirectiveTaskStatus.Returned or DirectiveTaskStatus.Disputed;

    /// <summary>The reminders due at <paramref name="now"/>: none in quiet time (they wait for the next working morning).</summary>
    public IReadOnlyList<Reminder> Due(DirectiveTask task, DateTimeOffset now) =>
        Calendar.IsQuiet(now) ? [] : Current(task, now);

    /// <summary>Per track, the latest occurrence at or before <paramref name="now"/>, quiet time or not.</summary>
    public IReadOnlyList<Reminder> Current(DirectiveTask task, DateTimeOffset now)
    {
        var due = new List<Reminder>();
        foreach (var track in Tracks(task, now))
        {
            Reminder? latest = null;
            foreach (var r in track.Fixed)
                if (r.DueAt <= now && (latest is null || r.DueAt > latest.DueAt)) latest = r;
            if (track.DailyFrom is { } from && LatestDaily(track, from, now) is { } daily && (latest is null || daily.DueAt > latest.DueAt))
                latest = daily;
            if (latest is not null) due.Add(latest);
        }
        return due;
    }

    /// <summary>The earliest occurrence strictly after <paramref name="now"/>, or null when the task needs no more.</summary>
    public DateTimeOffset? NextAfter(DirectiveTask task, DateTimeOffset now)
    {
        DateTimeOffset? next = null;
        foreach (var track in Tracks(task, now))
        {
            foreach (var r in track.Fixed)
                if (r.DueAt > now) next = Min(next, r.DueAt);
            if (track.DailyFrom is { } from)
            {
                var today = SendingCalendar.DateOf(now);
                var day = Calendar.IsSendingDay(today) && Calendar.Morning(today) > now ? today : Calendar.NextDay(today);
                if (day < from) day = from;
                next = Min(next, Calendar.Morning(day));
            }
        }
        return next;
    }

    /// <summary>
    /// The value for the store's due index after the task changed: the earliest time something may need sending.
    /// If an occurrence is already current (an approved extension, a task created overdue) that is now, or the
    /// next working morning in quiet time; the sweep then skips whatever was already sent.
    /// </summary>
    public DateTimeOffset? Plan(DirectiveTask task, DateTimeOffset now)
    {
        var next = NextAfter(task, now);
        var current = Current(task, now);
        if (current.Count > 0)
            next = Min(next, Calendar.IsQuiet(now) ? Calendar.NextSendable(now) : current.Min(r => r.DueAt));
        return next;
    }

    private Reminder? LatestDaily(Track track, DateOnly from, DateTimeOffset now)
    {
        var today = SendingCalendar.DateOf(now);
        var day = Calendar.IsSendingDay(today) && Calendar.Morning(today) <= now ? today : Calendar.PreviousDay(today);
        return day < from ? null : new Reminder(track.TaskId, track.Unit, ReminderKind.Overdue, day, Calendar.Morning(day));
    }

    private sealed record Track(TaskId TaskId, string? Unit, IReadOnlyList<Reminder> Fixed, DateOnly? DailyFrom = null);

    private IEnumerable<Track> Tracks(DirectiveTask task, DateTimeOffset now)
    {
        if (!IsActive(task)) yield break;
        var id = task.Id;
        // Assignment counts from the first sending moment at or after it: a task issued on Friday evening is
        // assigned on Monday morning, and its "1 working day" ends on Tuesday morning.
        var start = Calendar.NextSendable(task.IssuedAt);
        var startDay = SendingCalendar.DateOf(start);
        var startTime = SendingCalendar.TimeOf(start);
        // Reminders begin on the day the task was issued: a task issued already late is nudged at once, but
        // nobody is told "3 days left" for a day before the task existed.
        var issuedDay = SendingCalendar.DateOf(task.IssuedAt);
        var deadline = task.Deadline.Date;
        Reminder At(string? unit, ReminderKind kind, DateOnly day, TimeSpan? time = null) =>
            new(id, unit, kind, day, time is { } t ? SendingCalendar.At(day, t) : Calendar.Morning(day));
        List<Reminder> From(params Reminder?[] rs) => rs.OfType<Reminder>().Where(r => r.Day >= issuedDay).ToList();

        // The midpoint belongs to the task as first set: an approved extension moves the deadline reminders,
        // not a progress request that was already due.
        var firstDeadline = task.Extensions.FirstOrDefault(e => e.Decision?.Approved == true)?.PreviousDeadline ?? deadline;
        var workingDays = Calendar.DaysBetween(startDay, firstDeadline);
        var midpoint = Calendar.AddDays(startDay, (workingDays + 1) / 2);
        // The due-day reminder on a non-working due day moves to the next working morning, which is the first
        // overdue day: that day's overdue nudge is the one card the unit gets.
        var dueDay = Calendar.NextOrSameDay(deadline);
        var firstOverdue = Calendar.AddDays(deadline, 1);

        foreach (var unit in task.Units)
        {
            if (unit.DisputeReason is not null) continue;   // the unit says it is the wrong one; the leader decides
            var name = unit.Unit;
            if (unit.Acknowledged is null)
            {
                yield return new(id, name, From(
                    At(name, ReminderKind.NotAcknowledged, Calendar.AddDays(startDay, AcknowledgeAfterDays), startTime),
                    At(name, ReminderKind.NotAcknowledged, Calendar.AddDays(startDay, TellOfficeAfterDays), startTime)));
                yield return new(id, name, From(
                    At(name, ReminderKind.NotAcknowledgedOffice, Calendar.AddDays(startDay, TellOfficeAfterDays), startTime)));
            }
            if (workingDays > LongTaskOverDays && !ReportedRecently(unit, midpoint))
                yield return new(id, name, From(At(name, ReminderKind.ProgressRequest, midpoint)));
            yield return new(id, name, From(
                At(name, ReminderKind.DueIn3, Calendar.AddDays(deadline, -3)),
                At(name, ReminderKind.DueIn1, Calendar.AddDays(deadline, -1)),
                dueDay == deadline ? At(name, ReminderKind.DueToday, dueDay) : null),
                DailyFrom: firstOverdue < issuedDay ? issuedDay : firstOverdue);
        }
        if (task.Status != DirectiveTaskStatus.Disputed)
        {
            yield return new(id, null, From(At(null, ReminderKind.EscalateSupervisor, Calendar.AddDays(deadline, EscalateSupervisorOnDay))));
            yield return new(id, null, From(At(null, ReminderKind.EscalateOffice, Calendar.AddDays(deadline, EscalateOfficeOnDay))));
        }
    }

    /// <summary>"Unless progress was given in the last 5 working days" before the midpoint.</summary>
    private bool ReportedRecently(UnitAssignment unit, DateOnly midpoint) =>
        unit.Progress is { } p && Calendar.DaysBetween(SendingCalendar.DateOf(p.At), midpoint) < RecentProgressWithinDays;

    private static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset b) => a is null || b < a ? b : a;
}
