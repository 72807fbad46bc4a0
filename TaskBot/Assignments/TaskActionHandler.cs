using System.Text.Json.Nodes;
using System.Globalization;
using TaskBot.Calendar;
using TaskBot.Cards;
using TaskBot.Delivery;
using TaskBot.Directory;
using TaskBot.Storage;
using TaskBot.Tasks;
using static TaskBot.Cards.CardContract;

namespace TaskBot.Assignments;

/// <summary>
/// A click on a task card. Who acts, for which unit, and whether they may, come from the sender's AAD object id and
/// the directory; the card's data gives only the task id, the verb and the version the person saw. A refused action
/// changes nothing, is audited, and answers with the task's current card and the reason in Chinese. After a change:
/// the clicked card shows the new state, the issuing leader gets a one-line notice, and the person the task now
/// waits on gets a card (extension or completion decision to the leader/督查室, the answer back to the unit).
/// </summary>
public sealed class TaskActionHandler(
    IStore tasks, DirectoryCache directoryCache, Notifier notifier, OutboxSignal outbox, RefusalLog refusals,
    Reminders.ReminderPlanner reminders, IWorkingDayCalendar calendar, TimeProvider time)
{
    public async Task<Reply> HandleAsync(IncomingAction action, string? viewerTeamsId, CancellationToken cancellationToken)
    {
        var directory = await directoryCache.GetAsync(cancellationToken);
        var actor = directory.FindPerson(action.AadObjectId ?? "");
        var idText = Text(action.Data, TaskIdKey);
        var version = Long(action.Data, VersionKey);
        var parsed = TaskBot.Tasks.TaskId.TryParse(idText, out var id) ? id : null;

        async Task<Reply> Refuse(string code, string reason, DirectiveTask? current)
        {
            await refusals.RecordAsync(new Refusal(time.GetUtcNow(), action.AadObjectId, actor?.Name, action.Verb, parsed?.ToString(), version, code,
                parsed is null && idText is not null ? $"{reason}（收到的编号：{PreviewBuilder.Shorten(idText, 40)}）" : reason), cancellationToken);
            var card = current is not null && MayView(actor, current)
                ? TaskCards.View(current, actor, action.LocalDate, calendar, directory, CardBanner.Refused(reason), viewerTeamsId)
                : PreviewCards.Notice("操作未执行", reason, ContainerStyle.Attention);
            // What the person typed comes back in the form, with the reason: nothing typed is lost.
            return Reply.Show(KeepTyped(card.ToJson(), action.Data)) with { Refused = true };
        }

        if (actor is null) return await Refuse("UnknownPerson", "您不在单位名录中，无法操作督办任务。如有疑问请联系督查室。", null);
        if (parsed is null) return await Refuse(nameof(TaskErrorCode.NotFound), "找不到这项任务（编号无效）。", null);
        var task = await tasks.GetAsync(parsed.Value, cancellationToken);
        if (task is null) return await Refuse(nameof(TaskErrorCode.NotFound), $"找不到任务 {parsed}。", null);

        if (action.Verb == Verbs.Refresh)
            return MayView(actor, task)
                ? Reply.Show(TaskCards.View(task, actor, action.LocalDate, calendar, directory, null, viewerTeamsId).ToJson())
                : Reply.Show(PreviewCards.Notice("无权查看", $"任务 {task.Id} 不属于您的单位。").ToJson()) with { Refused = true };

        // A click that does not say which version it saw cannot be checked for staleness: it is treated as stale.
        if (version is null)
            return await Refuse(nameof(TaskErrorCode.StaleVersion), $"这张卡片已过期（缺少版本号），任务 {task.Id} 的操作未执行，请刷新后再操作。", task);
        var (command, inputError) = Command(action, actor, version);
        if (command is null) return await Refuse(nameof(TaskErrorCode.Invalid), inputError!, task);
        var seen = command.ExpectedVersion!.Value;
        TaskResult result;
        for (var attempt = 1; ; attempt++)
        {
            // Concurrency per unit: a card drawn before another unit's 签收, 反馈进度 or 有异议 is still right for this
            // unit. Checked again when another unit's click lands between our read and our write (several units
            // clicking at once): only a change that touches this unit refuses the click.
            var toApply = seen < task.Version && command.Unit is { } own && await OnlyOtherUnitsMovedAsync(task, seen, own, cancellationToken)
                ? command with { ExpectedVersion = task.Version } : command;

            // The messages the change causes are recorded with it, and sent by the outbox after this answer: among
            // them every card of the task that someone holds, redrawn in place.
            // (Not the clicked card itself: this answer replaces it.)
            var held = Notifier.HeldCards(await tasks.IntentsOfAsync(task.Id.ToString(), cancellationToken))
                .Where(c => action.MessageId is null || (c.ActivityId ?? c.UpdateActivityId) != action.MessageId).ToList();
            result = await tasks.ApplyAsync(task.Id, toApply,
                changed => [.. FollowUps(changed, toApply, actor, directory), .. notifier.Refreshes(changed, held, directory)], cancellationToken);
            if (result.Succeeded || result.Error!.Code != TaskErrorCode.StaleVersion || attempt == MaxAttempts) break;
            task = await tasks.GetAsync(task.Id, cancellationToken) ?? task;
        }
        if (!result.Succeeded)
        {
            var current = await tasks.GetAsync(task.Id, cancellationToken) ?? task;
            return await Refuse(result.Error!.Code.ToString(), result.Error.Message, current);
        }

        var changed = result.Task!;
        await reminders.ChangedAsync(result, cancellationToken);
        outbox.Wake();
        return Reply.Show(TaskCards.View(changed, actor, action.LocalDate, calendar, directory,
            CardBanner.Done($"已{command.Action.Chinese()}。{Detail(changed, command)}".TrimEnd()), viewerTeamsId).ToJson());
    }

    /// <summary>Writes tried when other units' clicks keep landing first (each retry reads the task again).</summary>
    private const int MaxAttempts = 5;

    /// <summary>True when every change since version <paramref name="seen"/> is another unit's own action (its 签收,
    /// 反馈进度, 有异议, the lead's 报结 or 申请延期): no field this unit edits has changed. A leader's decision (a unit
    /// named by it, or none: 调整交办, 批准延期 …) still makes the card stale. Whether the action is still allowed is the
    /// lifecycle's to say, with its own reason.</summary>
    private async Task<bool> OnlyOtherUnitsMovedAsync(DirectiveTask task, long seen, string unit, CancellationToken cancellationToken)
    {
        var since = (await tasks.GetHistoryAsync(task.Id, cancellationToken)).Where(e => e.Version > seen).ToList();
        return since.Count == task.Version - seen
            && since.All(e => e.Action is TaskAction.Acknowledge or TaskAction.ReportProgress or TaskAction.Dispute or TaskAction.Submit
                or TaskAction.RequestExtension && e.Unit is { } u && u != unit);
    }

    /// <summary>The card with each input the person filled in set to what they typed.</summary>
    private static JsonObject KeepTyped(JsonObject card, JsonObject data)
    {
        foreach (var input in Walk(card))
            if (input["type"]?.GetValue<string>() is { } type && type.StartsWith("Input.") && input["id"]?.GetValue<string>() is { } id
                && data[id] is JsonValue typed && typed.TryGetValue<string>(out var text) && text.Length > 0)
                input["value"] = text;
        return card;

        static IEnumerable<JsonObject> Walk(JsonNode? node)
        {
            if (node is JsonObject o)
            {
                yield return o;
                foreach (var (_, child) in o) foreach (var x in Walk(child)) yield return x;
            }
            else if (node is JsonArray a)
                foreach (var child in a) foreach (var x in Walk(child)) yield return x;
        }
    }

    public static bool MayView(Person? person, DirectiveTask task) =>
        person is not null && (person.MayIssue || (person.Unit is { } u && task.UnitNamed(u) is not null));

    private static (TaskCommand? Command, string? Error) Command(IncomingAction action, Person actor, long? version)
    {
        var data = action.Data;
        var unit = actor.Unit ?? "";
        var unitVerb = action.Verb is Verbs.Acknowledge or Verbs.Progress or Verbs.Extend or Verbs.Submit or Verbs.Dispute;
        if (unitVerb && actor.Role is not (PersonRole.Chief or PersonRole.Liaison))
            return (null, $"{actor.Name}（{actor.Role.Chinese()}）不是承办单位的局长或联络员，不能进行此操作。");
        TaskCommand? command = action.Verb switch
        {
            Verbs.Acknowledge => new AcknowledgeTask(actor, unit),
            Verbs.Progress when int.TryParse(Text(data, Inputs.ProgressPercent), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pct)
                => new ReportProgress(actor, unit, pct, Text(data, Inputs.ProgressNote) ?? ""),
            Verbs.Progress => null,
            Verbs.Extend when DateOnly.TryParseExact(Text(data, Inputs.ExtendDate), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                => new RequestExtension(actor, unit, d, Text(data, Inputs.ExtendReason) ?? ""),
            Verbs.Extend => null,
            Verbs.Submit => new SubmitTask(actor, unit, Text(data, Inputs.SubmitSummary) ?? "", Link(Text(data, Inputs.SubmitLink))),
            Verbs.Dispute => new DisputeTask(actor, unit, Text(data, Inputs.DisputeReason) ?? ""),
            Verbs.ApproveExtension => new ApproveExtension(actor),
            Verbs.DenyExtension => new DenyExtension(actor, Text(data, Inputs.DenyReason) ?? ""),
            Verbs.Complete => new CompleteTask(actor),
            Verbs.Return => new ReturnTask(actor, Text(data, Inputs.ReturnReason) ?? ""),
            Verbs.Reassign => new ReassignTask(actor, List(data, Inputs.ReassignLead), List(data, Inputs.ReassignCo)),
            Verbs.RejectDispute => new RejectDisputeTask(actor, Text(data, Inputs.RejectDisputeUnit) ?? "", Text(data, Inputs.RejectDisputeReason) ?? ""),
            _ => null,
        };
        if (command is not null) return (command with { ExpectedVersion = version }, null);
        return (null, action.Verb switch
        {
            Verbs.Progress => "请填写 0 到 100 之间的进度。",
            Verbs.Extend => "请选择延期后的日期。",
            _ => "无法识别的操作。",
        });
    }

    /// <summary>Only web links are kept; anything else (javascript:, file:) is dropped, never shown as a link.</summary>
    private static string? Link(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var u) && u.Scheme is "https" or "http" ? u.AbsoluteUri : null;

    private static string Detail(DirectiveTask task, TaskCommand command) => command switch
    {
        ReportProgress p => $"进度 {p.Percent}%" + (string.IsNullOrWhiteSpace(p.Note) ? "" : $"，{p.Note.Trim()}"),
        RequestExtension r => $"申请延至 {CardDates.Iso(r.NewDeadline)}，理由：{r.Reason.Trim()}",
        ApproveExtension => $"新期限 {CardDates.Iso(task.Deadline.Date)}",
        DenyExtension d => $"理由：{d.Reason.Trim()}",
        SubmitTask s => $"办结情况：{PreviewBuilder.Shorten(s.Summary.Trim(), 60)}",
        ReturnTask r => $"理由：{r.Reason.Trim()}",
        DisputeTask d => $"理由：{d.Reason.Trim()}",
        RejectDisputeTask r => $"{r.ForUnit} 的异议不成立，请继续办理。理由：{r.Reason.Trim()}",
        ReassignTask => $"牵头 {string.Join("、", task.LeadUnits.Select(u => u.Unit))}",
        _ => "",
    };

    /// <summary>Who is told what after a change: the person the task now waits on gets a card, the issuing leader
    /// a one-line note. Drawn from the task as changed; nothing is sent here.</summary>
    private IReadOnlyList<OutboxIntent> FollowUps(DirectiveTask task, TaskCommand command, Person actor, UnitDirectory directory)
    {
        var today = ChinaTime.DateOf(time.GetUtcNow());
        var who = actor.Unit is { } u ? $"{u} {actor.Name}" : $"{actor.Name}（{actor.Role.Chinese()}）";
        var line = $"{who} {command.Action.Chinese()}：任务 {task.Id}「{PreviewBuilder.Shorten(task.Deliverable, 30)}」。{Detail(task, command)}".TrimEnd();
        var intents = new List<OutboxIntent>();
        void Card(Person p) => intents.Add(notifier.ToPerson(task, OutboxKeys.Note(task.Id, task.Version, p.AadObjectId), p.AadObjectId, line, line,
            TaskCards.View(task, p, today, calendar, directory, null).ToJson()));
        void NoteToIssuer()
        {
            if (task.IssuedBy.AadObjectId != actor.AadObjectId)
                intents.Add(notifier.ToPerson(task, OutboxKeys.Note(task.Id, task.Version, task.IssuedBy.AadObjectId), task.IssuedBy.AadObjectId, line, line, null));
        }

        switch (command)
        {
            // The leader must decide: the one-line notice comes with the decision card, to the leader or the 督查室.
            case RequestExtension or SubmitTask or DisputeTask:
                foreach (var p in notifier.LeaderOrOffice(directory, task.IssuedBy.AadObjectId)) Card(p);
                break;
            case ApproveExtension or DenyExtension:
                if (task.Extensions.LastOrDefault() is { } ext && directory.FindPerson(ext.RequestedBy.AadObjectId) is { } requester) Card(requester);
                NoteToIssuer();
                break;
            case CompleteTask or ReturnTask:
                if (task.Submission is { } sub && directory.FindPerson(sub.By.AadObjectId) is { } submitter) Card(submitter);
                NoteToIssuer();
                break;
            case ReassignTask:
                intents.AddRange(notifier.AssignmentCards(task, directory));
                NoteToIssuer();
                break;
            // The objecting unit is told, with the reason, and gets its card back with its buttons.
            case RejectDisputeTask r:
                foreach (var p in directory.ContactsOf(r.ForUnit)) Card(p);
                NoteToIssuer();
                break;
            default:
                NoteToIssuer();
                break;
        }
        // One message per person and version: a requester who is also the issuer gets the card, not a second note.
        return intents.DistinctBy(i => i.Key).ToList();
    }
}
