using System.Text.Json;
using Microsoft.Extensions.Logging;
using TaskBot.Storage;

namespace TaskBot.Assignments;

/// <summary>A refused card action: who, what, on which task, and why.</summary>
public sealed record Refusal(DateTimeOffset At, string? AadObjectId, string? PersonName, string Verb, string? TaskId, long? Version, string Code, string Reason);

/// <summary>
/// Audits refused actions (forged, replayed, stale, not permitted). The task's own history holds only changes, and
/// the storage layer has no audit table for refusals yet, so each refusal is a JSON document under
/// <c>refused:{taskId}:{time}:{n}</c> in the conversation store, plus a warning log line.
/// </summary>
public sealed class RefusalLog(IConversationStore store, ILogger<RefusalLog> logger)
{
    private long sequence;

    public async Task RecordAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        logger.LogWarning("Refused {Verb} on {TaskId} v{Version} by {AadObjectId} ({Name}): {Code} {Reason}",
            refusal.Verb, refusal.TaskId, refusal.Version, refusal.AadObjectId, refusal.PersonName, refusal.Code, refusal.Reason);
        var key = $"refused:{refusal.TaskId ?? "-"}:{refusal.At.UtcTicks:D19}:{Environment.ProcessId}-{Interlocked.Increment(ref sequence)}";
        await store.SaveConversationReferenceAsync(key, JsonSerializer.Serialize(refusal), cancellationToken);
    }
}
