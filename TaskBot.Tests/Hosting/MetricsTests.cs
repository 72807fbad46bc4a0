using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.Observability;
using TaskBot.Tests.EndToEnd;
using static TaskBot.Tests.EndToEnd.People;

namespace TaskBot.Tests.Hosting;

/// <summary>The bot's metrics, as a MeterListener (what OpenTelemetry's reader uses) sees them over a real flow.</summary>
public sealed class MetricsTests : IAsyncLifetime
{
    private BotUnderTest bot = null!;
    private MeterListener listener = null!;
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> measurements = new();

    public async Task InitializeAsync()
    {
        bot = await BotUnderTest.StartAsync();
        var meter = bot.App.Services.GetRequiredService<TaskBotMetrics>().Meter;
        listener = new MeterListener
        {
            // This app's meter only: other tests' apps run in the same process.
            InstrumentPublished = (instrument, l) => { if (instrument.Meter == meter) l.EnableMeasurementEvents(instrument); },
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        listener.Start();
        await Flow.InstallEveryoneAsync(bot);
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));

    public async Task DisposeAsync()
    {
        listener.Dispose();
        await bot.DisposeAsync();
    }

    private double Sum(string instrument) => measurements.Where(m => m.Instrument == instrument).Sum(m => m.Value);

    [Fact]
    public async Task A_directive_counts_as_parsed_its_dispatch_counts_the_tasks_and_every_turn_records_its_latency()
    {
        var preview = await Flow.PreviewAsync(bot, "一、请县发改局牵头，于4月15日前报送项目清单。二、请县财政局于4月30日前完成资金测算。");
        Assert.Equal(1, Sum("taskbot.directives.parsed"));
        Assert.Equal(0, Sum("taskbot.tasks.created"));
        Assert.Contains(measurements, m => m.Instrument == "taskbot.directives.parsed" && (string?)m.Tags["source"] == "chat");

        var (_, ids) = await Flow.ConfirmAsync(bot, preview);
        Assert.Equal(2, ids.Count);
        Assert.Equal(2, Sum("taskbot.tasks.created"));
        // A second click is the same dispatch: nothing more is counted.
        await bot.ClickAsync(Leader, preview, "dispatch");
        Assert.Equal(2, Sum("taskbot.tasks.created"));

        var turns = measurements.Where(m => m.Instrument == "taskbot.turn.duration").ToList();
        Assert.Contains(turns, t => (string?)t.Tags["activity.type"] == "message" && (string?)t.Tags["outcome"] == "ok");
        Assert.Contains(turns, t => (string?)t.Tags["activity.type"] == "invoke");
        Assert.All(turns, t => Assert.True(t.Value > 0));
    }

    [Fact]
    public async Task A_message_without_a_directive_is_not_counted()
    {
        await bot.SayAsync(Leader, "大家辛苦了");
        await bot.Connector.WaitForAsync(c => c.ConversationId == Leader.PersonalConversation && c.Text?.Contains("帮助") == true, "the help line");
        Assert.Equal(0, Sum("taskbot.directives.parsed"));
    }

    [Fact]
    public void Reminder_counters_are_there_for_the_scheduler_to_use()
    {
        var metrics = bot.App.Services.GetRequiredService<TaskBotMetrics>();
        metrics.ReminderSent();
        metrics.ReminderFailed("no_conversation");
        Assert.Equal(1, Sum("taskbot.reminders.sent"));
        Assert.Equal("no_conversation", Assert.Single(measurements, m => m.Instrument == "taskbot.reminders.failed").Tags["reason"]);
    }
}
