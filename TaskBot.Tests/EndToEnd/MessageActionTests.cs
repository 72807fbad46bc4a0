using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TaskBot.Bot;
using TaskBot.Cards;
using static TaskBot.Tests.EndToEnd.People;

namespace TaskBot.Tests.EndToEnd;

/// <summary>
/// 转为督办任务 on a Teams message, over real HTTP: Teams sends <c>composeExtension/fetchTask</c> with the message, the
/// bot answers with a dialog holding the preview; the dialog's 确认交办 comes back as <c>composeExtension/submitAction</c>
/// and dispatches exactly once.
/// </summary>
public sealed class MessageActionTests : IAsyncLifetime
{
    private const string Group = "19:county-office@thread.v2";
    private BotUnderTest bot = null!;

    public async Task InitializeAsync()
    {
        bot = await BotUnderTest.StartAsync();
        await Flow.InstallEveryoneAsync(bot);
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    /// <summary>The invoke Teams sends when <paramref name="user"/> picks 转为督办任务 on a group chat message.</summary>
    private async Task<(HttpResponseMessage Response, JsonObject Card)> FetchAsync(TeamsUser user, string html,
        string messageId = "1773100000001", string created = "2026-03-10T02:00:00.000Z")
    {
        var value = new JsonObject
        {
            ["commandId"] = "createTaskFromMessage",
            ["commandContext"] = "message",
            ["requestId"] = Guid.NewGuid().ToString("N"),
            ["context"] = new JsonObject { ["theme"] = "default" },
            ["messagePayload"] = new JsonObject
            {
                ["id"] = messageId,
                ["replyToId"] = null,
                ["createdDateTime"] = created,
                ["deleted"] = false,
                ["importance"] = "normal",
                ["locale"] = "zh-cn",
                ["linkToMessage"] = $"https://teams.microsoft.com/l/message/{Group}/{messageId}",
                ["messageType"] = "message",
                ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = html },
                ["from"] = new JsonObject { ["user"] = new JsonObject { ["id"] = ShuiliChief.AadObjectId, ["displayName"] = ShuiliChief.Name, ["userIdentityType"] = "aadUser" } },
                ["attachments"] = new JsonArray(),
                ["mentions"] = new JsonArray(),
                ["reactions"] = new JsonArray(),
            },
        };
        var (response, body) = await bot.InvokeNamedAsync(user, "composeExtension/fetchTask", value, Group, "groupChat");
        return (response, Dialog(response, body));
    }

    private async Task<(HttpResponseMessage Response, JsonObject Card)> SubmitAsync(TeamsUser user, JsonObject dialogCard, string verb,
        IDictionary<string, string>? inputs = null)
    {
        var value = new JsonObject
        {
            ["commandId"] = "createTaskFromMessage",
            ["commandContext"] = "message",
            ["data"] = SubmitData(dialogCard, verb, inputs),
            ["context"] = new JsonObject { ["theme"] = "default" },
        };
        var (response, body) = await bot.InvokeNamedAsync(user, "composeExtension/submitAction", value, Group, "groupChat");
        return (response, Dialog(response, body));
    }

    /// <summary>The card of a <c>{task: {type: "continue", value: {card}}}</c> answer.</summary>
    private static JsonObject Dialog(HttpResponseMessage response, JsonObject? body)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var task = body?["task"] as JsonObject ?? throw new Xunit.Sdk.XunitException($"no task in {body?.ToJsonString()}");
        Assert.Equal("continue", task["type"]!.GetValue<string>());
        Assert.Equal("转为督办任务", task["value"]!["title"]!.GetValue<string>());
        var card = task["value"]!["card"]!.AsObject();
        Assert.Equal(AdaptiveCard.ContentType, card["contentType"]!.GetValue<string>());
        return card["content"]!.AsObject();
    }

    /// <summary>What Teams submits for an Action.Submit in a dialog: its data merged with the card's inputs.</summary>
    private static JsonObject SubmitData(JsonObject card, string verb, IDictionary<string, string>? inputs)
    {
        var action = CardClient.Walk(card).FirstOrDefault(o => o["type"]?.GetValue<string>() == "Action.Submit" && o["data"]?["verb"]?.GetValue<string>() == verb)
            ?? throw new Xunit.Sdk.XunitException($"no {verb} button on {Flow.Json(card)}");
        var data = action["data"]!.DeepClone().AsObject();
        if (action["associatedInputs"]?.GetValue<string>() != "none")
        {
            foreach (var input in CardClient.Walk(card).Where(o => o["type"]?.GetValue<string>()?.StartsWith("Input.") == true))
                data[input["id"]!.GetValue<string>()] = input["value"]?.DeepClone() ?? "";
            foreach (var (k, v) in inputs ?? new Dictionary<string, string>()) data[k] = v;
        }
        return data;
    }

    private const string Html = "<p>关于防汛工作，请县水利局牵头，县财政局配合，<strong>于本月底前</strong>完成&nbsp;防汛物资储备方案。</p><p>谢谢！</p>";

    [Fact]
    public async Task A_leader_turns_a_message_into_a_preview_in_a_dialog_and_confirming_dispatches_once()
    {
        // Sent at 01:00 on 1 April China time (17:00 UTC on 31 March): 本月底 is the end of April.
        var (_, preview) = await FetchAsync(Leader, Html, created: "2026-03-31T17:00:00.000Z");
        var json = Flow.Json(preview);
        Assert.Contains("督办事项预览", json);
        Assert.Contains("防汛物资储备方案", json);
        Assert.DoesNotContain("<strong>", json);
        Assert.Contains("2026-04-30", json);
        Assert.DoesNotContain("Action.Execute", json);
        Assert.Null(preview["refresh"]);

        var (_, summary) = await SubmitAsync(Leader, preview, "dispatch");
        Assert.Contains("已交办 1 项任务", Flow.Json(summary));
        var id = Regex.Match(Flow.Json(summary), @"DB-\d{4}-\d{6}").Value;
        var task = Assert.Single(await bot.Store.ListByPersonAsync(Leader.AadObjectId, 100, default));
        Assert.Equal(id, task.Id.ToString());
        Assert.Equal(new DateOnly(2026, 4, 30), task.Deadline.Date);
        Assert.Equal(["县水利局"], task.LeadUnits.Select(u => u.Unit));
        await Flow.CardForAsync(bot, ShuiliChief, "【牵头】");
        await Flow.CardForAsync(bot, CaizhengChief, "【配合】");

        // Submitted again (a double click, Teams retrying, the action used again on the same message): the same
        // summary, no second set of tasks, no second card.
        var (_, again) = await SubmitAsync(Leader, preview, "dispatch");
        Assert.Contains(id, Flow.Json(again));
        var (_, reopened) = await FetchAsync(Leader, Html, created: "2026-03-31T17:00:00.000Z");
        var (_, third) = await SubmitAsync(Leader, reopened, "dispatch");
        Assert.Contains(id, Flow.Json(third));
        Assert.Single(await bot.Store.ListByPersonAsync(Leader.AadObjectId, 100, default));
        Assert.Single(bot.Connector.Calls, c => c.ConversationId == ShuiliChief.PersonalConversation && c.CardJson.Contains("【牵头】"));
    }

    [Fact]
    public async Task Edits_made_in_the_dialog_are_dispatched_and_a_bad_edit_comes_back_in_the_dialog()
    {
        var (_, preview) = await FetchAsync(Leader, Html, messageId: "1773100000002");
        var (_, refused) = await SubmitAsync(Leader, preview, "dispatch", new Dictionary<string, string> { ["t0.deadline"] = "2026-01-05" });
        Assert.Contains("早于交办日期", Flow.Json(refused));
        Assert.Empty(await bot.Store.ListByPersonAsync(Leader.AadObjectId, 100, default));

        var (_, summary) = await SubmitAsync(Leader, refused, "dispatch", new Dictionary<string, string> { ["t0.deadline"] = "2026-05-15", ["t0.co"] = "" });
        Assert.Contains("已交办", Flow.Json(summary));
        var task = Assert.Single(await bot.Store.ListByPersonAsync(Leader.AadObjectId, 100, default));
        Assert.Equal(new DateOnly(2026, 5, 15), task.Deadline.Date);
        Assert.Empty(task.CoLeadUnits);
    }

    [Fact]
    public async Task Someone_not_a_leader_is_told_politely_in_the_dialog_and_nothing_is_created()
    {
        var (_, chief) = await FetchAsync(FagaiChief, Html, messageId: "1773100000003");
        Assert.Contains("只有领导和督查室可以把消息转为督办任务", Flow.Json(chief));
        Assert.Contains("周志强", Flow.Json(chief));
        var (_, stranger) = await FetchAsync(Stranger, Html, messageId: "1773100000004");
        Assert.Contains("尚未登记", Flow.Json(stranger));
        Assert.DoesNotContain("Action.Submit", Flow.Json(chief) + Flow.Json(stranger));

        // A chief who submits a leader's preview data anyway is refused by the dispatcher.
        var (_, preview) = await FetchAsync(Leader, Html, messageId: "1773100000005");
        var (_, forged) = await SubmitAsync(FagaiChief, preview, "dispatch");
        Assert.Contains("只有发出指令的领导或督查室可以确认交办", Flow.Json(forged));
        Assert.Empty(await bot.Store.ListByPersonAsync(Leader.AadObjectId, 100, default));
    }

    [Fact]
    public async Task A_message_without_a_directive_gets_an_explanation_and_cancel_closes_the_preview()
    {
        var (_, none) = await FetchAsync(Leader, "<p>今天下午的会议改到三楼会议室。</p>", messageId: "1773100000006");
        Assert.Contains("没有识别到督办事项", Flow.Json(none));

        var (_, preview) = await FetchAsync(Leader, Html, messageId: "1773100000007");
        var (_, cancelled) = await SubmitAsync(Leader, preview, "cancelPreview");
        Assert.Contains("已取消", Flow.Json(cancelled));
        var (_, late) = await SubmitAsync(Leader, preview, "dispatch");
        Assert.Contains("此预览已取消", Flow.Json(late));
        Assert.Empty(await bot.Store.ListByPersonAsync(Leader.AadObjectId, 100, default));
    }

    [Theory]
    [InlineData("<p>请县水利局牵头</p><p>于4月底前完成</p>", "请县水利局牵头\n于4月底前完成")]
    [InlineData("<div><at id=\"0\">王建国</at>&nbsp;请阅&lt;批示&gt;&amp;办理</div>", "王建国 请阅<批示>&办理")]
    [InlineData("一、报送方案<br>二、落实资金<br/>", "一、报送方案\n二、落实资金")]
    public void Message_html_becomes_plain_text_with_paragraphs_as_lines(string html, string text) =>
        Assert.Equal(text, TeamsMessageText.FromBody(html, "html"));

    [Fact]
    public void A_dialog_card_submits_what_the_chat_card_would_execute()
    {
        var chat = new AdaptiveCard([new TextBlock(Md.Literal("x"))],
            [new ExecuteAction("确认交办", CardContract.Verbs.Dispatch, CardContract.PreviewData("P1", 1)),
             new ExecuteAction("取消", CardContract.Verbs.CancelPreview, CardContract.PreviewData("P1", 1)) { SendsInputs = false }])
        { Refresh = new ExecuteAction("刷新", CardContract.Verbs.Refresh, CardContract.PreviewData("P1", 1)) }.ToJson();
        var dialog = DialogCards.ForDialog(chat);
        Assert.Null(dialog["refresh"]);
        var actions = dialog["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.All(actions, a => Assert.Equal("Action.Submit", a["type"]!.GetValue<string>()));
        Assert.Equal(["dispatch", "cancelPreview"], actions.Select(a => a["data"]!["verb"]!.GetValue<string>()));
        Assert.Equal("P1", actions[0]["data"]!["previewId"]!.GetValue<string>());
        Assert.Equal("none", actions[1]["associatedInputs"]!.GetValue<string>());
        Assert.Equal("Action.Execute", chat["actions"]![0]!["type"]!.GetValue<string>());   // the chat card is untouched
    }
}
