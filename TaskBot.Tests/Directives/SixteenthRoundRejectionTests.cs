using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Sixteenth round, non-directives the parser turned into tasks (rejection), one sentence rule per sub-shape:
/// ReferredBodyActs (a body the text points back to with 该 is told about), AsOfReport (截至… opens a report),
/// ThisIsDescribed (这是… says what the thing just told is), UnitOwnPlan's asks (an ask after the unit's 将 that opens its
/// own clause is how the unit carries out its plan; a 迎接 clause dates another body's visit), SinceSpanReport's tallies
/// (要求停产整顿3家 counts orders given), AssignmentDescribed's composition (由…牵头…组成的 names who makes up a body),
/// ProgressAspect's points in time (a bare time before the progress clause says when the work was done), and more words
/// after a unit's 将 (结合, 按照, 根据 …; 向 inside 定向 is no preposition). Each with its counter-tests.
/// </summary>
public class SixteenthRoundRejectionTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    [Theory]
    [InlineData("该县公安部门派出值勤队，加强对考点周围的治安管理、交通秩序维护等工作力度，并负责处理考试中的安全突发事件。")]
    [InlineData("同时，该局联合县消防大队对全县养老机构开展消防安全检查，督促整改隐患12处。")]
    public void A_body_pointed_back_to_is_told_about(string text)
    {
        Assert.Contains("ReferredBodyActs", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Theory]
    [InlineData("该县公安部门要派出值勤队，加强对考点周围的治安管理，12月20日前完成考点周边整治。")]
    [InlineData("该局党组书记强调，各单位要在12月20日前完成自查。")]
    public void A_body_pointed_back_to_that_is_told_keeps_its_task(string text)
    {
        Assert.DoesNotContain("ReferredBodyActs", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == Dec20);
    }

    [Theory]
    [InlineData("截至目前，全县11个项目完成标准化主体工程，完成装修和设备配备，总完成进度为100%。")]
    [InlineData("截至10月底，全市完成农村公路大中修50公里，完成危桥改造9座。")]
    public void A_sentence_opened_by_the_time_it_reports_at_is_a_report(string text)
    {
        Assert.Contains("AsOfReport", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Theory]
    // An ask.
    [InlineData("截至目前，全县仍有3个项目未完工，县住建局要于12月20日前督促完成主体工程。", "县住建局")]
    // 截止…前 is a by-when written with 截止.
    [InlineData("截止12月20日前，县住建局完成全部项目主体工程验收。", "县住建局")]
    public void A_by_when_or_an_ask_after_jiezhi_keeps_its_task(string text, string lead)
    {
        Assert.DoesNotContain("AsOfReport", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual([lead]));
    }

    [Fact]
    public void This_is_describes_what_was_told()
    {
        const string text = "这是西城街道为进一步提高工作效率新采取的周报告制度，每周一下发工作交办清单，明确节点，责任到人。";
        Assert.Contains("ThisIsDescribed", RulesFor(text));
        Assert.Empty(Parse(text));
        var t = Single("这是今年的重点工作，县住建局要于12月20日前完成老旧小区改造。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Theory]
    [InlineData("市教育局将在9月中旬组织有关人员对各校的排查治理工作情况进行抽查，督促整改，迎接市里九月下旬对我市学校安全隐患排查治理情况的检查工作。")]
    [InlineData("区教育局将结合学期结束检查工作对各学校校舍和校园消防安全隐患排查整治的情况进行定向定点抽查。")]
    [InlineData("区政府办公室将按照县委部署对重点项目开展督查，要求限期整改。")]
    public void A_units_own_plan_is_no_task(string text)
    {
        Assert.Contains("UnitOwnPlan", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Theory]
    // An ask with a subject of its own.
    [InlineData("市教育局将在9月中旬组织抽查，各校要于12月20日前完成自查。", "各校")]
    // 将 as 把 before 向 whom the thing goes.
    [InlineData("县财政局将整改情况向县政府报告，12月20日前完成。", "县财政局")]
    // 要结合: an order.
    [InlineData("区教育局要结合学期结束检查工作对各学校进行定向定点抽查，12月20日前完成。", "区教育局")]
    public void An_order_beside_a_units_jiang_keeps_its_task(string text, string lead)
    {
        Assert.DoesNotContain("UnitOwnPlan", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual([lead]));
    }

    [Fact]
    public void A_tally_of_orders_given_in_a_since_span_is_a_report()
    {
        const string text = "专项行动开展以来，检查单位13家，查处安全隐患45处，要求停产整顿3家，全力确保全县安全生产形势持续稳定。";
        Assert.Contains("SinceSpanReport", RulesFor(text));
        Assert.Empty(Parse(text));
        const string order = "专项行动开展以来，检查单位13家，查处安全隐患45处，要求各乡镇对剩余隐患立即整改。";
        Assert.DoesNotContain("SinceSpanReport", RulesFor(order));
        Assert.NotEmpty(Parse(order));
    }

    [Fact]
    public void A_bodys_composition_asks_nothing_in_a_told_assignment()
    {
        const string text = "会议听取了工作整体安排情况汇报，明确14项工作任务的具体要求、责任区领导、主责单位与完成时限，成立由区委书记牵头、区级相关部门主要领导共同组成的工作专班。";
        Assert.Contains("AssignmentDescribed", RulesFor(text));
        Assert.Empty(Parse(text));
        const string order = "会议听取了工作整体安排情况汇报，明确14项工作任务的具体要求、责任区领导、主责单位与完成时限，由区委办牵头于12月20日前成立工作专班。";
        Assert.DoesNotContain("AssignmentDescribed", RulesFor(order));
        Assert.NotEmpty(Parse(order));
    }

    [Fact]
    public void A_bare_time_before_reported_progress_says_when_it_was_done()
    {
        const string text = "为保障安全度汛，9月份县河长办组织各乡镇对全县河流妨碍行洪问题进行排查，排查出的问题已立行立改。";
        Assert.Contains("ProgressAspect", RulesFor(text));
        Assert.Empty(Parse(text));
        // A limit before the progress clause is still set.
        const string limit = "为保障安全度汛，各乡镇要于12月20日前完成排查，县河长办已印发排查方案。";
        Assert.DoesNotContain("ProgressAspect", RulesFor(limit));
        Assert.Contains(Parse(limit), t => t.Deadline == Dec20);
    }
}
