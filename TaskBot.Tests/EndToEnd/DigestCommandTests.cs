using static TaskBot.Tests.EndToEnd.People;

namespace TaskBot.Tests.EndToEnd;

/// <summary>周报: the weekly overdue digest on demand, for the asker only; only leaders and the 督查室 get it.</summary>
public sealed class DigestCommandTests : IAsyncLifetime
{
    private BotUnderTest bot = null!;
    public async Task InitializeAsync() { bot = await BotUnderTest.StartAsync(); await Flow.InstallEveryoneAsync(bot); }
    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task A_leader_asking_for_the_weekly_digest_gets_the_digest_card_with_the_overdue_task()
    {
        var (_, ids) = await Flow.ConfirmAsync(bot, await Flow.PreviewAsync(bot));   // due 2026-03-31: overdue by now
        var before = bot.Connector.Calls.Count;
        await bot.SayAsync(Leader, "周报");
        var card = await bot.Connector.WaitForAsync(c => c.ConversationId == Leader.PersonalConversation && c.CardJson.Contains("逾期周报"), "the digest card", before);
        Assert.Contains("县发改局", card.CardJson);
        Assert.Contains("逾期", card.CardJson);
        Assert.DoesNotContain(bot.Connector.Calls.Skip(before), c => c.ConversationId == Office.PersonalConversation);   // the asker only
        Assert.Single(ids);
    }

    [Fact]
    public async Task A_chief_asking_for_the_weekly_digest_is_told_who_it_is_for()
    {
        var before = bot.Connector.Calls.Count;
        await bot.SayAsync(FagaiChief, "周报");
        var reply = await Flow.LineForAsync(bot, FagaiChief, "逾期周报面向领导和督查室", before);
        Assert.Null(reply.Card);
    }
}
