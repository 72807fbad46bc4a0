using BenchmarkDotNet.Running;
using TaskBot.Benchmarks;

// dotnet run -c Release --project TaskBot.Benchmarks -- --filter '*'   the speed table (docs/benchmarks.md)
// dotnet run -c Release --project TaskBot.Benchmarks -- accuracy       the dated-deadline side table (-v: Recognizers' raw results)
// dotnet run -c Release --project TaskBot.Benchmarks -- worst          the slowest inputs (issue 9: never more than 10 ms)
if (args.Length > 0 && args[0] == "accuracy") return Accuracy.Run(verbose: args.Contains("-v"));
if (args.Length > 0 && args[0] == "worst") return WorstCase.Run();

Console.WriteLine($"// Sentences: {Sentences.Source}");
var summaries = BenchmarkSwitcher.FromAssembly(typeof(ParserVsRecognizers).Assembly).Run(args);
foreach (var summary in summaries)
{
    var parser = summary.BenchmarksCases.FirstOrDefault(b => b.Descriptor.WorkloadMethodDisplayInfo == "TaskBotParser");
    var rec = summary.BenchmarksCases.FirstOrDefault(b => b.Descriptor.WorkloadMethodDisplayInfo == "Recognizers");
    if (parser is null || rec is null) continue;
    var ps = PerSentence.SentencesPerSecond(summary, parser);
    var rs = PerSentence.SentencesPerSecond(summary, rec);
    var pb = PerSentence.BytesPerSentence(summary, parser);
    var rb = PerSentence.BytesPerSentence(summary, rec);
    Console.WriteLine();
    Console.WriteLine($"// {PerSentence.Count} sentences per op. TaskBotParser {ps:N0} sentences/s, {pb:N0} B/sentence; " +
                      $"Recognizers {rs:N0} sentences/s, {rb:N0} B/sentence.");
    if (ps is double p && rs is double r && r > 0)
        Console.WriteLine($"// Throughput ratio {p / r:N1}x (target >= 50x: {(p / r >= 50 ? "met" : "MISSED")}); " +
                          $"allocation target < 10 KB/sentence: {(pb < 10 * 1024 ? "met" : "MISSED")}.");
}
return 0;
