using Microsoft.Extensions.Options;
using TaskBot.Delivery;
using TaskBot.Reminders;

namespace TaskBot.Assignments.OpenCalls;

/// <summary>Bound from <c>TaskBot:OpenCalls</c>; checked at start by <see cref="OpenCallOptionsValidator"/>.</summary>
public sealed class OpenCallOptions
{
    public const string Section = "TaskBot:OpenCalls";

    /// <summary>Where every 榜单 card is posted: a channel id, or a full conversation key (<c>channel:…</c>, <c>chat:…</c>).
    /// Empty: the conversation in which the call was written.</summary>
    public string? Channel { get; set; }

    /// <summary>China time of day on the sign-up deadline at which sign-up closes, <c>HH:mm</c> (or <c>HH:mm:ss</c>, for
    /// tests); <c>24:00</c> (the default) is the end of that day.</summary>
    public string SignUpClosesAt { get; set; } = "24:00";

    /// <summary>How long after an application (or its edit or withdrawal) the shared 榜单 card's applicant count is
    /// redrawn. The applicant's confirmation and own plan are shown to them alone, on that same card; redrawing the
    /// shared card replaces that view (Teams and the Agents Playground alike), so at once it vanished before it could be
    /// read. Later changes inside the wait are drawn by the same redraw (the card is rendered when sent).</summary>
    public TimeSpan CountRedrawDelay { get; set; } = TimeSpan.FromSeconds(15);

    public string? ChannelKey => string.IsNullOrWhiteSpace(Channel) ? null : ConversationKeys.Configured(Channel.Trim());

    public TimeSpan ClosesAtTimeOfDay => TryTime(SignUpClosesAt, out var t) ? t : TimeSpan.FromHours(24);

    /// <summary>The instant sign-up closes for a deadline date.</summary>
    public DateTimeOffset ClosesAt(DateOnly deadline) => SendingCalendar.At(deadline, ClosesAtTimeOfDay);

    internal static bool TryTime(string? text, out TimeSpan time)
    {
        time = default;
        if (text == "24:00") { time = TimeSpan.FromHours(24); return true; }
        if (!TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var t)) return false;
        time = t.ToTimeSpan();
        return true;
    }
}

public sealed class OpenCallOptionsValidator : IValidateOptions<OpenCallOptions>
{
    public ValidateOptionsResult Validate(string? name, OpenCallOptions o)
    {
        var errors = new List<string>();
        if (!OpenCallOptions.TryTime(o.SignUpClosesAt, out _))
            errors.Add($"{OpenCallOptions.Section}:SignUpClosesAt 应形如 HH:mm（24:00 表示当天结束）/ must be HH:mm, 24:00 for the end of the day (is {o.SignUpClosesAt})");
        if (o.CountRedrawDelay < TimeSpan.Zero || o.CountRedrawDelay > TimeSpan.FromHours(1))
            errors.Add($"{OpenCallOptions.Section}:CountRedrawDelay 应在 00:00:00 到 01:00:00 之间 / must be between 0 and 1 hour (is {o.CountRedrawDelay})");
        if (o.Channel is { } c && (c.Length > 400 || c.Any(char.IsWhiteSpace)))
            errors.Add($"{OpenCallOptions.Section}:Channel 应为频道 ID 或会话键 / must be a channel id or conversation key");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
