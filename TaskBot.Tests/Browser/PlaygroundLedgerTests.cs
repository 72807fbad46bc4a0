using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using TaskBot.Tests.EndToEnd;
using TaskBot.Tests.Import;

namespace TaskBot.Tests.Browser;

/// <summary>
/// Issue 12 in the Agents Playground: tools/browser/playground-ledger.mjs starts the built bot (temp SQLite store, the
/// demo directory, files allowed from 127.0.0.1 only), a stand-in file host on 127.0.0.1 and the playground, and in
/// headless Chromium the playground's user, 测试领导, sends a task-division table as a Teams file attachment, sees the
/// import preview, clicks 确认交办, types 导出台账, accepts the offered file and the bot uploads the 台账.
/// The Playground can neither attach a file nor render a file consent card, so the file message and the
/// fileConsent/invoke go through its own "Mock an Activity → Custom activity" editor (see the script's header and
/// README). Screenshots in artifacts/test/playground-ledger.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlaygroundLedgerTests
{
    /// <summary>Three rows in the shape of a real 分工方案 (title and date above the header, a lead unit merged over two
    /// rows), with the demo directory's units and deadlines next year, so nothing is past whatever day the test runs.</summary>
    private static byte[] Table()
    {
        var year = DateTime.UtcNow.Year;
        var spec = new JsonObject
        {
            ["file"] = "t.xlsx",
            ["tables"] = new JsonArray(new JsonObject
            {
                ["name"] = "分工方案",
                ["above"] = new JsonArray($"{year}年县政府工作报告重点工作任务分工方案", $"（{year}年3月1日）"),
                ["header"] = new JsonArray(new JsonArray("序号", "重点工作", "牵头单位", "配合单位", "完成时限")),
                ["rows"] = new JsonArray(
                    new JsonObject { ["c"] = new JsonArray("1", "推进第一批重点项目前期工作，完成可行性研究报告编制。", "县发改局", "县财政局", $"{year + 1}年6月30日前") },
                    new JsonObject { ["c"] = new JsonArray("2", "完成城区水利设施除险加固。", "^", "县水利局", $"{year + 1}年9月30日前") },
                    new JsonObject { ["c"] = new JsonArray("3", "出台专精特新企业支持政策。", "县工信局", "县财政局、县发改局", $"{year + 1}年12月31日前") }),
            }),
        };
        var path = Path.Combine(Path.GetTempPath(), $"spec-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, spec.ToJsonString());
        try { return TableFixtures.Build(path).Bytes; } finally { File.Delete(path); }
    }

    [BrowserFact]
    public async Task A_table_sent_as_a_file_is_dispatched_and_the_ledger_uploaded_in_the_Agents_Playground()
    {
        BrowserTools.Require();
        var outDir = BrowserTools.Artifacts("playground-ledger");
        var table = Path.Combine(outDir, "2026年分工方案.xlsx");
        File.WriteAllBytes(table, Table());
        var (code, passed, failed, output) = await BrowserTools.PlaygroundAsync("playground-ledger.mjs", "playground-ledger", TimeSpan.FromMinutes(3),
            "--table", table);
        Assert.True(code == 0 && failed == 0 && passed >= 8, output);
        Assert.Contains("dispatched: 已交办 3 项", output);

        // What the bot PUT to the upload URL is the 台账: one row per task and unit (2 + 2 + 3).
        using var doc = SpreadsheetDocument.Open(Path.Combine(outDir, "uploaded-ledger.xlsx"), false);
        var rows = TableImportFlowTests.LedgerRows(doc, "台账");
        Assert.Equal("编号", rows[0][0].Text);
        Assert.Equal(7, rows.Count - 1);
        Assert.Equal(3, rows.Skip(1).Select(r => r[0].Text).Distinct().Count());
    }
}
