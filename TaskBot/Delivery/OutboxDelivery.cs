using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using TaskBot.Storage;

namespace TaskBot.Delivery;

/// <summary>
/// Delivers one outbox intent, once across restarts and instances: claims its key with a lease (another instance
/// holding it: <see cref="DeliveryStatus.HeldElsewhere"/>), reads it again (sent meanwhile: nothing to do), draws it if
/// its kind is drawn at send time, sends it through <see cref="NudgeSender"/> (token buckets, Polly retries, the
/// transport's in-flight accounting), records the result and the activity id, and completes the claim. A failed send
/// is released and due again after a backoff (undeliverable after <see cref="OutboxOptions.MaxAttempts"/>); an
/// unreachable person is recorded as undeliverable. A process that dies after the connector took a message but
/// before it was recorded leaves the claim to run out: that message is sent again, the only duplicate. Only the
/// instance whose <see cref="SendingTurn"/> it is sends; on the others every intent stays pending for the holder.
/// </summary>
public sealed class OutboxDelivery(IStore store, NudgeSender sender, IEnumerable<IIntentRenderer> renderers, OutboxOptions options,
    SendingTurn turn, TimeProvider time, ILogger<OutboxDelivery> logger)
{
    private readonly Dictionary<string, IIntentRenderer> renderersByKind = renderers.ToDictionary(r => r.Kind);
    /// <summary>Keys this process is delivering now: the reminder sweep and the outbox sender never both send one, even
    /// when a send waits on the rate limits longer than its claim's lease.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> inHand = new();

    public static string ClaimKey(string intentKey) => $"outbox|{intentKey}";

    public TimeSpan ClaimLease => options.ClaimLease;

    /// <summary>Whether this instance sends now (see <see cref="SendingTurn"/>).</summary>
    public ValueTask<bool> IsMyTurnAsync(CancellationToken cancellationToken) => turn.IsMineAsync(cancellationToken);

    public async Task<DeliveryStatus> DeliverAsync(OutboxIntent seen, CancellationToken cancellationToken)
    {
        if (!await turn.IsMineAsync(cancellationToken)) return DeliveryStatus.HeldElsewhere;
        if (!inHand.TryAdd(seen.Key, 0)) return DeliveryStatus.HeldElsewhere;
        try { return await DeliverClaimedAsync(seen, cancellationToken); }
        finally { inHand.TryRemove(seen.Key, out _); }
    }

    private async Task<DeliveryStatus> DeliverClaimedAsync(OutboxIntent seen, CancellationToken cancellationToken)
    {
        var claim = ClaimKey(seen.Key);
        if (!await store.TryClaimAsync(claim, options.ClaimLease, cancellationToken))   // another instance has it, or sent it
            return (await store.GetIntentAsync(seen.Partition, seen.Key, cancellationToken))?.State == OutboxState.Pending
                ? DeliveryStatus.HeldElsewhere : DeliveryStatus.AlreadySent;
        var completed = false;
        try
        {
            var intent = await store.GetIntentAsync(seen.Partition, seen.Key, cancellationToken);
            if (intent is null || intent.State != OutboxState.Pending)
            {
                await store.CompleteClaimAsync(claim, intent?.Result, CancellationToken.None);
                completed = true;
                return DeliveryStatus.AlreadySent;
            }
            var now = time.GetUtcNow();
            var final = true;
            NudgeMessage? message;
            if (renderersByKind.TryGetValue(intent.Kind, out var renderer))
            {
                var rendered = await renderer.RenderAsync(intent, cancellationToken);
                (message, final) = (rendered.Message, rendered.Final);
                // Not final: look again soon; send only what differs from what the person already sees.
                if (!final && (message is null || message.Summary == intent.Result))
                {
                    await store.UpdateIntentAsync(intent with { DueAt = now + options.PollInterval }, CancellationToken.None);
                    return DeliveryStatus.HeldElsewhere;
                }
                if (message is null)
                {
                    await store.UpdateIntentAsync(intent with { State = OutboxState.Undeliverable, Result = "nothing to send" }, CancellationToken.None);
                    await store.CompleteClaimAsync(claim, "nothing to send", CancellationToken.None);
                    completed = true;
                    return DeliveryStatus.AlreadySent;
                }
            }
            else
            {
                message = new NudgeMessage(intent.Key, intent.Summary, intent.Text,
                    intent.CardJson is null ? null : JsonNode.Parse(intent.CardJson)!.AsObject(), intent.UpdateActivityId);
            }

            var outcome = await sender.SendAsync(intent.ConversationKey, message, cancellationToken);
            var attempts = intent.Attempts + 1;
            switch (outcome.Status)
            {
                case DeliveryStatus.Sent when !final:
                    await store.UpdateIntentAsync(intent with
                    {
                        Attempts = attempts, Result = message.Summary, DueAt = time.GetUtcNow() + options.PollInterval,
                        ActivityId = outcome.ActivityId ?? intent.ActivityId,
                    }, CancellationToken.None);
                    return DeliveryStatus.Sent;
                case DeliveryStatus.Sent:
                                        await store.UpdateIntentAsync(intent with
                    {
                        State = OutboxState.Sent, Attempts = attempts, Result = $"sent:{outcome.Attempts}",
                        ActivityId = outcome.ActivityId ?? intent.UpdateActivityId ?? intent.ActivityId,
                    }, CancellationToken.None);
                    await store.CompleteClaimAsync(claim, "sent", CancellationToken.None);
                    completed = true;
                    return DeliveryStatus.Sent;
                case DeliveryStatus.Unreachable:
                                        logger.LogInformation("Outbox: {Key} cannot reach {Conversation} ({Status})", intent.Key, intent.ConversationKey, outcome.LastHttpStatus);
                    await store.UpdateIntentAsync(intent with
                    {
                        State = OutboxState.Undeliverable, Attempts = attempts, Result = $"unreachable:{outcome.LastHttpStatus}",
                    }, CancellationToken.None);
                    await store.CompleteClaimAsync(claim, "unreachable", CancellationToken.None);
                    completed = true;
                    return DeliveryStatus.Unreachable;
                default:
                                        var giveUp = attempts >= options.MaxAttempts;
                    logger.LogWarning("Outbox: {Key} failed (attempt {Attempts}, last status {Status}){GiveUp}", intent.Key, attempts,
                        outcome.LastHttpStatus, giveUp ? "; given up" : "");
                    await store.UpdateIntentAsync(intent with
                    {
                        State = giveUp ? OutboxState.Undeliverable : OutboxState.Pending, Attempts = attempts,
                        Result = $"failed:{outcome.LastHttpStatus}", DueAt = time.GetUtcNow() + Backoff(attempts),
                    }, CancellationToken.None);
                    if (giveUp)
                    {
                        await store.CompleteClaimAsync(claim, "failed", CancellationToken.None);
                        completed = true;
                    }
                    return DeliveryStatus.Failed;
            }
        }
        finally
        {
            // Failed, not final, or shutting down mid-send: let this or another instance have it again.
            if (!completed) await store.ReleaseClaimAsync(claim, CancellationToken.None);
        }
    }

    /// <summary>1 s, 2 s, 4 s … up to <see cref="OutboxOptions.MaxBackoff"/>, with ±20% jitter.</summary>
    private TimeSpan Backoff(int attempts)
    {
        var seconds = Math.Min(options.MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(attempts - 1, 20)));
        return TimeSpan.FromSeconds(seconds * (0.8 + 0.4 * Random.Shared.NextDouble()));
    }
}
