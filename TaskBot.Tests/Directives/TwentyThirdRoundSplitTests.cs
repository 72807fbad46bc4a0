using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-third round, family "several tasks in one sentence collapse into one" (issue 9). Rule
/// RespectiveUnitsShareOutList (GroupingRules, at a sentence's end): units listed as one subject, then 分别 and a verb
/// whose object lists as many jobs as there are units ("宣传部、学生处分别完成文明单位、文明班级评选初审工作") — each unit
/// does its own job: one task per unit (conventions: one task per distinct lead). Train: r12s-087, r8s-080 (both
/// sentences of the shape in train, two documents, labelled one task per unit).
/// </summary>
public class TwentyThirdRoundSplitTests
{
    static IReadOnlyList<string> GroupingRulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Grouping);

    [Fact]
    public void Two_units_and_two_listed_jobs_after_fenbie_give_each_unit_its_job()
    {
        var tasks = Parse("12月20日前，宣传部、学生处分别完成文明单位、文明班级评选初审工作。");
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["宣传部"], tasks[0].Lead);
        Assert.Equal(["学生处"], tasks[1].Lead);
        Assert.Contains("文明单位", tasks[0].Deliverable);
        Assert.DoesNotContain("文明班级", tasks[0].Deliverable);
        Assert.Contains("文明班级", tasks[1].Deliverable);
        Assert.All(tasks, t => Assert.Equal("2026-12-20", DateOf(t)));
        Assert.Contains("RespectiveUnitsShareOutList", GroupingRulesFor("12月20日前，宣传部、学生处分别完成文明单位、文明班级评选初审工作。"));
    }

    [Theory]
    [InlineData("会议要求，县住建局和县水利局要分别完成城区和农村供水管网改造。", "县住建局", "城区", "县水利局", "农村")]
    [InlineData("县财政局、县审计局要分别做好资金保障和审计监督。", "县财政局", "资金保障", "县审计局", "审计监督")]
    public void Units_joined_by_he_share_out_two_jobs(string text, string lead1, string job1, string lead2, string job2)
    {
        var tasks = Parse(text);
        Assert.Equal(2, tasks.Count);
        Assert.Equal([lead1], tasks[0].Lead);
        Assert.Contains(job1, tasks[0].Deliverable);
        Assert.Equal([lead2], tasks[1].Lead);
        Assert.Contains(job2, tasks[1].Deliverable);
    }

    [Fact]
    public void Three_units_with_a_role_word_share_out_three_jobs_and_keep_the_closing_date()
    {
        var tasks = Parse("县教育局、县卫健局、县公安局要分别负责校园安全、食品安全、交通安全检查工作，12月20日前报县政府。");
        Assert.Equal(3, tasks.Count);
        Assert.Equal(["县教育局"], tasks[0].Lead);
        Assert.Equal(["县卫健局"], tasks[1].Lead);
        Assert.Equal(["县公安局"], tasks[2].Lead);
        Assert.Contains("食品安全检查", tasks[1].Deliverable);
        Assert.All(tasks, t => Assert.Equal("2026-12-20", DateOf(t)));
    }

    [Theory]
    // Counter-tests: the counts disagree (one job for two units, three jobs for two), 分别 dates one duty (分别于…), or
    // 分别 after no unit list — the task stays one, its units together.
    [InlineData("县财政局、县审计局要分别做好资金保障工作。", "资金保障")]
    [InlineData("县财政局、县审计局要分别做好资金保障、审计监督、绩效评价工作。", "绩效评价")]
    [InlineData("县财政局、县审计局要分别于12月10日、12月20日前报送资金使用情况。", "资金使用情况")]
    public void Without_a_list_that_matches_the_units_the_task_stays_one(string text, string job)
    {
        var t = Single(text);
        Assert.Equal(["县财政局", "县审计局"], t.Lead);
        Assert.Contains(job, t.Deliverable);
        Assert.DoesNotContain("RespectiveUnitsShareOutList", GroupingRulesFor(text));
    }

    [Fact]
    public void Units_reporting_one_by_one_hand_over_nothing()
    {
        Assert.Empty(Parse("会上，县教育局、县卫健局分别汇报了校园安全、食品安全工作情况。"));
    }
}
