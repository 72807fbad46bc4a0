using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TaskBot.Tests.EndToEnd;
using static TaskBot.Tests.EndToEnd.People;

namespace TaskBot.Tests.Security;

/// <summary>Issue 11, point 2: a refused click in a group chat is answered to the clicker only.</summary>
public sealed class SharedCardTests : IAsyncLifetime
{
    private const string Group = "19:county-meeting@thread.v2";
    private BotUnderTest bot = null!;
    public async Task InitializeAsync() { bot = await BotUnderTest.StartAsync(); await Flow.InstallEveryoneAsync(bot); }
    public async Task DisposeAsync() => await bot.DisposeAsync();

    private async Task<(HttpResponseMessage Response, JsonObject? Card)> ClickInGroupAsync(TeamsUser user, JsonObject card, string verb, string replyToId)
    {
        var (_, data) = CardClient.Submit(card, verb);
        var a = bot.Activity(user, "invoke", Group, "groupChat");
        a["name"] = "adaptiveCard/action";
        a["replyToId"] = replyToId;
        a["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" };
        var response = await bot.PostAsync(a);
        var body = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonObject>() : null;
        return (response, body?["value"] as JsonObject);
    }

    [Fact]
    public async Task A_refused_click_on_a_shared_preview_answers_only_the_clicker_and_leaves_the_card_for_everyone()
    {
        var said = bot.Activity(Leader, "message", Group, "groupChat");
        said["text"] = $"<at>督办助手</at> {Flow.Directive}";
        said["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>督办助手</at>", ["mentioned"] = new JsonObject { ["id"] = "28:taskbot", ["name"] = "督办助手" } });
        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(said)).StatusCode);
        var posted = await bot.Connector.WaitForAsync(c => c.ConversationId == Group && c.CardJson.Contains("督办事项预览"), "the preview in the group");
        var before = bot.Connector.Calls.Count;

        foreach (var outsider in new[] { Stranger, FagaiChief })
        {
            var (response, card) = await ClickInGroupAsync(outsider, posted.Card!, "dispatch", "activity-1");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("操作未执行", Flow.Json(card));
        }
        await Task.Delay(200);
        Assert.DoesNotContain(bot.Connector.Calls.Skip(before), c => c.Method == "PUT");

        // The leader's own click is a change: written over the shared card for everyone.
        var (_, done) = await ClickInGroupAsync(Leader, posted.Card!, "dispatch", "activity-1");
        Assert.Contains("已交办", Flow.Json(done));
        await bot.Connector.WaitForAsync(c => c.Method == "PUT" && c.ConversationId == Group && c.CardJson.Contains("已交办"), "the shared card updated", before);
    }
}
