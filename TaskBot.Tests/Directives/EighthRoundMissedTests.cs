using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Tasks missed and tasks merged in multi-task texts (eighth round; eval/corpus/minutes, r5-lists, r6-lists,
/// holdout-a): a requirement that the text hands over on its own is a task of its own, not words of the task before
/// (conventions: "One sentence, several tasks"; "各乡镇要…；要…；要…" is three tasks of 各乡镇). Each rule with its
/// example and its counter-tests, where the rule must not fire and the task must still come out right.
/// </summary>
public class EighthRoundMissedTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static string Summary(IReadOnlyList<TaskBot.Directives.ParsedTask> tasks) =>
        string.Join(" | ", tasks.Select(t => $"{string.Join("、", t.Lead)}/{string.Join("、", t.Co)}/{t.Deadline:yyyy-MM-dd}"));

    // ---- RenamedUnitsAskAgain ----

    [Fact]
    public void The_same_units_named_again_with_a_modal_in_a_new_sentence_are_asked_a_second_job()
    {
        // minutes mn-043 / mn-028 family: "各市要将预警要求及时通知到…。各市要加强空气质量会商研判…".
        var tasks = Parse("会议要求，县农业农村局要加快高标准农田建设进度。县农业农村局要积极动员各乡镇，摸清耕地现状，12月20日前完成项目储备。");
        Assert.True(tasks.Count == 2, Summary(tasks));
        Assert.All(tasks, t => Assert.Equal(["县农业农村局"], t.Lead));
        Assert.Null(tasks[0].Deadline);
        Assert.Equal(Dec20, tasks[1].Deadline);
    }

    [Fact]
    public void Counter_units_named_again_only_to_care_ask_no_second_job()
    {
        // An attitude (高度重视, 压实责任) hands nothing over: the units' one task stays one.
        var t = Single("各乡镇要在12月20日前完成秋粮收购摸底。各乡镇要高度重视，压实责任。");
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void Counter_units_named_again_without_a_modal_go_on_with_their_task()
    {
        // "县住建局于12月20日前将方案报县政府审定": no modal or command of its own, the sentence closes the same job.
        var t = Single("县住建局要抓紧编制老旧小区改造方案。县住建局于12月20日前将方案报县政府审定。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void Counter_other_units_in_the_new_sentence_still_start_their_own_task()
    {
        // Rule NewSubjectStartsTask, unchanged: a different unit is a different task, whatever the first did.
        var tasks = Parse("县财政局要在12月20日前完成预算调整。县审计局要做好专项审计。");
        Assert.Equal("县财政局//2026-12-20 | 县审计局//", Summary(tasks));
    }

    // ---- StatedRequirementAsks ----

    [Fact]
    public void A_requirement_with_its_own_modal_after_the_meetings_view_opener_is_a_task()
    {
        // r5-lists r5l-041 / real-dev-2 da-033 family: "会议指出，要加强项目策划，做实做好项目前期工作；要加强对上争取…".
        var tasks = Parse("会议指出，要加强项目谋划，做实做好项目前期工作；要加强对上争取，为项目建设提供资金支持。");
        Assert.True(tasks.Count == 2, Summary(tasks));
        Assert.All(tasks, t => Assert.Empty(t.Lead));
    }

    [Fact]
    public void Counter_a_view_that_only_weighs_the_matter_is_no_task()
    {
        // "必须举全县之力去完成" says how much the matter weighs: no 要-clause with a job, no task.
        Assert.Empty(Parse("会议指出，滨河两岸的开发建设是今年全县的大事，必须举全县之力去完成。"));
    }

    [Fact]
    public void Counter_an_attitude_after_the_view_opener_is_no_task()
    {
        Assert.Empty(Parse("会议指出，要高度重视安全生产工作，切实增强责任感和紧迫感。"));
    }

    [Fact]
    public void Counter_a_report_after_the_view_opener_is_no_task()
    {
        // A sentence that reports (了) asks nothing, whatever its 要.
        Assert.Empty(Parse("会议指出，各项工作要按计划推进，前期已完成了项目策划。"));
    }
}
