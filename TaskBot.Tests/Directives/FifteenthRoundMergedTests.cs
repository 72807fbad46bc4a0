using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Fifteenth round, gold tasks the parser merged into the task before them.
/// ModalClauseIsAnotherTask, widened: a clause of the same sentence that opens with its own 要 and names a job, after
/// a job already asked with a modal, is one more task also when the speaker names no unit ("会议要求，要A，要B"), as it
/// was when a unit was named (conventions: one task per distinct deliverable; the 要…，要… list written with commas).
/// A clause that only goes on with the same job (确保…, a date) still joins it; an attitude (要高度重视) is no job.
/// Train: r6l-038 fixed (net +1); validation net +1.
/// </summary>
public class FifteenthRoundMergedTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Grouping);

    [Theory]
    // The rule's example, with the units named (as before).
    [InlineData("各成员单位要切实整改暗访曝光的问题，要建立和落实文明创建长效机制。", 2)]
    // No unit named: a speaker asks two jobs.
    [InlineData("县长强调，要切实整改暗访曝光的问题，要建立和落实文明创建长效机制。", 2)]
    // A numbered-free run of 要-clauses after a meeting's request (r6l-038 rewritten).
    [InlineData("李明要求，要广泛深入开展防汛宣传，分区域排查险工险段，要充分发挥基层网格员的巡查作用。", 2)]
    public void A_clause_opened_by_its_own_modal_is_another_task(string text, int tasks)
    {
        Assert.Contains("ModalClauseIsAnotherTask", RulesFor(text));
        Assert.Equal(tasks, Parse(text).Count);
    }

    [Fact]
    public void The_first_job_keeps_its_own_date_and_the_second_has_none()
    {
        var tasks = Parse("会议要求，要在12月20日前完成全县危房排查，要建立和落实农村危房动态监测机制。");
        Assert.Equal(2, tasks.Count);
        Assert.Equal(Dec20, tasks[0].Deadline);
        Assert.Null(tasks[1].Deadline);
        Assert.All(tasks, t => Assert.Empty(t.Lead));
    }

    [Fact]
    public void A_dated_modal_clause_that_goes_on_with_the_same_job_joins_it()
    {
        var tasks = Parse("会议要求，要加快推进污水管网项目建设，要确保12月20日前全面完工。");
        Assert.Single(tasks);
        Assert.Equal(Dec20, tasks[0].Deadline);
    }

    [Fact]
    public void Attitudes_opened_by_a_modal_ask_no_job()
    {
        const string text = "会议指出，要高度重视安全生产工作，要认清当前形势。";
        Assert.DoesNotContain("ModalClauseIsAnotherTask", RulesFor(text));
        Assert.Empty(Parse(text));
    }
}
