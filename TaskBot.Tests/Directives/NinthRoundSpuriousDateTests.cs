using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Dates that are no deadline of the task they landed on (spurious_deadline in the lookalikes, r8-lists, r5-lists):
/// each test asserts the date a user sees on the task's card, and each rule has counter-tests where the date stays.
/// </summary>
public class NinthRoundSpuriousDateTests
{
    static string? Date(ParsedTask t) => t.Deadline?.ToString("yyyy-MM-dd");

    // Rule period_names_plan: a month, quarter or half that says which period's work is deployed, handed down or faced
    // names that work; the requirements that follow carry no date from it (r8l-033, r5l-039).
    [Theory]
    [InlineData("县林业局部署二季度重点工作任务。会议要求，各林场要及时做好伐区清理工作，认真做好造林准备工作。", "2027-03-20", "各林场")]
    [InlineData("会议下达了5月份任务计划，并就全市5月份面临的艰巨任务提出要求：各级各部门要进一步强化重点项目调度，加快在建工程投资进度。", "2027-05-10", "各级各部门")]
    [InlineData("会议安排上半年各项重点工作任务，要求各乡镇要加强秸秆禁烧巡查，压实属地责任。", "2027-03-20", "各乡镇")]
    public void A_period_naming_the_deployed_work_dates_no_task(string text, string reference, string lead)
    {
        var tasks = Parse(text, reference);
        Assert.Contains(tasks, t => t.Lead.Contains(lead));
        Assert.All(tasks, t => Assert.Null(t.Deadline));
    }

    [Theory]
    // a target for the period after the deploying verb keeps its date
    [InlineData("会议部署二季度重点工作任务，要求县住建局确保二季度完成老旧小区改造。", "2027-03-20", "县住建局", "2027-06-30")]
    // no deploying verb: the month is when the work is to be done
    [InlineData("各乡镇要在6月份完成秸秆清运任务。", "2027-05-10", "各乡镇", "2027-06-30")]
    // a quarter to strive for ("冲刺") is a target, not the name of a plan
    [InlineData("县发改局要加快项目审批，冲刺三季度目标任务。", "2027-08-10", "县发改局", "2027-09-30")]
    public void A_period_to_reach_a_target_in_still_dates_the_task(string text, string reference, string lead, string date) =>
        Assert.Contains(Parse(text, reference), t => t.Lead.Contains(lead) && Date(t) == date);
}
