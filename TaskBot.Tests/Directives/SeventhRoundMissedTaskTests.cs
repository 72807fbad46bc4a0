using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Tasks the parser missed (seventh round, family task_missed; eval/corpus/r5-lists, r5-meetings, holdout-a): a
/// sentence that opens with its modal on an attitude or a guideline ("要强化部门协同意识，统筹做好要素保障") asks for the
/// job after it as a requirement of its own (rule ModalOpeningAsksItsJob), not as more of the task of the sentence
/// before. A division-table row whose later sentence opens with a date of its own hands over a second deliverable
/// with that deadline (rule BlockRowDatedSentences; holdout-b, lookalikes); a date of its own closing a sentence with a
/// target after it, after a task already dated, is a second dated task (rule WaitingTargetDateIsSibling; r5-meetings,
/// directives-real-dev-2, holdout-a). Each with its counter-tests.
/// </summary>
public class SeventhRoundMissedTaskTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static string Summary(IReadOnlyList<TaskBot.Directives.ParsedTask> tasks) =>
        string.Join(" | ", tasks.Select(t => $"{string.Join("、", t.Lead)}/{string.Join("、", t.Co)}/{t.Deadline:yyyy-MM-dd}"));

    // ---- ModalOpeningAsksItsJob ----

    [Fact]
    public void A_job_after_a_modal_attitude_opening_is_the_sentences_own_task()
    {
        // r5-lists r5l-041 / r6-lists r6l-026 family: "要强化部门协同意识，统筹做好要素保障" is a requirement of its own.
        var tasks = Parse("会议强调，要加快推进重点项目建设，12月20日前完成征地拆迁。要强化部门协同意识，统筹做好要素保障，突破瓶颈制约。");
        Assert.True(tasks.Count == 2, Summary(tasks));
        Assert.Empty(tasks[0].Lead);
        Assert.Equal(Dec20, tasks[0].Deadline);
        Assert.Empty(tasks[1].Lead);
        Assert.Null(tasks[1].Deadline);
    }

    [Fact]
    public void A_job_after_a_modal_guideline_opening_is_the_sentences_own_task()
    {
        // r5-meetings r5m-051 / holdout-a ha-033 family: "要坚持问题导向，…加大巡查频次" asks for the patrol, undated.
        var tasks = Parse("会议要求，要加快推进重点项目建设，12月20日前完成征地拆迁。要坚持问题导向，对重点河段加大巡查频次，列出问题清单。");
        Assert.True(tasks.Count == 2, Summary(tasks));
        Assert.Equal(Dec20, tasks[0].Deadline);
        Assert.Empty(tasks[1].Lead);
        Assert.Null(tasks[1].Deadline);
    }

    [Fact]
    public void Counter_a_manner_after_the_opening_asks_for_nothing_new()
    {
        // "要提高政治站位，以钉钉子精神抓好各项工作落实": how to work, not a second job.
        var t = Single("会议强调，要加快推进重点项目建设，12月20日前完成征地拆迁。要提高政治站位，以钉钉子精神抓好各项工作落实。");
        Assert.Empty(t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void Counter_a_purpose_after_the_opening_asks_for_nothing_new()
    {
        // "要高度重视，确保按期完成": the aim of the task before, no task of its own.
        var t = Single("会议强调，要加快推进重点项目建设，12月20日前完成征地拆迁。要高度重视，确保按期完成。");
        Assert.Empty(t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    // ---- BlockRowDatedSentences ----

    [Fact]
    public void A_later_sentence_of_a_row_opened_by_its_own_date_is_a_second_task_of_the_rows_units()
    {
        // holdout-b hb-051 family: "2017年年底前，完成…创建。2020年年底前，…比例分别达到50%以上。(市建委牵头)".
        var tasks = Parse("3. 实施农村环境综合整治，2027年年底前，完成20个宜居示范乡镇创建。2028年年底前，宜居乡镇比例达到50%以上。(县住建局牵头)");
        Assert.True(tasks.Count == 2, Summary(tasks));
        Assert.Equal(["县住建局"], tasks[0].Lead);
        Assert.Equal(new DateOnly(2027, 12, 31), tasks[0].Deadline);
        Assert.Equal(["县住建局"], tasks[1].Lead);
        Assert.Equal(new DateOnly(2028, 12, 31), tasks[1].Deadline);
    }

    [Fact]
    public void A_semicolon_item_of_a_row_opened_by_its_own_date_is_a_second_task()
    {
        // lookalikes la-074 family: "确保到2032年底，…；2033年底，泸水市实现…；2034年底，…。(责任单位:…)".
        var tasks = Parse("1.加强统筹谋划。确保到2030年底，甲县实现义务教育优质均衡发展目标；2031年底，乙县实现义务教育优质均衡发展目标。(责任单位:县教育局,各乡镇人民政府)");
        Assert.True(tasks.Count == 2, Summary(tasks));
        Assert.Equal(["县教育局", "各乡镇人民政府"], tasks[1].Lead);
        Assert.Equal(new DateOnly(2030, 12, 31), tasks[0].Deadline);
        Assert.Equal(new DateOnly(2031, 12, 31), tasks[1].Deadline);
    }

    [Fact]
    public void Counter_a_second_date_inside_the_rows_sentence_stays_the_rows()
    {
        // A date after a comma goes on with the row's sentence: still one task (the row's first deadline).
        var t = Single("1. 精简项目审批手续。2027年5月底前实现中介超市上线运行，12月底前完成审批系统对接。(县发改局牵头,县财政局配合)");
        Assert.Equal(["县发改局"], t.Lead);
        Assert.Equal(["县财政局"], t.Co);
        Assert.Equal(new DateOnly(2027, 5, 31), t.Deadline);
    }

    [Fact]
    public void Counter_a_later_sentence_with_the_rows_own_date_adds_no_task()
    {
        // Conventions: a second task only for a deliverable with its own deadline; the same date is the same task.
        var t = Single("2. 推进农村改厕。2027年年底前完成全县户厕摸排。2027年年底前完成公厕改造。(县农业农村局牵头)");
        Assert.Equal(["县农业农村局"], t.Lead);
        Assert.Equal(new DateOnly(2027, 12, 31), t.Deadline);
    }

    // ---- WaitingTargetDateIsSibling ----

    [Fact]
    public void A_closing_date_with_its_own_target_after_a_dated_task_is_a_second_task()
    {
        // holdout-a ha-086 family: "确保圆满完成年度各项工作任务，10月底前具备随时供热条件".
        var tasks = Parse("会议要求，加快各项供热工程进度，确保圆满完成年度各项工作任务，12月20日前具备随时供热条件。");
        Assert.True(tasks.Count == 2, Summary(tasks));
        Assert.Equal(new DateOnly(2026, 12, 31), tasks[0].Deadline);
        Assert.Equal(Dec20, tasks[1].Deadline);
        Assert.Empty(tasks[1].Lead);
    }

    [Fact]
    public void A_closing_date_with_its_own_target_keeps_the_units_of_the_task_before()
    {
        // directives-real-dev-2 da-008 family: "…11月30日前完成地勘任务，12月底前施工队进地施工".
        var tasks = Parse("县住建局要在12月10日前完成地勘任务，12月20日前施工队进场施工。");
        Assert.True(tasks.Count == 2, Summary(tasks));
        Assert.Equal(["县住建局"], tasks[1].Lead);
        Assert.Equal(Dec20, tasks[1].Deadline);
    }

    [Fact]
    public void Counter_the_same_date_again_adds_no_task()
    {
        var t = Single("县住建局要加快老旧小区改造进度，12月20日前完成全部改造任务，12月20日前全部达标。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void Counter_a_closing_date_of_an_undated_task_dates_that_task()
    {
        // Rule WaitingDeadlineClosesTask still takes it: no second task.
        var t = Single("县住建局要加快老旧小区改造进度，12月20日前全部达标。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }
}
