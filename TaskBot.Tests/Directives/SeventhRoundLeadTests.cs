using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Lead and co-lead families of the seventh round (dev files r5-*, r6-*, holdout-a/b, division, notices), each rule with
/// the directives that need it and counter-tests that keep a non-unit in the same position from being read as one.
/// </summary>
public class SeventhRoundLeadTests
{
    // ---- ListTailBeforeModal (UnitGrammar.ListTailBeforeModalAt) ----

    [Theory]
    // hb-068, r5n-037 and the r5/r6 lists: the last name of a subject list, right before the modal, is one more lead.
    [InlineData("刘东波要求，各相关部门、镇街要坚持问题导向，在12月20日前完成安置房问题梳理。", "各相关部门、镇街")]
    [InlineData("会议指出，州级各行业主管部门和各县市要严格按照工作方案要求，在12月20日前完成一季度目标任务。", "州级各行业主管部门、各县市")]
    [InlineData("县住建局、项目主体要在12月20日前完成竣工验收。", "县住建局、项目主体")]
    public void The_tail_of_a_subject_list_before_its_modal_is_a_lead(string text, string leads)
    {
        var t = Single(text);
        Assert.Equal(Split(leads), t.Lead);
        Assert.Empty(t.Co);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void Words_after_a_known_name_before_the_modal_are_no_unit()
    {
        // The name ended before the run did (部门), the rest is a topic: the list is 各乡镇、各部门 or less, never 各部门思想上.
        var t = Parse("会议强调，各乡镇、各部门思想上要高度重视，在12月20日前完成重点项目梳理。");
        Assert.DoesNotContain(t.SelectMany(x => x.Lead), u => u.Contains("思想"));
        Assert.Contains(t, x => x.Lead.Contains("各乡镇"));
    }

    [Fact]
    public void A_verb_after_a_joiner_is_no_unit_of_the_list()
    {
        // nt-066: 及时 is an adverb, not 及 and a name; "时形成会议纪" is no unit.
        var t = Single("调度会议后，县政府办及时形成会议纪要，12月20日前下达各部门落实。");
        Assert.Equal(["县政府办"], t.Lead);
        var u = Single("县财政局和县审计局要在12月20日前完成专项审计。");
        Assert.Equal(["县财政局", "县审计局"], u.Lead);
    }

    // ---- SectorNameInList (UnitGrammar.StartsLikePredicate) ----

    [Theory]
    // hb-053: 自然资源 opens with 自 (a preposition elsewhere), yet in a list of sectors it names the bureau.
    [InlineData("气象、水利、自然资源等部门要密切监视雨情，在12月20日前完成预警方案。", "气象、水利、自然资源")]
    [InlineData("自然资源、财政等部门要在12月20日前完成用地审批。", "自然资源、财政")]
    public void Sector_names_closed_by_a_qualified_body_are_joint_leads(string text, string leads)
    {
        var t = Single(text);
        Assert.Equal(Split(leads), t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void Sectors_named_as_a_topic_are_no_units()
    {
        // No body word closes the list: the sectors are what the work is about, the task names nobody.
        var t = Single("会议要求，自然资源、生态环境保护工作要在12月20日前完成年度考核。");
        Assert.Empty(t.Lead);
        // 等 and a thing, not a body: the list of works is no unit list.
        var u = Single("县住建局要在12月20日前完成道路、桥梁等建设任务。");
        Assert.Equal(["县住建局"], u.Lead);
    }

    // ---- bareBodies += 企业 (Rule BareBodyAsSubject, BodyBeforeModal) ----

    [Theory]
    // r6l-035, ha-088 and holdout-a: enterprises told to act where the subject stands are the lead, as written.
    [InlineData("企业要立足当前，着眼未来，在12月20日前完成项目实施方案设计。", "企业")]
    [InlineData("张殿成强调，供热企业要坚持以问题为导向，在12月20日前完成燃煤储备。", "供热企业")]
    public void Enterprises_where_the_subject_stands_are_the_lead(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal(Split(lead), t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory]
    // Counter-tests: 企业 as the object of the unit's verb, or as the topic of the work, never becomes the lead.
    [InlineData("各乡镇要督促企业在12月20日前完成整改。", "各乡镇")]
    [InlineData("县应急局要指导企业在12月20日前完成隐患排查。", "县应急局")]
    [InlineData("县财政局要在12月20日前完成对企业的奖补资金拨付。", "县财政局")]
    public void Enterprises_as_an_object_leave_the_lead_alone(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal(Split(lead), t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void Enterprise_reform_as_a_topic_is_no_unit()
    {
        var t = Single("会议要求，国有企业改革要在12月20日前完成阶段性任务。");
        Assert.Empty(t.Lead);
    }

    // ---- BetweenThenModal (UnitGrammar.ValidFollower) ----

    [Theory]
    // r6l-006, ha-098, hb-028: bodies told to work together among themselves are the lead, without 之间.
    [InlineData("各部门之间要加强沟通配合，协调联动，12月20日前形成长效机制。", "各部门")]
    [InlineData("各学校要认真开展自查。各部门之间要立足职能、分工协作，在12月20日前解决校园食品安全突出问题。", "各部门")]
    [InlineData("县直各单位之间须加强信息共享，在12月20日前完成数据对接。", "县直各单位")]
    public void Bodies_between_themselves_before_a_modal_are_the_lead(string text, string lead)
    {
        var t = Parse(text).Last();
        Assert.Equal([lead], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void The_gap_between_bodies_is_no_unit()
    {
        // 之间的: what lies between them is the topic; no unit is named.
        var t = Parse("会议要求，部门之间的数据壁垒要在12月20日前全部打通。");
        Assert.All(t, x => Assert.Empty(x.Lead));
        // 之间 with no modal after it: the bodies are where the work happens, named by the unit before.
        var u = Single("县发改局要在12月20日前建立各部门之间的会商机制。");
        Assert.Equal(["县发改局"], u.Lead);
    }

    // ---- OrganisedUnitsAreNoHelpers (ClauseReading, the 组织 trigger) ----

    [Theory]
    // la-084/nt-063, r5l-020, oc-024: the units the lead organises are the object of its work, not co-leads.
    [InlineData("各县(市、区)环保专项行动领导小组组织有关部门对钢铁企业开展集中整治，12月20日前完成。", "各县(市、区)环保专项行动领导小组")]
    [InlineData("防汛指挥部办公室要充分发挥职能作用，迅速组织各相关单位熟悉预案操作，12月20日前完成演练。", "防汛指挥部办公室")]
    [InlineData("请各地经信部门组织好当地企业和单位在12月20日前进行申报。", "各地经信部门")]
    public void Units_a_lead_organises_are_no_co_leads(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal(Split(lead), t.Lead);
        Assert.Empty(t.Co);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory]
    // Counter-tests: organised by the lead word (牵头组织), or joined by 会同, they still help.
    [InlineData("县卫健局要牵头组织相关部门认真研究，12月20日前逐条落实。", "县卫健局", "相关部门")]
    [InlineData("县住建局要会同县财政局在12月20日前完成管网改造方案。", "县住建局", "县财政局")]
    public void Units_joined_as_helpers_stay_co_leads(string text, string lead, string co)
    {
        var t = Single(text);
        Assert.Equal(Split(lead), t.Lead);
        Assert.Equal(Split(co), t.Co);
    }

    // ---- QualifiedBodyThenCommaModal (UnitGrammar.BodyBeforeModalAt) ----

    [Theory]
    // hb-001, nt-090: a body qualified by a 的-phrase, set off by a comma before its modal, is the subject.
    [InlineData("尤其是问题整改不到位的单位，要下大力气，在12月20日前解决好。", "问题整改不到位的单位")]
    [InlineData("见面率未达到100%的单位，要立即整改，12月20日前与代表委员见面。", "见面率未达到100%的单位")]
    public void A_qualified_body_before_a_comma_and_a_modal_is_the_lead(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory]
    // Counter-tests: a condition (对…的) names who is affected, and a clause with no modal after it names nobody.
    [InlineData("对整改不到位的单位，要在12月20日前严肃问责。")]
    [InlineData("整改不到位的单位，一律在12月20日前通报。")]
    public void A_qualified_body_without_its_modal_is_no_lead(string text)
    {
        Assert.All(Parse(text), x => Assert.Empty(x.Lead));
    }

    // ---- GenericLeftOfJoiner (kept by main already: these lock it) ----

    [Theory]
    // A generic body left of 会同 leads; a bracketed aside between the unit and the joiner does not hide the joiner.
    [InlineData("各乡镇会同县农业农村局于12月20日前完成秸秆禁烧巡查。", "各乡镇", "县农业农村局")]
    [InlineData("相关部门会同县财政局于12月20日前完成资金拨付。", "相关部门", "县财政局")]
    [InlineData("县财政局(县国资办)会同县审计局于12月20日前完成国有资产清查。", "县财政局(县国资办)", "县审计局")]
    public void The_body_left_of_a_joiner_leads(string text, string lead, string co)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal([co], t.Co);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }
    // ---- SplitJoined counts brackets from the name's first character ----

    [Theory]
    [InlineData("市(地)政府及有关部门要强化监督检查，12月20日前完成整改。")]
    [InlineData("市（地）政府及有关部门要强化监督检查，12月20日前完成整改。")]
    public void A_joiner_after_an_early_bracket_splits_the_units(string text)
    {
        // ha-011's shape: a bracket right after the first character no longer hides the joiner.
        var t = Single(text);
        Assert.Equal(2, t.Lead.Count);
        Assert.EndsWith("政府", t.Lead[0]);
        Assert.Equal("有关部门", t.Lead[1]);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void Counter_a_joiner_inside_the_bracket_does_not_split()
    {
        // The aside in brackets is part of the name: 县财政局(县国资办) stays one lead.
        var t = Single("县财政局(县国资办和县金融办)要在12月20日前完成清查。");
        Assert.Equal(["县财政局(县国资办和县金融办)"], t.Lead);
    }
}
