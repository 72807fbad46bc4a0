using TaskBot.Storage;

namespace TaskBot.Delivery;

public enum OnceResult
{
    Sent,
    /// <summary>Sent before (by this or another instance): nothing done.</summary>
    AlreadySent,
    /// <summary>Another instance holds the claim right now; look again later.</summary>
    HeldElsewhere,
    /// <summary>Nobody to send to; the claim is completed so it is not retried every minute.</summary>
    Unreachable,
    /// <summary>The send failed after its retries; the claim was released so a later sweep retries.</summary>
    Failed,
}

/// <summary>
/// "Send message K once" across restarts and instances: claim K in the store, send, then complete the claim, or
/// release it if the send failed. A holder that dies leaves an uncompleted claim that another instance takes over
/// after its lease. The one window left is a crash between the connector accepting the message and the claim
/// being completed: that message is sent again (at least once, never silently lost).
/// </summary>
public sealed class OnceDelivery(IClaimStore claims, NudgeSender sender, TimeSpan lease)
{
    public async Task<OnceResult> SendAsync(string key, string conversationKey, Func<NudgeMessage> message, CancellationToken cancellationToken)
    {
        if (!await claims.TryClaimAsync(key, lease, cancellationToken))
            return await claims.GetClaimAsync(key, cancellationToken) is { Completed: true } ? OnceResult.AlreadySent : OnceResult.HeldElsewhere;
        DeliveryOutcome outcome;
        try
        {
            outcome = await sender.SendAsync(conversationKey, message(), cancellationToken);
        }
        catch
        {
            // Shutting down mid-send: let the next instance (or restart) have it rather than wait out the lease.
            await claims.ReleaseClaimAsync(key, CancellationToken.None);
            throw;
        }
        switch (outcome.Status)
        {
            case DeliveryStatus.Sent:
                await claims.CompleteClaimAsync(key, $"sent:{outcome.Attempts}", CancellationToken.None);
                return OnceResult.Sent;
            case DeliveryStatus.Unreachable:
                await claims.CompleteClaimAsync(key, $"unreachable:{outcome.LastHttpStatus}", CancellationToken.None);
                return OnceResult.Unreachable;
            default:
                await claims.ReleaseClaimAsync(key, CancellationToken.None);
                return OnceResult.Failed;
        }
    }
}
