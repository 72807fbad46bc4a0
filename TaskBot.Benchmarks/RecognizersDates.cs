using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace TaskBot.Benchmarks;

/// <summary>Microsoft.Recognizers.Text.DateTime (zh-cn), built once, and a reading of its results as calendar dates.</summary>
public static class RecognizersDates
{
    /// <summary>Recognizers needs a reference time; texts without a meeting date get this fixed one so runs are repeatable.</summary>
    public static readonly DateTime NoMeetingDate = new(2026, 1, 1);

    public static DateTime RefTime(DateOnly? meeting) => meeting?.ToDateTime(TimeOnly.MinValue) ?? NoMeetingDate;

    /// <summary>
    /// What `DateTimeRecognizer.RecognizeDateTime(text, Culture.Chinese, DateTimeOptions.None, refTime)` does per
    /// call, minus re-creating the recognizer: the model is built once and reused (fair to Recognizers).
    /// </summary>
    public static DateTimeModel CreateModel() =>
        (DateTimeModel)new DateTimeRecognizer(Culture.Chinese, DateTimeOptions.None).GetDateTimeModel();

    /// <summary>
    /// The dates of each result, in text order. A result yields the candidate dates of its `values`:
    /// `value` for a date or date-time; for a range, its `end` and the day before (Recognizers' range ends are
    /// usually exclusive: 2019年6月 = [06-01, 07-01)). Times yield nothing. Durations (一个月 = P1M) yield nothing
    /// unless <paramref name="durationBase"/> is given: then base + duration, which is what a caller of
    /// Recognizers would have to do itself for N天内/N个月内 (generous to Recognizers).
    /// </summary>
    public static List<List<DateOnly>> ResolvedDates(IEnumerable<ModelResult> results, DateOnly? durationBase = null)
    {
        var all = new List<List<DateOnly>>();
        foreach (var r in results)
        {
            var dates = new List<DateOnly>();
            if (r.Resolution is not null && r.Resolution.TryGetValue("values", out var v) && v is IEnumerable<Dictionary<string, string>> values)
                foreach (var value in values)
                {
                    value.TryGetValue("type", out var type);
                    if (type == "duration" && durationBase is DateOnly b && value.TryGetValue("timex", out var timex) && AddDuration(b, timex) is DateOnly due)
                    {
                        dates.Add(due);
                        continue;
                    }
                    if (type is null || !(type.StartsWith("date", StringComparison.Ordinal))) continue;
                    if (value.TryGetValue("value", out var s) && TryDate(s, out var d)) dates.Add(d);
                    else if (value.TryGetValue("end", out var e) && TryDate(e, out var end))
                    {
                        dates.Add(end);
                        dates.Add(end.AddDays(-1));
                    }
                }
            if (dates.Count > 0) all.Add(dates);
        }
        return all;
    }

    /// <summary>base + a simple timex duration (P3D, P2W, P1M, P0.5M, P1Y); null for anything else.</summary>
    static DateOnly? AddDuration(DateOnly b, string timex)
    {
        var m = System.Text.RegularExpressions.Regex.Match(timex, @"^P(\d+(?:\.\d+)?)([DWMY])$");
        if (!m.Success) return null;
        double n = double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch
        {
            "D" => b.AddDays((int)n),
            "W" => b.AddDays((int)(7 * n)),
            "M" => b.AddMonths((int)n).AddDays((int)Math.Round((n - (int)n) * 30)),
            _ => b.AddMonths((int)(12 * n)),
        };
    }

    static bool TryDate(string? s, out DateOnly d)
    {
        d = default;
        return s is { Length: >= 10 } && DateOnly.TryParseExact(s.AsSpan(0, 10), "yyyy-MM-dd", out d);
    }
}
