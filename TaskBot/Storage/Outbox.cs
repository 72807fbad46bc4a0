using TaskBot.Tasks;

namespace TaskBot.Storage;

public enum OutboxState { Pending, Sent, Undeliverable }

/// <summary>
/// One proactive message to deliver: an intent recorded in the same write as the change that causes it (a task
/// created, a task changed), and delivered later by the outbox sender. <see cref="Key"/> is deterministic
/// (<c>assign/{taskId}/{unit}/v{version}/{aad}</c>, see <c>Delivery.OutboxKeys</c>): recording the same intent twice
/// keeps the first. <see cref="Partition"/> groups the intents written together: the task id for a task's
/// messages (on Azure Tables they live in the task's own partition), or e.g. <c>dispatch|{previewId}</c>.
/// </summary>
public sealed record OutboxIntent
{
    public required string Key { get; init; }
    public required string Partition { get; init; }
    /// <summary>Where to: a conversation store key (<c>user:{aad}</c>, <c>chat:{id}</c>, <c>channel:{id}</c>).</summary>
    public required string ConversationKey { get; init; }
    /// <summary>The toast (Teams' notification summary).</summary>
    public required string Summary { get; init; }
    public string? Text { get; init; }
    /// <summary>The Adaptive Card as JSON, drawn when the intent was recorded; null for a text-only message or for
    /// a kind drawn at send time (the leader's dispatch status).</summary>
    public string? CardJson { get; init; }
    /// <summary>Set: update this activity in place instead of posting a new one.</summary>
    public string? UpdateActivityId { get; init; }
    public required DateTimeOffset DueAt { get; init; }
    public OutboxState State { get; init; } = OutboxState.Pending;
    public int Attempts { get; init; }
    /// <summary>The id the connector gave the message (to refresh the card in place later).</summary>
    public string? ActivityId { get; init; }
    /// <summary>What the sender recorded: <c>sent:2</c>, <c>unreachable:404</c>, the last rendered text…</summary>
    public string? Result { get; init; }

    /// <summary>The key's first segment: <c>assign</c>, <c>note</c>, <c>status</c>, <c>digest</c>…</summary>
    public string Kind => Key[..(Key.IndexOfAny(['/', '|']) is var i and >= 0 ? i : Key.Length)];
}

/// <summary>
/// The transactional outbox. Intents caused by a task change are written by <see cref="ITaskStore"/> in the same
/// transaction as the change (the <c>intents</c> argument of CreateTasksAsync / ApplyAsync); others (the leader's
/// dispatch status) through <see cref="AddIntentsAsync"/>. The sender finds what is due with
/// <see cref="PendingIntentsAsync"/>, whose cost follows what is pending, not what is stored.
/// </summary>
public interface IOutboxStore
{
    /// <summary>Records intents of one partition; an intent whose key exists already is left as it is.</summary>
    Task AddIntentsAsync(IReadOnlyList<OutboxIntent> intents, CancellationToken cancellationToken);

    /// <summary>Pending intents due before <paramref name="before"/>, earliest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<OutboxIntent>> PendingIntentsAsync(DateTimeOffset before, int max, CancellationToken cancellationToken);

    /// <summary>Every intent of a partition (a task's messages), in key order.</summary>
    Task<IReadOnlyList<OutboxIntent>> IntentsOfAsync(string partition, CancellationToken cancellationToken);

    Task<OutboxIntent?> GetIntentAsync(string partition, string key, CancellationToken cancellationToken);

    /// <summary>Records the sender's progress on an intent: state, attempts, activity id, result, next due time.</summary>
    Task UpdateIntentAsync(OutboxIntent intent, CancellationToken cancellationToken);
}

/// <summary>Draws the intents a task change causes, from the task as it is after the change. It may be called more
/// than once (a conflicting write is retried on fresh data), so it must have no side effects.</summary>
public delegate IReadOnlyList<OutboxIntent> IntentsFor(DirectiveTask task);
