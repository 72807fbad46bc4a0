using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Extra tasks: an item's heading, or a requirement that only pushes a work along, read as a task of its
/// own besides the task it heads or opens (rules HeadingRunsIntoSubject, HelpersAfterHeadingOpenTask,
/// GenericWorkFoldsIntoDated). Each rule's
/// example must give the one task the clerk writes, and each counter-test a second task where the text hands over a
/// second one.
/// </summary>
public class ExtraTaskRuleTests
{
    /// <summary>"lead/co/deadline" per task, units joined by 、, tasks by " | ".</summary>
    static string Tasks(IReadOnlyList<ParsedTask> tasks) => string.Join(" | ", tasks.Select(t =>
        $"{string.Join("、", t.Lead)}/{string.Join("、", t.Co)}/{t.Deadline:yyyy-MM-dd}"));

    #region HeadingRunsIntoSubject: the words before the next sentence's subject are no part of the heading's task

    [Theory]
    // 围绕…的推进实施 opens the sentence of 市政府督考办: the heading is no task, the unit's task keeps its date.
    [InlineData("3.加强督考，狠抓落实。围绕《方案》的推进实施，市政府督考办要加大督查考核力度，12月20日前完成年度绩效对账。", "市政府督考办//2026-12-20")]
    // 按照…的要求 before 各乡镇: one framing phrase ran on; the heading is still no task.
    [InlineData("二、压实责任。按照全县统一部署的要求，各乡镇要在12月20日前完成危房排查。", "各乡镇//2026-12-20")]
    public void A_heading_that_runs_into_the_subjects_sentence_is_no_task(string text, string expected) =>
        Assert.Equal(expected, Tasks(Parse(text)));

    [Fact]
    public void A_heading_followed_by_a_whole_requirement_of_nobody_keeps_that_requirement()
    {
        // Counter-test: the second sentence asks on its own and names nobody: the clerk keeps it, with no lead.
        var tasks = Parse("一、加强督查考核。要定期开展专项督查，对发现的问题限期整改。县督查室要在12月20日前通报督查结果。");
        Assert.Equal(2, tasks.Count);
        Assert.Empty(tasks[0].Lead);
        Assert.Contains("督查", tasks[0].Deliverable);
        Assert.Equal(["县督查室"], tasks[1].Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), tasks[1].Deadline);
    }

    #endregion

    #region HelpersAfterHeadingOpenTask: units that 配合 right after a heading are the subject of what follows

    [Fact]
    public void Helpers_opening_the_sentence_after_a_heading_lead_its_one_task()
    {
        var t = Single("三是加强部门协作。县市政局、房产局等部门要密切配合，加强沟通协调，在12月20日前处置施工中遇到的各类问题。");
        Assert.Equal(["县市政局", "房产局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
        Assert.Contains("处置", t.Deliverable);
    }

    [Theory]
    // Counter-test: after a task that names its lead, helpers of the next sentence still help it.
    [InlineData("县住建局要在12月20日前完成老旧小区改造方案。县财政局配合。", "县住建局/县财政局/2026-12-20")]
    // Counter-test: helpers in the lead's own sentence stay helpers.
    [InlineData("县住建局牵头，县财政局配合，12月20日前完成改造方案。", "县住建局/县财政局/2026-12-20")]
    public void Helpers_after_a_named_task_still_join_it(string text, string expected) =>
        Assert.Equal(expected, Tasks(Parse(text)));

    #endregion

    #region GenericWorkFoldsIntoDated: pushing a work along is no task before the dated task of the same units

    [Fact]
    public void Pushing_a_work_along_before_the_dated_task_of_the_same_units_is_one_task()
    {
        var t = Single("各级各部门要高度重视，稳步推进合村工作；要加强配合，强化责任，确保在12月20日前完成合村工作的检查验收。");
        Assert.Equal(["各级各部门"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
        Assert.Contains("检查验收", t.Deliverable);
    }

    [Theory]
    // Counter-test: the task after has no date: both stay (a semicolon list of jobs of one unit).
    [InlineData("各乡镇要稳步推进合村工作；要加强督查，定期通报合村进展。", "各乡镇// | 各乡镇//")]
    // Counter-test: 工作 inside the job, not at its end, names a product ("合村工作的摸底调查").
    [InlineData("各乡镇要完成合村工作的摸底调查；要在12月20日前完成验收。", "各乡镇// | 各乡镇//2026-12-20")]
    // Counter-test: the dated task is another unit's.
    [InlineData("各乡镇要稳步推进合村工作；县民政局要在12月20日前完成验收。", "各乡镇// | 县民政局//2026-12-20")]
    // Counter-test: a sentence between them: the pushing is a requirement of its own.
    [InlineData("各乡镇要稳步推进合村工作。要加强督查，定期通报进展。要在12月20日前完成验收。", "各乡镇// | 各乡镇// | 各乡镇//2026-12-20")]
    public void Pushing_a_work_along_stays_a_task_when_no_dated_task_of_its_units_follows_at_once(string text, string expected) =>
        Assert.Equal(expected, Tasks(Parse(text)));

    #endregion
}
