using System.Net;
using System.Net.Sockets;
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
        var body = Encoding.UTF8.GetBytes(a.ToJsonString());

        // A raw socket, not HttpClient: the server answers 413 and closes while the client is still
        // sending, and HttpClient (HTTP/1.1, no Expect) reports the reset of its write instead of the
        // answer. A real client reads the answer alongside its writes, so the test does the same.
        var address = bot.Http.BaseAddress!;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        var head = $"POST /api/messages HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var statusLine = ReadStatusLineAsync(stream);
        var writing = Task.Run(async () =>
        {
            try
            {
                for (var at = 0; at < body.Length && !statusLine.IsCompleted; at += 16 * 1024)
                {
                    var length = Math.Min(16 * 1024, body.Length - at);
                    await stream.WriteAsync(Encoding.ASCII.GetBytes($"{length:x}\r\n"));
                    await stream.WriteAsync(body.AsMemory(at, length));
                    await stream.WriteAsync("\r\n"u8.ToArray());
                }
                if (!statusLine.IsCompleted) await stream.WriteAsync("0\r\n\r\n"u8.ToArray());
            }
            catch (IOException) { } // the server may close before the body ends; its answer is what counts
        });
        var status = await statusLine.WaitAsync(TimeSpan.FromSeconds(30));
        await writing;
        Assert.StartsWith("HTTP/1.1 413", status);
    }

    private static async Task<string> ReadStatusLineAsync(NetworkStream stream)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (await stream.ReadAsync(one) == 1 && one[0] != (byte)'\n') line.Append((char)one[0]);
        return line.ToString().TrimEnd('\r');
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
