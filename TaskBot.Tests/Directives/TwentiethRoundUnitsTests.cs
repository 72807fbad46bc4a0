using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Unit boundaries of the twentieth round (label line eval/corpus/relabels/r20-units.md, rule a): 各X各Y written with no
/// separator is one generic addressee, as 各地各部门 is; written with a separator it is two. Made-up examples of the
/// shape, and counter-tests where the pair must stay split.
/// </summary>
public class TwentiethRoundUnitsTests
{
    // Rule GenericPairIsOneAddressee (UnitGrammar.SplitJoined): no separator, one generic addressee as written.
    [Theory]
    [InlineData("各乡镇各部门要在12月20日前完成安全隐患排查整改。", "各乡镇各部门")]
    [InlineData("各部门各单位要在12月20日前报送年度工作总结。", "各部门各单位")]
    [InlineData("各街道各部门要在12月20日前完成数据资源目录编制。", "各街道各部门")]
    [InlineData("各社区各职能部门要在12月20日前完成网格力量配备。", "各社区各职能部门")]
    [InlineData("各地各部门要在12月20日前完成自查。", "各地各部门")]
    // Counter-tests: written with a separator (、, 和), the pair is two addressees.
    [InlineData("各乡镇、各部门要在12月20日前完成安全隐患排查整改。", "各乡镇、各部门")]
    [InlineData("各乡镇和各部门要在12月20日前完成安全隐患排查整改。", "各乡镇、各部门")]
    public void A_generic_pair_without_a_separator_is_one_addressee(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal(lead, string.Join("、", t.Lead));
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void A_generic_pair_asked_after_qing_is_one_addressee()
    {
        var t = Single("请各乡镇各单位于12月20日前将自查报告报县政府办公室。");
        Assert.Equal(["各乡镇各单位"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void A_body_of_a_named_unit_with_ge_stays_one_name()
    {
        // "市指挥部各工作组": no generic pair (the first name has no 各), one name as before.
        Assert.Equal(["市指挥部各工作组"], Single("市指挥部各工作组要在12月20日前完成督导检查。").Lead);
    }
}
