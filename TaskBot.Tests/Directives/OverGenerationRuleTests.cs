using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Over-generation: clauses inside a directive sentence that read like work but hand nothing over (conventions:
/// "the writer's own announcements … yield no task"; a conditional sanction only threatens). Rules
/// OwnAnnouncementClause, AnnouncementGoesOn and SanctionForCondition. Each example must give only the tasks the clerk
/// writes, and each counter-test keeps the task where the same marker does hand work over.
/// </summary>
public class OverGenerationRuleTests
{
    /// <summary>"lead/co/deadline" per task, units joined by 、, tasks by " | ".</summary>
    static string Tasks(IReadOnlyList<ParsedTask> tasks) => string.Join(" | ", tasks.Select(t =>
        $"{string.Join("、", t.Lead)}/{string.Join("、", t.Co)}/{t.Deadline:yyyy-MM-dd}"));

    public static TheoryData<string> SanctionEndings => LexiconFamilyTests.Words(l => l.SanctionEndings);

    #region OwnAnnouncementClause, AnnouncementGoesOn: a unit that 将 does something tells its own plan

    [Theory]
    // The office that receives the reports announces its own follow-up: one task, the units' report.
    [InlineData("从2027年第一季度开始，各责任单位要在每季度最后一个月的30日前将进展情况报区政府办公室，区政府办公室将对落实情况进行全程跟踪督办，并适时通报有关办理落实情况。",
        "各责任单位//2027-03-30")]
    // 将于 + the day it acts (no 前): the 回头看 and its report upward are the office's own plan.
    [InlineData("要求全市各街道立即开展自检自查，并于12月11日全面完成整改，市创城办将于12月12日对各街道开展督查“回头看”，并将督查结果汇报创城领导小组。",
        "全市各街道//2026-12-11")]
    // 将定期不定期 (a future adverb) after the party committee: its own inspections, no task of the villages'.
    [InlineData("各村要力争12月底前完成村综合服务中心建设，镇党委将定期不定期组织检查督查，抓好工作的落实和推进。",
        "各村//2026-12-31")]
    public void A_units_own_announcement_inside_a_directive_is_no_task(string text, string expected) =>
        Assert.Equal(expected, Tasks(Parse(text)));

    [Theory]
    // 将 as 把: the unit is told to send something; a task.
    [InlineData("县交通运输局将整改情况于12月20日前报县政府。", "县交通运输局//2026-12-20")]
    // 将于 + a date that says "by": the unit is bound to a deadline; a task.
    [InlineData("各乡镇要在12月10日前完成危房排查，县住建局将于12月20日前完成抽查验收。", "各乡镇//2026-12-10 | 县住建局//2026-12-20")]
    // A duty with its own date later in the sentence (每季度…报告): a task, as the sentence rule UnitOwnPlan keeps it.
    [InlineData("县政府办公室将定期开展工作调度，每季度汇总一次工作进展并向县政府报告。", "县政府办公室//2026-12-31")]
    // Units asked by a cue or 请 in the clause itself: 将于 is the time they are told to act at; a task.
    [InlineData("会议要求县住建局将于12月20日组织竣工验收。", "县住建局//2026-12-20")]
    [InlineData("请县住建局将于12月20日组织竣工验收。", "县住建局//2026-12-20")]
    // 要 after the unit: an order, even with a future adverb.
    [InlineData("各乡镇要在12月20日前完成排查，县应急管理局要对排查情况进行督查。", "各乡镇//2026-12-20 | 县应急管理局//")]
    public void The_same_will_that_binds_a_unit_to_a_date_or_an_order_keeps_the_task(string text, string expected) =>
        Assert.Equal(expected, Tasks(Parse(text)));

    [Theory]
    // The writer names itself (selfReferences) before 将: its own spot checks, not a job of the units.
    [InlineData("各乡镇要在12月20日前完成危房自查，我们将适时组织抽查，并通报抽查结果。")]
    [InlineData("各乡镇要在12月20日前完成危房自查；同时，我局将对自查情况进行抽查。")]
    public void The_writers_own_announcement_after_its_order_is_no_part_of_the_task(string text)
    {
        var t = Single(text);
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
        Assert.DoesNotContain("抽查", t.Deliverable);
    }

    [Fact]
    public void The_writer_that_orders_itself_with_a_modal_keeps_the_task()
    {
        // Counter-test: 我局 + 要 is the body's own assignment in minutes of its meeting: a task with no unit named.
        var tasks = Parse("各乡镇要在12月20日前完成危房自查，我局要在12月31日前完成抽查验收。");
        Assert.Equal(2, tasks.Count);
        Assert.Equal(new DateOnly(2026, 12, 31), tasks[1].Deadline);
    }

    [Fact]
    public void What_follows_an_announcement_is_no_part_of_the_task_before_it()
    {
        var t = Single("各乡镇要在12月20日前完成危房排查，县住建局将对排查结果进行抽查，并适时通报抽查情况。");
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
        Assert.DoesNotContain("通报", t.Deliverable);
    }

    #endregion

    #region SanctionForCondition: "对…的，要进行约谈问责" threatens, it hands nothing over

    [Theory]
    // The condition in the clause before: only the units' tasks remain.
    [InlineData("县卫计局要一天一统计；对11月中旬依然没有完成任务的，要进行约谈问责。", "县卫计局//")]
    // The condition inside the clause, after the task's other jobs.
    [InlineData("各乡镇要加强督办，定期公开项目推进情况，对落实不力的要进行问责；要确保项目在年底前全部完成。", "各乡镇// | 各乡镇//2026-12-31")]
    public void A_sanction_for_whoever_meets_a_condition_is_no_task(string text, string expected) =>
        Assert.Equal(expected, Tasks(Parse(text)));

    [Theory, MemberData(nameof(SanctionEndings))]
    public void Every_sanction_ending_after_a_condition_is_no_task_but_a_named_sanction_is(string word)
    {
        // After a condition, with no unit and no date: a threat, no task of its own.
        Assert.Equal("各乡镇//2026-12-20", Tasks(Parse($"各乡镇要在12月20日前完成整改；对整改不到位的，要{word}。")));
        // Counter-test: a unit that applies the sanction by a date is handed work.
        var t = Single($"对整改不到位的企业，县应急管理局要在12月20日前{word}。");
        Assert.Equal(["县应急管理局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void A_condition_followed_by_work_that_is_no_sanction_keeps_its_task()
    {
        // Counter-test: 对…的 then a job (整改), not a sanction: the task stays, with no lead named.
        var t = Single("对督查中发现问题的，要在12月20日前全部整改到位。");
        Assert.Empty(t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    #endregion
}
