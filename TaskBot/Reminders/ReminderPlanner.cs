using TaskBot.Storage;
using TaskBot.Tasks;

namespace TaskBot.Reminders;

/// <summary>
/// Keeps a task's NextReminderAt (the store's due index) right. The store's write of that field is not tied to
/// the task's version, so after writing it the planner reads the task again: if someone changed the task in
/// between, it plans again from the fresh value, and the last writer always planned from the latest task.
/// </summary>
public sealed class ReminderPlanner(ITaskStore store, ReminderPolicy policy, TimeProvider time)
{
    private const int MaxRounds = 5;

    public ReminderPolicy Policy => policy;

    /// <summary>After a change (creation, 签收, an extension approved…): plan from the task as it now is.</summary>
    public Task ReplanAsync(DirectiveTask task, CancellationToken cancellationToken) =>
        SaveAsync(task, policy.Plan(task, time.GetUtcNow()), cancellationToken);

    /// <summary>Writes <paramref name="next"/>, planned from <paramref name="plannedFrom"/>; re-plans if the task moved on.</summary>
    public async Task SaveAsync(DirectiveTask plannedFrom, DateTimeOffset? next, CancellationToken cancellationToken)
    {
        var task = plannedFrom;
        for (var round = 0; round < MaxRounds; round++)
        {
            if (!await store.SetNextReminderAsync(task.Id, next, cancellationToken)) return;   // the task is gone
            var fresh = await store.GetAsync(task.Id, cancellationToken);
            if (fresh is null || fresh.Version == task.Version) return;
            task = fresh;
            next = policy.Plan(task, time.GetUtcNow());
        }
    }
}

/// <summary>
/// The store as the rest of the app sees it once reminders are on: every task created or changed through it is
/// re-planned, so the bot needs no reminder code. An approved extension, a denial, a 退回重办 or a reassignment
/// all re-plan here; the lifecycle already clears the index for completed, cancelled and extension-pending tasks.
/// </summary>
public sealed class ReminderPlanningStore(IStore inner, ReminderPolicy policy, TimeProvider time) : IStore
{
    private readonly ReminderPlanner planner = new(inner, policy, time);
    public IStore Inner => inner;

    public async Task<CreateResult> CreateTasksAsync(IReadOnlyList<TaskDraft> drafts, Directory.Person issuer, CancellationToken cancellationToken)
    {
        var result = await inner.CreateTasksAsync(drafts, issuer, cancellationToken);
        if (result.Succeeded)
            foreach (var task in result.Tasks)
                await planner.ReplanAsync(task, cancellationToken);
        return result;
    }

    public Task<CreateResult> CreateTasksAsync(IReadOnlyList<TaskDraft> drafts, Directory.Person issuer, string idempotencyKey,
        CancellationToken cancellationToken) =>
        CreateTasksAsync(drafts, issuer, idempotencyKey, null, cancellationToken);

    public async Task<CreateResult> CreateTasksAsync(IReadOnlyList<TaskDraft> drafts, Directory.Person issuer, string idempotencyKey,
        IntentsFor? intents, CancellationToken cancellationToken)
    {
        // Planned before the write, so the tasks are created with their next reminder (one write for a whole
        // dispatch); a retry with the same key returns the first call's tasks, re-planned only if they need it.
        var now = time.GetUtcNow();
        var result = await inner.CreateTasksAsync(drafts.Select(d => d with { NextReminderAt = PlanDraft(d, issuer, now) }).ToList(),
            issuer, idempotencyKey, intents, cancellationToken);
        if (result.Succeeded)
            foreach (var task in result.Tasks.Where(t => t.NextReminderAt != policy.Plan(t, time.GetUtcNow())))
                await planner.ReplanAsync(task, cancellationToken);
        return result;
    }

    public Task<TaskResult> ApplyAsync(TaskId id, TaskCommand command, CancellationToken cancellationToken) =>
        ApplyAsync(id, command, null, cancellationToken);

    /// <summary>The next reminder of the task a draft becomes (the policy needs no id); null when it cannot be told.</summary>
    private DateTimeOffset? PlanDraft(TaskDraft draft, Directory.Person issuer, DateTimeOffset now)
    {
        try { return policy.Plan(TaskLifecycle.Create(draft, issuer, new TaskId(now.Year, 1), now).Task, now); }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException) { return null; }
    }

    public async Task<TaskResult> ApplyAsync(TaskId id, TaskCommand command, IntentsFor? intents, CancellationToken cancellationToken)
    {
        var result = await inner.ApplyAsync(id, command, intents, cancellationToken);
        if (result.Succeeded) await planner.ReplanAsync(result.Task!, cancellationToken);
        return result;
    }

    public Task<DirectiveTask?> GetAsync(TaskId id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);
    public Task<bool> SetNextReminderAsync(TaskId id, DateTimeOffset? nextReminderAt, CancellationToken cancellationToken) =>
        inner.SetNextReminderAsync(id, nextReminderAt, cancellationToken);
    public Task<IReadOnlyList<TaskEvent>> GetHistoryAsync(TaskId id, CancellationToken cancellationToken) => inner.GetHistoryAsync(id, cancellationToken);
    public Task<IReadOnlyList<DirectiveTask>> ListOpenByUnitAsync(string unit, CancellationToken cancellationToken) => inner.ListOpenByUnitAsync(unit, cancellationToken);
    public Task<IReadOnlyList<DirectiveTask>> ListByPersonAsync(string aadObjectId, int max, CancellationToken cancellationToken) =>
        inner.ListByPersonAsync(aadObjectId, max, cancellationToken);
    public Task<IReadOnlyList<DirectiveTask>> ListDeadlineBeforeAsync(DateOnly date, string? unit, CancellationToken cancellationToken) =>
        inner.ListDeadlineBeforeAsync(date, unit, cancellationToken);
    public Task<IReadOnlyList<DirectiveTask>> QueryDueAsync(DateTimeOffset before, int max, CancellationToken cancellationToken) =>
        inner.QueryDueAsync(before, max, cancellationToken);
    public Task<bool> TryClaimAsync(string key, TimeSpan lease, CancellationToken cancellationToken) => inner.TryClaimAsync(key, lease, cancellationToken);
    public Task<bool> TryHoldAsync(string key, string holder, TimeSpan lease, CancellationToken cancellationToken) => inner.TryHoldAsync(key, holder, lease, cancellationToken);
    public Task CompleteClaimAsync(string key, string? result, CancellationToken cancellationToken) => inner.CompleteClaimAsync(key, result, cancellationToken);
    public Task ReleaseClaimAsync(string key, CancellationToken cancellationToken) => inner.ReleaseClaimAsync(key, cancellationToken);
    public Task<Claim?> GetClaimAsync(string key, CancellationToken cancellationToken) => inner.GetClaimAsync(key, cancellationToken);
    public Task SaveConversationReferenceAsync(string key, string json, CancellationToken cancellationToken) =>
        inner.SaveConversationReferenceAsync(key, json, cancellationToken);
    public Task<string?> GetConversationReferenceAsync(string key, CancellationToken cancellationToken) =>
        inner.GetConversationReferenceAsync(key, cancellationToken);
    public Task AddIntentsAsync(IReadOnlyList<OutboxIntent> intents, CancellationToken cancellationToken) => inner.AddIntentsAsync(intents, cancellationToken);
    public Task<IReadOnlyList<OutboxIntent>> PendingIntentsAsync(DateTimeOffset before, int max, CancellationToken cancellationToken) =>
        inner.PendingIntentsAsync(before, max, cancellationToken);
    public Task<IReadOnlyList<OutboxIntent>> IntentsOfAsync(string partition, CancellationToken cancellationToken) => inner.IntentsOfAsync(partition, cancellationToken);
    public Task<OutboxIntent?> GetIntentAsync(string partition, string key, CancellationToken cancellationToken) => inner.GetIntentAsync(partition, key, cancellationToken);
    public Task UpdateIntentAsync(OutboxIntent intent, CancellationToken cancellationToken) => inner.UpdateIntentAsync(intent, cancellationToken);
    public Task<Directory.UnitDirectory> GetDirectoryAsync(CancellationToken cancellationToken) => inner.GetDirectoryAsync(cancellationToken);
    public Task<Directory.DirectoryChanges> ImportDirectoryAsync(Directory.UnitDirectory incoming, CancellationToken cancellationToken) =>
        inner.ImportDirectoryAsync(incoming, cancellationToken);
}
