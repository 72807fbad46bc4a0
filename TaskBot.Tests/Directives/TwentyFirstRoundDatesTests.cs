using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-first round, deadlines: rule date_named_as_target (DeadlinePlacement.NamedAsTarget). A date that a target noun
/// (<see cref="DirectiveLexicon.TargetNouns"/>: 目标, 节点, 时间节点, 要求, 时限) names — at the end of the 的-phrase the
/// date opens ("按照12月20日建成投用的目标"), directly ("12月28日节点目标") or after 为 ("以12月15日为时间节点") — is the
/// deadline of the work the sentence asks; before, the 的-phrase was read as one that says which thing is meant.
/// Counter-tests: a 的-phrase that names a thing ("2000年底前建成的小区"), a phrase ending in another noun, a report that the target was met.
/// </summary>
public class TwentyFirstRoundDatesTests
{
    [Theory]
    [InlineData("县交通局要严格按照12月20日建成通车的目标倒排工期，加快剩余工程推进。", "2026-12-20", "县交通局")]
    [InlineData("各施工单位要按照12月底前全面完工的目标任务，统筹协调、密切配合，加快施工。", "2026-12-31", "各施工单位")]
    [InlineData("县住建局要对照春节前交付使用的要求，科学安排施工时序。", "2027-02-04", "县住建局")]
    [InlineData("项目指挥部要夯实责任，确保实现征拆遗留问题12月15日清零的目标。", "2026-12-15", "项目指挥部")]
    public void A_date_that_a_target_noun_names_is_the_deadline(string text, string expected, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(expected, DateOf(t));
    }

    [Theory]
    // Directly before 节点 or after 为: the date is the time node of the work.
    [InlineData("县水利局要围绕12月28日节点目标，增加现场施工人员，确保工程按期完工。", "2026-12-28")]
    [InlineData("各乡镇要以12月15日为时间节点，倒排创建日程，完成各项整治任务。", "2026-12-15")]
    public void A_date_before_a_node_is_the_deadline(string text, string expected) =>
        Assert.Equal(expected, DateOf(Single(text)));

    [Fact]
    // Counter-test: the 的-phrase names which thing ("…前建成的小区"), not a target; the task stays, undated.
    public void A_date_in_a_phrase_that_names_a_thing_is_no_deadline()
    {
        var t = Single("县住建局要加快推进2000年底前建成的老旧小区改造。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Null(t.Deadline);
    }

    [Theory]
    // Counter-tests: the target reported as met (已 / 了) dates nothing.
    [InlineData("项目公司已实现12月20日建成通车的目标，下一步要做好运营管理。")]
    [InlineData("县交通局按期完成了12月20日建成通车的目标，县住建局要做好配套工作。")]
    public void A_target_reported_as_met_is_no_deadline(string text)
    {
        foreach (var t in Parse(text)) Assert.NotEqual("2026-12-20", DateOf(t));
    }

    [Fact]
    // Counter-test: a 的-phrase ending in a noun that is no target (样板小区) still says which thing: no date.
    public void A_date_in_a_phrase_ending_in_another_noun_is_no_deadline()
    {
        var t = Single("县住建局要参照12月20日建成的样板小区推进老旧小区改造。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Null(t.Deadline);
    }

    public static TheoryData<string> TargetNouns => LexiconFamilyTests.Words(l => l.TargetNouns);

    [Theory, MemberData(nameof(TargetNouns))]
    // Every target noun dates the work a real-looking directive asks, and the directive keeps its task and unit.
    public void Every_target_noun_dates_the_work_it_names(string noun)
    {
        var t = Single($"县水利局要严格按照12月20日完成堤防加固的{noun}，倒排工期，加快施工进度。");
        Assert.Equal(["县水利局"], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
    }
}
