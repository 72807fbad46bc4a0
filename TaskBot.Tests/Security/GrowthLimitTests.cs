using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TaskBot.Assignments;
using TaskBot.Tests.EndToEnd;
using static TaskBot.Tests.EndToEnd.People;

namespace TaskBot.Tests.Security;

/// <summary>Issue 11, point 8: directives per person are limited with a polite reply, and unconfirmed previews expire.</summary>
public sealed class GrowthLimitTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero));
    private BotUnderTest bot = null!;
    public async Task InitializeAsync()
    {
        bot = await BotUnderTest.StartAsync(new Dictionary<string, string?> { ["TaskBot:Directives:MaxPerMinute"] = "5" },
            b => b.Services.AddSingleton<TimeProvider>(time));
        await Flow.InstallEveryoneAsync(bot);
    }
    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task More_directives_than_the_limit_in_a_minute_get_a_polite_chinese_reply_and_no_preview()
    {
        for (var i = 0; i < 5; i++) await Flow.PreviewAsync(bot, $"请县发改局牵头，于4月{i + 10}日前报送第{i}批项目清单。");
        var before = bot.Connector.Calls.Count;
        Assert.Equal(HttpStatusCode.OK, (await bot.SayAsync(Leader, "请县发改局牵头，于4月20日前报送第六批项目清单。")).StatusCode);
        var reply = await bot.Connector.WaitForAsync(c => c.ConversationId == Leader.PersonalConversation, "the reply", before);
        Assert.Contains("请稍等一分钟再发送", reply.Text);
        Assert.Null(reply.Card);

        // Commands still work, and a minute later directives do too.
        before = bot.Connector.Calls.Count;
        await bot.SayAsync(Leader, "帮助");
        await bot.Connector.WaitForAsync(c => c.ConversationId == Leader.PersonalConversation && c.Card is not null, "help", before);
        time.Advance(TimeSpan.FromSeconds(61));
        await Flow.PreviewAsync(bot, "请县发改局牵头，于4月21日前报送第七批项目清单。");
    }

    [Fact]
    public async Task An_unconfirmed_preview_expires_after_seven_days_and_is_deleted()
    {
        var preview = await Flow.PreviewAsync(bot);
        time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var (_, card) = await bot.ClickAsync(Leader, preview, "dispatch");
        Assert.Contains("预览已失效", Flow.Json(card));
        Assert.Empty(await bot.Store.ListByPersonAsync(Leader.AadObjectId, 10, default));

        // The hourly sweep deletes it from the store (the fake clock's advance has run it; one more call is harmless).
        var id = CardClient.Submit(preview, "dispatch").Data["previewId"]!.GetValue<string>();
        var documents = bot.App.Services.GetRequiredService<TaskBot.Storage.IDocumentStore>();
        await bot.App.Services.GetRequiredService<PreviewStore>().DeleteExpiredAsync(default);
        Assert.Null(await documents.GetDocumentAsync("preview", id, default));
    }
}
