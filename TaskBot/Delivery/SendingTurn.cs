using TaskBot.Storage;

namespace TaskBot.Delivery;

/// <summary>
/// One instance sends at a time. Teams' limits (7 messages a second per conversation, 50 per app) are for the bot,
/// not per process, and token buckets in memory cannot see another instance's sends; so the instances share a
/// renewable lease in the store, and only its holder puts messages on the wire. The others keep recording intents,
/// which the holder delivers; if the holder dies, another takes over when the lease runs out.
/// </summary>
public sealed class SendingTurn(IClaimStore store, TimeSpan lease, TimeProvider time)
{
    public const string Key = "outbox|sender";

    /// <summary>This process: a new id per start, so a restarted process waits out its dead predecessor's lease.</summary>
    private readonly string holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly SemaphoreSlim asking = new(1, 1);
    /// <summary>Until when this instance may send without asking the store (half the lease after the last renewal).</summary>
    private DateTimeOffset renewAt = DateTimeOffset.MinValue;
    private DateTimeOffset askAgainAt = DateTimeOffset.MinValue;

    public TimeSpan Lease => lease;

    /// <summary>True while this instance holds the turn. Renewed when half the lease is gone; another's turn is asked
    /// about again at most every quarter lease, so waiting instances cost the store little.</summary>
    public async ValueTask<bool> IsMineAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now < renewAt) return true;
        if (now < askAgainAt) return false;
        await asking.WaitAsync(cancellationToken);
        try
        {
            now = time.GetUtcNow();
            if (now < renewAt) return true;
            if (now < askAgainAt) return false;
            if (await store.TryHoldAsync(Key, holder, lease, cancellationToken))
            {
                renewAt = now + lease / 2;
                return true;
            }
            // Lost it, or never had it: stop at once (what is on the wire finishes), look again later.
            renewAt = DateTimeOffset.MinValue;
            askAgainAt = now + lease / 4;
            return false;
        }
        finally { asking.Release(); }
    }
}
