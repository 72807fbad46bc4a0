using static TaskBot.Tests.Directives.ParserHarness;
using TaskBot.Directives;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-third round, family "co-lead units wrong" (helper colead).
/// - PartnerAfterYuCooperates (ClauseReader.ReadPartnerAfterYu; lexicon cooperationModifiers: 相互, 紧密, 通力): units
///   after 要与 / 应与 / 须与 that a 配合 word closes ("县直各单位要与乡(镇)密切配合", "要与施工单位等相互配合") are the
///   subject's co-leads, as after 会同 (conventions: Co-lead). They help with that clause's work only: a later task the
///   same subject is given does not take them (Draft.Partners). Train: the shape "要与 + units + (modifier) 配合" is
///   labelled co-lead in 3 of 3 documents (minutes mn-003, r5-lists r5l-054, r13-singles r13s-136; r14s-059 with
///   同心协力 too), against none; "与X加强协调配合" / "与指挥部统筹协作" without the modal stay unread (gold: no co-lead).
/// - BlankBeforeLabelSplits (Blocks.SplitSegments): "(牵头单位:市商务局  责任单位:市编办、…)": in a bracket, blanks before
///   another label end the list before it, as ";" does; the 责任单位 list is then co-leads of the marked lead, as in
///   the bracketed label blocks of eight other train documents that use ";" or ",".
/// Gate against main fa77ee5: train items +1 (r9s-116), tasks +3 (minutes, r5-lists, r9-singles), regressed none;
/// validation and shared unchanged.
/// </summary>
public class TwentyThirdRoundCoLeadTests
{
    [Theory]
    [InlineData("县直各单位要与各乡镇密切配合，12月20日前完成秸秆禁烧巡查。", "县直各单位", "各乡镇")]
    [InlineData("各街道要与施工单位等相互配合，在12月20日前完成管线迁改。", "各街道", "施工单位")]
    [InlineData("县住建局要与县自然资源局紧密配合，12月20日前完成老旧小区改造方案。", "县住建局", "县自然资源局")]
    public void A_partner_after_yao_yu_that_cooperates_is_a_co_lead(string text, string lead, string co)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal([co], t.Co);
        Assert.Equal("2026-12-20", DateOf(t));
    }

    [Fact]
    public void The_partner_helps_only_with_its_own_work()
    {
        var tasks = Parse("各街道要与各相关部门密切配合、协作联动；要在12月20日前完成重点任务分解。");
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["各相关部门"], tasks[0].Co);
        Assert.Equal(["各街道"], tasks[1].Lead);
        Assert.Empty(tasks[1].Co);
        Assert.Equal("2026-12-20", DateOf(tasks[1]));
    }

    [Theory]
    // Counter-tests: a partner of talks (与…加强沟通) is no co-lead, and 与 joining two names before the modal makes
    // joint leads; each keeps its task and date.
    [InlineData("县水利局要与县财政局加强沟通，12月20日前完成资金测算。", new[] { "县水利局" })]
    [InlineData("县财政局与县住建局要密切配合，12月20日前完成资金拨付。", new[] { "县财政局", "县住建局" })]
    public void Yu_without_a_cooperating_partner_names_no_co_lead(string text, string[] leads)
    {
        var t = Single(text);
        Assert.Equal(leads, t.Lead);
        Assert.Empty(t.Co);
        Assert.Equal("2026-12-20", DateOf(t));
    }

    public static TheoryData<string> CooperationModifiers => LexiconFamilyTests.Words(l => l.CooperationModifiers);

    // Family test and counter-test: each modifier between the partner and 配合 keeps the partner a co-lead; the same word
    // in a directive with no 与 partner names no unit and loses no task.
    [Theory, MemberData(nameof(CooperationModifiers))]
    public void Every_cooperation_modifier_keeps_the_partner_a_co_lead(string word)
    {
        var t = Single($"县交通运输局要与各乡镇{word}配合，12月20日前完成农村公路养护检查。");
        Assert.Equal(["县交通运输局"], t.Lead);
        Assert.Equal(["各乡镇"], t.Co);
        Assert.Equal("2026-12-20", DateOf(t));
        var s = Single($"县交通运输局要{word}借鉴经验，12月20日前完成农村公路养护检查。");
        Assert.Equal(["县交通运输局"], s.Lead);
        Assert.Empty(s.Co);
        Assert.Equal("2026-12-20", DateOf(s));
    }

    [Theory]
    [InlineData("1.完成流通管理体制改革方案。(牵头单位:市商务局  责任单位:市编办、市发改委)")]
    [InlineData("1.完成流通管理体制改革方案。(牵头单位:市商务局  配合单位:市编办、市发改委)")]
    // Counter-test: the ";" the blanks stand for reads the same.
    [InlineData("1.完成流通管理体制改革方案。(牵头单位:市商务局;责任单位:市编办、市发改委)")]
    public void Blanks_before_a_label_in_brackets_end_the_list_before_it(string text)
    {
        var t = Single(text);
        Assert.Equal(["市商务局"], t.Lead);
        Assert.Equal(["市编办", "市发改委"], t.Co);
    }
}
