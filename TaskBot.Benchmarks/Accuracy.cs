using TaskBot.Calendar;
using TaskBot.Directives;

namespace TaskBot.Benchmarks;

/// <summary>
/// `-- accuracy`: for every gold dated deadline of the shared items, does each contender produce it?
/// Two readings, applied to both contenders alike:
///  - positional: the k-th gold deadline of an item against the k-th date the contender resolved
///    (TaskBot: the k-th task that has a deadline; Recognizers: the k-th result that resolves to a date);
///  - anywhere: the gold date is among all the dates the contender resolved for that text (generous).
/// A Recognizers result counts as a hit if any of its candidate values matches (past/future alternatives,
/// range end or the day before it): see <see cref="RecognizersDates.ResolvedDates"/>.
/// </summary>
public static class Accuracy
{
    public static int Run(bool verbose = false)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var items = Sentences.All;
        Console.WriteLine($"Sentences: {Sentences.Source}");
        var parser = new DirectiveParser(DirectiveLexicon.Load(DirectiveLexicon.DefaultPath), ChinaWorkingCalendar.Default);
        var model = RecognizersDates.CreateModel();

        int gold = 0, oursPos = 0, oursAny = 0, recNone = 0;
        int[] recPos = new int[2], recAny = new int[2];   // [0] Recognizers' own dates, [1] plus durations added to the reference date
        Console.WriteLine();
        Console.WriteLine("| id | reference | gold | TaskBot | ok | Recognizers (k-th dated result: dates «text») | ok |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var s in items.Where(i => i.GoldDeadlines.Count > 0))
        {
            var ours = parser.Parse(s.Text, s.MeetingDate).Where(t => t.Deadline is not null).Select(t => t.Deadline!.Value).ToList();
            var results = model.Parse(s.Text, RecognizersDates.RefTime(s.MeetingDate));
            if (verbose)
                foreach (var r in results)
                    Console.WriteLine($"  [{s.Id}] «{r.Text}» {r.TypeName} " + string.Join("; ",
                        (r.Resolution?.GetValueOrDefault("values") as IEnumerable<Dictionary<string, string>> ?? [])
                            .Select(v => string.Join(",", v.Select(kv => $"{kv.Key}={kv.Value}")))));
            var baseDate = DateOnly.FromDateTime(RecognizersDates.RefTime(s.MeetingDate));
            var dated = new[] { Dated(results, null), Dated(results, baseDate) };
            if (dated[0].Count == 0) recNone++;
            for (int k = 0; k < s.GoldDeadlines.Count; k++)
            {
                var g = s.GoldDeadlines[k];
                gold++;
                bool oPos = k < ours.Count && ours[k] == g, oAny = ours.Contains(g);
                if (oPos) oursPos++;
                if (oAny) oursAny++;
                var marks = new string[2];
                for (int v = 0; v < 2; v++)
                {
                    bool rPos = k < dated[v].Count && dated[v][k].Dates.Contains(g), rAny = dated[v].Any(d => d.Dates.Contains(g));
                    if (rPos) recPos[v]++;
                    if (rAny) recAny[v]++;
                    marks[v] = Mark(rPos, rAny);
                }
                var shown = dated[1];
                var recShown = k < shown.Count
                    ? $"{string.Join("/", shown[k].Dates.Distinct().Select(d => d.ToString("yyyy-MM-dd")))} «{shown[k].Text}»"
                    : "(none)";
                Console.WriteLine($"| {s.Id} | {s.MeetingDate?.ToString("yyyy-MM-dd") ?? "-"} | {g:yyyy-MM-dd} | " +
                    $"{(k < ours.Count ? ours[k].ToString("yyyy-MM-dd") : "(none)")} | {Mark(oPos, oAny)} | {recShown} | {marks[0]} / {marks[1]} |");
            }
        }
        Console.WriteLine();
        Console.WriteLine($"Gold dated deadlines: {gold} (in {items.Count(i => i.GoldDeadlines.Count > 0)} texts)");
        Console.WriteLine($"TaskBot parser                       : positional {oursPos}/{gold} ({Pct(oursPos, gold)}), anywhere {oursAny}/{gold} ({Pct(oursAny, gold)})");
        Console.WriteLine($"Recognizers, its own resolved dates  : positional {recPos[0]}/{gold} ({Pct(recPos[0], gold)}), anywhere {recAny[0]}/{gold} ({Pct(recAny[0], gold)}); texts with no date resolved: {recNone}");
        Console.WriteLine($"Recognizers, + durations from ref.   : positional {recPos[1]}/{gold} ({Pct(recPos[1], gold)}), anywhere {recAny[1]}/{gold} ({Pct(recAny[1], gold)})");
        Console.WriteLine("ok: ✓ = positional hit, ~ = only somewhere among the text's dates, ✗ = miss. Recognizers: own dates / with durations.");
        Console.WriteLine("The Recognizers column lists every candidate of the k-th dated result (past/future alternatives, a range's end and the day before); any match counts.");
        return 0;
    }

    static List<(string Text, List<DateOnly> Dates)> Dated(List<Microsoft.Recognizers.Text.ModelResult> results, DateOnly? durationBase) =>
        results.Select(r => (r.Text, Dates: RecognizersDates.ResolvedDates([r], durationBase)))
            .Where(x => x.Dates.Count > 0).Select(x => (x.Text, x.Dates[0])).ToList();

    static string Mark(bool pos, bool any) => pos ? "✓" : any ? "~" : "✗";
    static string Pct(int a, int b) => b == 0 ? "-" : $"{100.0 * a / b:0}%";
}
