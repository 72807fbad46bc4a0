using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Deadline rule of the eighteenth round (family: date_spurious). The rule's made-up examples of its shape, and
/// counter-tests where it must not fire.
/// </summary>
public class EighteenthRoundDatesTests
{
    // Rule reference_day_is_event: the reference day itself, bare, in the middle of a sentence or before what is not
    // handed in, dates the meeting or the visit, not a task.
    [Fact]
    public void The_meeting_day_inside_a_news_opening_dates_no_task()
    {
        var tasks = Parse("为全面推进河道综合整治工作，3月5日，县政府召开全县河道整治工作会议。会议要求，各乡镇要在3月20日前完成河道清理。", "2026-03-05");
        Assert.DoesNotContain(tasks, t => DateOf(t) == "2026-03-05");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["各乡镇"]) && DateOf(t) == "2026-03-20");
    }

    [Fact]
    public void The_day_a_unit_holds_an_event_is_no_deadline() =>
        Assert.DoesNotContain(Parse("市教育局于3月5日下午，组织开展全市中小学生安全教育日活动。", "2026-03-05"), t => DateOf(t) == "2026-03-05");

    [Theory]
    // Handed in that very day: still the deadline.
    [InlineData("各村要如实填写统计表，并于3月5日报送至县文明办。", "各村")]
    [InlineData("各单位于3月5日下午下班前报送节日值班安排表。", "各单位")]
    public void A_hand_in_on_the_reference_day_keeps_its_date(string text, string lead)
    {
        var t = Single(text, "2026-03-05");
        Assert.Equal([lead], t.Lead);
        Assert.Equal("2026-03-05", DateOf(t));
    }

    [Fact]
    public void A_report_opened_by_the_reference_day_stays_no_task() =>
        Assert.Empty(Parse("3月5日，县住建局对全县老旧小区改造情况开展检查。", "2026-03-05"));

}
