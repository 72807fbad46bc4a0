using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Eleventh round, non-directives the parser turned into tasks (rejection) and spurious tasks in lists, one region per
/// named rule, each with the directives that share its shape but ask, and must keep their tasks.
/// AssignmentDescribed: a told sentence (the meeting its subject, or 了) whose clause opened by 明确 names at least two
/// headings of an assignment (责任分工, 时间节点, 责任主体, 时限要求 …): it says work was assigned somewhere else, it is
/// not the work (holdout-a ha-024, r6-lookalikes r6a-011).
/// </summary>
public class EleventhRoundRejectTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    // ---- AssignmentDescribed ----

    [Theory]
    // A meeting report: what the meeting settled, without the tasks themselves.
    [InlineData("会议围绕春节文旅活动筹备、景区创建、徒步线路开发三大重点，逐项明确任务清单、责任分工与时间节点，推动各项工作落地见效。")]
    // A rectification report told in the completed aspect; its 时限要求 is a heading, so PerfectiveReport (which reads
    // 要求 as an ask) lets it through and this rule reads it.
    [InlineData("局党组召开专题会议，研究制定整改工作方案，提出了26项整改措施，明确了整改内容、责任主体及时限要求。")]
    // A meeting that studied two lines of work and gave each task its lead unit, co-lead units and date.
    [InlineData("会议就城市更新、老旧小区改造两项重点工作进行专题研究，逐一明确各项任务的牵头单位、配合单位和完成时限，确保按期推进。")]
    public void An_assignment_told_is_no_task(string text)
    {
        Assert.Contains("AssignmentDescribed", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void An_order_to_assign_the_work_keeps_its_task()
    {
        // Asked (要求) and dated: the plan with its headings is the job.
        const string text = "会议要求，各乡镇制定整改方案，明确整改责任人和完成时限，12月20日前报县政府。";
        Assert.DoesNotContain("AssignmentDescribed", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["各乡镇"]) && t.Deadline == Dec20);
    }

    [Fact]
    public void An_order_in_a_list_to_set_the_headings_keeps_its_task()
    {
        // No meeting as subject and no 了: an item of a list that hands the work over.
        const string text = "3.县住建局牵头制定老旧小区改造计划，明确责任单位和时间节点。";
        Assert.DoesNotContain("AssignmentDescribed", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县住建局"]));
    }

    [Fact]
    public void A_meeting_that_asks_beside_the_headings_keeps_its_task()
    {
        // The meeting set the headings and then asks a unit to report by a date.
        const string text = "会议明确了各项任务的责任单位和完成时限，要求县发改局于12月20日前汇总上报推进计划。";
        Assert.DoesNotContain("AssignmentDescribed", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县发改局"]) && t.Deadline == Dec20);
    }

    [Theory]
    [InlineData("责任单位")]
    [InlineData("责任部门")]
    [InlineData("责任主体")]
    [InlineData("责任分工")]
    [InlineData("责任人")]
    [InlineData("责任领导")]
    [InlineData("牵头单位")]
    [InlineData("主责单位")]
    [InlineData("配合单位")]
    [InlineData("时间节点")]
    [InlineData("完成时限")]
    [InlineData("完成时间")]
    [InlineData("整改时限")]
    [InlineData("时限要求")]
    [InlineData("对接人")]
    public void Every_assignment_heading_tells_when_told_but_keeps_the_job_when_asked(string heading)
    {
        string other = heading == "时间节点" ? "责任单位" : "时间节点";
        Assert.Contains("AssignmentDescribed", RulesFor($"会议围绕重点项目推进工作，逐项明确{heading}和{other}。"));
        Assert.Contains(Parse($"县发改局要制定重点项目推进方案，明确{heading}和{other}，12月20日前报县政府。"),
            t => t.Lead.SequenceEqual(["县发改局"]) && t.Deadline == Dec20);
    }
}
