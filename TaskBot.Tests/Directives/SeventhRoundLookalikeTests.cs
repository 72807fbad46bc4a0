using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Session 22, non-directives accepted as tasks (rejection), by their place in the item, each with the directives of
/// the same shape that must keep their tasks.
/// ReportSentUp: an item closed by the formula of a report sent up to a superior (特此报告 / 专此报告, on its own line
/// or after the last full stop, with at most a signature and a date after it): the writer tells what it did; its
/// 请审批 asks the addressee. A sentence that orders (要 / 请 …) and dates the order keeps its task.
/// </summary>
public class SeventhRoundLookalikeTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    // ---- ReportSentUp ----

    [Theory]
    // holdout-a ha-043 (a town reports its rectification up, closed by 特此报告, signature, date).
    [InlineData("县全域无垃圾专项治理办公室:\n针对10月9日市全域无垃圾专项治理办公室督查出的问题,镇党委、政府高度重视,立即组织安排整改,组织村干部及保洁员对各自辖区内环境卫生彻底进行整治。" +
                "同时,镇政府督促各村对此类问题进行系统排查、举一反三,确保我镇全域无垃圾专项整治工作落到实处。\n特此报告。\n中川镇人民政府\n2020年10月15日")]
    // holdout-a ha-051 (a town applies for a title, closed by 专此报告 after a comma).
    [InlineData("县爱卫办:\n按照县爱国卫生运动委员会办公室要求,我镇高度重视,成立考核验收组对东柳村、西柳村创建省级卫生村情况进行自查初验,经自查评分均达到99分,现予以申报,请审批为盼。\n专此报告\n板桥镇人民政府\n2022年7月15日")]
    // A third shape: the formula closes the paragraph after a full stop, no signature.
    [InlineData("县应急管理局:\n我局组织专人对辖区内12家企业开展安全隐患排查,督促企业落实主体责任,完成隐患整改。特此报告。")]
    public void A_report_sent_up_is_no_task(string text)
    {
        Assert.Contains("ReportSentUp", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void The_formula_inside_an_order_keeps_its_task()
    {
        // Counter-test for 特此报告: quoted inside an order, not closing the item.
        const string text = "各乡镇上报的整改报告应以“特此报告”结尾,12月20日前报县政府办公室。";
        Assert.DoesNotContain("ReportSentUp", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == Dec20);
    }

    [Fact]
    public void A_dated_order_in_a_report_keeps_its_task()
    {
        // Counter-test for 专此报告: a report that still hands a dated job over keeps it.
        const string text = "县政府:\n我局已完成全县危房排查。各乡镇要于12月20日前完成剩余12户危房改造。\n专此报告\n县住建局\n2026年11月30日";
        Assert.Contains(Parse(text), t => t.Deadline == Dec20);
    }

    [Fact]
    public void A_notice_closed_by_its_own_formula_keeps_its_task()
    {
        var t = Single("各乡镇:\n请于12月20日前将自建房排查清单报县住建局。\n特此通知。\n县人民政府办公室\n2026年11月30日");
        Assert.Equal(Dec20, t.Deadline);
    }

    // ---- AskOfThePublic ----

    [Theory]
    // r6-lookalikes r6a-048 (a notice on mass testing, to residents and staff).
    [InlineData("三、请辖区居民和企事业单位职工按照街道、社区(村)或单位通知要求,错峰就近到采样点,配合工作人员做好信息登记和样本采集。")]
    // r6-lookalikes r6a-093 (a fire-safety notice, to companies and the public).
    [InlineData("请各社会单位、住宅物业服务企业及广大群众要认真自查自改违法违规行为,主动消除电动自行车安全隐患,积极配合夜查行动。")]
    // A third shape: the public alone, with a date.
    [InlineData("请广大市民于12月20日前到所在社区登记冬季取暖需求。")]
    public void An_ask_of_the_public_is_no_task(string text)
    {
        Assert.Contains("AskOfThePublic", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Theory]
    // Counter-tests, one per word: the public word stands outside the addressee of 请, the unit is asked.
    [InlineData("请各乡镇于12月20日前组织居民代表召开座谈会,形成意见汇总报县民政局。", "各乡镇")]
    [InlineData("请县信访局在12月20日前梳理群众反映的突出问题并提出解决方案。", "县信访局")]
    [InlineData("请县城管局于12月20日前完成市民投诉问题整改。", "县城管局")]
    [InlineData("请县融媒体中心于12月20日前通过微信公众号发布整改情况。", "县融媒体中心")]
    [InlineData("请县民政局在12月20日前征求各界人士意见后报县政府。", "县民政局")]
    public void Every_public_word_outside_the_addressee_keeps_the_task(string text, string lead)
    {
        Assert.DoesNotContain("AskOfThePublic", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.Contains(lead) && t.Deadline == Dec20);
    }
}
