using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Deadline families of the seventh round (dated deadlines missed or wrong in r6-dated, notices, holdout-a/b and the
/// customer's real-dev-2): each test asserts the date a user sees on the task's card; each family has counter-tests
/// where a date is no deadline.
/// </summary>
public class SeventhRoundDeadlineTests
{
    static string? Date(ParsedTask t) => t.Deadline?.ToString("yyyy-MM-dd");

    // Rule time_heading_dates_tasks: a heading that only names the time ("一、时间:", "二、工作时间", "一、活动时间") and a
    // period or a by-date dates the undated tasks the text goes on to hand over (r6d-037, r6d-054, nt-101, hb-020).
    [Theory]
    [InlineData("一、时间:2010年4月15日前\n二、要求:\n(一)各社区(街道)认真梳理和统计已经取得联系的驻区单位党组织。", "2010-04-09", "各社区(街道)", "2010-04-15")]
    [InlineData("二、工作时间\n2025年4月7日-4月20日。\n三、主要任务\n各村要立足实际,切实解决群众关注的灌溉方面的热点难点问题。", "2025-03-28", "各村", "2025-04-20")]
    [InlineData("一、征集时间\n\n自通知下发之日起至2020年11月10日止。\n\n二、征集要求\n\n各单位、各部门要高度重视民生项目的推荐工作,经研究审定后报送。", "2020-10-20", "各单位", "2020-11-10")]
    public void A_time_heading_dates_the_tasks_under_it(string text, string reference, string lead, string expected)
    {
        var t = Assert.Single(Parse(text, reference), x => x.Lead.Contains(lead));
        Assert.Equal(expected, Date(t));
    }

    [Fact]
    public void A_task_with_its_own_date_keeps_it_under_a_time_heading()
    {
        var tasks = Parse("一、活动时间\n2026年12月-2027年3月。\n二、工作要求\n县住建局要在12月20日前制定实施方案。", "2026-11-26");
        var t = Assert.Single(tasks, x => x.Lead.Contains("县住建局"));
        Assert.Equal("2026-12-20", Date(t));
    }

    [Theory]
    // one day, not said "by", is when a meeting or an event takes place (mn-008)
    [InlineData("会议时间:2026年11月26日\n会议地点:县政府三楼会议室\n会议内容:\n1、各村各小组要加大人居环境整治宣传力度。")]
    [InlineData("一、培训时间\n2026年12月3日\n二、培训要求\n各乡镇要组织相关人员参加培训。")]
    // a long item that tells a time is a sentence, not a heading
    [InlineData("一、工作时间\n按照县委县政府统一部署,本次专项整治行动自2026年12月1日起至2027年1月31日止,分三个阶段推进实施。\n二、各乡镇要加强组织领导。")]
    public void An_event_date_or_a_sentence_under_a_time_label_dates_nothing(string text) =>
        Assert.DoesNotContain(Parse(text, "2026-11-26"), t => t.Deadline is not null);
}
