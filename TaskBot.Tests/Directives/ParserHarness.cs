using TaskBot.Calendar;
using TaskBot.Directives;

namespace TaskBot.Tests.Directives;

/// <summary>One parser for all tests: the shipped lexicon and calendar, as the bot uses them.</summary>
public static class ParserHarness
{
    /// <summary>Every example table reads against this "now": Thursday 2026-11-26, the seed meeting's date.</summary>
    public static readonly DateOnly Reference = new(2026, 11, 26);

    public static DirectiveLexicon Lexicon { get; } = DirectiveLexicon.Load(DirectiveLexicon.DefaultPath);
    public static DirectiveParser Parser { get; } = new(Lexicon, ChinaWorkingCalendar.Default);

    public static IReadOnlyList<ParsedTask> Parse(string text, string? reference = "2026-11-26") =>
        Parser.Parse(text, reference is null ? null : DateOnly.Parse(reference));

    public static ParsedTask Single(string text, string? reference = "2026-11-26")
    {
        var tasks = Parse(text, reference);
        Assert.True(tasks.Count == 1, $"expected one task in «{text}», got {tasks.Count}: {string.Join(" | ", tasks.Select(Describe))}");
        return tasks[0];
    }

    /// <summary>A task's deadline as the corpus writes it ("2026-12-20"), or null when it has none.</summary>
    public static string? DateOf(ParsedTask t) => t.Deadline?.ToString("yyyy-MM-dd");

    public static string Describe(ParsedTask t) =>
        $"lead[{string.Join("、", t.Lead)}] co[{string.Join("、", t.Co)}] {t.Deadline:yyyy-MM-dd} «{t.DeadlineText}» {t.Deliverable}";

    /// <summary>"A、B" → [A, B]; a 、 inside parentheses belongs to the name: "各县(市、区)政府".</summary>
    public static string[] Split(string list)
    {
        var parts = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] == '(') depth++;
            else if (list[i] == ')') depth--;
            else if (list[i] == '、' && depth == 0) { parts.Add(list[start..i]); start = i + 1; }
        }
        if (list.Length > start) parts.Add(list[start..]);
        return [.. parts];
    }
}
