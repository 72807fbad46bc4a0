using Microsoft.Extensions.Logging;
using TaskBot.Calendar;
using TaskBot.Delivery;
using TaskBot.Directory;
using TaskBot.Storage;
using TaskBot.Tasks;

namespace TaskBot.Digest;

/// <summary>
/// Builds the weekly digest from the store and sends it exactly once per ISO week and recipient (claim key
/// <c>digest|2026-W41|user:aad</c>): every leader and the 督查室 personally, or the configured channels.
/// </summary>
public sealed class DigestService(IStore store, OnceDelivery once, IWorkingDayCalendar calendar, DigestOptions options,
    ILogger<DigestService> logger, IOpenCallStore? calls = null)
{
    public async Task<WeeklyDigest> ComputeAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var all = await AllTasksAsync(cancellationToken);
        var digest = WeeklyDigest.Compute(all, today, calendar);
        if (calls is null) return digest;
        var tasks = all.ToDictionary(t => t.Id);
        var allCalls = await calls.ListCallsAsync(cancellationToken);
        // Tasks from calls that are finished are not in the open index: read them by id.
        foreach (var id in allCalls.SelectMany(c => c.TaskIds))
            if (TaskId.TryParse(id, out var taskId) && !tasks.ContainsKey(taskId.Value) && await store.GetAsync(taskId.Value, cancellationToken) is { } t)
                tasks[t.Id] = t;
        return digest with { OpenCalls = CallDigest.Compute(allCalls, tasks, today) };
    }

    /// <summary>Every task the store holds: the digest's figures and the exported 台账 are made from the same list.</summary>
    public async Task<IReadOnlyCollection<DirectiveTask>> AllTasksAsync(CancellationToken cancellationToken)
    {
        var directory = await store.GetDirectoryAsync(cancellationToken);
        // Open tasks from the deadline index, finished ones through the people who issue and supervise tasks.
        var tasks = new Dictionary<TaskId, DirectiveTask>();
        foreach (var t in await store.ListDeadlineBeforeAsync(DateOnly.MaxValue, null, cancellationToken)) tasks[t.Id] = t;
        foreach (var person in directory.People.Where(p => p.MayIssue))
            foreach (var t in await store.ListByPersonAsync(person.AadObjectId, int.MaxValue, cancellationToken))
                tasks.TryAdd(t.Id, t);
        return tasks.Values;
    }

    /// <summary>The same card, on demand (周报), for the asker only: not claimed, not counted as the weekly one.</summary>
    public async Task<NudgeMessage> OnDemandAsync(DateOnly today, CancellationToken cancellationToken) =>
        DigestCard.Build($"digest-on-demand|{today:yyyy-MM-dd}", await ComputeAsync(today, cancellationToken));

    public IReadOnlyList<string> Recipients(UnitDirectory directory) => options.Channels.Count > 0
        ? options.Channels.Select(ConversationKeys.Configured).ToList()
        : directory.People.Where(p => p.Role is PersonRole.Leader or PersonRole.Office).Select(p => ConversationKeys.Person(p.AadObjectId)).ToList();

    /// <summary>Sends this week's digest to every recipient that has not had it. Returns how many were sent now;
    /// a failed recipient is retried on the next call.</summary>
    public async Task<(int Sent, int Failed)> SendWeeklyAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var digest = await ComputeAsync(today, cancellationToken);
        var directory = await store.GetDirectoryAsync(cancellationToken);
        int sent = 0, failed = 0;
        foreach (var recipient in Recipients(directory))
        {
            var key = $"digest|{digest.WeekKey}|{recipient}";
            var result = await once.SendAsync(key, recipient, () => DigestCard.Build(key, digest), cancellationToken);
            if (result == DeliveryStatus.Sent) sent++;
            if (result is DeliveryStatus.Failed or DeliveryStatus.HeldElsewhere) failed++;
        }
        logger.LogInformation("Weekly digest {Week}: sent {Sent}, to retry {Failed}", digest.WeekKey, sent, failed);
        return (sent, failed);
    }
}
