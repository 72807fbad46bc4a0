using System.Text.RegularExpressions;
using TaskBot.Calendar;

namespace TaskBot.Directives.OpenCalls;

/// <summary>Who may step forward for a call (揭榜): every unit's chief or liaison, only the listed units', or any
/// person in the directory (群内各位, 谁有本事谁揭榜, 面向社会).</summary>
public enum CallEligibility { AllUnits, ListedUnits, Anyone }

/// <summary>What <see cref="OpenCallReader"/> read from an open call (揭榜挂帅 / 公开张榜 / 英雄榜): every field is a
/// clerk's first reading, shown editable on the preview before anything is published.</summary>
/// <param name="SignUpDeadline">The last day to apply (报名截止), inclusive; null when the text gives none.</param>
/// <param name="TermMonths">The term (项目周期一年 = 12); the task of each winner is due that long after the choice.</param>
/// <param name="ListedUnits">Surface forms of the units named as the only ones who may apply (限…揭榜), as written.</param>
public sealed record OpenCallReading(
    string Title, string Goal, DateOnly? SignUpDeadline, string? SignUpPhrase, int? TermMonths, string? TermText,
    string? Support, CallEligibility Eligibility, IReadOnlyList<string> ListedUnits, string? EligibleText);

/// <summary>
/// Recognises an open call and reads its fields. Plain C#, apart from the directive parser on purpose: a call is
/// not a task (nobody is assigned until the leader chooses), so it is read before the directive parser and never
/// by it. Recognition needs a call word (揭榜, 张榜, 发榜, 英雄榜, 榜单) AND a sign that a call is being made now: a
/// header ("揭榜挂帅：…"), an invitation ("欢迎…揭榜", "均可揭榜"), a publication ("面向全县公开张榜", "发布…榜单"), or
/// the sections of a call notice ("揭榜任务内容", "申报主体"). A sentence that narrates a call (将发布, 成功揭榜,
/// 跃跃欲试, 入围) or a red/black list (红榜, 黑榜) does not count: those are reports and ordinary directives.
/// </summary>
public sealed partial class OpenCallReader(IWorkingDayCalendar calendar, IEnumerable<string>? unitSurfaceForms = null)
{
    private readonly string[] units = (unitSurfaceForms ?? []).Where(u => u.Length >= 2).OrderByDescending(u => u.Length).ToArray();
    private static readonly PhraseSet NoVague = new([]);

    /// <summary>The call the text makes, or null when it makes none.</summary>
    public OpenCallReading? Read(string? text, DateOnly? reference)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 20_000) return null;
        var t = Normalise(text);
        if (!IsCall(t)) return null;

        var header = Header().Match(t);
        var bodyStart = header.Success ? header.Index + header.Length : 0;
        var clauses = Clauses(t, bodyStart).ToList();

        var (deadline, phrase) = SignUp(t, clauses, reference);
        var (months, termText) = Term(t);
        var support = Join(clauses.Where(c => SupportWords().IsMatch(t[c.Start..c.End]) && !SignUpWords().IsMatch(t[c.Start..c.End])
                                              && !TermRegex().IsMatch(t[c.Start..c.End])).Select(c => text[c.Start..c.End]));
        var (eligibility, listed, eligibleText) = Eligible(t, text, clauses);
        // What is to be achieved: the first clauses that are not about the call itself, each cut before the call
        // words that follow it ("县级医共体信息互联互通难题公开张榜" → the problem, not the 张榜).
        // A clause about who may apply (群内各位均可揭榜, 欢迎…揭榜) says nothing of the goal, unless it is the only one.
        var goalClauses = clauses.Where((c, i) => !SupportWords().IsMatch(t[c.Start..c.End]) && !TermRegex().IsMatch(t[c.Start..c.End]) && !Aside().IsMatch(t[c.Start..c.End])
                                                  && (i == 0 || !Applies().IsMatch(t[c.Start..c.End])))
            .Select(c => ToWhom().Match(t, c.Start, c.End - c.Start) is { Success: true } w && c.End - (w.Index + w.Length) >= 4 ? (Start: w.Index + w.Length, c.End) : c)
            .Select(c => Mechanics().Match(t, c.Start, c.End - c.Start) is { Success: true } m ? (c.Start, End: m.Index - c.Start >= 4 ? m.Index : c.Start) : c)
            .Where(c => c.End > c.Start && !t.AsSpan(c.Start).StartsWith("面向")).Take(2).ToList();
        var goal = goalClauses.Count > 0 ? Join(goalClauses.Select(c => text[c.Start..c.End]))! : Shorten(text.Trim(), 120);
        var title = Shorten(Lead().Replace(goalClauses.Count > 0 ? text[goalClauses[0].Start..goalClauses[0].End].Trim() : goal, ""), 40);
        if (title.Length < 4) title = Shorten(goal, 40);
        return new OpenCallReading(title, Shorten(goal, 300), deadline, phrase, months, termText, support is null ? null : Shorten(support, 200),
            eligibility, listed, eligibleText);
    }

    /// <summary>True when the text makes an open call (see the class comment).</summary>
    public static bool IsCall(string text)
    {
        var t = Normalise(text);
        if (!CallWord().IsMatch(t)) return false;
        if (Header().IsMatch(t)) return true;
        foreach (var (start, end) in Sentences(t))
        {
            var s = t[start..end];
            if (!CallWord().IsMatch(s) && !Invitation().IsMatch(s) && !Publication().IsMatch(s) && !Sections().IsMatch(s)) continue;
            if (Narration().IsMatch(s) || RedBlack().IsMatch(s)) continue;
            if (Invitation().IsMatch(s) || Publication().IsMatch(s) || Sections().IsMatch(s)) return true;
        }
        return false;
    }

    /// <summary>Full-width forms folded (index for index) and the traditional forms of the call words simplified,
    /// so every index into the normalised text is one into the original.</summary>
    private static string Normalise(string text) => string.Create(text.Length, ChineseText.Fold(text), static (dst, src) =>
    {
        for (var i = 0; i < src.Length; i++)
            dst[i] = src[i] switch { '掛' => '挂', '帥' => '帅', '發' => '发', '單' => '单', '報' => '报', '開' => '开', '徵' => '征', _ => src[i] };
    });

    private (DateOnly?, string?) SignUp(string t, List<(int Start, int End)> clauses, DateOnly? reference)
    {
        foreach (var (start, end) in clauses.Where(c => SignUpWords().IsMatch(t[c.Start..c.End])))
        {
            if (NoDeadline().IsMatch(t[start..end])) return (null, null);
            var context = new DeadlineContext(reference, calendar, null);
            var found = DeadlineGrammar.Scan(t, start, end, context, NoVague)
                .FirstOrDefault(m => !m.Invalid && m.Kind is not (DeadlineKind.Recurring or DeadlineKind.RecurrenceStart or DeadlineKind.Vague));
            if (found is { Date: { } date }) return (date, t[found.TextStart..found.End]);
            // "报名截至12月22日", "即日起至12月25日": an end date without 前, which the task grammar leaves alone.
            var plain = PlainDate().Match(t, start, end - start);
            if (plain.Success && Resolve(plain, reference) is { } d) return (d, plain.Value);
        }
        return (null, null);
    }

    private static DateOnly? Resolve(Match m, DateOnly? reference)
    {
        int month = ChineseText.ParseNumber(m.Groups["m"].Value), day = ChineseText.ParseNumber(m.Groups["d"].Value);
        int year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : reference?.Year ?? 0;
        if (year == 0 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        var date = new DateOnly(year, month, day);
        // "1月15日" written in December is next January.
        if (!m.Groups["y"].Success && reference is { } r && date < r) date = date.AddYears(1);
        return date;
    }

    private static (int?, string?) Term(string t)
    {
        var m = TermRegex().Match(t);
        if (!m.Success) return (null, null);
        var n = m.Groups["n"].Value switch { "半" => 0, var s => ChineseText.ParseNumber(s) };
        var months = m.Groups["unit"].Value switch
        {
            "年半" => n * 12 + 6,
            "年" => n * 12,
            _ => m.Groups["n"].Value == "半" ? 6 : n,
        };
        if (m.Groups["n"].Value == "半" && m.Groups["unit"].Value == "年") months = 6;
        return months is > 0 and <= 120 ? (months, m.Value) : (null, m.Value);
    }

    private (CallEligibility, IReadOnlyList<string>, string?) Eligible(string t, string original, List<(int Start, int End)> clauses)
    {
        var clause = clauses.FirstOrDefault(c => Applies().IsMatch(t[c.Start..c.End]));
        var text = clause == default ? null : original[clause.Start..clause.End].Trim();
        var s = clause == default ? "" : t[clause.Start..clause.End];
        if (AnyoneWords().IsMatch(s) || (clause == default && AnyoneWords().IsMatch(t))) return (CallEligibility.Anyone, [], text);
        if (s.Contains('限'))
        {
            var named = new List<string>();
            for (var i = 0; i < s.Length; i++)
                foreach (var u in units)
                    if (string.CompareOrdinal(s, i, u, 0, u.Length) == 0) { named.Add(u); i += u.Length - 1; break; }
            if (named.Count > 0) return (CallEligibility.ListedUnits, named.Distinct().ToList(), text);
        }
        return (CallEligibility.AllUnits, [], text);
    }

    private static IEnumerable<(int Start, int End)> Sentences(string t)
    {
        var start = 0;
        for (var i = 0; i <= t.Length; i++)
            if (i == t.Length || t[i] is '。' or '!' or '?' or '\n' or ';' or '；')
            {
                if (i > start) yield return (start, i);
                start = i + 1;
            }
    }

    private static IEnumerable<(int Start, int End)> Clauses(string t, int from)
    {
        var start = from;
        for (var i = from; i <= t.Length; i++)
            if (i == t.Length || t[i] is '。' or ',' or '，' or ';' or '；' or '\n' or '!' or '?')
            {
                var (a, b) = Trim(t, start, i);
                if (b > a) yield return (a, b);
                start = i + 1;
            }
    }

    private static (int, int) Trim(string t, int a, int b)
    {
        while (a < b && (ChineseText.IsSpace(t[a]) || t[a] is '“' or '"')) a++;
        while (b > a && (ChineseText.IsSpace(t[b - 1]) || t[b - 1] is '”' or '"')) b--;
        return (a, b);
    }

    private static string? Join(IEnumerable<string> parts)
    {
        var list = parts.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return list.Count == 0 ? null : string.Join("，", list);
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    // A call word must occur somewhere for a text to be a call at all.
    [GeneratedRegex("揭榜|张榜|发榜|英雄榜|榜单")] private static partial Regex CallWord();
    // "揭榜挂帅：", "公开张榜：", "英雄榜发布：", "发榜：", "发布榜单：" at the very start.
    [GeneratedRegex(@"^[\s“""「]*(揭榜挂帅|公开张榜|英雄榜(发布)?|张榜(求贤|招贤)|发榜|发布榜单|揭榜|榜单(发布)?)[”""」]?\s*[:：]")]
    private static partial Regex Header();
    [GeneratedRegex("(欢迎|诚邀|邀请|鼓励)[^。;]{0,40}?揭榜|(均可|皆可|都可以?|可以)揭榜|谁有本事谁揭榜[^。]{0,20}报名")] private static partial Regex Invitation();
    [GeneratedRegex(@"(发布|张榜|发榜|挂出)[^。;]{0,30}?(揭榜挂帅|榜单|揭榜比拼|英雄榜)|面向[^。;，,]{0,12}(公开)?(张榜|发榜)|(揭榜挂帅|榜单)[”""]?[^。;]{0,12}(发布|需求征集|征集工作)|征集[^。;]{0,20}揭榜挂帅|(揭榜比拼|揭榜挂帅|技术悬赏)[”""]?的?(方式|形式)[^。;]{0,20}(征集|求解)|向全社会(公开)?(征集|求解)")]
    private static partial Regex Publication();
    [GeneratedRegex(@"(本次|此次)[“""]?揭榜(挂帅)?[”""]?工作|揭榜(任务内容|工作方案|申报主体)|榜单(内容|方向)|(^|\s|\))申报(主体|单位)须为")] private static partial Regex Sections();
    // A call narrated (future plans, results, lists of units put forward), not made.
    // 将/拟 narrate only as the plan to publish (将发布, 拟于下月张榜), 下一步/后续 only at the sentence's start: a call that
    // says what it "将给予" in the same sentence is still a call.
    [GeneratedRegex("(将|拟|计划)(于[^，,。；;]{0,15})?(发布|张榜|发榜|推出|开展|启动|组织)|^\\s*(下一步|后续)|跃跃欲试|成功[“\"]?(揭榜|挂帅)|已揭榜|入围|推荐表|排定|公示|优胜")] private static partial Regex Narration();
    [GeneratedRegex("红榜|黑榜|红黑榜")] private static partial Regex RedBlack();

    [GeneratedRegex("报名|申报|截止|截至|揭榜时间|报送")] private static partial Regex SignUpWords();
    [GeneratedRegex("不设截止|随到随评|长期有效")] private static partial Regex NoDeadline();
    [GeneratedRegex(@"((?<y>20\d{2})年)?(?<m>\d{1,2}|[一二三四五六七八九十]{1,3})月(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})[日号]")] private static partial Regex PlainDate();
    [GeneratedRegex(@"(项目周期|实施周期|实施期|攻关期|攻坚期|建设周期|建设期|完成时限|周期|期限)(为|是|:)?\s*(?<n>\d{1,3}|[一二两三四五六七八九十]{1,3}|半)\s*(?<unit>个月|年半|年)")]
    private static partial Regex TermRegex();
    [GeneratedRegex("给予|支持|奖补|资金|经费|补助|贴息|提供")] private static partial Regex SupportWords();
    // Clauses about the call itself (who, when, how), not about what is to be achieved.
    [GeneratedRegex("(公开)?张榜|揭榜|发榜|榜单|报名|申报|截止|截至|周期|期限|欢迎|谁来挂帅|英雄榜")] private static partial Regex Mechanics();
    [GeneratedRegex("^面向[^，,]{0,10}?(公开)?(张榜|发榜)")] private static partial Regex ToWhom();
    [GeneratedRegex("揭榜|报名|申报")] private static partial Regex Applies();
    [GeneratedRegex("详情|咨询|联系|谁来挂帅")] private static partial Regex Aside();
    [GeneratedRegex("群内|谁有本事|面向社会|全社会|任何人|所有人|各位|海内外|面向全国|个人")] private static partial Regex AnyoneWords();
    [GeneratedRegex("^(围绕|针对|聚焦|为解决|为了解决|关于)")] private static partial Regex Lead();
}
