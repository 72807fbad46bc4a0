using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using TaskBot.Assignments;
using TaskBot.Hosting;

namespace TaskBot.Bot;

/// <summary>
/// Sends to a person's personal chat through <c>ContinueConversationAsync</c> with their stored conversation
/// reference. The adapter's authentication is the caching one, so proactive sends reuse the connector clients.
/// Each message sets Summary and Teams' notify flag, so the toast says what it is about. A send that has begun is
/// finished even if the caller is cancelled or the host is stopping (see <see cref="InFlightSends"/>); a caller
/// already cancelled starts nothing.
/// </summary>
public sealed class ProactiveMessenger(TaskBotAdapter adapter, ConversationReferences references, IConfiguration configuration,
    InFlightSends inFlight, ILogger<ProactiveMessenger> logger) : IMessenger
{
    private readonly string? appId = configuration["MicrosoftAppId"] is { Length: > 0 } id ? id : null;

    public async Task<SendOutcome> SendToPersonAsync(string aadObjectId, OutboundMessage message, CancellationToken cancellationToken)
    {
        var reference = await references.GetPersonAsync(aadObjectId, cancellationToken);
        if (reference is null) return SendOutcome.NoConversation;
        var activity = Replies.From(new Reply(message.Text, message.Card, message.Summary), notify: true);
        cancellationToken.ThrowIfCancellationRequested();
        using var lease = inFlight.Enter();
        try
        {
            await adapter.ContinueConversationAsync(Identity(appId), reference, audience: null!,
                (turn, ct) => turn.SendActivityAsync(activity, ct), lease.Token);
            return SendOutcome.Sent;
        }
        catch (Exception e)
        {
            // Includes a send abandoned when the shutdown timeout ran out: it did not (knowingly) arrive.
            logger.LogWarning(e, "Proactive send to {AadObjectId} failed", aadObjectId);
            return SendOutcome.Failed;
        }
    }

    /// <summary>With no app id (local, anonymous) an empty identity makes the SDK send without a token.</summary>
    internal static ClaimsIdentity Identity(string? appId) => appId is null
        ? new ClaimsIdentity()
        : new ClaimsIdentity([new Claim(AuthenticationConstants.AudienceClaim, appId), new Claim(AuthenticationConstants.AppIdClaim, appId)]);
}
