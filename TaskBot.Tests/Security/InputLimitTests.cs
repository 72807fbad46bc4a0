using System.Net;
using System.Text;
using TaskBot.Tests.EndToEnd;
using static TaskBot.Tests.EndToEnd.People;

namespace TaskBot.Tests.Security;

/// <summary>Issue 11, point 7: an oversized chunked body gets 413; a nonsense timestamp is refused, not turned into a deadline.</summary>
public sealed class InputLimitTests : IAsyncLifetime
{
    private BotUnderTest bot = null!;
    public async Task InitializeAsync() { bot = await BotUnderTest.StartAsync(); await Flow.InstallEveryoneAsync(bot); }
    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task A_one_megabyte_body_sent_chunked_without_a_length_gets_413()
    {
        var a = bot.Activity(Leader, "message");
        a["text"] = new string('督', 1_000_000 / 3 + 10);
        var bytes = Encoding.UTF8.GetBytes(a.ToJsonString());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StreamContent(new MemoryStream(bytes)) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;
        var response = await bot.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("timestamp", "0001-01-01T00:00:00Z")]
    [InlineData("localTimestamp", "0001-01-02T00:00:00+08:00")]
    [InlineData("timestamp", "9999-12-31T00:00:00Z")]
    public async Task A_directive_with_a_nonsense_timestamp_is_refused_and_gets_no_preview(string field, string value)
    {
        var a = bot.Activity(Leader, "message");
        a["text"] = "请县发改局牵头，一个月内完成项目资金方案。";
        a.Remove("localTimestamp");
        a[field] = value;
        var before = bot.Connector.Calls.Count;
        var response = await bot.PostAsync(a);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("out of range", await response.Content.ReadAsStringAsync());
        await Task.Delay(100);
        Assert.Equal(before, bot.Connector.Calls.Count);
    }
}
