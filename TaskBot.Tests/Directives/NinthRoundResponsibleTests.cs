using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// "由施工单位负责清运建筑垃圾": a generic body named by the part it plays in a project (施工单位, 建设单位, 监理单位,
/// 物业服务企业) is the lead after 由 and before 负责 / 牵头, though the name window cuts it at its verb-like first word;
/// 施工单位 / 建设单位 are units too right after 要求 / 请 / 由 / 会同, though elsewhere they are only talked about.
/// </summary>
public class NinthRoundResponsibleTests
{
    // Rule BodyBeforeLeadWord (UnitGrammar.BodyBeforeLeadWordAt): before, no task at all (施工单位, 建设单位, 监理单位,
    // 物业服务企业 were no unit, so the clause had no one to act).
    [Theory]
    [InlineData("由施工单位负责清运施工现场建筑垃圾。", "施工单位", "清运施工现场建筑垃圾")]
    [InlineData("由建设单位负责办理项目竣工验收备案手续。", "建设单位", "办理项目竣工验收备案手续")]
    [InlineData("由监理单位负责督促整改到位。", "监理单位", "督促整改到位")]
    [InlineData("由物业服务企业负责清理楼道堆放杂物。", "物业服务企业", "清理楼道堆放杂物")]
    [InlineData("由产权单位负责拆除违规设置的户外广告牌。", "产权单位", "拆除违规设置的户外广告牌")]
    [InlineData("由建设单位牵头组织参建各方开展联合验收。", "建设单位", "组织参建各方开展联合验收")]
    public void A_generic_role_body_after_you_and_before_a_lead_word_leads(string text, string lead, string work)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Contains(work, t.Deliverable);
    }

    [Fact]
    public void The_deadline_after_the_lead_word_stays_with_the_task()
    {
        var t = Single("由施工单位负责于12月20日前完成工地围挡整改。");
        Assert.Equal(["施工单位"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    // Rule RoleUnitAfterAsk (UnitGrammar.RoleUnitAt): 施工单位 / 建设单位 are units right after a word that hands them
    // work or joins them to it (before: no lead, or no co-lead).
    [Theory]
    [InlineData("检查组现场要求施工单位12月20日前全面完成工地围挡整改。", "施工单位")]
    [InlineData("要求建设单位12月20日前补齐消防验收资料。", "建设单位")]
    [InlineData("请建设单位12月20日前报送竣工验收资料。", "建设单位")]
    public void A_role_unit_after_an_ask_leads(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void A_role_unit_after_joint_work_helps()
    {
        var t = Single("县住建局要会同施工单位按照时间节点加快工程进度，12月20日前完成主体封顶。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(["施工单位"], t.Co);
    }

    // Counter-tests: words that only mention such a unit (安排 in a report, 协调 in a list of forces) ask it nothing.
    [Theory]
    [InlineData("综合事务中心闻风而动，安排施工单位立即进行围挡施工。")]
    [InlineData("协调学校、相关部门、施工单位等多方力量，全力抓好组织推进。")]
    public void A_role_unit_only_mentioned_is_asked_nothing(string text) =>
        Assert.DoesNotContain(Parse(text), t => t.Lead.Contains("施工单位") || t.Co.Contains("施工单位"));

    // Counter-tests: a rule-book article, a standing rule for a case, and 负责人 (a person who signs, not the lead word)
    // still ask nothing.
    [Theory]
    [InlineData("第十二条 建设工程施工产生的建筑垃圾由施工单位负责清运。")]
    [InlineData("发现工程质量问题的，由施工单位负责返工。")]
    [InlineData("隐蔽工程验收记录由施工单位负责人签字确认。")]
    public void A_rule_or_a_signing_person_yields_no_task(string text) => Assert.Empty(Parse(text));
}
