using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-first round, family recall (directives that yielded no task), reason "a date shape unread": rule glued_date
/// (DeadlineGrammar) reads month-and-day digits that a page glued together when it lost 月 ("于76日之前报教务处" = 7月6日,
/// "于418日下班前" = 4月18日, "于117日(星期五)中午12:00前" = 11月7日). Before, the one-digit day was left to day_only
/// (76日: no such day) and a weekday or a time of day between the day and its 前 hid the date. Conventions line: "X月Y日前
/// → that date; next occurrence on or after the reference date when no year is written". Digits that split two ways
/// take the reading that comes first on or after the reference. Two digits glue only when they cannot be a day.
/// Gate against main 21fbefd: train fixed r10s-034, r11s-122 (two documents), regressed none; tasks +2 / −0; extra
/// 794 → 794; validation and shared unchanged.
/// Second, reason "no unit and no modal read": rule ModalBeforeDate (GroupingRules.DatedStep) lets a modal written right
/// before the date's 在 / 于 (应在, 请于, 要求在, 须于…) ask for the words after the date, as the date's own lead words 要在 /
/// 务必在 already did; a thing named before the modal is what they act on. Conventions: a requirement that names
/// something to be done but no unit is still a task with an empty lead. Gate (both rules): train fixed r10s-034,
/// r11s-122, r12s-064, r13d-035, regressed none; tasks +4 / −0; extra 794 → 795 (r14d-032, already wrong); validation and
/// shared unchanged.
/// </summary>
public class TwentyFirstRoundRecallTests
{
    [Theory]
    // A time of day between the glued day and 前.
    [InlineData("请各党总支于1218日下班前将推荐人选材料报校党委组织部。", "2026-12-18", "各党总支")]
    // A weekday and a clock time: 126 splits as 1月26日 or 12月6日; 12月6日 comes first after the reference (11-26).
    [InlineData("各学院于126日(星期日)中午12:00前将办公用房自查结果反馈至后勤处。", "2026-12-06", "各学院")]
    public void Glued_digits_before_a_time_are_the_deadline(string text, string expected, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(expected, DateOf(t));
    }

    [Fact]
    // A one-digit day glued to its month: 76 and 75 are no days of a month, so they are 7月6日 and 7月5日.
    public void A_one_digit_day_glued_to_its_month_is_read()
    {
        var tasks = Parse("县教育局要将考试具体方案于76日之前报县政府办公室，75日之前通知各学校。", "2026-06-20");
        Assert.Contains(tasks, t => DateOf(t) == "2026-07-06");
        Assert.Contains(tasks, t => DateOf(t) == "2026-07-05");
    }

    [Theory]
    // Counter-tests: two digits that can be a day stay that day (rule day_only), not a glued month and day.
    [InlineData("请各乡镇于12日前报送秋冬季防火隔离带清理台账。", "2026-12-12")]
    [InlineData("请各乡镇于30日前报送秋冬季防火隔离带清理台账。", "2026-11-30")]
    public void Two_digits_that_can_be_a_day_stay_a_day(string text, string expected) =>
        Assert.Equal(expected, DateOf(Single(text)));

    [Fact]
    // Counter-test: glued digits with no 前 after them tell when something happens, no deadline.
    public void Glued_digits_without_by_set_no_deadline()
    {
        foreach (var t in Parse("校党委组织部会同相关职能部门于421日下午对各总支推荐人选进行考察，各总支要做好配合。"))
            Assert.Null(t.Deadline);
    }

    static IReadOnlyList<string> GroupingRulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Grouping);

    [Theory]
    [InlineData("所有重点提案要求在12月20日前答复完毕。", "2026-12-20", "重点提案")]
    [InlineData("参加复赛的学生名单请于12月15日前以电子稿的方式报县教研室。", "2026-12-15", "学生名单")]
    [InlineData("需要调整的收费项目，应在12月31日前公布。", "2026-12-31", null)]
    public void A_modal_before_the_date_asks_for_the_words_after_it(string text, string expected, string? thing)
    {
        Assert.Contains("DatedStepIsTask", GroupingRulesFor(text));
        var t = Single(text);
        Assert.Empty(t.Lead);
        Assert.Equal(expected, DateOf(t));
        if (thing is not null) Assert.Contains(thing, t.Deliverable);
    }

    [Theory]
    // Counter-tests: 将于 announces, 已于 reports, a bare 于 names no ask: no task.
    [InlineData("评选结果将于12月20日前公布。")]
    [InlineData("全部整改问题已于11月20日前销号。")]
    [InlineData("评选结果于12月20日前公布。")]
    public void Without_a_modal_before_the_date_nothing_is_asked(string text) => Assert.Empty(Parse(text));
}
