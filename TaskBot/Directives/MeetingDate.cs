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
    const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking;
    const string N = @"(?:\d{1,4}|[零〇一二两三四五六七八九十]{1,3})";

    /// <summary>Named rules, first match wins: a full date on a minutes title line, then the meeting's own sentence.</summary>
    static readonly (string Name, Regex Pattern)[] Rules =
    [
        ("title_full_date", new Regex($@"(?<y>(?:19|20)\d{{2}})年(?<m>{N})月(?<d>{N})[日号][^。;\n]{{0,30}}(?:会议纪要|纪要|会议)", Options)),
        ("meeting_held_on", new Regex($@"会议(?:于|在)(?:(?<y>(?:19|20)\d{{2}})年)?(?<m>{N})月(?<d>{N})[日号][^。;\n]{{0,20}}(?:召开|举行)", Options)),
        ("date_then_convened", new Regex($@"(?:^|[\n。])\s*(?:(?<y>(?:19|20)\d{{2}})年)?(?<m>{N})月(?<d>{N})[日号](?:上午|下午|晚上)?[,，][^。;\n]{{0,40}}(?:主持召开|召开|举行)", Options)),
    ];

    /// <summary>
    /// The stated meeting date, or null. A date without a year takes the year that puts it on or before
    /// <paramref name="messageDate"/> (minutes are pasted after the meeting); without either, null.
    /// </summary>
    public static DateOnly? Find(string? text, DateOnly? messageDate)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var head = ChineseText.Fold(text.Length > Window ? text[..Window] : text);
        foreach (var (_, pattern) in Rules)
        {
            var m = pattern.Match(head);
            if (!m.Success) continue;
            int month = ChineseText.ParseNumber(m.Groups["m"].ValueSpan), day = ChineseText.ParseNumber(m.Groups["d"].ValueSpan);
            int year;
            if (m.Groups["y"].Success) year = int.Parse(m.Groups["y"].ValueSpan);
            else if (messageDate is { } md) year = md.Month > month || md.Month == month && md.Day >= day ? md.Year : md.Year - 1;
            else continue;
            if (month is < 1 or > 12 || day < 1 || year is < 1900 or > 2200 || day > DateTime.DaysInMonth(year, month)) continue;
            var date = new DateOnly(year, month, day);
            // A "meeting date" after the message is a plan, not minutes: keep the message's date.
            if (messageDate is { } today && date > today) continue;
            return date;
        }
        return null;
    }
}
