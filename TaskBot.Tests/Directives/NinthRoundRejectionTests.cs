using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Ninth round, non-directives that became tasks (rejection), one region per named rule, each with the directives that
/// share its words but ask, and must keep their tasks.
/// MeetingRule: the standing rules of a meeting system, a sentence whose subject is a kind of meeting (its notice, its
/// minutes, the time before or after each meeting) and that says how it is run (lookalikes la-017, r8-singles r8s-038,
/// holdout-a ha-008, ha-023).
/// </summary>
public class NinthRoundRejectionTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    // ---- MeetingRule ----

    [Theory]
    [InlineData("局长办公会议由局办公室负责筹备，各科室应提前报送需提交会议研究的议题。")]
    [InlineData("会议通知应写明会议时间、地点、议程和参会人员，并于会议召开前2个工作日发送。")]
    [InlineData("每次例会召开后，由综合科负责整理会议记录并归档备查。")]
    [InlineData("专题会议根据工作需要不定期召开，由分管领导召集。")]
    [InlineData("会议实行签到制，若因特殊情况不能参会必须提前向主持人请假。")]
    public void How_a_meeting_is_run_is_a_standing_rule(string text)
    {
        Assert.Contains("MeetingRule", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Theory]
    // The meeting speaks: what it asks is handed over.
    [InlineData("会议要求，县机关事务中心要于12月20日前完成会议室改造。", "县机关事务中心")]
    // A unit whose name holds the meeting.
    [InlineData("联席会议办公室要于12月20日前修订联席会议工作规则。", "联席会议办公室")]
    // The meeting rule, but dated: this meeting, handed over now.
    [InlineData("全县安全生产工作会议由县应急管理局负责筹备，12月20日前发出会议通知。", "县应急管理局")]
    public void A_meeting_that_speaks_or_a_dated_meeting_keeps_the_task(string text, string lead)
    {
        Assert.DoesNotContain("MeetingRule", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual([lead]) && t.Deadline == Dec20);
    }

    [Fact]
    public void A_meeting_room_is_a_place_not_a_meeting()
    {
        var text = "会议室改造由县机关事务中心负责，12月20日前完工。";
        Assert.DoesNotContain("MeetingRule", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县机关事务中心"]) && t.Deadline == Dec20);
    }
}
