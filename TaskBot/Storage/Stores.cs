using TaskBot.Directory;
using TaskBot.Tasks;

namespace TaskBot.Storage;

/// <summary>
/// Tasks and their audit trail. Every change goes through <see cref="ApplyAsync"/>: the store reads the task,
/// runs <see cref="TaskLifecycle"/>, and writes the new value together with its audit event only if nobody wrote
/// in between (version / ETag); on a conflict it retries on fresh data. Nothing here throws for bad input: an
/// unknown id, unit or an illegal transition comes back as a <see cref="TaskError"/>.
/// </summary>
public interface ITaskStore
{
    /// <summary>Creates one task per draft, with consecutive ids, in one go (one preview → its tasks).</summary>
    Task<CreateResult> CreateTasksAsync(IReadOnlyList<TaskDraft> drafts, Person issuer, CancellationToken cancellationToken);

    /// <summary>
    /// As the overload without a key, but at most once per <paramref name="idempotencyKey"/>: a retry with the same
    /// key (say, after a crash between creating the tasks and recording that the dispatch was done) returns the tasks
    /// the first call created, by the same ids, instead of creating a second set.
    /// </summary>
    Task<CreateResult> CreateTasksAsync(IReadOnlyList<TaskDraft> drafts, Person issuer, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>As above, and records the outbox intents <paramref name="intents"/> draws for each created task in the
    /// same transaction as that task (SQLite: the one transaction; Azure Tables: the task's entity-group transaction).</summary>
    Task<CreateResult> CreateTasksAsync(IReadOnlyList<TaskDraft> drafts, Person issuer, string idempotencyKey, IntentsFor? intents, CancellationToken cancellationToken);

    Task<DirectiveTask?> GetAsync(TaskId id, CancellationToken cancellationToken);

    Task<TaskResult> ApplyAsync(TaskId id, TaskCommand command, CancellationToken cancellationToken);

    /// <summary>As above, and records the outbox intents <paramref name="intents"/> draws from the changed task in the
    /// same transaction as the change: the message goes out if and only if the change was made.</summary>
    Task<TaskResult> ApplyAsync(TaskId id, TaskCommand command, IntentsFor? intents, CancellationToken cancellationToken);

    /// <summary>Sets when the next reminder is due (null: none). Bookkeeping for the reminder planner: it neither
    /// bumps the version nor writes an audit event, and it does not overwrite a concurrent change.</summary>
    Task<bool> SetNextReminderAsync(TaskId id, DateTimeOffset? nextReminderAt, CancellationToken cancellationToken);

    /// <summary>The task's audit trail, oldest first.</summary>
    Task<IReadOnlyList<TaskEvent>> GetHistoryAsync(TaskId id, CancellationToken cancellationToken);

    /// <summary>Open tasks (dispatched, not completed or cancelled) where the unit is lead or co-lead, by deadline.</summary>
    Task<IReadOnlyList<DirectiveTask>> ListOpenByUnitAsync(string unit, CancellationToken cancellationToken);

    /// <summary>Tasks a person issued or supervises, newest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<DirectiveTask>> ListByPersonAsync(string aadObjectId, int max, CancellationToken cancellationToken);

    /// <summary>Open tasks whose deadline is before <paramref name="date"/> (pass today to get the overdue ones),
    /// for one unit or, with <paramref name="unit"/> null, for all units; by deadline.</summary>
    Task<IReadOnlyList<DirectiveTask>> ListDeadlineBeforeAsync(DateOnly date, string? unit, CancellationToken cancellationToken);

    /// <summary>Tasks whose next reminder is due before <paramref name="before"/>, earliest first, at most
    /// <paramref name="max"/>. Reads an index: the cost follows what is due, not what is stored.</summary>
    Task<IReadOnlyList<DirectiveTask>> QueryDueAsync(DateTimeOffset before, int max, CancellationToken cancellationToken);
}

/// <summary>
/// "Do K once" across restarts and instances. <see cref="TryClaimAsync"/> is an atomic insert-if-absent; the winner
/// then does the work and calls <see cref="CompleteClaimAsync"/>, or <see cref="ReleaseClaimAsync"/> if it failed so
/// a later attempt may claim again. A claim never completed (the holder died) may be taken over after its lease.
/// </summary>
public interface IClaimStore
{
    Task<bool> TryClaimAsync(string key, TimeSpan lease, CancellationToken cancellationToken);
    Task CompleteClaimAsync(string key, string? result, CancellationToken cancellationToken);
    Task ReleaseClaimAsync(string key, CancellationToken cancellationToken);
    Task<Claim?> GetClaimAsync(string key, CancellationToken cancellationToken);

    /// <summary>A renewable lease: true when <paramref name="holder"/> now holds <paramref name="key"/> until
    /// now + <paramref name="lease"/>: it was free, its holder's lease had run out, or <paramref name="holder"/> held it
    /// already (renewed). Used for "one instance at a time" (the sending turn), never completed.</summary>
    Task<bool> TryHoldAsync(string key, string holder, TimeSpan lease, CancellationToken cancellationToken);
}

/// <param name="Result">What the claimant recorded on completion, e.g. the ids of the tasks a dispatch created.</param>
public sealed record Claim(string Key, bool Completed, DateTimeOffset ClaimedAt, DateTimeOffset LeaseUntil, string? Result);

/// <summary>Where the bot can write to a person, group chat or channel later. The JSON is opaque here: the core
/// never sees Bot Framework types. Keys are the caller's, e.g. <c>user:{aadObjectId}</c>, <c>channel:{id}</c>.</summary>
public interface IConversationStore
{
    Task SaveConversationReferenceAsync(string key, string json, CancellationToken cancellationToken);
    Task<string?> GetConversationReferenceAsync(string key, CancellationToken cancellationToken);
}

/// <summary>The unit directory. Import writes only what differs, never deletes, and is idempotent.</summary>
public interface IDirectoryStore
{
    Task<UnitDirectory> GetDirectoryAsync(CancellationToken cancellationToken);
    Task<DirectoryChanges> ImportDirectoryAsync(UnitDirectory incoming, CancellationToken cancellationToken);
}

/// <summary>
/// Refused actions on tasks (forged, replayed, stale, not permitted), as an append-only audit beside the task's
/// history: the history holds only changes, so a refusal, which changes nothing, is kept here. Never updated or
/// deleted. Kept apart from <see cref="IStore"/> so that decorators of the task store need not forward it.
/// </summary>
public interface IRefusalStore
{
    Task RecordRefusalAsync(RefusedAction refusal, CancellationToken cancellationToken);

    /// <summary>The refusals recorded against <paramref name="taskId"/> (the id as the request named it), oldest first.</summary>
    Task<IReadOnlyList<RefusedAction>> GetRefusalsAsync(string taskId, CancellationToken cancellationToken);
}

/// <param name="TaskId">The task the request named, as given (it may not exist: forged ids are worth keeping too).</param>
/// <param name="Version">The task version the card showed, when it carried one.</param>
/// <param name="Code">Why, as a code (e.g. <c>NotPermitted</c>); <paramref name="Reason"/> is what the person was told.</param>
public sealed record RefusedAction(
    string TaskId, DateTimeOffset At, string? AadObjectId, string? PersonName, string Verb, long? Version, string Code, string Reason);

/// <summary>Small JSON documents by kind and key (e.g. a preview card's state), last write wins. The JSON is
/// opaque here; kinds keep callers' keys apart.</summary>
public interface IDocumentStore
{
    Task SaveDocumentAsync(string kind, string key, string json, CancellationToken cancellationToken);
    Task<string?> GetDocumentAsync(string kind, string key, CancellationToken cancellationToken);
    /// <summary>Deletes the documents of <paramref name="kind"/> last written before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteDocumentsWrittenBeforeAsync(string kind, DateTimeOffset cutoff, CancellationToken cancellationToken);
}

/// <summary>One backend: everything the app stores.</summary>
public interface IStore : ITaskStore, IClaimStore, IConversationStore, IDirectoryStore, IOutboxStore;

/// <summary>What each backend implements: <see cref="IStore"/> and the members kept out of it.</summary>
public interface IStorageBackend : IStore, IRefusalStore, IDocumentStore, IOpenCallStore;
