using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace TaskBot.Benchmarks;

/// <summary>Adds the per-sentence figures the issue asks for: one operation parses all <see cref="Sentences.All"/>.</summary>
public sealed class PerSentenceConfig : ManualConfig
{
    public PerSentenceConfig() => AddColumn(
        new PerSentenceColumn("Sentences/s", "Sentences parsed per second (sentences per op / mean)", PerSentence.Throughput),
        new PerSentenceColumn("Alloc/sentence", "Bytes allocated per sentence (allocated per op / sentences per op)", PerSentence.Allocation),
        new PerSentenceColumn("x Recognizers", "Throughput relative to the Recognizers benchmark of the same run", PerSentence.SpeedUp));
}

public static class PerSentence
{
    public static int Count => Sentences.All.Count;

    public static double? MeanNs(Summary s, BenchmarkCase b) => s[b]?.ResultStatistics?.Mean;

    public static double? SentencesPerSecond(Summary s, BenchmarkCase b) =>
        MeanNs(s, b) is double ns && ns > 0 ? Count / (ns / 1e9) : null;

    public static double? BytesPerSentence(Summary s, BenchmarkCase b) =>
        s[b]?.GcStats.GetBytesAllocatedPerOperation(b) is long bytes ? (double)bytes / Count : null;

    public static string Throughput(Summary s, BenchmarkCase b) =>
        SentencesPerSecond(s, b) is double r ? r.ToString("N0") : "?";

    public static string Allocation(Summary s, BenchmarkCase b) =>
        BytesPerSentence(s, b) is double r ? $"{r:N0} B" : "?";

    public static string SpeedUp(Summary s, BenchmarkCase b)
    {
        var baseline = s.BenchmarksCases.FirstOrDefault(c => c.Descriptor.Baseline);
        if (baseline is null || MeanNs(s, b) is not double mine || MeanNs(s, baseline) is not double theirs || mine <= 0) return "?";
        return $"{theirs / mine:N1}x";
    }
}

public sealed class PerSentenceColumn(string name, string legend, Func<Summary, BenchmarkCase, string> value) : IColumn
{
    public string Id => nameof(PerSentenceColumn) + "." + name;
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => legend;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => value(summary, benchmarkCase);
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => value(summary, benchmarkCase);
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
