using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TaskBot.Tests.Storage;
using Xunit.Abstractions;

namespace TaskBot.Tests.EndToEnd;

/// <summary>
/// The outbound pipeline seen from outside: the real executable over HTTP, a stand-in Bot Connector, and SIGKILL.
/// What is counted is what the connector received: assignment cards per unit, and the leader's answer.
/// </summary>
[CollectionDefinition(nameof(OutboxProcessTests), DisableParallelization = true)]
public sealed class OutboxProcessCollection;

/// <remarks>Alone, not beside other test classes: the figures are timings on a shared 2-core machine.</remarks>
[Collection(nameof(OutboxProcessTests))]
public sealed partial class OutboxProcessTests(ITestOutputHelper output, AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    static readonly string[] UnitNames = ["县发改局", "县财政局", "县工信局", "县水利局", "县卫健委", "县教育局", "县民政局", "县交通局", "县商务局", "县住建局"];
    static readonly string[] Works = ["重点项目资金筹措方案", "专项债项目梳理", "企业技改摸底报告", "防汛物资清点", "疫苗接种统计",
        "校舍安全排查", "低保对象复核", "农村公路养护计划", "消费券发放总结", "老旧小区改造清单"];
    static readonly TeamsUser Leader = new("王建国", "aad-leader", "县政府办公室");
    static readonly TeamsUser[] Chiefs = UnitNames.Select((u, i) => new TeamsUser($"局长{i + 1:D2}", $"aad-u{i + 1:D2}", u)).ToArray();

    /// <summary>10 units with one chief each; a unit of <paramref name="silent"/> has a chief who never installed the app.</summary>
    static string DirectoryCsv() => "unit,aliases,person,aad_object_id,role\n县政府办公室,县府办,王建国,aad-leader,leader\n县委督查室,督查室,赵敏,aad-office,office\n"
        + string.Concat(Chiefs.Select(c => $"{c.Unit},,{c.Name},{c.AadObjectId},chief\n"));

    /// <summary>One task per item, each unit leading <paramref name="count"/>/10 of them.</summary>
    static string Directive(int count) => string.Concat(Enumerable.Range(0, count).Select(i =>
        $"{i + 1}. 请{UnitNames[i % 10]}牵头，于12月31日前完成{Works[i % 10]}（第{i + 1}项）。\n"));

    sealed record Rig(string Folder, FakeConnector Connector, Dictionary<string, string> Settings) : IAsyncDisposable
    {
        public string Log(string name) => Path.Combine(Folder, name + ".log");
        public async ValueTask DisposeAsync()
        {
            await Connector.DisposeAsync();
            if (Environment.GetEnvironmentVariable("TASKBOT_KEEP_TEST_FOLDERS") is null)
                try { System.IO.Directory.Delete(Folder, recursive: true); } catch (IOException) { }
        }
    }

    static async Task<Rig> RigAsync(string? azurite = null)
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("taskbot-outbox-").FullName;
        var csv = Path.Combine(folder, "directory.csv");
        await File.WriteAllTextAsync(csv, DirectoryCsv(), Encoding.UTF8);
        var settings = new Dictionary<string, string>
        {
            ["TaskBot__Directory__SeedFile"] = csv,
            ["TaskBot__Storage__Sqlite__Path"] = Path.Combine(folder, "taskbot.db"),
        };
        if (azurite is not null)
        {
            settings["TaskBot__Storage__Provider"] = "AzureTables";
            settings["TaskBot__Storage__AzureTables__ConnectionString"] = azurite;
            settings["TaskBot__Storage__AzureTables__TablePrefix"] = "Obx" + Guid.NewGuid().ToString("N")[..10];
        }
        return new Rig(folder, await FakeConnector.StartAsync(), settings);
    }

    /// <summary>Everyone installs the app, the leader sends the directive; the preview card and its message id.</summary>
    static async Task<(JsonObject Card, string MessageId)> PreviewAsync(ProcessUnderTest bot, FakeConnector connector, int tasks)
    {
        await bot.InstallAsync(Leader);
        foreach (var chief in Chiefs) await bot.InstallAsync(chief);
        var mark = connector.Calls.Count;
        await bot.SayAsync(Leader, Directive(tasks));
        var preview = await connector.WaitForAsync(c => c.ConversationId == Leader.PersonalConversation && c.CardJson.Contains("督办事项预览"), "the preview", mark);
        return (preview.Card!, preview.ReturnedId!);
    }

    /// <summary>Assignment cards per unit, as the connector received them.</summary>
    static Dictionary<string, int> CardsByUnit(FakeConnector connector) => connector.Calls
        .Where(c => c.Method == "POST" && c.ConversationId.StartsWith("a:personal-aad-u") && c.CardJson.Contains("交办新任务"))
        .GroupBy(c => c.ConversationId).ToDictionary(g => g.Key, g => g.Count());

    static int Cards(FakeConnector connector) => CardsByUnit(connector).Values.Sum();

    static ConnectorCall? LeaderAnswer(FakeConnector connector, string messageId, string contains) => connector.Calls.LastOrDefault(c =>
        c.Method == "PUT" && c.ConversationId == Leader.PersonalConversation && c.ActivityId == messageId && c.CardJson.Contains(contains));

    static async Task<bool> Until(Func<bool> done, TimeSpan within)
    {
        var sw = Stopwatch.StartNew();
        while (!done() && sw.Elapsed < within) await Task.Delay(50);
        return done();
    }

    /// <summary>The issue's own run: 10 tasks, a connector answering in 0.4 s, SIGKILL 1.5 s after 确认交办 was answered.</summary>
    [Fact]
    public async Task Killed_1_5_seconds_after_the_confirm_and_restarted_on_the_same_database_every_unit_gets_its_card_and_a_second_confirm_sends_nothing() =>
        await KillAndRestartAsync(null, tasks: 10, killAfterCards: null, maxDuplicates: 2);

    [Fact]
    public async Task On_azure_tables_killed_1_5_seconds_after_the_confirm_and_restarted_every_unit_gets_its_card_and_a_second_confirm_sends_nothing() =>
        await KillAndRestartAsync(azurite.Require(), tasks: 10, killAfterCards: null, maxDuplicates: 2);

    /// <summary>SIGKILL in the middle of the burst (3 cards per unit, 12 of 30 at the connector): only what was in
    /// flight at the kill may come twice.</summary>
    [Fact]
    public async Task Killed_in_the_middle_of_the_sends_only_what_was_in_flight_comes_twice_and_every_card_arrives() =>
        await KillAndRestartAsync(null, tasks: 30, killAfterCards: 12, maxDuplicates: 2);

    async Task KillAndRestartAsync(string? azurite, int tasks, int? killAfterCards, int? maxDuplicates)
    {
        await using var rig = await RigAsync(azurite);
        rig.Connector.Delay = TimeSpan.FromMilliseconds(400);
        JsonObject preview;
        string messageId;
        int atKill, inFlight;
        using (var first = await ProcessUnderTest.StartAsync(rig.Log("first"), rig.Connector.ServiceUrl, rig.Settings))
        {
            (preview, messageId) = await PreviewAsync(first, rig.Connector, tasks);
            var sw = Stopwatch.StartNew();
            var answer = Flow.Json(await first.ClickAsync(Leader, preview, "dispatch", messageId));
            output.WriteLine($"确认交办 answered in {sw.ElapsedMilliseconds} ms");
            Assert.Contains($"已交办 {tasks} 项；正在通知 10 个单位", answer);
            if (killAfterCards is { } n)
                Assert.True(await Until(() => Cards(rig.Connector) >= n, TimeSpan.FromSeconds(20)), "too few cards before the kill; log:\n" + ProcessUnderTest.Tail(rig.Log("first")));
            else
                await Task.Delay(TimeSpan.FromSeconds(1.5));
            var killedAt = DateTime.UtcNow;
            first.Kill();
            atKill = Cards(rig.Connector);
            // What the connector took shortly before the kill: the last round trip, and the time the process needs to
            // record a send (a store write; on Azurite up to about a second): it may not have recorded those.
            inFlight = rig.Connector.Calls.Count(c => c.Method == "POST" && c.CardJson.Contains("交办新任务") && c.At > killedAt - rig.Connector.Delay - TimeSpan.FromSeconds(1));
        }
        output.WriteLine($"cards at the kill: {atKill} of {tasks}, of which in flight: {inFlight}");
        if (killAfterCards is not null) Assert.InRange(atKill, killAfterCards.Value, tasks - 1);   // the kill came during the sends

        using var second = await ProcessUnderTest.StartAsync(rig.Log("second"), rig.Connector.ServiceUrl, rig.Settings);
        var restart = Stopwatch.StartNew();
        var all = await Until(() => Cards(rig.Connector) - Duplicates(rig.Connector) >= tasks && CardsByUnit(rig.Connector).Count == 10, TimeSpan.FromSeconds(60));
        output.WriteLine($"every unit had its cards {restart.Elapsed.TotalSeconds:F1} s after the restart");
        Assert.True(all, $"cards: {Cards(rig.Connector)}, units with a card: {CardsByUnit(rig.Connector).Count}; log:\n" + ProcessUnderTest.Tail(rig.Log("second")));
        // The leader's answer, in the same message, ends with the true count.
        Assert.True(await Until(() => LeaderAnswer(rig.Connector, messageId, $"已交办 {tasks} 项；已送达 10 个单位") is not null, TimeSpan.FromSeconds(30)),
            "the leader's answer was never updated to 已送达 10 个单位");

        await Task.Delay(TimeSpan.FromSeconds(2));
        var duplicates = Duplicates(rig.Connector);
        output.WriteLine($"cards: {Cards(rig.Connector)} for {tasks} tasks; duplicates: {duplicates}");
        Assert.True(duplicates <= inFlight, $"{duplicates} duplicates, {inFlight} in flight at the kill");
        if (maxDuplicates is { } max) Assert.InRange(duplicates, 0, max);

        // 确认交办 again after the restart: the same answer, no card sent.
        var before = Cards(rig.Connector);
        var again = Flow.Json(await second.ClickAsync(Leader, preview, "dispatch", messageId));
        Assert.Contains($"已交办 {tasks} 项；已送达 10 个单位", again);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(before, Cards(rig.Connector));
    }

    /// <summary>Cards the connector received more than once (the same task, to the same chief).</summary>
    static int Duplicates(FakeConnector connector) => connector.Calls
        .Where(c => c.Method == "POST" && c.ConversationId.StartsWith("a:personal-aad-u") && c.CardJson.Contains("交办新任务"))
        .GroupBy(c => (c.ConversationId, TaskIdPattern().Match(c.CardJson).Value)).Sum(g => g.Count() - 1);

    [GeneratedRegex(@"DB-\d{4}-\d{6}")] private static partial Regex TaskIdPattern();

    [Fact]
    public async Task Confirming_100_tasks_is_answered_within_a_second_and_every_card_arrives_within_30_seconds()
    {
        await using var rig = await RigAsync();
        rig.Connector.Delay = TimeSpan.FromMilliseconds(300);
        using var bot = await ProcessUnderTest.StartAsync(rig.Log("bot"), rig.Connector.ServiceUrl, rig.Settings);
        var (preview, messageId) = await PreviewAsync(bot, rig.Connector, 100);
        Assert.Contains("识别到 100 项任务", Flow.Json(preview));   // a 100-item preview comes in pages

        var sw = Stopwatch.StartNew();
        var answer = Flow.Json(await bot.ClickAsync(Leader, preview, "dispatch", messageId));
        var clicked = sw.Elapsed;
        output.WriteLine($"确认交办 on 100 tasks answered in {clicked.TotalMilliseconds:F0} ms");
        Assert.Contains("已交办 100 项；正在通知 10 个单位", answer);
        Assert.True(clicked < TimeSpan.FromSeconds(1), $"answered after {clicked.TotalMilliseconds:F0} ms");

        var delivered = await Until(() => Cards(rig.Connector) >= 100, TimeSpan.FromSeconds(30));
        output.WriteLine($"{Cards(rig.Connector)} cards delivered {sw.Elapsed.TotalSeconds:F1} s after the click");
        Assert.True(delivered, $"{Cards(rig.Connector)} cards after 30 s; log:\n" + ProcessUnderTest.Tail(rig.Log("bot")));
        Assert.True(await Until(() => LeaderAnswer(rig.Connector, messageId, "已交办 100 项；已送达 10 个单位") is not null, TimeSpan.FromSeconds(10)),
            "the leader's answer never ended with the true count");
        Assert.All(CardsByUnit(rig.Connector).Values, n => Assert.Equal(10, n));
    }

    /// <summary>Two instances, a fast connector (50 ms) and many requests allowed on the wire, so that each instance alone
    /// could fill Teams' limits: together they still keep to them, because only one sends at a time.</summary>
    [Fact]
    public async Task Two_instances_on_one_database_deliver_200_cards_each_exactly_once_within_teams_limits()
    {
        await using var rig = await RigAsync();
        rig.Connector.Delay = TimeSpan.FromMilliseconds(50);
        rig.Settings["TaskBot__Reminders__Delivery__MaxOnTheWire"] = "16";   // each instance alone could send 320/s
        using var first = await ProcessUnderTest.StartAsync(rig.Log("first"), rig.Connector.ServiceUrl, rig.Settings);
        using var second = await ProcessUnderTest.StartAsync(rig.Log("second"), rig.Connector.ServiceUrl, rig.Settings);
        var (preview, messageId) = await PreviewAsync(first, rig.Connector, 200);
        var mark = rig.Connector.Calls.Count;

        var sw = Stopwatch.StartNew();
        var answer = Flow.Json(await first.ClickAsync(Leader, preview, "dispatch", messageId));
        Assert.Contains("已交办 200 项；正在通知 10 个单位", answer);
        var delivered = await Until(() => Cards(rig.Connector) >= 200, TimeSpan.FromSeconds(60));
        output.WriteLine($"{Cards(rig.Connector)} cards {sw.Elapsed.TotalSeconds:F1} s after the click");
        Assert.True(delivered, $"{Cards(rig.Connector)} cards; log:\n" + ProcessUnderTest.Tail(rig.Log("second")));
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(0, Duplicates(rig.Connector));
        Assert.All(CardsByUnit(rig.Connector).Values, n => Assert.Equal(20, n));
        Assert.True(await Until(() => LeaderAnswer(rig.Connector, messageId, "已交办 200 项；已送达 10 个单位") is not null, TimeSpan.FromSeconds(10)));

        // Every request the connector received after the click, as Teams would count them.
        var epoch = rig.Connector.Calls[0].At.Ticks;
        var (perConversation, global) = TaskBot.Tests.Reminders.DeliveryFaultTests.MaxInWindow(rig.Connector.Calls.Skip(mark)
            .Select(c => ((c.At.Ticks - epoch) * Stopwatch.Frequency / TimeSpan.TicksPerSecond, c.ConversationId)), TimeSpan.FromSeconds(1));
        output.WriteLine($"most requests in any second: {perConversation} to one conversation, {global} in all");
        Assert.InRange(perConversation, 1, 7);
        Assert.InRange(global, 1, 50);
    }

    [Fact]
    public async Task With_30_percent_of_sends_failing_every_card_arrives_once_and_the_leaders_answer_ends_correct()
    {
        await using var rig = await RigAsync();
        rig.Settings["TaskBot__Reminders__Delivery__AttemptTimeout"] = "00:00:02";
        rig.Connector.HangFor = TimeSpan.FromSeconds(4);
        using var bot = await ProcessUnderTest.StartAsync(rig.Log("bot"), rig.Connector.ServiceUrl, rig.Settings);
        var (preview, messageId) = await PreviewAsync(bot, rig.Connector, 30);
        rig.Connector.FailureRate = 0.3;

        var answer = Flow.Json(await bot.ClickAsync(Leader, preview, "dispatch", messageId));
        Assert.Contains("已交办 30 项；正在通知 10 个单位", answer);
        var sw = Stopwatch.StartNew();
        var delivered = await Until(() => Cards(rig.Connector) >= 30, TimeSpan.FromSeconds(90));
        output.WriteLine($"{Cards(rig.Connector)} cards in {sw.Elapsed.TotalSeconds:F1} s with {rig.Connector.Failures} failed posts");
        Assert.True(delivered, $"{Cards(rig.Connector)} cards; log:\n" + ProcessUnderTest.Tail(rig.Log("bot")));
        Assert.True(rig.Connector.Failures > 0);
        Assert.True(await Until(() => LeaderAnswer(rig.Connector, messageId, "已交办 30 项；已送达 10 个单位") is not null, TimeSpan.FromSeconds(30)),
            "the leader's answer never ended with the true count");
        Assert.All(CardsByUnit(rig.Connector).Values, n => Assert.Equal(3, n));
    }
}
