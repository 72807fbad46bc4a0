using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TaskBot.Storage;

namespace TaskBot.Delivery;

/// <summary>
/// Drains the outbox: every proactive message (assignment cards, notes, nudges, the digest, the leader's dispatch
/// status) is first recorded as an intent in the store, then sent from here. At start, on every wake-up (a write
/// recorded messages) and every <see cref="OutboxOptions.PollInterval"/>, it reads the pending intents and, for
/// each: claims its key with a lease (a second instance skips it), reads it again (sent meanwhile: nothing to do),
/// sends it through <see cref="NudgeSender"/> (token buckets, Polly retries, the transport's in-flight accounting),
/// records the result and the activity id, and completes the claim. A failed send is released and tried again
/// later with backoff; an unreachable person is recorded as undeliverable. A process that dies after the connector
/// took a message but before it was recorded leaves the claim to run out: that message is sent again once, the only
/// duplicate, counted in the logs.
/// </summary>
public sealed class OutboxSender(IStore store, NudgeSender sender, OutboxSignal signal, IEnumerable<IIntentRenderer> renderers,
    OutboxOptions options, TimeProvider time, ILogger<OutboxSender> logger) : BackgroundService
{
    private readonly Dictionary<string, IIntentRenderer> renderersByKind = renderers.ToDictionary(r => r.Kind);
    private readonly ConcurrentDictionary<string, Task> running = new();
    private readonly SemaphoreSlim slots = new(options.MaxConcurrentSends, options.MaxConcurrentSends);
    private int sent, unreachable, failed;

    public static string ClaimKey(string intentKey) => $"outbox|{intentKey}";

    /// <summary>Sent, undeliverable and failed attempts of this instance so far (for logs and tests).</summary>
    public (int Sent, int Unreachable, int Failed) Counts => (sent, unreachable, failed);

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
                try { await DeliverAsync(intent, cancellationToken); }
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

    private async Task DeliverAsync(OutboxIntent seen, CancellationToken cancellationToken)
    {
        var claim = ClaimKey(seen.Key);
        if (!await store.TryClaimAsync(claim, options.ClaimLease, cancellationToken)) return;   // another instance has it
        var completed = false;
        try
        {
            var intent = await store.GetIntentAsync(seen.Partition, seen.Key, cancellationToken);
            if (intent is null || intent.State != OutboxState.Pending)
            {
                await store.CompleteClaimAsync(claim, intent?.Result, CancellationToken.None);
                completed = true;
                return;
            }
            var now = time.GetUtcNow();
            var final = true;
            NudgeMessage? message;
            if (renderersByKind.TryGetValue(intent.Kind, out var renderer))
            {
                var rendered = await renderer.RenderAsync(intent, cancellationToken);
                (message, final) = (rendered.Message, rendered.Final);
                // Not final: look again soon; send only what differs from what the person already sees.
                if (!final && (message is null || message.Summary == intent.Result))
                {
                    await store.UpdateIntentAsync(intent with { DueAt = now + options.PollInterval }, CancellationToken.None);
                    return;
                }
                if (message is null)
                {
                    await store.UpdateIntentAsync(intent with { State = OutboxState.Sent, Result = "nothing to send" }, CancellationToken.None);
                    await store.CompleteClaimAsync(claim, "nothing to send", CancellationToken.None);
                    completed = true;
                    return;
                }
            }
            else
            {
                message = new NudgeMessage(intent.Key, intent.Summary, intent.Text,
                    intent.CardJson is null ? null : JsonNode.Parse(intent.CardJson)!.AsObject(), intent.UpdateActivityId);
            }

            var outcome = await sender.SendAsync(intent.ConversationKey, message, cancellationToken);
            var attempts = intent.Attempts + 1;
            switch (outcome.Status)
            {
                case DeliveryStatus.Sent when !final:
                    await store.UpdateIntentAsync(intent with
                    {
                        Attempts = attempts, Result = message.Summary, DueAt = time.GetUtcNow() + options.PollInterval,
                        ActivityId = outcome.ActivityId ?? intent.ActivityId,
                    }, CancellationToken.None);
                    return;
                case DeliveryStatus.Sent:
                    Interlocked.Increment(ref sent);
                    await store.UpdateIntentAsync(intent with
                    {
                        State = OutboxState.Sent, Attempts = attempts, Result = $"sent:{outcome.Attempts}",
                        ActivityId = outcome.ActivityId ?? intent.UpdateActivityId ?? intent.ActivityId,
                    }, CancellationToken.None);
                    await store.CompleteClaimAsync(claim, "sent", CancellationToken.None);
                    completed = true;
                    return;
                case DeliveryStatus.Unreachable:
                    Interlocked.Increment(ref unreachable);
                    logger.LogInformation("Outbox: {Key} cannot reach {Conversation} ({Status})", intent.Key, intent.ConversationKey, outcome.LastHttpStatus);
                    await store.UpdateIntentAsync(intent with
                    {
                        State = OutboxState.Undeliverable, Attempts = attempts, Result = $"unreachable:{outcome.LastHttpStatus}",
                    }, CancellationToken.None);
                    await store.CompleteClaimAsync(claim, "unreachable", CancellationToken.None);
                    completed = true;
                    return;
                default:
                    Interlocked.Increment(ref failed);
                    var giveUp = attempts >= options.MaxAttempts;
                    logger.LogWarning("Outbox: {Key} failed (attempt {Attempts}, last status {Status}){GiveUp}", intent.Key, attempts,
                        outcome.LastHttpStatus, giveUp ? "; given up" : "");
                    await store.UpdateIntentAsync(intent with
                    {
                        State = giveUp ? OutboxState.Undeliverable : OutboxState.Pending, Attempts = attempts,
                        Result = $"failed:{outcome.LastHttpStatus}", DueAt = time.GetUtcNow() + Backoff(attempts),
                    }, CancellationToken.None);
                    if (giveUp)
                    {
                        await store.CompleteClaimAsync(claim, "failed", CancellationToken.None);
                        completed = true;
                    }
                    return;
            }
        }
        finally
        {
            // Failed, not final, or shutting down mid-send: let this or another instance have it again.
            if (!completed) await store.ReleaseClaimAsync(claim, CancellationToken.None);
        }
    }

    /// <summary>1 s, 2 s, 4 s … up to <see cref="OutboxOptions.MaxBackoff"/>, with ±20% jitter.</summary>
    private TimeSpan Backoff(int attempts)
    {
        var seconds = Math.Min(options.MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(attempts - 1, 20)));
        return TimeSpan.FromSeconds(seconds * (0.8 + 0.4 * Random.Shared.NextDouble()));
    }
}
