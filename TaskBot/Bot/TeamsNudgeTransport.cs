using Microsoft.Extensions.Options;
using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using System.Net;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using Newtonsoft.Json;
using TaskBot.Assignments;
using TaskBot.Delivery;
using TaskBot.Hosting;
using TaskBot.Observability;
using TaskBot.Storage;

namespace TaskBot.Bot;

/// <summary>
/// The one transport to Teams for proactive messages (assignment cards, notes, nudges, the digest, the leader's
/// dispatch status): one attempt to post a message into a stored conversation (person, group chat or channel), or to
/// update one in place, through <c>ContinueConversationAsync</c> on the caching adapter. Retries and rate limits are
/// the caller's (<see cref="NudgeSender"/>, driven by the outbox sender); this reports the connector's status,
/// Retry-After and the new activity's id. Each message sets Summary and Teams' notify flag. A send that has begun is
/// finished even if the caller is cancelled or the host is stopping (<see cref="InFlightSends"/>); a caller already
/// cancelled starts nothing. An architecture test checks that nothing else in the app sends proactively.
/// </summary>
public sealed class TeamsNudgeTransport(TaskBotAdapter adapter, IConversationStore conversations, IOptions<BotOptions> botOptions,
    ServiceUrlPolicy serviceUrls, InFlightSends inFlight, TaskBotMetrics metrics, ILogger<TeamsNudgeTransport> logger) : INudgeTransport
{
    private readonly string? appId = botOptions.Value.MicrosoftAppId is { Length: > 0 } id ? id : null;

    public async Task<TransportResult> SendAsync(string conversationKey, NudgeMessage message, CancellationToken cancellationToken)
    {
        var json = await conversations.GetConversationReferenceAsync(conversationKey, cancellationToken);
        if (json is null)
        {
            metrics.ReminderFailed("no_conversation");
            return TransportResult.NoConversation;
        }
        var reference = JsonConvert.DeserializeObject<ConversationReference>(json)!;
        // A reference stored before the host allow-list (or with the list since narrowed) will never be sent to:
        // permanent, like a missing conversation, so the message is recorded undeliverable at once, not retried.
        if (!serviceUrls.IsTrusted(reference.ServiceUrl))
        {
            logger.LogWarning("Not sending to {Conversation}: its serviceUrl host is not in TaskBot:TrustedServiceUrlHosts", conversationKey);
            metrics.ReminderFailed("untrusted_service_url");
            return TransportResult.UntrustedHost;
        }
        var activity = Replies.From(new Reply(message.Text, message.Card, message.Summary), notify: message.UpdateActivityId is null);
        if (message.UpdateActivityId is { } id) activity.Id = id;
        cancellationToken.ThrowIfCancellationRequested();
        using var lease = inFlight.Enter();
        var result = await SendOnceAsync(reference, activity, update: message.UpdateActivityId is not null, lease.Token);
        if (result.Succeeded) metrics.ReminderSent();
        else metrics.ReminderFailed(result.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return result;
    }

    private async Task<TransportResult> SendOnceAsync(ConversationReference reference, Activity activity, bool update, CancellationToken cancellationToken)
    {
        try
        {
            string? id = null;
            Exception? failure = null;
            await adapter.ContinueConversationAsync(Identity(appId), reference, audience: null!, async (turn, ct) =>
            {
                // Caught here: an exception leaving the callback goes to the adapter's OnTurnError, which logs it and
                // returns normally, and a failed send would look delivered.
                // An updated message keeps its id, whatever the connector answers.
                try
                {
                    if (update)
                    {
                        await turn.UpdateActivityAsync(activity, ct);
                        id = activity.Id;
                    }
                    else id = (await turn.SendActivityAsync(activity, ct))?.Id;
                }
                catch (Exception e) { failure = e; }
            }, cancellationToken);
            if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            return new TransportResult(200, null, id);
        }
        catch (ErrorResponseException e) when (e.Response is not null)
        {
            return FromResponse(e.Response.StatusCode, e.Response.Headers);
        }
        catch (HttpOperationException e) when (e.Response is not null)
        {
            return FromResponse(e.Response.StatusCode, e.Response.Headers);
        }
        catch (HttpRequestException e)
        {
            // The connector could not be reached: worth another try later, like a gateway error.
            logger.LogWarning(e, "Send to {Conversation} could not reach the connector", reference.Conversation?.Id);
            return new TransportResult((int)HttpStatusCode.BadGateway);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new TransportResult((int)HttpStatusCode.GatewayTimeout);   // the HTTP client's own timeout
        }
    }

    /// <summary>With no app id (local, anonymous) an empty identity makes the SDK send without a token.</summary>
    internal static ClaimsIdentity Identity(string? appId) => appId is null
        ? new ClaimsIdentity()
        : new ClaimsIdentity([new System.Security.Claims.Claim(AuthenticationConstants.AudienceClaim, appId), new System.Security.Claims.Claim(AuthenticationConstants.AppIdClaim, appId)]);

    /// <summary>The status, and Retry-After when given in seconds (Teams' form); an HTTP-date form is left to the sender's backoff.</summary>
    private static TransportResult FromResponse(HttpStatusCode status, IDictionary<string, IEnumerable<string>>? headers)
    {
        var value = headers?.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        TimeSpan? retryAfter = double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds) : null;
        return new TransportResult((int)status, retryAfter);
    }
}
