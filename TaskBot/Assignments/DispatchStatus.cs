using TaskBot.Cards;
using TaskBot.Delivery;
using TaskBot.Storage;
using TaskBot.Tasks;

namespace TaskBot.Assignments;

/// <summary>Where the assignment cards of one dispatch stand, per unit: what the leader is told, and nothing more.</summary>
/// <param name="Unreachable">Units none of whose people could be reached, with why, in Chinese.</param>
public sealed record DeliveryTally(int TaskCount, int Units, IReadOnlyList<string> Delivered, IReadOnlyList<(string Unit, string Reason)> Unreachable)
{
    public int Pending => Units - Delivered.Count - Unreachable.Count;
    public bool Final => Pending == 0;

    /// <summary>"已交办 10 项；正在通知 10 个单位" until every unit is settled, then "已交办 10 项；已送达 9 个单位；
    /// 县卫健委未能送达（尚无人安装督办助手），请线下告知".</summary>
    public string Line()
    {
        if (!Final)
            return $"已交办 {TaskCount} 项；正在通知 {Units} 个单位" + (Delivered.Count > 0 ? $"（已送达 {Delivered.Count} 个）" : "");
        var line = $"已交办 {TaskCount} 项；已送达 {Delivered.Count} 个单位";
        if (Unreachable.Count > 0)
            line += "；" + string.Join("；", Unreachable.GroupBy(u => u.Reason).Select(g => $"{string.Join("、", g.Select(u => u.Unit))}未能送达（{g.Key}）")) + "，请线下告知";
        return line;
    }

    /// <summary>Counts from the assignment intents of each task: a unit is delivered when each of its tasks reached at
    /// least one of its people, unreachable when for some task none could be reached (or it has nobody to reach).</summary>
    public static DeliveryTally Of(IReadOnlyList<DirectiveTask> tasks, IReadOnlyDictionary<TaskId, IReadOnlyList<OutboxIntent>> intents)
    {
        var state = new Dictionary<string, (bool AllDelivered, string? Unreachable)>();
        foreach (var task in tasks)
        {
            var own = intents.GetValueOrDefault(task.Id) ?? [];
            foreach (var unit in task.Units)
            {
                var cards = own.Where(i => i.Kind == "assign" && OutboxKeys.UnitOf(i.Key) == unit.Unit).ToList();
                var (delivered, unreachable) = state.GetValueOrDefault(unit.Unit, (true, null));
                if (cards.Count == 0) unreachable ??= "名录中无局长或联络员";
                else if (cards.All(c => c.State == OutboxState.Undeliverable))
                    unreachable ??= cards.Any(c => c.Result?.StartsWith("unreachable:404") == true) ? "尚无人安装督办助手"
                        : cards.Any(c => c.Result?.StartsWith("unreachable") == true) ? "督办助手已被移除" : "多次发送失败";
                delivered &= cards.Any(c => c.State == OutboxState.Sent);
                state[unit.Unit] = (delivered, unreachable);
            }
        }
        return new DeliveryTally(tasks.Count, state.Count,
            state.Where(s => s.Value.Unreachable is null && s.Value.AllDelivered).Select(s => s.Key).ToList(),
            state.Where(s => s.Value.Unreachable is not null).Select(s => (s.Key, s.Value.Unreachable!)).ToList());
    }
}

/// <summary>
/// The leader's answer to 确认交办, kept true: it reads the dispatch's tasks and their assignment intents. As an
/// outbox renderer (kind <c>status</c>) it updates the leader's card in place while the cards go out, and once more
/// when every unit is settled; the message action's dialog has no card to update, so that leader gets one message
/// at the end.
/// </summary>
public sealed class DispatchStatus(IStore store) : IIntentRenderer
{
    public string Kind => "status";

    public async Task<(IReadOnlyList<DirectiveTask> Tasks, DeliveryTally Tally)> TallyAsync(string previewId, CancellationToken cancellationToken)
    {
        var claim = await store.GetClaimAsync(Dispatcher.ClaimKey(previewId), cancellationToken);
        var tasks = new List<DirectiveTask>();
        var intents = new Dictionary<TaskId, IReadOnlyList<OutboxIntent>>();
        if (claim is { Completed: true, Result: { } ids })
            foreach (var id in ids.Split(',', StringSplitOptions.RemoveEmptyEntries))
                if (TaskId.TryParse(id, out var taskId) && await store.GetAsync(taskId.Value, cancellationToken) is { } task)
                {
                    tasks.Add(task);
                    intents[task.Id] = await store.IntentsOfAsync(task.Id.ToString(), cancellationToken);
                }
        return (tasks, DeliveryTally.Of(tasks, intents));
    }

    public async Task<RenderedIntent> RenderAsync(OutboxIntent intent, CancellationToken cancellationToken)
    {
        var previewId = intent.Key["status/".Length..];
        var (tasks, tally) = await TallyAsync(previewId, cancellationToken);
        // Recorded only after the dispatch's claim holds its task ids: no tasks means nothing to report.
        if (tasks.Count == 0) return new(null, true);
        if (!tally.Final && intent.UpdateActivityId is null) return new(null, false);
        var line = tally.Line();
        // An update in place is the card alone; the dialog's leader gets a message with the line as its text.
        return new(new NudgeMessage(intent.Key, line, intent.UpdateActivityId is null ? line : null,
            PreviewCards.Dispatched(tasks, tally).ToJson(), intent.UpdateActivityId), tally.Final);
    }
}
