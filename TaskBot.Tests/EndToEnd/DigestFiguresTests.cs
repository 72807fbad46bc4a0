using System.Text.RegularExpressions;
using TaskBot.Tasks;
using static TaskBot.Tests.EndToEnd.People;

namespace TaskBot.Tests.EndToEnd;

/// <summary>Issue 11, point 14: the digest counts tasks as tasks and units as units, and its figures are the ones
/// 逾期任务 lists, for a leader and for a unit.</summary>
public sealed class DigestFiguresTests : IAsyncLifetime
{
    private BotUnderTest bot = null!;
    public async Task InitializeAsync() { bot = await BotUnderTest.StartAsync(); await Flow.InstallEveryoneAsync(bot); }
    public async Task DisposeAsync() => await bot.DisposeAsync();

    private async Task CreateAsync(DateOnly deadline, string[] leads, string[] co)
    {
        var issuer = (await bot.Store.GetDirectoryAsync(default)).FindPerson(Leader.AadObjectId)!;
        var draft = TaskBot.Tests.Tasks.TestData.NewDraft(leads[0], co, deadline) with { LeadUnits = leads, Supervisor = null };
        var created = await bot.Store.CreateTasksAsync([draft], issuer, default);
        Assert.True(created.Succeeded, created.Error?.Message);
    }

    private async Task<string> AskAsync(TeamsUser user, string command, string contains)
    {
        var before = bot.Connector.Calls.Count;
        await bot.SayAsync(user, command);
        return (await bot.Connector.WaitForAsync(c => c.ConversationId == user.PersonalConversation && c.CardJson.Contains(contains), command, before)).CardJson;
    }

    [Fact]
    public async Task Nine_open_tasks_with_thirty_unsigned_units_are_nine_tasks_and_overdue_figures_match_the_overdue_lists()
    {
        var past = new DateOnly(2026, 1, 15);       // overdue whatever today the bot takes
        var later = new DateOnly(2027, 6, 30);
        await CreateAsync(past, ["县发改局", "县财政局"], ["县水利局"]);
        await CreateAsync(past, ["县发改局"], ["城关镇"]);
        await CreateAsync(past, ["县水利局"], ["县发改局"]);
        await CreateAsync(past, ["城关镇"], ["县财政局", "县水利局"]);
        for (var i = 0; i < 5; i++) await CreateAsync(later, ["县发改局", "县财政局"], ["县水利局", "城关镇"]);
        // 9 tasks; unsigned units: 3 + 2 + 2 + 3 + 5 × 4 = 30.

        var digest = await AskAsync(Leader, "周报", "逾期周报");
        Assert.Contains("逾期任务 4 项", digest);
        Assert.Contains("未签收任务 9 项", digest);
        Assert.DoesNotContain("未签收 30", digest);

        var overdue = await AskAsync(Leader, "逾期任务", "逾期任务");
        Assert.Contains("全部逾期任务（4 项）", overdue);

        // A unit's rows in the digest are what that unit's chief's 逾期任务 lists (lead and co-lead).
        var fagai = await AskAsync(FagaiChief, "逾期任务", "逾期任务");
        var listed = int.Parse(Regex.Match(fagai, @"县发改局 · 逾期任务（(\d+) 项）").Groups[1].Value);
        Assert.Equal(3, listed);
        Assert.Equal(listed, Regex.Matches(digest, @"县发改局(（配合）)?｜DB-").Count);
    }
}
