using TaskBot.OpenCalls;

namespace TaskBot.Storage;

/// <summary>
/// Open calls (揭榜挂帅), their applications and their audit trail, in both backends with the same contract as tasks:
/// publication at most once per idempotency key, every change read → <see cref="OpenCallLifecycle"/> → written only
/// over the version read (retried on fresh data after a conflict), and the outbox intents a change causes recorded
/// in the same transaction as the change. Kept apart from <see cref="IStore"/> so that decorators of the task store
/// need not forward it. Calls are few (a county publishes dozens a year), so listing reads them all.
/// </summary>
public interface IOpenCallStore
{
    /// <summary>Gives the draft an id (<c>JB-{year}-{n:D6}</c>), stores it as version 1 with its first event and the
    /// intents drawn for it. A second call with the same key returns the call the first one published.</summary>
    Task<OpenCall> PublishCallAsync(OpenCall draft, string idempotencyKey, CallIntentsFor? intents, CancellationToken cancellationToken);

    Task<OpenCall?> GetCallAsync(string id, CancellationToken cancellationToken);

    Task<CallResult> ApplyToCallAsync(string id, CallCommand command, CallIntentsFor? intents, CancellationToken cancellationToken);

    /// <summary>The call's audit trail, oldest first.</summary>
    Task<IReadOnlyList<CallEvent>> GetCallHistoryAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every call, newest first.</summary>
    Task<IReadOnlyList<OpenCall>> ListCallsAsync(CancellationToken cancellationToken);
}

/// <summary>Draws the intents a call change causes, from the call as it is after the change. May run more than once
/// (a conflicting write is retried on fresh data): no side effects.</summary>
public delegate IReadOnlyList<OutboxIntent> CallIntentsFor(OpenCall call);

/// <summary>How a call is written: the call without its applications (they have rows of their own).</summary>
public static class CallRows
{
    internal static string CallJson(OpenCall call) => StoredJson.Write(call with { Applications = [] });
    internal static OpenCall Read(string json, long version, IEnumerable<CallApplication> applications) =>
        StoredJson.Read<OpenCall>(json) with { Version = version, Applications = applications.OrderBy(a => a.At).ThenBy(a => a.Key, StringComparer.Ordinal).ToList() };
    /// <summary>The applications that differ between two versions (new, edited, withdrawn).</summary>
    internal static IEnumerable<CallApplication> Changed(OpenCall? before, OpenCall after) =>
        after.Applications.Where(a => before?.ApplicationOf(a.Key) is not { } b || b != a);
    internal static string Id(int year, long n) => $"JB-{year}-{n:D6}";
    /// <summary>The outbox partition of a call's messages (on Azure Tables, the call's own partition).</summary>
    public static string Partition(string id) => $"call|{id}";
}
