using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Lead families of the eighth round (who leads): units the unit grammar did not read where a unit stands, and words
/// that glued themselves to a unit's name. Each rule has an example and a counter-test where it must not fire and the
/// task still comes out right.
/// </summary>
public class EighthRoundLeadsTests
{
    // Rule ApprovedDraftNamesItsDrafter (ClauseReading) with rule ApprovalNeverOpensName (UnitGrammar): minutes that
    // approve a draft name the unit that drew it up; the follow-up is that unit's work (r5m-009, ha-001).
    [Theory]
    [InlineData("会议原则同意县人社局提交的《就业补助资金管理办法》，要求根据讨论意见修改完善后印发实施。", "县人社局")]
    [InlineData("会议同意县交通运输局起草的农村公路养护实施方案，修改完善后报县委审定。", "县交通运输局")]
    [InlineData("会议原则同意区民政局拟草并经合法性审查的《困难群众救助办法》，修改完善后批复实施。", "区民政局")]
    public void The_unit_that_drafted_an_approved_text_leads_its_follow_up(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
    }

    [Fact]
    public void An_approval_without_a_drafter_names_no_unit_and_the_approval_verb_is_no_name()
    {
        // 同意成立…领导小组: the body set up is the object of the approval, not a unit told to act.
        var tasks = Parse("会议强调，要进一步提高认识。会议同意成立县秸秆综合利用工作领导小组，12月20日前完成人员调整。");
        Assert.DoesNotContain(tasks, t => t.Lead.Any(u => u.StartsWith("同意")));
    }

    [Fact]
    public void A_unit_asked_after_an_approval_stays_the_lead()
    {
        // counter-test: the unit after the approval is told to act with a modal; it leads whatever the drafting words.
        var t = Single("会议原则同意该方案，县财政局要在12月20日前完成资金拨付。");
        Assert.Equal(["县财政局"], t.Lead);
    }

    // Rule AddressedBodyAsUnit (UnitGrammar.AddressedBodyAt): after 要求 / 请 / 责成, a body named by its kind (企业, 项目方)
    // with a short qualifier is the one told to act (ha-011, ha-066, ha-087).
    [Theory]
    [InlineData("县应急管理局要求涉事企业严格落实整改责任，12月20日前消除全部隐患。", "涉事企业")]
    [InlineData("检查组当场反馈问题，要求企业限期完成整改。", "企业")]
    [InlineData("会议要求供水企业高度重视，做好管网巡查检修。", "供水企业")]
    public void A_body_of_a_kind_asked_after_yaoqiu_leads(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
    }

    [Fact]
    public void A_body_after_you_in_a_description_or_the_body_helped_is_not_read_so()
    {
        // counter-tests: 由 in a description of who proposes what is no request; after 配合 the unit helped leads and
        // the subject helps, as before.
        var t = Single("各小组成员要全力配合县住建局在12月20日前完成老旧小区改造。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Empty(Parse("“揭榜挂帅”榜单分为两类，由本市企业提出榜单需求，主要解决制约企业发展的技术难题。"));
    }

    // Rule QuantifiedRoleHoldersBeforeModal (UnitGrammar, inside BodyBeforeModal): a quantifier, the bodies' qualifier
    // and their role-holders (负责人, 负责同志, 人员, 干部) right before a modal are the subject (ha-098, ha-004); since
    // label line r20-roles 1 (rule PeopleAreNoUnit) the body before the people leads, or nobody.
    [Theory]
    [InlineData("各乡镇(街道)联户干部要对照任务清单，12月20日前完成入户核查。", "各乡镇(街道)")]
    [InlineData("各施工项目安全管理人员要在12月20日前完成隐患自查。", "")]
    [InlineData("会议要求，相关编制人员要根据讨论意见修改完善规划文本。", "")]
    [InlineData("各项目负责人要在12月20日前完成安全隐患自查。", "")]
    public void Quantified_role_holders_before_a_modal_leave_their_body_or_nothing(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal(Split(lead), t.Lead);
    }

    [Theory]
    // counter-tests: a title or 同志 without a body's quantifier names no unit; the task keeps its empty lead.
    [InlineData("会议要求，主要领导要亲自抓，12月20日前完成整改。")]
    [InlineData("会议要求，相关同志要下沉一线，12月20日前完成整改。")]
    public void Role_holders_without_a_quantified_body_lead_nothing(string text)
    {
        var t = Single(text);
        Assert.Empty(t.Lead);
    }

    // Rule HopeAddressesUnits: 希望 before units asks them to act as 要求 does (addresseeTriggers: 希望); units that run
    // up to the attitude phrase ending the clause are read whole first (希望各地各有关部门高度重视). With the suffix 总支
    // (党总支, 团总支) the bodies named by it are units (r6d-089, r6d-091, hb-022).
    [Theory]
    [InlineData("希望各学院团总支高度重视，12月20日前报送团员统计表。", "各学院团总支")]
    [InlineData("请各系党总支在12月20日前报送党员花名册。", "各系党总支")]
    [InlineData("希望各地各有关部门高度重视，12月20日前完成项目建设。", "各地各有关部门")]
    [InlineData("希望县住建局在12月20日前完成老旧小区改造验收。", "县住建局")]
    public void Units_hoped_to_act_lead(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
    }

    [Theory]
    // counter-tests: 希望 before no unit (大家) leaves the lead empty; 总支出 is spending, no 总支 body.
    [InlineData("希望大家认真学习政策文件，12月20日前完成路段检查。")]
    [InlineData("会议要求，县财政总支出要控制在年初预算以内，12月20日前完成预算调整。")]
    public void Hope_without_a_unit_and_spending_name_no_unit(string text)
    {
        var t = Single(text);
        Assert.Empty(t.Lead);
    }

    // Rule AddressedGenericKeepsItsBody (ClauseReading.AddressedGenericAt): after 请 / 要求 a generic name runs on to the
    // body that ends it, though the verb after it is in no follower list (ha-046, ha-073).
    [Theory]
    [InlineData("请各乡镇人民政府抓住时机，务必在12月20日前完成通村公路建设。", "各乡镇人民政府")]
    [InlineData("请各县市商务和粮食局节日期间督促样本企业按时报送监测数据。", "各县市商务和粮食局")]
    public void An_addressed_generic_name_keeps_its_body(string text, string lead) =>
        Assert.Equal([lead], Single(text).Lead);

    [Theory]
    // counter-tests: a verb inside the run still ends the generic name (组织 村民, 协调 监管局 are its work).
    [InlineData("请各村组织村民在12月20日前完成垃圾清理。", "各村")]
    [InlineData("请各单位协调县市场监管局在12月20日前完成检查。", "各单位")]
    public void A_verb_inside_still_ends_the_addressed_generic_name(string text, string lead) =>
        Assert.Equal([lead], Single(text).Lead);
}
