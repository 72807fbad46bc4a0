using Microsoft.Extensions.Options;

namespace TaskBot.Delivery;

/// <summary>Bound from <c>TaskBot:Outbox</c>; checked at start by <see cref="OutboxOptionsValidator"/>.</summary>
public sealed class OutboxOptions
{
    public const string Section = "TaskBot:Outbox";
    /// <summary>How often the sender looks for pending messages when nothing wakes it (a write wakes it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>How long a claimed message is this instance's; a holder that died is taken over after it.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>How long the sending turn (<see cref="SendingTurn"/>) is an instance's without renewal: after a crash,
    /// another instance starts sending at most this long after the last renewal.</summary>
    public TimeSpan SenderLease { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>Messages being sent at once by this instance (the token buckets still pace them).</summary>
    public int MaxConcurrentSends { get; set; } = 16;
    /// <summary>Pending messages read per look.</summary>
    public int BatchSize { get; set; } = 500;
    /// <summary>Sends of one message (each with the sender's own retries) before it is given up as undeliverable.</summary>
    public int MaxAttempts { get; set; } = 20;
    /// <summary>The longest wait before another attempt of a failed message.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);
}

public sealed class OutboxOptionsValidator : IValidateOptions<OutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxOptions o)
    {
        var errors = new List<string>();
        if (o.PollInterval <= TimeSpan.Zero) errors.Add("TaskBot:Outbox:PollInterval 必须大于 0 / must be positive");
        if (o.ClaimLease < TimeSpan.FromSeconds(1)) errors.Add("TaskBot:Outbox:ClaimLease 至少 1 秒 / must be at least 00:00:01");
        if (o.SenderLease < TimeSpan.FromSeconds(2)) errors.Add("TaskBot:Outbox:SenderLease 至少 2 秒 / must be at least 00:00:02");
        if (o.MaxConcurrentSends < 1) errors.Add("TaskBot:Outbox:MaxConcurrentSends 至少为 1 / must be at least 1");
        if (o.BatchSize < 1) errors.Add("TaskBot:Outbox:BatchSize 至少为 1 / must be at least 1");
        if (o.MaxAttempts < 1) errors.Add("TaskBot:Outbox:MaxAttempts 至少为 1 / must be at least 1");
        if (o.MaxBackoff < TimeSpan.FromSeconds(1)) errors.Add("TaskBot:Outbox:MaxBackoff 至少 1 秒 / must be at least 00:00:01");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

/// <summary>Wakes the outbox sender when a write has recorded messages, so they go out now, not at the next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Wake()
    {
        try { signal.Release(); }
        catch (SemaphoreFullException) { /* already awake */ }
    }

    internal Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);
}

/// <summary>
/// Draws a message whose content is known only at send time (the leader's dispatch status counts the assignment
/// cards delivered so far). <see cref="RenderedIntent.Final"/> false: send this (an update in place) and look
/// again later; null message: nothing to send yet.
/// </summary>
public interface IIntentRenderer
{
    string Kind { get; }
    Task<RenderedIntent> RenderAsync(Storage.OutboxIntent intent, CancellationToken cancellationToken);
}

public sealed record RenderedIntent(NudgeMessage? Message, bool Final);
