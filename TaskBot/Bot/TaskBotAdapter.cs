using System.Net;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json;
using TaskBot.Observability;

namespace TaskBot.Bot;

/// <summary>
/// The CloudAdapter with the checks an internet-facing endpoint needs before the SDK sees a request: a body that is
/// not an Activity, or lacks <c>from</c>, a conversation or a service URL, gets 400 (the SDK would throw and answer
/// 500); a missing or invalid token gets 401; nothing else escapes as a 500. Every turn gets a correlation id, carried
/// by a logging scope (with the activity's id, type and conversation) around everything logged during the turn; a
/// turn that throws is logged with it and the user gets a short apology carrying it. Each authenticated request's
/// duration is recorded as <c>taskbot.turn.duration</c>.
/// </summary>
public sealed class TaskBotAdapter : CloudAdapter
{
    /// <summary>A Teams message is at most ~28 KB; 20,000 Chinese characters with markup stay well under this.</summary>
    public const int MaxBodyBytes = 512 * 1024;
    private const string TurnKey = "TaskBot.Turn";
    private readonly ILogger<TaskBotAdapter> logger;
    private readonly TaskBotMetrics metrics;
    private readonly TimeProvider time;
    private readonly ServiceUrlPolicy serviceUrls;

    public TaskBotAdapter(BotFrameworkAuthentication authentication, TaskBotMetrics metrics, TimeProvider time, ServiceUrlPolicy serviceUrls, ILogger<TaskBotAdapter> logger)
        : base(authentication, logger)
    {
        (this.logger, this.metrics, this.time, this.serviceUrls) = (logger, metrics, time, serviceUrls);
        OnTurnError = ApologiseAsync;
    }

    /// <summary>What the turn's error handler needs to know about the request around it.</summary>
    private sealed class TurnInfo(string correlationId)
    {
        public string CorrelationId { get; } = correlationId;
        public bool Failed { get; set; }
    }

    public async Task HandleAsync(HttpContext http, IBot bot)
    {
        var started = time.GetTimestamp();
        var (request, response) = (http.Request, http.Response);
        var cancellationToken = http.RequestAborted;
        if (request.ContentLength > MaxBodyBytes) { response.StatusCode = StatusCodes.Status413PayloadTooLarge; return; }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes;

        Activity? activity;
        try
        {
            using var reader = new StreamReader(request.Body);
            activity = JsonConvert.DeserializeObject<Activity>(await reader.ReadToEndAsync(cancellationToken), HttpHelper.BotMessageSerializerSettings);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A body sent chunked (no Content-Length) that grows past the limit.
            response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        catch (Exception e) when (e is JsonException or BadHttpRequestException or InvalidOperationException or ArgumentException)
        {
            await BadRequestAsync(response, "请求体不是有效的 Activity JSON / body is not a valid Activity", cancellationToken);
            return;
        }
        if (Problem(activity) is { } problem) { await BadRequestAsync(response, problem, cancellationToken); return; }

        var turn = new TurnInfo(CorrelationId.New());
        using var scope = logger.BeginScope("Turn {CorrelationId} {ActivityType} {BotActivityId} in {ConversationId}",
            turn.CorrelationId, activity!.Type, activity.Id, activity.Conversation.Id);

        AuthenticateRequestResult authentication;
        try
        {
            var header = request.Headers.Authorization.ToString();
            if (header.Length > 0 && !LooksSigned(header))
                throw new UnauthorizedAccessException("token is not an asymmetrically signed JWT");
            authentication = await BotFrameworkAuthentication.AuthenticateRequestAsync(activity!, header, cancellationToken);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or ArgumentException or SecurityTokenException)
        {
            // ArgumentException: the SDK's answer to a token that is not even a JWT.
            logger.LogWarning("Rejected an activity without a valid Bot Framework token: {Reason}", e.Message);
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The issuer's signing keys could not be fetched: the token can be neither accepted nor refused. The
            // channel retries on 503.
            logger.LogError(e, "Could not validate the Bot Framework token [{CorrelationId}]", CorrelationId.New());
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.Headers.RetryAfter = "5";
            return;
        }

        if (!serviceUrls.IsTrusted(activity!.ServiceUrl))
        {
            // Answering would mean POSTing wherever the request says: refused, and the stored references stay.
            logger.LogWarning("Refused an activity from {From} whose serviceUrl {ServiceUrl} is not in TaskBot:TrustedServiceUrlHosts",
                activity.From?.AadObjectId ?? activity.From?.Id, PreviewShort(activity.ServiceUrl));
            response.StatusCode = StatusCodes.Status403Forbidden;
            await response.WriteAsJsonAsync(new { error = "serviceUrl 不在受信任的主机列表中 / serviceUrl is not a trusted host (TaskBot:TrustedServiceUrlHosts)" }, cancellationToken);
            return;
        }

        try
        {
            var invokeResponse = await ProcessActivityAsync(authentication, activity!, (turnContext, ct) =>
            {
                turnContext.TurnState.Add(TurnKey, turn);
                return bot.OnTurnAsync(turnContext, ct);
            }, cancellationToken);
            await HttpHelper.WriteResponseAsync(response, invokeResponse);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller went away; nothing to answer.
        }
        catch (Exception e)
        {
            // Failures outside the bot's turn (OnTurnError handles those inside it). The channel retries on 503.
            turn.Failed = true;
            logger.LogError(e, "Request failed outside the turn [{CorrelationId}]", turn.CorrelationId);
            if (!response.HasStarted)
            {
                response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                response.Headers.RetryAfter = "5";
            }
        }
        finally
        {
            metrics.TurnCompleted(time.GetElapsedTime(started), activity!.Type, turn.Failed);
        }
    }

    /// <summary>
    /// Bot Framework tokens are JWTs signed with RSA keys the channel publishes. A token with no signature, or signed
    /// with a shared secret (alg none / HS256: what a forger can make), is refused here, before the SDK would go
    /// and fetch the issuer's keys for it.
    /// </summary>
    internal static bool LooksSigned(string authorization)
    {
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return false;
        var parts = authorization[7..].Trim().Split('.');
        if (parts.Length != 3 || parts[2].Length == 0) return false;
        try
        {
            var header = parts[0].Replace('-', '+').Replace('_', '/');
            header = header.PadRight(header.Length + (4 - header.Length % 4) % 4, '=');
            using var json = System.Text.Json.JsonDocument.Parse(Convert.FromBase64String(header));
            return json.RootElement.TryGetProperty("alg", out var alg) && alg.GetString() is { } a
                && (a.StartsWith("RS", StringComparison.Ordinal) || a.StartsWith("PS", StringComparison.Ordinal) || a.StartsWith("ES", StringComparison.Ordinal));
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
        {
            return false;
        }
    }

    /// <summary>Why the SDK cannot handle this activity, or null.</summary>
    internal static string? Problem(Activity? activity) => activity switch
    {
        null => "请求体为空 / empty body",
        { Type: null or "" } => "缺少 type / missing type",
        { From: null } or { From.Id: null or "" } => "缺少 from / missing from",
        { Conversation: null } or { Conversation.Id: null or "" } => "缺少 conversation / missing conversation",
        { Timestamp: { } t } when !PlausibleTime(t) => "timestamp 不在合理范围内 / timestamp is out of range",
        { LocalTimestamp: { } t } when !PlausibleTime(t) => "localTimestamp 不在合理范围内 / localTimestamp is out of range",
        _ when !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var u) || u.Scheme is not ("https" or "http")
            => "缺少有效的 serviceUrl / missing or invalid serviceUrl",
        _ => null,
    };

    /// <summary>Deadlines are computed from the message's date: a date such as 0001-01-01 is no date a client sends.</summary>
    private static bool PlausibleTime(DateTimeOffset t) => t.Year is >= 2000 and <= 2100;

    private static string PreviewShort(string? s) => s is null ? "(none)" : s.Length <= 80 ? s : s[..80] + "…";

    private static async Task BadRequestAsync(HttpResponse response, string message, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status400BadRequest;
        await response.WriteAsJsonAsync(new { error = message }, cancellationToken);
    }

    private async Task ApologiseAsync(ITurnContext turnContext, Exception exception)
    {
        if (exception is OperationCanceledException)
        {
            // The caller hung up (or the host is stopping): nobody to apologise to.
            logger.LogInformation("Turn cancelled for {ActivityType} in {ConversationId}", turnContext.Activity.Type, turnContext.Activity.Conversation?.Id);
            return;
        }
        var turn = turnContext.TurnState.Get<TurnInfo>(TurnKey);
        if (turn is not null) turn.Failed = true;
        var id = turn?.CorrelationId ?? CorrelationId.New();
        logger.LogError(exception, "Turn failed [{CorrelationId}] activity {ActivityType}/{ActivityName} in {ConversationId}",
            id, turnContext.Activity.Type, turnContext.Activity.Name, turnContext.Activity.Conversation?.Id);
        var apology = $"抱歉，处理时出现了问题，请稍后再试。如仍有问题，请把错误编号 {id} 告诉管理员。";
        try
        {
            if (turnContext.Activity.Type == ActivityTypes.Invoke)
            {
                // The card stays as it was; the apology shows where Teams shows invoke answers.
                await turnContext.SendActivityAsync(new Activity
                {
                    Type = ActivityTypesEx.InvokeResponse,
                    Value = new InvokeResponse
                    {
                        Status = (int)HttpStatusCode.OK,
                        Body = new AdaptiveCardInvokeResponse { StatusCode = 200, Type = "application/vnd.microsoft.activity.message", Value = apology },
                    },
                });
            }
            else if (turnContext.Activity.Type == ActivityTypes.Message)
            {
                await turnContext.SendActivityAsync(Replies.Plain(apology));
            }
        }
        catch (Exception sendFailure)
        {
            logger.LogError(sendFailure, "Could not send the apology [{CorrelationId}]", id);
        }
    }
}

/// <summary>Short ids people can read out to an administrator and find in the logs.</summary>
public static class CorrelationId
{
    public static string New() => Convert.ToHexString(Guid.NewGuid().ToByteArray(), 0, 4);
}
