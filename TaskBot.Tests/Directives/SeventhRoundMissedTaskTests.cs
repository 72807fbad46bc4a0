using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Tasks the parser missed (seventh round, family task_missed; eval/corpus/r5-lists, r5-meetings, holdout-a): a
/// sentence that opens with its modal on an attitude or a guideline ("要强化部门协同意识，统筹做好要素保障") asks for the
/// job after it as a requirement of its own (rule ModalOpeningAsksItsJob), not as more of the task of the sentence
/// before. Each with its counter-tests (a manner or a purpose after the opening asks for nothing new).
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
}
