namespace TaskBot.Hosting;

/// <summary>
/// Graceful shutdown for outgoing messages. A send that has begun runs to its end even when its caller is cancelled
/// or the host starts stopping: a send cut off half way may still reach the person while the caller records a
/// failure and sends again later. Each send holds a <see cref="Lease"/>; on stop the host waits (up to its
/// shutdown timeout, <c>TaskBot:ShutdownTimeoutSeconds</c>) until none is left, and only when that time is up are
/// the remaining sends abandoned through <see cref="Lease.Token"/>.
/// </summary>
public sealed class InFlightSends(ILogger<InFlightSends> logger) : IHostedService
{
    private readonly Lock gate = new();
    private readonly CancellationTokenSource abandon = new();
    private int count;
    private TaskCompletionSource? drained;

    public int Count { get { lock (gate) return count; } }

    public Lease Enter()
    {
        lock (gate) count++;
        return new Lease(this);
    }

    private void Exit()
    {
        lock (gate)
        {
            if (--count == 0) drained?.TrySetResult();
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <param name="cancellationToken">Cancelled by the host when its shutdown timeout runs out.</param>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task all;
        int waiting;
        lock (gate)
        {
            if (count == 0) return;
            drained ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (all, waiting) = (drained.Task, count);
        }
        logger.LogInformation("Stopping: waiting for {SendsInFlight} sends in flight to finish", waiting);
        try
        {
            await all.WaitAsync(cancellationToken);
            logger.LogInformation("Stopping: every send in flight finished");
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Stopping: shutdown timeout reached with {SendsInFlight} sends in flight; abandoning them", Count);
            await abandon.CancelAsync();
        }
    }

    /// <summary>Held for the duration of one send.</summary>
    public sealed class Lease(InFlightSends owner) : IDisposable
    {
        private int disposed;
        /// <summary>For the send itself: cancelled only when the host gives up waiting at shutdown.</summary>
        public CancellationToken Token => owner.abandon.Token;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) owner.Exit();
        }
    }
}
