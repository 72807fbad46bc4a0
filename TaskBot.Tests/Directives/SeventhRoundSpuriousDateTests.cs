using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Seventh round, spurious deadlines: phrases that dated a task the labels leave undated (eval/families.py,
/// date_spurious over the development files). Each rule's examples, and for each word it reads a directive that
/// still keeps its task and its own date.
/// </summary>
public class SeventhRoundSpuriousDateTests
{
    // Rule statistics_period (DeadlineGrammar): the period a report's figures cover is no deadline.
    [Theory]
    [InlineData("一、统计工作要严格按照国家统计局批准的《交通运输科技统计报表制度》执行，统计期为2017年1月1日至2017年12月31日。", "2017-11-21")]
    [InlineData("填报年报时，统计周期为2017年全年，请各单位仔细核对四个季度的报表。", "2017-11-21")]
    public void The_period_a_statistics_report_covers_is_no_deadline(string text, string reference) =>
        Assert.All(Parse(text, reference), t => Assert.Null(t.Deadline));

    [Fact]
    public void The_as_of_day_of_the_figures_hands_nothing_over() =>
        Assert.Empty(Parse("一、统计时间\n本次统计数字截止时间为2007年12月25日。", "2007-12-10"));

    // Counter-tests: the words 统计期/统计周期/统计截止时间/数据截止时间 leave a real by-when and its task alone.
    [Theory]
    [InlineData("请各单位于2018年1月15日前报送第四季度报表，统计周期为2017年第四季度。", "2018-01-08", "2018-01-15")]
    [InlineData("各乡镇要在12月20日前报送统计台账，统计期为2017年1月1日至2017年11月30日。", "2017-12-01", "2017-12-20")]
    [InlineData("县统计局要于1月10日前完成年报汇总，统计截止时间为2017年12月31日。", "2017-12-15", "2018-01-10")]
    [InlineData("各部门要于12月25日前报送项目进展情况，数据截止时间为12月20日。", "2026-12-01", "2026-12-25")]
    public void A_by_when_next_to_a_statistics_period_still_dates_the_task(string text, string reference, string expected)
    {
        var tasks = Parse(text, reference);
        Assert.NotEmpty(tasks);
        Assert.Contains(tasks, t => t.Deadline?.ToString("yyyy-MM-dd") == expected);
    }
    // Rule announced_own_event (DeadlineGrammar): 将于/将在 + a date + what the speaker itself will do then.
    [Fact]
    public void An_announced_check_does_not_date_the_units_task()
    {
        var tasks = Parse("市政务公开办将于6月下旬对各县市区开展正式测评，请各单位高度重视，指定专人负责，务必在6月1日前对照问题清单完成整改。", "2023-05-25");
        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.Equal("2023-06-01", t.Deadline?.ToString("yyyy-MM-dd")));
    }

    [Fact]
    public void The_writers_own_spot_check_is_no_deadline() =>
        Assert.All(Parse("市教育局将在9月中旬组织有关人员对各校的排查治理工作情况进行抽查，督促整改。", "2007-09-03"), t => Assert.Null(t.Deadline));

    // Counter-tests: 将于 + the work to finish, and 组织/开展 after a unit's own 要于, still date the task.
    [Theory]
    [InlineData("各乡镇要抓紧开展疫情普查，此次普查工作将于10月上旬完成。", "2018-09-20", "2018-10-10")]
    [InlineData("县住建局要于6月下旬组织开展燃气安全大检查。", "2023-05-25", "2023-06-30")]
    [InlineData("各学校要在9月中旬对校舍开展安全隐患排查。", "2007-09-03", "2007-09-20")]
    public void A_date_of_work_asked_for_still_dates_it(string text, string reference, string expected) =>
        Assert.Contains(Parse(text, reference), t => t.Deadline?.ToString("yyyy-MM-dd") == expected);
    // Rule period_names_meeting (DeadlineGrammar): a month or quarter in a meeting's name says which meeting it is.
    [Theory]
    [InlineData("7月29日至30日，全县重点工作现场观摩总结暨冲刺三季度动员会议召开，会议采取现场观摩和集中开会相结合的形式。", "2020-07-30")]
    [InlineData("市委常委、常务副市长主持召开全市重点项目6月份调度会，通报1-5月全市重点项目工作进展情况。", "2016-06-24")]
    public void A_period_in_a_meetings_name_dates_nothing(string text, string reference) =>
        Assert.All(Parse(text, reference), t => Assert.Null(t.Deadline));

    // Counter-tests: the meeting words after a period that is the time of the work, or a by-when before the meeting.
    [Theory]
    [InlineData("各乡镇要在三季度召开现场推进会，总结推广先进经验。", "2020-07-30", "2020-09-30")]
    [InlineData("各县区要在6月份调度会前报送项目进度。", "2016-05-24", "2016-06-30")]
    [InlineData("县发改委要牵头做好三季度重点项目集中开工工作，会议要求各单位全力配合。", "2020-07-30", "2020-09-30")]
    public void A_period_of_work_next_to_a_meeting_word_still_dates_it(string text, string reference, string expected) =>
        Assert.Contains(Parse(text, reference), t => t.Deadline?.ToString("yyyy-MM-dd") == expected);
}
