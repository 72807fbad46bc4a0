using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using TaskBot.Storage;
using TaskBot.Storage.Sqlite;
using TaskBot.Tests.EndToEnd;

namespace TaskBot.Tests.Cli;

/// <summary>The operators' commands, run as the executable: `export` writes the 台账 of the configured store;
/// `import-table` prints what a table holds in the shared evaluation format.</summary>
public sealed class LedgerCommandTests
{
    static (int Exit, string Out, string Err) Run(string[] args, IDictionary<string, string>? env = null)
    {
        var psi = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "TaskBot.dll"), .. args])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8, WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(60_000));
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public async Task Export_writes_the_ledger_of_the_configured_store_for_one_unit()
    {
        var dir = System.IO.Directory.CreateTempSubdirectory("taskbot-export-").FullName;
        try
        {
            var db = Path.Combine(dir, "taskbot.db");
            var store = new SqliteStore(db, TimeProvider.System);
            await store.ImportDirectoryAsync(StorageCommands.BenchDirectory(10), default);
            var today = new DateOnly(2026, 12, 3);
            var drafts = Enumerable.Range(0, 20).Select(i => StorageCommands.Draft(i, today, 10, null)).ToList();
            await store.CreateTasksAsync(drafts, StorageCommands.BenchLeader, default);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var expectedRows = drafts.Sum(d => d.LeadUnits.Concat(d.CoLeadUnits).Count(u => u == "单位003"));
            var output = Path.Combine(dir, "台账.xlsx");
            var (exit, stdout, stderr) = Run(["export", "--out", output, "--unit", "单位003", "--date", "2026-12-03"],
                new Dictionary<string, string> { ["TaskBot__Storage__Sqlite__Path"] = db, ["DOTNET_ENVIRONMENT"] = "Production", ["TaskBot__Reminders__Enabled"] = "false" });
            Assert.True(exit == 0, $"exit {exit}: {stdout} {stderr}");
            Assert.True(stdout.Contains($"单位003，{expectedRows} 行"), stdout);
            using var doc = SpreadsheetDocument.Open(output, false);
            var rows = TableImportFlowTests.LedgerRows(doc, "台账");
            Assert.Equal(expectedRows, rows.Count - 1);
            Assert.All(rows.Skip(1), r => Assert.Contains(r.Select(c => c.Text), t => t.StartsWith("DB-2026-")));
            // An unknown unit is refused with its name, nothing written.
            var (bad, _, err) = Run(["export", "--out", Path.Combine(dir, "x.xlsx"), "--unit", "县不存在局"],
                new Dictionary<string, string> { ["TaskBot__Storage__Sqlite__Path"] = db, ["DOTNET_ENVIRONMENT"] = "Production" });
            Assert.Equal(64, bad);
            Assert.Contains("县不存在局", err);
            Assert.False(File.Exists(Path.Combine(dir, "x.xlsx")));
        }
        finally { try { System.IO.Directory.Delete(dir, true); } catch (IOException) { } }
    }

    [Fact]
    public void Import_table_prints_one_line_per_row_and_an_error_line_for_a_bad_file()
    {
        var file = Path.Combine(Shipping.ShippingTools.RepoRoot, "eval", "import", "f02-shizong-land-2022.docx");
        var bad = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.xls");
        File.WriteAllBytes(bad, [1, 2, 3]);
        try
        {
            var (exit, stdout, stderr) = Run(["import-table", file, bad]);
            Assert.True(exit == 0, stderr);
            var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
            Assert.Equal(5, lines.Count);
            Assert.Equal("2022-09-30", (string)lines[0]["tasks"]![0]!["deadline"]!);
            Assert.Equal("县发展和改革局", (string)lines[0]["tasks"]![0]!["lead"]![0]!);
            Assert.Contains(".xls", (string)lines[4]["error"]!);
        }
        finally { File.Delete(bad); }
    }
}
