using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Deadline rules of the twelfth round (dates the conventions give that the parser left out). Each rule has made-up
/// examples of its shape and counter-tests where it must not fire, or where its words must still leave the task.
/// </summary>
public class TwelfthRoundDatesTests
{
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

    // Rule named_year_goal: a named year's target to reach (完成/实现/达到… 2027年 … 目标/任务/计划/指标) is that year's last
    // day; Soft, so the target dates the work its sentence asks for and splits no task off.
    [Theory]
    [InlineData("县农经站要加强跟踪问效，确保按时按质完成2026年目标任务。", "县农经站", "2026-12-31")]
    [InlineData("各基层党委要对任期届满的党组织进行有针对性指导，力争实现2026年“应换尽换”目标。", "各基层党委", "2026-12-31")]
    [InlineData("县住建局要按照既定时间节点完成2027年安置房开工、建成和交钥匙计划目标任务。", "县住建局", "2027-12-31")]
    public void A_named_years_target_to_reach_is_that_years_last_day(string text, string lead, string expected)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(expected, DateOf(t));
    }

    [Fact]
    public void A_target_sentence_after_an_undated_ask_dates_it_and_adds_no_task()
    {
        var t = Single("1.扎实推进基层党组织换届工作，通过日常督查调研等方式进行督促检查；及时更新工作台账，重点对任期届满的基层党组织进行有针对性指导，力争实现2026年“应换尽换”目标。");
        Assert.Equal("2026-12-31", DateOf(t));
    }

    [Theory]
    // A year already past is no deadline; the task stays.
    [InlineData("县农经站要认真总结经验，确保完成2025年目标任务。")]
    // No verb of reaching before the year: the year names which targets are steered by, not a target to reach.
    [InlineData("县发改局要对照2026年目标任务，抓紧制定推进方案。")]
    public void A_named_year_without_a_target_to_reach_dates_nothing_and_keeps_the_task(string text)
    {
        var t = Single(text);
        Assert.NotEmpty(t.Lead);
        Assert.Null(t.Deadline);
    }

    [Theory]
    // A result reported (提前完成, 已完成): the year's target is reached already, nothing is dated by it.
    [InlineData("镇巴县自然资源局紧盯年度目标任务，统筹推进变更入库，提前完成2026年补充耕地1350亩的年度目标任务。")]
    [InlineData("截至目前，县农业农村局已完成2026年目标任务的85%。")]
    public void A_years_target_already_reached_dates_nothing(string text) =>
        Assert.All(Parse(text), t => Assert.NotEqual("2026-12-31", DateOf(t)));

    // Rule plan_period_as_target: “十五五”期间 is 2030-12-31 only before what is to be reached in it; a period that says
    // which thing is meant dates nothing, and its task stays.
    [Theory]
    [InlineData("县住建局要在“十五五”期间建成城乡一体化供水体系。", "2030-12-31")]
    [InlineData("县交通运输局“十五五”期间要全面完成农村公路提档升级。", "2030-12-31")]
    [InlineData("县发改局要到“十五五”末全面完成重点项目建设任务。", "2030-12-31")]
    public void A_plan_period_before_a_target_is_its_last_year_end(string text, string expected) =>
        Assert.Equal(expected, DateOf(Single(text)));

    [Theory]
    [InlineData("各乡镇要对“十五五”期间符合本镇发展的产业路提前规划申报。")]
    [InlineData("县文旅局要做好第四次全国文物普查，这是“十五五”期间最大规模的文物保护行动。")]
    public void A_plan_period_that_says_which_thing_dates_nothing(string text)
    {
        var tasks = Parse(text);
        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.NotEqual("2030-12-31", DateOf(t)));
    }
}
