using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TaskBot.Calendar;
using TaskBot.Directives;
using TaskBot.Import;

namespace TaskBot.Cli;

/// <summary>
/// `taskbot import-table FILE… [--date YYYY-MM-DD]`: reads task-division tables the way the bot does when a file is
/// sent in chat, and prints one JSON line per row, in the format of ../shared/eval (id = file#table#row), so that
/// eval/import/score.sh can score them. A file that cannot be read prints {"id", "error"} and the run goes on.
/// Output never depends on the clock: without --date the message date is 2026-12-01.
/// </summary>
public static class ImportTableCommand
{
    public const string Name = "import-table";
    static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(string[] args, DivisionTableReader reader, TextWriter stdout, TextWriter stderr)
    {
        var date = new DateOnly(2026, 12, 1);
        var files = new List<string>();
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] == "--date" && i + 1 < args.Length) { date = DateOnly.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); continue; }
            if (args[i] == "--directory") { i++; continue; }
            files.Add(args[i]);
        }
        if (files.Count == 0) { stderr.WriteLine("用法 / usage: import-table FILE.xlsx|FILE.docx … [--date YYYY-MM-DD]"); return 64; }
        int failed = 0;
        foreach (var file in files)
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            try
            {
                var table = reader.Read(TableFile.Read(file, File.ReadAllBytes(file)), date);
                foreach (var t in table.Tasks)
                    stdout.WriteLine(new JsonObject
                    {
                        ["id"] = $"{stem}#{t.Table}#{t.Row}",
                        ["reference"] = table.Reference.ToString("yyyy-MM-dd"),
                        ["text"] = t.Source,
                        ["tasks"] = new JsonArray(new JsonObject
                        {
                            ["lead"] = new JsonArray(t.Lead.Select(u => (JsonNode?)u).ToArray()),
                            ["co"] = new JsonArray(t.Co.Select(u => (JsonNode?)u).ToArray()),
                            ["supervisor"] = t.Supervisor,
                            ["deadline"] = t.Deadline?.ToString("yyyy-MM-dd"),
                            ["deadline_text"] = t.DeadlineText,
                            ["deliverable"] = t.Deliverable,
                        }),
                    }.ToJsonString(Json));
            }
            catch (TableImportException e)
            {
                failed++;
                stdout.WriteLine(new JsonObject { ["id"] = stem, ["error"] = e.Message }.ToJsonString(Json));
            }
        }
        stdout.Flush();
        return failed == files.Count ? 1 : 0;
    }
}
