using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Seventeenth round, tasks in multi-item texts split wrongly: lines that head or introduce a list are no task of their
/// own (conventions: the framing of minutes is never a task; one task per entry, per distinct lead).
/// Rule HeadingIsNoTask, pace words: a heading's pace word (按时, 及时, 迅速, 抓紧) dates nothing; the heading stays a
/// heading ("一是加快推进进度，确保按时完成。各项目单位要…"), unless it fronts its object with 对 (rule HeadingFrontsObject).
/// Rule SloganBeforeSubjectIsNoTask: a slogan-length sentence of nobody's mid-item, before a sentence naming the units.
/// Rule ListAnnouncementIsNoTask: "会议作出以下部署：一是…", and the general line right before "一是…".
/// Train nt-095, r6d-048, r6d-049, ha-074, ha-098, r9l-018, r12l-005, r13l-005 fixed, none regressed (net +8);
/// validation net +1 (r14-lists extra tasks 29 -> 25, lead exact 69.5 -> 70.0).
/// </summary>
public class SeventeenthRoundListsTests
{
    static IReadOnlyList<string> GroupingRulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Grouping);

    // ---- HeadingIsNoTask with a pace word ----

    [Theory]
    [InlineData("一是加快推进进度，确保按时完成。各项目单位要严格按照项目计划，倒排工期，挂图作战。", "各项目单位")]
    [InlineData("会议要求，要加快产业发展，及时补齐短板。各部门要在12月20日前完成项目验收。", "各部门")]
    [InlineData("四是争分夺秒，迅速对接落实。县创建办要对接市级，明确创建工作落实方式。", "县创建办")]
    public void A_heading_with_a_pace_word_is_no_task_of_its_own(string text, string lead)
    {
        var t = Assert.Single(Parse(text));
        Assert.Equal([lead], t.Lead);
    }

    [Fact]
    public void Each_numbered_heading_gives_way_to_its_units_task()
    {
        var tasks = Parse("会议要求，一是加快推进进度，确保按时完成。各项目单位要严格按照项目计划，倒排工期，确保12月20日前完工。"
                          + "二是强化要素保障，提升工作质效。各要素保障部门要主动作为，协调解决项目推进中的困难和问题。");
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["各项目单位"], tasks[0].Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), tasks[0].Deadline);
        Assert.Equal(["各要素保障部门"], tasks[1].Lead);
    }

    [Fact]
    public void A_job_on_a_fronted_object_with_a_pace_word_stays_a_task()
    {
        // Counter-test (rule HeadingFrontsObject): "对…，要立即整改" names its own job.
        var tasks = Parse("对排查出的隐患，要立即整改。县住建局要加强业务指导。");
        Assert.Equal(2, tasks.Count);
        Assert.Empty(tasks[0].Lead);
        Assert.Equal("立即", tasks[0].DeadlineText);
        Assert.Equal(["县住建局"], tasks[1].Lead);
    }

    [Fact]
    public void A_lone_heading_with_a_pace_word_stays_a_task()
    {
        // Counter-test: nothing after it names the units; the heading is the job.
        var t = Assert.Single(Parse("一是立即开展燃气隐患排查，全面摸清底数。"));
        Assert.Empty(t.Lead);
        Assert.Equal("立即", t.DeadlineText);
    }

    [Fact]
    public void A_paced_job_running_on_to_a_semicolon_is_no_heading()
    {
        // Counter-test: requirements side by side ("…定期调度；各业务部门要…", real-dev-2 da-034): the first is a job of its
        // own, not the heading of the units' requirement after it.
        var tasks = Parse("要加强领导、列出任务清单、定期调度；各业务部门要严把业务关，增派力量、加强培训。");
        Assert.Equal(2, tasks.Count);
        Assert.Equal("定期", tasks[0].DeadlineText);
        Assert.Equal(["各业务部门"], tasks[1].Lead);
    }

    // ---- SloganBeforeSubjectIsNoTask ----

    [Fact]
    public void A_slogan_before_the_units_asked_mid_item_is_their_heading()
    {
        var text = "会议要求，要加大宣传落实力度。各乡镇要加大电力设施保护宣传力度，严格落实安全生产责任。要强化协调，密切配合。"
                   + "各乡镇及县直部门要共同做好电力设施保护，加大电网改造升级力度。";
        Assert.Contains("SloganBeforeSubjectIsNoTask", GroupingRulesFor(text));
        var tasks = Parse(text);
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["各乡镇"], tasks[0].Lead);
        Assert.Equal(["各乡镇", "县直部门"], tasks[1].Lead);
    }

    [Fact]
    public void A_longer_sentence_before_the_units_names_work_of_its_own()
    {
        // Counter-test: past 14 characters it is a job, not a slogan.
        var tasks = Parse("各乡镇要在12月20日前完成电力设施排查。要在全县范围内开展一次燃气安全隐患全面排查整治。县住建局要加强业务指导。");
        Assert.Equal(3, tasks.Count);
        Assert.Equal(["县住建局"], tasks[2].Lead);
    }

    [Fact]
    public void A_series_of_requirements_side_by_side_keeps_each()
    {
        // Counter-test: the short requirement ends with a semicolon, one of a series (r8l-003 shape).
        var text = "针对下一步工作，他要求，要加快工程的扫尾进度，做好环境卫生整治工作；要突出产业发展，增强发展后劲；"
                   + "各部门要凝聚共识，形成合力，确保乡庆如期举行。";
        Assert.DoesNotContain("SloganBeforeSubjectIsNoTask", GroupingRulesFor(text));
    }

    // ---- ListAnnouncementIsNoTask ----

    [Theory]
    [InlineData("会议作出以下部署：一是县教育局要在12月20日前完成校园安全检查；二是各学校要加强学生安全教育。", "县教育局", "各学校")]
    [InlineData("会议要求，要认真做好城市排水防涝工作。一是县住建局要在12月20日前完成汛前检查。二是县水利局要推进排涝工程建设。", "县住建局", "县水利局")]
    public void A_line_that_introduces_a_numbered_list_is_no_task(string text, string first, string second)
    {
        Assert.Contains("ListAnnouncementIsNoTask", GroupingRulesFor(text));
        var tasks = Parse(text);
        Assert.Equal(2, tasks.Count);
        Assert.Equal([first], tasks[0].Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), tasks[0].Deadline);
        Assert.Equal([second], tasks[1].Lead);
    }

    [Theory]
    // A dated introduction hands its units the work by that date.
    [InlineData("各乡镇要在12月20日前完成以下工作：一是危房排查；二是隐患整改。", "各乡镇")]
    // A named unit's own requirement before the list.
    [InlineData("县住建局要做好城市排水防涝工作。一是县水利局要强化汛前检查；二是县城管局要推进排涝工程建设。", "县住建局")]
    public void An_introduction_that_hands_work_over_stays_a_task(string text, string lead)
    {
        var tasks = Parse(text);
        Assert.Equal(3, tasks.Count);
        Assert.Equal([lead], tasks[0].Lead);
    }

    [Fact]
    public void An_introduction_with_a_pace_word_stays_a_task()
    {
        var tasks = Parse("会议要求，要立即做好防汛准备工作。一是县住建局要完成汛前检查。二是县水利局要推进排涝工程建设。");
        Assert.Equal(3, tasks.Count);
        Assert.Equal("立即", tasks[0].DeadlineText);
    }
}
