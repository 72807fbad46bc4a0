using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Deadline rules of the twentieth round, second dates pass (r20-misc lines holiday-anchor-last-workday and
/// yearless-no-ref / year-carried-in-sequence). Made-up examples of each shape and counter-tests where it must not fire.
/// </summary>
public class TwentiethRoundDates2Tests
{
    // Rule holiday_break_fortnight: a bare 放假前 up to two weeks before 清明, 五一, 端午, 中秋 or 国庆 is that holiday's eve
    // (2026: 劳动节 5-1..5-5, 端午 6-19..6-21, 中秋 9-25..9-27, 国庆 10-1..10-7).
    [Theory]
    [InlineData("各部门(单位)在放假前对本部门(单位)进行一次全面的安全检查,消除隐患。", "2026-04-20", "2026-04-30", "各部门(单位)")]
    [InlineData("各单位放假前要对重点部位进行全面检查,排除安全隐患。", "2026-06-08", "2026-06-18", "各单位")]
    [InlineData("学工部在放假前对学生进行安全出行教育。", "2026-04-18", "2026-04-30", "学工部")]
    [InlineData("各系部放假前要对实验室进行安全检查，排除安全隐患。", "2026-09-14", "2026-09-24", "各系部")]
    public void A_bare_holiday_break_within_two_weeks_of_a_holiday_is_its_eve(string text, string reference, string expected, string lead)
    {
        var t = Single(text, reference);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(expected, DateOf(t));
    }

    [Theory]
    // Before 春节 the window stays a week: twelve days before it, 放假前 is the school's own winter vacation.
    [InlineData("放假前,各单位对所属办公区域开展全面深入的安全自查。", "2026-02-02")]
    // Three weeks before 劳动节: too far for a holiday notice.
    [InlineData("各单位放假前要对重点部位进行全面检查,排除安全隐患。", "2026-04-09")]
    // 暑期放假前 is a vacation, not a statutory holiday, even ten days before 端午.
    [InlineData("各学校要在暑期放假前编制印发一份《告家长书》。", "2026-06-08")]
    public void A_holiday_break_out_of_the_window_stays_undated_and_keeps_its_task(string text, string reference)
    {
        var t = Single(text, reference);
        Assert.NotEmpty(t.Lead);
        Assert.Null(t.Deadline);
    }

    // Rule year_carried_in_sentence: with no reference date, a year-less phrase resolves from an earlier date of the
    // same sentence that carries its own year, as the next such date on or after it.
    [Fact]
    public void A_year_less_date_takes_the_year_of_an_earlier_date_in_its_sentence()
    {
        var tasks = Parse("各社区要在2019年12月25日前完成慰问对象的评议遴选工作,12月31日前将慰问对象花名册报街道社会救助工作站备案,原则上应在1月15日前结束慰问工作。", reference: null);
        Assert.Contains(tasks, t => DateOf(t) == "2019-12-25");
        Assert.Contains(tasks, t => DateOf(t) == "2019-12-31");
        Assert.Contains(tasks, t => DateOf(t) == "2020-01-15");
    }

    [Fact]
    public void A_festival_after_a_dated_phrase_of_its_sentence_is_the_next_one()
    {
        var tasks = Parse("各村要在2025年12月20日前完成塘坝主体工程,春节前完成验收。", reference: null);
        Assert.Contains(tasks, t => DateOf(t) == "2025-12-20");
        Assert.Contains(tasks, t => t.DeadlineText == "春节前" && DateOf(t) == "2026-02-14");
    }

    // Counter-tests: a year in another sentence, or in a plan's name, dates nothing; the task stays.
    [Theory]
    [InlineData("2019年12月25日前完成评议工作。各社区要在12月31日前将花名册报街道备案。")]
    [InlineData("各乡镇要按照《2023年农村人居环境整治方案》要求,于6月30日前完成整治任务。")]
    public void A_year_outside_the_sentence_or_in_a_name_resolves_nothing(string text)
    {
        var tasks = Parse(text, reference: null);
        var t = Assert.Single(tasks, t => t.DeadlineText?.Contains("月3") == true);
        Assert.NotEmpty(t.Lead);
        Assert.Null(t.Deadline);
    }

    // With a reference date the reference decides, as before: 12月31日前 is this year's, not the year after 2027年3月1日.
    [Fact]
    public void With_a_reference_date_nothing_is_carried() =>
        Assert.Contains(Parse("县民政局要在2027年3月1日前完成摸底,12月31日前报送花名册。", "2026-11-26"), t => DateOf(t) == "2026-12-31");
}
