using TaskBot.Storage;
using TaskBot.Tasks;

namespace TaskBot.Reminders;

/// <summary>
/// Keeps a task's NextReminderAt (the store's due index) right, called by the use cases that create or change tasks
/// (the dispatcher, the card actions, the sweep): drafts are planned before they are written, so a dispatch is one
/// write; a change is re-planned after it. The store's write of that field is not tied to the task's version, so
/// after writing it the planner reads the task again: if someone changed the task in between, it plans again from
/// the fresh value, and the last writer always planned from the latest task. An approved extension, a denial, a
/// 退回重办 or a reassignment all re-plan; the lifecycle already clears the index for completed, cancelled and
/// extension-pending tasks.
/// </summary>
public sealed class ReminderPlanner(ITaskStore store, ReminderPolicy policy, TimeProvider time)
{
    private const int MaxRounds = 5;

    public ReminderPolicy Policy => policy;

    /// <summary>Drafts with their first reminder, planned before the write (the policy needs no id).</summary>
    public IReadOnlyList<TaskDraft> Plan(IReadOnlyList<TaskDraft> drafts, Directory.Person issuer)
    {
        var now = time.GetUtcNow();
        return drafts.Select(d => d with { NextReminderAt = PlanDraft(d, issuer, now) }).ToList();
    }

    /// <summary>After a dispatch: a retry with the same key returns the first call's tasks, re-planned only if they need it.</summary>
    public async Task CreatedAsync(CreateResult result, CancellationToken cancellationToken)
    {
        if (!result.Succeeded) return;
        foreach (var task in result.Tasks.Where(t => t.NextReminderAt != policy.Plan(t, time.GetUtcNow())))
            await ReplanAsync(task, cancellationToken);
    }

    /// <summary>After a change of a task (its result): plan from the task as it now is.</summary>
    public Task ChangedAsync(TaskResult result, CancellationToken cancellationToken) =>
        result.Succeeded ? ReplanAsync(result.Task!, cancellationToken) : Task.CompletedTask;

    private DateTimeOffset? PlanDraft(TaskDraft draft, Directory.Person issuer, DateTimeOffset now)
    {
        try { return policy.Plan(TaskLifecycle.Create(draft, issuer, new TaskId(now.Year, 1), now).Task, now); }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException) { return null; }
    }

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
