using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-first round, family "extra" (predicted tasks that match no gold task). Conventions: "one task per distinct
/// lead and per deliverable with its own deadline"; exhortations with nothing to hand over yield no task. Words added to
/// the lexicon's attitudeEndings (read by Grouping.AttitudeClause and the sentence rule AttitudeOnly; the rules are
/// unchanged): 明确目标任务, 各司其职, 各负其责, 精心组织, 周密部署, 认真组织实施, 协同配合, 属地管理责任 and the
/// stock ending 抓落实 (明确时间节点抓落实) — ways of saying "organise yourselves well" that name no job of their own. A clause that ends in one is attitude, so a requirement made only of such
/// clauses and of work pushed along (…申报工作) opens the dated task of the same units after it (rule
/// GenericWorkFoldsIntoDated), and a bare "各专项组要各司其职" between the jobs of other units is no task (rule
/// AttitudeAloneIsNoTask). Each word ends a clause in 4 to 30 train documents.
/// Gate against 9dceb69 (/work/s39/head-out): train items fixed nt-074, r5m-062, regressed none; tasks 0/0; extra tasks
/// 805 -> 801 (also mn-064, r9l-009 lose an extra); validation items 0/0, tasks 0/0, extra 162 -> 162, no field moved; shared unchanged.
/// The generated counter-test NonDirectiveFamilyTests.An_attitude_ending_beside_real_work_keeps_the_task covers every
/// word as well.
/// </summary>
public class TwentyFirstRoundExtraTests
{
    [Fact]
    public void Organising_well_and_pushing_the_application_along_opens_the_dated_submission()
    {
        var t = Single("各乡镇要高度重视,精心组织,明确目标任务,积极做好示范村申报工作。请将申报材料于12月20日前报送县农业农村局。");
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
    }

    [Fact]
    public void Each_doing_its_part_between_other_units_jobs_is_no_task()
    {
        var tasks = Parse("县应急局要加强统筹调度;各工作组要各司其职;县消防救援大队要在12月20日前完成高层建筑消防检查。");
        Assert.Equal(2, tasks.Count);
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县应急局"]));
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县消防救援大队"]) && DateOf(t) == "2026-12-20");
        Assert.DoesNotContain(tasks, t => t.Lead.Contains("各工作组"));
    }

    [Fact]
    public void Several_ways_of_organising_well_before_a_dated_job_make_one_task()
    {
        var t = Single("各部门要周密部署,各负其责,认真组织实施,在12月20日前完成固定资产清查。");
        Assert.Equal(["各部门"], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
    }

    /// <summary>The counter-test of each word: beside a job (a plan, a ledger, a check, a mechanism) the task stays.</summary>
    [Theory]
    [InlineData("精心组织", "县住建局要精心组织,制定老旧小区改造实施方案。", "县住建局", "实施方案")]
    [InlineData("明确目标任务", "各乡镇要明确目标任务,在12月20日前完成秸秆禁烧巡查台账。", "各乡镇", "巡查台账")]
    [InlineData("周密部署", "县交通运输局要周密部署,开展农村公路安全隐患排查。", "县交通运输局", "隐患排查")]
    [InlineData("各司其职", "各部门要各司其职,建立重点项目联审联批机制。", "各部门", "联审联批机制")]
    [InlineData("各负其责", "县水利局要各负其责,编制小型水库度汛方案。", "县水利局", "度汛方案")]
    [InlineData("认真组织实施", "县民政局要认真组织实施,建立困难群众救助台账。", "县民政局", "救助台账")]
    [InlineData("抓落实", "县住建局要明确责任抓落实,制定老旧小区改造实施方案。", "县住建局", "实施方案")]
    [InlineData("属地管理责任", "各乡镇要落实属地管理责任,开展燃气安全隐患排查整治。", "各乡镇", "隐患排查整治")]
    public void Beside_a_job_the_word_keeps_the_task(string word, string text, string lead, string deliverable)
    {
        Assert.Contains(word, text);
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Contains(deliverable, t.Deliverable);
    }

    [Fact]
    public void Working_together_keeps_the_dated_job_of_both_units()
    {
        var t = Single("县市场监管局、县商务局要协同配合,在12月20日前完成农贸市场升级改造。");
        Assert.Equal(["县市场监管局", "县商务局"], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
        Assert.Contains("农贸市场升级改造", t.Deliverable);
    }

    [Fact]
    public void Setting_the_timetable_to_carry_out_beside_another_units_job_is_no_task()
    {
        var tasks = Parse("县城管局要明确时间节点抓落实;县住建局要在12月20日前完成背街小巷改造验收。");
        var t = Assert.Single(tasks);
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
    }

    [Fact]
    public void A_dated_job_beside_the_word_keeps_its_date()
    {
        var t = Single("各乡镇要明确目标任务,在12月20日前完成秸秆禁烧巡查台账。");
        Assert.Equal("2026-12-20", DateOf(t));
    }
}
