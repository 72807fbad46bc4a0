using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// The non-directive families of the sixth-round look-alikes (eval/corpus/r6-lookalikes.jsonl), grouped by why they hand
/// nothing over, each with the directives that share their cue and must keep their tasks.
/// OwnPlanAhead / PlanGoesOn: the writer (or the body it reports on) says what it will do itself ("下一步，X将…").
/// </summary>
public class SixthRoundRejectionTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    // ---- OwnPlanAhead: 下一步 / 今后 / 我局 … then the subject goes straight on to 将, whatever verb follows ----

    [Theory]
    [InlineData("下一步，乡人大和纪委将联合乡文创办，对督查结果进行汇总，并在全乡范围内进行通报，要求限时整改。")]
    [InlineData("下来，我镇将再接再厉，以“零容忍”的态度，强力推进“两违”整治及卫片执法相关工作。")]
    [InlineData("下一步，督导组将按照领导指示，加大督促力度，紧抓闭环管理，细致排查城乡结合部环境卫生问题，即时交办整改。")]
    [InlineData("下一步，县河长办将联合各乡镇对河湖“清四乱”工作再进行一次“回头看”，督促问题全部整改到位。")]
    public void What_the_writer_will_do_itself_is_no_task(string text)
    {
        Assert.Contains("OwnPlanAhead", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void The_plan_goes_on_over_the_next_sentence_that_asks_no_one()
    {
        const string text = "下一步，县河长办将结合本次督查掌握的实际情况，对河湖“清四乱”工作再进行一次“回头看”。" +
                            "同时将督促各级河长加强河湖水域的日常保护管理与监督检查，切实抓好长效管理。";
        Assert.Contains("PlanGoesOn", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void An_order_after_the_plan_keeps_its_task()
    {
        var tasks = Parse("下一步，我镇将再接再厉，强力推进“两违”整治工作。各村要于12月20日前完成违建拆除。");
        var t = Assert.Single(tasks);
        Assert.Equal(["各村"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_unit_with_its_own_ask_in_the_plan_sentence_keeps_its_task()
    {
        var tasks = Parse("下一步，县河长办将结合督查情况开展“回头看”，各乡镇要在12月20日前完成整改。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["各乡镇"]) && t.Deadline == Dec20);
    }

    [Theory]
    // real-dev-2 nb-038: the units after 下一步 are asked (要), nobody announces anything.
    [InlineData("下一步，各园区、各乡镇(街道)、各相关部门要严格按照《县政府工作报告》各项目标任务，倒排时间节点，确保12月20日前完成年度目标任务。", "各园区")]
    // notices nt-071: 责成 before any 将.
    [InlineData("下一步，责成有关部门加强对路面的维护，清除扬尘污染隐患。", "有关部门")]
    public void Looking_ahead_with_an_order_keeps_its_task(string text, string lead)
    {
        Assert.DoesNotContain("OwnPlanAhead", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.Contains(lead));
    }

    [Fact]
    public void A_dated_duty_in_the_plan_sentence_keeps_its_task()
    {
        const string text = "下一步，督导组将按照领导指示，加大督促力度，12月20日前完成城乡结合部环境卫生问题整改。";
        Assert.DoesNotContain("OwnPlanAhead", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == Dec20);
    }
}
