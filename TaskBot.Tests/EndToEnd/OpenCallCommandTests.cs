using System.Net;
using System.Text.Json.Nodes;
using static TaskBot.Tests.EndToEnd.People;

namespace TaskBot.Tests.EndToEnd;

/// <summary>Issue 13, point 6: 发布榜单 and 榜单, who may publish, and the 揭榜挂帅 section of 周报.</summary>
public sealed class OpenCallCommandTests : IAsyncLifetime
{
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private BotUnderTest bot = null!;
    public async Task InitializeAsync() { bot = await BotUnderTest.StartAsync(); await Flow.InstallEveryoneAsync(bot); }
    public async Task DisposeAsync() => await bot.DisposeAsync();

    private async Task<ConnectorCall> SayAsync(TeamsUser user, string text, string expect)
    {
        var before = bot.Connector.Calls.Count;
        var a = OpenCallFlowContract.Dated(bot.Activity(user, "message"));
        a["text"] = text;
        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(a)).StatusCode);
        return await bot.Connector.WaitForAsync(c => c.ConversationId == user.PersonalConversation && ((c.Text ?? "") + c.CardJson).Contains(expect), $"「{expect}」 for {user.Name}", before);
    }

    private async Task<JsonObject?> ClickAsync(TeamsUser user, JsonObject card, string verb, IDictionary<string, string>? inputs = null)
    {
        var (_, data) = CardClient.Submit(card, verb, inputs);
        var a = OpenCallFlowContract.Dated(bot.Activity(user, "invoke"));
        a["name"] = "adaptiveCard/action";
        a["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" };
        var response = await bot.PostAsync(a);
        return (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<JsonObject>(response.Content))?["value"] as JsonObject;
    }

    [Fact]
    public async Task Publish_word_list_and_digest_section_and_only_leaders_publish()
    {
        await SayAsync(Leader, "发布榜单", "请在「发布榜单」后写上榜单内容");
        await SayAsync(Leader, "榜单", "目前没有报名中或待选定的榜单");
        var chief = await SayAsync(FagaiChief, "揭榜挂帅：围绕县城停车难治理，面向全县公开张榜，欢迎各单位揭榜，一个月内报名，攻坚期三个月。", "只有领导和督查室可以发布榜单");
        Assert.Null(chief.Card);

        // 发布榜单 with text the reader would not call a call: a preview all the same, the leader fills in the rest.
        var forced = (await SayAsync(Leader, "发布榜单 城区停车难综合治理方案征集", "榜单预览")).Card!;
        Assert.Contains("原文没有写报名截止日期", Flow.Json(forced));
        var deadline = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, China).AddDays(3).ToString("yyyy-MM-dd");
        var refused = await ClickAsync(Leader, forced, "callPublish", new Dictionary<string, string> { ["cp.term"] = "0", ["cp.deadline"] = deadline });
        Assert.Contains("1 到 120 个月", Flow.Json(refused));
        var published = await ClickAsync(Leader, forced, "callPublish", new Dictionary<string, string> { ["cp.term"] = "3", ["cp.deadline"] = deadline });
        Assert.Contains("已发布榜单", Flow.Json(published));

        var list = await SayAsync(Leader, "榜单", "城区停车难综合治理方案征集");
        Assert.Contains(deadline, list.CardJson);
        Assert.Contains("报名中", list.CardJson);
        var digest = await SayAsync(Leader, "周报", "揭榜挂帅（报名中 1 个");
        Assert.Contains("无人揭榜 1 个", digest.CardJson);
        Assert.Contains("本周截止", digest.CardJson);
    }
}
