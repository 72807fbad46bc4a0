using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Lead-unit rules of the thirteenth round (conventions: a verb or role word is never part of a unit name; units
/// where a unit stands, after 由/请/要求). Each rule has made-up examples of its shape and counter-tests where it must
/// not change anything; each word added to the lexicon is also covered by its family's test in WordFamilyCoverageTests.
///
/// - CausalConnectiveOpensClause (lexicon clauseOpeners: 因此, 所以, 为此, 因而): a causal connective that opens a clause
///   is read as a clause opener, never as the first word of the subject's name. Fixes r10l-016 (所以各学院(部)必须…)
///   and r12s-075 (所以各相关科室务必在7月底之前…).
/// - CoordinatedOversightVerbs (UnitGrammar.OversightVerbRun, used by OversightVerbEndsName and OversightVerbOpensNoName):
///   two oversight verbs written together (指导和督促, 督促指导, 指导、督促) act as one: they end the unit name before
///   them. Fixes r11l-036 (资产归口管理部门指导和督促各资产使用单位… → 资产归口管理部门) and the glued name in r11l-041
///   (房产管理处指导和督促各资产使用单位 → 房产管理处; that item's lead stays wrong: its gold keeps 实验室与设备管理处 whole).
/// - RoleCopulaEndsName (lexicon roleCopulas: 作为, 身为; UnitGrammar stops and followers, IsStop): a verb that gives a
///   unit its role ends the unit's name and follows it as a subject's verb does, even before a role that opens with a
///   suffix-like word (作为政府…部门). Fixes r8l-010 (发改部门作为政府宏观经济管理部门 → 发改部门, five tasks) and r5l-049
///   (各乡镇作为实施主体，要锁定目标任务… now a task of 各乡镇; before it was folded into the task before).
/// - GenericOrKnownNameJoinedToBody (UnitGrammar.JoinedAddressees): a name the directory lists whole (各县区), or a
///   quantifier and a short body (各有关学区, 相关学区), left of 和 / 及 is an addressee on its own, so the joiner splits
///   it from the body on its right (conventions: split lists on 和 及). Not before a right part ending in a one-character
///   suffix (各县市经济贸易和信息化局 is one bureau). Fixes r12s-139 (各县区及市直相关部门) and r11l-031 (各有关学区和学校
///   (幼儿园), 相关学区和学校: two tasks).
/// </summary>
public class ThirteenthRoundLeadsTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    // Rule CausalConnectiveOpensClause.
    [Theory]
    [InlineData("自评报告问题部分不少于三分之一，所以各学院要在12月20日前补充整改举措。", "各学院", "整改举措")]
    [InlineData("前期排查仍有遗漏，因此各乡镇(街道)务必于12月20日前完成复查。", "各乡镇(街道)", "复查")]
    [InlineData("为此，县财政局要在12月20日前完成专项资金拨付。", "县财政局", "专项资金拨付")]
    [InlineData("部分项目进度滞后，因而各有关单位必须在12月20日前报送整改方案。", "各有关单位", "整改方案")]
    public void A_causal_connective_is_no_part_of_the_subject_after_it(string text, string lead, string work)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
        Assert.Contains(work, t.Deliverable);
    }

    // Counter-tests: a unit that holds 所 before 以 keeps its name, and a connective inside a clause changes nothing.
    [Theory]
    [InlineData("城关派出所要在12月20日前完成辖区重点人员排查。", "城关派出所")]
    [InlineData("县统计局要在12月20日前查明数据差异产生的原因，并据此整改。", "县统计局")]
    public void A_unit_name_near_a_connective_keeps_its_name(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    // Rule CoordinatedOversightVerbs.
    [Theory]
    [InlineData("县教育局指导和督促各学校在12月20日前完成校舍安全排查。", "县教育局", "校舍安全排查")]
    [InlineData("县应急管理局督促指导各乡镇在12月20日前完成危化企业隐患排查。", "县应急管理局", "危化企业隐患排查")]
    [InlineData("县住建局指导、督促县城投公司在12月20日前完成老旧小区改造验收。", "县住建局", "老旧小区改造验收")]
    [InlineData("资产管理处指导并督促各二级单位在12月20日前完成固定资产清查。", "资产管理处", "固定资产清查")]
    public void Two_oversight_verbs_together_end_the_name_before_them(string text, string lead, string work)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
        Assert.Contains(work, t.Deliverable);
    }

    // Counter-tests: an office named for what it does keeps its name, and two such verbs with no unit after them
    // ("统筹协调解决") cut nothing.
    [Theory]
    [InlineData("县督查检查考核办公室要在12月20日前完成年度考核方案。", "县督查检查考核办公室")]
    [InlineData("市安委会督导检查组要在12月20日前完成复查。", "市安委会督导检查组")]
    [InlineData("县政府督查督办中心要在12月20日前完成重点工作督查通报。", "县政府督查督办中心")]
    [InlineData("县发改局要在12月20日前梳理项目困难，提请县政府统筹协调解决。", "县发改局")]
    public void An_office_named_for_oversight_keeps_its_name(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    // Rule RoleCopulaEndsName.
    [Theory]
    [InlineData("县发改局作为政府宏观经济管理部门，要在12月20日前完成重大项目储备。", "县发改局", "重大项目储备")]
    [InlineData("各乡镇作为属地责任主体，要在12月20日前完成危房排查。", "各乡镇", "危房排查")]
    [InlineData("县财政局作为牵头单位，要在12月20日前完成专项资金清理。", "县财政局", "专项资金清理")]
    [InlineData("县住建局作为行业主管部门要在12月20日前完成燃气隐患排查。", "县住建局", "燃气隐患排查")]
    public void A_role_copula_ends_the_unit_name(string text, string lead, string work)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
        Assert.Contains(work, t.Deliverable);
    }

    public static TheoryData<string> RoleCopulas => LexiconFamilyTests.Words(l => l.RoleCopulas);

    // Family test and counter-test: the copula after a unit ends its name, and the copula in the work (党员干部作为
    // 公职人员…) neither names a unit nor loses the task.
    [Theory, MemberData(nameof(RoleCopulas))]
    public void Every_role_copula_ends_the_unit_name_and_keeps_the_task(string word)
    {
        var t = Single($"县应急管理局{word}安委会办公室，要在12月20日前完成危化企业隐患排查。");
        Assert.Equal(["县应急管理局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
        var s = Single($"县纪委监委要教育党员干部{word}公职人员严守纪律，12月20日前完成警示教育。");
        Assert.Equal(["县纪委监委"], s.Lead);
        Assert.Equal(Dec20, s.Deadline);
    }

    // Rule GenericOrKnownNameJoinedToBody.
    [Theory]
    [InlineData("各县区及市直相关部门要在12月20日前完成农村危房排查。", new[] { "各县区", "市直相关部门" })]
    [InlineData("各有关学区和学校(幼儿园)要在12月20日前完成校舍安全排查。", new[] { "各有关学区", "学校(幼儿园)" })]
    [InlineData("相关学区和学校要在12月20日前报送防溺水教育开展情况。", new[] { "相关学区", "学校" })]
    public void A_generic_or_listed_name_joined_to_a_body_is_a_unit_of_its_own(string text, string[] leads)
    {
        var t = Single(text);
        Assert.Equal(leads.OrderBy(x => x), t.Lead.OrderBy(x => x));
        Assert.Equal(Dec20, t.Deadline);
    }

    // Counter-tests: a bureau whose own name holds the joiner stays one unit, after a quantifier too.
    [Theory]
    [InlineData("各县市经济贸易和信息化局要在12月20日前报送节日市场监测数据。", "各县市经济贸易和信息化局")]
    [InlineData("各县经贸和信息化局要在12月20日前报送节日市场监测数据。", "各县经贸和信息化局")]
    [InlineData("县自然资源和规划局要在12月20日前完成用地报批。", "县自然资源和规划局")]
    public void A_bureau_holding_a_joiner_stays_one_unit(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }
}
