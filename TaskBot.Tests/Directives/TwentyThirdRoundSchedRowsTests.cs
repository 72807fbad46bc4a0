using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-third round, family "schedrows": rows of a schedule opened by a period, with the work written right after it
/// ("3、6月15日--20日图书馆复核汇总", "9月13日-9月20日学院审核及公示"), were set aside as tone: no comma cut the period
/// from its work. Rule period_opens_row (DeadlinePlacement.PeriodOpeningClauses) reads the row as if the comma were
/// there; the period's end is the deadline. Rule DashedSigningDate (Blocks.IsDashedFullDate): a signature dated
/// "2009-6-5" is a signature (rule SignatureLinesAreNoRow), not one row of its signer swallowing the notice.
/// Train: r11s-093, r11l-039.
/// </summary>
public class TwentyThirdRoundSchedRowsTests
{
    [Theory]
    [InlineData("3、12月15日--20日县图书馆复核汇总。", "县图书馆", "2026-12-20", "复核汇总")]
    [InlineData("12月13日-12月20日各学院审核及公示", "各学院", "2026-12-20", "审核及公示")]
    [InlineData("2、12月1日至12月10日县住建局完成燃气管道隐患排查。", "县住建局", "2026-12-10", "燃气管道隐患排查")]
    public void A_row_opened_by_a_period_is_the_task_of_its_unit_due_at_the_period_end(string text, string lead, string date, string job)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(date, DateOf(t));
        Assert.Contains(job, t.Deliverable);
    }

    [Theory]
    // 为 only says what the period is; 将 announces what will happen in it; a period already over reports.
    [InlineData("12月1日至12月31日为全县安全生产大检查阶段。", "2026-11-26")]
    [InlineData("12月14日~16日我市将接受省级卫生城市复审检查。", "2026-11-26")]
    [InlineData("10月5日-10月15日县住建局开展燃气安全检查。", "2026-11-26")]
    public void A_period_that_is_described_announced_or_over_hands_nothing_over(string text, string reference)
    {
        Assert.Empty(Parse(text, reference));
    }

    [Fact]
    public void A_directive_with_the_period_after_its_unit_keeps_its_task()
    {
        var t = Single("县图书馆要在12月15日--20日完成教材订单复核汇总。");
        Assert.Equal(["县图书馆"], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
    }

    [Fact]
    public void A_period_before_a_sentence_that_goes_on_is_not_cut_into_a_row()
    {
        // The steps inside the window belong to the task dated after them; the first sentence is read as before.
        var tasks = Parse("12月4日至12月7日各教学单位任课教师拟定考试形式，经学院审核后各教学单位汇总课程考试计划。各教学单位于12月7日前将考试计划报教务处。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["各教学单位"]) && DateOf(t) == "2026-12-07" && t.Deliverable!.Contains("考试计划"));
        Assert.DoesNotContain(tasks, t => t.Lead.Any(l => l.Contains("学院审核")));
    }

    [Fact]
    public void The_unit_that_signs_a_notice_is_no_lead_of_its_rows()
    {
        var tasks = Parse("关于期末教材征订工作的通知\n1、12月15日前，各学院报送教材征订计划。\n2、12月15日--20日县图书馆复核汇总。\n注:征订时课程名称请与教学任务表一致。\n某某职业技术学院教务处\n2026-11-26");
        Assert.DoesNotContain(tasks, t => t.Lead.Contains("某某职业技术学院教务处"));
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["各学院"]) && DateOf(t) == "2026-12-15");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县图书馆"]) && DateOf(t) == "2026-12-20");
    }

    [Theory]
    [InlineData("2026.11.26")]
    [InlineData("2026/11/26")]
    public void A_signature_dated_with_dots_or_slashes_is_a_signature_too(string date)
    {
        var tasks = Parse("关于期末教材征订工作的通知\n1、12月15日前，各学院报送教材征订计划。\n注:征订时课程名称请与教学任务表一致。\n某某职业技术学院教务处\n" + date);
        Assert.DoesNotContain(tasks, t => t.Lead.Contains("某某职业技术学院教务处"));
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["各学院"]) && DateOf(t) == "2026-12-15");
    }

    [Fact]
    public void A_dashed_date_cell_under_a_row_number_stays_the_rows_time_limit()
    {
        // Counter-test: after a bare row number (a 序号 cell) the unit line and the dashed date are the row's cells.
        var tasks = Parse("1\n启动建设县城防洪工程。\n县水务局\n2026-06-30\n2\n新建2座人行天桥。\n县住建局\n2026-09-30", "2026-03-10");
        Assert.Equal(["县水务局", "县住建局"], tasks.Select(t => t.Lead.Single()));
    }
}
