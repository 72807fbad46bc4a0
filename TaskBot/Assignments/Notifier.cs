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

    /// <summary>Each unit's chiefs and liaisons get the task's card, marked 牵头 or 配合, to 签收.</summary>
    public IReadOnlyList<OutboxIntent> AssignmentCards(DirectiveTask task, UnitDirectory directory)
    {
        var today = ChinaTime.DateOf(time.GetUtcNow());
        var intents = new List<OutboxIntent>();
        foreach (var unit in task.Units)
            foreach (var person in directory.ContactsOf(unit.Unit))
                intents.Add(ToPerson(task, OutboxKeys.Assign(task.Id, unit.Unit, task.Version, person.AadObjectId), person.AadObjectId,
                    $"新督办任务 {task.Id}（{(unit.Role == UnitRole.Lead ? "牵头" : "配合")}）：{PreviewBuilder.Shorten(task.Deliverable, 40)}",
                    null,
                    TaskCards.View(task, person, today, calendar, directory, CardBanner.Info($"{task.IssuedBy.Name}交办新任务，请签收。")).ToJson()));
        return intents;
    }

    /// <summary>To the issuing leader when the directory knows them, else to everyone in the 督查室.</summary>
    public IEnumerable<Person> LeaderOrOffice(UnitDirectory directory, string leaderAadObjectId) =>
        directory.FindPerson(leaderAadObjectId) is { } leader ? [leader]
            : directory.WithRole(PersonRole.Office).Where(p => p.AadObjectId != leaderAadObjectId);
}
