using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.Directory;
using TaskBot.Scheduling;
using TaskBot.Storage;
using TaskBot.Tests.EndToEnd;
using Xunit.Abstractions;

namespace TaskBot.Tests.Scheduling;

/// <summary>
/// The real executable, killed while its sweep is sending 500 overdue reminders, then started again on the same
/// database: every reminder arrives, counted at the fake connector by task. A message the connector had already
/// taken when the process died, before the process could record it, may come again after its claim's lease: those
/// are counted, reported, and bounded by what can be in flight at once.
/// </summary>
public sealed partial class ProcessRestartTests(ITestOutputHelper output)
{
    const int Units = 50, Tasks = 500;

    [Fact]
    public async Task Killing_the_app_mid_sweep_and_starting_it_again_delivers_all_500_reminders()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("taskbot-restart-").FullName;
        var db = Path.Combine(folder, "taskbot.db");
        await using var connector = await FakeConnector.StartAsync();
        connector.Delay = TimeSpan.FromMilliseconds(10);
        await SeedAsync(db, connector.ServiceUrl);

        var log1 = Path.Combine(folder, "first.log");
        using (var first = Start(db, log1))
        {
            var sw = Stopwatch.StartNew();
            while (Delivered(connector).Count < 200 && sw.Elapsed < TimeSpan.FromSeconds(30) && !first.HasExited) await Task.Delay(10);
            var reached = Delivered(connector).Count;
            if (!first.HasExited) first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
            Assert.True(reached >= 200, $"the first life delivered {reached} (calls {connector.Calls.Count}); its log:\n" + Tail(log1));
        }
        await Task.Delay(300);   // requests the dead process had started are finished by the connector
        var beforeKill = Delivered(connector);
        output.WriteLine($"delivered before the kill: {beforeKill.Count} reminders ({beforeKill.Sum(kv => kv.Value)} messages)");
        Assert.InRange(beforeKill.Count, 200, Tasks - 1);   // the kill really came in the middle

        var log2 = Path.Combine(folder, "second.log");
        using (var second = Start(db, log2))
        {
            var sw = Stopwatch.StartNew();
            while (Delivered(connector).Count < Tasks && sw.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(50);
            await Task.Delay(TimeSpan.FromSeconds(4));   // a few more sweeps: nothing else may come
            if (!second.HasExited) second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync();
        }
        var delivered = Delivered(connector);
        var twice = delivered.Where(kv => kv.Value > 1).ToList();
        output.WriteLine($"delivered in all: {delivered.Count} reminders, {delivered.Sum(kv => kv.Value)} messages; twice: {twice.Count}");
        Assert.True(delivered.Count == Tasks, $"delivered {delivered.Count}; second life's log:\n" + Tail(log2));
        // Only what was in flight when the process died can repeat: at most a sweep's concurrency.
        Assert.InRange(twice.Count, 0, 64);
        Assert.All(twice, kv => Assert.Equal(2, kv.Value));
        Assert.All(twice, kv => Assert.True(beforeKill.ContainsKey(kv.Key), $"{kv.Key} repeated but was not delivered before the kill"));
        try { System.IO.Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    static string Tail(string path) => File.Exists(path) ? string.Join("\n", File.ReadLines(path).TakeLast(30)) : "(no log)";

    /// <summary>Overdue nudges per task, as the connector saw them: task id → messages.</summary>
    static Dictionary<string, int> Delivered(FakeConnector connector) => connector.Calls
        .Where(c => c.ConversationId.StartsWith("a:personal-c") && c.CardJson.Contains("逾期提醒"))
        .Select(c => TaskIdPattern().Match(c.CardJson).Value)
        .GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());

    [GeneratedRegex(@"DB-\d{4}-\d{6}")] private static partial Regex TaskIdPattern();

    /// <summary>50 units with a chief each, whose Teams chats the bot knows, and 500 tasks overdue by a day.</summary>
    static async Task SeedAsync(string db, string serviceUrl)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TaskBot:Storage:Provider"] = "Sqlite",
            ["TaskBot:Storage:Sqlite:Path"] = db,
            ["TaskBot:Reminders:Enabled"] = "false",
            ["TaskBot:Reminders:WorkingHours"] = "00:00-24:00",
            ["TaskBot:Reminders:WorkingDaysOnly"] = "false",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(config);
        services.AddTaskBotStorage(config);
        services.AddTaskBotReminders(config);
        await using var sp = services.BuildServiceProvider();
        var store = sp.GetRequiredService<IStore>();
        var planner = sp.GetRequiredService<TaskBot.Reminders.ReminderPlanner>();   // as the dispatcher plans its tasks
        var leader = new Person("aad-leader", "王县长", null, PersonRole.Leader);
        var units = Enumerable.Range(1, Units).Select(i => new Unit($"测试单位{i:D2}局", [])).ToList();
        var chiefs = Enumerable.Range(1, Units).Select(i => new Person($"aad-c{i:D2}", $"局长{i:D2}", $"测试单位{i:D2}局", PersonRole.Chief)).ToList();
        await store.ImportDirectoryAsync(new UnitDirectory(units, [leader, .. chiefs]), CancellationToken.None);
        foreach (var chief in chiefs)
            await store.SaveConversationReferenceAsync($"user:{chief.AadObjectId}", $$"""
                {"user":{"id":"29:{{chief.AadObjectId}}","aadObjectId":"{{chief.AadObjectId}}"},"bot":{"id":"28:taskbot","name":"督办助手"},"conversation":{"id":"a:personal-{{chief.AadObjectId[4..]}}","conversationType":"personal","tenantId":"t"},"channelId":"msteams","serviceUrl":"{{serviceUrl}}"}
                """, CancellationToken.None);
        var yesterday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime).AddDays(-1);
        for (var batch = 0; batch < Tasks; batch += 100)
        {
            var drafts = Enumerable.Range(batch, 100).Select(i => TaskBot.Tests.Tasks.TestData.NewDraft($"测试单位{i % Units + 1:D2}局", [], yesterday) with { Supervisor = null }).ToList();
            var created = await store.CreateTasksAsync(planner.Plan(drafts, leader), leader, CancellationToken.None);
            Assert.True(created.Succeeded, created.Error?.Message);
            await planner.CreatedAsync(created, CancellationToken.None);
        }
    }

    static Process Start(string db, string log)
    {
        var psi = new ProcessStartInfo("bash", ["-c", $"exec dotnet \"{Path.Combine(AppContext.BaseDirectory, "TaskBot.dll")}\" --urls http://127.0.0.1:0 > \"{log}\" 2>&1"])
        {
            WorkingDirectory = Path.GetTempPath(),
        };
        psi.Environment["TaskBot__Storage__Sqlite__Path"] = db;
        psi.Environment["TaskBot__Reminders__SweepInterval"] = "00:00:01";
        psi.Environment["TaskBot__Reminders__WorkingHours"] = "00:00-24:00";
        psi.Environment["TaskBot__Reminders__WorkingDaysOnly"] = "false";
        psi.Environment["TaskBot__Outbox__ClaimLease"] = "00:00:03";
        psi.Environment["Logging__LogLevel__Default"] = "Information";
        return Process.Start(psi)!;
    }
}
