using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TaskBot.Storage;

namespace TaskBot.Delivery;

/// <summary>
/// Drains the outbox: every proactive message (assignment cards, notes, nudges, the digest, the leader's dispatch
/// status) is first recorded as an intent in the store, then delivered by <see cref="OutboxDelivery"/>. At start,
/// on every wake-up (a write recorded messages) and every <see cref="OutboxOptions.PollInterval"/>, this reads the
/// pending intents that are due and delivers each, at most <see cref="OutboxOptions.MaxConcurrentSends"/> at once,
/// so a crash or a restart loses nothing. On stop it lets the sends in hand finish and record their results.
/// </summary>
public sealed class OutboxSender(IStore store, OutboxDelivery delivery, OutboxSignal signal, OutboxOptions options, TimeProvider time,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, Task> running = new();
    private readonly SemaphoreSlim slots = new(options.MaxConcurrentSends, options.MaxConcurrentSends);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await StartPendingAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
            catch (Exception e)
            {
                logger.LogError(e, "Outbox: reading pending messages failed; trying again in {Interval}", options.PollInterval);
            }
            try { await signal.WaitAsync(options.PollInterval, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // Sends already on the wire finish (the transport holds them in InFlightSends); results get recorded.
        try { await Task.WhenAll(running.Values).WaitAsync(cancellationToken); }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException) { }
    }

    /// <summary>Starts a send for every pending, due intent not already being sent here; does not wait for them.</summary>
    public async Task<int> StartPendingAsync(CancellationToken cancellationToken)
    {
        if (!await delivery.IsMyTurnAsync(cancellationToken)) return 0;   // another instance sends now
        var pending = await store.PendingIntentsAsync(time.GetUtcNow(), options.BatchSize, cancellationToken);
        var started = 0;
        foreach (var intent in pending)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!running.TryAdd(intent.Key, done.Task)) continue;
            try { await slots.WaitAsync(cancellationToken); }
            catch { running.TryRemove(intent.Key, out _); done.SetResult(); throw; }
            _ = Task.Run(async () =>
            {
                try { await delivery.DeliverAsync(intent, cancellationToken); }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { }
                catch (Exception e) { logger.LogError(e, "Outbox: delivering {Key} failed", intent.Key); }
                finally
                {
                    slots.Release();
                    running.TryRemove(intent.Key, out _);
                    done.SetResult();
                }
            }, CancellationToken.None);
            started++;
        }
        return started;
    }

    /// <summary>Sends what is pending until nothing due is left (tests; a command-line drain).</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var started = await StartPendingAsync(cancellationToken);
            await Task.WhenAll(running.Values);
            if (started == 0 && running.IsEmpty) return;
        }
    }
}
