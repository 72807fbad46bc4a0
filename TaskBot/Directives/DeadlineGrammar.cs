using System.Collections.Frozen;
using System.Text.RegularExpressions;
using TaskBot.Calendar;

namespace TaskBot.Directives;

public enum DeadlineKind { Absolute, PeriodEnd, Relative, WorkingDays, Weekday, Festival, Recurring, RecurrenceStart, Vague }

/// <summary>What a deadline rule found: where, the phrase, and the date it resolves to (null when it cannot).</summary>
public sealed record DeadlineMatch(
    int Start, int End, string Rule, DeadlineKind Kind, DateOnly? Date,
    bool Provisional = false, bool NeedsReference = false, string? Recurrence = null)
{
    /// <summary>Where the phrase a clerk would copy starts: after 在/于, but 到 stays ("到2019年6月底").</summary>
    public int TextStart { get; init; } = Start;
    /// <summary>A phrase that names no real date (2月30日): kept only so that nothing inside it is read.</summary>
    public bool Invalid { get; init; }
    /// <summary>The rule's pattern already read the context that makes the phrase a target ("确保完成全年目标"): it stands as a deadline.</summary>
    public bool Target { get; init; }
    /// <summary>See <see cref="DeadlineRule.Soft"/>: a year's targets steered by ("紧盯年度目标任务") ask nothing by themselves.</summary>
    public bool Soft { get; init; }
    /// <summary>See <see cref="DeadlineRule.Veto"/>: this reading of the span wins over another rule's reading of the same span.</summary>
    public bool Veto { get; init; }
    public int Length => End - Start;
    /// <summary>Relative spans ("3个月内") are easily confused with service-time limits; the parser checks their context.</summary>
    public bool IsRelative => Kind is DeadlineKind.Relative or DeadlineKind.WorkingDays;
}

/// <summary>The reference a rule resolves against: the meeting or message date, the calendar, a recurrence start.</summary>
public readonly record struct DeadlineContext(DateOnly? Reference, IWorkingDayCalendar Calendar, DateOnly? RecurrenceStart);

/// <summary>
/// A Duckling-style rule: a name, a pattern with named groups, and a production that turns a match into a date.
/// <paramref name="Triggers"/> are characters one of which must occur in the text for the rule to be worth
/// running: a cheap filter that keeps most sentences to two or three regex scans.
/// </summary>
public sealed record DeadlineRule(string Name, DeadlineKind Kind, string Triggers, Regex Pattern,
    Func<Match, DeadlineContext, Resolution> Produce)
{
    /// <summary>Characters that must not stand right before / after a match ("环节前" is no 节前, "春节前后" no 春节前).</summary>
    public string NotBefore { get; init; } = "";
    public string NotAfter { get; init; } = "";
    /// <summary>The pattern itself checks that a target follows or precedes ("2027年全面建成", "完成全年任务").</summary>
    public bool Target { get; init; }
    /// <summary>The phrase dates a task asked for elsewhere in the clause; on its own it is no sign that anything is asked.</summary>
    public bool Soft { get; init; }
    /// <summary>
    /// The rule says a span is no deadline at all (its production is always invalid): it wins over any other rule that
    /// reads the same span, so that the period it claims is read by none of them.
    /// </summary>
    public bool Veto { get; init; }
    /// <summary>Words one of which must occur for the rule to run at all: a finer, still cheap, filter than <see cref="Triggers"/>.</summary>
    public string[] TriggerWords { get; init; } = [];
    /// <summary>
    /// What must stand before the phrase, where a character set cannot say it: (text, start of the item, where the
    /// phrase starts, end of this rule's previous match) → where that context starts, or -1 when it is wrong. A match
    /// whose context is wrong is no match at all (not a claimed, invalid span).
    /// </summary>
    public Func<string, int, int, int, int>? Before { get; init; }
}

/// <summary>A production's answer: a date, or why there is none.</summary>
public readonly record struct Resolution(DateOnly? Date, bool Provisional = false, bool NeedsReference = false, string? Recurrence = null)
{
    public static Resolution Unresolved => new(null, NeedsReference: true);
    public static Resolution Invalid => new(null);
}

/// <summary>The deadline rules. Patterns live here so the compiler checks them; words live in the lexicon.</summary>
public static class DeadlineGrammar
{
    // NonBacktracking: matching is linear in the input whatever the pattern, and measured faster than compiled
    // backtracking on long mixed text. Lookarounds are not supported there, so context checks use NotBefore/NotAfter.
    // Digits are written [0-9], not \d: the rules read folded text (full-width digits already ASCII), and \d (every
    // Unicode decimal digit) is a set the compiled engine cannot look for with a vectorized search, so each pattern
    // starting with a number paid a class lookup per character (the deadline scan ~25% faster without it).
    const string N = @"(?:[0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,4})";
    const string By = @"(?:前|之前|以前|为止)";
    // "2026 年 12 月 19 日前": text extracted from PDF pages often has a space on each side of a number. One optional
    // space between a number and 年/月/日 keeps such a date whole (the fold keeps every index, so the space is not
    // removed; the date rules step over it instead). Only one plain space: a tab or a run of spaces separates cells.
    const string Sp = "[ ]?";
    // Words that may stand before a deadline and belong to its phrase ("在一个月内", "到2019年6月底"). They are
    // looked up behind a match rather than written into each pattern: a pattern that starts with an optional
    // group cannot use the regex engine's fast first-character search, which made long inputs slow.
    static readonly string[] LeadWords = ["力争在", "争取在", "务必在", "要在", "须在", "力争", "争取", "到", "在", "于"];
    const string Lead = "";
    // 去年/上年/前年 are matched so that "去年12月底" is read whole, then refused: a past date is no deadline.
    const string RelYear = @"(?<rel>今年|明年|次年|本年|当年|去年|上年|前年|(?<y>(?:19|20)[0-9]{2})[ ]?年)";
    // "12月10日（星期四）前": a weekday in brackets may sit between the date and 前.
    // "自2024年1月1日起", "12月20日后", "6月底以来": a start or a time after, not a deadline.
    const string SinceOrAfter = "起后以";
    // "春节放假前", "国庆假期前": before the holiday itself, the same deadline as 春节前.
    const string HolidayBreak = "(?:放假|假期|长假)?";
    // A quarter, a half or 首季 with its optional year: what period_target names.
    const string PeriodName = $@"{RelYear}?(?:(?:第)?(?<q>[一二三四1-4])季度|(?<h>上|下)半年|首季度?)";
    const string NumericDate = @"(?<y>(?:19|20)[0-9]{2})(?:\.(?<m>[0-9]{1,2})\.(?<d>[0-9]{1,2})|-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})|/(?<m>[0-9]{1,2})/(?<d>[0-9]{1,2}))";
    // "3月20日下午5点前", "12时之前", "下班前": a time of day belongs to the phrase, but only before 前: "3月15日18时起" is
    // no deadline and "3月15日上午召开" is read as before, day only. "17:00前", "20:00点前": the colon between the digits
    // was folded to '∶' (ChineseText.TimeColon), so the clause is not cut there and the time belongs to the phrase.
    // Rule part_of_day_by: "9月30日下午下班前", "2月9日晚19:00时前", "3月3日上午下班前": the part of the day may stand
    // before 下班 too, and 晚 alone is 晚上; without it the date was read alone, with no 前, so the clause lost its "by"
    // and its task (r9s-110, r9l-006, r13l-034, da-010 and ha-057 are written so).
    const string TimeBy = $@"(?:(?:上午|下午|中午|晚上|早上|晚)?(?:{N}[点时](?:{N}分|半)?|[0-9]{{1,2}}∶[0-9]{{2}}[点时分]?|下班))?{By}";
    // Rule weekday_unbracketed: "于28日星期五前", "25日星期二上午10:00前", "1月10日星期五14:00前": the weekday may follow
    // the day without its brackets (pages drop them); it still sits inside the phrase, between the day and its 前 or
    // time. Only 星期/周 + a weekday character: "15日周边", "30日周期" are other words.
    const string InBrackets = @"(?:\((?:星期|周)[一二三四五六日天]\)|(?:星期|周)[一二三四五六日天])?";
    // Rule first_month_yuan: 元月 is January ("次年元月十日前", "元月6-元月13日", "12月24日-元月5日"), read where a day
    // follows it (month_day, range). 元 after a numeral is money ("每人500元，月底前发放"), not a month. 元月份 alone
    // is left to the month-level rules as before (a purpose "为元月份集中拆除做好准备" dates nothing).
    const string Mo = $@"(?:{N}|(?<![0-9零〇一二两三四五六七八九十百千万亿])元)";
    // Declared before the rules: static fields initialise in textual order.
    /// <summary>A digit and 前: where glued_date_no_day_word's "201576前" may be.</summary>
    static readonly string[] GluedBy = ["0前", "1前", "2前", "3前", "4前", "5前", "6前", "7前", "8前", "9前", "0之前", "1之前", "2之前", "3之前", "4之前", "5之前", "6之前", "7之前", "8之前", "9之前"];
    /// <summary>A digit and a dash or 至 without 日 between: where day_range_one_day_word's "11月1-15日" may be.</summary>
    static readonly string[] DayDash = ["0-", "1-", "2-", "3-", "4-", "5-", "6-", "7-", "8-", "9-", "0至", "1至", "2至", "3至", "4至", "5至", "6至", "7至", "8至", "9至"];

    const int MaxMatchesPerRule = 32;
    const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Which engine: a pattern whose every quantifier is bounded ({1,4}, ?) can only try a bounded number of paths at each
    // start position, so the compiled backtracking engine is linear in the input too, and it is the faster one here
    // (NonBacktracking spent a third of parse time recovering capture groups, FindSubcaptures, in a trace of the corpus;
    // compiled: the same matches, about 2x faster on the deadline scan). A pattern with an unbounded quantifier (*, +,
    // {n,}) could backtrack quadratically on a long run of blanks, so it stays NonBacktracking, linear whatever the input.
    // No match timeout: both are linear in the input (which the parser caps), and a timeout makes every Match take a
    // lock to arm its timer (about a tenth of parse time in a trace).
    internal static Regex R(string pattern, RegexOptions extra = RegexOptions.None) =>
        new(pattern, Options | extra | (HasUnboundedQuantifier(pattern) ? RegexOptions.NonBacktracking : RegexOptions.Compiled), Regex.InfiniteMatchTimeout);

    /// <summary>*, + or {n,} outside a character class and not escaped.</summary>
    internal static bool HasUnboundedQuantifier(string pattern)
    {
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char ch = pattern[i];
            if (ch == '\\') { i++; continue; }
            if (inClass) { if (ch == ']') inClass = false; continue; }
            if (ch == '[') inClass = true;
            else if (ch is '*' or '+') return true;
            else if (ch == ',' && i + 1 < pattern.Length && pattern[i + 1] == '}' && i > 0 && char.IsAsciiDigit(pattern[i - 1])) return true;
        }
        return false;
    }

    public static IReadOnlyList<DeadlineRule> Rules { get; } =
    [
        // 从2023年第二季度起 / 从2024年3月起: where a recurrence starts. Not a deadline itself.
        new("recurrence_start_quarter", DeadlineKind.RecurrenceStart, "从自起",
            R($@"(?:从|自)(?<y>(?:19|20)[0-9]{{2}})年(?:第)?(?<q>[一二三四1-4])季度(?:起|开始)"),
            (m, c) => new(QuarterStart(Year(m), Quarter(m)))),
        new("recurrence_start_month", DeadlineKind.RecurrenceStart, "从自起",
            R($@"(?:从|自)(?<y>(?:19|20)[0-9]{{2}})年(?<m>{N})月(?:份)?(?:起|开始)"),
            (m, c) => Date(Year(m), Num(m, "m"), 1)),

        // 2027年3月15日前
        new("full_date", DeadlineKind.Absolute, "年",
            R($@"{Lead}(?<y>(?:19|20)[0-9]{{2}}){Sp}年{Sp}(?<m>{N}){Sp}月{Sp}(?<d>{N}){Sp}[日号]{InBrackets}{TimeBy}?"),
            (m, c) => Date(Year(m), Num(m, "m"), Num(m, "d"))) { NotAfter = SinceOrAfter },
        // 2026.6.30前, 完成时限:2026-06-30, 2026/6/30之前: a numeric date is a deadline when it says "by" or fills a time-limit
        // field; alone ("交办日期:2024-06-05", a page's date) it dates the record. Digits or a dot after it make it
        // something else (a version, an amount).
        new("numeric_date", DeadlineKind.Absolute, ".-/",
            R($@"(?<at>{NumericDate}{By})|(?:时限|完成时间|时间节点|截止时间|截止日期|办结时间)(?:要求)?[:]?[ \t]*(?<at>{NumericDate}{By}?)"),
            (m, c) => Date(Year(m), Num(m, "m"), Num(m, "d"))) { NotBefore = "0123456789.", NotAfter = "0123456789.起后以" },
        // 2027年6月底前, 到2019年6月底, 2019年6月
        new("year_month_end", DeadlineKind.PeriodEnd, "年",
            R($@"{Lead}(?<y>(?:19|20)[0-9]{{2}}){Sp}年{Sp}(?<m>{N}){Sp}月(?:底|末|份)?{By}?"),
            (m, c) => MonthEnd(Year(m), Num(m, "m"))) { NotAfter = SinceOrAfter },
        // 2026年底前, 2026年年底, 2026年度内
        new("year_end_explicit", DeadlineKind.PeriodEnd, "年",
            R($@"{Lead}(?<y>(?:19|20)[0-9]{{2}})年(?:年|度)?(?:底|末|内){By}?"),
            (m, c) => Date(Year(m), 12, 31)) { NotAfter = SinceOrAfter },
        // 1231日前, 20211120日前, 20251月20日前: pages that lose 年/月 in rendering glue the digits; with 日/号 and 前 after
        // them they still name a day (an amount or a count has no 日前). Only digits: nothing else is glued this way.
        // Twenty-first round (recall family, "a date shape unread"): the glued day may be one digit ("于76日之前报教务处",
        // "75日之前通知各班": 76 is no day, so it is 7月6日) and a weekday or a time of day may stand between the day and
        // its 前 ("于418日下班前将…报送", "于117日(星期五)中午12:00前反馈"), as month_day reads "12月20日(星期五)下午5点前".
        // Two digits glue only when they cannot be a day (32 and over: "25日前" stays the 25th, rule day_only). Digits
        // that split two ways ("117日": 1月17日 or 11月7日) name the reading that comes first on or after the reference
        // date: a notice's deadline is the nearest such day (conventions: X月Y日前 is the next occurrence).
        // Rule glued_date_no_day_word (twenty-sixth round): "4.请于201576前,将相关表格报到县农机管理总站" — a page that lost
        // 年/月 may lose the 日 too; a written year, the glued digits and 前 straight after them still name the day
        // (2015年7月6日), as "20211120日前" does with its 日. Only with the year: "于25前" (the 25th, or 2月5日?) stays unread.
        new("glued_date", DeadlineKind.Absolute, "日号前",
            R($@"(?<y>(?:19|20)[0-9]{{2}})?(?<md>1[0-2][0-9]{{1,2}}|[1-9][0-3][0-9]|[4-9][1-9]|3[2-9])[日号]{InBrackets}{TimeBy}|(?<y>(?:19|20)[0-9]{{2}})(?<m>1[0-2]|0?[1-9])月(?<d>{N})[日号]{InBrackets}{TimeBy}?|(?<y>(?:19|20)[0-9]{{2}})(?<md>1[0-2][0-9]{{1,2}}|[1-9][0-3][0-9]|[4-9][1-9]|3[2-9]){By}"),
            (m, c) => m.Groups["md"].Success ? GluedMonthDay(m, c) : m.Groups["y"].Success ? Date(Year(m), Num(m, "m"), Num(m, "d")) : NextMonthDay(m, c))
            { NotBefore = "0123456789.", TriggerWords = ["日前", "号前", "日之前", "号之前", "日以前", "号以前", "月", "日(", "号(", "日上午", "日下午", "日中午", "日晚", "日早上", "日下班", "号上午", "号下午", "号中午", .. GluedBy] },
        // 12月20日前: the next such day on or after the reference date. "6月10前": the 日 is often dropped before 前.
        new("month_day", DeadlineKind.Absolute, "日号前",
            R($@"{Lead}(?:{RelYear}{Sp})?(?<m>{Mo}){Sp}月{Sp}(?<d>{N})(?:{Sp}[日号]{InBrackets}{TimeBy}?|{By})"),
            (m, c) => NextMonthDay(m, c)) { NotAfter = SinceOrAfter },
        // 本月25日前: a day of the reference month.
        new("this_month_day", DeadlineKind.Absolute, "本当",
            R($@"(?:本|当|这个)月(?<d>{N})[日号]{InBrackets}{TimeBy}?"),
            (m, c) => c.Reference is { } r ? Date(r.Year, r.Month, Num(m, "d")) : Resolution.Unresolved) { NotAfter = SinceOrAfter },
        // 12月中旬前: the 10th, the 20th, the month's end.
        new("month_part", DeadlineKind.PeriodEnd, "旬",
            R($@"(?:{RelYear}{Sp})?(?<m>{N}){Sp}月(?<part>上旬|中旬|下旬)(?:末)?{By}?"),
            (m, c) => MonthPart(m, c)) { NotAfter = SinceOrAfter },
        // 10月底前, 今年9月份: the end of that month.
        new("month_end", DeadlineKind.PeriodEnd, "月",
            R($@"{Lead}(?:{RelYear}{Sp})?(?<m>{N}){Sp}月(?:底|末|份){By}?"),
            (m, c) => NextMonthEnd(m, c)) { NotAfter = SinceOrAfter },
        // "9月投入使用" alone on its line (a table's 完成时限 cell, flattened one cell a line): the end of that month.
        // Only as a whole line: "9月，县住建局…" in prose opens a sentence and says when something happened.
        // Written with a line-start anchor (Multiline ^) rather than "(?:^|\n)": the engine then looks for line starts
        // only, where the alternation made it test every character against the whole set of numerals (about 3x slower).
        // Opening keeps what the old pattern meant: the line break before the cell is not the previous match's own.
        new("cell_month", DeadlineKind.PeriodEnd, "月",
            R($@"^[ \t|]*(?<at>(?<m>{N})月)(?:投入使用|完成|完工|竣工|建成|动工|开工)?[ \t|]*(?:\r?\n|$)", RegexOptions.Multiline),
            (m, c) => NextMonthEnd(m, c)) { Before = static (t, s, at, prev) => Opening(t, s, at, prev, " \t|", "\n") },
        // A table's last cell, flattened, that holds only a year, a numeric date or the whole year ("县水务局\n2027年",
        // "县住建局 2026.12.31", "县住建局\n全年"): the time-limit column. Only as the line's last cell, and not under a
        // label line ("交办日期:\n2024-06-05" dates a record); a past year is refused.
        // The pattern starts at the date and CellBefore checks the rest of the line: written as one pattern whose first
        // part could start at almost any character, it ran a class test per character of every text holding a 年.
        new("cell_date", DeadlineKind.PeriodEnd, "年.-/",
            R($@"(?<at>{NumericDate}|(?<y>(?:19|20)[0-9]{{2}})\.(?<m>[0-9]{{1,2}})|(?<y>(?:19|20)[0-9]{{2}})年度?|全年|本年度)[ \t|]*(?:\r?\n|$)"),
            (m, c) => CellDate(m, c)) { Before = CellBefore },
        // 月底前, 本月底: the end of the reference month.
        new("this_month_end", DeadlineKind.PeriodEnd, "月",
            R($@"{Lead}(?:本|这个|当)?月(?:底|末){By}?"),
            (m, c) => c.Reference is { } r ? new(EndOfMonth(r)) : Resolution.Unresolved),
        // 下月底前, 下个月10日前: the next month's end, or that day of the next month.
        // Rule next_month_part: "下月中旬要全部竣工完成": 上旬/中旬/下旬 of the next month are its 10th, 20th and last day,
        // as month_part reads "12月中旬" (r20 line xun-end; owner nb-070 中旬 → the 20th).
        new("next_month", DeadlineKind.PeriodEnd, "下",
            R($@"下个?月(?:(?<end>底|末)|(?<d>{N})[日号]{InBrackets}|(?<part>上旬|中旬|下旬)(?:末)?){By}?"),
            (m, c) => NextMonth(m, c)) { NotAfter = SinceOrAfter, TriggerWords = ["下月", "下个月"] },
        // 月内, 本月内: the end of the reference month ("3个月内" is read whole by the relative rule).
        new("within_month", DeadlineKind.PeriodEnd, "内",
            R(@"(?:本|当|这个)?月内"),
            (m, c) => c.Reference is { } r ? new(EndOfMonth(r)) : Resolution.Unresolved)
            { NotBefore = "个每0123456789一二三四五六七八九十两半", TriggerWords = ["月内"] },
        // 本季度内, 本季度末前, 下季度: the end of the reference quarter, or of the next one.
        new("this_quarter", DeadlineKind.PeriodEnd, "季",
            R($@"(?<w>本|当|这个|下个?)季度?(?:内|末|底)?{By}?"),
            (m, c) => ThisQuarter(m, c)) { NotAfter = SinceOrAfter, TriggerWords = ["本季", "当季", "这个季", "下季", "下个季"] },
        // 用3个月时间, 限期3个月, 3个月时间内: a span of time to get it done, counted from the reference like N个月内.
        new("span_of_time", DeadlineKind.Relative, "用限间",
            R($@"(?:用|利用|限期|花)(?:(?<n>{N})(?<half>个半|个)?(?<u>天|日|周|星期|月|年)|(?<hy>半年))(?:左右)?(?:的)?(?:时间)?(?:内|以内|之内)?|(?:(?<n>{N})(?<half>个半|个)?(?<u>天|日|周|星期|月|年)|(?<hy>半年))(?:左右)?(?:的)?时间(?:内|以内|之内)"),
            (m, c) => c.Reference is { } r ? Relative(m, r) : Resolution.Unresolved) { TriggerWords = ["用", "限期", "花", "时间"] },
        // 年底前, 年内, 明年底, 今年内. Rule year_within_de (twenty-third round): "确保年度内应交尽交": 年度内 is 年内 (as
        // 本年度内 is 今年内); "2026年度内" is year_end_explicit's, whose span starts earlier and wins.
        new("year_end", DeadlineKind.PeriodEnd, "年",
            R($@"{Lead}(?:(?<rel>今年|本年度|本年|明年|当年)(?:年底|年末|年内|底|内)|年底|年末|年内|年度内){By}?"),
            (m, c) => YearEnd(m, c)),
        // 一季度内, 第一季度末, 明年一季度
        new("quarter", DeadlineKind.PeriodEnd, "季",
            R($@"{Lead}{RelYear}?(?:第)?(?<q>[一二三四1-4])季度(?:内|末|底)?{By}?"),
            (m, c) => PeriodEnd(m, c, Quarter(m) * 3)) { NotAfter = SinceOrAfter },
        // 上半年, 明年下半年
        new("half_year", DeadlineKind.PeriodEnd, "半",
            R($@"{Lead}{RelYear}?(?<h>上|下)半年(?:内|末|底)?{By}?"),
            (m, c) => PeriodEnd(m, c, m.Groups["h"].Value == "上" ? 6 : 12)) { NotAfter = SinceOrAfter },
        // 2021年5月-7月, 2025年1月11日至10月底: a period's end is the deadline.
        // Rule day_range_one_day_word: "11月1-15日", "8月27-28日", "元月6-元月13日": the start's 日 is often left out when the
        // end's day carries it; the end day still needs its 日/号, so "3月1-2" (no day word) stays unread.
        // Rule range_dash_forms: "4月7日--4月15日", "9月1日 - 9月30日", "11月22日——26日", "6月15日至20日": the same period
        // written with a doubled dash, blanks around the dash (pages typeset it so), or the end's month left out when it
        // is the start's. Only a day may stand alone after the dash ("5月-7" is no period), so a bare number is never read.
        // Rule range_xun_ends: "5月下旬至6月上旬", "2023年5月下旬---6月上旬", "6月中旬~6月底": a window whose ends are 旬 is
        // due at its end's 旬 (r20 lines range-end and xun-end: the 10th, the 20th, the month's end). The dash may be
        // tripled ("2023年10月27日---11月10日", as pages type it) and the numbers spaced ("5 月 23 日—6 月 2 日", PDF text,
        // the Sp of the single-date rules): both were read as the window's start alone.
        new("range", DeadlineKind.PeriodEnd, "-—~至到",
            R($@"(?:(?<y1>(?:19|20)[0-9]{{2}}){Sp}年{Sp})?(?<m1>{Mo}){Sp}月(?:{Sp}(?<d1>{N}){Sp}[日号]?|底|末|上旬|中旬|下旬)?[ ]?(?:-{{1,3}}|—{{1,3}}|~|至|到)[ ]?(?:(?:(?<y>(?:19|20)[0-9]{{2}}){Sp}年{Sp})?(?<m>{Mo}){Sp}月(?:{Sp}(?<d>{N}){Sp}[日号]|底|末|(?<part>上旬|中旬|下旬))?|(?<d>{N}){Sp}[日号]){By}?"),
            (m, c) => RangeEnd(m, c)) { NotAfter = SinceOrAfter, TriggerWords = ["月-", "月—", "月~", "月至", "月到", "日-", "日—", "日~", "日至", "日到", "底-", "底—", "底至", "末-", "末—", "末至", "日 -", "日 —", "日 至", "旬-", "旬—", "旬~", "旬至", "旬到", .. DayDash] },
        // 10个工作日内: the N-th working day after the reference date, on the official calendar.
        new("working_days", DeadlineKind.WorkingDays, "工",
            R($@"{Lead}(?<n>{N})个?工作日(?:内|以内|之内)"),
            (m, c) => c.Reference is { } r ? WorkingDays(c, r, Num(m, "n")) : Resolution.Unresolved),
        // 3天内, 两周内, 3个月内, 一个半月, 半个月内, 一年内, 半年内 (six months: not 年内, the year's end)
        new("relative", DeadlineKind.Relative, "内半",
            R($@"{Lead}(?:(?<n>{N})(?<half>个半|个)?(?<u>天|日|周|星期|月|年)(?:内|以内|之内)|(?<n>{N})个半月|半个?月(?:内|以内|之内)|(?<hy>半年)(?:内|以内|之内))"),
            (m, c) => c.Reference is { } r ? Relative(m, r) : Resolution.Unresolved),
        // 自即日起30日内, 收到本通知后5个工作日内, 自通知下发之日起一个月内, 会后3天内: counted from the notice or the
        // meeting, that is from the reference. Only these anchors: "自受理之日起20个工作日内" (a standing procedure) and
        // "开工后3个月内" (an event to come) are not the reference.
        new("relative_from_notice", DeadlineKind.Relative, "起后",
            R($@"(?:即日起|今日起|收到(?:本|此|该)?(?:通知|文件|函|交办单)(?:之日起|后)|(?:本|此)?(?:通知|文件)(?:下发|印发|下达)(?:之日起|后)|会后)[,]?(?<at>(?<n>{N})(?<half>个半|个)?(?<u>天|日|周|星期|月|年)(?:内|以内|之内)|(?<n>{N})个?(?<wd>工作日)(?:内|以内|之内))"),
            (m, c) => c.Reference is not { } r ? Resolution.Unresolved : m.Groups["wd"].Success ? WorkingDays(c, r, Num(m, "n")) : Relative(m, r))
            { Target = true, TriggerWords = ["即日起", "今日起", "收到", "下发", "印发", "下达", "会后"] },
        // 今天, 明天下班前, 后天上午10点前: chat-style deadlines, counted in days from the message's date.
        // Rule tonight_by: "今晚20:00前", "明晚12点前" are the evening of that day; only with 前 (by): "今晚召开调度会"
        // says when a meeting is, not by when a job is done.
        // Rule day_word_part_of_day: "并于明天上午送交简单的先进材料", "要求各单位…，明天上午全面完成此项工作": the part of the day
        // (上午, 下午, 晚上, 中午, 早上) without a clock time belongs to the phrase, as part_of_day_by reads "9月30日下午下班前";
        // read alone, "明天" was left before a word the clause reader could not start the job with, and the task lost its
        // day (conventions: chat-style 明天 counts from the reference). "今天上午，县委书记…主持召开…" (the day of a meeting,
        // opening a report) stays an event's time, as "今天，…" is (rule EventDateIsReport).
        new("day_word", DeadlineKind.PeriodEnd, "天日晚",
            R(@"(?<day>今天|今日|明天|明日|后天)(?:(?:上午|下午|晚上|中午)?[0-9]{1,2}[点时∶](?:[0-9]{1,2}分?)?|(?:上午|下午|晚上|中午|早上)?下班|上午|下午|晚上|中午|早上)?(?:前|之前)?|(?<day>今晚|明晚)(?:[0-9]{1,2}[点时∶](?:[0-9]{1,2}分?)?)?(?:前|之前)"),
            (m, c) => c.Reference is { } r ? new(r.AddDays(m.Groups["day"].Value switch { "明天" or "明日" or "明晚" => 1, "后天" => 2, _ => 0 })) : Resolution.Unresolved),
        // 本周内, 下周内: the end (Sunday) of that ISO week.
        new("week_end", DeadlineKind.PeriodEnd, "周",
            R(@"(?<w>本|这|下)(?:周|星期)(?:内|末)"),
            (m, c) => c.Reference is { } r ? new(r.AddDays(7 - (r.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)r.DayOfWeek) + (m.Groups["w"].Value == "下" ? 7 : 0))) : Resolution.Unresolved),
        // 本周五, 下周五前
        new("weekday", DeadlineKind.Weekday, "周星礼",
            R($@"{Lead}(?<w>本|这|下下|下)(?:周|星期|礼拜)(?<d>[一二三四五六日天1-7])(?:下班)?{By}?"),
            (m, c) => c.Reference is { } r ? new(Weekday(m, r)) : Resolution.Unresolved),
        // 周五前, 星期五下班前 (no 本/下): the next such weekday on or after the reference. Only with 前: "周五召开" says
        // when, and 上周五/每周五 are read by other rules or not at all.
        new("bare_weekday", DeadlineKind.Weekday, "周星礼",
            R($@"(?:周|星期|礼拜)(?<d>[一二三四五六日天1-7])(?:下班)?{By}"),
            (m, c) => c.Reference is { } r ? new(NextWeekday(m, r)) : Resolution.Unresolved) { NotBefore = "本这下上每个" },
        // 春节前, 国庆节前: the last working day before that festival's official holiday.
        new("festival", DeadlineKind.Festival, "节旦一年庆秋午明假",
            R($@"{Lead}[“""]?(?<f>春节|农历新年|农历年|过年|元旦|清明节|清明|五一|劳动节|端午节|端午|中秋节|中秋|国庆节|国庆)[”""]?{HolidayBreak}{By}"),
            (m, c) => Festival(m, c)) { NotAfter = "后" },
        // 2025年春节前, 今年农历年前: that year's festival. A rule of its own: an optional year in front would cost the
        // festival rule its fast first-character search.
        new("festival_of_year", DeadlineKind.Festival, "节旦一年庆秋午明假",
            R($@"{RelYear}[“""]?(?<f>春节|农历新年|农历年|过年|元旦|清明节|清明|五一|劳动节|端午节|端午|中秋节|中秋|国庆节|国庆)[”""]?{HolidayBreak}{By}"),
            (m, c) => Festival(m, c)) { NotAfter = "后", TriggerWords = ["年春节", "年农历", "年过年", "年元旦", "年清明", "年五一", "年劳动", "年端午", "年中秋", "年国庆", "年“", "年\""] },
        // 节前: the nearest festival.
        new("any_festival", DeadlineKind.Festival, "节",
            R("节前"),
            (m, c) => c.Reference is { } r ? FromFestival(c.Calendar.NextAnyFestivalDeadline(r)) : Resolution.Unresolved)
            { NotBefore = "环季细章情礼关调使时", NotAfter = "后" },
        // Rule holiday_break: "各部门在放假前要进行一次安全自查", "放假前各部门要对本单位的员工开展一次安全教育": a holiday
        // notice's 放假前 (no festival named) is before the statutory holiday it announces, read like 节前: the last
        // working day before the nearest festival's holiday period. Only when that holiday is at most a week after the
        // reference (holiday notices go out in the days before it); further away, 放假前 is a school's or a unit's own
        // vacation (寒假, 暑假) whose start the text does not give, left undated as the conventions leave it. "暑期放假前",
        // "寒假放假前" say so outright; "春节放假前" is the festival rule's (its span starts earlier and wins).
        new("holiday_break", DeadlineKind.Festival, "假",
            R("放假(?:之)?前"),
            (m, c) => BeforeHolidayBreak(c)) { NotBefore = "假期", NotAfter = "后", TriggerWords = ["放假前", "放假之前"] },
        // Rule holiday_break_short: "假期前对管辖范围开展一次全方位的安全隐患排查", "各部门假前要对分管区域…全面排查": 假期前 and
        // 假前 in a holiday notice are its 放假前, read the same way (the eve of the nearest statutory holiday, within
        // holiday_break's window, else undated). A vacation or a leave named before it is no statutory holiday:
        // 暑假前, 寒假期前, 请假前, 休假前, 年假前, 上学期假前 (期) are left unread, as 暑期放假前 is.
        new("holiday_break_short", DeadlineKind.Festival, "假",
            R("假期?(?:之)?前"),
            (m, c) => BeforeHolidayBreak(c)) { NotBefore = "放假期暑寒请休病事产婚丧年探公", NotAfter = "后", TriggerWords = ["假期前", "假前", "假期之前", "假之前"] },
        // 25日前 (no month): that day of the reference month, or of the next month once it is past.
        // Rule day_only_time: "于25日星期二上午10:00前", "28日(周五)17:00前": a time of day may stand between the day and its
        // 前, as month_day reads "12月20日(星期五)下午5点前"; without it the day alone had no 前 and was not read at all.
        new("day_only", DeadlineKind.Absolute, "日号",
            R($@"(?<d>{N})[日号]{InBrackets}{TimeBy}"),
            (m, c) => NextDay(m, c)) { NotBefore = "月个第0123456789一二三四五六七八九十两", TriggerWords = ["日前", "号前", "日之前", "号之前", "日以前", "号以前", "日为止", "号为止", ")前", "日星期", "日周", "号星期", "号周", "日(", "号(", "日上午", "日下午", "日中午", "日晚", "日早上", "日下班", "号上午", "号下午", "号中午", "号晚", "号下班", "日0", "日1", "日2", "日3", "日4", "日5", "日6", "日7", "日8", "日9", "号0", "号1", "号2", "号3", "号4", "号5", "号6", "号7", "号8", "号9"] },

        // ---- year- and period-level targets: "a target tied to a year is a deadline on its last day" ----
        // Rule period_report: 全年完成情况, 一季度完成情况, 2026年度工作要点, 上半年工作总结: the period names what a report
        // or a document covers (conventions: "a year that only dates the document … is no deadline"), not a time by which
        // to reach a target. Only the period is claimed (the report's noun stays the deliverable), as a veto, so that no
        // target rule reads it ("全年完成" is this_year_target's shape); a by-when elsewhere in the clause
        // ("12月10日前报送全年工作总结") still dates it.
        new("period_report", DeadlineKind.PeriodEnd, "况结点",
            R($@"(?<at>(?:(?:19|20)[0-9]{{2}}年度?|今年|本年度|本年|当年|全年|年度)(?:第?[一二三四1-4]季度|[上下]半年|首季度?)?|第?[一二三四1-4]季度|[上下]半年|首季度?)(?:重点)?(?:工作|目标)?(?:任务)?(?:完成|落实|进展|实施|执行|推进)?(?:工作)?(?:情况|总结|要点)"),
            (m, c) => Resolution.Invalid) { Veto = true, TriggerWords = ["情况", "总结", "要点"] },
        // Rule statistics_period: "统计期为2017年1月1日至2017年12月31日", "统计周期为2017年全年", "本次统计数字截止时间为2007年12月25日":
        // the period (or the as-of day) that a report's figures cover is no time to act by (conventions: statistics
        // yield no task), the same "as of" the 截至 check reads. Only the period after the label is claimed, as a veto;
        // a by-when elsewhere ("请于1月15日前报送，统计周期为2017年第四季度") still dates the task.
        new("statistics_period", DeadlineKind.PeriodEnd, "统数",
            R(@"(?:统计(?:周期|期限|期|时段|区间)|统计(?:数字|数据)?截[止至](?:时间|日期)|数据截[止至](?:时间|日期))(?:为|是|:)?(?<at>[0-9一二三四五六七八九十〇零年月日号度季第上下半全至到止\-—~]+)"),
            (m, c) => Resolution.Invalid) { Veto = true, TriggerWords = ["统计", "数据截"] },
        // Rule reference_point_date: "此次固定资产年度清查盘点的基准日为2019年12月31日", "第七次人口普查的标准时点是2020年11月1日零时":
        // the day an inventory or a census counts as of (its 基准日, 标准时点) is the "as of" of statistics_period, not a
        // time to act by (conventions: dates that are not deadlines, 截至 statistics); the count's own deadline stands
        // elsewhere ("于2020年1月6日前交…"). Only the date after the label is claimed, as a veto, with its time of day (零时):
        // the veto must cover the whole span full_date reads, or the longer reading wins.
        new("reference_point_date", DeadlineKind.PeriodEnd, "基標标",
            R(@"(?:基准日|基準日|基准时点|基準時點|标准时点|標準時點)(?:为|為|是|:)(?<at>[0-9一二三四五六七八九十〇零年月日号时点分]+)"),
            (m, c) => Resolution.Invalid) { Veto = true, TriggerWords = ["基准", "基準", "标准时", "標準時"] },
        // Rule announced_own_event: "市政务公开办将于6月下旬对各县市区开展正式测评", "市教育局将在9月中旬组织有关人员…抽查": a
        // date after 将于/将在 that goes on to what the speaker itself will do then (对…, 组织, 开展, 召开, 举办, 举行, 进行) is
        // the time of its own announced event (conventions: the writer's own announcements are no task), not a time
        // to act by. "此次普查工作将于10月上旬完成" (the work to finish) is left alone. Only the date is claimed, as a veto.
        new("announced_own_event", DeadlineKind.PeriodEnd, "将",
            R(@"将[于在](?<at>[0-9一二三四五六七八九十〇零年月日号上中下旬初底末]+)(?:起|左右)?(?:对|组织|开展|召开|举办|举行|进行)"),
            (m, c) => Resolution.Invalid) { Veto = true, TriggerWords = ["将于", "将在"], Before = NotAskedOfAUnit },
        // Rule period_names_meeting: "全县重点工作现场观摩总结暨冲刺三季度动员会议", "全市重点项目6月份调度会": a month or a
        // quarter right before the name of a meeting (调度会, 动员会, 推进会, 会议…) says which meeting it is, not a time to act
        // by (conventions: the framing of minutes is never a task). "在三季度召开推进会" (a verb between) and "6月份调度会前"
        // (by the meeting) are left alone. Only the period is claimed, as a veto.
        new("period_names_meeting", DeadlineKind.PeriodEnd, "会會",
            R(@"(?<at>(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月份|第?[一二三四1-4]季度|[上下]半年)(?:工作)?(?:调度会|調度會|动员会|動員會|推进会|推進會|座谈会|座談會|部署会|部署會|观摩会|觀摩會|会议|會議)(?:[^前之以]|$)"),
            (m, c) => Resolution.Invalid) { Veto = true },
        // Rule period_names_plan: "部署二季度重点工作任务", "下达了6月份任务计划", "就6月份面临的艰巨任务提出要求": a month,
        // quarter or half that says which period's work is being deployed, handed down or faced names that work (as
        // period_names_meeting names a meeting), it is no time to act by: the deployed tasks carry their own dates, if
        // any. "确保二季度完成…" (a target) and "二季度任务要全面完成" (no deploying verb before it) are left alone. Only the
        // period is claimed, as a veto.
        new("period_names_plan", DeadlineKind.PeriodEnd, "季月半",
            R(@"(?:部署|下达|下達|安排)了?(?<at>(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月份|第?[一二三四1-4]季度|[上下]半年)的?(?:各项|各項)?(?:重点|重點)?(?:工作)?(?:任务|任務|计划|計劃)|(?<at>(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月份|第?[一二三四1-4]季度|[上下]半年)(?:面临|面臨)的"),
            (m, c) => Resolution.Invalid) { Veto = true, TriggerWords = ["部署", "下达", "下達", "安排", "面临", "面臨"] },
        // Rule period_of_convened_meeting: "我院召开2023年12月份创文工作部署会", "古县召开2024年5月份巩固拓展脱贫攻坚成果…月例会",
        // "县政府召开一季度经济运行分析会": a month, quarter or half right after 召开/举行/举办 and before the meeting's name
        // (…会 within the same clause) is part of that name, as period_names_meeting reads it when the name follows at once:
        // it says which meeting is held, not a time to act by (conventions: the framing of minutes is never a task; the
        // meeting's date is no deadline). "召开会议，要求6月份完成…" (the period after the meeting's name) is left alone.
        // Only the period is claimed, as a veto.
        new("period_of_convened_meeting", DeadlineKind.PeriodEnd, "开開行办辦",
            R(@"(?:召开|召開|举行|舉行|举办|舉辦)了?(?<at>(?:(?:19|20)[0-9]{2}年)?(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月份?|第?[一二三四1-4]季度|[上下]半年))[^,。;:\n]{0,30}(?:会|會)"),
            (m, c) => Resolution.Invalid) { Veto = true, TriggerWords = ["召开", "召開", "举行", "舉行", "举办", "舉辦"] },
        // 2027年全面建成…, 2026年度要完成…, 到2018年，全州实现…: the year named as the target. Only "2027年" is the phrase.
        new("year_target", DeadlineKind.PeriodEnd, "年",
            R(@"(?<at>(?<y>(?:19|20)[0-9]{2})年度?)(?:全面|基本|力争|确保|要|实现|完成|建成|达到|达|前全面|圆满收官|收官)"),
            (m, c) => YearTarget(m, c)) { NotBefore = "0123456789", Target = true, TriggerWords = ["年全面", "年基本", "年力争", "年确保", "年要", "年实现", "年完成", "年建成", "年达", "年前全面", "年圆满收官", "年收官", "年度"] },
        // Rule year_phase: "2024年开展集中整治，…，2025年巩固提升整治成效", "河北2022年将新建、改造1700余座公厕": a year
        // named right before the work to do in it (开展, 巩固, 新建, 推进…; 将/要 between) is that year's target, its last
        // day (conventions: year-level targets), and each year of a phased plan dates its own phase. A past year is refused
        // (YearTarget); "2024年度工作要点" (a noun after the year) and "2023年已开展…" are left alone.
        new("year_phase", DeadlineKind.PeriodEnd, "年",
            R(@"(?<at>(?<y>(?:19|20)[0-9]{2})年)(?:将|要)?(?:开展|巩固|加强|新建|推进|组织|启动|深化|新增|改造|创建|完善|提升|推动)"),
            (m, c) => YearTarget(m, c)) { NotBefore = "0123456789", Target = true, TriggerWords = ["年开展", "年巩固", "年加强", "年新建", "年推进", "年组织", "年启动", "年深化", "年新增", "年改造", "年创建", "年完善", "年提升", "年推动", "年将", "年要"] },
        // 确保2019年城建项目按时间节点圆满收官; 推进2022年…处置工作,保证完成…任务: a year's work that must be
        // brought to completion is a year-level target. Only "2019年" is the phrase; a past year is refused.
        new("year_work_target", DeadlineKind.PeriodEnd, "年",
            R(@"(?:确保|保证|力争|争取)(?<at>(?<y>(?:19|20)[0-9]{2})年)[^,。;:\n]{0,16}(?:收官|全面完成|完成|实现|达到|建成)|(?<at>(?<y>(?:19|20)[0-9]{2})年)[^,。;:\n《》]{0,16}(?:工作|任务|项目)[,](?:确保|保证)(?:全面)?(?:完成|实现)"),
            (m, c) => YearTarget(m, c)) { NotBefore = "0123456789", NotAfter = "度", Target = true, TriggerWords = ["确保", "保证", "力争", "争取"] },
        new("by_year", DeadlineKind.PeriodEnd, "到至",
            R(@"(?:到|至)(?<at>(?<y>(?:19|20)[0-9]{2})年)"),
            (m, c) => YearTarget(m, c)) { NotAfter = "度初中月0123456789起以", Target = true, TriggerWords = ["到1", "到2", "至1", "至2"] },
        // "2022年，全市新建5G基站2600个以上": a sentence opened by this or a later year sets that year's targets.
        new("year_opening", DeadlineKind.PeriodEnd, "年",
            R(@"(?<at>(?<y>(?:19|20)[0-9]{2})年)[,，]"),
            (m, c) => YearTarget(m, c)) { Target = true, TriggerWords = ["年,"], Before = SentenceOpening },
        // "四季度，各乡镇要…", "下半年，县住建局要…": a sentence opened by a quarter or half that has not ended yet sets
        // what is to be done in it. One already over ("一季度，全县GDP增长5%" read in May) reports it: refused, not
        // rolled to next year.
        new("period_opening", DeadlineKind.PeriodEnd, "季半",
            R($@"(?<at>{PeriodName})[,]"),
            (m, c) => PeriodNotOver(m, c)) { Target = true, TriggerWords = ["季度,", "半年,", "首季,"], Before = static (t, s, at, prev) => Opening(t, s, at, prev, " \t", "\n。;") },
        // 完成2017年度补充耕地任务: a named year's plan or target.
        new("named_year_target", DeadlineKind.PeriodEnd, "年",
            R(@"(?:完成|实现|冲刺|达到|达成|确保|收官)[^,。;:\n]{0,6}(?<at>(?<y>(?:19|20)[0-9]{2})年度)"),
            (m, c) => YearTarget(m, c)) { Target = true, TriggerWords = ["年度"] },
        // Rule named_year_goal: "确保按时按质完成2024年目标任务", "力争实现2018年“应换尽换”目标", "按照既定时间节点完成2020年
        // “安置提速”…计划目标任务": a named year's target to reach is a year-level target, that year's last day (conventions:
        // "a completion target tied to a year is a deadline on its last day"), as year_level_target reads 全年/年度 and
        // named_year_target 2017年度. Only with a verb of reaching before the year and a target noun after it; a past year is
        // refused (YearTarget), and "已完成2024年目标任务的85%", "提前完成2024年…年度目标任务" (a result reported: 已/累/提前
        // before the verb) are left alone. Soft: the target dates the work asked in its sentence ("…进行有针对性指导，力争实现
        // 2018年“应换尽换”目标" is one task), it asks for nothing of its own (tried without: it split such tasks in two).
        new("named_year_goal", DeadlineKind.PeriodEnd, "年",
            R(@"(?<![已累前])(?:完成|实现|达到|达成|冲刺)[^,。;:\n]{0,6}(?<at>(?<y>(?:19|20)[0-9]{2})年)[^,。;:\n已累]{0,24}(?:目标|任务|计划|指标)"),
            (m, c) => YearTarget(m, c)) { NotBefore = "0123456789", NotAfter = "度初底末", Target = true, Soft = true, TriggerWords = ["目标", "任务", "计划", "指标"] },
        // 确保完成全年目标任务, 全年任务全面完成, 冲刺年度目标: the reference year's last day. Not after 已/累 (已完成全年任务的60%:
        // a result reported, as the YYYY年 form above already reads it).
        // Rule assigned_year_target (twenty-fourth round): "完成市“两拆”作战指挥部下达的全年违建拆除的目标任务": the year's
        // target handed down by a named body (下达的) may stand further from the verb than 6 characters; the assigning
        // body's name is what lengthens it, so the longer window is taken only when it ends in 下达(的) before the year
        // word, and not after 已/累/提前 (a result reported). Train: "完成/实现 … 下达的 全年·年度 …目标/任务" is labelled Dec 31 in
        // 2 of 2 directives (r6a-029, hb-077).
        new("year_level_target", DeadlineKind.PeriodEnd, "年",
            R(@"(?<![已累])(?:完成|实现|冲刺|达到|达成|确保|收官|夺取)[^,。;:\n]{0,6}(?<at>全年|本年度|年度|年终|今年)[^,。;:\n]{0,12}(?:目标|任务|计划|指标)|(?<![已累前])(?:完成|实现|达到)[^,。;:\n已累]{0,16}下达的?(?<at>全年|本年度|年度|今年)[^,。;:\n]{0,12}(?:目标|任务|计划|指标)|(?<at>全年|本年度|年度|今年)[^,。;:\n]{0,12}(?:目标|任务|计划|指标)[^,。;:\n]{0,6}(?:全面完成|完成|实现|达到|收官)"),
            (m, c) => c.Reference is { } r ? new(new DateOnly(r.Year, 12, 31)) : Resolution.Unresolved) { NotBefore = "0123456789去上前明当", Target = true, TriggerWords = ["全年", "年度", "年终", "今年"] },
        // 〔责任单位:…,完成时限:全年〕: a time-limit field that names the whole year is the year's last day.
        new("time_limit_year", DeadlineKind.PeriodEnd, "限间",
            R(@"(?:完成时限|时限要求|完成时间|时间要求|时限)[:]?(?<at>全年|本年度)"),
            (m, c) => c.Reference is { } r ? new(new DateOnly(r.Year, 12, 31)) : Resolution.Unresolved) { Target = true, TriggerWords = ["时限", "完成时间", "时间要求"] },
        // Rule ensured_next_year (twenty-third round): "确保明年建成投入使用", "力争明年全面完成": 明年 ensured with a result to
        // reach is next year's target, its Dec 31 (conventions: 明年 shifts one year), read like 确保今年…完成; 建成 is one
        // more such result (确保今年建成). Train: the ensured year-word shape is labelled Dec 31 in 11 of 12 directives.
        // 紧盯年度目标任务, 对照年度目标任务全力冲刺, 确保今年项目投资实现新突破, 确保在年终考核中…: the year's targets
        // as what the units steer by. Soft: the phrase dates a task that is asked for, it does not make one.
        // Rule ensured_year_result (twenty-fourth round): "确保全年有个好收成", "确保在年终交出一份令群众满意的“民生答卷”":
        // a good harvest for the year, or a result handed in at the year's end, is one more result to reach after the
        // ensured year word (conventions: 今年/全年/年终 + a target to reach). Train: labelled Dec 31 in 2 of 2 documents
        // (r5m-012 = r5l-034, r14l-025; la-056 年终考核中交出 too), against none; "确保今年经济工作高质量开局" (a start, hb-061,
        // null) is left out.
        new("year_target_steer", DeadlineKind.PeriodEnd, "年",
            R(@"(?:紧盯|盯紧|对照|瞄准|锚定)[^,。;:\n]{0,6}(?<at>全年|本年度|年度|年终|今年)[^,。;:\n]{0,12}(?:目标|任务|计划|指标)|(?:确保|保证|力争|争取)在?(?<at>今年|全年|年终|明年)[^,。;:\n]{0,16}(?:实现|完成|达到|考核|建成|好收成|交出)"),
            (m, c) => c.Reference is { } r ? new(new DateOnly(r.Year + (m.Groups["at"].ValueSpan is "明年" ? 1 : 0), 12, 31)) : Resolution.Unresolved)
            { NotBefore = "0123456789去上前明当", Target = true, Soft = true, TriggerWords = ["全年", "年度", "年终", "今年", "明年"] },
        // Rule year_work_ensured (twenty-fifth round): "全力做好今年招商引资各项工作,强化细节措施,确保完成招商任务", "严格按照
        // 年度目标任务和时间节点落实…,确保按质按量完成…建设", "严格按照…制定的一季度经济社会发展“开门红”工作方案要求,…,确保各项
        // 目标任务顺利实现": the year (or quarter) named as the work to do (after 做好/抓好/按照/围绕/落实/推进), and a later
        // clause of the same sentence that ensures its completion, is a completion target tied to that period (conventions:
        // "今年 / 全年 / 年度 + a target to reach → Dec 31 of the reference year"; "a quarter named as a target → the end of
        // that period"). year_level_target reads the shape inside one clause; here the ensuring clause closes the sentence.
        // Only with the work verb right before the period (a few words between): "今年为民办实事工作项目分布广、…，确保
        // 各项任务如期完成" (the year as a description's subject, labelled no date) is left alone; a window with 已 in it
        // reports progress, and a number in it (a day, "6月30日前完成签约任务") leaves the date to the clause that writes it.
        // Train: labelled with the period's end in 3 of 3 directives of the shape (r5l-009, r5l-061, hb-059).
        new("year_work_ensured", DeadlineKind.PeriodEnd, "年季",
            R(@"(?:做好|抓好|按照|围绕|落实|推进)[^,。;:\n已]{0,12}(?<at>今年|本年度|年度|全年|第?(?<q>[一二三四1-4])季度)[^。;:\n已0-9]{0,50}(?:确保|保证)[^,。;:\n已0-9]{0,10}(?:完成|实现)"),
            (m, c) => m.Groups["q"].Success ? PeriodEnd(m, c, Quarter(m) * 3) : c.Reference is { } r ? new(new DateOnly(r.Year, 12, 31)) : Resolution.Unresolved)
            { NotBefore = "0123456789去上前明当", Target = true, TriggerWords = ["确保", "保证"] },
        // 今年县住建局要完成改造老旧小区20个, 全年新增就业5000人: the year named before what must be reached in it.
        // A window with 已/累 in it reports progress ("今年已完成…"), 今年以来/今年前三季度 is a period looked back on.
        new("this_year_target", DeadlineKind.PeriodEnd, "年",
            R(@"(?<at>今年|全年|本年度)[^,。;:\n已累]{0,14}(?:完成|实现|新建|新增|建成|达到)"),
            (m, c) => c.Reference is { } r ? new(new DateOnly(r.Year, 12, 31)) : Resolution.Unresolved)
            { NotBefore = "0123456789去上前明当", NotAfter = "以前的来", Target = true, TriggerWords = ["今年", "全年", "本年度"] },
        // “十四五”末, 到“十五五”期间: five-year-plan periods end on Dec 31 of their last year.
        // Rule plan_period_as_target: 期间 is that end only before what is to be reached in it ("“十五五”期间建成…",
        // "“十五五”期间要全面完成…"); "对“十五五”期间符合本镇发展的产业路提前规划申报", "是“十四五”期间最大规模的文物保护行动"
        // use the period to say which roads or which campaign, no time to act by (the conventions' "a year that only
        // dates … is no deadline"). 期末/末/时期末 are ends in themselves and stay as they were.
        new("five_year_plan", DeadlineKind.PeriodEnd, "五",
            R(@"[“""]?十(?<p>[一二三四五六])五[”""]?(?:期末|末|时期末|期间(?=(?:要|将|内|力争|确保|全面|基本){0,2}(?:完成|建成|实现|达到|达|建设|新建|打造)))"),
            (m, c) => new(new DateOnly(2005 + 5 * ChineseText.ParseNumber(m.Groups["p"].ValueSpan), 12, 31))) { NotAfter = "的", Target = true, TriggerWords = ["十一五", "十二五", "十三五", "十四五", "十五五", "十六五"] },
        // 首季, 首季度: the first quarter.
        new("first_quarter", DeadlineKind.PeriodEnd, "首",
            R($@"{RelYear}?首季度?(?:内|末)?"),
            (m, c) => PeriodEnd(m, c, 3)) { TriggerWords = ["首季"] },
        // 首季开门红, 一季度开门红: the good start is a first-quarter target.
        new("good_start", DeadlineKind.PeriodEnd, "季",
            R($@"{RelYear}?(?:首季度?|(?:第)?一季度)(?:实现)?开门红"),
            (m, c) => PeriodEnd(m, c, 3)) { Target = true, TriggerWords = ["开门红"] },
        // 双过半 (时间过半、任务过半): half the year's target by mid-year.
        new("half_way", DeadlineKind.PeriodEnd, "过",
            R(@"(?<at>双过半|时间过半、任务过半)"),
            (m, c) => PeriodEnd(m, c, 6)) { Target = true, TriggerWords = ["过半"] },
        // 确保上半年完成过半, 力争一季度实现开门红, 上半年投资完成过半, 奋战四季度: a quarter or half named as what a target
        // must be reached by, with words between ("上半年" + "投资" + "完成过半"). Only after 确保/力争/冲刺… or before 过半: a bare
        // "一季度全县完成投资…" is a report of the quarter. A window with 已/累 reports progress.
        new("period_target", DeadlineKind.PeriodEnd, "季半",
            R($@"(?:确保|力争|争取|务必|保证)在?(?<at>{PeriodName})[^,。;:\n已累]{{0,10}}(?:完成|实现|达到|建成|完工|过半)|(?<at>{PeriodName})[^,。;:\n已累]{{0,10}}过半|(?:冲刺|奋战|决战|决胜|攻坚)(?<at>{PeriodName})"),
            (m, c) => PeriodEnd(m, c, m.Groups["q"].Success ? Quarter(m) * 3 : m.Groups["h"].Value == "下" ? 12 : m.Groups["h"].Success ? 6 : 3))
            { NotAfter = SinceOrAfter, Target = true, TriggerWords = ["确保", "力争", "争取", "务必", "保证", "过半", "冲刺", "奋战", "决战", "决胜", "攻坚"] },

        // Rule sprint_days: 大干15天, 冲刺最后十天, 奋战20天: a push of N days from the meeting is the target's time, the
        // reference + N days (customer da-038 大干15天 on 6-15 → 6-30, da-044 冲刺最后十天). Only after a push verb: "工期20天"
        // names a duration. A campaign's name ("百日攻坚行动") is no deadline: tried, it dated every task of its lists
        // (spurious +1.3 r5-lists, +2.1 r6-lookalikes), so it is left out.
        new("sprint_days", DeadlineKind.Relative, "天日",
            R($@"(?:大干|苦干|冲刺|奋战|决战|鏖战|攻坚)(?:最后)?(?<n>{N})天"),
            (m, c) => c.Reference is not { } r ? Resolution.Unresolved : Num(m, "n") is > 0 and <= 366 and var n ? new(r.AddDays(n)) : Resolution.Invalid)
            { Target = true, TriggerWords = ["大干", "苦干", "冲刺", "奋战", "决战", "鏖战", "攻坚"] },

        // 每季度结束后5个工作日内, 每月结束后10日内: the first period end + N (working) days on or after the reference.
        // Rule period_after_de: "每季度结束后的15日内" — a 的 may stand between 后 and the count; read the same.
        new("recurring_after_period", DeadlineKind.Recurring, "后",
            R($@"每个?(?<p>季度|季|月|半年|年度|年)(?:结束|终了|末)后的?(?<n>{N})(?<u>个?工作日|天|日)(?:内|以内|之内)?"),
            (m, c) => RecurringAfterPeriod(m, c)) { TriggerWords = ["结束后", "终了后", "末后"] },

        // 每个季度第1个月的20日前, 每季度末月10日前: the first occurrence is the deadline, the recurrence is kept.
        new("recurring_quarter_day", DeadlineKind.Recurring, "季",
            R($@"每个?季度?(?:第(?<k>{N})个?月|(?<last>末月|最后一个月))?的?(?<d>{N})[日号]{By}?"),
            (m, c) => RecurringQuarter(m, c)),
        // 分别于6月30日、12月20日前报送: several dates for one duty; the first is the deadline, the list is kept as the recurrence.
        new("respective_dates", DeadlineKind.Recurring, "分",
            R($@"分别(?:于|在)(?<at>{RelYear}?(?<m>{N})月(?:(?<d>{N})[日号]|底|末)?(?:[、和及与,](?:(?:19|20)[0-9]{{2}}年)?{N}月(?:{N}[日号]|底|末)?)+{By}?)"),
            (m, c) => RespectiveDates(m, c)) { TriggerWords = ["分别于", "分别在"] },
        // 每周五, 每个星期五: the first such weekday on or after the reference. Rule weekday_not_a_word: the day character
        // that begins a word is no weekday — a count (每周一次 / 一天 / 一期 / 一轮: how often) or 日程 / 日常 (每周日程: the
        // week's schedule); the bare 每周 is read by recurring_period (no date).
        new("recurring_weekday", DeadlineKind.Recurring, "每",
            R(@"每个?(?:周|星期|礼拜)(?<d>[一二三四五六日天1-7])(?:前|之前)?"),
            (m, c) => (c.RecurrenceStart ?? c.Reference) is { } from ? new(NextWeekday(m, from), Recurrence: m.Value) : new(null, NeedsReference: true, Recurrence: m.Value)) { NotAfter = "次天期回遍轮程常", TriggerWords = ["每周", "每个周", "每星期", "每个星期", "每礼拜", "每个礼拜"] },
        // 每年9月10日前, 每年6月底前: the next such day, or month end ("每年6月" alone: the month's end).
        new("recurring_year_day", DeadlineKind.Recurring, "每",
            R($@"每年(?:的)?(?<m>{N})月(?:(?<d>{N})[日号]|(?<end>底|末))?{By}?"),
            (m, c) => RecurringYear(m, c)) { TriggerWords = ["每年"] },
        new("recurring_month_day", DeadlineKind.Recurring, "每",
            R($@"每个?月(?:的)?(?<d>{N})[日号]{By}?"),
            (m, c) => RecurringMonth(m, c)),
        // 每月底前, 每季度末, 每季度, 每半年, 每年: the first period end on or after the reference. 每周 alone: no date.
        new("recurring_period", DeadlineKind.Recurring, "每",
            R(@"每(?:个)?(?<p>季度|季|月|周|星期|年|半年)(?:(?:月|年|季度|季)?(?<end>末|底))?(?:前|之前)?"),
            (m, c) => RecurringPeriodEnd(m, c)) { NotAfter = "的" },   // "每季度的形象进度": which progress, not when
    ];

    // Which rules may match, found in one pass over the text: the pass marks which of the characters the rules look for
    // the text holds (a bit per such "cue" character), and each rule's filters are then a few ANDs of those bits:
    // - its trigger characters: every trigger character names the rules it wakes; a rule with none never runs;
    // - the characters every match of its pattern holds (RequiredChars): a set none of whose characters is there rules
    //   the pattern out without running it;
    // - its trigger words: none can occur where none of their first characters is (the word search runs only then).
    // Most woken rules find nothing, and these say so without running the pattern. The pass used to be a vectorized
    // search per trigger occurrence, and each filter a search of its own over the text (per rule, per required set):
    // on texts full of dates, dozens of searches whose set-up cost more than the characters they read.
    static readonly int RuleWords = CheckedWords(Rules.Count);
    // The rules as an array: the scan reads them by index (Rules is an interface, a call per read).
    static readonly DeadlineRule[] RuleArray = [.. Rules];
    static readonly char[][][] RequiredByRule = [.. Rules.Select(r => RequiredChars.SetsOf(r.Pattern))];
    static readonly PhraseSet?[] TriggerWordSets = [.. Rules.Select(r =>
        r.TriggerWords.Length > 0 && r.TriggerWords.All(w => w.Length > 0 && w == w.Trim()) ? new PhraseSet(r.TriggerWords) : null)];
    static readonly int[][][] PairsByRule = [.. Rules.Select(r => RequiredPairs.SetsOf(r.Pattern))];
    static readonly char[] Cues = [.. Rules.SelectMany(r => r.Triggers)
        .Concat(RequiredByRule.SelectMany(sets => sets.SelectMany(set => set)))
        .Concat(TriggerWordSets.SelectMany(words => words?.Words.Select(w => w[0]) ?? []))
        .Concat(PairsByRule.SelectMany(sets => sets.SelectMany(set => set.SelectMany(pair => new[] { (char)(pair >> 16), (char)pair }))))
        .Distinct()];
    static readonly int CueWords = CheckedWords(Cues.Length);
    // A bit per character (8 KB): is it a cue? Then its number, 0.. (a table of all chars: read only for cues).
    static readonly ulong[] IsCue = CharBits.Of(Cues);
    static readonly ushort[] CueNumber = CueNumbers();
    // Per cue: the rules it wakes as a trigger (null: none). Per rule: a mask of cues per required set, and of its
    // trigger words' first characters (null: no trigger words, or words the word list cannot hold).
    static readonly ulong[]?[] RulesWokenBy = [.. Cues.Select(c => Rules.Any(r => r.Triggers.Contains(c))
        ? RuleBits(Rules.Select((r, i) => (r, i)).Where(x => x.r.Triggers.Contains(c)).Select(x => x.i)) : null)];
    static readonly ulong[][][] RequiredMasks = [.. RequiredByRule.Select(sets => sets.Select(CueMask).ToArray())];
    // The same masks as the words that hold a bit, with their bits: a set's characters fall in one or two of the mask's
    // words, and every woken rule is tested against them (most fail), so only those words are read.
    static readonly (int Word, ulong Bits)[][][] RequiredWords = [.. RequiredMasks.Select(sets => sets.Select(mask =>
        mask.Select((bits, word) => (word, bits)).Where(x => x.bits != 0).ToArray()).ToArray())];
    static readonly ulong[]?[] TriggerWordStarts = [.. TriggerWordSets.Select(words => words is null ? null : CueMask(words.Words.Select(w => w[0])))];
    // Per rule, per required pair set (RequiredPairs): the words of a table of cue pairs (first cue's number * cues +
    // the second's) that the set's pairs fall in, with their bits. Only its few words are read, against a table the
    // scan fills with the pairs of adjacent cues the text holds.
    static readonly (int Word, ulong Bits)[][][] PairMasks = [.. PairsByRule.Select(sets => sets.Select(PairMask).ToArray())];
    [ThreadStatic] static ulong[]? t_pairs;
    [ThreadStatic] static int[]? t_pairWords;

    static ushort[] CueNumbers()
    {
        var numbers = new ushort[65536];
        for (int i = 0; i < Cues.Length; i++) numbers[Cues[i]] = (ushort)i;
        return numbers;
    }

    static ulong[] RuleBits(IEnumerable<int> rules)
    {
        var bits = new ulong[RuleWords];
        foreach (int i in rules) bits[i >> 6] |= 1UL << (i & 63);
        return bits;
    }

    static ulong[] CueMask(IEnumerable<char> chars)
    {
        var mask = new ulong[CueWords];
        foreach (char c in chars) { int n = Array.IndexOf(Cues, c); mask[n >> 6] |= 1UL << (n & 63); }
        return mask;
    }

    static (int Word, ulong Bits)[] PairMask(int[] pairs)
    {
        var words = new SortedDictionary<int, ulong>();
        foreach (int pair in pairs)
        {
            int n = Array.IndexOf(Cues, (char)(pair >> 16)) * Cues.Length + Array.IndexOf(Cues, (char)pair);
            words[n >> 6] = words.GetValueOrDefault(n >> 6) | 1UL << (n & 63);
        }
        return [.. words.Select(w => (w.Key, w.Value))];
    }

    static bool AnyPair(ulong[] pairs, (int Word, ulong Bits)[] mask)
    {
        foreach (var (w, bits) in mask)
            if ((pairs[w] & bits) != 0) return true;
        return false;
    }

    static bool AnyCue(ReadOnlySpan<ulong> present, (int Word, ulong Bits)[] mask)
    {
        foreach (var (w, bits) in mask)
            if ((present[w] & bits) != 0) return true;
        return false;
    }

    static bool AnyCue(ReadOnlySpan<ulong> present, ulong[] mask)
    {
        for (int w = 0; w < mask.Length; w++)
            if ((present[w] & mask[w]) != 0) return true;
        return false;
    }

    // ---- productions -------------------------------------------------------------------------------

    static int Num(Match m, string g) => ChineseText.ParseNumber(m.Groups[g].ValueSpan);
    static int Year(Match m) => int.Parse(m.Groups["y"].ValueSpan);
    static int Quarter(Match m) => m.Groups["q"].Value switch { "一" or "1" => 1, "二" or "2" => 2, "三" or "3" => 3, _ => 4 };

    static Resolution Date(int y, int m, int d) =>
        m is >= 1 and <= 12 && y is >= 1900 and <= 2200 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new(new DateOnly(y, m, d)) : Resolution.Invalid;

    static Resolution MonthEnd(int y, int m) =>
        m is >= 1 and <= 12 && y is >= 1900 and <= 2200 ? new(new DateOnly(y, m, DateTime.DaysInMonth(y, m))) : Resolution.Invalid;

    static DateOnly EndOfMonth(DateOnly d) => new(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month));
    static DateOnly QuarterStart(int y, int q) => new(y, (q - 1) * 3 + 1, 1);

    /// <summary>The year a month-level phrase speaks of: written, 今年/明年, or null to mean "next on or after the reference".</summary>
    static int? ExplicitYear(Match m, DateOnly? reference)
    {
        if (m.Groups["y"].Success) return Year(m);
        if (m.Groups["rel"].Value is "去年" or "上年" or "前年") return 1;   // an impossible year: the rule refuses it
        return m.Groups["rel"].Value switch
        {
            "今年" or "本年" or "当年" or "本年度" => reference?.Year,
            "明年" or "次年" => reference?.Year + 1,
            _ => null,
        };
    }

    static bool HasYearWord(Match m) => m.Groups["y"].Success || m.Groups["rel"].Success && m.Groups["rel"].Length > 0;

    static Resolution NextMonthDay(Match m, DeadlineContext c)
    {
        int month = MonthNum(m, "m"), day = Num(m, "d");
        if (ExplicitYear(m, c.Reference) is { } y) return Date(y, month, day);
        if (HasYearWord(m) || c.Reference is not { } r) return Resolution.Unresolved;
        return NextOccurrence(month, day, r);
    }

    /// <summary>The month and day on or after <paramref name="r"/>: this year's, else next year's (an impossible day stays invalid).</summary>
    static Resolution NextOccurrence(int month, int day, DateOnly r)
    {
        var first = Date(r.Year, month, day);
        if (first.Date is not { } d) return first;
        return d >= r ? first : Date(r.Year + 1, month, day);
    }

    /// <summary>Rule glued_date: the digits of a month and a day with nothing between them ("76", "418", "1231", "117").
    /// Each way to split them into a month (1-12) and a day (1-31) is a reading; with a year written, its dates, else
    /// the next occurrence of each; the earliest on or after the reference wins (the latest before it when none is).
    /// Without a reference, two readings stay unresolved.</summary>
    static Resolution GluedMonthDay(Match m, DeadlineContext c)
    {
        var md = m.Groups["md"].ValueSpan;
        int? year = m.Groups["y"].Success ? Year(m) : null;
        DateOnly? best = null, latestBefore = null;
        int readings = 0;
        for (int k = 1; k <= 2 && k < md.Length; k++)
        {
            if (md.Length - k > 2) continue;
            int month = int.Parse(md[..k]), day = int.Parse(md[k..]);
            if (month is < 1 or > 12 || day is < 1 or > 31) continue;
            Resolution r;
            if (year is { } y) r = Date(y, month, day);
            else if (c.Reference is { } rf) r = NextOccurrence(month, day, rf);
            else { readings++; continue; }
            if (r.Date is not { } d) continue;
            readings++;
            if (c.Reference is { } reference && d < reference) { if (latestBefore is null || d > latestBefore) latestBefore = d; }
            else if (best is null || d < best) best = d;
        }
        if (readings == 0) return Resolution.Invalid;
        if (year is null && c.Reference is null) return Resolution.Unresolved;
        if (c.Reference is null && readings > 1) return Resolution.Unresolved;
        return (best ?? latestBefore) is { } chosen ? new(chosen) : Resolution.Invalid;
    }

    static Resolution NextMonthEnd(Match m, DeadlineContext c)
    {
        int month = Num(m, "m");
        if (ExplicitYear(m, c.Reference) is { } y) return MonthEnd(y, month);
        if (HasYearWord(m) || c.Reference is not { } r) return Resolution.Unresolved;
        var first = MonthEnd(r.Year, month);
        if (first.Date is not { } d) return first;
        return d >= r ? first : MonthEnd(r.Year + 1, month);
    }

    static Resolution MonthPart(Match m, DeadlineContext c)
    {
        var end = NextMonthEnd(m, c);
        if (end.Date is not { } d) return end;
        return new(new DateOnly(d.Year, d.Month, XunDay(m.Groups["part"].ValueSpan, d.Day)));
    }

    /// <summary>The day a 旬 ends on: 上旬 the 10th, 中旬 the 20th, 下旬 the month's last day (given).</summary>
    static int XunDay(ReadOnlySpan<char> part, int lastDay) => part switch { "上旬" => 10, "中旬" => 20, _ => lastDay };

    static Resolution NextMonth(Match m, DeadlineContext c)
    {
        if (c.Reference is not { } r) return Resolution.Unresolved;
        var next = new DateOnly(r.Year, r.Month, 1).AddMonths(1);
        if (m.Groups["part"].Success) return new(new DateOnly(next.Year, next.Month, XunDay(m.Groups["part"].ValueSpan, EndOfMonth(next).Day)));
        return m.Groups["end"].Success ? new(EndOfMonth(next)) : Date(next.Year, next.Month, Num(m, "d"));
    }

    static Resolution ThisQuarter(Match m, DeadlineContext c)
    {
        if (c.Reference is not { } r) return Resolution.Unresolved;
        var start = new DateOnly(r.Year, (r.Month - 1) / 3 * 3 + 1, 1).AddMonths(m.Groups["w"].Value.StartsWith('下') ? 3 : 0);
        return new(EndOfMonth(start.AddMonths(2)));
    }

    static Resolution YearEnd(Match m, DeadlineContext c)
    {
        if (c.Reference is not { } r) return Resolution.Unresolved;
        int year = m.Groups["rel"].Value == "明年" ? r.Year + 1 : r.Year;
        return new(new DateOnly(year, 12, 31));
    }

    /// <summary>Quarter and half-year ends: a written year wins; otherwise the next such end on or after the reference.</summary>
    static Resolution PeriodEnd(Match m, DeadlineContext c, int lastMonth)
    {
        if (ExplicitYear(m, c.Reference) is { } y) return MonthEnd(y, lastMonth);
        if (HasYearWord(m) || c.Reference is not { } r) return Resolution.Unresolved;
        var end = new DateOnly(r.Year, lastMonth, DateTime.DaysInMonth(r.Year, lastMonth));
        return new(end >= r ? end : end.AddYears(1));
    }

    static Resolution WorkingDays(DeadlineContext c, DateOnly r, int n)
    {
        if (n is <= 0 or > 366) return Resolution.Invalid;
        var d = c.Calendar.AddWorkingDays(r, n);
        // Without the State Council's schedule for a year, the count used weekends only: say so.
        return new(d, Provisional: !c.Calendar.HasOfficialData(r.Year) || !c.Calendar.HasOfficialData(d.Year));
    }

    static Resolution Relative(Match m, DateOnly r)
    {
        if (m.Groups["hy"].Success) return new(r.AddMonths(6));               // 半年
        if (!m.Groups["n"].Success) return new(r.AddDays(15));                 // 半个月
        int n = Num(m, "n");
        if (n is <= 0 or > 1000) return Resolution.Invalid;
        bool half = m.Groups["half"].Value == "个半" || !m.Groups["u"].Success;  // 一个半月
        string unit = m.Groups["u"].Success ? m.Groups["u"].Value : "月";
        DateOnly d = unit switch
        {
            "天" or "日" => r.AddDays(n),
            "周" or "星期" => r.AddDays(7 * n),
            "月" => r.AddMonths(n),                                              // clamps 1-31 + 1 month to 2-28
            _ => r.AddYears(n),
        };
        return new(half ? d.AddDays(unit == "月" ? 15 : 0) : d);
    }

    static DateOnly Weekday(Match m, DateOnly r)
    {
        int dow = m.Groups["d"].Value switch
        {
            "一" or "1" => 1, "二" or "2" => 2, "三" or "3" => 3, "四" or "4" => 4, "五" or "5" => 5, "六" or "6" => 6, _ => 7,
        };
        int weeks = m.Groups["w"].Value switch { "下" => 1, "下下" => 2, _ => 0 };
        int today = r.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)r.DayOfWeek;  // ISO week: Monday first
        return r.AddDays(1 - today + 7 * weeks + dow - 1);
    }

    static Resolution Festival(Match m, DeadlineContext c)
    {
        if (!FestivalNames.TryParse(m.Groups["f"].Value, out var f)) return Resolution.Invalid;
        // "2025年春节前", "今年农历年前": that year's festival. Looked for from December of the year before, so
        // that 元旦 (whose deadline falls in the old year) and an early 春节 are still that year's.
        if (ExplicitYear(m, c.Reference) is { } y)
            return y is >= 1901 and <= 2200 ? FromFestival(c.Calendar.NextFestivalDeadline(f, new DateOnly(y - 1, 12, 1))) : Resolution.Invalid;
        if (HasYearWord(m)) return Resolution.Unresolved;
        return c.Reference is { } r ? FromFestival(c.Calendar.NextFestivalDeadline(f, r)) : Resolution.Unresolved;
    }

    static Resolution FromFestival(FestivalDeadline d) => new(d.Date, d.Provisional);

    /// <summary>How far ahead a holiday may be for a bare 放假前 to be its eve (holiday_break): two weeks.</summary>
    // Rule holiday_break_fortnight (r20-misc line holiday-anchor-last-workday): holiday notices of schools and units go
    // out one to two weeks before 清明, 五一, 端午, 中秋 and 国庆 ("在放假前对本部门进行一次全面的安全检查" 8, 9 and 12 days
    // before 劳动节 and 端午 in r14d-061, r14d-062, r14d-063, r14d-069), and their 放假前 is the eve of that holiday.
    const int HolidayNoticeLeadDays = 14;
    /// <summary>Before 春节 the window stays a week: in the weeks before it, 放假前 is a school's or unit's own winter
    /// vacation (寒假), whose start the text does not give (r11s-120, r11s-067, r11s-121 date it from their own notice).</summary>
    const int SpringFestivalNoticeLeadDays = 7;

    static Resolution BeforeHolidayBreak(DeadlineContext c)
    {
        if (c.Reference is not { } r) return Resolution.Unresolved;
        var next = c.Calendar.NextAnyFestivalDeadline(r);
        int lead = next.Festival == TaskBot.Calendar.Festival.SpringFestival ? SpringFestivalNoticeLeadDays : HolidayNoticeLeadDays;
        return next.Date.DayNumber - r.DayNumber <= lead ? FromFestival(next) : Resolution.Unresolved;
    }

    static DateOnly NextWeekday(Match m, DateOnly from)
    {
        int dow = m.Groups["d"].Value switch
        {
            "一" or "1" => 1, "二" or "2" => 2, "三" or "3" => 3, "四" or "4" => 4, "五" or "5" => 5, "六" or "6" => 6, _ => 7,
        };
        int today = from.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)from.DayOfWeek;
        return from.AddDays((dow - today + 7) % 7);
    }

    /// <summary>The month of group g: a number, or 元 (元月, January).</summary>
    static int MonthNum(Match m, string g) => m.Groups[g].ValueSpan is "元" ? 1 : Num(m, g);

    /// <summary>The end of a range: its last day, or its last month's end; its year, the start's year, or the next.</summary>

    static Resolution RangeEnd(Match m, DeadlineContext c)
    {
        // "6月15日至20日": an end without its month is in the start's month.
        int month = m.Groups["m"].Success ? MonthNum(m, "m") : MonthNum(m, "m1");
        int? year = m.Groups["y"].Success ? Year(m) : m.Groups["y1"].Success ? int.Parse(m.Groups["y1"].ValueSpan) : null;
        if (year is null)
        {
            if (c.Reference is not { } r) return Resolution.Unresolved;
            year = r.Year;
        }
        var end = m.Groups["d"].Success ? Date(year.Value, month, Num(m, "d")) : MonthEnd(year.Value, month);
        // "11月-1月": the range runs into the next year.
        if (end.Date is { } d && !m.Groups["y"].Success && MonthNum(m, "m1") > month) end = m.Groups["d"].Success ? Date(d.Year + 1, d.Month, d.Day) : MonthEnd(d.Year + 1, month);
        // "…至6月上旬": the end's 旬 (range_xun_ends).
        if (m.Groups["part"].Success && end.Date is { } e) return new(new DateOnly(e.Year, e.Month, XunDay(m.Groups["part"].ValueSpan, e.Day)));
        return end;
    }

    static Resolution NextDay(Match m, DeadlineContext c)
    {
        int day = Num(m, "d");
        if (day is < 1 or > 31) return Resolution.Invalid;
        if (c.Reference is not { } r) return Resolution.Unresolved;
        for (int i = 0; i < 3; i++)
        {
            var month = new DateOnly(r.Year, r.Month, 1).AddMonths(i);
            if (day > DateTime.DaysInMonth(month.Year, month.Month)) continue;
            var d = new DateOnly(month.Year, month.Month, day);
            if (d >= r) return new(d);
        }
        return Resolution.Invalid;
    }

    /// <summary>A year named as a target: its last day; a year already past is no deadline.</summary>
    static Resolution YearTarget(Match m, DeadlineContext c)
    {
        int y = Year(m);
        if (c.Reference is { } r && y < r.Year) return Resolution.Invalid;
        return Date(y, 12, 31);
    }

    static Resolution RecurringYear(Match m, DeadlineContext c)
    {
        int month = Num(m, "m");
        if (month is < 1 or > 12) return Resolution.Invalid;
        // 每年6月底前: the month's last day (29 Feb falls back to 28 in the years that have none, below).
        int day = m.Groups["d"].Success ? Num(m, "d") : DateTime.DaysInMonth(2024, month);
        if ((c.RecurrenceStart ?? c.Reference) is not { } from) return new(null, NeedsReference: true, Recurrence: m.Value);
        var first = Date(from.Year, month, Math.Min(day, m.Groups["d"].Success ? day : DateTime.DaysInMonth(from.Year, month)));
        if (first.Date is not { } d) return first;
        return new(d >= from ? d : new DateOnly(from.Year + 1, month, Math.Min(day, DateTime.DaysInMonth(from.Year + 1, month))), Recurrence: m.Value);
    }

    static Resolution RecurringQuarter(Match m, DeadlineContext c)
    {
        int k = m.Groups["k"].Success ? Num(m, "k") : m.Groups["last"].Success ? 3 : 1, day = Num(m, "d");
        if (k is < 1 or > 3 || day is < 1 or > 31) return Resolution.Invalid;
        if ((c.RecurrenceStart ?? c.Reference) is not { } from) return new(null, NeedsReference: true, Recurrence: m.Value);
        for (int i = 0; i < 6; i++)
        {
            int q0 = (from.Month - 1) / 3;
            var month = new DateOnly(from.Year, q0 * 3 + 1, 1).AddMonths(3 * i + k - 1);
            var d = new DateOnly(month.Year, month.Month, Math.Min(day, DateTime.DaysInMonth(month.Year, month.Month)));
            if (d >= from) return new(d, Recurrence: m.Value);
        }
        return new(null, Recurrence: m.Value);
    }

    static Resolution RecurringPeriodEnd(Match m, DeadlineContext c)
    {
        if ((c.RecurrenceStart ?? c.Reference) is not { } from) return new(null, Recurrence: m.Value);
        DateOnly? end = m.Groups["p"].Value switch
        {
            "月" => EndOfMonth(from),
            "季度" or "季" => EndOfMonth(new DateOnly(from.Year, (from.Month - 1) / 3 * 3 + 3, 1)),
            "半年" => new DateOnly(from.Year, from.Month <= 6 ? 6 : 12, 30 + (from.Month <= 6 ? 0 : 1)),
            "年" => new DateOnly(from.Year, 12, 31),
            _ => null,
        };
        return new(end, Recurrence: m.Value);
    }

    static Resolution PeriodNotOver(Match m, DeadlineContext c)
    {
        int last = m.Groups["q"].Success ? Quarter(m) * 3 : m.Groups["h"].Value == "下" ? 12 : m.Groups["h"].Success ? 6 : 3;
        // Without a reference nothing says whether the period is over (a progress report opens the same way): refused.
        if (c.Reference is not { } r) return Resolution.Invalid;
        int year = ExplicitYear(m, r) ?? r.Year;
        var end = MonthEnd(year, last);
        return end.Date is { } d && d < r ? Resolution.Invalid : end;
    }

    static readonly Regex ListedDate = R($@"(?:(?<y>(?:19|20)[0-9]{{2}})年)?(?<m>{N})月(?:(?<d>{N})[日号]|底|末)?");

    /// <summary>
    /// "分别于6月30日、12月20日前": the first listed date on or after the reference (the dates are occurrences of one
    /// duty: read in August, the June one is past and December's is due); the list is kept as the recurrence.
    /// </summary>
    static Resolution RespectiveDates(Match m, DeadlineContext c)
    {
        string list = m.Groups["at"].Value;
        var first = m.Groups["d"].Success ? NextMonthDay(m, c) : NextMonthEnd(m, c);
        if (c.Reference is { } r && !HasYearWord(m))
        {
            DateOnly? best = null;
            for (var x = ListedDate.Match(list); x.Success; x = x.NextMatch())
            {
                int y = x.Groups["y"].Success ? Year(x) : r.Year;
                var d = x.Groups["d"].Success ? Date(y, Num(x, "m"), Num(x, "d")) : MonthEnd(y, Num(x, "m"));
                if (d.Date is { } day && day >= r && (best is null || day < best)) best = day;
            }
            if (best is { } b) return new(b, Recurrence: list);
        }
        return first with { Recurrence = list };
    }

    /// <summary>
    /// year_opening's context: the phrase opens the item or a sentence (after 。, ; or a line break, blanks between).
    /// Checked here rather than written before the phrase in the pattern: a pattern that may start with any blank
    /// (\s, a Unicode category) cannot use a vectorized search for its first character, and cost a class test per
    /// character of the text. Returns where the context starts, at or after the rule's previous match, or -1.
    /// </summary>
    /// <summary>
    /// announced_own_event's context: the clause of 将于 is not a request put to a unit ("请县住建局将于12月20日组织竣工验收",
    /// "会议要求县住建局将于…"): no 请 or 要求 between the clause's start and the date.
    /// </summary>
    static int NotAskedOfAUnit(string text, int start, int at, int previousEnd)
    {
        int j = at - 1;
        while (j >= start && text[j] is not (',' or '。' or ';' or '\n' or ':')) j--;
        var clause = text.AsSpan(j + 1, at - j - 1);
        return clause.Contains('请') || clause.Contains("要求", StringComparison.Ordinal) ? -1 : Math.Max(j + 1, start);
    }

    static int SentenceOpening(string text, int start, int at, int previousEnd)
    {
        int j = at - 1, lastBreak = -1;
        for (; j >= start && ChineseText.IsSpace(text[j]); j--)
            if (text[j] == '\n' && lastBreak < 0) lastBreak = j;
        if (lastBreak >= previousEnd) return lastBreak;
        if (j >= start) return j >= previousEnd && text[j] is '。' or ';' ? j : -1;
        return start >= previousEnd ? start : -1;
    }

    /// <summary>
    /// The context of a rule whose phrase opens something: only <paramref name="blanks"/> between the phrase and the item's
    /// start or one of <paramref name="openers"/>, which must not belong to the rule's previous match (the pattern that
    /// wrote the context in consumed it). cell_month: a line start ("\n", blanks " \t|"); period_opening: a line or a
    /// sentence ("\n。;", blanks " \t").
    /// </summary>
    static int Opening(string text, int start, int at, int previousEnd, string blanks, string openers)
    {
        int j = at - 1;
        while (j >= start && blanks.Contains(text[j])) j--;
        if (j >= start) return j >= previousEnd && openers.Contains(text[j]) ? j : -1;
        return start >= previousEnd ? start : -1;
    }

    /// <summary>
    /// cell_date's context: the date is the item's first character, or the line before it ends in something other than
    /// a colon ("交办日期:" labels a record's date), or another cell stands before it on its line, blanks between
    /// ("县住建局 2026.12.31"). Returns where that context starts, at or after the rule's previous match (matches of one
    /// rule never overlap), or -1.
    /// </summary>
    static int CellBefore(string text, int start, int at, int previousEnd)
    {
        if (at == start) return start;
        int j = at - 1;
        while (j >= start && text[j] is ' ' or '\t' or '|') j--;
        if (j < start) return -1;
        if (text[j] == '\n')
        {
            int k = j - 1;
            while (k >= start && text[k] is ' ' or '\t' or '|') k--;
            return k >= previousEnd && k >= start && text[k] is not (':' or '\n') ? k : -1;
        }
        return j < at - 1 && j >= previousEnd && text[j] != ':' && !ChineseText.IsSpace(text[j]) ? j : -1;
    }

    static Resolution CellDate(Match m, DeadlineContext c)
    {
        if (m.Groups["d"].Success) return Date(Year(m), Num(m, "m"), Num(m, "d"));
        if (m.Groups["m"].Success) return MonthEnd(Year(m), Num(m, "m"));
        if (m.Groups["y"].Success) return YearTarget(m, c);
        return c.Reference is { } r ? new(new DateOnly(r.Year, 12, 31)) : Resolution.Unresolved;
    }

    /// <summary>
    /// "每季度结束后5个工作日内": period ends, each + N days (working days on the calendar); the first on or after the
    /// reference. Without a start, the period before the reference's counts too (its report may still be due); from a
    /// written start ("从7月起"), the first period is the one the start falls in.
    /// </summary>
    static Resolution RecurringAfterPeriod(Match m, DeadlineContext c)
    {
        int n = Num(m, "n");
        if (n is <= 0 or > 366) return Resolution.Invalid;
        if ((c.RecurrenceStart ?? c.Reference) is not { } from) return new(null, NeedsReference: true, Recurrence: m.Value);
        int len = m.Groups["p"].Value switch { "月" => 1, "半年" => 6, "年" or "年度" => 12, _ => 3 };
        bool working = m.Groups["u"].Value.EndsWith("工作日", StringComparison.Ordinal);
        int firstMonth = (from.Month - 1) / len * len + 1;
        var period = new DateOnly(from.Year, firstMonth, 1).AddMonths(c.RecurrenceStart is null ? -len : 0);
        for (int i = 0; i < 4; i++, period = period.AddMonths(len))
        {
            var end = EndOfMonth(period.AddMonths(len - 1));
            var d = working ? c.Calendar.AddWorkingDays(end, n) : end.AddDays(n);
            if (d < from) continue;
            bool provisional = working && (!c.Calendar.HasOfficialData(end.Year) || !c.Calendar.HasOfficialData(d.Year));
            return new(d, provisional, Recurrence: m.Value);
        }
        return new(null, Recurrence: m.Value);
    }

    static Resolution RecurringMonth(Match m, DeadlineContext c)
    {
        int day = Num(m, "d");
        if (day is < 1 or > 31) return Resolution.Invalid;
        if ((c.RecurrenceStart ?? c.Reference) is not { } from) return new(null, NeedsReference: true, Recurrence: m.Value);
        for (int i = 0; i < 2; i++)
        {
            var month = new DateOnly(from.Year, from.Month, 1).AddMonths(i);
            var d = new DateOnly(month.Year, month.Month, Math.Min(day, DateTime.DaysInMonth(month.Year, month.Month)));
            if (d >= from) return new(d, Recurrence: m.Value);
        }
        return new(null, Recurrence: m.Value);
    }

    static bool AsOfBefore(string text, int start, int index)
    {
        foreach (var w in (ReadOnlySpan<string>)["截至", "截止到", "截止"])
            if (index - w.Length >= start && text.AsSpan(index - w.Length, w.Length).SequenceEqual(w)) return true;
        return false;
    }

    static int LeadBefore(string text, int start, int index)
    {
        foreach (var w in LeadWords)
            if (index - w.Length >= start && text.AsSpan(index - w.Length, w.Length).SequenceEqual(w)) return w.Length;
        return 0;
    }

    static DateOnly? StartBefore(List<DeadlineMatch>? anchors, int index)
    {
        DateOnly? best = null;
        int at = -1;
        foreach (var f in anchors ?? [])
            if (f.Kind == DeadlineKind.RecurrenceStart && f.End <= index && f.Start > at) { best = f.Date; at = f.Start; }
        return best;
    }

    // ---- scanning ----------------------------------------------------------------------------------

    static bool AnyOccurs(ReadOnlySpan<char> span, string[] words)
    {
        foreach (var w in words)
            if (span.IndexOf(w, StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    /// <summary>
    /// All deadline phrases in text[start..end), leftmost-longest, overlaps removed. Relative phrases come back
    /// with their dates; whether they are really the task's deadline is the parser's call.
    /// </summary>
    public static List<DeadlineMatch> Scan(string text, int start, int end, DeadlineContext context, PhraseSet vague)
    {
        var found = new List<DeadlineMatch>();
        List<DeadlineMatch>? anchors = null;
        var span = text.AsSpan(start, end - start);
        // The cues the text holds (see Cues), then the rules they wake.
        // The pass also marks each pair of adjacent cues in a table kept per thread, and notes the words it set to
        // clear them once the rules are chosen.
        // Bit sets in a fixed-size local, not stackalloc: a method with stackalloc cannot be tiered up (no OSR), so it
        // was compiled once without profile-guided optimisation.
        var presentBits = new ScanBits();
        Span<ulong> present = ((Span<ulong>)presentBits)[..CueWords];
        var pairs = t_pairs ??= new ulong[(Cues.Length * Cues.Length + 63) / 64];
        var pairWords = t_pairWords is { } pw && pw.Length >= span.Length ? pw : t_pairWords = new int[Math.Max(span.Length, 256)];
        int setWords = 0, previous = -1;   // the cue number of the character before, -1 if it is no cue
        foreach (char c in span)
            if (CharBits.Has(IsCue, c))
            {
                int n = CueNumber[c];
                present[n >> 6] |= 1UL << (n & 63);
                if (previous >= 0)
                {
                    int pair = previous * Cues.Length + n;
                    if (pairs[pair >> 6] == 0) pairWords[setWords++] = pair >> 6;
                    pairs[pair >> 6] |= 1UL << (pair & 63);
                }
                previous = n;
            }
            else previous = -1;
        if (previous >= 0 && CharBits.Has(IsCue, RequiredPairs.End))
        {
            int pair = previous * Cues.Length + CueNumber[RequiredPairs.End];   // the last character, then the end
            if (pairs[pair >> 6] == 0) pairWords[setWords++] = pair >> 6;
            pairs[pair >> 6] |= 1UL << (pair & 63);
        }
        var wokenBits = new ScanBits();
        Span<ulong> woken = ((Span<ulong>)wokenBits)[..RuleWords];
        for (int cw = 0; cw < CueWords; cw++)
            for (ulong bits = present[cw]; bits != 0; bits &= bits - 1)
                if (RulesWokenBy[(cw << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits)] is { } wakes)
                    for (int w = 0; w < wakes.Length; w++) woken[w] |= wakes[w];
        // The rules that may match: woken, and every filter passed. Chosen before any runs, so that the pair table
        // is clean again whatever a production does.
        // Only the woken rules are visited (the set bits, in rule order): a short item wakes few of them, and a loop over
        // all rules cost more than the rest of the scan of a one-line text.
        for (int rw = 0; rw < RuleWords; rw++)
            for (ulong bits = woken[rw]; bits != 0; bits &= bits - 1)
            {
                int ri = (rw << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                var rule = RuleArray[ri];
                bool mayMatch = true;
                foreach (var set in RequiredWords[ri])
                    if (!AnyCue(present, set)) { mayMatch = false; break; }
                if (mayMatch)
                    foreach (var set in PairMasks[ri])
                        if (!AnyPair(pairs, set)) { mayMatch = false; break; }
                if (!mayMatch || rule.TriggerWords.Length > 0 && !(TriggerWordSets[ri] is { } words
                        ? AnyCue(present, TriggerWordStarts[ri]!) && words.OccursIn(span)
                        : AnyOccurs(span, rule.TriggerWords)))
                    woken[ri >> 6] &= ~(1UL << (ri & 63));
            }
        for (int k = 0; k < setWords; k++) pairs[pairWords[k]] = 0;
        for (int rw = 0; rw < RuleWords; rw++)
            for (ulong bits = woken[rw]; bits != 0; bits &= bits - 1)
            {
                int ri = (rw << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                var rule = RuleArray[ri];
                int taken = 0, previousEnd = start;
                // No real item holds dozens of deadline phrases; the cap keeps junk input linear.
                for (var m = rule.Pattern.Match(text, start, end - start); m.Success && taken++ < MaxMatchesPerRule; m = m.NextMatch())
                {
                    if (m.Length == 0) continue;
                    // A pattern may read context around its phrase: the phrase itself is its "at" group then.
                    var at = m.Groups["at"];
                    int mIndex = at.Success ? at.Index : m.Index, mLength = at.Success ? at.Length : m.Length;
                    if (rule.Before is { } before)
                    {
                        if (before(text, start, mIndex, previousEnd) < 0) { taken--; continue; }
                        previousEnd = m.Index + m.Length;
                    }
                    int after = mIndex + mLength;
                    // Wrong context: the span is still claimed (as invalid) so that no shorter rule reads part of it.
                    bool badContext = rule.NotBefore.Length > 0 && mIndex > start && rule.NotBefore.Contains(text[mIndex - 1])
                                      || rule.NotAfter.Length > 0 && after < end && rule.NotAfter.Contains(text[after])
                                         // "12月20日前以书面形式报送", "月底前起草": after 前 the phrase is closed ("by"), so
                                         // 以/起 begin the next word, not "since" (以来) or "from" (起).
                                         // "春节前后" (around) still is no deadline.
                                         && !(text[after - 1] == '前' && text[after] is '以' or '起');
                    // "从2023年第二季度起，每个季度…": a recurrence counts from the start written before it.
                    var ctx = rule.Kind == DeadlineKind.Recurring ? context with { RecurrenceStart = StartBefore(anchors, m.Index) ?? context.RecurrenceStart } : context;
                    var res = rule.Produce(m, ctx);
                    // An impossible date ("13月底") still claims its span, so "月底" inside it is not read instead.
                    int leadLen = LeadBefore(text, start, mIndex);
                    // "截至10月底，已拨付…": as of a date, not by it.
                    badContext |= leadLen == 0 && AsOfBefore(text, start, mIndex);
                    bool invalid = badContext || res.Date is null && !res.NeedsReference && res.Recurrence is null && rule.Kind != DeadlineKind.RecurrenceStart;
                    int matchStart = mIndex - leadLen;
                    int textStart = leadLen > 0 && text[matchStart] != '到' ? mIndex : matchStart;
                    var match = new DeadlineMatch(matchStart, after, rule.Name, rule.Kind, res.Date, res.Provisional, res.NeedsReference, res.Recurrence) { TextStart = textStart, Invalid = invalid || rule.Veto, Target = rule.Target, Soft = rule.Soft, Veto = rule.Veto };
                    found.Add(match);
                    if (rule.Kind == DeadlineKind.RecurrenceStart) (anchors ??= []).Add(match);
                }
            }
        // Vague words ("尽快", "立即"): only where one of their first characters stands.
        for (int i = start; i < end; i++)
        {
            int skip = text.AsSpan(i, end - i).IndexOfAny(vague.FirstChars);
            if (skip < 0) break;
            i += skip;
            int len = vague.MatchAt(text, i);
            if (len == 0) continue;
            found.Add(new(i, i + len, "vague", DeadlineKind.Vague, null));
            i += len - 1;
        }
        if (found.Count < 2) return found;
        // Same span read by two rules ("上半年" by half_year and by period_target): the reading that saw the target wins.
        found.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Veto != b.Veto ? b.Veto.CompareTo(a.Veto) : b.Target.CompareTo(a.Target));
        var kept = new List<DeadlineMatch>(found.Count);
        int covered = -1;
        foreach (var f in found)
        {
            if (f.Start < covered) continue;
            kept.Add(f);
            covered = f.End;
        }
        if (context.Reference is null) CarryYearInSentence(text, kept, context, vague);
        return kept;
    }

    /// <summary>
    /// Rule year_carried_in_sentence (r20-misc line yearless-no-ref / year-carried-in-sequence): with no reference date,
    /// a year-less phrase resolves from an earlier date of the same sentence that carries its own year, as the next such
    /// date on or after it: "在2019年12月25日前完成评议遴选工作,12月31日前将花名册报街道备案,…应在1月15日前结束慰问工作"
    /// → 2019-12-31, 2020-01-15 (r6d-046); "要求2015年10月下旬开工,至12月底前基本完成任务,春节前完成验收" → 2015-12-31,
    /// 2016's 春节 (r5l-053); "请于2023年2月20日--2月25日之前申请复查,…于2月27日—3月3日组织核查" (r10s-003). A year
    /// in another sentence, or only in a name or title, resolves nothing (the conventions; owner nb-009).
    /// </summary>
    /// <summary>
    /// The phrase <paramref name="f"/> read again in <paramref name="context"/> (another reference date): the new reading
    /// when it covers the same span and resolves to a valid date, else null (rules year_carried_in_sentence and
    /// heading_year_carries).
    /// </summary>
    public static DeadlineMatch? ReadFrom(string text, DeadlineMatch f, DeadlineContext context, PhraseSet vague)
    {
        var again = Scan(text, f.Start, f.End, context, vague);
        return again.Count == 1 && again[0].Start == f.Start && again[0].End == f.End && again[0].Date is not null && !again[0].Invalid
            ? again[0] : null;
    }

    static void CarryYearInSentence(string text, List<DeadlineMatch> kept, DeadlineContext context, PhraseSet vague)
    {
        DateOnly? carried = null;
        int sentenceFrom = -1;
        for (int i = 0; i < kept.Count; i++)
        {
            var f = kept[i];
            // A sentence ends at 。！？； or a line break: the year does not cross it.
            if (carried is not null && text.AsSpan(sentenceFrom, f.Start - sentenceFrom).IndexOfAny("。！？；;!?\n") >= 0) carried = null;
            sentenceFrom = f.End;
            if (f.Invalid || f.Kind == DeadlineKind.Vague) continue;
            if (f.Date is { } own) { carried = own; continue; }
            if (!f.NeedsReference || carried is not { } from) continue;
            if (ReadFrom(text, f, context with { Reference = from }, vague) is { Date: { } date } again)
            {
                kept[i] = again;
                carried = date;
            }
        }
    }

    /// <summary>Room for 1,024 cues or rules, one bit each; the tables are checked against it when the class loads.</summary>
    [System.Runtime.CompilerServices.InlineArray(16)]
    struct ScanBits { ulong _first; }

    static int CheckedWords(int count) =>
        (count + 63) / 64 <= 16 ? (count + 63) / 64 : throw new InvalidOperationException($"{count} cues or rules do not fit Scan's bit sets");
}
