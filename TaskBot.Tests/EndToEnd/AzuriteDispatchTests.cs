using TaskBot.Tests.Storage;
using static TaskBot.Tests.EndToEnd.People;

namespace TaskBot.Tests.EndToEnd;

/// <summary>
/// The dispatch path on the production store (Azure Tables, here Azurite): claim-once across a double click,
/// tasks stored, assignment cards to the chiefs. Without Azurite under CI=true this fails rather than skips.
/// </summary>
public sealed class AzuriteDispatchTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private BotUnderTest bot = null!;

    public async Task InitializeAsync()
    {
        bot = await BotUnderTest.StartAsync(new Dictionary<string, string?>
        {
            ["TaskBot:Storage:Provider"] = "AzureTables",
            ["TaskBot:Storage:AzureTables:ConnectionString"] = azurite.Require(),
            ["TaskBot:Storage:AzureTables:TablePrefix"] = "E2E" + Guid.NewGuid().ToString("N")[..10],
        });
        await Flow.InstallEveryoneAsync(bot);
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task On_azure_tables_a_double_clicked_confirm_creates_one_set_and_the_chiefs_get_their_cards()
    {
        var preview = await Flow.PreviewAsync(bot);
        var results = await Task.WhenAll(bot.ClickAsync(Leader, preview, "dispatch"), bot.ClickAsync(Leader, preview, "dispatch"));
        var ids = results.Select(r => System.Text.RegularExpressions.Regex.Match(Flow.Json(r.Card), @"DB-\d{4}-\d{6}").Value).ToList();
        Assert.All(ids, id => Assert.Equal(ids[0], id));
        var issued = await bot.Store.ListByPersonAsync(Leader.AadObjectId, 100, default);
        var task = Assert.Single(issued);
        Assert.Equal(ids[0], task.Id.ToString());

        var lead = await Flow.CardForAsync(bot, FagaiChief, "【牵头】");
        await Flow.CardForAsync(bot, CaizhengChief, "【配合】");
        Assert.Single(bot.Connector.Calls, c => c.ConversationId == FagaiChief.PersonalConversation && c.CardJson.Contains("【牵头】"));

        var (_, signed) = await bot.ClickAsync(FagaiChief, lead.Card!, "ack");
        Assert.Contains("已签收", Flow.Json(signed));
        Assert.NotNull((await bot.Store.GetAsync(task.Id, default))!.UnitNamed("县发改局")!.Acknowledged);
    }
}
