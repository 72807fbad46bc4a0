using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TaskBot.Delivery;
using TaskBot.Hosting;
using TaskBot.Tests.EndToEnd;
using static TaskBot.Tests.EndToEnd.People;

namespace TaskBot.Tests.Hosting;

/// <summary>Graceful shutdown: a proactive send that has begun (through the one transport) reaches the person even
/// while the host stops.</summary>
public sealed class ShutdownTests
{
    private static readonly NudgeMessage Message = new("test/1", "新督办任务", "请签收", null);
    private static readonly string Chief = ConversationKeys.Person(FagaiChief.AadObjectId);

    [Fact]
    public async Task Stopping_the_host_waits_for_a_send_in_flight_and_the_send_arrives()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.InstallAsync(FagaiChief);
        bot.Connector.Delay = TimeSpan.FromSeconds(1);
        var transport = bot.App.Services.GetRequiredService<INudgeTransport>();
        var mark = bot.Connector.Calls.Count;

        var send = transport.SendAsync(Chief, Message, CancellationToken.None);
        await bot.Connector.WaitForAsync(c => c.Text == "请签收", "the send", mark);
        var stop = bot.App.StopAsync();

        Assert.True((await send).Succeeded);
        await stop;
        Assert.True(send.IsCompleted);
        Assert.Contains(bot.Logs, l => l.Contains("waiting for 1 sends in flight"));
    }

    [Fact]
    public async Task A_send_that_has_begun_finishes_even_when_its_caller_is_cancelled()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.InstallAsync(FagaiChief);
        bot.Connector.Delay = TimeSpan.FromMilliseconds(500);
        var transport = bot.App.Services.GetRequiredService<INudgeTransport>();
        using var caller = new CancellationTokenSource();
        var mark = bot.Connector.Calls.Count;

        var send = transport.SendAsync(Chief, Message, caller.Token);
        await bot.Connector.WaitForAsync(c => c.Text == "请签收", "the send", mark);
        await caller.CancelAsync();
        Assert.True((await send).Succeeded);

        // A caller already cancelled starts nothing.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => transport.SendAsync(Chief, Message, caller.Token));
    }

    [Fact]
    public async Task The_shutdown_timeout_is_30_seconds_unless_configured()
    {
        await using var bot = await BotUnderTest.StartAsync();
        Assert.Equal(TimeSpan.FromSeconds(30), bot.App.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
        await using var other = await BotUnderTest.StartAsync(new Dictionary<string, string?> { ["TaskBot:ShutdownTimeoutSeconds"] = "45" });
        Assert.Equal(TimeSpan.FromSeconds(45), other.App.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    [Fact]
    public async Task When_the_shutdown_timeout_runs_out_the_sends_left_are_abandoned()
    {
        var sends = new InFlightSends(Microsoft.Extensions.Logging.Abstractions.NullLogger<InFlightSends>.Instance);
        var lease = sends.Enter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await sends.StopAsync(timeout.Token);
        Assert.True(lease.Token.IsCancellationRequested);
        lease.Dispose();
        Assert.Equal(0, sends.Count);
    }
}
