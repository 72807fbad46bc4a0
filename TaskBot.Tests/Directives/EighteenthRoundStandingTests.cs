using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Rule StandingRule by position (eighteenth round): a standing-rule marker (原则上, 视为, 逾期不, 会在 …) sets a sentence
/// aside only where it makes the sentence a standing rule. Where the same characters stand inside a name (工会在), inside a
/// bracketed aside, or qualify an ask to a named addressee, the ask keeps its task (the issue: a substring never deletes a
/// clause). Counter-tests: the rule's own shapes are still set aside.
/// </summary>
public class EighteenthRoundStandingTests
{
    [Theory]
    // 会在 where 会 ends a body's name: no "will" there.
    [InlineData("本组织工会在推荐评选中要坚持公开公正，推荐结果报校工会备案。", "本组织工会")]
    [InlineData("县总工会在全县开展职工技能竞赛，各乡镇工会要积极组织职工参赛。", "各乡镇工会")]
    // 原则上 inside a bracketed aside limits the ask; it is no rule of its own.
    [InlineData("请各成员单位结合职能报送揭榜任务(原则上每个成员单位不超过2个)。", "各成员单位")]
    public void A_marker_inside_a_name_or_an_aside_keeps_the_task(string text, string lead) =>
        Assert.Contains(Parse(text, "2026-12-01"), t => t.Lead.SequenceEqual([lead]));

    [Fact]
    public void Principle_before_a_dated_modal_still_asks() =>
        Assert.Contains(Parse("乡镇(场)原则上到2021年底要创建一个示范村。", "2021-03-01"), t => t.Deadline == new DateOnly(2021, 12, 31));

    [Theory]
    // The rule's own shapes: a consequence opening the sentence, a routine with its frequency, a standing time limit.
    [InlineData("逾期不报，视为自动放弃。")]
    [InlineData("原则上每季度召开一次联席会议。")]
    [InlineData("承办单位要积极作为，原则上10日内解决。")]
    [InlineData("没有明确报告时限的，公文一般在30日内办结，会议纪要一般在20日内办结。")]
    public void A_standing_rule_is_still_set_aside(string text) =>
        Assert.Empty(Parse(text, "2026-12-01"));
}
