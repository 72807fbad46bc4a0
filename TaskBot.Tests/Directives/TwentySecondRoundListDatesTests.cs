using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-second round, dated deadlines in multi-task texts: rule heading_year_carries (ItemStage.CarryHeadingYear).
/// With no reference date, a heading whose content is a time and carries its year — a phase heading with its period
/// in brackets ("(一)准备阶段(2021年3月-6月)") or a line that is only a period ("2019年5-9月") — gives its year to the
/// year-less month-shaped deadlines of the requirements under it (relabel line "yearless-no-ref", owner nb-070).
/// Counter-tests: a year only in the title resolves nothing (owner nb-009); a relative limit (10天内) counts from a day
/// that a heading does not give; with a reference date the heading changes nothing.
/// </summary>
public class TwentySecondRoundListDatesTests
{
    static ParsedTask Of(IReadOnlyList<ParsedTask> tasks, string lead) => Assert.Single(tasks, t => t.Lead.SequenceEqual([lead]));

    [Fact]
    public void A_phase_heading_gives_its_year_to_the_rows_under_it()
    {
        var tasks = Parse("三、实施阶段(2021年3月-6月)\n1.县住建局制定老旧小区改造计划(4月底前)。\n2.各乡镇完成入户摸排登记(5月15日前)。", null);
        Assert.Equal("2021-04-30", DateOf(Of(tasks, "县住建局")));
        Assert.Equal("2021-05-15", DateOf(Of(tasks, "各乡镇")));
    }

    [Fact]
    public void A_line_that_is_only_a_period_gives_its_year_to_the_rows_under_it()
    {
        var tasks = Parse("• 02\n    村庄规划编制\n    2019年5-9月\n\n    1.县自然资源局编制村庄规划初稿(8月底前)。\n\n    2.各乡镇组织村民代表审议规划初稿(9月20日前)。", null);
        Assert.Equal("2019-08-31", DateOf(Of(tasks, "县自然资源局")));
        Assert.Equal("2019-09-20", DateOf(Of(tasks, "各乡镇")));
    }

    [Fact]
    // Counter-test: the year is only in the title (owner nb-009): the rows keep their tasks, undated.
    public void A_year_in_the_title_resolves_nothing()
    {
        var tasks = Parse("关于开展2021年农房整治工作的通知\n各乡镇:\n一、县住建局要在4月底前完成农房安全摸排。\n二、各乡镇要在5月15日前上报整治清单。", null);
        Assert.Null(Of(tasks, "县住建局").Deadline);
        Assert.Null(Of(tasks, "各乡镇").Deadline);
    }

    [Fact]
    // Counter-test: "10天内" counts from a day the heading does not give; the month-shaped "4月底前" takes the year.
    public void A_relative_limit_under_a_phase_heading_stays_unresolved()
    {
        var tasks = Parse("(一)准备阶段(2021年3月-6月)\n县民政局要在10天内制定工作方案,4月底前完成培训。", null);
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县民政局"]) && t.Deadline is null);
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县民政局"]) && DateOf(t) == "2021-04-30");
    }

    [Fact]
    // Counter-test: with a reference date, deadlines resolve from it as before; the heading's year is not used.
    public void With_a_reference_date_the_heading_changes_nothing()
    {
        var tasks = Parse("三、实施阶段(2021年3月-6月)\n1.县住建局制定老旧小区改造计划(4月底前)。");
        Assert.Equal("2027-04-30", DateOf(Of(tasks, "县住建局")));
    }
}
