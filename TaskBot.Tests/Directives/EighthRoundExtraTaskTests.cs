using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Eighth round, extra tasks inside texts that do have tasks: the parser made a task the clerk did not write, next to
/// real ones. Each rule with a made-up example in the style of the failures and counter-tests where a real task with
/// the same words must stay.
/// CueAfterNarrationNamesOthers: the body told of ("X组织召开…会议", "X对…进行具体安排部署") asks others (要求 + units):
/// only the asked units get a task (r5-meetings r5m-075, r6-lookalikes r6a-107).
/// </summary>
public class EighthRoundExtraTaskTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static IReadOnlyList<string> GroupingRulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Grouping);

    // ---- CueAfterNarrationNamesOthers ----

    [Theory]
    [InlineData("近日，市农业农村局组织召开全市秋冬种工作推进会，要求各县区在12月20日前完成小麦播种面积核实。", "各县区")]
    [InlineData("会后，县应急管理局局长李明结合省市会议精神，对冬春火灾防控工作进行具体安排部署，要求各乡镇在12月20日前开展一次消防隐患全面排查。", "各乡镇")]
    public void The_body_that_asks_is_no_lead_of_what_it_asks(string text, string asked)
    {
        Assert.Contains("CueAfterNarrationNamesOthers", GroupingRulesFor(text));
        var t = Single(text);
        Assert.Equal([asked], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_body_asked_with_a_modal_before_the_ask_keeps_its_task()
    {
        // 要 asks 县水利局 itself: its own job stays, the asked units get theirs.
        const string text = "县水利局要在12月20日前完成堤防隐患排查，要求各乡镇做好群众转移预案。";
        Assert.DoesNotContain("CueAfterNarrationNamesOthers", GroupingRulesFor(text));
        var tasks = Parse(text);
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县水利局"]) && t.Deadline == Dec20);
    }

    [Fact]
    public void A_dated_act_of_the_body_before_the_ask_keeps_its_task()
    {
        const string text = "县住建局12月20日前完成老旧小区改造方案编制，要求各街道做好入户宣传。";
        Assert.DoesNotContain("CueAfterNarrationNamesOthers", GroupingRulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县住建局"]) && t.Deadline == Dec20);
    }
}
