using static TaskBot.Tests.Directives.ParserHarness;
using TaskBot.Directives;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-fifth round, family "dated" (helper dated): deadlines a directive states that were read but not placed.
/// - year_work_ensured (DeadlineGrammar): "全力做好今年招商引资各项工作，强化细节措施，确保完成招商任务" — the year (or a
///   quarter) named as the work to do, after 做好/抓好/按照/围绕/落实/推进, and a later clause of the same sentence that ensures
///   its completion (确保/保证 … 完成/实现) is a completion target tied to that period (conventions: "今年 / 全年 / 年度 + a
///   target to reach → Dec 31 of the reference year"; "a quarter named as a target → the end of that period").
///   Train: the period's end in 3 of 3 directives of the shape (r5l-009, r5l-061, hb-059); the year as the subject of a
///   description ("今年为民办实事工作项目分布广…，确保各项任务如期完成", r5n-075, no date) is not the shape.
/// </summary>
public class TwentyFifthRoundDatedTests
{
    static ParsedTask SingleAt(string text, string reference)
    {
        var tasks = Parse(text, reference);
        Assert.Single(tasks);
        return tasks[0];
    }

    // ---- year_work_ensured ----

    [Theory]
    [InlineData("各乡镇要抓好今年秋冬种工作，加强技术指导，确保完成播种任务。", "各乡镇", "2026-09-10", "2026-12-31")]
    [InlineData("县发改局要严格按照年度工作计划推进重点项目建设，倒排工期，确保全面完成投资任务。", "县发改局", "2026-03-02", "2026-12-31")]
    [InlineData("县商务局要全力做好今年招商引资各项工作，强化细节措施，确保完成招商任务。", "县商务局", "2026-05-21", "2026-12-31")]
    [InlineData("各乡镇要严格按照县政府制定的二季度经济运行工作方案要求，压实责任，确保各项目标任务顺利实现。", "各乡镇", "2026-04-10", "2026-06-30")]
    public void The_periods_work_ensured_later_in_the_sentence_is_due_at_the_periods_end(string text, string lead, string reference, string expected)
    {
        var t = SingleAt(text, reference);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(expected, DateOf(t));
        Assert.Contains("year_work_ensured", Parser.Explain(text, DateOnly.Parse(reference)).RulesFired(ParseTrace.Deadline));
    }

    [Theory]
    // Counter-tests: the year as the subject of a description, an ensured result that is no completion (安全度汛), and a
    // progress report (已完成) date nothing; each directive keeps its one task and lead.
    [InlineData("今年为民办实事项目分布广、任务重，各责任部门要制订实施方案，确保各项任务如期完成。", "各责任部门")]
    [InlineData("县水利局要做好今年防汛工作，确保安全度汛。", "县水利局")]
    [InlineData("县统计局要做好今年统计报表审核工作，已完成的确保完成复核。", "县统计局")]
    public void A_year_without_its_work_ensured_is_no_deadline(string text, string lead)
    {
        var t = SingleAt(text, "2026-03-02");
        Assert.Equal([lead], t.Lead);
        Assert.Null(t.Deadline);
        Assert.DoesNotContain("year_work_ensured", Parser.Explain(text, new DateOnly(2026, 3, 2)).RulesFired(ParseTrace.Deadline));
    }

    [Fact]
    public void A_day_written_in_the_ensuring_clause_keeps_its_own_date()
    {
        // "确保于6月30日前完成签约任务": the completion has its own day; the year word does not date the task instead.
        const string text = "县商务局要全力做好今年招商引资工作，强化项目预审，确保于6月30日前完成签约任务。";
        var tasks = Parse(text, "2026-03-02");
        Assert.All(tasks, t => Assert.Equal(["县商务局"], t.Lead));
        Assert.Contains(tasks, t => DateOf(t) == "2026-06-30");
        Assert.DoesNotContain(tasks, t => DateOf(t) == "2026-12-31");
        Assert.DoesNotContain("year_work_ensured", Parser.Explain(text, new DateOnly(2026, 3, 2)).RulesFired(ParseTrace.Deadline));
    }
}
