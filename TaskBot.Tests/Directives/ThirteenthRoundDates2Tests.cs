using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Deadline rules of the thirteenth round, second dates helper (issue 9: dates that are not deadlines).
/// Each rule has made-up examples of its shape and counter-tests where it must not fire.
/// - reference_point_date (veto, DeadlineGrammar): the day an inventory or a census counts as of, after its label
///   ("清查盘点的基准日为2026年12月31日", "普查的标准时点是2026年12月1日零时"), is the "as of" of statistics, no time to act by;
///   the count's own by-when ("于1月10日前报送") still dates its task. Dev items: r11l-036 and r11l-041 (two inventory
///   notices: the spurious dated task "清查盘点的基准日为…" is gone, their real deadlines unchanged).
/// </summary>
public class ThirteenthRoundDates2Tests
{
    [Theory]
    [InlineData("全县各单位:\n一、本次国有资产清查的基准日为2026年12月31日。\n二、各单位对实物资产进行清查盘点,形成书面报告,于2027年1月10日前报县财政局。", "2027-01-10")]
    [InlineData("各乡镇:\n本次农业普查的标准时点是2026年12月1日零时。各乡镇要完成普查员选聘,于2026年12月20日前将名单报县普查办。", "2026-12-20")]
    [InlineData("各学院:\n1.此次固定资产年度清查盘点的基准日为2026年12月31日。\n2.各学院形成清查盘点报告,于2027年1月8日前交国资办。", "2027-01-08")]
    public void A_counts_reference_day_is_no_deadline_but_the_reports_date_stands(string text, string expected)
    {
        var tasks = Parse(text);
        var t = Assert.Single(tasks);
        Assert.NotEmpty(t.Lead);
        Assert.Equal(expected, DateOf(t));
        Assert.Contains("reference_point_date", Parser.Explain(text, Reference).RulesFired(ParseTrace.Deadline));
    }

    [Fact]
    public void A_reference_day_alone_makes_no_dated_task()
    {
        var tasks = Parse("此次固定资产年度清查盘点的基准日为2026年12月31日。");
        Assert.DoesNotContain(tasks, t => t.Deadline is not null);
    }

    [Theory]
    // A deadline without a reference-point label still dates its task.
    [InlineData("各单位要于2026年12月31日前完成固定资产清查盘点。", "2026-12-31")]
    // 标准 as the standard a task meets is no reference point: the date after it is still the deadline.
    [InlineData("各乡镇要按照验收标准,于2026年12月15日前完成农村公路养护。", "2026-12-15")]
    // A 截止日期 is a deadline, not a reference day.
    [InlineData("各学院要报送清查盘点报告,截止日期为2026年12月20日。", "2026-12-20")]
    public void Deadlines_without_a_reference_point_label_still_date_the_task(string text, string expected)
    {
        var t = Single(text);
        Assert.Equal(expected, DateOf(t));
        Assert.DoesNotContain("reference_point_date", Parser.Explain(text, Reference).RulesFired(ParseTrace.Deadline));
    }
}
