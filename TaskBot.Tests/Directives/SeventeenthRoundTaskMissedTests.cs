using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Seventeenth round, tasks missed in multi-item texts (family task_missed): a requirement folded into the task before.
/// Rules ModalOpeningAsksUnitsNextJob (GroupingRules: after a unit's task, a 要-sentence opening on a guideline or an
/// attitude asks the same units for its job) and RemovalAimIsPurpose (ClauseReading, with 消除 as an action verb: the
/// removal a modal asks for is a job, a trailing "消除…隐患" is the job's aim). Gate against the round's baseline:
/// train r5m-061, r5l-015, r6l-046, r12l-009, r13s-062 fixed, r5l-029, hb-063, r12l-028 regressed (net +2);
/// validation net +1.
/// </summary>
public class SeventeenthRoundTaskMissedTests
{
    [Fact]
    public void A_modal_sentence_on_a_guideline_after_a_units_task_is_their_next_task()
    {
        var tasks = Parse("镇村及相关单位要牢固树立人民至上的思想，做细做实一户一策资料管理，确保不漏一户不漏一人。要严把工程质量关，按时按质完成搬迁安置工程任务，确保搬迁群众住房安全。");
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(["镇村", "相关单位"], t.Lead));
    }

    [Fact]
    public void A_modal_sentence_framed_by_a_campaign_is_the_same_units_next_task()
    {
        var tasks = Parse("各乡镇要加强粮食收储和秸秆综合利用。要结合主题教育，宣传引导群众科学养殖。");
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(["各乡镇"], t.Lead));
    }

    [Fact]
    public void A_modal_sentence_that_spells_out_generic_work_stays_in_its_task()
    {
        // The task before only pushes some work along (…工作): the sentence says how that work is done.
        var tasks = Parse("各乡镇要积极做好相关组织申报工作。要结合实际，按时完成申报材料报送。");
        Assert.Single(tasks);
        Assert.Equal(["各乡镇"], tasks[0].Lead);
    }

    [Fact]
    public void An_item_of_a_semicolon_list_is_left_to_the_list_rules()
    {
        var tasks = Parse("各相关部门要加快工程建设进度；要牢固树立质量意识，加大工程质量监督力度。");
        Assert.Single(tasks);
        Assert.Equal(["各相关部门"], tasks[0].Lead);
    }

    [Fact]
    public void A_removal_asked_with_a_modal_is_a_dated_task()
    {
        var tasks = Parse("县水利局要加快水库除险加固进度。2012年年底，全县病险水库要消除安全隐患。");
        Assert.Equal(2, tasks.Count);
        Assert.Contains(tasks, t => t.Deadline == new DateOnly(2012, 12, 31));
    }

    [Fact]
    public void A_unit_that_must_remove_hazards_by_a_date_has_its_task()
    {
        // Counter-test for the word 消除 (actionVerbs): after a unit and its modal, the removal is the job.
        var t = Single("会议要求，县应急局要在12月20日前消除辖区重大安全隐患。");
        Assert.Equal(["县应急局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
        Assert.Contains("消除", t.Deliverable);
    }

    [Fact]
    public void A_trailing_removal_is_the_aim_of_the_job_not_more_of_it()
    {
        var t = Single("各校要开展安全自查，发现问题及时整改，消除火灾隐患。");
        Assert.Equal(["各校"], t.Lead);
        Assert.DoesNotContain("消除", t.Deliverable);
    }
}
