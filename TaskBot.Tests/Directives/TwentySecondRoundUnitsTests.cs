using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-second round, family "lead empty where the label names units", reason "a generic addressee with its scope
/// written before 各": rule ScopeBeforeGenericBody (UnitGrammar.GenericBodyAt) read "全县各中小学" but not a scope of
/// ownership or area ("区属各小学", "县直属各学校", "辖区各村居要…"), so the generic body after it (小学, 村居: no unit
/// suffix) was lost and the task kept an empty lead. The scope is now read as 全县 is and stays in the name as written
/// (conventions: unit names are reported exactly as written; generic addressees are units too). Rule GenericBodyCell
/// (Blocks): a table row's unit cell that is only such a name ("| 區屬各小學 |") is a unit cell, as "| 各乡镇 |" is; in
/// a sentence the name needs a modal after it, a cell between bars has none.
/// Gate against main e25266a (with TiqianFollowsUnit): train fixed r14s-046 and r8s-043 (two documents), tasks +2;
/// regressed none; extra tasks unchanged; validation silent; shared unchanged.
/// </summary>
public class TwentySecondRoundUnitsTests
{
    [Theory]
    // The family's shape: a scope of ownership or area, 各, a body word with no unit suffix, then the ask.
    [InlineData("区属各小学要在12月20日前完成校舍安全隐患排查。", "区属各小学")]
    [InlineData("镇政府要求辖区各村居要在12月20日前完成独居老人走访。", "辖区各村居")]
    [InlineData("县直属各学校于12月20日前将消防演练总结报县教育局。", "县直属各学校")]
    public void A_scoped_generic_body_leads(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
    }

    [Theory]
    // The table-row shape: the unit cell after the work cell holds only the scoped generic body.
    [InlineData("| 1 | 完成教室多媒体设备检修 | 县属各学校 | 12月20日前 |", "县属各学校")]
    [InlineData("12月1日—12月20日 | 对辖区内适龄儿童摸底 编制上报招生计划 | 区属各小学 |", "区属各小学")]
    public void A_scoped_generic_body_cell_is_the_rows_unit(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
    }

    [Theory]
    // Counter-tests: 各 and a classifier after a scope (各类, 各项) is no body, in a sentence or in a cell; the task stays
    // with its date and no lead.
    [InlineData("辖区各类问题要在12月20日前整改到位。")]
    [InlineData("区属各项工作要在12月20日前完成。")]
    [InlineData("| 1 | 完成教室多媒体设备检修 | 各项工作 | 12月20日前 |")]
    public void A_classifier_after_a_scope_names_no_body(string text)
    {
        var t = Single(text);
        Assert.Empty(t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
    }
}
