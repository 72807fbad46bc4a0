using System.Globalization;

namespace TaskBot.Reminders;

/// <summary>Bound from <c>TaskBot:Reminders</c>. The three documented keys are fixed; the rest tune the sweep.</summary>
public sealed class ReminderOptions
{
    public const string Section = "TaskBot:Reminders";

    /// <summary>False: no sweep and no weekly digest run (tasks are still planned, 周报 still answers). For a
    /// read-only replica, or tests that must not depend on the time of day they run.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the sweep looks for due reminders.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>China time, <c>HH:mm-HH:mm</c>; <c>00:00-24:00</c> means always. Daily reminders go out at the start.</summary>
    public string WorkingHours { get; set; } = "09:00-18:00";

    /// <summary>True: nothing is sent on non-working days of the official calendar (调休 make-up days are working
    /// days), and "every working day" means those days. False: every day counts.</summary>
    public bool WorkingDaysOnly { get; set; } = true;

    /// <summary>Due tasks read from the store's due index per query.</summary>
    public int SweepBatchSize { get; set; } = 1000;

    /// <summary>Tasks handled at once within one sweep (their sends still queue on the rate limits).</summary>
    public int MaxConcurrentTasks { get; set; } = 64;

    public DeliveryOptions Delivery { get; set; } = new();
}

/// <summary>Bound from <c>TaskBot:Reminders:Delivery</c>: Teams' limits and the retry policy.</summary>
public sealed class DeliveryOptions
{
    /// <summary>Token bucket per conversation: at most this many messages in any second, of which <c>Burst</c> may go
    /// at once (the bucket's capacity; the refill is the rest).</summary>
    public double PerConversationPerSecond { get; set; } = 7;
    public int PerConversationBurst { get; set; } = 1;

    /// <summary>Token bucket for the whole app (per tenant): at most this many requests in any second, likewise.</summary>
    public double GlobalPerSecond { get; set; } = 50;
    public int GlobalBurst { get; set; } = 1;

    /// <summary>Retries of one send after 429/412/502/504 or a timeout, with exponential backoff and jitter unless
    /// the connector says Retry-After.</summary>
    public int MaxRetryAttempts { get; set; } = 5;
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>One HTTP attempt's time limit (the wait for a rate-limit token is not counted).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests on the wire at once, per instance. A process killed mid-send cannot know whether the connector
    /// took what it had on the wire, so those messages are sent again after the restart: this bounds the duplicates
    /// a crash can cause. 2 at Teams' usual 0.3 s round trip is about 6 messages a second, 100 cards in ~15 s.</summary>
    public int MaxOnTheWire { get; set; } = 2;
}

/// <summary>The daily window in China time when messages may go out, parsed from <c>WorkingHours</c>.</summary>
public readonly record struct WorkingHours(TimeSpan Start, TimeSpan End)
{
    public static readonly WorkingHours Always = new(TimeSpan.Zero, TimeSpan.FromHours(24));

    public bool IsAlways => Start == TimeSpan.Zero && End == TimeSpan.FromHours(24);

    public static bool TryParse(string? text, out WorkingHours hours)
    {
        hours = default;
        var parts = text?.Split('-', StringSplitOptions.TrimEntries);
        if (parts is not [var from, var to] || !TryTime(from, out var start) || !TryTime(to, out var end) || end <= start)
            return false;
        hours = new(start, end);
        return true;
    }

    public static WorkingHours Parse(string text) => TryParse(text, out var h) ? h
        : throw new FormatException($"TaskBot:Reminders:WorkingHours「{text}」应形如 09:00-18:00（00:00-24:00 表示全天）");

    private static bool TryTime(string text, out TimeSpan time)
    {
        time = default;
        if (text == "24:00") { time = TimeSpan.FromHours(24); return true; }
        if (!TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) return false;
        time = t.ToTimeSpan();
        return true;
    }
}
