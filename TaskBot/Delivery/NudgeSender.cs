using System.Threading.RateLimiting;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using TaskBot.Reminders;

namespace TaskBot.Delivery;

public enum DeliveryStatus
{
    Sent,
    /// <summary>No conversation with that person (never installed, or removed): retrying will not help.</summary>
    Unreachable,
    /// <summary>Still failing after the retries; the caller releases its claim so a later sweep tries again.</summary>
    Failed,
}

public sealed record DeliveryOutcome(DeliveryStatus Status, int Attempts, int? LastHttpStatus);

/// <summary>
/// Sends through the transport within Teams' limits: a token bucket per conversation (7 messages/s by default) and
/// one for the whole app (50 requests/s), both waited for (queued), not rejected. Every attempt, retries included,
/// takes a token from both. Retries 429/412/502/504 and timeouts with Polly: exponential backoff with jitter, or
/// the connector's Retry-After when it gives one.
/// </summary>
public sealed class NudgeSender : IAsyncDisposable
{
    private readonly INudgeTransport transport;
    private readonly PartitionedRateLimiter<string> perConversation;
    private readonly TokenBucketRateLimiter global;
    private readonly ResiliencePipeline<TransportResult> retry;
    private readonly ResiliencePipeline attemptTimeout;

    public NudgeSender(INudgeTransport transport, DeliveryOptions options, TimeProvider time)
    {
        this.transport = transport;
        if (options.PerConversationPerSecond <= 0 || options.GlobalPerSecond <= 0 || options.PerConversationBurst < 1 || options.GlobalBurst < 1)
            throw new ArgumentException("TaskBot:Reminders:Delivery rates must be > 0 and bursts ≥ 1");
        // The partitioned limiter refills its buckets every 100 ms by elapsed time (a continuous fill at
        // TokensPerPeriod / ReplenishmentPeriod), so the rate may be fractional.
        var perConversationOptions = new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.PerConversationBurst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromTicks((long)(TimeSpan.TicksPerSecond / options.PerConversationPerSecond)),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };
        perConversation = PartitionedRateLimiter.Create<string, string>(key =>
            RateLimitPartition.GetTokenBucketLimiter(key, _ => perConversationOptions));
        // One token per period on its own timer: with a burst of 1, at most GlobalPerSecond in any second.
        global = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.GlobalBurst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromTicks((long)(TimeSpan.TicksPerSecond / options.GlobalPerSecond)),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
        retry = new ResiliencePipelineBuilder<TransportResult> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<TransportResult>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Result: { } r } => r.Transient,
                    // A timeout or a broken connection; but not our own cancellation (shutting down).
                    { Exception: OperationCanceledException } => !args.Context.CancellationToken.IsCancellationRequested,
                    { Exception: not null } => true,
                    _ => false,
                }),
                // The connector's Retry-After wins; null falls back to the exponential backoff with jitter.
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter is { } after && after > TimeSpan.Zero
                    ? after : (TimeSpan?)null),
            })
            .Build();
        attemptTimeout = new ResiliencePipelineBuilder { TimeProvider = time }.AddTimeout(options.AttemptTimeout).Build();
    }

    public async Task<DeliveryOutcome> SendAsync(string conversationKey, NudgeMessage message, CancellationToken cancellationToken)
    {
        var attempts = 0;
        int? lastStatus = null;
        try
        {
            var result = await retry.ExecuteAsync(async ct =>
            {
                using var conversationLease = await perConversation.AcquireAsync(conversationKey, 1, ct);
                using var globalLease = await global.AcquireAsync(1, ct);
                Interlocked.Increment(ref attempts);
                var r = await attemptTimeout.ExecuteAsync(async t => await transport.SendAsync(conversationKey, message, t), ct);
                lastStatus = r.Status;
                return r;
            }, cancellationToken);
            return new(result.Succeeded ? DeliveryStatus.Sent : result.Unreachable ? DeliveryStatus.Unreachable : DeliveryStatus.Failed,
                attempts, result.Status);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Retries exhausted on a timeout or a connection error.
            return new(DeliveryStatus.Failed, attempts, lastStatus);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await perConversation.DisposeAsync();
        await global.DisposeAsync();
    }
}
