using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.Tasks;
using static TaskBot.Tests.EndToEnd.People;

namespace TaskBot.Tests.EndToEnd;

/// <summary>Shared steps of the leader → chiefs flow, over real HTTP against the real app.</summary>
public static class Flow
{
    public const string Directive = "请县发改局牵头，县财政局、县工信局配合，于3月底前完成项目资金方案，报县政府。";

    public static async Task InstallEveryoneAsync(BotUnderTest bot)
    {
        // 郑海涛 (县工信局) never installed the app: his unit cannot be reached.
        foreach (var user in new[] { Leader, Office, FagaiChief, CaizhengChief, ShuiliChief }) await bot.InstallAsync(user);
    }

    public static async Task<JsonObject> PreviewAsync(BotUnderTest bot, string text = Directive, TeamsUser? leader = null)
    {
        leader ??= Leader;
        var before = bot.Connector.Calls.Count;
        var response = await bot.SayAsync(leader, text);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The preview, not just any card: with reminders on, the weekly digest may reach the leader at startup too.
        var reply = await bot.Connector.WaitForAsync(c => c.ConversationId == leader.PersonalConversation && c.CardJson.Contains("督办事项预览"), "the preview card", before);
        return reply.Card!;
    }

    public static async Task<(JsonObject Summary, IReadOnlyList<TaskId> Ids)> ConfirmAsync(BotUnderTest bot, JsonObject preview, IDictionary<string, string>? edits = null)
    {
        var (response, card) = await bot.ClickAsync(Leader, preview, "dispatch", edits);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = card!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.True(json.Contains("已交办"), json[..Math.Min(3000, json.Length)]);
        var ids = System.Text.RegularExpressions.Regex.Matches(json, @"DB-\d{4}-\d{6}").Select(m => TaskId.Parse(m.Value)).Distinct().ToList();
        return (card, ids);
    }

    /// <summary>A new message with a card (not a card someone holds, updated in place).</summary>
    public static async Task<ConnectorCall> CardForAsync(BotUnderTest bot, TeamsUser user, string contains, int after = 0) =>
        await bot.Connector.WaitForAsync(c => c.Method == "POST" && c.ConversationId == user.PersonalConversation && c.CardJson.Contains(contains), $"a card with 「{contains}」 for {user.Name}", after);

    public static async Task<ConnectorCall> LineForAsync(BotUnderTest bot, TeamsUser user, string contains, int after = 0) =>
        await bot.Connector.WaitForAsync(c => c.ConversationId == user.PersonalConversation && (c.Text ?? "").Contains(contains), $"a message with 「{contains}」 for {user.Name}", after);

    public static string Json(JsonObject? card) =>
        card?.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "";
}

public sealed class DirectiveFlowTests : IAsyncLifetime
{
    private BotUnderTest bot = null!;
    public async Task InitializeAsync() { bot = await BotUnderTest.StartAsync(); await Flow.InstallEveryoneAsync(bot); }
    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task A_leaders_directive_becomes_a_task_that_the_chiefs_sign_report_extend_and_finish_from_their_cards()
    {
        // 1. The directive gives a preview: units resolved, the deadline with its weekday and the original phrase.
        var preview = await Flow.PreviewAsync(bot);
        var previewJson = Flow.Json(preview);
        Assert.Contains("县发改局", previewJson);
        Assert.Contains("2026-03-31（星期二）", previewJson);
        Assert.Contains("于3月底前", previewJson);
        Assert.Contains("项目资金方案", previewJson);

        // 2. 确认交办: the task is stored, the preview becomes a read-only summary, the chiefs get their cards.
        var (summary, ids) = await Flow.ConfirmAsync(bot, preview);
        var id = Assert.Single(ids);
        Assert.Empty(CardClient.Verbs(summary));
        // The answer says what is known, then the same message is updated in place as the cards go out: nobody of
        // 工信局 installed the app.
        Assert.Contains("已交办 1 项；正在通知 3 个单位", Flow.Json(summary));
        var settled = await bot.Connector.WaitForAsync(c => c.Method == "PUT" && c.ConversationId == Leader.PersonalConversation
            && c.CardJson.Contains("已送达 2 个单位；县工业和信息化局未能送达（尚无人安装督办助手），请线下告知"), "the leader's answer, updated in place");
        Assert.Equal("activity-0", settled.ActivityId);
        var task = await bot.Store.GetAsync(id, default);
        Assert.NotNull(task);
        Assert.Equal(["县发改局"], task!.LeadUnits.Select(u => u.Unit));
        Assert.Equal(["县财政局", "县工业和信息化局"], task.CoLeadUnits.Select(u => u.Unit));
        Assert.Equal(new DateOnly(2026, 3, 31), task.Deadline.Date);
        var leadCard = (await Flow.CardForAsync(bot, FagaiChief, "【牵头】")).Card!;
        var coMessage = await Flow.CardForAsync(bot, CaizhengChief, "【配合】");
        var coCard = coMessage.Card!;
        Assert.Contains(id.ToString(), Flow.Json(leadCard));
        Assert.Contains("ack", CardClient.Verbs(coCard));

        // 3. 签收: the card updates in place (no 签收 button any more), the leader is told in one line.
        var mark = bot.Connector.Calls.Count;
        var (_, signed) = await bot.ClickAsync(FagaiChief, leadCard, "ack");
        Assert.Contains("已签收", Flow.Json(signed));
        Assert.DoesNotContain("ack", CardClient.Verbs(signed!));
        Assert.Contains("progress", CardClient.Verbs(signed!));
        await Flow.LineForAsync(bot, Leader, "签收", mark);

        // 4. 反馈进度 with a percent and a note.
        mark = bot.Connector.Calls.Count;
        var (_, progressed) = await bot.ClickAsync(FagaiChief, signed!, "progress", new Dictionary<string, string> { ["progressPercent"] = "60", ["progressNote"] = "初稿已完成" });
        Assert.Contains("进度 60%", Flow.Json(progressed));
        await Flow.LineForAsync(bot, Leader, "60%", mark);

        // 5. 申请延期 → the leader gets an approve/deny card → approved → the answer reaches the chief.
        mark = bot.Connector.Calls.Count;
        var (_, requested) = await bot.ClickAsync(FagaiChief, progressed!, "extend", new Dictionary<string, string> { ["extendDate"] = "2026-04-30", ["extendReason"] = "需补充调研数据" });
        Assert.Contains("延期申请中", Flow.Json(requested));
        var decision = (await Flow.CardForAsync(bot, Leader, "approveExtension", mark)).Card!;
        Assert.Contains("需补充调研数据", Flow.Json(decision));
        mark = bot.Connector.Calls.Count;
        var (_, approved) = await bot.ClickAsync(Leader, decision, "approveExtension");
        Assert.Contains("2026-04-30", Flow.Json(approved));
        Assert.DoesNotContain("approveExtension", CardClient.Verbs(approved!));
        var answer = await Flow.CardForAsync(bot, FagaiChief, "2026-04-30", mark);
        Assert.Contains("批准延期", answer.Text);
        Assert.Equal(new DateOnly(2026, 4, 30), (await bot.Store.GetAsync(id, default))!.Deadline.Date);

        // 6. 报结 → the leader gets 确认办结 / 退回重办 → 确认办结.
        mark = bot.Connector.Calls.Count;
        var (_, submitted) = await bot.ClickAsync(FagaiChief, answer.Card!, "submit", new Dictionary<string, string> { ["submitSummary"] = "方案已报县政府", ["submitLink"] = "https://docs.example.cn/fangan" });
        Assert.Contains("已报结", Flow.Json(submitted));
        var confirm = (await Flow.CardForAsync(bot, Leader, "complete", mark)).Card!;
        Assert.Contains("return", CardClient.Verbs(confirm));
        var (_, completed) = await bot.ClickAsync(Leader, confirm, "complete");
        Assert.Contains("已办结", Flow.Json(completed));
        Assert.Equal(["refresh"], CardClient.Verbs(completed!));
        Assert.Equal(DirectiveTaskStatus.Completed, (await bot.Store.GetAsync(id, default))!.Status);
        // The co-lead's assignment card, held since the start, is redrawn in place: 已办结, nothing left to press.
        var coNow = await bot.Connector.WaitForAsync(c => c.Method == "PUT" && c.ConversationId == CaizhengChief.PersonalConversation
            && c.ActivityId == coMessage.ReturnedId && c.CardJson.Contains("已办结"), "the co-lead's card refreshed in place");
        Assert.Equal(["refresh"], CardClient.Verbs(coNow.Card!));

        // Every change is in the task's history, in order.
        var history = await bot.Store.GetHistoryAsync(id, default);
        Assert.Equal([TaskAction.Create, TaskAction.Acknowledge, TaskAction.ReportProgress, TaskAction.RequestExtension,
            TaskAction.ApproveExtension, TaskAction.Submit, TaskAction.Complete], history.Select(e => e.Action));

        // 任务 <id> shows the task with its full history.
        mark = bot.Connector.Calls.Count;
        await bot.SayAsync(Leader, $"任务 {id}");
        var detail = await Flow.CardForAsync(bot, Leader, "办理记录", mark);
        Assert.Contains("确认办结", detail.CardJson);
    }

    [Fact]
    public async Task Forged_and_replayed_actions_are_refused_with_a_reason_audited_and_change_nothing()
    {
        var (_, ids) = await Flow.ConfirmAsync(bot, await Flow.PreviewAsync(bot, "请县发改局牵头，于4月15日前报送防汛工作方案。"));
        var id = Assert.Single(ids);
        var leadCard = (await Flow.CardForAsync(bot, FagaiChief, id.ToString())).Card!;
        var before = await bot.Store.GetAsync(id, default);

        // Another unit's chief clicks with the same data (a forwarded or forged card).
        var (response, refused) = await bot.ClickAsync(ShuiliChief, leadCard, "ack");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("操作未执行", Flow.Json(refused));
        // A chief uses a leader's verb on their own task.
        var (_, notAllowed) = await bot.InvokeAsync(FagaiChief, "complete", new JsonObject { ["taskId"] = id.ToString(), ["version"] = before!.Version });
        Assert.Contains("只有领导和督查室", Flow.Json(notAllowed));
        // An id that does not exist, and one that is not an id at all.
        var (_, unknown) = await bot.InvokeAsync(FagaiChief, "ack", new JsonObject { ["taskId"] = "DB-2026-999999", ["version"] = 1 });
        Assert.Contains("找不到任务", Flow.Json(unknown));
        var (_, garbage) = await bot.InvokeAsync(FagaiChief, "ack", new JsonObject { ["taskId"] = "'; DROP TABLE tasks; --", ["version"] = 1 });
        Assert.Contains("找不到", Flow.Json(garbage));
        // Nothing changed.
        Assert.Equal(before.Version, (await bot.Store.GetAsync(id, default))!.Version);

        // A replayed old card: after the 签收, the same 签收 card (old version) is refused as stale.
        var (_, signed) = await bot.ClickAsync(FagaiChief, leadCard, "ack");
        Assert.Contains("已签收", Flow.Json(signed));
        var (_, replay) = await bot.ClickAsync(FagaiChief, leadCard, "ack");
        Assert.Contains("请刷新后再操作", Flow.Json(replay));
        Assert.Equal(before.Version + 1, (await bot.Store.GetAsync(id, default))!.Version);

        // Each refusal is audited.
        Assert.True(bot.Logs.Count(l => l.StartsWith("Warning: Refused")) >= 5, string.Join("\n", bot.Logs));
    }

    [Fact]
    public async Task Another_units_action_does_not_make_a_card_stale_and_a_truly_stale_click_keeps_what_was_typed()
    {
        var (_, ids) = await Flow.ConfirmAsync(bot, await Flow.PreviewAsync(bot, "请县发改局牵头，县财政局配合，于6月30日前完成招商引资项目清单。"));
        var id = Assert.Single(ids);
        var leadCard = (await Flow.CardForAsync(bot, FagaiChief, id.ToString())).Card!;
        var coCard = (await Flow.CardForAsync(bot, CaizhengChief, id.ToString())).Card!;

        // The co-lead signs first; the lead's card, drawn before, still works for the lead.
        var (_, coSigned) = await bot.ClickAsync(CaizhengChief, coCard, "ack");
        Assert.Contains("已签收", Flow.Json(coSigned));
        var (_, leadSigned) = await bot.ClickAsync(FagaiChief, leadCard, "ack");
        Assert.Contains("已签收", Flow.Json(leadSigned));
        Assert.NotNull((await bot.Store.GetAsync(id, default))!.UnitNamed("县发改局")!.Acknowledged);
        // And the co-lead's card from before the lead's 签收 still takes its progress report.
        var (_, coProgress) = await bot.InvokeAsync(CaizhengChief, "progress", new JsonObject
        {
            ["taskId"] = id.ToString(), ["version"] = 2, ["progressPercent"] = "30", ["progressNote"] = "数据已汇总",
        });
        Assert.Contains("进度 30%", Flow.Json(coProgress));

        // Truly stale: the lead's own unit moved on since this card (its 签收); the form comes back with the reason
        // and with what the chief typed.
        var (_, refused) = await bot.InvokeAsync(FagaiChief, "progress", new JsonObject
        {
            ["taskId"] = id.ToString(), ["version"] = 1, ["progressPercent"] = "60", ["progressNote"] = "初稿已完成，正在征求意见",
        });
        var json = Flow.Json(refused);
        Assert.Contains("请刷新后再操作", json);
        Assert.Contains("初稿已完成，正在征求意见", json);
        Assert.Null((await bot.Store.GetAsync(id, default))!.UnitNamed("县发改局")!.Progress);
    }

    /// <summary>One lead and two co-leads clicking at the same moment, each from the card it holds: nobody is refused
    /// because another unit's click landed first.</summary>
    [Fact]
    public async Task A_lead_and_two_co_leads_acting_at_once_are_never_refused_as_stale_because_of_each_other()
    {
        var (_, ids) = await Flow.ConfirmAsync(bot, await Flow.PreviewAsync(bot, "请县发改局牵头，县财政局、县水利局配合，于6月30日前完成防汛物资储备方案。"));
        var id = Assert.Single(ids);
        TeamsUser[] chiefs = [FagaiChief, CaizhengChief, ShuiliChief];
        var cards = new List<JsonObject>();
        foreach (var chief in chiefs) cards.Add((await Flow.CardForAsync(bot, chief, id.ToString())).Card!);

        static long VersionOf(JsonObject? card) =>
            long.Parse(System.Text.RegularExpressions.Regex.Match(Flow.Json(card), "\"version\":(\\d+)").Groups[1].Value);

        // 签收, all three at once, from the cards as delivered (version 1).
        var signed = await Task.WhenAll(chiefs.Select((c, i) => bot.ClickAsync(c, cards[i], "ack")));
        Assert.All(signed, r => Assert.Contains("已签收", Flow.Json(r.Card)));

        // 反馈进度, all three at once, each from the card its own 签收 returned (drawn at different versions).
        var progress = await Task.WhenAll(chiefs.Select((c, i) => bot.InvokeAsync(c, "progress", new JsonObject
        {
            ["taskId"] = id.ToString(), ["version"] = VersionOf(signed[i].Card), ["progressPercent"] = $"{40 + i * 10}", ["progressNote"] = $"第{i + 1}单位已完成摸底",
        })));
        Assert.All(progress, r => Assert.Contains("已反馈进度", Flow.Json(r.Card)));

        // The lead 报结 while both co-leads report again, at once, from the cards their progress returned.
        var last = await Task.WhenAll(chiefs.Select((c, i) => i == 0
            ? bot.InvokeAsync(c, "submit", new JsonObject { ["taskId"] = id.ToString(), ["version"] = VersionOf(progress[i].Card), ["submitSummary"] = "方案已报县政府" })
            : bot.InvokeAsync(c, "progress", new JsonObject
            {
                ["taskId"] = id.ToString(), ["version"] = VersionOf(progress[i].Card), ["progressPercent"] = "100", ["progressNote"] = "配合部分已完成",
            })));
        Assert.Contains("已报结", Flow.Json(last[0].Card));
        Assert.All(last.Skip(1), r => Assert.Contains("已反馈进度", Flow.Json(r.Card)));

        var task = (await bot.Store.GetAsync(id, default))!;
        Assert.Equal(DirectiveTaskStatus.Submitted, task.Status);
        Assert.All(task.Units, u => Assert.NotNull(u.Acknowledged));
        Assert.Equal(100, task.UnitNamed("县财政局")!.Progress!.Percent);
        Assert.Equal(100, task.UnitNamed("县水利局")!.Progress!.Percent);
        Assert.Equal(1 + 3 + 3 + 3, task.Version);
    }

    /// <summary>The race itself, made certain: another unit's write lands between the click's read and its write.
    /// The click is checked again against the fresh task and goes through.</summary>
    [Fact]
    public async Task A_click_whose_write_loses_the_race_to_another_units_report_is_checked_again_and_goes_through()
    {
        var (_, ids) = await Flow.ConfirmAsync(bot, await Flow.PreviewAsync(bot, "请县发改局牵头，县财政局配合，于6月30日前完成防汛物资储备方案。"));
        var id = Assert.Single(ids);
        var services = bot.App.Services;
        TaskBot.Directory.Person Chief(string aad) => services.GetRequiredService<TaskBot.Assignments.DirectoryCache>().GetAsync(default).Result.FindPerson(aad)!;
        Assert.True((await bot.Store.ApplyAsync(id, new AcknowledgeTask(Chief(FagaiChief.AadObjectId), "县发改局"), default)).Succeeded);
        Assert.True((await bot.Store.ApplyAsync(id, new AcknowledgeTask(Chief(CaizhengChief.AadObjectId), "县财政局"), default)).Succeeded);

        var racing = RacingStore.Create(bot.Store, new ReportProgress(Chief(CaizhengChief.AadObjectId), "县财政局", 60, "预算已衔接"));
        var handler = new TaskBot.Assignments.TaskActionHandler(racing, services.GetRequiredService<TaskBot.Assignments.DirectoryCache>(),
            services.GetRequiredService<TaskBot.Assignments.Notifier>(), services.GetRequiredService<TaskBot.Delivery.OutboxSignal>(),
            services.GetRequiredService<TaskBot.Assignments.RefusalLog>(), services.GetRequiredService<TaskBot.Reminders.ReminderPlanner>(),
            services.GetRequiredService<TaskBot.Calendar.IWorkingDayCalendar>(), TimeProvider.System);
        var reply = await handler.HandleAsync(new TaskBot.Assignments.IncomingAction(FagaiChief.AadObjectId, "progress",
            new JsonObject { ["taskId"] = id.ToString(), ["version"] = 3L, ["progressPercent"] = "50", ["progressNote"] = "方案初稿已成" },
            new DateOnly(2026, 3, 10)), null, default);

        Assert.False(reply.Refused, Flow.Json(reply.Card));
        Assert.Equal(1, RacingStore.Raced);                                        // the other write did land first
        var task = (await bot.Store.GetAsync(id, default))!;
        Assert.Equal(50, task.UnitNamed("县发改局")!.Progress!.Percent);
        Assert.Equal(60, task.UnitNamed("县财政局")!.Progress!.Percent);
    }

    /// <summary>A co-lead's 有异议 goes to the issuing leader with 驳回异议 / 调整交办; the lead's work goes on meanwhile,
    /// and a rejected objection is told to the unit with the reason, its buttons back.</summary>
    [Fact]
    public async Task A_co_leads_objection_goes_to_the_leader_the_lead_works_on_and_a_rejection_is_told_to_the_unit()
    {
        var (_, ids) = await Flow.ConfirmAsync(bot, await Flow.PreviewAsync(bot, "请县发改局牵头，县财政局配合，于6月30日前完成招商引资项目清单。"));
        var id = Assert.Single(ids);
        var leadCard = (await Flow.CardForAsync(bot, FagaiChief, id.ToString())).Card!;
        var coCard = (await Flow.CardForAsync(bot, CaizhengChief, id.ToString())).Card!;
        var (_, leadSigned) = await bot.ClickAsync(FagaiChief, leadCard, "ack");
        Assert.Contains("已签收", Flow.Json(leadSigned));

        var mark = bot.Connector.Calls.Count;
        var (_, objected) = await bot.ClickAsync(CaizhengChief, coCard, "dispute", new Dictionary<string, string> { ["disputeReason"] = "清单编制不属于财政职责" });
        var objectedJson = Flow.Json(objected);
        Assert.Contains("已提出异议", objectedJson);
        Assert.DoesNotContain("\"verb\":\"ack\"", objectedJson);          // the unit's part waits for the leader
        var decision = await Flow.CardForAsync(bot, Leader, "驳回异议", mark);
        Assert.Contains("清单编制不属于财政职责", decision.CardJson);
        Assert.Contains("调整交办", decision.CardJson);
        Assert.Equal(DirectiveTaskStatus.Acknowledged, (await bot.Store.GetAsync(id, default))!.Status);

        // The lead, with the card it held before the objection, reports and submits: nothing is frozen or stale.
        var (_, progress) = await bot.InvokeAsync(FagaiChief, "progress", new JsonObject
        {
            ["taskId"] = id.ToString(), ["version"] = 2, ["progressPercent"] = "50", ["progressNote"] = "清单初稿已成",
        });
        Assert.Contains("进度 50%", Flow.Json(progress));

        // A chief cannot decide the objection, whatever the card says.
        var (_, forged) = await bot.InvokeAsync(FagaiChief, "rejectDispute", new JsonObject
        {
            ["taskId"] = id.ToString(), ["version"] = 4, ["rejectDisputeUnit"] = "县财政局", ["rejectDisputeReason"] = "我说了算",
        });
        Assert.Contains("只有领导和督查室可以驳回异议", Flow.Json(forged));

        mark = bot.Connector.Calls.Count;
        // The leader's card was drawn before the lead's report: the lead's progress does not make it stale.
        var (_, rejected) = await bot.ClickAsync(Leader, decision.Card!, "rejectDispute",
            new Dictionary<string, string> { ["rejectDisputeUnit"] = "县财政局", ["rejectDisputeReason"] = "资金测算须财政配合" });
        Assert.Contains("已驳回异议", Flow.Json(rejected));
        var told = await Flow.LineForAsync(bot, CaizhengChief, "资金测算须财政配合", mark);
        Assert.Contains("\"verb\":\"ack\"", told.CardJson);                // its buttons are back
        var after = (await bot.Store.GetAsync(id, default))!;
        Assert.Null(after.UnitNamed("县财政局")!.DisputeReason);
        Assert.Equal(DirectiveTaskStatus.InProgress, after.Status);
    }

    [Fact]
    public async Task A_double_clicked_confirm_creates_one_set_of_tasks()
    {
        var preview = await Flow.PreviewAsync(bot, "请县财政局牵头，县发改局配合，于5月底前完成专项债项目梳理。");
        var first = bot.ClickAsync(Leader, preview, "dispatch");
        var second = bot.ClickAsync(Leader, preview, "dispatch");
        var results = await Task.WhenAll(first, second);
        var ids = results.Select(r => System.Text.RegularExpressions.Regex.Matches(Flow.Json(r.Card), @"DB-\d{4}-\d{6}").Select(m => m.Value).Distinct().Single()).ToList();
        Assert.Equal(ids[0], ids[1]);
        // A retry later (Teams redelivering the invoke) shows the same summary and still creates nothing.
        var (_, retry) = await bot.ClickAsync(Leader, preview, "dispatch");
        Assert.Contains(ids[0], Flow.Json(retry));
        var issued = await bot.Store.ListByPersonAsync(Leader.AadObjectId, 100, default);
        Assert.Single(issued, t => t.Deliverable.Contains("专项债"));
        // The chiefs got one assignment card each, not two.
        await Flow.CardForAsync(bot, CaizhengChief, ids[0]);
        await Task.Delay(500);
        Assert.Single(bot.Connector.Calls, c => c.ConversationId == CaizhengChief.PersonalConversation && c.CardJson.Contains(ids[0]) && c.CardJson.Contains("【牵头】"));
    }
}

/// <summary>The store, except that before the first change it is asked for, another unit's change lands: the race of
/// two clicks at the same moment, without depending on timing.</summary>
public class RacingStore : System.Reflection.DispatchProxy
{
    public static int Raced;
    private TaskBot.Storage.IStore inner = null!;
    private TaskCommand first = null!;

    public static TaskBot.Storage.IStore Create(TaskBot.Storage.IStore inner, TaskCommand first)
    {
        var proxy = Create<TaskBot.Storage.IStore, RacingStore>();
        var racing = (RacingStore)(object)proxy;
        (racing.inner, racing.first, Raced) = (inner, first, 0);
        return proxy;
    }

    protected override object? Invoke(System.Reflection.MethodInfo? method, object?[]? args)
    {
        if (method!.Name == nameof(TaskBot.Storage.ITaskStore.ApplyAsync) && Interlocked.CompareExchange(ref Raced, 1, 0) == 0)
            Assert.True(inner.ApplyAsync((TaskId)args![0]!, first, default).GetAwaiter().GetResult().Succeeded);
        return method.Invoke(inner, args);
    }
}
