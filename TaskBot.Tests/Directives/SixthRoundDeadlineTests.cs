using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Deadline families of the sixth round (eval/corpus/r6-dated.jsonl and the same families in the older development
/// files): what a user sees on the card is the date, so each test asserts the resolved date; each family has
/// counter-tests where a date is no deadline.
/// </summary>
public class SixthRoundDeadlineTests
{
    static string? Date(ParsedTask t) => t.Deadline?.ToString("yyyy-MM-dd");

    // Rule OpeningTargetIsTask: a sentence opened by a period to reach something by states the target, whatever its
    // verb; no unit is named, so the lead stays empty (customer's nb-037; r5n-083, holdout-b family).
    [Theory]
    [InlineData("到2018年，全州实现县域内义务教育基本均衡；到2020年，城乡义务教育学校布局更加合理，基本消除大班额。", "2017-09-29", "2020-12-31", "大班额")]
    [InlineData("主要目标\n到2023年底，全省用水总量控制在117亿立方米以内。", "2023-03-28", "2023-12-31", "用水总量")]
    [InlineData("到“十五五”末，全县中小学校布局更加合理。", "2026-05-10", "2030-12-31", "布局")]
    public void A_sentence_opened_by_a_target_period_is_a_task_dated_its_end(string text, string reference, string expected, string deliverableWord)
    {
        var tasks = Parse(text, reference);
        var t = Assert.Single(tasks, x => Date(x) == expected);
        Assert.Empty(t.Lead);
        Assert.Contains(deliverableWord, t.Deliverable ?? "");
    }

    [Theory]
    // progress told after the period: 已 / 累计
    [InlineData("到2022年底，全县已建成5G基站2600个。", "2023-03-01")]
    [InlineData("到2022年底，全县累计建成5G基站2600个。", "2023-03-01")]
    // a bare day opening a sentence tells when something happened
    [InlineData("3月15日，全县春耕生产形势总体平稳。", "2023-03-20")]
    public void Progress_or_an_event_date_opening_a_sentence_is_no_target(string text, string reference) =>
        Assert.DoesNotContain(Parse(text, reference), t => t.Deadline is not null);

    [Fact]
    public void A_unit_named_after_the_target_period_still_leads_it()
    {
        var t = Single("到2027年6月底，县住建局要全面完成老旧小区改造。", "2026-11-26");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal("2027-06-30", Date(t));
    }

    // Rule sprint_days: a push of N days from the meeting (大干15天, 冲刺最后十天) is the target's time (customer da-038,
    // da-044; r6d-065 大干20天).
    [Theory]
    [InlineData("要聚焦项目建设，抓开工、抓投资，大干15天，确保完成142亿元的半年投资目标。", "2023-06-15", "2023-06-30")]
    [InlineData("各部门单位要一鼓作气、全力以赴，冲刺最后十天，夺取水南区块征收工作的全面胜利。", "2021-07-21", "2021-07-31")]
    [InlineData("县住建局要奋战20天，完成城区道路改造。", "2026-11-26", "2026-12-16")]
    public void A_push_of_n_days_ends_n_days_after_the_meeting(string text, string reference, string expected) =>
        Assert.Contains(Parse(text, reference), t => Date(t) == expected);

    [Theory]
    // a duration is no push, and a campaign's name is no deadline
    [InlineData("县住建局要加快城区道路改造，该工程工期20天，12月20日前完工。", "2026-11-26", "2026-12-20")]
    [InlineData("县应急管理局要深入开展安全生产百日攻坚行动，12月20日前报送总结。", "2026-11-26", "2026-12-20")]
    public void A_duration_or_a_campaign_name_leaves_the_written_date(string text, string reference, string expected)
    {
        var t = Single(text, reference);
        Assert.Equal(expected, Date(t));
    }

    [Fact]
    public void A_push_without_a_meeting_date_has_no_date_but_keeps_its_phrase()
    {
        var t = Single("县住建局要奋战20天，完成城区道路改造。", null);
        Assert.Null(t.Deadline);
        Assert.Contains("20天", t.DeadlineText ?? "");
    }
}
