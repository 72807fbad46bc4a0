using Microsoft.Extensions.Logging;
using TaskBot.Storage;

namespace TaskBot.Assignments;

/// <summary>A refused card action: who, what, on which task, and why.</summary>
public sealed record Refusal(DateTimeOffset At, string? AadObjectId, string? PersonName, string Verb, string? TaskId, long? Version, string Code, string Reason);

/// <summary>
/// Audits refused actions (forged, replayed, stale, not permitted) in the store's append-only refusal audit, read
/// back per task with <see cref="IRefusalStore.GetRefusalsAsync"/>, plus a warning log line. A refusal naming no
/// valid task id is kept under <c>-</c>.
/// </summary>
public sealed class RefusalLog(IRefusalStore store, ILogger<RefusalLog> logger)
{
    public const string NoTask = "-";

    public async Task RecordAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        logger.LogWarning("Refused {Verb} on {TaskId} v{Version} by {AadObjectId} ({Name}): {Code} {Reason}",
            refusal.Verb, refusal.TaskId, refusal.Version, refusal.AadObjectId, refusal.PersonName, refusal.Code, refusal.Reason);
        await store.RecordRefusalAsync(new RefusedAction(refusal.TaskId ?? NoTask, refusal.At, refusal.AadObjectId, refusal.PersonName,
            refusal.Verb, refusal.Version, refusal.Code, refusal.Reason), cancellationToken);
    }
}
