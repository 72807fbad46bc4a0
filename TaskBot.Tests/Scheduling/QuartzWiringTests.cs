using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TaskBot.Delivery;
using TaskBot.Scheduling;
using TaskBot.Storage;
using TaskBot.Tests.Reminders;
using TaskBot.Tests.Storage;
using TaskBot.Tests.Tasks;

namespace TaskBot.Tests.Scheduling;

/// <summary>The registration as Program.cs does it, on the real clock: Quartz runs the sweep, the store plans.</summary>
public class QuartzWiringTests
{
    [Fact]
    public async Task With_a_short_sweep_and_all_day_hours_a_task_created_overdue_reaches_the_chief_within_seconds_once()
    {
        using var folder = new TempFolder();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TaskBot:Storage:Sqlite:Path"] = folder.File("taskbot.db"),
            ["TaskBot:Reminders:SweepInterval"] = "00:00:01",
            ["TaskBot:Reminders:WorkingHours"] = "00:00-24:00",
            ["TaskBot:Reminders:WorkingDaysOnly"] = "false",
            ["Quartz:quartz.scheduler.instanceName"] = "TaskBotTest",
        });
        var transport = new RecordingTransport(TimeProvider.System);
        builder.Services.AddSingleton<INudgeTransport>(transport);
        builder.Services.AddTaskBotStorage(builder.Configuration);
        builder.Services.AddTaskBotReminders(builder.Configuration);
        using var host = builder.Build();
        var store = host.Services.GetRequiredService<IStore>();
        await store.ImportDirectoryAsync(TestData.County, CancellationToken.None);
        await host.StartAsync();
        try
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TaskBot.Reminders.SendingCalendar.Zone).DateTime);
            // As the dispatcher creates tasks: planned before the write.
            var planner = host.Services.GetRequiredService<TaskBot.Reminders.ReminderPlanner>();
            var created = await store.CreateTasksAsync(planner.Plan([TestData.NewDraft(coLeads: [], deadline: today.AddDays(-3))], TestData.Leader),
                TestData.Leader, CancellationToken.None);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (!transport.Received.Any(d => d.Recipient == "aad-gx") && clock.Elapsed < TimeSpan.FromSeconds(15))
                await Task.Delay(100);
            var arrivedAfter = clock.Elapsed;
            await Task.Delay(TimeSpan.FromSeconds(3));     // three more sweeps

            var chief = transport.Received.Where(d => d.Recipient == "aad-gx").ToList();
            var nudge = Assert.Single(chief);
            Assert.Equal("Overdue", nudge.Kind);
            Assert.StartsWith($"逾期提醒：{created.Tasks[0].Id}", nudge.Message.Summary);
            Assert.True(arrivedAfter < TimeSpan.FromSeconds(5), $"took {arrivedAfter}");
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
