using TaskBot.Digest;
using TaskBot.Calendar;
using TaskBot.Cards;
using TaskBot.Directives;
using TaskBot.Directory;
using TaskBot.Observability;
using TaskBot.Storage;
using TaskBot.Tasks;

namespace TaskBot.Assignments;

/// <summary>
/// What the bot does with a chat message: a command (exact words, see <see cref="CommandRouter"/>), else a
/// directive read into a preview for a leader or the 督查室, else a short help line. 转为督办任务 on any Teams message
/// (<see cref="PreviewMessageAsync"/>) reads that message into the same preview.
/// </summary>
public sealed class ChatService(
    DirectiveParserSource parsers, PreviewBuilder previewBuilder, PreviewStore previews, ITaskStore tasks,
    DirectoryCache directoryCache, IWorkingDayCalendar calendar, TaskBotMetrics metrics, DigestService digests, DirectiveRateLimit rateLimit,
    OpenCalls.OpenCallService openCalls, LedgerExport ledger)
{
    /// <summary>The issue's limit for one chat message; the parser reads at most its own budget of it and warns.</summary>
    public const int MaxChars = 20_000;
    private const string ReadFailedLine = "抱歉，督办助手读取这条消息时出错，没有创建任何任务。错误已记录，请稍后重试，或把内容分成几条发送；如仍不行，请联系督查室。";
    private const string HelpLine = "没有从这条消息中识别到督办事项。发送「帮助」查看用法，发送「我的任务」查看待办。";

    public async Task<Reply> OnMessageAsync(IncomingMessage message, string? viewerTeamsId, CancellationToken cancellationToken)
    {
        var text = message.Text.Trim();
        if (text.Length > MaxChars)
            return Reply.Say($"这条消息有 {text.Length:N0} 字，超过了 {MaxChars:N0} 字的上限。请分成几条较短的消息发送，每条不超过 {MaxChars:N0} 字。");
        var directory = await directoryCache.GetAsync(cancellationToken);
        var person = directory.FindPerson(message.AadObjectId ?? "");
        if (text.Length == 0) return Reply.Show(ListCards.Help(person?.MayIssue == true).ToJson());
        if (CommandRouter.TryRoute(text, out var command, out var argument))
            return await RunAsync(command, argument, person, message.LocalDate, directory, viewerTeamsId, cancellationToken);

        if (!rateLimit.TryAcquire(message.AadObjectId ?? message.ConversationId)) return Reply.Say(rateLimit.Refusal);
        // An open call (揭榜挂帅) is read before the directive parser: it assigns nobody until the leader chooses.
        if (await openCalls.TryPreviewAsync(message, person, text, message.ConversationKey, cancellationToken) is { } call) return call;
        var reading = (await parsers.GetAsync(cancellationToken)).Read(text, message.LocalDate);
        if (reading.Failed) return Reply.Say(ReadFailedLine);
        var parsed = reading.Tasks;
        if (parsed.Count == 0) return Reply.Say(HelpLine);
        metrics.DirectiveParsed("chat");
        if (person is not { MayIssue: true })
            return Reply.Say(person is null
                ? "这条消息看起来是一项督办指令。只有领导和督查室可以交办任务，而您尚未登记在单位名录中，因此没有创建任何任务。如需开通，请联系督查室。"
                : $"这条消息看起来是一项督办指令。只有领导和督查室可以交办任务，{person.Name}（{person.Role.Chinese()}）不能交办，因此没有创建任何任务。发送「我的任务」可查看本单位待办。");
        return await PreviewAsync(message with { LocalDate = reading.Reference ?? message.LocalDate }, person, text, parsed, directory, cancellationToken, reading.ReferenceStated);
    }

    /// <summary>
    /// 转为督办任务 on a Teams message (someone's report, a forwarded instruction): the leader or the 督查室 gets the
    /// same preview as for a directive sent to the bot, and 确认交办 dispatches it the same way. The message is read
    /// whole, commands included, and the person is checked first: only leaders and the 督查室 may turn a message
    /// into tasks. Every answer is a card, for the dialog Teams opens.
    /// </summary>
    /// <param name="message">The message acted on: its text, and its own date as the reference for deadlines. Its
    /// <see cref="IncomingMessage.AadObjectId"/> is the person who chose the action, not the message's author.</param>
    public async Task<Reply> PreviewMessageAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var directory = await directoryCache.GetAsync(cancellationToken);
        var person = directory.FindPerson(message.AadObjectId ?? "");
        if (person is not { MayIssue: true })
            return Notice("无法转为督办任务", person is null
                ? "只有领导和督查室可以把消息转为督办任务。您尚未登记在单位名录中，如需开通，请联系督查室。"
                : $"只有领导和督查室可以把消息转为督办任务，{person.Name}（{person.Role.Chinese()}）暂不能使用此功能。如需交办，请联系督查室。");
        var text = message.Text.Trim();
        if (text.Length == 0)
            return Notice("没有可识别的文字", "这条消息没有文字内容（可能只有图片或附件），无法转为督办任务。");
        if (text.Length > MaxChars)
            return Notice("消息过长", $"这条消息有 {text.Length:N0} 字，超过了 {MaxChars:N0} 字的上限，无法转为督办任务。请摘出批示内容后重新发送。");
        if (!rateLimit.TryAcquire(message.AadObjectId ?? message.ConversationId)) return Notice("请稍后再试", rateLimit.Refusal);
        var reading = (await parsers.GetAsync(cancellationToken)).Read(text, message.LocalDate);
        if (reading.Failed) return Notice("读取失败", ReadFailedLine);
        var parsed = reading.Tasks;
        if (parsed.Count == 0)
            return Notice("没有识别到督办事项", "这条消息中没有识别到督办事项（如「请县发改局牵头，于3月底前完成……」）。您也可以把批示直接发给督办助手。");
        metrics.DirectiveParsed("message_action");
        return await PreviewAsync(message with { LocalDate = reading.Reference ?? message.LocalDate }, person, text, parsed, directory, cancellationToken, reading.ReferenceStated);
    }

    private async Task<Reply> PreviewAsync(IncomingMessage message, Person issuer, string text, IReadOnlyList<Directives.ParsedTask> parsed,
        UnitDirectory directory, CancellationToken cancellationToken, bool referenceStated = false)
    {
        var preview = previewBuilder.Build(PreviewBuilder.PreviewIdFor(message.ConversationId, message.ActivityId),
            issuer.AadObjectId, text, message.LocalDate, parsed, directory) with { ReferenceStated = referenceStated };
        await previews.SaveAsync(preview, cancellationToken);
        return Reply.Show(PreviewCards.Preview(preview, directory).ToJson(), $"督办事项预览：{preview.Items.Count} 项");
    }

    private static Reply Notice(string title, string text) => Reply.Show(PreviewCards.Notice(title, text).ToJson());

    private async Task<Reply> RunAsync(ChatCommand command, string argument, Person? person, DateOnly today, UnitDirectory directory,
        string? viewerTeamsId, CancellationToken cancellationToken)
    {
        if (command == ChatCommand.Help) return Reply.Show(ListCards.Help(person?.MayIssue == true).ToJson());
        if (command == ChatCommand.Export) return await ledger.RequestAsync(person, argument, today, cancellationToken);
        if (person is null) return Reply.Say("您尚未登记在单位名录中，无法查询督办任务。如需开通，请联系督查室。");
        switch (command)
        {
            case ChatCommand.MyTasks when person.Unit is { } unit && !person.MayIssue:
                // What the unit must do now: open, and waiting on units (a submitted task waits on the leader).
                var mine = (await tasks.ListOpenByUnitAsync(unit, cancellationToken)).Where(t => t.Status.CanBeOverdue()).ToList();
                return Card(ListCards.ByColour($"{unit} · 我的任务", mine, today, calendar, "本单位目前没有待办任务。"));
            case ChatCommand.MyTasks:
                var issued = (await tasks.ListByPersonAsync(person.AadObjectId, 200, cancellationToken)).Where(t => t.Status.IsOpen()).ToList();
                return Card(ListCards.ByColour("我交办和督办的任务", issued, today, calendar, "您目前没有未办结的交办任务。"));
            case ChatCommand.UnitTasks when person.Unit is { } unit:
                return Card(ListCards.ByColour($"{unit} · 本单位任务", await tasks.ListOpenByUnitAsync(unit, cancellationToken), today, calendar, "本单位目前没有未办结的任务。"));
            case ChatCommand.UnitTasks:
                return Reply.Say("您在名录中没有所属单位。领导请发送「我的任务」或「逾期任务」。");
            case ChatCommand.Overdue:
                var scope = person.MayIssue ? null : person.Unit;
                if (!person.MayIssue && scope is null) return Reply.Say("您在名录中没有所属单位，无法查询逾期任务。");
                var overdue = (await tasks.ListDeadlineBeforeAsync(today, scope, cancellationToken)).Where(t => t.Status.CanBeOverdue()).ToList();
                return Card(ListCards.ByColour(scope is null ? "全部逾期任务" : $"{scope} · 逾期任务", overdue, today, calendar, "没有逾期任务。"));
            case ChatCommand.Task:
                if (!Tasks.TaskId.TryParse(argument, out var id)) return Reply.Say("请在「任务」后写上任务编号，例如：任务 DB-2026-000123");
                var task = await tasks.GetAsync(id.Value, cancellationToken);
                if (task is null) return Reply.Say($"找不到任务 {id}。");
                if (!TaskActionHandler.MayView(person, task)) return Reply.Say($"任务 {id} 不属于您的单位，无权查看。");
                var history = await tasks.GetHistoryAsync(task.Id, cancellationToken);
                return Card(ListCards.Detail(task, history, person, today, calendar, directory, viewerTeamsId));
            case ChatCommand.OpenCalls:
                return await openCalls.ListAsync(cancellationToken);
            case ChatCommand.Digest when !person.MayIssue:
                return Reply.Say("逾期周报面向领导和督查室。发送「本单位任务」或「逾期任务」可查看本单位的情况。");
            case ChatCommand.Digest:
                // The weekly card, now, for the asker only: not claimed, so the Monday one still goes out.
                var digest = await digests.OnDemandAsync(today, cancellationToken);
                return Reply.Show(digest.Card, digest.Summary);
            default:
                return Reply.Show(ListCards.Help(person.MayIssue).ToJson());
        }
    }

    private static Reply Card(AdaptiveCard card) => Reply.Show(card.ToJson());
}
