using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using TaskBot.Delivery;
using TaskBot.Directory;
using TaskBot.Storage;
using TaskBot.Tasks;

namespace TaskBot.Reminders;

/// <summary>What one sweep did, for logs and tests.</summary>
public sealed class SweepReport
{
    private int tasks, sent, alreadySent, heldElsewhere, failed, unreachable;
    public int Tasks => tasks;
    public int Sent => sent;
    public int AlreadySent => alreadySent;
    public int HeldElsewhere => heldElsewhere;
    public int Failed => failed;
    public int Unreachable => unreachable;
    internal void Visited() => Interlocked.Increment(ref tasks);

    internal void Count(DeliveryStatus result)
    {
        switch (result)
        {
            case DeliveryStatus.Sent: Interlocked.Increment(ref sent); break;
            case DeliveryStatus.AlreadySent: Interlocked.Increment(ref alreadySent); break;
            case DeliveryStatus.HeldElsewhere: Interlocked.Increment(ref heldElsewhere); break;
            case DeliveryStatus.Unreachable: Interlocked.Increment(ref unreachable); break;
            default: Interlocked.Increment(ref failed); break;
        }
    }

    public override string ToString() =>
        $"tasks {Tasks}, sent {Sent}, already sent {AlreadySent}, held elsewhere {HeldElsewhere}, failed {Failed}, unreachable {Unreachable}";
}

/// <summary>
/// One sweep: read from the due index only the tasks whose next reminder is due, send each due reminder once
/// (claim, send, complete; release on failure), then set each task's next reminder time. The task store is the
/// source of truth: a restart or a second instance running the same sweep sends nothing twice and loses nothing.
/// </summary>
public sealed class ReminderSweeper(IStore store, OnceDelivery once, ReminderPolicy policy, ReminderOptions options,
    TimeProvider time, ILogger<ReminderSweeper> logger)
{
    private readonly ReminderPlanner planner = new(store, policy, time);

    public static string PersonConversation(string aadObjectId) => ConversationKeys.Person(aadObjectId);

    public async Task<SweepReport> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var report = new SweepReport();
        var directory = await store.GetDirectoryAsync(cancellationToken);
        var visited = new HashSet<TaskId>();
        while (true)
        {
            var page = await store.QueryDueAsync(now, options.SweepBatchSize, cancellationToken);
            // A task whose send failed is due again at "now" and would come back at the top of every page.
            var fresh = page.Where(t => visited.Add(t.Id)).ToList();
            if (fresh.Count == 0) break;
            await Parallel.ForEachAsync(fresh,
                new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrentTasks, CancellationToken = cancellationToken },
                async (task, ct) => await VisitAsync(task, now, directory, report, ct));
            if (page.Count < options.SweepBatchSize) break;
        }
        if (report.Tasks > 0) logger.LogInformation("Reminder sweep at {Now:O}: {Report}", now, report);
        return report;
    }

    private async Task VisitAsync(DirectiveTask task, DateTimeOffset now, UnitDirectory directory, SweepReport report, CancellationToken cancellationToken)
    {
        report.Visited();
        var unsettled = false;
        var today = SendingCalendar.DateOf(now);
        foreach (var reminder in policy.Due(task, now))
        {
            var recipients = Recipients(reminder, task, directory);
            if (recipients.Count == 0)
                logger.LogWarning("Reminder {Key}: nobody in the directory to send it to", reminder.Key);
            foreach (var person in recipients)
            {
                var key = reminder.DeliveryKey(person.AadObjectId);
                var result = await once.SendAsync(key, PersonConversation(person.AadObjectId),
                    () => NudgeCard.Build(key, reminder, task, today, policy.Calendar.Official), cancellationToken);
                report.Count(result);
                if (result is DeliveryStatus.Failed or DeliveryStatus.HeldElsewhere) unsettled = true;
                if (result is DeliveryStatus.Unreachable) unsettled |= !await ReportUnreachableAsync(person, directory, cancellationToken);
            }
        }
        var next = policy.NextAfter(task, now);
        var retryAt = unsettled ? now
            // In quiet time nothing went out: what is current waits for the next working morning.
            : policy.Calendar.IsQuiet(now) && policy.Current(task, now).Count > 0 ? policy.Calendar.NextSendable(now)
            : (DateTimeOffset?)null;
        if (retryAt is { } r && (next is null || r < next)) next = r;
        await planner.SaveAsync(task, next, cancellationToken);
    }

    private static IReadOnlyList<Person> Recipients(Reminder reminder, DirectiveTask task, UnitDirectory directory)
    {
        switch (reminder.Audience)
        {
            case Audience.UnitChief:
                var contacts = directory.ContactsOf(reminder.Unit!);
                var chiefs = contacts.Where(p => p.Role == PersonRole.Chief).ToList();
                return chiefs.Count > 0 ? chiefs : contacts;
            case Audience.UnitContacts:
                return directory.ContactsOf(reminder.Unit!);
            case Audience.Supervisor:
                var who = task.Supervisor ?? task.IssuedBy;
                return [directory.FindPerson(who.AadObjectId) ?? new Person(who.AadObjectId, who.Name, null, PersonRole.Leader)];
            default:
                return directory.WithRole(PersonRole.Office);
        }
    }

    /// <summary>Tells the 督查室, once per person ever, that the bot cannot reach them. False if that could not be
    /// sent (it is tried again on a later sweep).</summary>
    private async Task<bool> ReportUnreachableAsync(Person person, UnitDirectory directory, CancellationToken cancellationToken)
    {
        var ok = true;
        foreach (var office in directory.WithRole(PersonRole.Office).Where(o => o.AadObjectId != person.AadObjectId))
        {
            var key = $"unreachable|{person.AadObjectId}|{office.AadObjectId}";
            var result = await once.SendAsync(key, PersonConversation(office.AadObjectId), () => UnreachableCard(key, person), cancellationToken);
            ok &= result is DeliveryStatus.Sent or DeliveryStatus.AlreadySent or DeliveryStatus.Unreachable;
        }
        logger.LogWarning("{Name} ({AadObjectId}) cannot be reached by the bot; reported to the 督查室", person.Name, person.AadObjectId);
        return ok;
    }

    private static NudgeMessage UnreachableCard(string key, Person person)
    {
        var who = person.Unit is null ? person.Name : $"{person.Unit} {person.Name}";
        var text = $"督办提醒无法送达：{who}（{person.Role.Chinese()}）尚未与 TaskBot 建立会话，请联系其在 Teams 中安装或打开 TaskBot。";
        var card = new Cards.AdaptiveCard(
        [
            new Cards.Container([new Cards.TextBlock(Cards.Md.Literal("提醒无法送达")) { Size = Cards.TextSize.Medium, Bold = true }]) { Style = Cards.ContainerStyle.Warning },
            new Cards.TextBlock(Cards.Md.Of($"{text}")),
        ]);
        return new NudgeMessage(key, $"提醒无法送达：{who}", text, card.ToJson());
    }
}
