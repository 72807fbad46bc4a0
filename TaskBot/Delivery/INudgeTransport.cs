using System.Text.Json.Nodes;

namespace TaskBot.Delivery;

/// <summary>
/// One proactive message (assignment card, note, nudge, digest, the leader's dispatch status): the toast text
/// (<see cref="Summary"/>, also Teams' notify flag), a fallback text and an Adaptive Card 1.5 (or none).
/// <see cref="Key"/> identifies the delivery (the outbox key); a transport may pass it along so a connector log can
/// count deliveries. With <see cref="UpdateActivityId"/> the message replaces that activity in place.
/// </summary>
public sealed record NudgeMessage(string Key, string Summary, string? Text, JsonObject? Card, string? UpdateActivityId = null);

/// <summary>
/// What the connector answered: the HTTP status (2xx sent; 404/403 the conversation is unknown or the bot was
/// removed; 429/412/502/504 worth retrying) and the Retry-After it gave.
/// </summary>
/// <param name="ActivityId">The id the connector gave a posted message (kept, to update the card in place later).</param>
public sealed record TransportResult(int Status, TimeSpan? RetryAfter = null, string? ActivityId = null)
{
    public static readonly TransportResult Sent = new(200);
    /// <summary>No stored conversation reference under the key: nobody to send to.</summary>
    public static readonly TransportResult NoConversation = new(404);
    /// <summary>The conversation's service URL is not an allowed host: the bot will never post there.</summary>
    public static readonly TransportResult UntrustedHost = new(403);

    public bool Succeeded => Status is >= 200 and < 300;
    public bool Unreachable => Status is 403 or 404;
    public bool Transient => Status is 429 or 412 or 502 or 504;
}

/// <summary>
/// The one transport to Teams for proactive messages: one attempt to post one message into a stored conversation
/// (<c>user:{aadObjectId}</c>, <c>channel:{id}</c>, <c>chat:{id}</c>, the keys of the conversation store). The bot
/// layer implements it with <c>CloudAdapter.ContinueConversationAsync</c>. It does not retry or rate-limit:
/// <see cref="NudgeSender"/> does, for the <see cref="OutboxSender"/> and the reminder sweep. An architecture test
/// checks that nothing else sends proactively. It returns the connector's status instead of throwing for HTTP errors; a timeout
/// or a broken connection may throw.
/// </summary>
public interface INudgeTransport
{
    Task<TransportResult> SendAsync(string conversationKey, NudgeMessage message, CancellationToken cancellationToken);
}
