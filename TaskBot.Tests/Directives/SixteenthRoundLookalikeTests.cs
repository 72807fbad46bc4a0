using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Sixteenth round, non-directives accepted (conventions: "standing procedural rules (一般在N日内办结)" yield no task).
/// Rule RuleRegisterTimeLimit (SentenceRules): a duty in the register of a rule (应, 应当, 须, 必须), with no other ask
/// (要, 请, 负责, 牵头 …), whose only time is a span counted from each case (应在N日内, 须在规定时限内, or how long
/// something lasts: 公示N个工作日) and no day of the calendar, is a regulation's or a system's standing procedure
/// (SentenceView.SetsStandingTimeLimit); the sentence after it in the same item may go on with it (ProcedureGoesOn).
/// "须于两周内上报" (于, by) dates work handed over and is read. A span counted from this text or the meeting
/// (收到本通知后, 自即日起, 通知下发之日起, 会后) and a recurring limit (每季度结束后的15日内) keep the task, as does
/// any 要 / 负责 or a dated limit in the sentence.
/// Train r11s-091, r11s-126, r12s-016, r12s-081, r6d-035 fixed, none regressed (net +5); validation net +1.
/// </summary>
public class SixteenthRoundLookalikeTests
{
    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    [Theory]
    // A regulation's provision: a span counted from each case.
    [InlineData("(四)乡镇人民政府、街道办事处应当在10日内将审核意见和村民委员会、居民委员会提交的材料报县级人民政府民政部门。")]
    // The limit the rule itself sets, named as such.
    [InlineData("对一些办理难度较大、确实难以如期办结的督办事项，应在规定时限内报告办理进展情况，说明不能如期办结的原因。")]
    // How long a publicity lasts, in a selection procedure.
    [InlineData("4.学院应在网站、公示栏等固定场所公示拟获优秀本科毕业生名单，党委学生工作部在校内办公网公示各学院拟获优秀本科毕业生名单，公示时间均为5个工作日。")]
    [InlineData("名单如有变动，须对变动部分做出说明，并对变动内容另行公示10个工作日。")]
    // A proposal-handling rule after the dated ones.
    [InlineData("闭会期间提出的建议、提案，承办单位须在3个月内答复完毕。")]
    public void A_rule_register_span_for_each_case_hands_nothing_over(string text)
    {
        Assert.Contains("RuleRegisterTimeLimit", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void The_dated_items_of_a_handling_rule_keep_their_tasks()
    {
        var tasks = Parse("对会议期间提出的建议、提案，承办单位须在12月20日前答复完毕。闭会期间提出的建议、提案，承办单位须在3个月内答复完毕。");
        var t = Assert.Single(tasks);
        Assert.Equal(["承办单位"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory]
    // An order (要求, 负责, 要) besides the rule's register hands the work over now.
    [InlineData("会议要求，县住建局应在10日内完成整改方案。", "县住建局")]
    [InlineData("县住建局负责，应在10日内完成危房鉴定。", "县住建局")]
    [InlineData("各乡镇要在10个工作日内报送排查清单。", "各乡镇")]
    // 于 (by) dates work handed over; only the rule's 在 counts a span for each case.
    [InlineData("县住建局须于两周内上报方案。", "县住建局")]
    [InlineData("各乡镇应于10个工作日内报送危房排查清单。", "各乡镇")]
    // A span counted from this text's arrival or from the meeting is a real deadline.
    [InlineData("收到本通知后，各乡镇应在5个工作日内报送排查清单。", "各乡镇")]
    [InlineData("县财政局应在会后3天内报送预算调整方案。", "县财政局")]
    [InlineData("自即日起，各乡镇应在30日内完成燃气安全自查。", "各乡镇")]
    [InlineData("自通知下发之日起一个月内，各乡镇须完成危房排查。", "各乡镇")]
    // A recurring limit: the conventions date its first occurrence.
    [InlineData("各设区市财政部门应当于每季度结束后的15日内，将报表汇总报送省财政厅。", "各设区市财政部门")]
    public void A_span_handed_over_now_keeps_its_task(string text, string lead)
    {
        Assert.DoesNotContain("RuleRegisterTimeLimit", RulesFor(text));
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
    }

    [Fact]
    public void A_dated_limit_beside_the_span_keeps_both_tasks()
    {
        var tasks = Parse("县住建局应于12月20日前完成排查，并在10日内报送排查结果。");
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(["县住建局"], t.Lead));
        Assert.Equal(new DateOnly(2026, 12, 20), tasks[0].Deadline);
    }

    [Fact]
    public void The_counted_deadline_from_the_notice_resolves()
    {
        var t = Single("自即日起，各乡镇应在30日内完成燃气安全自查。");
        Assert.Equal(new DateOnly(2026, 12, 26), t.Deadline);
    }
}
