using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Rule Findings sets aside a sentence that reports what an inspection found. 发现的X opening a clause after 对 / 针对 /
/// 将 is what the sentence goes on to order done (SentenceView.FoundThingIsTopic): such a directive keeps its task, while
/// an inspector's own doings ("督查组对…发现的问题建立台账") and a joined report ("…,并对发现的…进行处理") stay set aside.
/// </summary>
public class NinthRoundFindingsTests
{
    [Theory]
    [InlineData("对专项检查中发现的燃气安全隐患,落实整改责任,建立整改台账,逐项跟踪销号。", "整改台账")]
    [InlineData("会议强调,一要抓好安全隐患排查。对全县企业再次开展全面排查,针对督查发现的问题,举一反三,认真抓好整改落实。二要抓好应急值守。各乡镇要严格落实24小时值班制度。", "全面排查")]
    [InlineData("对排查发现的问题不等不靠,立即整改。", "整改")]
    [InlineData("县自然资源局要加强汛期地质灾害巡查。根据巡查结果,及时将新发现的地质灾害隐患点纳入监测预警范围。", "纳入监测预警范围")]
    public void Found_things_as_the_topic_of_an_order_keep_the_task(string text, string part)
    {
        var tasks = Parse(text);
        Assert.Contains(tasks, t => t.Deliverable is { } d && d.Contains(part));
    }

    [Fact]
    public void Found_things_topic_with_a_date_keeps_lead_and_deadline()
    {
        var t = Single("县应急管理局:对安全生产大检查中发现的问题,落实整改责任,12月20日前整改到位。");
        Assert.Equal(["县应急管理局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    // Counter-tests: what an inspector did, a narrative joined by 并, a count of findings, report no hand-over.
    [Theory]
    [InlineData("11月5日,督查组对城区建筑工地扬尘治理进行督查。督查组对检查中发现的问题建立台账,跟踪督办,复核整改情况并纳入季度考核。")]
    [InlineData("组建巡查队六支,每日对辖区开展巡查,并对发现的违规焚烧情况进行妥善处理。")]
    [InlineData("督查中发现,部分乡镇未按要求报送防汛值班台账。")]
    [InlineData("此次检查共发现问题32个,已现场整改21个。")]
    public void Reported_findings_stay_without_a_task(string text) => Assert.Empty(Parse(text));
}
