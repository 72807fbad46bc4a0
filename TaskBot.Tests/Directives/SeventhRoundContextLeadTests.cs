using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Lead families of the seventh round that depend on what the clause's words say of the unit named (lead wrongly
/// filled or left empty by context): each test asserts the lead / co-lead units a user sees on the task's card; each
/// rule has counter-tests where the unit stays the lead.
/// </summary>
public class SeventhRoundContextLeadTests
{
    // Rule LeaderWhoOverseesIsSupervisor: leaders named only by their title who are asked to oversee (督导, 督查) are the
    // supervisors, not the lead; the work keeps an empty lead (the leader picks the unit) and its helpers stay helpers
    // (da-032, r5l-002).
    [Fact]
    public void Leaders_who_oversee_the_work_supervise_it_and_its_helpers_stay_helpers()
    {
        var t = Single("会议要求，明年计划实施的项目已经基本确定，要抓紧推进项目可研、设计等前期工作，各县级领导要对分管的项目加强督导，各部门要主动配合，确保早日完成前期各项手续办理工作。");
        Assert.Empty(t.Lead);
        Assert.Equal(["各部门"], t.Co);
        Assert.Equal("各县级领导", t.Supervisor);
    }

    [Theory]
    [InlineData("会议强调，要进一步细化分解政府工作报告明确的工作任务，对应制定时间、举措、责任清单，各分管区长要定期调度并督查检查各项任务完成情况，确保按照时间节点往前推进。")]
    [InlineData("会议要求，12月20日前完成全县危房改造验收，各级领导要加强督导，确保按时完成。")]
    public void No_task_is_led_by_leaders_who_oversee(string text)
    {
        var tasks = Parse(text);
        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.Empty(t.Lead));
    }

    [Theory]
    // Leaders asked to do a work themselves: since label line r20-roles 1 (rule PeopleAreNoUnit) no leader is a unit;
    // the task stays, nobody leads and the leaders' phrase is its supervisor (ha-009 分管领导, r5n-037 包片领导).
    [InlineData("各县级领导要带头深入分包村，12月20日前完成入户走访。", "各县级领导")]
    [InlineData("各级领导要在12月20日前完成分包村走访。", "各级领导")]
    public void Leaders_who_do_the_work_supervise_it_and_lead_nothing(string text, string supervisor)
    {
        var t = Single(text);
        Assert.Empty(t.Lead);
        Assert.Equal(supervisor, t.Supervisor);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory]
    // a body whose work is to supervise still leads it: its name is no leader's title
    [InlineData("县政府督查室要在12月20日前完成重点工作督查通报。", "县政府督查室")]
    [InlineData("县住建局要督促各乡镇在12月20日前完成危房排查。", "县住建局")]
    public void Units_and_leaders_who_do_the_work_stay_its_lead(string text, string lead) =>
        Assert.Contains(Parse(text), t => t.Lead.Contains(lead));

    // Rule ToneEntryNamesNoAddressees: units told to care inside a first requirement that only sets a tone (一要强化认识,
    // 一要高度重视) are no addressees of 二要…, which names nobody: its task has an empty lead (r5l-040, r6l-032).
    [Theory]
    [InlineData("徐启发要求，一要强化认识。今年是实施“十四五”规划的起步之年。各牵头单位一定要切实增强工作责任感和紧迫感，着力解决项目谋划水平不高等问题。二要强化落实。未开工要抓开工，加快办理前期手续。", "办理前期手续")]
    [InlineData("刘庆东要求，一要高度重视，欠薪问题事关百姓切身利益，各部门一定要当成一项重要任务来抓。二要切实解决问题，12月20日前建立销号制度。", "销号制度")]
    public void A_second_requirement_after_a_tone_heading_names_nobody(string text, string job)
    {
        var t = Assert.Single(Parse(text), x => x.Deliverable?.Contains(job) == true);
        Assert.Empty(t.Lead);
    }

    [Theory]
    // a first requirement that goes on with a job of its own: its units are the list's addressees (mn-079)
    [InlineData("楚雷要求：一要坚持不懈，切实抓好麦田后续管理。各县(市、区)、各有关部门要密切注意天气变化，加强分析研判，减轻灾害影响。二要及早安排，切实做好夏粮收获收储。", "夏粮收获收储", "各县(市、区)")]
    // units in force before the list began carry through it
    [InlineData("各乡镇要在12月15日前完成危房排查。一要提高认识。二要加快改造进度，12月20日前完成全部改造任务。", "完成全部改造", "各乡镇")]
    public void A_second_requirement_keeps_the_units_the_list_was_given(string text, string job, string lead)
    {
        var t = Assert.Single(Parse(text), x => x.Deliverable?.Contains(job) == true);
        Assert.Contains(lead, t.Lead);
    }
}
