using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Grouping rule of the eighteenth round, list-dates helper (family: date_missed in schedules). Rule
/// OpeningWindowIsNoEvent: a numbered step of a schedule opened by a window (start and end) not yet over asks for the
/// work that follows, due at the window's end; a single day, a window already over, a meeting's news (…会议召开) and a
/// unit's own plan (将) still tell of an event. Examples of the shape and counter-tests.
/// </summary>
public class EighteenthRoundListDatesTests
{
    [Theory]
    [InlineData("2.3月24日-3月30日,县农业农村局根据申报材料开展资格审核。", "县农业农村局", "2026-03-30")]
    [InlineData("2.3月10日-3月13日,各乡镇进行资格审核,并采取实地核查等形式进行评选,提出拟推荐名单。", "各乡镇", "2026-03-13")]
    [InlineData("(二)审核公示\n3月9日—3月13日,各学院在公示栏公示五个工作日,将加盖公章的相关材料报送学生工作处。", "各学院", "2026-03-13")]
    public void A_step_opened_by_a_window_to_come_is_due_at_its_end(string text, string lead, string date)
    {
        var tasks = Parse(text, "2026-03-05");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual([lead]) && DateOf(t) == date);
    }

    // Counter-tests: the window is over, or a single day opens the sentence, or the unit tells its own plan.
    [Fact]
    public void A_window_already_over_reports_an_inspection() =>
        Assert.Empty(Parse("2026年2月26日至3月5日,对6项工地开展扬尘防治督查工作,从检查情况来看,1项工地扬尘防治长效管理保持较好。", "2026-03-05"));

    [Fact]
    public void A_single_day_opening_the_sentence_still_tells_of_an_event() =>
        Assert.Empty(Parse("3月8日，县住建局对全县老旧小区改造情况开展检查。", "2026-03-10"));

    [Fact]
    public void A_unit_that_will_do_something_in_the_window_announces_its_own_plan() =>
        Assert.Empty(Parse("3、第三阶段(3月20日—3月30日),学生处将与相关部门对各二级学院上报的寝室完成复查。", "2026-03-05"));

    [Fact]
    public void A_window_that_dates_a_meetings_news_is_no_step() =>
        Assert.Empty(Parse("3月9日至10日，全县春耕生产现场推进会召开，会议采取现场观摩和集中开会相结合的形式。", "2026-03-05"));
}
