using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Grouping rules of the eleventh round for whole multi-task texts (meeting decisions, 会议要求 lists, numbered
/// notices): jobs of one sentence that were merged into one task, or lost. Each rule has made-up examples of its
/// shape and counter-tests where it must not fire.
/// </summary>
public class EleventhRoundListsTests
{
    // Rule TopicModalClauseIsAnotherTask: after a named unit's asked job, a clause of the same sentence that names no
    // unit and puts its topic before 要 ("收获进度要及时上报") is one more job of the same units.
    [Theory]
    [InlineData("各乡镇要加强秋粮收储和秸秆综合利用，收获进度要及时准确上报县农业农村局。", "各乡镇", "秸秆", "上报")]
    [InlineData("县住建局要加快推进老旧小区改造，对于涉及管网迁改的项目要抓紧办理审批手续。", "县住建局", "老旧小区改造", "审批手续")]
    [InlineData("各街道要组织开展门前三包检查，发现的问题要建立台账逐一销号。", "各街道", "门前三包", "台账")]
    public void A_topic_before_its_modal_is_one_more_job_of_the_same_units(string text, string lead, string first, string second)
    {
        var tasks = Parse(text);
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal([lead], t.Lead));
        Assert.Contains(first, tasks[0].Deliverable);
        Assert.Contains(second, tasks[1].Deliverable);
    }

    [Theory]
    // 要求 is no modal: "按照进度要求加快推进" is the same job.
    [InlineData("县自然资源局要成立工作专班，严格按照时间节点和进度要求加快推进划定工作。")]
    // A clause whose words before 要 hold a verb is no topic: it goes on with the job before.
    [InlineData("县交通局要开展农村公路安全隐患排查，排查出的隐患整改要确保安全。")]
    public void A_clause_without_a_topic_before_its_modal_stays_in_the_task(string text)
    {
        var t = Single(text);
        Assert.Single(t.Lead);
    }

    [Fact]
    public void A_topic_clause_with_no_named_task_before_it_opens_no_second_task()
    {
        // Nobody was named before: the topic clause is the sentence's only job.
        var tasks = Parse("会议要求，收获进度要及时准确上报。");
        Assert.Single(tasks);
        Assert.Empty(tasks[0].Lead);
    }

    [Fact]
    public void A_topic_clause_keeps_the_helpers_of_the_job_before()
    {
        var tasks = Parse("县农业农村局要会同县气象局开展秋收气象服务，灾情信息要第一时间报送县应急管理局。");
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(["县农业农村局"], t.Lead));
        Assert.DoesNotContain("县应急管理局", tasks[1].Lead);
    }

    // Lexicon notUnits (verbs that end like a unit in 处): 查处, 调处, 惩处, 判处 are what a unit does, never a unit;
    // the subject of the list goes on to the clause after them.
    [Theory]
    [InlineData("全县各级各部门要加强节日值守。要聚焦国省干道等重点区域，严肃查处酒驾醉驾、非法营运等违法行为，及时整治隐患。")]
    [InlineData("全县各级各部门要加强节日值守。要对排查出的矛盾纠纷逐一登记，限期调处化解。")]
    public void A_verb_ending_in_chu_is_no_unit_and_the_list_subject_goes_on(string text)
    {
        var tasks = Parse(text);
        Assert.True(tasks.Count >= 2);
        Assert.All(tasks, t => Assert.Equal(["全县各级各部门"], t.Lead));
    }

    [Fact]
    public void A_unit_ending_in_chu_stays_a_unit()
    {
        // 处 as a unit suffix still names a unit: 保卫处, 街道办事处.
        var t = Single("学校保卫处要在12月20日前完成校园监控设备的检修。");
        Assert.Equal(["学校保卫处"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void A_unit_that_investigates_keeps_its_task()
    {
        var t = Single("县市场监管局要在12月20日前严肃查处哄抬物价等违法行为。");
        Assert.Equal(["县市场监管局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }
}
