using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Lead-unit rules of the thirteenth round (conventions: a verb or role word is never part of a unit name; units
/// where a unit stands, after 由/请/要求). Each rule has made-up examples of its shape and counter-tests where it must
/// not change anything; each word added to the lexicon is also covered by its family's test in WordFamilyCoverageTests.
///
/// - CausalConnectiveOpensClause (lexicon clauseOpeners: 因此, 所以, 为此, 因而): a causal connective that opens a clause
///   is read as a clause opener, never as the first word of the subject's name. Fixes r10l-016 (所以各学院(部)必须…)
///   and r12s-075 (所以各相关科室务必在7月底之前…).
/// </summary>
public class ThirteenthRoundLeadsTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    // Rule CausalConnectiveOpensClause.
    [Theory]
    [InlineData("自评报告问题部分不少于三分之一，所以各学院要在12月20日前补充整改举措。", "各学院", "整改举措")]
    [InlineData("前期排查仍有遗漏，因此各乡镇(街道)务必于12月20日前完成复查。", "各乡镇(街道)", "复查")]
    [InlineData("为此，县财政局要在12月20日前完成专项资金拨付。", "县财政局", "专项资金拨付")]
    [InlineData("部分项目进度滞后，因而各有关单位必须在12月20日前报送整改方案。", "各有关单位", "整改方案")]
    public void A_causal_connective_is_no_part_of_the_subject_after_it(string text, string lead, string work)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
        Assert.Contains(work, t.Deliverable);
    }

    // Counter-tests: a unit that holds 所 before 以 keeps its name, and a connective inside a clause changes nothing.
    [Theory]
    [InlineData("城关派出所要在12月20日前完成辖区重点人员排查。", "城关派出所")]
    [InlineData("县统计局要在12月20日前查明数据差异产生的原因，并据此整改。", "县统计局")]
    public void A_unit_name_near_a_connective_keeps_its_name(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }
}
