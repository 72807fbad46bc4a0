using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Seventh round, non-directives that became tasks (rejection), grouped by why they hand nothing over, each with the
/// directives that share their shape but ask, and must keep their tasks.
/// ReportItemAsksNothing: an item that holds a report sentence (progress, statistics, a look back) and asks nothing
/// anywhere, dates nothing outside its reports: its heading and its how-it-was-done sentences report too.
/// PerfectiveReport, past dates: like 了, a sentence whose every dated time is already over at the reference tells of
/// something that happened (notices nt-053 "项目于2018年11月开工建设", nt-100 "动员部署(2025年1月10日)").
/// </summary>
public class SeventhRoundRejectionTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    // ---- ReportItemAsksNothing ----

    [Theory]
    // holdout-b hb-039 (a town's work report: heading, how it was done, then the figures).
    [InlineData("二是精确排查,重点整改。坚持“村不漏户、户不漏房”原则,组建25支排查组对辖区内自建房开展地毯式大排查,确保不留死角、全面覆盖。" +
                "及时建立隐患台账,实行清单化管理,落实相关整治措施。截至目前,全镇共排查自建房10994间,已完成整改7户,剩余5户正在整改中。")]
    // holdout-b hb-035 (a heading line, then what was done since autumn).
    [InlineData("三、加强巡查,积极制止\n入秋以来,我镇加大巡查力度和频次,通过无人机巡查辖区内各山场、田间野外共计8次;同时,各村组建巡逻队和信息员队伍,对秸秆焚烧行为进行全天候巡查。")]
    // A third shape: the heading, the measures, the result in 已.
    [InlineData("(二)强化源头治理。组织开展河道清淤疏浚，全面排查入河排污口。全县已完成清淤河道23条，整治排污口41个。")]
    public void An_item_that_only_reports_what_was_done_is_no_task(string text)
    {
        Assert.Contains("ReportItemAsksNothing", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void An_ask_in_the_item_keeps_its_task()
    {
        var tasks = Parse("二是精确排查,重点整改。组建25支排查组对辖区内自建房开展地毯式大排查。截至目前,全镇已完成整改7户,剩余5户要在12月20日前完成整改。");
        Assert.Contains(tasks, t => t.Deadline == Dec20);
        Assert.DoesNotContain("ReportItemAsksNothing", RulesFor("二是精确排查,重点整改。截至目前,全镇已完成整改7户,剩余5户要在12月20日前完成整改。"));
    }

    [Fact]
    public void A_date_outside_the_report_keeps_its_task()
    {
        const string text = "一是推进危房改造。截至目前，全县已完成改造70户。12月20日前完成剩余30户改造任务。";
        Assert.DoesNotContain("ReportItemAsksNothing", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == Dec20);
    }

    [Fact]
    public void A_unit_told_to_act_on_what_was_done_keeps_its_task()
    {
        // The brief's counter-example: 已经下达 describes the funds; the sentence asks (要).
        var t = Single("县财政局要把已经下达的资金在12月20日前拨付到位。");
        Assert.Equal(["县财政局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
        var u = Single("一、加快资金拨付。截至目前，已下达资金3200万元。县财政局要把已经下达的资金在12月20日前拨付到位。");
        Assert.Equal(["县财政局"], u.Lead);
        Assert.Equal(Dec20, u.Deadline);
    }

    [Fact]
    public void A_speaker_sentence_ending_on_a_colon_reports_nothing()
    {
        // "…进行了强调:" opens what is asked after it (minutes mn-037): the item before it is not made a report.
        const string text = "三是加强领导,夯实责任,严格奖惩,确保三秋工作顺利开展。同时,县委书记对当前重点工作进行了强调:";
        Assert.DoesNotContain("ReportItemAsksNothing", RulesFor(text));
    }

    [Fact]
    public void An_entry_of_an_asked_list_is_no_report()
    {
        const string text = "会议要求：\n一、加快推进危房改造。全县已完成改造70户，剩余部分加快推进。\n二、县住建局要于12月20日前完成验收。";
        Assert.DoesNotContain("ReportItemAsksNothing", RulesFor(text));
    }

    // ---- PerfectiveReport: every dated time is over at the reference ----

    [Theory]
    // notices nt-053: a project's start, long past.
    [InlineData("项目于2025年11月开工建设，全程51.11公里，按双向四车道一级公路标准建设。")]
    // notices nt-100: a phase of the plan already over.
    [InlineData("(一)动员部署(2026年11月10日)。")]
    // A past day's event with a unit: what it did that day.
    [InlineData("2026年11月10日，县市场监管局联合县教委工作人员前往三河中学，督导检查专项行动开展情况。")]
    public void A_sentence_dated_only_in_the_past_reports(string text)
    {
        Assert.Contains("PerfectiveReport", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_date_still_to_come_keeps_its_task()
    {
        Assert.Contains(Parse("2026年11月10日会议交办的事项，县住建局于12月20日前办结。"), t => t.Deadline == Dec20);
        // A by-when already over is a limit that was set, not an event: "到2019年6月底" stays a deadline.
        Assert.DoesNotContain("PerfectiveReport", RulesFor("到2019年6月底，基本实现审批时间压缩。"));
        var t = Single("县住建局于12月20日前完成危房改造验收。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_past_date_with_an_ask_keeps_its_task()
    {
        const string text = "针对11月20日督查发现的问题，县住建局要抓紧完成整改。";
        Assert.DoesNotContain("PerfectiveReport", RulesFor(text));
        Assert.Equal(["县住建局"], Single(text).Lead);
    }

    [Fact]
    public void Without_a_reference_no_date_is_past()
    {
        var tasks = Parse("县市场监管局于2026年11月10日组织开展校园食品安全专项检查。", reference: null);
        Assert.NotEmpty(tasks);
    }
}
