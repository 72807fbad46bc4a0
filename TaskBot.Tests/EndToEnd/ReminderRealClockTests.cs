using static TaskBot.Tests.EndToEnd.People;

namespace TaskBot.Tests.EndToEnd;

/// <summary>
/// Black box on the real clock: the real app with its Quartz sweep every second and working hours all day. A task
/// dispatched with a deadline already past gets its overdue nudge card to the lead chief's conversation within
/// seconds, through the real proactive path (stored conversation reference, ContinueConversationAsync), once.
/// </summary>
public sealed class ReminderRealClockTests : IAsyncLifetime
{
    private BotUnderTest bot = null!;

    public async Task InitializeAsync()
    {
        bot = await BotUnderTest.StartAsync(new Dictionary<string, string?>
        {
            ["TaskBot:Reminders:Enabled"] = "true",
            ["TaskBot:Reminders:SweepInterval"] = "00:00:01",
            ["TaskBot:Reminders:WorkingHours"] = "00:00-24:00",
            ["TaskBot:Reminders:WorkingDaysOnly"] = "false",   // the test may run on a weekend or a holiday
            ["TaskBot:Digest:Channels:0"] = "channel:digest-elsewhere",   // the startup digest goes elsewhere, not to the leader
        });
        await Flow.InstallEveryoneAsync(bot);
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task A_task_dispatched_already_overdue_reaches_the_chief_as_one_red_nudge_within_seconds()
    {
        // The messages are dated 2026-03-10, so "3月底前" is 2026-03-31: long past on the real clock.
        var preview = await Flow.PreviewAsync(bot);
        var before = bot.Connector.Calls.Count;
        var (_, ids) = await Flow.ConfirmAsync(bot, preview);
        var id = Assert.Single(ids).ToString();

        var nudge = await bot.Connector.WaitForAsync(
            c => c.ConversationId == FagaiChief.PersonalConversation && c.CardJson.Contains("逾期提醒") && c.CardJson.Contains(id),
            "the overdue nudge for 县发改局's chief", before);
        Assert.Contains("已逾期", nudge.CardJson);
        Assert.False(string.IsNullOrEmpty(nudge.Body["summary"]?.GetValue<string>()), "the toast needs a summary");

        // Several more sweeps: the same reminder is never sent again.
        await Task.Delay(TimeSpan.FromSeconds(4));
        var overdueCards = bot.Connector.Calls.Skip(before)
            .Count(c => c.ConversationId == FagaiChief.PersonalConversation && c.CardJson.Contains("逾期提醒") && c.CardJson.Contains(id));
        Assert.Equal(1, overdueCards);
    }
}
