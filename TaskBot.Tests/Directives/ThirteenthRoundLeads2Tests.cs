using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Lead-unit rules of the thirteenth round, second leads helper (conventions: units where a unit stands, after
/// 由/请/会同/要求; generic addressees are units too). Each rule has made-up examples of its shape and counter-tests
/// where it must not change anything.
///
/// - AskedUnitsAfterAskingVerb (ClauseReading: the opener branch after AddresseeBeforeAttitude, and CountedUnits in
///   ReadUnitList): the units right after the asking verb 要求 / 请 / 责成 are the ones asked, whatever opened the
///   clause. (a) When 要求 ends the clause's opener ("会议要求…"), the addressee readers read them, as after a bare
///   要求, so a generic name is named whatever verb (仔细对照) follows it. Fixes r10s-041 (会议要求各级各部门仔细对照
///   测评标准 → 各级各部门, item exact). (b) A count of bodies right after 要求 is the one asked, as where a subject
///   stands (rule CountedUnits). Fixes ha-056 (要求20个专业委员会全面开展…: two tasks' lead 20个专业委员会).
///   score-dev: r10-singles lead 72.1→73.8, all 62.3→63.9, f1 77.4→78.5; holdout-a lead 69.2→70.0, all 65.0→65.8,
///   f1 65.7→66.5 (extra_tasks 45→46); nothing else changed, no item regressed.
/// - AskedUnitsOpenTheList (Grouping.Witness, the units the list's entries inherit via ListEntryIsAsked): a clause that
///   opens with 要求 / 请 itself ("同时要求各乡镇：", "请各单位："; no speaker, so no cue) names the units asked just as a
///   cue does ("县长要求各镇："); when the numbered list after it is asked (StatementIntroAsksList), each entry that
///   names nobody is theirs. Fixes ha-077 (同时要求各乡镇：1、…: three tasks' lead 各乡镇) and nt-076 (请各单位…：
///   …电子版 task's lead 各单位). score-dev: notices lead 82.6→83.0, all 77.5→78.0, f1 86.7→86.9; holdout-a lead
///   70.0→71.2, all 65.8→67.1, f1 66.5→67.6; nothing else changed, no item regressed.
/// </summary>
public class ThirteenthRoundLeads2Tests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    // Rule AskedUnitsAfterAskingVerb (a): the opener ends in 要求, a generic addressee and a verb in no follower list.
    [Theory]
    [InlineData("会议要求各级各部门仔细对照整改清单，于12月20日前完成问题整改。", "各级各部门", "问题整改")]
    [InlineData("会议要求各有关单位仔细核对申报材料，12月20日前报送县发改局。", "各有关单位", "报送")]
    public void Units_after_an_opener_ending_in_yaoqiu_are_those_asked(string text, string lead, string work)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
        Assert.Contains(work, t.Deliverable);
    }

    // Rule AskedUnitsAfterAskingVerb (b): a count of bodies right after 要求.
    [Theory]
    [InlineData("要求3个专项工作组全面开展明查暗访，12月20日前报送督查报告。", "3个专项工作组")]
    [InlineData("要求5个专业委员会全面开展隐患排查，12月20日前报送排查台账。", "5个专业委员会")]
    public void A_count_of_bodies_after_yaoqiu_is_the_lead(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    // Counter-tests: no unit after 要求 (an adverb, a count of days or months) leaves the lead empty; the task stays.
    [Theory]
    [InlineData("会议要求全面排查各村安全隐患，12月20日前完成整改。", "整改")]
    [InlineData("要求3个月内完成各村道路硬化，12月20日前报送进度。", "道路硬化")]
    public void No_unit_after_yaoqiu_leaves_the_lead_empty(string text, string work)
    {
        var tasks = Parse(text);
        Assert.NotEmpty(tasks);
        Assert.Empty(tasks[0].Lead);
        Assert.Contains(work, tasks[0].Deliverable);
    }

    // Counter-tests: a subject read already (会议要求，各部门…; an exhortative adverb after the name) is unchanged.
    [Theory]
    [InlineData("会议要求，各部门12月20日前完成自查。", "各部门")]
    [InlineData("会议要求各相关单位认真梳理存在问题，12月20日前报送整改方案。", "各相关单位")]
    [InlineData("会议要求两个工作专班全面梳理遗留问题，12月20日前拿出处置方案。", "两个工作专班")]
    public void A_subject_read_before_keeps_its_reading(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

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
