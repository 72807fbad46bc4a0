using System.Text.Json;

namespace TaskBot.Benchmarks;

/// <summary>One benchmark input: a text, its reference date (the meeting date) and, for the accuracy table, its gold dated deadlines.</summary>
public sealed record Sentence(string Id, string Text, DateOnly? MeetingDate, IReadOnlyList<DateOnly> GoldDeadlines);

/// <summary>
/// The sentences both contenders parse: every `text` of ../shared/eval/directives-real-dev.jsonl and
/// directives-spec.jsonl. The repository is /work/main (or a worktree) in development and a fresh clone in CI,
/// with `shared/` beside it, so we walk up from the binary until a folder holds `shared/eval`.
/// TASKBOT_EVAL_DIR overrides the search. Without the files a built-in list of 7 typical directives is used.
/// </summary>
public static class Sentences
{
    public static readonly string[] EvalFiles = ["directives-real-dev.jsonl", "directives-spec.jsonl"];

    static readonly Lazy<(IReadOnlyList<Sentence> Items, string Source)> Loaded = new(Load);

    public static IReadOnlyList<Sentence> All => Loaded.Value.Items;
    public static string Source => Loaded.Value.Source;

    public static string? FindEvalDir()
    {
        var env = Environment.GetEnvironmentVariable("TASKBOT_EVAL_DIR");
        if (!string.IsNullOrEmpty(env) && EvalFiles.All(f => File.Exists(Path.Combine(env, f)))) return Path.GetFullPath(env);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var eval = Path.Combine(dir.FullName, "shared", "eval");
            if (EvalFiles.All(f => File.Exists(Path.Combine(eval, f)))) return eval;
        }
        return null;
    }

    static (IReadOnlyList<Sentence>, string) Load()
    {
        var dir = FindEvalDir();
        if (dir is null) return (BuiltIn, "built-in list of 7 typical directives (shared/eval not found)");
        var items = new List<Sentence>();
        foreach (var file in EvalFiles)
            foreach (var line in File.ReadLines(Path.Combine(dir, file)))
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                var text = root.GetProperty("text").GetString();
                if (string.IsNullOrEmpty(text)) continue;
                DateOnly? meeting = root.TryGetProperty("meeting_date", out var md) && md.ValueKind == JsonValueKind.String
                    ? DateOnly.ParseExact(md.GetString()!, "yyyy-MM-dd") : null;
                var gold = new List<DateOnly>();
                if (root.TryGetProperty("tasks", out var tasks) && tasks.ValueKind == JsonValueKind.Array)
                    foreach (var t in tasks.EnumerateArray())
                        if (t.TryGetProperty("deadline", out var d) && d.ValueKind == JsonValueKind.String)
                            gold.Add(DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd"));
                items.Add(new Sentence(root.GetProperty("id").GetString() ?? "?", text, meeting, gold));
            }
        return (items, $"{string.Join(" + ", EvalFiles)} in {dir} ({items.Count} texts)");
    }

    static readonly DateOnly Ref = new(2026, 11, 26);

    /// <summary>Typical 督办 sentences, used only when shared/eval is not beside the repository.</summary>
    static readonly Sentence[] BuiltIn =
    [
        new("b1", "江辰当即要求工信局牵头会同财政局、金融办在一个月内拿出针对不同成长阶段“专精特新”企业的差异化支持政策初稿。", Ref, [new(2026, 12, 26)]),
        new("b2", "县住建局牵头，县自然资源局、县生态环境局配合，于10个工作日内完成老旧小区改造项目的摸底排查并形成清单报县政府办。", new(2026, 9, 24), [new(2026, 10, 15)]),
        new("b3", "一是县发改委要在年底前完成项目储备库更新；二是县财政局要在12月20日前拨付专项资金，县审计局全程监督。", Ref, [new(2026, 12, 31), new(2026, 12, 20)]),
        new("b4", "各乡镇、县直各单位要在春节前全面排查农民工工资拖欠问题，确保应付尽付。", new(2026, 1, 10), [new(2026, 2, 14)]),
        new("b5", "由县应急管理局牵头，会同县消防救援大队于下周五前开展一次商场、宾馆消防安全专项检查。", Ref, [new(2026, 12, 4)]),
        new("b6", "县农业农村局负责，2027年6月底前完成高标准农田建设验收工作，每月5日前报送进展情况。", Ref, [new(2027, 6, 30)]),
        new("b7", "会议听取了县教育局关于秋季开学准备工作的汇报，与会同志进行了讨论。", Ref, []),
    ];
}
