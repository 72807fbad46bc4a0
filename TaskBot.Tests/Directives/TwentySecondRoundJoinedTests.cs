using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-second round, family "leads wrong" (the predicted lead is another unit set than the label's), sub-family
/// "a joined list member is dropped": in "A和B…" / "A及B…" the list reader went on past the joiner only when a modal
/// followed B (rule ListTailBeforeModal), so B was lost before a verb ("各镇和相关单位抽调…"), after 请 / 要求 ("请各责任
/// 单位和镇街把…") or where B is a relative body ("各相关部门和涉及的乡镇…"). Rule JoinedNameGoesOnList
/// (ClauseReading.ReadUnitList): after a unit of a subject or addressee list, 和 / 及 and a name the grammar reads as a
/// unit, or a body word (部门, 单位, 乡镇, 街道, 社区, 镇街) with or without a quantifier, go on with the list whatever
/// verb follows (conventions: split lists on 、，和 及; several units before one verb are joint leads).
/// Not 与 (与X对接 names a partner), not an adverb (及时). Gate against main e25266a: train fixed nt-051, tasks +5
/// (nt-051 ×2, hb-017, r9l-020, r14l-009), regressed none; validation and shared unchanged.
/// </summary>
public class TwentySecondRoundJoinedTests
{
    [Theory]
    [InlineData("会议要求，各村和有关单位抽调专人，12月20日前完成排查。", new[] { "各村", "有关单位" })]
    [InlineData("请各乡镇和镇街把秸秆禁烧作为当前重点工作，12月20日前报送巡查台账。", new[] { "各乡镇", "镇街" })]
    [InlineData("会议要求，县交通局和涉及的乡镇要明确任务，确保12月20日前完成路基施工。", new[] { "县交通局", "涉及的乡镇" })]
    [InlineData("县住建局及各街道抽调人员组成检查组，12月20日前完成燃气隐患排查。", new[] { "县住建局", "各街道" })]
    public void A_name_after_he_or_ji_goes_on_with_the_list(string text, string[] leads)
    {
        var task = Assert.Single(Parse(text));
        Assert.Equal(leads, task.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), task.Deadline);
    }

    /// <summary>Counter-test: 及时 after a unit is an adverb, not a joiner; the unit leads alone.</summary>
    [Fact]
    public void An_adverb_that_starts_with_ji_joins_nothing()
    {
        var task = Single("县水利局及时组织人员排查隐患，12月20日前完成整改。");
        Assert.Equal(["县水利局"], task.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), task.Deadline);
    }

    /// <summary>Counter-test: a longer name that starts with a body word (街道办事处) is never cut to the bare body word.</summary>
    [Fact]
    public void A_longer_name_after_the_joiner_is_not_cut_to_its_body_word()
    {
        var task = Single("县城管局和街道办事处抽调人员，12月20日前完成占道经营整治。");
        Assert.Equal("县城管局", task.Lead[0]);
        Assert.DoesNotContain("街道", task.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), task.Deadline);
    }

    /// <summary>Counter-test: the object of the work after 和 is no unit ("加强部门和乡镇的沟通" is the work asked).</summary>
    [Fact]
    public void A_joiner_inside_the_work_adds_no_unit()
    {
        var task = Single("县农业农村局要在12月20日前完成种植结构和补贴政策的调整。");
        Assert.Equal(["县农业农村局"], task.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), task.Deadline);
    }
}
