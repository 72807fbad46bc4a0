using System.Text.RegularExpressions;

namespace TaskBot.Directives;

/// <summary>
/// The date pasted minutes state for their own meeting ("2026年12月1日县政府常务会议纪要", "会议于12月1日召开",
/// "12月1日，县长主持召开…"). Conventions: the reference date is the meeting date; the message's date only
/// stands in when the text does not say. Only the opening of the text is read: a date deep in the decisions is a
/// deadline, not the meeting's.
/// </summary>
public static class MeetingDate
{
    const int Window = 300;
    const string N = @"(?:\d{1,4}|[零〇一二两三四五六七八九十]{1,3})";
    // The date alone; the rules below read its context with plain string checks (cheap, and linear by construction).
    static readonly Regex DatePattern = new($@"(?:(?<y>(?:19|20)\d{{2}})年)?(?<m>{N})月(?<d>{N})[日号]",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking);

    /// <summary>A named rule: does the date at [start, end) of the head name the meeting?</summary>
    sealed record Rule(string Name, Func<string, int, int, bool, bool> When);

    static readonly Rule[] Rules =
    [
        // "2026年12月1日县政府常务会议纪要": a full date on a title line that names minutes or a meeting.
        new("title_full_date", (h, s, e, hasYear) => hasYear && LineAfter(h, e, 30).Contains("纪要") || hasYear && LineAfter(h, e, 30).Contains("会议") && AtLineStart(h, s)),
        // "会议于12月1日在县政府召开"
        new("meeting_held_on", (h, s, e, _) => (EndsWithAt(h, s, "会议于") || EndsWithAt(h, s, "会议在")) && Convened(SentenceAfter(h, e, 20))),
        // "12月1日，县长主持召开…" opening a line or sentence.
        new("date_then_convened", (h, s, e, _) => AtLineStart(h, s) && Convened(SentenceAfter(h, e, 40))),
    ];

    static bool Convened(string s) => s.Contains("召开") || s.Contains("举行");
    static bool EndsWithAt(string h, int s, string w) => s >= w.Length && h.AsSpan(s - w.Length, w.Length).SequenceEqual(w);

    static bool AtLineStart(string h, int s)
    {
        int k = s - 1;
        while (k >= 0 && h[k] is ' ' or '\t') k--;
        return k < 0 || h[k] is '\n' or '。';
    }

    static string LineAfter(string h, int e, int max)
    {
        int end = Math.Min(h.Length, e + max);
        int nl = h.IndexOf('\n', e, end - e);
        return h[e..(nl < 0 ? end : nl)];
    }

    static string SentenceAfter(string h, int e, int max)
    {
        var line = LineAfter(h, e, max);
        int stop = line.IndexOfAny(['。', ';']);
        return stop < 0 ? line : line[..stop];
    }

    /// <summary>
    /// The stated meeting date, or null. A date without a year takes the year that puts it on or before
    /// <paramref name="messageDate"/> (minutes are pasted after the meeting); without either, null.
    /// </summary>
    public static DateOnly? Find(string? text, DateOnly? messageDate)
    {
        if (string.IsNullOrEmpty(text)) return null;
        // Cheap gate first: every rule needs a month and a word of meetings; most directives have neither.
        var raw = text.AsSpan(0, Math.Min(text.Length, Window));
        if (raw.IndexOf('月') < 0 || raw.IndexOf("纪要") < 0 && raw.IndexOf("召开") < 0 && raw.IndexOf("举行") < 0 && raw.IndexOf("会议") < 0) return null;
        var head = ChineseText.Fold(raw.ToString());
        foreach (var rule in Rules)
            for (var m = DatePattern.Match(head); m.Success; m = m.NextMatch())
            {
                bool hasYear = m.Groups["y"].Success;
                if (!rule.When(head, m.Index, m.Index + m.Length, hasYear)) continue;
                if (Resolve(m, hasYear, messageDate) is { } date) return date;
            }
        return null;
    }

    static DateOnly? Resolve(Match m, bool hasYear, DateOnly? messageDate)
    {
        int month = ChineseText.ParseNumber(m.Groups["m"].ValueSpan), day = ChineseText.ParseNumber(m.Groups["d"].ValueSpan);
        int year;
        if (hasYear) year = int.Parse(m.Groups["y"].ValueSpan);
        else if (messageDate is { } md) year = md.Month > month || md.Month == month && md.Day >= day ? md.Year : md.Year - 1;
        else return null;
        if (month is < 1 or > 12 || day < 1 || year is < 1900 or > 2200 || day > DateTime.DaysInMonth(year, month)) return null;
        var date = new DateOnly(year, month, day);
        // A "meeting date" after the message is a plan, not minutes: keep the message's date.
        return messageDate is { } today && date > today ? null : date;
    }
}
