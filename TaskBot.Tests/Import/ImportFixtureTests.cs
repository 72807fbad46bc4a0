using System.Text.Json.Nodes;
using TaskBot.Calendar;
using TaskBot.Directives;
using TaskBot.Import;
using TaskBot.Tests.Shipping;

namespace TaskBot.Tests.Import;

/// <summary>
/// The import test files in eval/import: built from their specs (TASKBOT_WRITE_IMPORT_FIXTURES=1 rewrites them),
/// and read by the importer with the expectations written beside each. eval/import/score.sh scores the same files
/// with ../shared/eval/score.py; this test keeps the bar in the suite.
/// </summary>
public sealed class ImportFixtureTests
{
    static readonly string Dir = Path.Combine(ShippingTools.RepoRoot, "eval", "import");
    static readonly DateOnly MessageDate = new(2026, 12, 1);

    public static IEnumerable<object[]> Specs() =>
        System.IO.Directory.GetFiles(Path.Combine(Dir, "specs"), "*.json").Order(StringComparer.Ordinal).Select(p => new object[] { Path.GetFileName(p) });

    internal static DivisionTableReader Reader()
    {
        var csv = Path.Combine(AppContext.BaseDirectory, "Data", "directory.csv");
        var units = TaskBot.Directory.DirectoryCsv.Parse(File.ReadAllBytes(csv)).Directory?.SurfaceForms.Keys ?? [];
        return new DivisionTableReader(DirectiveLexicon.Load(DirectiveLexicon.DefaultPath).WithKnownUnits(units), ChinaWorkingCalendar.Default);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void The_checked_in_file_and_expectations_are_those_its_spec_builds(string spec)
    {
        var built = TableFixtures.Build(Path.Combine(Dir, "specs", spec));
        var stem = Path.GetFileNameWithoutExtension(built.FileName);
        var expectedPath = Path.Combine(Dir, stem + ".expected.jsonl");
        if (Environment.GetEnvironmentVariable("TASKBOT_WRITE_IMPORT_FIXTURES") == "1")
        {
            File.WriteAllBytes(Path.Combine(Dir, built.FileName), built.Bytes);
            File.WriteAllLines(expectedPath, built.Expected);
        }
        Assert.True(File.Exists(Path.Combine(Dir, built.FileName)), $"{built.FileName} is missing: run the tests once with TASKBOT_WRITE_IMPORT_FIXTURES=1");
        Assert.Equal(built.Expected, File.ReadAllLines(expectedPath));
    }

    /// <summary>Every row of every file: the importer's lead, co-lead and deadline against the expectations.</summary>
    [Fact]
    public void The_importer_reads_the_real_shaped_tables_at_the_bar()
    {
        var reader = Reader();
        int rows = 0, unitsRight = 0, dated = 0, datedRight = 0, tp = 0, fp = 0, fn = 0;
        var wrong = new List<string>();
        foreach (var expectedFile in System.IO.Directory.GetFiles(Dir, "*.expected.jsonl"))
        {
            var stem = Path.GetFileName(expectedFile)[..^".expected.jsonl".Length];
            var file = System.IO.Directory.GetFiles(Dir, stem + ".*").Single(f => f.EndsWith(".xlsx") || f.EndsWith(".docx"));
            var read = reader.Read(TableFile.Read(file, File.ReadAllBytes(file)), MessageDate);
            var byId = read.Tasks.ToDictionary(t => $"{stem}#{t.Table}#{t.Row}");
            foreach (var line in File.ReadAllLines(expectedFile))
            {
                var gold = JsonNode.Parse(line)!.AsObject();
                var id = (string)gold["id"]!;
                var tasks = gold["tasks"]!.AsArray();
                if (tasks.Count == 0) { Assert.False(byId.ContainsKey(id), $"{id} is a heading or a note, not a task"); continue; }
                var g = tasks[0]!.AsObject();
                rows++;
                Assert.True(byId.TryGetValue(id, out var p), $"{id}: no task read");
                var gl = g["lead"]!.AsArray().Select(x => (string)x!).ToHashSet();
                var gc = g["co"]!.AsArray().Select(x => (string)x!).ToHashSet();
                var goldRoles = gl.Select(u => "L" + u).Concat(gc.Select(u => "C" + u)).ToHashSet();
                var predRoles = p!.Lead.Select(u => "L" + u).Concat(p.Co.Select(u => "C" + u)).ToHashSet();
                tp += goldRoles.Intersect(predRoles).Count(); fp += predRoles.Except(goldRoles).Count(); fn += goldRoles.Except(predRoles).Count();
                if (goldRoles.SetEquals(predRoles)) unitsRight++;
                else wrong.Add($"{id}: units {string.Join(",", predRoles)} ≠ {string.Join(",", goldRoles)}");
                var gd = (string?)g["deadline"];
                if (gd is not null)
                {
                    dated++;
                    if (p.Deadline?.ToString("yyyy-MM-dd") == gd) datedRight++;
                    else wrong.Add($"{id}: deadline {p.Deadline} ≠ {gd}");
                }
            }
        }
        double f1 = 200.0 * tp / (2 * tp + fp + fn);
        double dl = 100.0 * datedRight / Math.Max(1, dated);
        Assert.True(rows >= 150, $"only {rows} rows");
        Assert.True(f1 >= 95 && dl >= 95, $"unit-role F1 {f1:F1}, dated deadlines {dl:F1} ({datedRight}/{dated}) over {rows} rows:\n" + string.Join("\n", wrong));
    }
}
