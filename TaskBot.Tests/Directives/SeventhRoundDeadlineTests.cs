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

    // Rule period_of_the_work: a quarter or half right after the verb that asks for its work is the time of that work
    // (r5m-001, r6d-012, hb-069, la-030).
    [Theory]
    [InlineData("四是开展一季度项目集中开工活动,确保一批重点项目开工建设。", "2015-12-23", "2016-03-31")]
    [InlineData("要持续跟进,确保二季度拟开复工的项目部分落实。", "2016-04-13", "2016-06-30")]
    [InlineData("全市各地各部门要锁定目标再发力,确保上半年各项目标任务达进度、超序时。", "2019-05-22", "2019-06-30")]
    [InlineData("要再加一把劲,推动一季度各项指标、各项工作实现“精彩开局”。", "2021-03-26", "2021-03-31")]
    public void A_period_asked_for_by_a_verb_dates_the_work(string text, string reference, string expected) =>
        Assert.Contains(Parse(text, reference), t => Date(t) == expected);

    [Theory]
    // no verb before: the period names when something is measured
    [InlineData("第三季度全县经济增长势头良好,县发改局要加强经济运行监测。", "2026-07-10")]
    // a cadence (一季度一奖评) is no period of work
    [InlineData("各乡镇要完善人居环境整治奖惩机制,实行一季度一奖评。", "2026-03-17")]
    // a period further off than the coming one (next year's third quarter, said in November) names a statistic's period
    [InlineData("县统计局要开展第三季度规上企业数据核查。", "2026-11-26")]
    public void A_period_that_no_verb_asks_for_dates_nothing(string text, string reference) =>
        Assert.DoesNotContain(Parse(text, reference), t => t.Deadline is not null);

    [Fact]
    public void A_written_date_still_dates_its_own_deliverable_beside_the_period_of_the_work()
    {
        var tasks = Parse("县住建局要开展一季度项目集中开工活动,2月20日前报送开工项目清单。", "2026-01-05");
        Assert.Contains(tasks, t => Date(t) == "2026-02-20" && (t.Deliverable ?? "").Contains("清单"));
        Assert.All(tasks, t => Assert.Equal(["县住建局"], t.Lead));
    }

    // Rule year_of_the_targets: a text that hands down one year's targets dates the task that ensures they are completed
    // with that year's end (dv-035 2010年度环境保护目标任务, ha-091 2021年度省市考核目标任务推进会).
    [Theory]
    [InlineData("现将2010年度环境保护目标任务下达给你们,各单位要对照目标任务,切实加强领导,认真组织实施,确保各项环保目标任务圆满完成。", "2010-03-17", "各单位", "2010-12-31")]
    [InlineData("近日,民和县召开2021年度省市考核目标任务推进会。会议强调,各单位要做好与上级业务对口单位的沟通协调,确保年度目标任务圆满完成。", null, "各单位", "2021-12-31")]
    [InlineData("现将2027年度公共植保工作目标责任考核任务分解下达给你们。请各镇(街)认真组织实施,确保完成计划任务。", "2026-11-26", "各镇(街)", "2027-12-31")]
    public void The_year_whose_targets_a_text_hands_down_dates_their_completion(string text, string? reference, string lead, string expected)
    {
        var t = Assert.Single(Parse(text, reference), x => x.Lead.Contains(lead));
        Assert.Equal(expected, Date(t));
    }

    [Theory]
    // no year's targets named in the text: the task stays, undated
    [InlineData("各单位要切实加强领导,认真组织实施,确保各项环保目标任务圆满完成。", "2026-11-26")]
    // two years named: which one is meant is not said
    [InlineData("现将2026年度和2027年度环境保护目标任务下达给你们,各单位要认真组织实施,确保各项目标任务圆满完成。", "2026-03-01")]
    // a year already past: the targets are reported on, not asked for
    [InlineData("2025年度环境保护目标任务已全部完成。各单位要认真组织实施,确保各项环保目标任务圆满完成。", "2026-11-26")]
    public void Without_one_coming_year_of_targets_the_completion_task_stays_undated(string text, string reference)
    {
        var tasks = Parse(text, reference);
        Assert.Contains(tasks, t => t.Lead.Contains("各单位"));
        Assert.DoesNotContain(tasks, t => t.Deadline is not null);
    }

    [Fact]
    public void A_task_with_its_own_date_keeps_it_under_a_year_of_targets()
    {
        var tasks = Parse("现将2027年度环境保护目标任务下达给你们,各单位要于2027年6月30日前确保各项环保目标任务全面完成。", "2026-11-26");
        Assert.Contains(tasks, t => t.Lead.Contains("各单位") && Date(t) == "2027-06-30");
    }
}
