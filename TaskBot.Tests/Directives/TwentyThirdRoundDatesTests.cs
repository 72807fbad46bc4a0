using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-third round, family "dates" (reading the date phrase itself). Rules holiday_break_short (假期前 / 假前 read
/// as 放假前), weekday_unbracketed (a weekday after the day without its brackets), day_only_time (a time of day between
/// a bare day and its 前) and period_after_de ("每季度结束后的15日内"). Made-up examples of each shape, and counter-tests
/// where the same words must leave the task as it was.
/// Train: r14d-047, r8s-091 (假期前 / 假前 a week before 五一 and 端午), r10s-103 (假前 far from a holiday: undated);
/// r12s-073, r12s-074, r14d-043 (25日星期二上午10:00前, 28日星期五前, 1月10日星期五14:00); r10s-105.
/// </summary>
public class TwentyThirdRoundDatesTests
{
    // ---- holiday_break_short ----
    // 2026: 劳动节 5-1..5-5 (eve Thu 4-30), 端午 6-19..6-21 (eve Thu 6-18).

    [Theory]
    [InlineData("各部门假期前要对管辖范围开展一次全方位的安全隐患排查。", "2026-04-24", "2026-04-30", "各部门")]
    [InlineData("各部门假前要对分管区域及要害部位全面排查，消除各种安全隐患。", "2026-06-12", "2026-06-18", "各部门")]
    [InlineData("各学院在假期之前要对学生进行一次安全出行教育。", "2026-04-24", "2026-04-30", "各学院")]
    public void A_bare_holiday_before_a_statutory_holiday_is_its_eve(string text, string reference, string expected, string lead)
    {
        var t = Single(text, reference);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(expected, DateOf(t));
        Assert.Contains("holiday_break_short", Parser.Explain(text, DateOnly.Parse(reference)).RulesFired(ParseTrace.Deadline));
    }

    [Theory]
    // A vacation or a leave is no statutory holiday: 暑假前, 寒假前, 休假前 stay undated even a week before 五一 or 端午.
    [InlineData("各学院要在暑假前完成本学期期末考试成绩录入工作。", "2026-06-12")]
    [InlineData("教职工休假前，各部门要做好工作交接。", "2026-04-24")]
    // Three weeks before 劳动节: too far for a holiday notice, as 放假前 is.
    [InlineData("各部门假期前要对管辖范围开展一次全方位的安全隐患排查。", "2026-04-08")]
    public void A_vacation_or_a_distant_holiday_stays_undated_and_keeps_its_task(string text, string reference)
    {
        var t = Single(text, reference);
        Assert.NotEmpty(t.Lead);
        Assert.Null(t.Deadline);
    }

    // ---- weekday_unbracketed, day_only_time ----

    [Theory]
    [InlineData("由各系管理员于28日星期五前将异常报到的学生汇总并交回教务处。", "2026-11-28", "28日星期五前")]
    [InlineData("各学院于30日下午5点前将推荐汇总表报送教务处。", "2026-11-30", "30日下午5点前")]
    [InlineData("各学院于30日(星期一)上午10:00前将推荐汇总表报送教务处。", "2026-11-30", "30日(星期一)上午10:00前")]
    [InlineData("各学院于12月4日星期五下班前将推荐汇总表报送教务处。", "2026-12-04", "12月4日星期五下班前")]
    public void A_weekday_or_a_time_between_the_day_and_its_by_stays_in_the_phrase(string text, string expected, string phrase)
    {
        var t = Single(text);
        Assert.Equal(expected, DateOf(t));
        Assert.Equal(phrase, t.DeadlineText);
    }

    [Fact]
    public void A_day_with_a_time_but_no_by_is_not_the_deadline()
    {
        // 25日下午 has no 前: when the self-check is held; the report is due on the 30th.
        var t = Single("各单位25日下午组织自查，并于30日前将自查报告报送县政府办。");
        Assert.Equal(["各单位"], t.Lead);
        Assert.Equal("2026-11-30", DateOf(t));
    }

    [Fact]
    public void A_word_that_starts_with_zhou_after_a_day_is_no_weekday()
    {
        // 周边 is no weekday: the phrase is the day alone, its 前 comes later.
        var matches = DeadlineGrammar.Scan("15日周边道路整治于20日前完成", 0, 15,
            new DeadlineContext(Reference, TaskBot.Calendar.ChinaWorkingCalendar.Default, null), Lexicon.VagueDeadlines);
        Assert.DoesNotContain(matches, m => m.Date?.Day == 15 && !m.Invalid);
        Assert.Contains(matches, m => m.Date == new DateOnly(2026, 12, 20));
    }

    // ---- period_after_de ----

    [Theory]
    [InlineData("各县区财政局应当于每季度结束后的15日内，将本辖区报表汇总报送市财政局。")]
    [InlineData("各县区财政局应当于每季度结束后15日内，将本辖区报表汇总报送市财政局。")]
    public void A_de_between_the_period_end_and_the_count_reads_the_same(string text)
    {
        var t = Single(text);
        Assert.Equal(["各县区财政局"], t.Lead);
        Assert.Equal("2027-01-15", DateOf(t));
    }
    // ---- ensured_next_year (year_target_steer), year_within_de (year_end) ----

    [Theory]
    [InlineData("县发改局要加强与铁路部门对接，加快推进铁路专用线建设，确保明年建成投入使用。", "县发改局", "2027-12-31")]
    [InlineData("县住建局要加快施工进度，确保今年建成交付。", "县住建局", "2026-12-31")]
    [InlineData("请各二级学院及时通知学生缴纳学费，确保年度内应交尽交。", "各二级学院", "2026-12-31")]
    public void A_year_ensured_with_a_result_is_that_years_end(string text, string lead, string expected)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(expected, DateOf(t));
    }

    [Theory]
    // 明年 with nothing to reach ("项目滚动接续") and 明年 that names which year's plan stay undated; the task stays.
    [InlineData("县发改局要谋划储备一批项目，确保明年项目滚动接续。", "县发改局")]
    [InlineData("县发改局要提前对接上级部门明年工作重点，做好项目储备。", "县发改局")]
    public void Next_year_without_a_result_to_reach_is_no_deadline(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Null(t.Deadline);
    }

    [Fact]
    public void A_written_year_before_du_nei_is_that_years_end()
    {
        var t = Single("县财政局要确保2027年度内完成资金拨付。");
        Assert.Equal("2027-12-31", DateOf(t));
    }
}
