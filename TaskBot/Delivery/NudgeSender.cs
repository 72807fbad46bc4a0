using System.Threading.RateLimiting;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using TaskBot.Reminders;

namespace TaskBot.Delivery;

/// <summary>The one "did it arrive" answer of the delivery path, from one send up to the outbox's once-only delivery.</summary>
public enum DeliveryStatus
{
    Sent,
    /// <summary>No conversation with that person (never installed, or removed): retrying will not help. The claim is
    /// completed so it is not retried every minute.</summary>
    Unreachable,
    /// <summary>Still failing after the retries; the caller releases its claim so a later sweep tries again.</summary>
    Failed,
    /// <summary>Sent before (by this or another instance): nothing done.</summary>
    AlreadySent,
    /// <summary>Another instance holds the claim or the sending turn right now; look again later.</summary>
    HeldElsewhere,
}

/// <summary>One send's answer: its <see cref="DeliveryStatus"/>, the attempts, the last HTTP status and the activity id.</summary>
public sealed record DeliveryOutcome(DeliveryStatus Status, int Attempts, int? LastHttpStatus, string? ActivityId = null);

/// <summary>
/// Sends through the transport within Teams' limits: a token bucket per conversation (at most 7 messages in any
/// second by default) and one for the whole app (50 requests/s), both waited for (queued), not rejected. Every attempt, retries included,
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
    private readonly StartWindow startWindow;
    private readonly SemaphoreSlim[] gates = Enumerable.Range(0, 512).Select(_ => new SemaphoreSlim(1, 1)).ToArray();
    /// <summary>Bounds the requests the connector may have taken without our knowing (see <see cref="DeliveryOptions.MaxOnTheWire"/>).</summary>
    private readonly SemaphoreSlim onTheWire;

    public NudgeSender(INudgeTransport transport, DeliveryOptions options, TimeProvider time)
    {
        this.transport = transport;
        onTheWire = new SemaphoreSlim(Math.Max(1, options.MaxOnTheWire));
        if (options.PerConversationBurst < 1 || options.GlobalBurst < 1 ||
            options.PerConversationPerSecond <= options.PerConversationBurst + 1 || options.GlobalPerSecond <= options.GlobalBurst + 1)
            throw new ArgumentException("TaskBot:Reminders:Delivery: bursts must be at least 1 and at least 2 below their per-second limits");
        // A token bucket lets through its capacity at once plus its refill: so that no 1-second window ever holds more
        // than the limit, the refill is the limit minus the capacity, less one for the time between a permit and
        // the request on the wire (7/s with a burst of 1: 5 more per second; 50/s: 48).
        // The partitioned limiter refills every 100 ms by elapsed time, so the rate may be fractional.
        var perConversationOptions = new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.PerConversationBurst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = Period(options.PerConversationPerSecond - options.PerConversationBurst - 1),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };
        perConversation = PartitionedRateLimiter.Create<string, string>(key =>
            RateLimitPartition.GetTokenBucketLimiter(key, _ => perConversationOptions));
        // Requests that start evenly may reach Teams bunched (a busy machine, the network): starts are held to 80% of
        // the limit, so what Teams counts stays within it. Measured at a stand-in connector on a 2-core machine under
        // load average 12–14: 51 and 54 arrivals in one second with starts held to 50 and 45; 44–50 with 45.
        // By default this costs nothing: 2 requests on the wire at Teams' 0.3 s round trip is about 6 a second.
        startWindow = new StartWindow(Math.Max(1, (int)Math.Floor(options.GlobalPerSecond * 0.8)));
        // One token per period on its own timer.
        // A timer period under 1 ms would round to 0 (no repeat): high rates refill several tokens per 10 ms.
        var globalRefill = options.GlobalPerSecond - options.GlobalBurst - 1;
        var tokensPerPeriod = Math.Max(1, (int)Math.Round(globalRefill / 100));
        global = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(options.GlobalBurst, tokensPerPeriod),
            TokensPerPeriod = tokensPerPeriod,
            ReplenishmentPeriod = Period(globalRefill / tokensPerPeriod),
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
                // One request per conversation at a time: otherwise several of its requests, paced by its own bucket,
                // could wait together in the global queue and leave it bunched.
                var gate = gates[(conversationKey.GetHashCode() & int.MaxValue) % gates.Length];
                await gate.WaitAsync(ct);
                // The wire slot before the permits: a permit is spent only by a request that goes out right away, so
                // the buckets still pace what the connector sees.
                try { await onTheWire.WaitAsync(ct); }
                catch { gate.Release(); throw; }
                try
                {
                    using var conversationLease = await perConversation.AcquireAsync(conversationKey, 1, ct);
                    using var globalLease = await global.AcquireAsync(1, ct);
                    if (!conversationLease.IsAcquired || !globalLease.IsAcquired)
                        throw new InvalidOperationException("rate limiter refused a permit (disposed?)");
                    await startWindow.EnterAsync(ct);
                    Interlocked.Increment(ref attempts);
                    var r = await attemptTimeout.ExecuteAsync(async t => await transport.SendAsync(conversationKey, message, t), ct);
                    lastStatus = r.Status;
                    return r;
                }
                finally
                {
                    onTheWire.Release();
                    gate.Release();
                }
            }, cancellationToken);
            return new(result.Succeeded ? DeliveryStatus.Sent : result.Unreachable ? DeliveryStatus.Unreachable : DeliveryStatus.Failed,
                attempts, result.Status, result.ActivityId);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Retries exhausted on a timeout or a connection error.
            return new(DeliveryStatus.Failed, attempts, lastStatus);
        }
    }

    private static TimeSpan Period(double perSecond) => TimeSpan.FromTicks((long)(TimeSpan.TicksPerSecond / perSecond));

    public async ValueTask DisposeAsync()
    {
        await perConversation.DisposeAsync();
        foreach (var gate in gates) gate.Dispose();
        onTheWire.Dispose();
        await global.DisposeAsync();
    }
}
