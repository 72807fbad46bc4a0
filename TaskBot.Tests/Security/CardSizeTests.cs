using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using TaskBot.Tests.EndToEnd;
using static TaskBot.Tests.EndToEnd.People;

namespace TaskBot.Tests.Security;

/// <summary>Issue 11, point 5: the longest allowed directive gives cards that all stay under Teams' ~28 KB limit:
/// a preview in pages with 上一页 / 下一页, and one 确认交办 that dispatches every item of every page.</summary>
public sealed class CardSizeTests : IAsyncLifetime
{
    private const int TeamsLimit = 28 * 1024;
    private static readonly System.Text.Json.JsonSerializerOptions Wire = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private BotUnderTest bot = null!;
    public async Task InitializeAsync() { bot = await BotUnderTest.StartAsync(); await Flow.InstallEveryoneAsync(bot); }
    public async Task DisposeAsync() => await bot.DisposeAsync();

    private static int Bytes(JsonNode node) => Encoding.UTF8.GetByteCount(node.ToJsonString(Wire));

    /// <summary>会议纪要 items, numbered, up to exactly the 20,000 characters a message may have.</summary>
    private static string LongestMinutes()
    {
        string[] units = ["县发改局", "县财政局", "县水利局", "城关镇", "县工信局"];
        var sb = new StringBuilder();
        for (var i = 1; sb.Length < 20_000; i++)
            sb.Append($"{i}. 请{units[i % units.Length]}牵头，于{i % 9 + 3}月底前完成第{i}批重点项目资金筹措和建设推进方案的编制工作，报县政府审定，同时做好项目储备和资金监管工作。\n");
        return sb.ToString()[..20_000];
    }

    [Fact]
    public async Task The_longest_allowed_minutes_give_paged_previews_and_every_outgoing_activity_stays_under_28_KB()
    {
        var text = LongestMinutes();
        Assert.Equal(20_000, text.Length);
        var before = bot.Connector.Calls.Count;
        Assert.Equal(HttpStatusCode.OK, (await bot.SayAsync(Leader, text)).StatusCode);
        var first = (await bot.Connector.WaitForAsync(c => c.CardJson.Contains("督办事项预览"), "the preview", before)).Card!;
        var json = Flow.Json(first);
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(json, @"识别到 (\d+) 项任务").Groups[1].Value);
        Assert.True(total > 20, json[..200]);
        Assert.Contains("第 1/", json);
        Assert.Contains("previewPage", CardClient.Verbs(first));

        // Page through to the end; every page is under the limit and shows a part of the items.
        var page = first;
        var pages = 1;
        while (NextPageData(page) is { } data)
        {
            if (pages == 1) data["t0.deliverable"] = "第一页改过的交付成果";   // an edit on page 1 survives paging
            var (response, card) = await bot.InvokeAsync(Leader, "previewPage", data);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(Bytes(card!) < TeamsLimit, $"page {pages + 1}: {Bytes(card!)} bytes");
            Assert.Contains($"第 {pages + 1}/", Flow.Json(card));
            page = card!;
            pages++;
        }
        Assert.True(pages > 1);
        Assert.Contains("上一页", Flow.Json(page));

        // One 确认交办, from the last page, dispatches every item of every page.
        var (confirmResponse, summary) = await bot.ClickAsync(Leader, page, "dispatch");
        Assert.Equal(HttpStatusCode.OK, confirmResponse.StatusCode);
        Assert.Contains($"已交办 {total} 项任务", Flow.Json(summary));
        Assert.True(Bytes(summary!) < TeamsLimit);
        var created = await bot.Store.ListByPersonAsync(Leader.AadObjectId, 1000, default);
        Assert.Equal(total, created.Count);
        Assert.Contains(created, t => t.Deliverable == "第一页改过的交付成果");

        await Task.Delay(500);
        foreach (var call in bot.Connector.Calls)
            Assert.True(Bytes(call.Body) < TeamsLimit, $"{call.Method} {call.ConversationId}: {Bytes(call.Body)} bytes");
    }

    /// <summary>What the client sends for 下一页: its data and the page's inputs; null on the last page.</summary>
    private static JsonObject? NextPageData(JsonObject card)
    {
        var next = CardClient.Walk(card).FirstOrDefault(o => o["verb"]?.GetValue<string>() == "previewPage" && o["title"]?.GetValue<string>() == "下一页");
        if (next is null) return null;
        var data = next["data"]!.DeepClone().AsObject();
        foreach (var input in CardClient.Walk(card).Where(o => o["type"]?.GetValue<string>()?.StartsWith("Input.") == true))
            data[input["id"]!.GetValue<string>()] = input["value"]?.DeepClone() ?? "";
        return data;
    }
}
