using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using TaskBot.Calendar;
using TaskBot.Cards;
using TaskBot.Delivery;
using TaskBot.Directory;
using TaskBot.Observability;
using TaskBot.Storage;
using TaskBot.Tasks;
using static TaskBot.Cards.CardContract;

namespace TaskBot.Assignments;

/// <summary>
/// 确认交办 and 取消 on a preview. Dispatch happens once per preview whatever the number of clicks, retries or
/// instances: the store's claim on <c>dispatch:{previewId}</c> lets one caller create the tasks; the others wait
/// for its result and show the same summary. The click never waits for delivery: the tasks and their assignment
/// cards (outbox intents) are written together, the answer says what is known ("正在通知 M 个单位"), and the outbox
/// sender delivers the cards and updates that answer in place as they arrive.
/// </summary>
public sealed class Dispatcher(
    PreviewStore previews, IStore store, DirectoryCache directoryCache, Notifier notifier, DispatchStatus status, OutboxSignal outbox,
    Reminders.ReminderPlanner reminders, TimeProvider time, TaskBotMetrics metrics, ILogger<Dispatcher> logger)
{
    /// <summary>Long enough for creating the tasks; a holder that died is taken over after it.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(2);
    /// <summary>How long a second click waits for the first to finish before showing "in progress".</summary>
    public static readonly TimeSpan WaitForOther = TimeSpan.FromSeconds(8);

    public async Task<Reply> CancelAsync(IncomingAction action, CancellationToken cancellationToken)
    {
        var directory = await directoryCache.GetAsync(cancellationToken);
        var preview = await previews.GetAsync(Text(action.Data, PreviewIdKey) ?? "", cancellationToken);
        if (preview is null) return Reply.Show(Expired().ToJson());
        if (!MayConfirm(directory.FindPerson(action.AadObjectId ?? ""), preview))
            return Reply.Show(PreviewCards.Preview(preview, directory, ["只有发出指令的领导或督查室可以取消此预览。"]).ToJson());
        if (preview.Outcome is not null || await store.GetClaimAsync(ClaimKey(preview.Id), cancellationToken) is not null)
            return await SummaryAsync(preview, cancellationToken);
        await previews.SaveAsync(preview with { Cancelled = true }, cancellationToken);
        return Reply.Show(PreviewCards.Notice("已取消", "此预览已取消，未创建任何任务。").ToJson());
    }

    public async Task<Reply> ConfirmAsync(IncomingAction action, CancellationToken cancellationToken)
    {
        var directory = await directoryCache.GetAsync(cancellationToken);
        var preview = await previews.GetAsync(Text(action.Data, PreviewIdKey) ?? "", cancellationToken);
        if (preview is null) return Reply.Show(Expired().ToJson());
        var actor = directory.FindPerson(action.AadObjectId ?? "");
        if (!MayConfirm(actor, preview))
            return Reply.Show(PreviewCards.Preview(preview, directory, ["只有发出指令的领导或督查室可以确认交办。"]).ToJson());
        if (preview.Cancelled) return Reply.Show(PreviewCards.Notice("已取消", "此预览已取消，未创建任何任务。请重新发送指令。").ToJson());
        if (preview.Outcome is not null) return await SummaryAsync(preview, cancellationToken);

        var edited = ApplyEdits(preview, action.Data);
        var issuer = directory.FindPerson(preview.IssuerAadObjectId);
        var (drafts, errors) = Drafts(edited, issuer, directory);
        if (errors.Count > 0) return Reply.Show(PreviewCards.Preview(edited, directory, errors).ToJson());

        var key = ClaimKey(preview.Id);
        if (!await store.TryClaimAsync(key, ClaimLease, cancellationToken))
            return await AwaitOtherAsync(preview, action, key, cancellationToken);
        CreateResult created;
        var started = time.GetTimestamp();
        var drawn = new System.Collections.Concurrent.ConcurrentDictionary<TaskId, IReadOnlyList<OutboxIntent>>();
        try
        {
            // Keyed by the claim: a holder that died after creating the tasks but before completing the claim is
            // taken over after its lease, and the retry gets the same tasks back instead of a second set. Each task's
            // assignment cards are recorded in the same write as the task.
            // Each task is written with its first reminder planned.
            created = await store.CreateTasksAsync(reminders.Plan(drafts, issuer!), issuer!, key,
                task => drawn[task.Id] = notifier.AssignmentCards(task, directory), cancellationToken);
            await reminders.CreatedAsync(created, cancellationToken);
            if (!created.Succeeded)
            {
                await store.ReleaseClaimAsync(key, CancellationToken.None);
                return Reply.Show(PreviewCards.Preview(edited, directory, [created.Error!.Message]).ToJson());
            }
            // From here on a retry shows these tasks instead of creating more.
            await store.CompleteClaimAsync(key, string.Join(",", created.Tasks.Select(t => t.Id.ToString())), CancellationToken.None);
        }
        catch
        {
            await store.ReleaseClaimAsync(key, CancellationToken.None);
            throw;
        }
        metrics.TasksCreated(created.Tasks.Count);

        await RecordStatusAsync(preview.Id, action, issuer!);
        await previews.SaveAsync(edited with { Outcome = new DispatchOutcome(created.Tasks.Select(t => t.Id.ToString()).ToList(), []) }, CancellationToken.None);
        outbox.Wake();
        // Nothing has gone out yet (a retry of the same key reads the store instead): every unit with people to tell
        // is being told, a unit with nobody is reported now.
        var tally = created.Tasks.All(t => drawn.ContainsKey(t.Id))
            ? DeliveryTally.Of(created.Tasks, drawn.ToDictionary(d => d.Key, d => d.Value))
            : (await status.TallyAsync(preview.Id, cancellationToken)).Tally;
        logger.LogInformation("Preview {PreviewId} dispatched as {TaskIds} in {Ms:F0} ms", preview.Id,
            string.Join(",", created.Tasks.Select(t => t.Id)), time.GetElapsedTime(started).TotalMilliseconds);
        return Reply.Show(PreviewCards.Dispatched(created.Tasks, tally).ToJson(), tally.Line());
    }

    /// <summary>The leader's answer, kept current by the outbox: the clicked card updated in place, or (from a dialog,
    /// which has no card to update) one message at the end. Recorded once per preview; a re-click changes nothing.</summary>
    private Task RecordStatusAsync(string previewId, IncomingAction action, Person issuer) =>
        store.AddIntentsAsync([new OutboxIntent
        {
            Key = OutboxKeys.DispatchStatus(previewId),
            Partition = OutboxKeys.DispatchPartition(previewId),
            ConversationKey = action.MessageId is not null && action.ConversationKey is not null ? action.ConversationKey : ConversationKeys.Person(issuer.AadObjectId),
            UpdateActivityId = action.ConversationKey is not null ? action.MessageId : null,
            Summary = "交办通知",
            DueAt = time.GetUtcNow(),
        }], CancellationToken.None);

    private async Task<Reply> AwaitOtherAsync(Preview preview, IncomingAction action, string key, CancellationToken cancellationToken)
    {
        var until = time.GetUtcNow() + WaitForOther;
        while (true)
        {
            var claim = await store.GetClaimAsync(key, cancellationToken);
            if (claim is { Completed: true }) return await SummaryAsync(preview, cancellationToken);
            if (claim is null || time.GetUtcNow() >= until) break;
            await Task.Delay(TimeSpan.FromMilliseconds(100), time, cancellationToken);
        }
        return Reply.Show(PreviewCards.Notice("正在交办", "此预览正在交办中，请稍后发送「我的任务」查看结果。", ContainerStyle.Warning).ToJson());
    }

    /// <summary>What was created and where its cards stand, read from the store: never a delivery that did not happen.</summary>
    private async Task<Reply> SummaryAsync(Preview preview, CancellationToken cancellationToken)
    {
        var (tasks, tally) = await status.TallyAsync(preview.Id, cancellationToken);
        return Reply.Show(PreviewCards.Dispatched(tasks, tally).ToJson(), tally.Line());
    }

    private static bool MayConfirm(Person? actor, Preview preview) =>
        actor is { MayIssue: true } && (actor.AadObjectId == preview.IssuerAadObjectId || actor.Role == PersonRole.Office);

    private static AdaptiveCard Expired() => PreviewCards.Notice("预览已失效", "找不到这份预览，请重新发送指令。", ContainerStyle.Warning);

    public static string ClaimKey(string previewId) => $"dispatch:{previewId}";

    /// <summary>The preview with the values the leader edited on the card (inputs arrive in the action's data).</summary>
    public static Preview ApplyEdits(Preview preview, JsonObject data) => preview with
    {
        Items = preview.Items.Select((item, i) =>
        {
            string? Field(string id) => Text(data, id);
            var given = DateOnly.TryParseExact(Field(Inputs.Deadline(i)), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d);
            var deadline = given ? d : item.Deadline;
            return item with
            {
                // 确认交办 submits the whole form, and clients leave an emptied input out of the data: a unit list
                // or supervisor that is absent was cleared by the leader, not left as it was.
                Lead = List(data, Inputs.Lead(i)),
                Co = List(data, Inputs.Co(i)),
                Questions = item.Questions.Select((q, j) => q with { Chosen = List(data, Inputs.Pick(i, j)) }).ToList(),
                Deadline = deadline,
                // An imported row's date input starts empty: any date sent for it is the leader's.
                DeadlineDefaulted = item.DeadlineDefaulted && (preview.SourceFile is not null ? !given : deadline == item.Deadline),
                Deliverable = Field(Inputs.Deliverable(i))?.Trim() is { Length: > 0 } del ? del : item.Deliverable,
                Supervisor = NullIfBlank(Field(Inputs.Supervisor(i))),
                Include = Field(Inputs.Include(i)) is { } inc ? inc != "false" : item.Include,
            };
        }).ToList(),
    };

    private static (List<TaskDraft> Drafts, List<string> Errors) Drafts(Preview preview, Person? issuer, UnitDirectory directory)
    {
        var drafts = new List<TaskDraft>();
        var errors = new List<string>();
        if (issuer is null) { errors.Add("发出指令的人已不在单位名录中，无法交办。"); return (drafts, errors); }
        for (var i = 0; i < preview.Items.Count; i++)
        {
            var item = preview.Items[i];
            if (!item.Include) continue;
            foreach (var q in item.Questions.Where(q => q.Chosen.Count == 0))
                errors.Add($"任务 {i + 1}：请为「{q.Surface}」选择具体单位。");
            var lead = item.Lead.Concat(item.Questions.Where(q => q.Role == UnitRole.Lead).SelectMany(q => q.Chosen)).Distinct().ToList();
            var co = item.Co.Concat(item.Questions.Where(q => q.Role == UnitRole.CoLead).SelectMany(q => q.Chosen)).Where(u => !lead.Contains(u)).Distinct().ToList();
            // A task-division table's row without a date is completed on the preview, not sent with a default.
            if (preview.SourceFile is not null && item.DeadlineDefaulted)
                errors.Add($"任务 {i + 1}：表格中没有具体完成时限{(item.DeadlinePhrase is { Length: > 0 } p ? $"（原文「{p}」）" : "")}，请填写日期。");
            else if (item.Deadline < preview.ReferenceDate) errors.Add($"任务 {i + 1}：完成时限 {CardDates.Iso(item.Deadline)} 早于交办日期。");
            var draft = new TaskDraft
            {
                SourceText = item.SourceText,
                SourceSpan = item.Span,
                ReferenceDate = preview.ReferenceDate,
                LeadUnits = lead,
                CoLeadUnits = co,
                Supervisor = item.Supervisor is { } s ? directory.People.FirstOrDefault(p => p.Name == s)?.Ref ?? new PersonRef("", s) : null,
                Deadline = new Deadline(item.Deadline, item.DeadlineDefaulted ? $"默认期限（原文：{item.DeadlinePhrase ?? "未写"}）" : item.DeadlinePhrase ?? CardDates.Iso(item.Deadline)),
                Deliverable = item.Deliverable,
            };
            if (TaskLifecycle.Validate(draft, issuer, directory, out var normalised) is { } error) errors.Add($"任务 {i + 1}：{error.Message}");
            else drafts.Add(normalised);
        }
        if (errors.Count == 0 && drafts.Count == 0) errors.Add("没有要交办的任务：请至少保留一项。");
        return (drafts, errors.Distinct().ToList());
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
