using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.Storage;
using static TaskBot.Tests.EndToEnd.People;

namespace TaskBot.Tests.EndToEnd;

/// <summary>
/// Issue 13 black box, over HTTP with the stand-in connector and the real clock: a leader publishes an open call
/// (揭榜挂帅) whose sign-up closes 25 s later (TaskBot:OpenCalls:SignUpClosesAt), three chiefs apply (one
/// edits, one withdraws), the Quartz close (sweep every second, working hours all day) sends the leader exactly one
/// choice card, 选定挂帅 makes a task led by the winner with its assignment card, the other applicant is thanked and
/// the channel card shows 已揭榜. Refused and audited: a second application of a unit, an application after the
/// deadline, a chief choosing.
/// </summary>
public abstract class OpenCallFlowContract : IAsyncLifetime
{
    /// <summary>The store the app runs on (nothing: the default SQLite file).</summary>
    protected virtual IDictionary<string, string?> Storage => new Dictionary<string, string?>();

    private const string ChannelId = "19:county-calls@thread.tacv2";
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly TeamsUser ChengguanChief = new("严冬", "aad-chengguan-chief", "城关镇");
    private static readonly TimeSpan SignUpWindow = TimeSpan.FromSeconds(25);   // Azurite on a busy machine needs its time
    private BotUnderTest bot = null!;
    private DateTimeOffset closesAt;

    public async Task InitializeAsync()
    {
        // Sign-up closes 12 s from now, China time of day, on today's date: never across midnight.
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, China);
        if (now.TimeOfDay > TimeSpan.FromHours(24) - SignUpWindow - TimeSpan.FromSeconds(30))
            await Task.Delay(TimeSpan.FromHours(24) - now.TimeOfDay + TimeSpan.FromSeconds(1));
        closesAt = DateTimeOffset.UtcNow + SignUpWindow;
        var settings = new Dictionary<string, string?>(Storage)
        {
            ["TaskBot:Reminders:Enabled"] = "true",
            ["TaskBot:Reminders:SweepInterval"] = "00:00:01",
            ["TaskBot:Reminders:WorkingHours"] = "00:00-24:00",
            ["TaskBot:Reminders:WorkingDaysOnly"] = "false",   // the test may run on a weekend or a holiday
            ["TaskBot:Digest:Channels:0"] = "channel:digest-elsewhere",
            ["TaskBot:OpenCalls:Channel"] = ChannelId,
            ["TaskBot:OpenCalls:SignUpClosesAt"] = TimeZoneInfo.ConvertTime(closesAt, China).ToString("HH:mm:ss"),
            ["TaskBot:OpenCalls:CountRedrawDelay"] = "00:00:04",
        };
        bot = await BotUnderTest.StartAsync(settings);
        await Flow.InstallEveryoneAsync(bot);
        // The bot learns the channel when someone writes to it there (@督办助手 榜单).
        var inChannel = Dated(bot.Activity(Leader, "message", ChannelId, "channel"));
        inChannel["text"] = "<at>督办助手</at> 榜单";
        inChannel["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>督办助手</at>", ["mentioned"] = new JsonObject { ["id"] = "28:taskbot", ["name"] = "督办助手" } });
        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(inChannel)).StatusCode);
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    /// <summary>The activity dated now (China time), as a client sends it today.</summary>
    internal static JsonObject Dated(JsonObject activity)
    {
        var now = DateTimeOffset.UtcNow;
        activity["timestamp"] = now.ToString("yyyy-MM-ddTHH:mm:ss.fffZ");
        activity["localTimestamp"] = TimeZoneInfo.ConvertTime(now, China).ToString("yyyy-MM-ddTHH:mm:ss.fffzzz");
        return activity;
    }

    private async Task<(HttpResponseMessage Response, JsonObject? Card)> ClickAsync(TeamsUser user, JsonObject card, string verb, IDictionary<string, string>? inputs = null)
    {
        var (_, data) = CardClient.Submit(card, verb, inputs);
        var a = Dated(bot.Activity(user, "invoke"));
        a["name"] = "adaptiveCard/action";
        a["replyToId"] = "activity-0";
        a["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" };
        var response = await bot.PostAsync(a);
        var body = response.IsSuccessStatusCode ? await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<JsonObject>(response.Content) : null;
        return (response, body?["value"] as JsonObject);
    }

    private static Dictionary<string, string> Plan(string plan, string lead) => new()
    {
        ["ca.plan"] = plan, ["ca.teamLead"] = lead, ["ca.outcome"] = "形成绿色防控技术规程并示范推广", ["ca.needs"] = "试验田 50 亩", ["ca.link"] = "",
    };

    private async Task<ConnectorCall> WaitLongAsync(Func<ConnectorCall, bool> match, string what, int after, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (bot.Connector.Calls.Skip(after).FirstOrDefault(match) is { } found) return found;
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException($"The connector never received {what}.");
    }

    [Fact]
    public async Task Publish_apply_edit_withdraw_close_and_choose_end_in_one_task_for_the_winner_and_thanks_for_the_other()
    {
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, China);
        var text = $"揭榜挂帅：围绕高山茶园病虫害绿色防控关键技术攻关，面向全县公开张榜，欢迎各单位、企业团队揭榜，{today.Month}月{today.Day}日前报名，项目周期一年，给予最高30万元资金支持。";
        var before = bot.Connector.Calls.Count;
        var said = Dated(bot.Activity(Leader, "message"));
        said["text"] = text;
        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(said)).StatusCode);
        var preview = (await bot.Connector.WaitForAsync(c => c.ConversationId == Leader.PersonalConversation && c.CardJson.Contains("榜单预览"), "the call preview", before)).Card!;
        Assert.Contains("高山茶园病虫害绿色防控关键技术攻关", Flow.Json(preview));
        Assert.Contains(today.ToString("yyyy-MM-dd"), Flow.Json(preview));

        // 发布: the 榜单 card to the channel and to each chief in personal chat, once.
        var (_, published) = await ClickAsync(Leader, preview, "callPublish");
        var publishedJson = Flow.Json(published);
        Assert.Contains("已发布榜单", publishedJson);
        var callId = System.Text.RegularExpressions.Regex.Match(publishedJson, @"JB-\d{4}-\d{6}").Value;
        Assert.NotEmpty(callId);
        var board = await bot.Connector.WaitForAsync(c => c.Method == "POST" && c.ConversationId == ChannelId && c.CardJson.Contains(callId), "the 榜单 card in the channel", before);
        Assert.Contains("0 个单位或团队", board.CardJson);
        var fagaiCard = (await Flow.CardForAsync(bot, FagaiChief, callId, before)).Card!;
        var caizhengCard = (await Flow.CardForAsync(bot, CaizhengChief, callId, before)).Card!;
        var shuiliCard = (await Flow.CardForAsync(bot, ShuiliChief, callId, before)).Card!;
        var (_, again) = await ClickAsync(Leader, preview, "callPublish");
        Assert.Contains("无需重复发布", Flow.Json(again));

        // Three chiefs apply; a second application of 县发改局 is refused; 县财政局 edits; 县水利局 withdraws.
        var beforeApply = bot.Connector.Calls.Count;
        var (_, mine) = await ClickAsync(FagaiChief, fagaiCard, "callApply", Plan("组建发改、农业专家专班，三个月完成绿色防控试验", "周志强"));
        Assert.Contains("已提交揭榜申请", Flow.Json(mine));
        Assert.Contains("组建发改、农业专家专班", Flow.Json(mine));   // shown to him alone
        // …and not written over at once: the shared card's count is redrawn CountRedrawDelay (4 s here) later, so the
        // applicant can read the confirmation the redraw replaces.
        await Task.Delay(500);
        Assert.DoesNotContain(bot.Connector.Calls.Skip(beforeApply), c => c.Method == "PUT" && c.ConversationId == ChannelId);
        Assert.Contains("已提交揭榜申请", Flow.Json((await ClickAsync(CaizhengChief, caizhengCard, "callApply", Plan("设立专项资金池", "冯国庆"))).Card));
        Assert.Contains("已提交揭榜申请", Flow.Json((await ClickAsync(ShuiliChief, shuiliCard, "callApply", Plan("水肥一体化改造", "施洋"))).Card));
        var (_, twice) = await ClickAsync(FagaiChief, fagaiCard, "callApply", Plan("第二份方案", "吴佳"));
        Assert.Contains("本单位已揭榜", Flow.Json(twice));
        var edit = new Dictionary<string, string> { ["ce.plan"] = "设立专项资金池并引入保险", ["ce.teamLead"] = "陈静", ["ce.outcome"] = "资金和保险联动方案", ["ce.needs"] = "", ["ce.link"] = "" };
        Assert.Contains("申请已修改", Flow.Json((await ClickAsync(CaizhengChief, caizhengCard, "callEdit", edit)).Card));
        Assert.Contains("申请已撤回", Flow.Json((await ClickAsync(ShuiliChief, shuiliCard, "callWithdrawApplication")).Card));
        // The channel card counts the applicants, never shows their plans.
        var counted = await WaitLongAsync(c => c.Method == "PUT" && c.ConversationId == ChannelId && c.CardJson.Contains("2 个单位或团队"), "the channel card with 2 applicants", before, TimeSpan.FromSeconds(15));
        Assert.DoesNotContain("专班", counted.CardJson);

        // The sign-up deadline passes: exactly one choice card reaches the leader.
        var afterApplications = bot.Connector.Calls.Count;
        var choice = (await WaitLongAsync(c => c.Method == "POST" && c.ConversationId == Leader.PersonalConversation && c.CardJson.Contains("选定挂帅") && c.CardJson.Contains(callId),
            "the leader's choice card", afterApplications, SignUpWindow + TimeSpan.FromSeconds(20))).Card!;
        var choiceJson = Flow.Json(choice);
        Assert.Contains("组建发改、农业专家专班", choiceJson);
        Assert.Contains("设立专项资金池并引入保险", choiceJson);
        Assert.DoesNotContain("水肥一体化改造", choiceJson);
        var (_, late) = await ClickAsync(ChengguanChief, shuiliCard, "callApply", Plan("晚到的方案", "严冬"));
        Assert.Contains("截止", Flow.Json(late));
        var (_, chiefChooses) = await ClickAsync(FagaiChief, choice, "callChoose", new Dictionary<string, string> { ["cc.winners"] = "县发改局" });
        Assert.Contains("不能操作", Flow.Json(chiefChooses));
        await Task.Delay(TimeSpan.FromSeconds(3));   // several more sweeps
        Assert.Equal(1, bot.Connector.Calls.Count(c => c.Method == "POST" && c.ConversationId == Leader.PersonalConversation && c.CardJson.Contains("选定挂帅") && c.CardJson.Contains(callId)));

        // 选定挂帅: a task led by 县发改局, its assignment card, thanks to 县财政局, the channel card 已揭榜.
        var beforeChoice = bot.Connector.Calls.Count;
        var (_, decided) = await ClickAsync(Leader, choice, "callChoose", new Dictionary<string, string> { ["cc.winners"] = "县发改局" });
        var decidedJson = Flow.Json(decided);
        Assert.Contains("已选定挂帅", decidedJson);
        var taskId = System.Text.RegularExpressions.Regex.Match(decidedJson, @"DB-\d{4}-\d{6}").Value;
        var task = (await bot.Store.GetAsync(TaskBot.Tasks.TaskId.Parse(taskId), CancellationToken.None))!;
        Assert.Equal(["县发改局"], task.LeadUnits.Select(u => u.Unit));
        Assert.Equal(Leader.AadObjectId, task.IssuedBy.AadObjectId);
        Assert.Contains("高山茶园病虫害绿色防控关键技术攻关", task.Deliverable);
        Assert.NotNull(task.NextReminderAt);    // followed like any task: its reminders are planned
        await Flow.CardForAsync(bot, FagaiChief, taskId, beforeChoice);
        await Flow.CardForAsync(bot, CaizhengChief, "感谢揭榜", beforeChoice);
        await bot.Connector.WaitForAsync(c => c.Method == "PUT" && c.ConversationId == ChannelId && c.CardJson.Contains("已揭榜") && c.CardJson.Contains("挂帅") && c.CardJson.Contains("县发改局"),
            "the channel card updated to 已揭榜", beforeChoice);
        await Task.Delay(500);
        Assert.DoesNotContain(bot.Connector.Calls.Skip(beforeChoice), c => c.ConversationId == ShuiliChief.PersonalConversation && c.CardJson.Contains("感谢揭榜"));
        var (_, twiceChosen) = await ClickAsync(Leader, choice, "callChoose", new Dictionary<string, string> { ["cc.winners"] = "县财政局" });
        Assert.Contains("已选定挂帅", Flow.Json(twiceChosen));
        Assert.Single(await bot.Store.ListOpenByUnitAsync("县发改局", CancellationToken.None));
        Assert.Empty(await bot.Store.ListOpenByUnitAsync("县财政局", CancellationToken.None));

        // Every refusal is in the audit, under the call's id.
        var refusals = await bot.App.Services.GetRequiredService<IRefusalStore>().GetRefusalsAsync(callId, CancellationToken.None);
        Assert.Contains(refusals, r => r.Code == "AlreadyApplied" && r.AadObjectId == FagaiChief.AadObjectId);
        Assert.Contains(refusals, r => r.Code == "SignUpClosed" && r.AadObjectId == ChengguanChief.AadObjectId);
        Assert.Contains(refusals, r => r.Code == "NotPermitted" && r.AadObjectId == FagaiChief.AadObjectId && r.Verb == "callChoose");
    }
}

/// <summary>The open-call flow on the embedded store (SQLite).</summary>
public sealed class OpenCallFlowTests : OpenCallFlowContract;

/// <summary>The same flow on the production store (Azure Tables, here Azurite): the call's partition, its ETag checks
/// and its intents in the call's entity-group transaction. Without Azurite under CI=true this fails rather than skips.</summary>
public sealed class AzuriteOpenCallFlowTests(TaskBot.Tests.Storage.AzuriteFixture azurite) : OpenCallFlowContract, IClassFixture<TaskBot.Tests.Storage.AzuriteFixture>
{
    protected override IDictionary<string, string?> Storage => new Dictionary<string, string?>
    {
        ["TaskBot:Storage:Provider"] = "AzureTables",
        ["TaskBot:Storage:AzureTables:ConnectionString"] = azurite.Require(),
        ["TaskBot:Storage:AzureTables:TablePrefix"] = "E2E" + Guid.NewGuid().ToString("N")[..10],
    };
}
