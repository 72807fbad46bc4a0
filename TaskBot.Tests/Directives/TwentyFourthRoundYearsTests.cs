using static TaskBot.Tests.Directives.ParserHarness;
using TaskBot.Directives;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-fourth round, family "years" (helper years): year- and period-level targets (conventions: 今年/全年/年度/年终 +
/// a target to reach → Dec 31 of the reference year).
/// - ensured_year_result (year_target_steer): "确保全年有个好收成", "确保在年终交出一份…答卷": a good harvest for the year,
///   or a result handed in at the year's end, is a result to reach after the ensured year word. Train: Dec 31 in 2 of
///   2 documents (r5m-012 = r5l-034, r14l-025), none against; "确保今年…高质量开局" (a start) stays out.
/// - assigned_year_target (year_level_target): "完成市“两拆”作战指挥部下达的全年违建拆除的目标任务": the assigning body's
///   name may stand between the verb and the year word when 下达(的) closes it. Train: Dec 31 in 2 of 2 (r6a-029, hb-077).
/// Gate against main 612f27f: train items +1 (r5m-012), tasks +3 (r5-meetings, r5-lists, r6-lookalikes), regressed none;
/// validation and shared unchanged.
/// </summary>
public class TwentyFourthRoundYearsTests
{
    static ParsedTask SingleAt(string text, string reference)
    {
        var tasks = Parse(text, reference);
        Assert.Single(tasks);
        return tasks[0];
    }

    // ---- ensured_year_result (year_target_steer) ----

    [Theory]
    [InlineData("各乡镇要抓好秋收秋种，落实防灾减灾措施，确保全年有个好收成。", "各乡镇", "2025-12-31")]
    [InlineData("县农业农村局要加强田间管理指导，确保今年粮食有个好收成。", "县农业农村局", "2025-12-31")]
    [InlineData("县民政局要对进度缓慢的项目跟踪督办，确保在年终交出一份令群众满意的答卷。", "县民政局", "2025-12-31")]
    public void A_years_harvest_or_answer_ensured_is_the_years_end(string text, string lead, string expected)
    {
        var t = SingleAt(text, "2025-06-06");
        Assert.Equal([lead], t.Lead);
        Assert.Equal(expected, DateOf(t));
        Assert.Contains("year_target_steer", Parser.Explain(text, new DateOnly(2025, 6, 6)).RulesFired(ParseTrace.Deadline));
    }

    [Theory]
    // Counter-tests: a harvest reported (去年…获得好收成) and 交出 without an ensured year word date nothing; each
    // directive keeps its one task and lead.
    [InlineData("去年全县粮食获得好收成，县农业农村局要认真总结经验，抓好秋收秋种。", "县农业农村局")]
    [InlineData("县民政局要认真梳理民生实事项目，交出一份令群众满意的答卷。", "县民政局")]
    public void A_harvest_or_answer_without_an_ensured_year_is_no_deadline(string text, string lead)
    {
        var t = SingleAt(text, "2025-06-06");
        Assert.Equal([lead], t.Lead);
        Assert.Null(t.Deadline);
    }

    [Fact]
    public void A_dated_directive_with_a_harvest_keeps_its_own_date()
    {
        // Conventions ("one task per deliverable that has its own deadline", 确保堤防加固4月底完工): the harvest is the
        // same unit's second task, at the year's end; the dated one keeps its date.
        var tasks = Parse("各乡镇要于6月20日前完成夏粮收购，确保全年有个好收成。", "2025-06-06");
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["各乡镇"], tasks[0].Lead);
        Assert.Equal("2025-06-20", DateOf(tasks[0]));
        Assert.Equal(["各乡镇"], tasks[1].Lead);
        Assert.Equal("2025-12-31", DateOf(tasks[1]));
    }

    // ---- assigned_year_target (year_level_target) ----

    [Theory]
    [InlineData("县住建局要努力完成市“两拆”作战指挥部下达的全年违建拆除的目标任务。", "县住建局")]
    [InlineData("县林业局要保质保量完成市人民政府防火指挥部下达的年度造林绿化工作任务。", "县林业局")]
    public void A_year_target_handed_down_by_a_body_is_the_years_end(string text, string lead)
    {
        var t = SingleAt(text, "2018-05-28");
        Assert.Equal([lead], t.Lead);
        Assert.Equal("2018-12-31", DateOf(t));
        Assert.Contains("year_level_target", Parser.Explain(text, new DateOnly(2018, 5, 28)).RulesFired(ParseTrace.Deadline));
    }

    [Theory]
    // Counter-tests: a share already reached of the handed-down target (已完成) is progress, and 下达的 naming an
    // assignment with no year word dates nothing; the directive keeps its task.
    [InlineData("县住建局要加快拆除进度，目前已完成市指挥部下达的全年违建拆除目标任务的60%。", "县住建局")]
    [InlineData("县住建局要按时完成市指挥部下达的违建拆除目标任务。", "县住建局")]
    public void A_handed_down_target_without_a_year_to_reach_is_no_deadline(string text, string lead)
    {
        var t = SingleAt(text, "2018-05-28");
        Assert.Equal([lead], t.Lead);
        Assert.Null(t.Deadline);
    }

    // ---- year_level_target's first form: a result reported (已/累计 before the verb) is no target ----

    [Fact]
    public void A_share_of_the_years_task_already_done_is_no_deadline()
    {
        // The report reads a share off the year's task: nothing is asked, and the year's end must not date it.
        Assert.All(Parse("县住建局已完成全年任务的60%。", "2026-12-01"), t => Assert.Null(t.Deadline));
        // Beside it, the ask that has no date of its own stays undated.
        var t = SingleAt("全县已完成年度计划的82%，县住建局要加快进度。", "2026-12-01");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Null(t.Deadline);
    }

    [Theory]
    [InlineData("县住建局要确保完成全年目标任务。", "县住建局")]
    [InlineData("各乡镇要对照进度，确保完成年度计划。", "各乡镇")]
    public void The_same_year_task_asked_still_ends_the_year(string text, string lead)
    {
        var t = SingleAt(text, "2026-12-01");
        Assert.Equal([lead], t.Lead);
        Assert.Equal("2026-12-31", DateOf(t));
    }
}
