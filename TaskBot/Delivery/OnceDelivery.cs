using TaskBot.Storage;

namespace TaskBot.Delivery;

/// <summary>
/// "Send message K once" for the reminder sweep and the weekly digest, through the outbox: the message is recorded
/// as an intent under K (in the partition named by K's first segment: a reminder's task, <c>digest</c>…) and
/// delivered at once by <see cref="OutboxDelivery"/>, the same claim, limits, retries and transport as every other
/// proactive message. A delivery that fails stays pending and is retried by the sweep and by the outbox sender; a
/// process that dies mid-send leaves the intent to the next one.
/// </summary>
public sealed class OnceDelivery(IStore store, OutboxDelivery outbox, TimeProvider time)
{
    /// <summary>Outside the app's services (tests, the reminder bench): its own delivery over <paramref name="sender"/>.</summary>
    public static OnceDelivery Create(IStore store, NudgeSender sender, TimeSpan lease, TimeProvider time) =>
        new(store, new OutboxDelivery(store, sender, [], new OutboxOptions { ClaimLease = lease },
            new SendingTurn(store, new OutboxOptions().SenderLease, time), time,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<OutboxDelivery>.Instance), time);

    public async Task<DeliveryStatus> SendAsync(string key, string conversationKey, Func<NudgeMessage> message, CancellationToken cancellationToken)
    {
        var partition = key.Split('|')[0];
        var intent = await store.GetIntentAsync(partition, key, cancellationToken);
        if (intent is null)
        {
            // Sent before this key was an outbox intent (a database from an earlier version).
            if (await store.GetClaimAsync(key, cancellationToken) is { Completed: true }) return DeliveryStatus.AlreadySent;
            var m = message();
            // Delivered right here when this instance sends; else due at once, for the instance whose turn it is.
            var mine = await outbox.IsMyTurnAsync(cancellationToken);
            intent = new OutboxIntent
            {
                Key = key,
                Partition = partition,
                ConversationKey = conversationKey,
                Summary = m.Summary,
                Text = m.Text,
                CardJson = m.Card?.ToJsonString(),
                // Here, the outbox sender takes it up only if this caller does not get it out.
                DueAt = mine ? time.GetUtcNow() + outbox.ClaimLease : time.GetUtcNow(),
            };
            await store.AddIntentsAsync([intent], cancellationToken);
        }
        if (intent.State == OutboxState.Sent) return DeliveryStatus.AlreadySent;
        if (intent.State == OutboxState.Undeliverable) return DeliveryStatus.Unreachable;
        return await outbox.DeliverAsync(intent, cancellationToken);
    }
}
