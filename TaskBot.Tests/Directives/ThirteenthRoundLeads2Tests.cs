using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Lead-unit rules of the thirteenth round, second leads helper (conventions: units where a unit stands, after
/// 由/请/会同/要求; generic addressees are units too). Each rule has made-up examples of its shape and counter-tests
/// where it must not change anything.
///
/// - AskedUnitsOpenTheList (Grouping.Witness, the units the list's entries inherit via ListEntryIsAsked): a clause that
///   opens with 要求 / 请 itself ("同时要求各乡镇：", "请各单位："; no speaker, so no cue) names the units asked just as a
///   cue does ("县长要求各镇："); when the numbered list after it is asked (StatementIntroAsksList), each entry that
///   names nobody is theirs. Fixes ha-077 (同时要求各乡镇：1、…: three tasks' lead 各乡镇) and nt-076 (请各单位…：
///   …电子版 task's lead 各单位). score-dev: notices lead 82.6→83.0, all 77.5→78.0, f1 86.7→86.9; holdout-a lead
///   70.0→71.2, all 65.8→67.1, f1 66.5→67.6 (measured on top of AskedUnitsAfterAskingVerb, dropped at merge: each of its two
///   parts fixed one document only); nothing else changed, no item regressed.
/// </summary>
public class ThirteenthRoundLeads2Tests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    // Rule AskedUnitsOpenTheList.
    [Theory]
    [InlineData("为做好冬春救助工作，县里下拨救助资金。同时要求各乡镇：\n1、加强领导，制定救助措施；\n2、12月20日前完成困难群众摸底。", "各乡镇")]
    [InlineData("现将有关事项通知如下，请各单位：\n1、认真组织项目申报；\n2、12月20日前报送申报材料。", "各单位")]
    public void Units_asked_before_a_list_lead_its_entries(string text, string lead)
    {
        var tasks = Parse(text);
        Assert.Equal(2, tasks.Count);
        foreach (var t in tasks) Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, tasks[1].Deadline);
    }

    // Counter-test: a list asked by a cue that names nobody stays without a lead.
    [Fact]
    public void A_list_asked_of_nobody_keeps_an_empty_lead()
    {
        var tasks = Parse("会议要求：\n1、加强领导，制定救助措施；\n2、12月20日前完成困难群众摸底。");
        Assert.NotEmpty(tasks);
        foreach (var t in tasks) Assert.Empty(t.Lead);
    }
}
