using System.Net;
using static TaskBot.Tests.EndToEnd.People;

namespace TaskBot.Tests.EndToEnd;

/// <summary>Issue 11, point 11: in December 2026, with 2027's notice not yet in the data, the preview names 2027 as
/// the provisional year, counts 元旦 as a holiday, and the log says so too.</summary>
public sealed class ProvisionalCalendarTests : IAsyncLifetime
{
    private BotUnderTest bot = null!;
    public async Task InitializeAsync() { bot = await BotUnderTest.StartAsync(); await Flow.InstallEveryoneAsync(bot); }
    public async Task DisposeAsync() => await bot.DisposeAsync();

    private async Task<string> PreviewOnAsync(string text, string localDate)
    {
        var a = bot.Activity(Leader, "message");
        a["text"] = text;
        a["timestamp"] = $"{localDate}T02:00:00.000Z";
        a["localTimestamp"] = $"{localDate}T10:00:00.000+08:00";
        var before = bot.Connector.Calls.Count;
        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(a)).StatusCode);
        return (await bot.Connector.WaitForAsync(c => c.CardJson.Contains("督办事项预览"), "the preview", before)).CardJson;
    }

    [Fact]
    public async Task Working_days_into_2027_skip_new_years_day_and_the_card_and_log_call_2027_provisional()
    {
        // From Wednesday 2026-12-30: Thursday 12-31 is the 1st working day, 元旦 is off, so the 2nd is Monday 2027-01-04.
        var card = await PreviewOnAsync("请县财政局于2个工作日内报送年终结算方案。", "2026-12-30");
        Assert.Contains("2027-01-04", card);
        Assert.Contains("临时日历：2027年", card);
        Assert.DoesNotContain("2026年的", card);
        Assert.Contains(bot.Logs, l => l.StartsWith("Warning") && l.Contains("2027") && l.Contains("provisional calendar"));
    }

    [Fact]
    public async Task Before_new_years_day_in_december_2026_warns_about_2027_not_2026()
    {
        var card = await PreviewOnAsync("请县商务局于元旦前完成节日市场保供方案。", "2026-12-10");
        Assert.Contains("2026-12-31", card);
        Assert.Contains("临时日历：2027年", card);
        Assert.DoesNotContain("2026年的", card);
    }
}
