using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TaskBot.Calendar;
using TaskBot.Cards;
using TaskBot.Delivery;
using TaskBot.Directives.OpenCalls;
using TaskBot.Directory;
using TaskBot.OpenCalls;
using TaskBot.Reminders;
using TaskBot.Storage;
using TaskBot.Tasks;
using CC = TaskBot.Cards.CardContract;
using static TaskBot.Cards.OpenCallCards;

namespace TaskBot.Assignments.OpenCalls;

/// <summary>
/// The open-call use cases (揭榜挂帅): a leader's message read into a call preview, 发布 (once per preview), 揭榜 /
/// 修改 / 撤回 by units, the close at the sign-up deadline (<see cref="CloseDueAsync"/>, driven by Quartz), 选定挂帅
/// (a normal task per winner through the task store, its assignment cards through the outbox), 延长报名 and 撤销榜单.
/// Who may act comes from the directory and the sender's identity; every refusal is audited under the call's id.
/// Every proactive message is an outbox intent recorded in the same write as the change that causes it.
/// </summary>
public sealed class OpenCallService(
    IOpenCallStore calls, IStore store, IDocumentStore documents, DirectoryCache directoryCache, IWorkingDayCalendar calendar,
    Notifier notifier, OutboxSignal outbox, RefusalLog refusals, SendingCalendar sending, IOptions<OpenCallOptions> options,
    Reminders.ReminderPlanner reminders, TimeProvider time, ILogger<OpenCallService> logger)
{
    private const string DraftKind = "callpreview";
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(2);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private OpenCallOptions Options => options.Value;

    /// <summary>The word that makes any message a call preview, whatever the reader makes of it.</summary>
    public const string PublishWord = "发布榜单";

    // ---- preview and publication ----

    /// <summary>A preview when <paramref name="text"/> makes an open call (or starts with 发布榜单); null when it makes
    /// none, so that the message goes on to the directive parser.</summary>
    public async Task<Reply?> TryPreviewAsync(IncomingMessage message, Person? person, string text, string? conversationKey, CancellationToken cancellationToken)
    {
        var forced = text.StartsWith(PublishWord, StringComparison.Ordinal);
        if (!forced && !OpenCallReader.IsCall(text)) return null;   // most messages: no call word at all
        var directory = await directoryCache.GetAsync(cancellationToken);
        var reader = new OpenCallReader(calendar, directory.SurfaceForms.Keys);
        var reading = reader.Read(text, message.LocalDate);
        if (reading is null && !forced) return null;
        if (person is not { MayIssue: true })
            return Reply.Say(person is null
                ? "这条消息看起来是一个揭榜挂帅榜单。只有领导和督查室可以发布榜单，而您尚未登记在单位名录中，因此没有发布。如需开通，请联系督查室。"
                : $"这条消息看起来是一个揭榜挂帅榜单。只有领导和督查室可以发布榜单，{person.Name}（{person.Role.Chinese()}）不能发布。看到榜单后可点「揭榜」报名。");
        var body = forced ? text[PublishWord.Length..].TrimStart(' ', '：', ':', '，', ',') : text;
        if (forced && body.Length == 0)
            return Reply.Say("请在「发布榜单」后写上榜单内容，例如：发布榜单 揭榜挂帅：围绕茶园病虫害绿色防控关键技术攻关，面向全县公开张榜，欢迎各单位揭榜，12月31日前报名，项目周期一年，给予最高30万元资金支持。");
        reading ??= reader.Read("揭榜挂帅：" + body, message.LocalDate);
        var resolved = reading?.ListedUnits.Select(u => directory.ResolveUnit(u)?.Name).OfType<string>().Distinct().ToList() ?? [];
        var draft = new Draft
        {
            PreviewId = $"call-{PreviewBuilder.PreviewIdFor(message.ConversationId, message.ActivityId)}",
            IssuerAadObjectId = person.AadObjectId,
            ReferenceDate = message.LocalDate,
            SourceText = text,
            Title = reading?.Title ?? Shorten(body, 40),
            Goal = reading?.Goal ?? Shorten(body, 300),
            SignUpDeadline = reading?.SignUpDeadline is { } d && d >= message.LocalDate ? d : null,
            SignUpPhrase = reading?.SignUpPhrase,
            TermMonths = reading?.TermMonths,
            TermText = reading?.TermText,
            Support = reading?.Support,
            Eligibility = reading?.Eligibility == CallEligibility.ListedUnits && resolved.Count == 0 ? CallEligibility.AllUnits : reading?.Eligibility ?? CallEligibility.AllUnits,
            EligibleUnits = resolved,
            ConversationKey = conversationKey,
            CreatedAt = time.GetUtcNow(),
        };
        await SaveDraftAsync(draft, cancellationToken);
        return Reply.Show(OpenCallCards.Preview(draft, directory).ToJson(), $"榜单预览：{draft.Title}");
    }

    public async Task<Reply> PublishAsync(IncomingAction action, CancellationToken cancellationToken)
    {
        var directory = await directoryCache.GetAsync(cancellationToken);
        var actor = directory.FindPerson(action.AadObjectId ?? "");
        var draft = await GetDraftAsync(CC.Text(action.Data, CC.PreviewIdKey), cancellationToken);
        if (draft is null) return await RefuseAsync(action, actor, null, "NotFound", "找不到这份榜单预览，请重新发送。");
        if (!(actor is { MayIssue: true } && (actor.AadObjectId == draft.IssuerAadObjectId || actor.Role == PersonRole.Office)))
            return await RefuseAsync(action, actor, null, "NotPermitted", action.Verb == Verbs.CancelPreview
                ? "只有发出榜单的领导或督查室可以取消此预览。" : "只有发出榜单的领导或督查室可以发布此榜单。");
        if (CC.Long(action.Data, CC.VersionKey) != draft.Version)
            return await RefuseAsync(action, actor, null, "StaleVersion", "这张预览卡片已过期（缺少或不符的版本号），请重新发送后再发布。");
        if (draft.PublishedId is { } done && await calls.GetCallAsync(done, cancellationToken) is { } published)
            return Reply.Show(Board(published, CardBanner.Info($"榜单已发布（{published.Id}），无需重复发布。"), Winners(published), interactive: false).ToJson());
        if (action.Verb == Verbs.CancelPreview)
        {
            await SaveDraftAsync(draft with { Cancelled = true }, cancellationToken);
            return Reply.Show(PreviewCards.Notice("已取消", "此榜单预览已取消，没有发布。").ToJson());
        }
        if (draft.Cancelled) return Reply.Show(PreviewCards.Notice("已取消", "此榜单预览已取消，没有发布。请重新发送。").ToJson());

        var (edited, errors) = Edit(draft, action, directory);
        if (errors.Count > 0) return Reply.Show(OpenCallCards.Preview(edited, directory, errors).ToJson());
        var issuer = directory.FindPerson(edited.IssuerAadObjectId)!;
        var call = new OpenCall
        {
            Id = "", Title = edited.Title, Goal = edited.Goal, Support = edited.Support,
            SignUpDeadline = edited.SignUpDeadline!.Value, SignUpClosesAt = Options.ClosesAt(edited.SignUpDeadline.Value), SignUpPhrase = edited.SignUpPhrase,
            TermMonths = edited.TermMonths!.Value, TermText = edited.TermText,
            Eligibility = edited.Eligibility, EligibleUnits = edited.EligibleUnits,
            Publisher = issuer.Ref, PublishedAt = time.GetUtcNow(), SourceText = edited.SourceText,
            ChannelKey = Options.ChannelKey ?? edited.ConversationKey ?? action.ConversationKey ?? ConversationKeys.Person(issuer.AadObjectId),
            Status = OpenCallStatus.Open, Version = 0,
        };
        var recipients = Recipients(call, directory);
        var created = await calls.PublishCallAsync(call, $"callpublish:{edited.PreviewId}", c => Announce(c, recipients), cancellationToken);
        await SaveDraftAsync(edited with { PublishedId = created.Id }, CancellationToken.None);
        outbox.Wake();
        logger.LogInformation("Open call {CallId} published by {Issuer}: board to {Channel} and {Count} people", created.Id, issuer.Name, created.ChannelKey, recipients.Count);
        return Reply.Show(Board(created, CardBanner.Done(
            $"已发布榜单 {created.Id}：榜单卡片将发到{(created.ChannelKey!.StartsWith("channel:") ? "频道" : "本会话")}{(recipients.Count > 0 ? $"，并发给 {recipients.Count} 位单位负责人和联络员" : "")}。"), null, interactive: false).ToJson(),
            $"已发布榜单 {created.Id}");
    }

    /// <summary>Who gets the 榜单 card in personal chat: the chiefs and liaisons of the units that may apply (all
    /// units, or the listed ones); a call open to anyone is announced in the channel only.</summary>
    private static IReadOnlyList<Person> Recipients(OpenCall call, UnitDirectory directory) => call.Eligibility switch
    {
        CallEligibility.AllUnits => directory.People.Where(p => p.Role is PersonRole.Chief or PersonRole.Liaison && p.Unit is not null).ToList(),
        CallEligibility.ListedUnits => call.EligibleUnits.SelectMany(directory.ContactsOf).ToList(),
        _ => [],
    };

    private IReadOnlyList<OutboxIntent> Announce(OpenCall call, IReadOnlyList<Person> recipients)
    {
        var now = time.GetUtcNow();
        var intents = new List<OutboxIntent> { Intent(call, OutboxKeys.CallBoard(call.Id, "channel"), call.ChannelKey!, $"揭榜挂帅：{Shorten(call.Title, 40)}", now) };
        foreach (var p in recipients.DistinctBy(p => p.AadObjectId))
            if (ConversationKeys.Person(p.AadObjectId) != call.ChannelKey)
                intents.Add(Intent(call, OutboxKeys.CallBoard(call.Id, p.AadObjectId), ConversationKeys.Person(p.AadObjectId), $"揭榜挂帅：{Shorten(call.Title, 40)}，{call.SignUpDeadline:M月d日}前报名", now));
        return intents;
    }

    private (Draft, List<string>) Edit(Draft draft, IncomingAction action, UnitDirectory directory)
    {
        var data = action.Data;
        var errors = new List<string>();
        var title = CC.Text(data, Inputs.Title)?.Trim() is { Length: > 0 } t ? t : draft.Title;
        var goal = CC.Text(data, Inputs.Goal)?.Trim() is { Length: > 0 } g ? g : draft.Goal;
        var deadline = DateOnly.TryParseExact(CC.Text(data, Inputs.Deadline), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : draft.SignUpDeadline;
        var term = int.TryParse(CC.Text(data, Inputs.Term), NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) ? m : draft.TermMonths;
        var support = data.ContainsKey(Inputs.Support) ? CC.Text(data, Inputs.Support)?.Trim() is { Length: > 0 } s ? s : null : draft.Support;
        var eligibility = Enum.TryParse<CallEligibility>(CC.Text(data, Inputs.Eligibility), out var e) && Enum.IsDefined(e) ? e : draft.Eligibility;
        var units = data.ContainsKey(Inputs.Units) || action.Data.ContainsKey(Inputs.Eligibility)
            ? CC.List(data, Inputs.Units).Where(u => directory.FindUnit(u) is not null).Distinct().ToList() : draft.EligibleUnits.ToList();
        var today = ChinaTime.DateOf(time.GetUtcNow());
        if (title.Length > 60) errors.Add("榜单名称不能超过 60 字。");
        if (goal.Length > 500) errors.Add("攻关目标不能超过 500 字。");
        if (deadline is null) errors.Add("请填写报名截止日期。");
        else if (deadline < today || Options.ClosesAt(deadline.Value) <= time.GetUtcNow()) errors.Add($"报名截止日期 {CardDates.Iso(deadline.Value)} 已过，请改为今天或以后的日期。");
        if (term is not (>= 1 and <= 120)) errors.Add("请填写 1 到 120 个月的项目周期。");
        if (support is { Length: > 200 }) errors.Add("给予的支持不能超过 200 字。");
        if (eligibility == CallEligibility.ListedUnits && units.Count == 0) errors.Add("揭榜范围为「指定单位」时，请选择至少一个单位。");
        if (directory.FindPerson(draft.IssuerAadObjectId) is null) errors.Add("发出榜单的人已不在单位名录中，无法发布。");
        var edited = draft with
        {
            Title = title, Goal = goal, SignUpDeadline = deadline, TermMonths = term, Support = support, Eligibility = eligibility,
            EligibleUnits = eligibility == CallEligibility.ListedUnits ? units : [],
            SignUpPhrase = deadline == draft.SignUpDeadline ? draft.SignUpPhrase : CardDates.Iso(deadline ?? today),
            TermText = term == draft.TermMonths ? draft.TermText : $"{term} 个月",
        };
        return (edited, errors);
    }

    // ---- applications ----

    public async Task<Reply> ApplicationAsync(IncomingAction action, CancellationToken cancellationToken)
    {
        var directory = await directoryCache.GetAsync(cancellationToken);
        var actor = directory.FindPerson(action.AadObjectId ?? "");
        var id = CC.Text(action.Data, CallIdKey);
        var call = id is null ? null : await calls.GetCallAsync(id, cancellationToken);
        if (actor is null) return await RefuseAsync(action, null, call, "UnknownPerson", "您不在单位名录中，无法揭榜。如有疑问请联系督查室。");
        if (call is null) return await RefuseAsync(action, actor, null, "NotFound", "找不到这个榜单。");
        if (action.Verb == Verbs.Refresh) return Reply.Show(Board(call, null, Winners(call)).ToJson()) with { Private = true };
        string Field(string input) => CC.Text(action.Data, action.Verb == Verbs.Edit ? Inputs.Edit(input) : input) ?? "";
        var form = new ApplicationForm(Field(Inputs.Plan), Field(Inputs.TeamLead), Field(Inputs.Outcome), Field(Inputs.Needs),
            Field(Inputs.Link).Trim() is { Length: > 0 } l ? l : null);
        CallCommand command = action.Verb switch
        {
            Verbs.Apply => new ApplyToCall(actor, form),
            Verbs.Edit => new EditApplication(actor, form),
            _ => new WithdrawApplication(actor),
        };
        var held = await HeldBoardsAsync(call.Id, cancellationToken);
        // The count is redrawn a little later: the redraw replaces the confirmation the applicant is reading on that card.
        var result = await calls.ApplyToCallAsync(call.Id, command, next => [.. BoardUpdates(next, held, channelOnly: true, time.GetUtcNow() + Options.CountRedrawDelay)], cancellationToken);
        if (!result.Succeeded) return await RefuseAsync(action, actor, await calls.GetCallAsync(call.Id, cancellationToken) ?? call, result.Error!.Code.ToString(), result.Error.Message);
        outbox.Wake();
        var next = result.Call!;
        var key = OpenCallLifecycle.ApplicantKey(actor, next).Key!;
        var done = action.Verb switch
        {
            Verbs.Apply => $"已提交揭榜申请。报名截止（{CardDates.Iso(next.SignUpDeadline)}）前可修改或撤回。",
            Verbs.Edit => "申请已修改。",
            _ => "申请已撤回。报名截止前可重新揭榜。",
        };
        // The applicant's own plan is shown to them alone: never written over a card others see.
        return Reply.Show(Mine(next, next.ApplicationOf(key), CardBanner.Done(done)).ToJson(), done) with { Private = true };
    }

    // ---- close at the sign-up deadline ----

    /// <summary>
    /// Closes every open call whose sign-up has closed: one write per call (the version check makes a second
    /// instance's close fail harmlessly) recording the choice card to the publishing leader, due at the next sending
    /// time (working days and working hours, as for reminders), and the channel card's update. Returns how many closed.
    /// </summary>
    public async Task<int> CloseDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var closed = 0;
        foreach (var call in (await calls.ListCallsAsync(cancellationToken)).Where(c => c.Status == OpenCallStatus.Open && now >= c.SignUpClosesAt))
        {
            var directory = await directoryCache.GetAsync(cancellationToken);
            var held = await HeldBoardsAsync(call.Id, cancellationToken);
            var result = await calls.ApplyToCallAsync(call.Id, new CloseSignUp(OpenCallLifecycle.System), next =>
            [
                .. notifier.LeaderOrOffice(directory, next.Publisher.AadObjectId).Select(p => Intent(next,
                    OutboxKeys.CallChoice(next.Id, next.Round, p.AadObjectId), ConversationKeys.Person(p.AadObjectId),
                    next.Active.Any() ? $"榜单「{Shorten(next.Title, 30)}」报名截止，{next.Active.Count()} 份申请待您选定挂帅" : $"榜单「{Shorten(next.Title, 30)}」报名截止，无人揭榜",
                    sending.NextSendable(now)) with { CardJson = OpenCallCards.Choice(next).ToJson().ToJsonString() }),
                .. BoardUpdates(next, held, channelOnly: false),
            ], cancellationToken);
            if (result.Succeeded) closed++;
            else logger.LogInformation("Open call {CallId}: not closed ({Code})", call.Id, result.Error!.Code);
        }
        if (closed > 0) outbox.Wake();
        return closed;
    }

    // ---- the leader's decision ----

    public async Task<Reply> DecideAsync(IncomingAction action, CancellationToken cancellationToken)
    {
        var directory = await directoryCache.GetAsync(cancellationToken);
        var actor = directory.FindPerson(action.AadObjectId ?? "");
        var id = CC.Text(action.Data, CallIdKey);
        var call = id is null ? null : await calls.GetCallAsync(id, cancellationToken);
        if (actor is null) return await RefuseAsync(action, null, call, "UnknownPerson", "您不在单位名录中，无法操作榜单。");
        if (call is null) return await RefuseAsync(action, actor, null, "NotFound", "找不到这个榜单。");
        if (!OpenCallLifecycle.MayDecide(actor, call))
            return await RefuseAsync(action, actor, call, "NotPermitted",
                $"只有发布榜单的领导、督办领导或督查室可以{(action.Verb == Verbs.Choose ? "选定挂帅" : action.Verb == Verbs.Extend ? "延长报名" : "撤销榜单")}，{actor.Name}（{actor.Role.Chinese()}）不能操作。");
        var round = CC.Long(action.Data, RoundKey);
        if (round != call.Round)
            return await RefuseAsync(action, actor, call, "StaleVersion", $"这张卡片已过期（榜单「{call.Title}」现为{call.Status.Chinese()}），请以最新的卡片为准。");
        return action.Verb switch
        {
            Verbs.Choose => await ChooseAsync(action, actor, call, directory, cancellationToken),
            Verbs.Extend => await ExtendOrWithdrawAsync(action, actor, call, cancellationToken),
            _ => await ExtendOrWithdrawAsync(action, actor, call, cancellationToken),
        };
    }

    private async Task<Reply> ChooseAsync(IncomingAction action, Person actor, OpenCall call, UnitDirectory directory, CancellationToken cancellationToken)
    {
        var keys = CC.List(action.Data, Inputs.Winners).Distinct().ToList();
        var claimKey = $"callchoose:{call.Id}:r{call.Round}";
        // The same rules the store applies, checked before any task is created for the winners.
        var dry = OpenCallLifecycle.Apply(call, new ChooseWinners(actor, keys, keys, call.Round), time.GetUtcNow());
        if (!dry.Succeeded)
        {
            if (call.Status == OpenCallStatus.Awarded) return Reply.Show(Decided(call, Winners(call)).ToJson());
            return await RefuseAsync(action, actor, call, dry.Error!.Code.ToString(), dry.Error.Message, choice: true);
        }
        var winners = keys.Select(k => call.ApplicationOf(k)!).ToList();
        if (winners.FirstOrDefault(w => w.Unit is null || directory.FindUnit(w.Unit) is null) is { } orphan)
            return await RefuseAsync(action, actor, call, "Invalid", $"{orphan.Who}不属于名录中的单位，无法作为牵头单位；请为其登记单位后再选定。", choice: true);
        var issuer = directory.FindPerson(call.Publisher.AadObjectId) ?? actor;
        if (!await store.TryClaimAsync(claimKey, ClaimLease, cancellationToken))
        {
            await Task.Delay(TimeSpan.FromSeconds(1), time, cancellationToken);
            var now = await calls.GetCallAsync(call.Id, cancellationToken) ?? call;
            return now.Status == OpenCallStatus.Awarded
                ? Reply.Show(Decided(now, Winners(now)).ToJson())
                : Reply.Show(PreviewCards.Notice("正在选定", "此榜单正在选定挂帅，请稍后发送「榜单」查看结果。", ContainerStyle.Warning).ToJson());
        }
        try
        {
            var today = ChinaTime.DateOf(time.GetUtcNow());
            var due = calendar.NextOrSameWorkingDay(today.AddMonths(call.TermMonths));
            var drafts = winners.Select(w => new TaskDraft
            {
                SourceText = $"揭榜挂帅 {call.Id}「{call.Title}」由{w.Who}挂帅。{call.SourceText}",
                ReferenceDate = today,
                LeadUnits = [w.Unit!],
                Supervisor = call.Supervisor,
                Deadline = new Deadline(due, $"项目周期 {call.TermMonths} 个月{(call.TermText is { } t ? $"（{t}）" : "")}"),
                Deliverable = call.Goal,
            }).ToList();
            // Keyed by the claim: a retry after a crash gets the same tasks back, with their assignment cards recorded once.
            // Like any dispatched task: written with its first reminder planned.
            var created = await store.CreateTasksAsync(reminders.Plan(drafts, issuer), issuer, claimKey, task => notifier.AssignmentCards(task, directory), cancellationToken);
            await reminders.CreatedAsync(created, cancellationToken);
            if (!created.Succeeded)
            {
                await store.ReleaseClaimAsync(claimKey, CancellationToken.None);
                return await RefuseAsync(action, actor, call, "Invalid", created.Error!.Message, choice: true);
            }
            var held = await HeldBoardsAsync(call.Id, cancellationToken);
            var result = await calls.ApplyToCallAsync(call.Id, new ChooseWinners(actor, keys, created.Tasks.Select(t => t.Id.ToString()).ToList(), call.Round),
                next => [.. Thanks(next, directory), .. BoardUpdates(next, held, channelOnly: false)], cancellationToken);
            if (!result.Succeeded)
            {
                // The call moved on between the check and the write (延长报名 or 撤销榜单 at the same moment): the tasks
                // just created must not stand. They are cancelled (their cards say so) and this round's choice is spent.
                foreach (var t in created.Tasks)
                    await reminders.ChangedAsync(await store.ApplyAsync(t.Id, new CancelTask(issuer, $"榜单 {call.Id} 的选定未生效：{result.Error!.Message}"), CancellationToken.None), CancellationToken.None);
                await store.CompleteClaimAsync(claimKey, "void", CancellationToken.None);
                return await RefuseAsync(action, actor, call, result.Error!.Code.ToString(), result.Error.Message, choice: true);
            }
            await store.CompleteClaimAsync(claimKey, string.Join(",", result.Call!.TaskIds), CancellationToken.None);
            outbox.Wake();
            logger.LogInformation("Open call {CallId}: {Winners} chosen by {Actor}; tasks {Tasks}", call.Id, string.Join(",", keys), actor.Name, string.Join(",", result.Call.TaskIds));
            return Reply.Show(Decided(result.Call, Winners(result.Call)).ToJson(), $"已选定挂帅：{string.Join("、", Winners(result.Call))}");
        }
        catch
        {
            await store.ReleaseClaimAsync(claimKey, CancellationToken.None);
            throw;
        }
    }

    private IEnumerable<OutboxIntent> Thanks(OpenCall call, UnitDirectory directory)
    {
        var winners = Winners(call);
        foreach (var a in call.Active.Where(a => !call.Winners.Contains(a.Key)))
            if (directory.FindPerson(a.Applicant.AadObjectId) is { } p)
                yield return Intent(call, OutboxKeys.CallThanks(call.Id, a.Key, p.AadObjectId), ConversationKeys.Person(p.AadObjectId),
                    $"感谢揭榜：{Shorten(call.Title, 30)}", time.GetUtcNow()) with { CardJson = OpenCallCards.Thanks(call, a, winners).ToJson().ToJsonString() };
    }

    private async Task<Reply> ExtendOrWithdrawAsync(IncomingAction action, Person actor, OpenCall call, CancellationToken cancellationToken)
    {
        CallCommand command;
        if (action.Verb == Verbs.Extend)
        {
            if (!DateOnly.TryParseExact(CC.Text(action.Data, Inputs.ExtendDate), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return await RefuseAsync(action, actor, call, "Invalid", "请选择新的报名截止日期。", choice: true);
            command = new ExtendSignUp(actor, date, Options.ClosesAt(date));
        }
        else command = new WithdrawCall(actor, CC.Text(action.Data, Inputs.WithdrawReason) ?? "");
        var held = await HeldBoardsAsync(call.Id, cancellationToken);
        var result = await calls.ApplyToCallAsync(call.Id, command, next => [.. BoardUpdates(next, held, channelOnly: false)], cancellationToken);
        if (!result.Succeeded) return await RefuseAsync(action, actor, call, result.Error!.Code.ToString(), result.Error.Message, choice: true);
        outbox.Wake();
        var next = result.Call!;
        return Reply.Show(Board(next, CardBanner.Done(action.Verb == Verbs.Extend
            ? $"已延长报名至 {CardDates.WithWeekday(next.SignUpDeadline)}；榜单卡片已更新。"
            : "榜单已撤销；榜单卡片已更新。"), Winners(next)).ToJson());
    }

    // ---- commands ----

    /// <summary>榜单: the calls that are open or waiting for a choice, with sign-up deadlines and applicant counts.</summary>
    public async Task<Reply> ListAsync(CancellationToken cancellationToken)
    {
        var open = (await calls.ListCallsAsync(cancellationToken)).Where(c => c.Status is OpenCallStatus.Open or OpenCallStatus.Closed)
            .OrderBy(c => c.SignUpDeadline).ToList();
        return Reply.Show(OpenCallCards.List(open).ToJson(), $"{open.Count} 个榜单");
    }

    // ---- helpers ----

    public static IReadOnlyList<string> Winners(OpenCall call) => call.Winners.Select(k => call.ApplicationOf(k)?.Who ?? k).ToList();

    /// <summary>The 榜单 cards posted so far (sent, with the id of their message).</summary>
    private async Task<IReadOnlyList<OutboxIntent>> HeldBoardsAsync(string callId, CancellationToken cancellationToken) =>
        (await store.IntentsOfAsync(OutboxKeys.CallPartition(callId), cancellationToken))
            .Where(i => i.Kind == "callboard" && i.State == OutboxState.Sent && i.ActivityId is not null).ToList();

    /// <summary>Each posted 榜单 card redrawn in place: the channel's after every change (the applicant count), the
    /// chiefs' own when the call's status changes.</summary>
    private IEnumerable<OutboxIntent> BoardUpdates(OpenCall call, IReadOnlyList<OutboxIntent> held, bool channelOnly, DateTimeOffset? due = null)
    {
        foreach (var board in held)
        {
            var target = board.Key[(board.Key.LastIndexOf('/') + 1)..];
            if (channelOnly && target != "channel") continue;
            yield return Intent(call, OutboxKeys.CallBoardUpdate(call.Id, call.Version, target), board.ConversationKey, $"榜单已更新：{Shorten(call.Title, 30)}", due ?? time.GetUtcNow())
                with { UpdateActivityId = board.ActivityId };
        }
    }

    private static OutboxIntent Intent(OpenCall call, string key, string conversationKey, string summary, DateTimeOffset due) => new()
    {
        Key = key, Partition = OutboxKeys.CallPartition(call.Id), ConversationKey = conversationKey, Summary = summary, DueAt = due,
    };

    private async Task<Reply> RefuseAsync(IncomingAction action, Person? actor, OpenCall? call, string code, string reason, bool choice = false)
    {
        await refusals.RecordAsync(new Refusal(time.GetUtcNow(), action.AadObjectId, actor?.Name, action.Verb, call?.Id ?? CC.Text(action.Data, CallIdKey) ?? RefusalLog.NoTask,
            CC.Long(action.Data, CC.VersionKey) ?? CC.Long(action.Data, RoundKey), code, reason), CancellationToken.None);
        var banner = CardBanner.Refused(reason);
        var card = call is null ? PreviewCards.Notice("操作未执行", reason, ContainerStyle.Attention)
            : choice && OpenCallLifecycle.MayDecide(actor, call) ? OpenCallCards.Choice(call, banner) : Board(call, banner, Winners(call));
        return Reply.Show(card.ToJson()) with { Refused = true };
    }

    private Task SaveDraftAsync(Draft draft, CancellationToken cancellationToken) =>
        documents.SaveDocumentAsync(DraftKind, draft.PreviewId, JsonSerializer.Serialize(draft, Json), cancellationToken);

    private async Task<Draft?> GetDraftAsync(string? id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 80) return null;
        var json = await documents.GetDocumentAsync(DraftKind, id, cancellationToken);
        return json is null ? null : JsonSerializer.Deserialize<Draft>(json, Json);
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}

/// <summary>Draws 榜单 cards (<c>callboard/…</c>, <c>callboardupd/…</c>) when they are sent, from the call as it is then.</summary>
public sealed class CallBoardRenderer(string kind, IOpenCallStore calls) : IIntentRenderer
{
    public string Kind => kind;

    public async Task<RenderedIntent> RenderAsync(OutboxIntent intent, CancellationToken cancellationToken)
    {
        var parts = intent.Key.Split('/');
        if (parts.Length < 3 || await calls.GetCallAsync(parts[1], cancellationToken) is not { } call) return new(null, true);
        var card = OpenCallCards.Board(call, null, OpenCallService.Winners(call)).ToJson();
        return new(new NudgeMessage(intent.Key, intent.Summary, intent.Text, card, intent.UpdateActivityId), true);
    }
}
