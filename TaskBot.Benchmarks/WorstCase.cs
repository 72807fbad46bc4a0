using System.Diagnostics;
using System.Text.Json;
using TaskBot.Calendar;
using TaskBot.Directives;

namespace TaskBot.Benchmarks;

/// <summary>
/// The "never more than 10 ms on any input" target of issue 9, measured as a scripted run rather than asserted in a
/// timed unit test: every adversarial and random text of <see cref="HardTexts"/> and every text of our corpus and
/// ../shared/eval, all parsed in warm-up passes until the JIT has settled (see below) and then each five times, the
/// best of the five kept (the parser's own cost, not a busy core's). Prints the distribution and the slowest inputs.
/// `dotnet run -c Release --project TaskBot.Benchmarks -- worst`
/// </summary>
public static class WorstCase
{
    const double TargetMs = 10;

    public static int Run()
    {
        var parser = new DirectiveParser(DirectiveLexicon.Load(DirectiveLexicon.DefaultPath), ChinaWorkingCalendar.Default);
        var reference = new DateOnly(2026, 11, 26);
        var inputs = new List<(string Kind, string Text, DateOnly? Ref)>();
        foreach (var t in HardTexts.Adversarial()) inputs.Add(("adversarial", t, reference));
        foreach (var t in HardTexts.Random()) inputs.Add(("random", t, reference));
        var corpus = CorpusTexts().ToList();
        foreach (var (file, text, date) in corpus) inputs.Add((file, text, date));
        // The longest real-looking pastes: corpus texts joined, one after another, up to the parser's cap (a whole
        // meeting's minutes or a long task table is read to its end, up to 200 tasks).
        foreach (var text in LongPastes(corpus.Select(c => c.Text))) inputs.Add(("long paste", text, reference));

        // Warm up as a running bot is warm: one pass over every input first, so that the measured passes run the
        // JIT's optimised code (the first parses after start run tier-0 code; that start-up cost is printed apart).
        double coldMax = 0;
        foreach (var (_, text, date) in inputs)
        {
            var sw = Stopwatch.StartNew();
            parser.Parse(text, date);
            coldMax = Math.Max(coldMax, sw.Elapsed.TotalMilliseconds);
        }
        // One pass is not enough: the JIT promotes hot methods (tier 0, then instrumented, then tier 1) on a background
        // thread, which on two busy cores was still at work when the first inputs were measured. The adversarial texts
        // come first, so they ran partly unoptimised: "各乡镇(街道办)和…" took 9.9 ms measured in its place and 1.9 ms
        // measured again after the last input, in the same process (issue 9, twenty-fifth round); a pass over all the
        // inputs took 3.4 s, then 1.4, 1.9, 1.2 … and 0.8 s by the ninth, while the JIT compiled 2,531, 363, 707, 93 …
        // methods a pass. So more passes, until one compiles fewer than ten methods (at most ten passes): every input
        // is measured on the code a bot that has been running a while has.
        int warmPasses = 1;
        for (long compiled = long.MaxValue; compiled >= 10 && warmPasses < 10; warmPasses++)
        {
            long before = System.Runtime.JitInfo.GetCompiledMethodCount();
            foreach (var (_, text, date) in inputs) parser.Parse(text, date);
            compiled = System.Runtime.JitInfo.GetCompiledMethodCount() - before;
        }
        var times = new List<(double Ms, string Kind, string Text)>();
        foreach (var (kind, text, date) in inputs)
        {
            double best = double.MaxValue;
            for (int i = 0; i < 5; i++)
            {
                var sw = Stopwatch.StartNew();
                parser.Parse(text, date);
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            }
            times.Add((best, kind, text));
        }
        times.Sort((a, b) => a.Ms.CompareTo(b.Ms));
        double P(double q) => times[Math.Min(times.Count - 1, (int)(q * times.Count))].Ms;
        Console.WriteLine($"// {times.Count} inputs ({inputs.Count(i => i.Kind == "adversarial")} adversarial, " +
                          $"{inputs.Count(i => i.Kind == "random")} random, {inputs.Count(i => i.Kind == "long paste")} long pastes of " +
                          $"{DirectiveParser.MaxChars} chars, {inputs.Count(i => i.Kind is not ("adversarial" or "random" or "long paste"))} corpus texts), best of 5 each");
        Console.WriteLine($"// median {P(0.5):0.000} ms, p99 {P(0.99):0.000} ms, max {times[^1].Ms:0.000} ms; " +
                          $"over {TargetMs} ms: {times.Count(t => t.Ms > TargetMs)} (target: none); " +
                          $"first pass after start (JIT not yet tiered up): max {coldMax:0.000} ms; warm-up passes: {warmPasses}");
        foreach (var (ms, kind, text) in times.TakeLast(5).Reverse())
            Console.WriteLine($"//   {ms,8:0.000} ms  {kind,-22} {text.Length,7} chars  «{Escape(text[..Math.Min(30, text.Length)])}»");
        return 0;
    }

    /// <summary>Corpus texts joined by line breaks into pastes of the parser's maximum length, in corpus order.</summary>
    static IEnumerable<string> LongPastes(IEnumerable<string> texts)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var t in texts)
        {
            sb.Append(t).Append('\n');
            if (sb.Length < DirectiveParser.MaxChars) continue;
            yield return sb.ToString(0, DirectiveParser.MaxChars);
            sb.Clear();
        }
    }

    static string Escape(string s) => new(s.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '·' : c).ToArray());

    /// <summary>Every text of eval/corpus/*.jsonl (found by walking up from the binary) and of shared/eval.</summary>
    static IEnumerable<(string File, string Text, DateOnly? Date)> CorpusTexts()
    {
        var files = new List<string>();
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var corpus = Path.Combine(dir.FullName, "eval", "corpus");
            if (System.IO.Directory.Exists(corpus)) { files.AddRange(System.IO.Directory.GetFiles(corpus, "*.jsonl")); break; }
        }
        if (Sentences.FindEvalDir() is { } shared) files.AddRange(System.IO.Directory.GetFiles(shared, "directives-*.jsonl"));
        foreach (var file in files)
            foreach (var line in File.ReadLines(file))
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                if (root.TryGetProperty("text", out var t) && t.GetString() is { Length: > 0 } text)
                    yield return (Path.GetFileName(file), text,
                        root.TryGetProperty("meeting_date", out var md) && md.ValueKind == JsonValueKind.String ? DateOnly.Parse(md.GetString()!) : null);
            }
    }
}
