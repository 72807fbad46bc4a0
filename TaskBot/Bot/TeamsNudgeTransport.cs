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
/// One attempt to deliver a reminder or digest card to a stored conversation (person, group chat or channel),
/// through <c>ContinueConversationAsync</c> on the caching adapter. Retries and rate limits are the caller's
/// (<see cref="NudgeSender"/>); this reports the connector's status and Retry-After so the caller can decide.
/// </summary>
public sealed class TeamsNudgeTransport(TaskBotAdapter adapter, IConversationStore conversations, IConfiguration configuration,
    InFlightSends inFlight, TaskBotMetrics metrics, ILogger<TeamsNudgeTransport> logger) : INudgeTransport
{
    private readonly string? appId = configuration["MicrosoftAppId"] is { Length: > 0 } id ? id : null;

    public async Task<TransportResult> SendAsync(string conversationKey, NudgeMessage message, CancellationToken cancellationToken)
    {
        var json = await conversations.GetConversationReferenceAsync(conversationKey, cancellationToken);
        if (json is null)
        {
            metrics.ReminderFailed("no_conversation");
            return TransportResult.NoConversation;
        }
        var reference = JsonConvert.DeserializeObject<ConversationReference>(json)!;
        var activity = Replies.From(new Reply(message.Text, message.Card, message.Summary), notify: true);
        cancellationToken.ThrowIfCancellationRequested();
        using var lease = inFlight.Enter();
        var result = await SendOnceAsync(reference, activity, lease.Token);
        if (result.Succeeded) metrics.ReminderSent();
        else metrics.ReminderFailed(result.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return result;
    }

    private async Task<TransportResult> SendOnceAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await adapter.ContinueConversationAsync(ProactiveMessenger.Identity(appId), reference, audience: null!,
                (turn, ct) => turn.SendActivityAsync(activity, ct), cancellationToken);
            return TransportResult.Sent;
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
            logger.LogWarning(e, "Reminder send to {Conversation} could not reach the connector", reference.Conversation?.Id);
            return new TransportResult((int)HttpStatusCode.BadGateway);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new TransportResult((int)HttpStatusCode.GatewayTimeout);   // the HTTP client's own timeout
        }
    }

    /// <summary>The status, and Retry-After when given in seconds (Teams' form); an HTTP-date form is left to the sender's backoff.</summary>
    private static TransportResult FromResponse(HttpStatusCode status, IDictionary<string, IEnumerable<string>>? headers)
    {
        var value = headers?.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        TimeSpan? retryAfter = double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds) : null;
        return new TransportResult((int)status, retryAfter);
    }
}
