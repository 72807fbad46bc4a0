using System.Text.Json.Nodes;
using TaskBot.Calendar;
using TaskBot.Cards;
using TaskBot.Delivery;
using TaskBot.Directory;
using TaskBot.Storage;
using TaskBot.Tasks;

namespace TaskBot.Assignments;

/// <summary>
/// Draws the proactive messages a task change causes, as outbox intents in the task's partition. They are recorded
/// by the store in the same write as the change and delivered by the outbox sender: nothing here sends.
/// </summary>
public sealed class Notifier(IWorkingDayCalendar calendar, TimeProvider time)
{
    /// <summary>One message to one person about <paramref name="task"/>.</summary>
    public OutboxIntent ToPerson(DirectiveTask task, string key, string aadObjectId, string summary, string? text, JsonObject? card) => new()
    {
        Key = key,
        Partition = task.Id.ToString(),
        ConversationKey = ConversationKeys.Person(aadObjectId),
        Summary = summary,
        Text = text,
        CardJson = card?.ToJsonString(),
        DueAt = time.GetUtcNow(),
    };

    /// <summary>Each unit's chiefs and liaisons get the task's card, marked 牵头 or 配合, to 签收. The card itself is
    /// drawn when it is sent (<see cref="TaskCardRenderer"/>), from the task as it is then: a click never waits for
    /// a hundred cards to be drawn, and a card never goes out older than its task.</summary>
    public IReadOnlyList<OutboxIntent> AssignmentCards(DirectiveTask task, UnitDirectory directory)
    {
        var intents = new List<OutboxIntent>();
        foreach (var unit in task.Units)
            foreach (var person in directory.ContactsOf(unit.Unit))
                intents.Add(ToPerson(task, OutboxKeys.Assign(task.Id, unit.Unit, task.Version, person.AadObjectId), person.AadObjectId,
                    $"新督办任务 {task.Id}（{(unit.Role == UnitRole.Lead ? "牵头" : "配合")}）：{PreviewBuilder.Shorten(task.Deliverable, 40)}",
                    null, null));
        return intents;
    }

    /// <summary>The cards of a task that people hold now: per person and unit, the last assignment or refresh that was
    /// delivered, with the id of its message.</summary>
    public static IReadOnlyList<OutboxIntent> HeldCards(IReadOnlyList<OutboxIntent> intents) => intents
        .Where(i => i.Kind is "assign" or "refresh" && i.State == OutboxState.Sent && (i.ActivityId ?? i.UpdateActivityId) is not null)
        .GroupBy(i => (OutboxKeys.UnitOf(i.Key), i.ConversationKey))
        .Select(g => g.OrderBy(i => VersionOf(i.Key)).Last())
        .ToList();

    /// <summary>Every held card redrawn for the task as it now is, in place (no new message, no toast): after 确认办结 a
    /// co-lead's card shows 已办结 with no buttons left to press.</summary>
    public IReadOnlyList<OutboxIntent> Refreshes(DirectiveTask task, IReadOnlyList<OutboxIntent> held, UnitDirectory directory)
    {
        var intents = new List<OutboxIntent>();
        foreach (var card in held)
        {
            var unit = OutboxKeys.UnitOf(card.Key)!;
            var aad = card.Key[(card.Key.LastIndexOf('/') + 1)..];
            if (task.UnitNamed(unit) is null || directory.FindPerson(aad) is not { } person) continue;   // reassigned away, or left
            intents.Add(ToPerson(task, OutboxKeys.Refresh(task.Id, unit, task.Version, aad), aad, $"任务 {task.Id} 已更新", null, null) with
            {
                ConversationKey = card.ConversationKey,
                UpdateActivityId = card.ActivityId ?? card.UpdateActivityId,
            });
        }
        return intents;
    }

    private static long VersionOf(string key) =>
        key.Split('/') is [_, _, _, var v, ..] && v.StartsWith('v') && long.TryParse(v[1..], out var n) ? n : 0;

    /// <summary>To the issuing leader when the directory knows them, else to everyone in the 督查室.</summary>
    public IEnumerable<Person> LeaderOrOffice(UnitDirectory directory, string leaderAadObjectId) =>
        directory.FindPerson(leaderAadObjectId) is { } leader ? [leader]
            : directory.WithRole(PersonRole.Office).Where(p => p.AadObjectId != leaderAadObjectId);
}

/// <summary>
/// Draws assignment cards (<c>assign/…</c>) and refreshed cards (<c>refresh/…</c>) when they are sent: the task as it is
/// now, seen by the person the key names. A task or person that is gone leaves nothing to send.
/// </summary>
public sealed class TaskCardRenderer(string kind, ITaskStore tasks, DirectoryCache directoryCache, IWorkingDayCalendar calendar, TimeProvider time)
    : IIntentRenderer
{
    public string Kind => kind;

    public async Task<RenderedIntent> RenderAsync(OutboxIntent intent, CancellationToken cancellationToken)
    {
        var parts = intent.Key.Split('/');
        if (parts.Length < 5 || !TaskId.TryParse(parts[1], out var id)) return new(null, true);
        var task = await tasks.GetAsync(id.Value, cancellationToken);
        var directory = await directoryCache.GetAsync(cancellationToken);
        if (task is null || directory.FindPerson(parts[^1]) is not { } person) return new(null, true);
        var banner = kind == "assign" ? CardBanner.Info($"{task.IssuedBy.Name}交办新任务，请签收。") : null;
        var card = TaskCards.View(task, person, ChinaTime.DateOf(time.GetUtcNow()), calendar, directory, banner).ToJson();
        return new(new NudgeMessage(intent.Key, intent.Summary, intent.Text, card, intent.UpdateActivityId), true);
    }
}
