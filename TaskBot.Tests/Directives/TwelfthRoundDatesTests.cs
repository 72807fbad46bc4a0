using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Deadline rules of the twelfth round (dates the conventions give that the parser left out). Each rule has made-up
/// examples of its shape and counter-tests where it must not fire, or where its words must still leave the task.
/// </summary>
public class TwelfthRoundDatesTests
{
    static string? DateOf(ParsedTask t) => t.Deadline?.ToString("yyyy-MM-dd");

    // Rule holiday_break: a bare 放假前 in the week before a statutory holiday is that holiday's eve, the last working
    // day before its official period (2026: 清明 4-4..4-6, 劳动节 5-1..5-5, 中秋 9-25..9-27, 元旦 2027 provisional).
    [Theory]
    [InlineData("放假前，各部门要对本单位的员工开展一次安全教育。", "2026-04-01", "2026-04-03", "各部门")]
    [InlineData("各部门在放假前要进行一次安全自查，重点检查水电线路。", "2026-04-28", "2026-04-30", "各部门")]
    [InlineData("各系部放假前要对实验室进行安全检查，排除安全隐患。", "2026-09-21", "2026-09-24", "各系部")]
    [InlineData("各单位要在放假之前对本单位进行一次安全教育。", "2026-04-02", "2026-04-03", "各单位")]
    public void A_bare_holiday_break_in_the_week_before_a_holiday_is_its_eve(string text, string reference, string expected, string lead)
    {
        var t = Single(text, reference);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(expected, DateOf(t));
        Assert.Equal("放假前", t.DeadlineText?.Replace("之", ""));
    }

    [Theory]
    // Weeks before the next holiday: a school's or a unit's own vacation (寒假), whose start the text does not give.
    [InlineData("放假前，各单位对所属办公区域开展全面深入的安全自查。", "2026-01-06")]
    // 暑期放假前 / 寒假放假前 name a vacation that is no statutory holiday, even close to one.
    [InlineData("各学校要在暑期放假前编制印发一份《告家长书》。", "2026-09-21")]
    [InlineData("各学院要在寒假放假前开展一次本单位自检自查。", "2026-04-01")]
    public void A_holiday_break_that_is_no_statutory_holiday_stays_undated_and_keeps_its_task(string text, string reference)
    {
        var t = Single(text, reference);
        Assert.NotEmpty(t.Lead);
        Assert.Null(t.Deadline);
    }

    [Fact]
    public void Without_a_reference_a_holiday_break_is_not_dated() =>
        Assert.Null(Single("放假前，各部门要对本单位的员工开展一次安全教育。", reference: null).Deadline);

    // Counter-tests for the words: 放假 in other positions reads no date and deletes nothing.
    [Theory]
    [InlineData("各部门要做好防火、防盗等安全保卫工作，确保放假期间安全。", "2026-04-01")]
    [InlineData("县人社局要在春节放假前完成欠薪清零。", "2026-02-10")]
    public void Other_holiday_words_still_yield_their_task(string text, string reference)
    {
        var t = Single(text, reference);
        Assert.NotEmpty(t.Lead);
        if (text.Contains("春节")) Assert.Equal("2026-02-14", DateOf(t));
        else Assert.Null(t.Deadline);
    }
}
