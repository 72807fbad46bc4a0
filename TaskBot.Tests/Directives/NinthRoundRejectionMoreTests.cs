using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Ninth round, more non-directives that became tasks (rejection), one region per named rule, each with the directives
/// that share its shape but ask, and must keep their tasks.
/// PeriodStated: a sentence that only says over which period an activity runs (从A至B开展…, …工作从A至B, 在A至B开展…), in an
/// item that asks nothing (r5-notices r5n-033, r6-dated r6d-025, r6-lists r6l-016).
/// BodyDecidesItself: a named body or the writer (我局) decides what it will do itself, "X决定…", closing its item and
/// asking nothing (lookalikes la-096, r6-dated r6d-067).
/// ReportItemAsksNothing, aims and forecasts: in an item that reports and asks nothing, a date in a clause that opens
/// with the work's aim (确保 / 力争 / 争取) or forecasts it (预计 / 计划, the date then 可) is no date set for anyone
/// (r8-singles r8s-064, holdout-a ha-060, notices nt-053).
/// 请示 asks nobody: the writer's request to a superior, a kind of document or a step ("请示性公文必须…", "《关于…的请示》"
/// among the agenda of a meeting) (r8-singles r8s-002, holdout-a ha-053).
/// </summary>
public class NinthRoundRejectionMoreTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    // ---- PeriodStated ----

    [Theory]
    // A plan's section that states the campaign's window.
    [InlineData("一、集中整治时间\n全县“百日攻坚”专项整治工作从2027年3月至2027年6月。")]
    // News: the county runs a campaign over half a year.
    [InlineData("按照上级统一部署，全县从2027年3月至6月开展校园食品安全排查整治专项行动。")]
    // A bureau's own pilot and its period.
    [InlineData("县林业局高度重视，拟确定东山村为试点村，在2027年1月至3月开展林长制试点工作。")]
    public void A_period_an_activity_runs_over_is_no_task(string text)
    {
        Assert.Contains("PeriodStated", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_period_asked_of_a_unit_keeps_its_task()
    {
        var t = Single("各乡镇要从12月1日至12月20日开展集中排查。");
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_period_in_an_item_that_asks_keeps_its_task()
    {
        const string text = "全县从12月1日至12月20日开展集中排查，各乡镇要明确专人负责。";
        Assert.DoesNotContain("PeriodStated", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == Dec20);
    }

    [Fact]
    public void A_period_in_a_table_cell_is_the_rows_deadline()
    {
        var t = Single("12月1日—12月20日 | 各乡镇对辖区内自建房开展排查 | 各乡镇 |");
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_submission_window_after_its_label_dates_the_submission()
    {
        const string text = "申报时间:提交申请材料时间为2026年12月10日-2026年12月20日。";
        Assert.DoesNotContain("PeriodStated", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == Dec20);
    }

    // ---- BodyDecidesItself ----

    [Theory]
    // The writer launches its own campaign (a bureau's notice opening).
    [InlineData("为进一步加快今年重点项目建设进度，确保完成本年度目标任务，我局决定对重点项目开展“百日攻坚”行动。")]
    // News: a named bureau decides on its own inspection over a period.
    [InlineData("当前正值岁末年初，事故易发多发。鉴于此，市应急局决定从12月初起到12月20日，在全市危化品行业开展安全生产大检查活动。")]
    public void A_body_deciding_what_it_will_do_itself_is_no_task(string text)
    {
        Assert.Contains("BodyDecidesItself", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_decision_that_hands_work_to_a_unit_keeps_its_task()
    {
        var t = Single("县政府决定开展“百日攻坚”行动，由县发改局牵头于12月20日前制定攻坚方案。");
        Assert.Equal(["县发改局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_decision_with_no_body_before_it_keeps_its_task()
    {
        // 经研究决定: the writer hands the work down, its subject does not stand before 决定.
        const string text = "经研究决定，12月20日前在全县开展燃气安全专项排查。";
        Assert.DoesNotContain("BodyDecidesItself", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == Dec20);
    }

    [Fact]
    public void A_decision_followed_by_its_arrangements_keeps_its_tasks()
    {
        const string text = "各乡镇:\n为做好节日期间市场监测，我局决定于12月1日至12月20日启动生活必需品监测日报制度。各监测样本企业于12月20日前报送销售情况。";
        Assert.DoesNotContain("BodyDecidesItself", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == Dec20 && t.Deliverable?.Contains("销售情况") == true);
    }

    [Fact]
    public void The_head_of_a_meetings_decisions_is_no_body_deciding_itself()
    {
        var t = Single("会议决定：县住建局于12月20日前完成城区燃气管网改造。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    // ---- ReportItemAsksNothing: an aim or a forecast dated in a report ----

    [Theory]
    // A town's own effort and its aim, then the count so far.
    [InlineData("各村网格员细化分工，利用休息时间加紧入户登记，力争在12月20日前完成此次摸底登记。截至11月20日，已登记退役军人200余人。")]
    // Progress of land handover with the date it is expected to be complete.
    [InlineData("城东物流园已正式交地，西区工业园完成拆迁300亩，12月20日前可实现全部交地。滨河路、迎宾大道工程已完成路基施工。")]
    public void An_aim_or_forecast_dated_in_a_report_is_no_task(string text)
    {
        Assert.Contains("ReportItemAsksNothing", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void An_aim_asked_of_a_unit_in_a_report_keeps_its_task()
    {
        var t = Single("一是推进危房改造。截至目前，全县已完成改造70户。各乡镇要加快进度，确保12月20日前完成剩余改造任务。");
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void An_aim_in_an_item_that_reports_nothing_keeps_its_task()
    {
        const string text = "一是推进危房改造。加快施工进度，确保12月20日前完成剩余30户改造任务。";
        Assert.DoesNotContain("ReportItemAsksNothing", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == Dec20);
    }

    // ---- 请示 is no ask ----

    [Fact]
    public void An_article_on_requests_to_superiors_is_a_standing_rule()
    {
        const string text = "第五条 请示性公文必须在3个工作日内办结并答复。";
        Assert.Contains("RegulationArticle", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void Requests_on_a_meetings_agenda_are_no_tasks()
    {
        Assert.Empty(Parse("会议审议了县住建局送审的《城区道路改造方案》，县教育局《关于启动第四小学扩建项目的请示》，县农业农村局《关于兑现2026年种粮大户奖补资金的请示》等议题。"));
    }

    [Fact]
    public void Qing_before_a_unit_still_asks()
    {
        var t = Single("请县住建局于12月20日前报送城区道路改造方案。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }
}
