using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TaskBot.Directives;

namespace TaskBot.Cli;

/// <summary>
/// `taskbot parse`: JSON lines in ({"id","text","meeting_date"}), one JSON line out per input, same order.
/// `taskbot parse "一句话"`: a readable Chinese summary. Output never depends on the clock: without a
/// meeting_date, relative deadlines stay unresolved.
/// `taskbot parse --explain "一句话"` (or the text on stdin): what each stage of the parser produced and which named
/// rules fired (sentence, deadline, grouping, task-building rules), to trace a wrong parse to its rule.
/// </summary>
public static class ParseCommand
{
    static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,   // keep Chinese readable in the output
    };

    /// <summary>`--directory PATH` names the directory CSV whose units the parser knows; default: the seed file.</summary>
    public static string DirectoryOption(string[] args)
    {
        int i = Array.IndexOf(args, "--directory");
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : Path.Combine(AppContext.BaseDirectory, "Data", "directory.csv");
    }

    public static int Run(string[] args, DirectiveParser parser, TextReader stdin, TextWriter stdout)
    {
        var options = new HashSet<int>();
        bool explain = false;
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] is "--date" or "--directory") { options.Add(i); options.Add(i + 1); }
            if (args[i] == "--explain") { options.Add(i); explain = true; }
        }
        var sentence = args.Where((a, i) => i > 0 && !options.Contains(i)).ToArray();
        DateOnly? reference = ParseDateOption(args);
        if (explain)
        {
            // A pasted 会议纪要 has line breaks: without a text argument, the whole of stdin is the one text.
            var text = sentence.Length > 0 ? string.Join(" ", sentence) : stdin.ReadToEnd();
            stdout.Write(parser.Explain(text, reference).Render());
            stdout.Flush();
            return 0;
        }
        if (sentence.Length > 0)
        {
            stdout.Write(Summary(parser.Parse(string.Join(" ", sentence), reference), reference));
            return 0;
        }
        string? line;
        while ((line = stdin.ReadLine()) is not null)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            stdout.WriteLine(ParseLine(parser, line));
        }
        stdout.Flush();
        return 0;
    }

    static DateOnly? ParseDateOption(string[] args)
    {
        int i = Array.IndexOf(args, "--date");
        return i >= 0 && i + 1 < args.Length && DateOnly.TryParseExact(args[i + 1], "yyyy-MM-dd", out var d) ? d : null;
    }

    /// <summary>One input line to one output line; a bad line yields {"id", "error"} and the run goes on.</summary>
    public static string ParseLine(DirectiveParser parser, string line)
    {
        JsonNode? id = null;
        try
        {
            var node = JsonNode.Parse(line) as JsonObject ?? throw new FormatException("输入行不是 JSON 对象 / line is not a JSON object");
            id = node["id"]?.DeepClone();
            var text = node["text"] is JsonValue tv && tv.TryGetValue<string>(out var s) ? s
                : throw new FormatException("缺少 text 字段或其不是字符串 / missing string field 'text'");
            DateOnly? reference = null;
            if (node["meeting_date"] is JsonValue dv)
            {
                if (!dv.TryGetValue<string>(out var ds) || !DateOnly.TryParseExact(ds, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    throw new FormatException("meeting_date 须为 YYYY-MM-DD 或 null / meeting_date must be YYYY-MM-DD or null");
                reference = d;
            }
            var tasks = new JsonArray();
            foreach (var t in parser.Read(text, reference).Tasks) tasks.Add(ToJson(t));
            return new JsonObject { ["id"] = id, ["tasks"] = tasks }.ToJsonString(Json);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            return new JsonObject { ["id"] = id, ["error"] = ex.Message }.ToJsonString(Json);
        }
    }

    public static JsonObject ToJson(ParsedTask t) => new()
    {
        ["lead"] = new JsonArray([.. t.Lead.Select(u => (JsonNode)u)]),
        ["co"] = new JsonArray([.. t.Co.Select(u => (JsonNode)u)]),
        ["supervisor"] = t.Supervisor,
        ["deadline"] = t.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["deadline_text"] = t.DeadlineText,
        ["recurrence"] = t.Recurrence,
        ["deliverable"] = t.Deliverable,
        ["span"] = new JsonArray(t.Source.Start, t.Source.End),
        ["confidence"] = t.Confidence,
        ["warnings"] = new JsonArray([.. t.Warnings.Select(w => (JsonNode)w.Message)]),
    };

    static readonly string[] Weekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    public static string Summary(IReadOnlyList<ParsedTask> tasks, DateOnly? reference)
    {
        var sb = new StringBuilder();
        if (tasks.Count == 0) return "未识别到交办事项。\n";
        sb.Append($"识别到 {tasks.Count} 项任务").Append(reference is { } r ? $"（参照日期 {r:yyyy-MM-dd}）" : "（未给参照日期，相对期限不换算）").Append('\n');
        int n = 0;
        foreach (var t in tasks)
        {
            sb.Append($"\n任务 {++n}：{t.Deliverable ?? "（未识别事项）"}\n");
            sb.Append($"  牵头单位：{(t.Lead.Count > 0 ? string.Join("、", t.Lead) : "（待指定）")}\n");
            if (t.Co.Count > 0) sb.Append($"  配合单位：{string.Join("、", t.Co)}\n");
            if (t.Supervisor is not null) sb.Append($"  督办领导：{t.Supervisor}\n");
            sb.Append("  完成时限：").Append(t.Deadline is { } d ? $"{d:yyyy-MM-dd}（{Weekdays[(int)d.DayOfWeek]}）" : "（待确定）");
            if (t.DeadlineText is not null) sb.Append($"  原文「{t.DeadlineText}」");
            sb.Append($"\n  置信度：{t.Confidence:0.00}\n");
            foreach (var w in t.Warnings) sb.Append($"  提示：{w.Message}\n");
        }
        return sb.ToString();
    }
}
