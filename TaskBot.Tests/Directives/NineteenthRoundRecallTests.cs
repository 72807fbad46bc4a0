using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Rules of the nineteenth round's recall helper (family: task_missed, a whole sentence that yields no task although
/// it asks for one). The rules' made-up examples of their shapes, and counter-tests where they must not fire.
/// </summary>
public class NineteenthRoundRecallTests
{
    // Rule StatedRequirementAsksFirstJob: in a sentence a speaker's 指出 opens, a 要-opening on an attitude or a guideline
    // asks for the first job named after it: one task with an empty lead.
    [Theory]
    [InlineData("会议指出，要坚持把群众生命安全放在第一位，严查安全隐患，及时完善应急处置预案。", "完善应急处置预案")]
    [InlineData("王强指出，要按照省里的工作要求，加强对上汇报请示，明确工作职责。", "加强对上汇报请示")]
    [InlineData("田连钊指出，要提高政治站位，加强痕迹管理。", "加强痕迹管理")]
    public void A_stated_opening_asks_for_the_first_job_after_it(string text, string job)
    {
        var t = Single(text);
        Assert.Empty(t.Lead);
        Assert.Contains(job, t.Deliverable ?? "");
    }

    [Theory]
    // No listed verb after the opening: a view, no job.
    [InlineData("会议指出，要坚持稳中求进，全县经济运行总体平稳。")]
    // A report (了) asks nothing.
    [InlineData("会议指出，要高度重视安全生产，全县上半年完成了隐患排查整治。")]
    // A manner (以…) and a purpose (确保…) are no job of their own.
    [InlineData("会议指出，要坚持问题导向，以钉钉子精神推动整改落实。")]
    [InlineData("会议指出，要提高政治站位，确保完成全年目标任务。")]
    // No 要-opening at all: the speaker tells what was done.
    [InlineData("会议指出，全县经济运行平稳，完成固定资产投资50亿元。")]
    public void A_stated_view_without_a_job_stays_no_task(string text) =>
        Assert.Empty(Parse(text));

    // The 要-clause that names its job itself was already a task (rule StatedRequirementAsks): still one task.
    [Fact]
    public void A_stated_job_in_the_opening_stays_one_task() =>
        Assert.Single(Parse("会议指出，要扎实开展秋冬防行动，加快推进乡镇天然气管网建设。"));
}
