using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-second round, grouping: which task a date goes to when the right date was read but put on a sibling task.
/// Rule MaterialHandInDatesWorkAbove (DeadlinePlacement.MaterialHandedIn, applied in DirectiveParser): a sentence that
/// opens with the material (…材料, …试卷), names no unit of its own, and only says by when it is handed in
/// ("中期检查材料请于7月16日前报送科研处", "所命试卷经主管院长审核签字后以院为单位于12月9日之前报送教务处") hands in what the
/// undated task of the same units just before it makes: that task takes the date, and the hand-in is no task of its own.
/// Counter-tests: the material sentence names its own unit (由各乡镇…, 各乡镇…材料), the task above is dated already, or the
/// task above is another unit's; and a directive holding 材料 / 试卷 in its own job keeps its task and date.
/// </summary>
public class TwentySecondRoundGroupingTests
{
    static IReadOnlyList<string> TaskRulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Task);

    [Theory]
    [InlineData("各学院要组织开课教师认真命制期末考试试题。所命试卷经教学院长审核签字后以院为单位于12月20日之前报送教务处。", "各学院", "2026-12-20")]
    [InlineData("县农业农村局负责组织各乡镇开展高标准农田项目申报，统一报送县财政局。申报材料请于12月15日前报送县财政局。", "县农业农村局", "2026-12-15")]
    [InlineData("各科室要认真总结本年度工作，形成书面报告后统一报送办公室。年度总结材料务必于12月18日前报送办公室。", "各科室", "2026-12-18")]
    public void A_material_handed_in_by_a_date_dates_the_work_above(string text, string lead, string date)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(date, DateOf(t));
        Assert.Contains("MaterialHandInDatesWorkAbove", TaskRulesFor(text));
    }

    [Theory]
    // Counter-tests: the material sentence names its own unit; that unit's hand-in is a task of its own.
    [InlineData("县农业农村局要做好项目申报。各乡镇申报材料请于12月15日前报送县农业农村局。", "各乡镇")]
    [InlineData("县农业农村局要做好项目申报。项目材料由各乡镇于12月15日前报送县农业农村局。", "各乡镇")]
    public void A_material_sentence_with_its_own_unit_stays_its_task(string text, string lead)
    {
        var tasks = Parse(text);
        Assert.Equal(2, tasks.Count);
        Assert.Null(tasks[0].Deadline);
        Assert.Equal([lead], tasks[1].Lead);
        Assert.Equal("2026-12-15", DateOf(tasks[1]));
        Assert.DoesNotContain("MaterialHandInDatesWorkAbove", TaskRulesFor(text));
    }

    [Fact]
    // Counter-test: the task above has a date of its own; the hand-in by another date is a second step, a task.
    public void A_hand_in_after_a_dated_task_stays_a_task()
    {
        var tasks = Parse("县农业农村局要在12月10日前完成项目初审。申报材料请于12月15日前报送县财政局。");
        Assert.Equal(2, tasks.Count);
        Assert.Equal("2026-12-10", DateOf(tasks[0]));
        Assert.Equal("2026-12-15", DateOf(tasks[1]));
    }

    [Fact]
    // Counter-test: the task just before is another unit's; the undated task of the first unit takes no date.
    public void A_hand_in_after_another_units_task_dates_nothing_of_the_first()
    {
        var tasks = Parse("县农业农村局要做好项目申报。县财政局要加强资金审核，申报材料请于12月15日前报送县财政局。");
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["县农业农村局"], tasks[0].Lead);
        Assert.Null(tasks[0].Deadline);
        Assert.Equal("2026-12-15", DateOf(tasks[1]));
    }

    [Theory]
    // Word counter-tests (材料, 试卷): a directive holding the word in its own job keeps its task, lead and date.
    [InlineData("县民政局要在12月15日前完成低保材料审核。", "县民政局", "2026-12-15")]
    [InlineData("县教育局要于12月20日前将考试试卷印制完毕并分发各学校。", "县教育局", "2026-12-20")]
    public void A_job_about_a_material_keeps_its_task(string text, string lead, string date)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(date, DateOf(t));
    }
}
