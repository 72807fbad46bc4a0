using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using TaskBot.Tests.Import;
using TaskBot.Tests.Shipping;
using static TaskBot.Tests.EndToEnd.People;

namespace TaskBot.Tests.EndToEnd;

/// <summary>
/// A 300-row table over HTTP: the preview within 3 s, one 确认交办, and all 600 assignment cards (one lead and one
/// co-lead per row, over 60 units that each installed the app) delivered by the outbox within Teams' limits. The
/// figures are appended to artifacts/import-300.txt.
/// </summary>
public sealed class TableImportScaleTests : IAsyncLifetime
{
    const int Units = 60, Rows = 300;
    private BotUnderTest bot = null!;
    private string folder = null!;
    static TeamsUser Chief(int n) => new($"局长{n:D2}", $"aad-scale-{n:D2}", $"县测试{n:D2}局");

    public async Task InitializeAsync()
    {
        folder = System.IO.Directory.CreateTempSubdirectory("taskbot-scale-").FullName;
        var csv = new StringBuilder(string.Join("\n", DirectoryCsv.Split('\n').Select(l => l.Trim())));
        for (int n = 1; n <= Units; n++) csv.Append($"\n{Chief(n).Unit},,{Chief(n).Name},{Chief(n).AadObjectId},chief");
        var path = Path.Combine(folder, "directory.csv");
        await File.WriteAllTextAsync(path, csv.ToString(), Encoding.UTF8);
        bot = await BotUnderTest.StartAsync(new Dictionary<string, string?> { ["TaskBot:Files:AllowedHosts"] = "127.0.0.1", ["TaskBot:Directory:SeedFile"] = path });
        await bot.InstallAsync(Leader);
        for (int n = 1; n <= Units; n++) await bot.InstallAsync(Chief(n));
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        try { System.IO.Directory.Delete(folder, true); } catch (IOException) { }
    }

    static byte[] Table()
    {
        var rows = new JsonArray(Enumerable.Range(1, Rows).Select(i => (JsonNode)new JsonObject
        {
            ["c"] = new JsonArray($"{i}", $"推进第{i}项重点工作，按季度报送进展。", Chief(i % Units + 1).Unit, Chief((i + 7) % Units + 1).Unit, $"{i % 12 + 1}月底前"),
        }).ToArray());
        var spec = new JsonObject
        {
            ["file"] = "big.xlsx",
            ["tables"] = new JsonArray(new JsonObject
            {
                ["name"] = "分工方案", ["above"] = new JsonArray("2027年重点工作任务分工方案"),
                ["header"] = new JsonArray(new JsonArray("序号", "工作任务", "牵头单位", "配合单位", "完成时限")), ["rows"] = rows,
            }),
        };
        var path = Path.Combine(Path.GetTempPath(), $"spec-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, spec.ToJsonString());
        try { return TableFixtures.Build(path).Bytes; } finally { File.Delete(path); }
    }

    [Fact]
    public async Task A_300_row_table_is_previewed_in_under_3_seconds_and_every_card_goes_out_once_within_teams_limits()
    {
        bot.Connector.Files["big"] = Table();
        var a = bot.Activity(Leader, "message");
        a["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info", ["name"] = "300行分工方案.xlsx",
            ["content"] = new JsonObject { ["downloadUrl"] = bot.Connector.FileUrl("big"), ["fileType"] = "xlsx" },
        });
        var mark = bot.Connector.Calls.Count;
        var clock = Stopwatch.StartNew();
        await bot.PostAsync(a);
        var preview = (await bot.Connector.WaitForAsync(c => c.ConversationId == Leader.PersonalConversation && c.CardJson.Contains("任务分工表预览"), "the preview", mark)).Card!;
        var previewTime = clock.Elapsed;
        Assert.Contains($"{Rows} 项任务，{Units} 个单位，0 项待补全", Flow.Json(preview));
        Assert.True(Encoding.UTF8.GetByteCount(preview.ToJsonString()) < 28 * 1024);
        Assert.True(previewTime < TimeSpan.FromSeconds(3), $"preview took {previewTime.TotalMilliseconds:F0} ms");

        mark = bot.Connector.Calls.Count;
        clock.Restart();
        var (_, ids) = await Flow.ConfirmAsync(bot, preview);
        var confirmTime = clock.Elapsed;
        const int expected = Rows * 2;
        int Cards() => bot.Connector.Calls.Skip(mark).Count(c => c.Method == "POST" && c.CardJson.Contains("督办任务") && c.ConversationId != Leader.PersonalConversation);
        var until = DateTime.UtcNow.AddSeconds(90);
        while (Cards() < expected && DateTime.UtcNow < until) await Task.Delay(100);
        var allTime = clock.Elapsed;
        Assert.Equal(expected, Cards());
        // Each card once: no task and unit got two.
        var posts = bot.Connector.Calls.Skip(mark).Where(c => c.Method == "POST" && c.ConversationId != Leader.PersonalConversation).ToList();
        Assert.Equal(expected, posts.Select(c => (c.ConversationId, System.Text.RegularExpressions.Regex.Match(c.CardJson, @"DB-\d{4}-\d{6}").Value)).Distinct().Count());
        // Teams' limit: at most 7 messages a second to one conversation, 50 a second in all.
        Assert.All(posts.GroupBy(c => (c.ConversationId, c.At.Ticks / TimeSpan.TicksPerSecond)), g => Assert.True(g.Count() <= 7, $"{g.Count()} posts in one second to {g.Key.ConversationId}"));
        var perSecond = posts.GroupBy(c => c.At.Ticks / TimeSpan.TicksPerSecond).Max(g => g.Count());
        Assert.True(perSecond <= 50, $"{perSecond} posts in one second");
        System.IO.Directory.CreateDirectory(Path.Combine(ShippingTools.RepoRoot, "artifacts"));
        File.AppendAllText(Path.Combine(ShippingTools.RepoRoot, "artifacts", "import-300.txt"),
            $"{DateTime.UtcNow:O} {Rows} rows: preview {previewTime.TotalMilliseconds:F0} ms; 确认交办 answered in {confirmTime.TotalMilliseconds:F0} ms ({ids.Count} tasks listed); {expected} cards delivered {allTime.TotalSeconds:F1} s after the click; busiest second {perSecond} posts\n");
    }
}
