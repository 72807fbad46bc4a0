using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Directives the parser saw no task in (ninth round, directive recall on division, r8-singles, r6-lookalikes,
/// r6-dated, holdout-b, directives-real-dev-2): a clause set aside by a sentence or grouping rule although the text
/// hands work over. Each rule with its example and counter-tests where the rule must not fire.
/// </summary>
public class NinthRoundMissedTaskTests
{
    static string Summary(IReadOnlyList<TaskBot.Directives.ParsedTask> tasks) =>
        string.Join(" | ", tasks.Select(t => $"{string.Join("、", t.Lead)}/{string.Join("、", t.Co)}/{t.Deadline:yyyy-MM-dd}|{t.Deliverable}"));

    // ---- AlsoSentenceIsAsked (inside DirectiveForce) ----

    [Fact]
    public void A_sentence_opening_with_tongshi_after_an_ask_is_one_more_task_of_the_same_units()
    {
        // "请各…开展自查。同时，收集…备查。": the second sentence has no modal of its own; 同时 joins it to the ask before.
        var tasks = Parse("请各乡镇卫生院立即开展医疗废物处置自查,发现问题及时整改。同时,建立自查整改台账备查。");
        Assert.True(tasks.Count == 2, Summary(tasks));
        Assert.All(tasks, t => Assert.Equal(["各乡镇卫生院"], t.Lead));
        Assert.Contains("台账", tasks[1].Deliverable);
    }

    [Fact]
    public void Counter_tongshi_after_a_report_asks_nothing()
    {
        // The sentence before only tells what was done: 同时 carries no ask over.
        Assert.Empty(Parse("今年以来,县住建局完成老旧小区改造12个。同时,加大棚户区改造力度。"));
    }

    [Fact]
    public void Counter_a_tongshi_sentence_that_reports_stays_no_task()
    {
        // 同时 after an ask, but the sentence itself reports (了): only the asked task comes out.
        var tasks = Parse("县住建局要在12月20日前完成危房排查。同时,各乡镇已完成了自查工作。");
        Assert.True(tasks.Count == 1, Summary(tasks));
        Assert.Equal(["县住建局"], tasks[0].Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), tasks[0].Deadline);
    }

    [Fact]
    public void Counter_tongshi_inside_a_sentence_does_not_ask_for_it()
    {
        // Only the opening position counts: "…的同时" inside the sentence continues no ask, the sentence asks nothing.
        var tasks = Parse("县住建局要在12月20日前完成危房排查。各乡镇在排查的同时整理档案资料。");
        Assert.True(tasks.Count == 1, Summary(tasks));
        Assert.Equal(["县住建局"], tasks[0].Lead);
    }

    // ---- CommandAfterTarget (ClauseReader) ----

    [Fact]
    public void A_command_word_after_the_target_of_the_job_asks_for_it()
    {
        // "对…的X立即…": whom the job is done to stands first, the command word opens the predicate.
        var t = Single("对排查出隐患的商户立即下达整改通知书,并督促其落实整改。");
        Assert.Empty(t.Lead);
        Assert.Contains("整改通知书", t.Deliverable);
    }

    [Fact]
    public void Counter_a_target_and_a_verb_in_a_report_ask_nothing()
    {
        // The same shape telling what was done (了, 已) hands nothing over.
        Assert.Empty(Parse("对存在隐患的商户立即下达了整改通知书12份。"));
    }

    [Fact]
    public void Counter_a_target_without_a_command_word_stays_no_task()
    {
        // Without a command word after the target's head the clause only describes: "对…的商户进行检查情况良好".
        Assert.Empty(Parse("对辖区内的商户检查情况总体良好。"));
    }
}
