using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Who leads, rule by rule (conventions: "Units and roles"): each rule's examples, and counter-tests where the same
/// words must still give the unit its own task.
/// </summary>
public class LeadRuleTests
{
    static void AssertRoles(string text, string lead, string co)
    {
        var t = Single(text);
        Assert.Equal(Split(lead), t.Lead);
        Assert.Equal(Split(co), t.Co);
    }

    /// <summary>
    /// Rule CooperationEndsClause: units whose whole clause is a short verb and a 配合 word that closes it help the
    /// unit that leads in the same sentence; they do not lead a task of their own.
    /// </summary>
    [Theory]
    [InlineData("筹备工作由区人大常委会牵头，区委组织部、区委宣传部和区相关部门要及早介入、全力配合，12月20日前完成会务方案。",
        "区人大常委会", "区委组织部、区委宣传部、区相关部门")]
    [InlineData("由相关县领导牵头，县自然资源和规划局负责，住建局、发改局等其他相关单位加强配合协调，年底前完成划定举证工作。",
        "县自然资源和规划局", "住建局、发改局")]
    [InlineData("县水利局牵头，各乡镇要积极履行配合职责，12月20日前完成河道清障。", "县水利局", "各乡镇")]
    public void A_unit_whose_clause_ends_in_cooperation_helps_the_lead(string text, string lead, string co) => AssertRoles(text, lead, co);

    /// <summary>Counter-tests: a 配合 word that does not close the clause, or comes after the unit's own job, or after a
    /// 牵头 in the same list, leaves the roles as they were.</summary>
    [Theory]
    // the unit's own job (a completion verb) comes before the 配合: it leads
    [InlineData("县住建局要完成改造并做好配合，12月20日前报送方案。", "县住建局", "")]
    // "X牵头、Y配合": the 配合 belongs to the second list, the first still leads
    [InlineData("县农业农村局牵头、各乡镇配合，12月20日前完成高标准农田建设验收。", "县农业农村局", "各乡镇")]
    // the clause goes on after 配合: the unit helped leads, as before
    [InlineData("各乡镇要积极配合县民政局做好低保复核。", "县民政局", "各乡镇")]
    public void Cooperation_that_does_not_close_the_clause_keeps_the_roles(string text, string lead, string co) => AssertRoles(text, lead, co);

    /// <summary>
    /// Rule RoleLabelBeforeModal: 主要责任单位 (whose 主要 holds the modal 要) is a unit where a modal follows it, like
    /// 牵头单位 / 其他责任单位; with a helper clause after it, the helpers join its task.
    /// </summary>
    [Theory]
    [InlineData("主要责任单位要在12月20日前完成实施方案编制。", "主要责任单位", "")]
    [InlineData("主要责任单位要切实履行主职主责，建立协作机制，12月20日前完成实施方案；其他责任单位要积极履行配合职责。",
        "主要责任单位", "其他责任单位")]
    // counter-test: a label that heads a cell (主要责任单位：) is no unit; the unit in the cell leads
    [InlineData("主要责任单位：县住建局 12月20日前完成管网改造。", "县住建局", "")]
    public void A_role_label_before_a_modal_is_a_unit(string text, string lead, string co) => AssertRoles(text, lead, co);

    /// <summary>
    /// Rule GenericAddresseeBeforeVerb: after 要求 / 请, a generic addressee leads whatever verb follows it (调整 is in
    /// no word list); the name is the longest one that ends before the verb, and a verb inside a name still ends it.
    /// </summary>
    [Theory]
    [InlineData("县政府要求各乡镇调整种植结构，12月20日前完成。", "各乡镇")]
    // Label line r20-roles 1: people are no unit, so the asked group leads nothing (rule PeopleAreNoUnit).
    [InlineData("县政府要求全体干部调整工作状态，12月20日前完成年度考核材料。", "")]
    // counter-test: a verb after a generic name is not swallowed into it
    [InlineData("县政府要求各部门指导各乡镇调整种植结构，12月20日前完成。", "各部门")]
    public void A_generic_addressee_leads_whatever_verb_follows(string text, string lead) => Assert.Equal(Split(lead), Single(text).Lead);

    [Fact]
    public void An_asked_group_gives_each_target_of_its_sentence_and_leads_none()
    {
        var tasks = Parse("昨日上午，该市召开大会，要求全体干部调整状态，抓好首季开门红，确保全年各项任务圆满完成。", "2008-02-13");
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Empty(t.Lead));   // la-028 since label line r20-roles 1
        Assert.Equal(new DateOnly(2008, 3, 31), tasks[0].Deadline);
        Assert.Equal(new DateOnly(2008, 12, 31), tasks[1].Deadline);
    }

    /// <summary>Counter-test: with no lead marked in the sentence (牵头/负责/主责), units that 加强协调配合 and go on to a job
    /// of their own lead it (r5-meetings: a requirement of a second addressee group after a semicolon).</summary>
    [Fact]
    public void Cooperation_with_no_marked_lead_in_the_sentence_leads_its_own_job() =>
        Assert.Contains(Parse("会议要求，各行业主管部门要迅速启动人员信息排查工作；各乡镇街道、各行业部门要加强协调配合，为疫苗接种做好保障工作。"),
            t => t.Lead.SequenceEqual(["各乡镇街道", "各行业部门"]) && t.Co.Count == 0);

    /// <summary>
    /// Rule CoRoleNamedUnit: units named by a helper's role (参与单位, 配合单位, 协同配合单位) help whoever leads, even in a
    /// sentence of their own (directives-real-dev-2 nb-007: "协同配合单位要服从工作大局…" → co of 主要责任单位's task).
    /// </summary>
    [Theory]
    [InlineData("各牵头单位要在12月20日前制定工作推进方案。各参与单位要主动作为，积极配合，形成工作合力。", "各牵头单位", "各参与单位")]
    [InlineData("二、主动作为，强化协作。主要责任单位要与协同配合单位加强沟通联系，协同配合单位要服从工作大局，齐心协力推进重点工作任务完成。", "主要责任单位", "协同配合单位")]
    [InlineData("牵头单位要加强统筹谋划和过程监管；配合单位要进一步增强工作主动性，全力支持配合牵头单位推进项目落实。", "牵头单位", "配合单位")]
    public void A_unit_named_by_a_helpers_role_helps_the_lead(string text, string lead, string co) => AssertRoles(text, lead, co);

    /// <summary>Counter-tests: a helper's role with its own dated work leads that work (HelpersWithOwnWork), and a role
    /// that is no helper's (各责任单位) still leads.</summary>
    [Fact]
    public void A_helpers_role_with_its_own_dated_work_leads_it()
    {
        var tasks = Parse("各牵头单位要在12月20日前制定工作推进方案。配合单位要在12月25日前完成各自承担任务的自查。");
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["配合单位"], tasks[1].Lead);
        Assert.Equal(new DateOnly(2026, 12, 25), tasks[1].Deadline);
    }

    [Fact]
    public void A_role_that_is_no_helpers_still_leads() =>
        Assert.Contains(Parse("各牵头单位要在12月20日前制定工作推进方案。各责任单位要在12月25日前完成各自承担任务的自查。"),
            t => t.Lead.SequenceEqual(["各责任单位"]));
}
