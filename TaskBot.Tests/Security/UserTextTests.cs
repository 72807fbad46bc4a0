using System.Net;
using TaskBot.Tests.EndToEnd;
using static TaskBot.Tests.EndToEnd.People;

namespace TaskBot.Tests.Security;

/// <summary>Issue 11, point 6: user text is escaped in every message and card; control and bidi characters are
/// stripped where it comes in.</summary>
public sealed class UserTextTests : IAsyncLifetime
{
    private BotUnderTest bot = null!;
    public async Task InitializeAsync() { bot = await BotUnderTest.StartAsync(); await Flow.InstallEveryoneAsync(bot); }
    public async Task DisposeAsync() => await bot.DisposeAsync();

    // The note's own link, not any "https://" (a refreshed assignment card's link input shows "https://" as its placeholder).
    private static readonly string[] Raw = ["**", "<b>", "</b>", "&lt;", "[点我]", "](", "https://evil.example", "\u202E", "\u200F", "\u0007"];

    [Fact]
    public async Task A_units_progress_note_reaches_the_leader_escaped_and_without_bidi_or_control_characters()
    {
        var (_, ids) = await Flow.ConfirmAsync(bot, await Flow.PreviewAsync(bot, "请县发改局牵头，于4月15日前报送防汛工作方案。"));
        var id = Assert.Single(ids);
        var card = (await Flow.CardForAsync(bot, FagaiChief, id.ToString())).Card!;
        var (_, signed) = await bot.ClickAsync(FagaiChief, card, "ack");
        var mark = bot.Connector.Calls.Count;
        var note = "**已完成** <b>八成</b> &lt;i&gt; [点我](https://evil.example/x) \u202E成完\u200F\u0007";
        await bot.ClickAsync(FagaiChief, signed!, "progress", new Dictionary<string, string> { ["progressPercent"] = "80", ["progressNote"] = note });

        var line = await Flow.LineForAsync(bot, Leader, "反馈进度", mark);
        Assert.Contains("已完成", line.Text);
        foreach (var raw in Raw) Assert.DoesNotContain(raw, line.Text!, StringComparison.Ordinal);
        foreach (var call in bot.Connector.Calls.Skip(mark))
        {
            var all = (call.Text ?? "") + (call.Body["summary"]?.GetValue<string>() ?? "") + call.CardJson;
            foreach (var raw in Raw) Assert.DoesNotContain(raw, all, StringComparison.Ordinal);
        }
        var stored = await bot.Store.GetAsync(id, default);
        Assert.DoesNotContain("\u202E", stored!.Units[0].Progress!.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_directive_with_bidi_overrides_and_control_characters_gives_a_clean_escaped_preview()
    {
        var before = bot.Connector.Calls.Count;
        var response = await bot.SayAsync(Leader, "请县发改局牵头，于4月15日前报送\u202E案方汛防\u202C**防汛**<script>方案\u200F\u0001。");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await bot.Connector.WaitForAsync(c => c.CardJson.Contains("督办事项预览"), "the preview", before);
        foreach (var raw in new[] { "\u202E", "\u202C", "\u200F", "\u0001", "**", "<script>" })
            Assert.DoesNotContain(raw, preview.CardJson, StringComparison.Ordinal);
    }
}
