using BenchmarkDotNet.Attributes;
using TaskBot.Calendar;
using TaskBot.Directives;

namespace TaskBot.Benchmarks;

/// <summary>
/// Issue 2 "Speed": one operation = every shared sentence parsed once, by each contender, in the same run.
/// Per-sentence throughput and allocation are derived by the columns in <see cref="PerSentenceConfig"/>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerSentenceConfig))]
[SimpleJob(warmupCount: 8, iterationCount: 20)]
public class ParserVsRecognizers
{
    Sentence[] _sentences = [];
    DateTime[] _refTimes = [];
    DirectiveParser _parser = null!;
    Microsoft.Recognizers.Text.DateTime.DateTimeModel _recognizers = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sentences = [.. Sentences.All];
        _refTimes = [.. _sentences.Select(s => RecognizersDates.RefTime(s.MeetingDate))];
        _parser = new DirectiveParser(DirectiveLexicon.Load(DirectiveLexicon.DefaultPath), ChinaWorkingCalendar.Default);
        _recognizers = RecognizersDates.CreateModel();
        Console.WriteLine($"// Sentences: {Sentences.Source}");
        // First calls compile regexes and fill lazy tables: keep them out of every measurement.
        Parse(); Recognize();
    }

    [Benchmark(Description = "TaskBotParser")]
    public int Parse()
    {
        int n = 0;
        foreach (var s in _sentences) n += _parser.Parse(s.Text, s.MeetingDate).Count;
        return n;
    }

    [Benchmark(Baseline = true, Description = "Recognizers")]
    public int Recognize()
    {
        int n = 0;
        for (int i = 0; i < _sentences.Length; i++) n += _recognizers.Parse(_sentences[i].Text, _refTimes[i]).Count;
        return n;
    }
}
