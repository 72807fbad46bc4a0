using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// The non-directive families of this round, each with the directives that use the same words and must keep their
/// tasks: a unit announcing its own plan (X将…), the agenda of a meeting (会议审议…), 要求 as a noun (目标要求).
/// </summary>
public class NonDirectiveFamilyTests
{
    /// <summary>The sentence rules that set a sentence of the text aside, as `parse --explain` reports them.</summary>
    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    [Theory]
    [InlineData("区人民政府办公室将对各项工作目标任务的落实情况进行全程跟踪督办，并适时通报有关办理落实情况。")]
    [InlineData("区政府将组织相关部门对环保目标任务完成情况进行考评，考评结果纳入年度目标考核。")]
    [InlineData("对于大家提出的意见和建议，宁津县交通运输局将进行整理并认真研究，进一步修改和完善。")]
    [InlineData("村党支部书记是第一责任人，镇党委将定期不定期组织检查督查，抓好工作的落实和推进。")]
    [InlineData("广元市科技局将组织行业专家对需求进行论证，遴选出关键核心技术。")]
    public void A_unit_telling_what_it_will_do_hands_nothing_over(string text) => Assert.Empty(Parse(text));

    [Theory]
    // 将 as 把: the thing is put somewhere, the unit is told to put it.
    [InlineData("各责任单位将办理工作纳入本单位绩效目标管理。", "各责任单位")]
    [InlineData("各责任单位将办理工作纳入本单位绩效目标管理，确保各项工作任务有力有序推进。", "各责任单位")]
    // A deadline makes the plan a commitment to track.
    [InlineData("县政府办公室将定期开展工作调度，每季度汇总一次工作进展并向县政府报告。", "县政府办公室")]
    [InlineData("点军区分局将进一步总结经验，力争至2027年底发证率达到90%以上。", "点军区分局")]
    // A modal asks.
    [InlineData("县住建局将于12月20日前完成验收，各乡镇要积极配合。", "县住建局")]
    public void A_unit_with_jiang_that_is_told_or_dated_keeps_its_task(string text, string lead)
    {
        Assert.DoesNotContain("UnitOwnPlan", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual([lead]));
    }

    /// <summary>The words of one list as the lexicon file holds them (FutureAfterJiang also folds in the verb lists).</summary>
    static TheoryData<string> FileList(string name)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(DirectiveLexicon.DefaultPath));
        var data = new TheoryData<string>();
        foreach (var w in doc.RootElement.GetProperty(name).EnumerateArray()) data.Add(w.GetString()!);
        return data;
    }

    public static TheoryData<string> FutureWords => FileList("futureAfterJiang");

    /// <summary>Every word after 将 that makes it the future: the unit's own plan drops, an order with 要将 stays.</summary>
    [Theory, MemberData(nameof(FutureWords))]
    public void Jiang_before_a_future_word_is_a_plan_unless_asked(string word)
    {
        if (Lexicon.ReportTriggers.Contains(word)) return;   // 将提请…: 将 puts something before a body, a 把 (IsDisposal)
        Assert.Contains("UnitOwnPlan", RulesFor($"区政府办公室将{word}对重点项目开展督查。"));
        Assert.DoesNotContain("UnitOwnPlan", RulesFor($"区政府办公室要将{word}督查的结果于12月20日前报区政府。"));
    }

    public static TheoryData<string> DisposalTargets => LexiconFamilyTests.Words(l => l.DisposalTargets);

    /// <summary>Every disposal target makes 将 the 把 of an order, never the unit's announcement.</summary>
    [Theory, MemberData(nameof(DisposalTargets))]
    public void Jiang_with_a_disposal_target_is_no_announcement(string target) =>
        Assert.DoesNotContain("UnitOwnPlan", RulesFor($"县财政局将专项资金{target}乡镇统筹使用范围。"));

    [Theory]
    [InlineData("会议审议并原则同意《县政协常委会工作报告(草稿)》，待进一步修改后提请全会审议通过。")]
    [InlineData("会议听取并原则同意关于第二轮疫苗接种相关工作的情况汇报。")]
    [InlineData("会议审议《政府工作报告》(修改稿)，研究网格化、粮食和物资储备等有关工作，并对疫情防控等工作进行安排部署。")]
    [InlineData("会议对全县乡镇党委换届工作进行具体安排。")]
    public void The_agenda_of_a_meeting_is_framing(string text) => Assert.Empty(Parse(text));

    [Theory]
    [InlineData("会议研究决定，由县财政局牵头，12月20日前完成预算调整方案。", "县财政局")]
    [InlineData("会议审议《县政协常委会工作报告(草稿)》，县政府办公室要于12月20日前修改完善。", "县政府办公室")]
    [InlineData("会议听取了县住建局的汇报，请县住建局于12月20日前完成整改。", "县住建局")]
    public void An_agenda_sentence_that_asks_keeps_its_task(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory]
    [InlineData("会上，区医保局就城乡居民医保参保缴费政策进行解读，区税务局、区农业农村局分别提出相关工作要求。")]
    [InlineData("会议对换届工作进行具体安排，明确了具体时间节点、工作程序和工作要求。")]
    [InlineData("我局将始终紧扣党代会报告提出的目标要求，持续推进老旧小区改造。")]
    public void Requirement_as_a_noun_asks_nothing(string text) => Assert.Empty(Parse(text));

    public static TheoryData<string> RequirementModifiers => LexiconFamilyTests.Words(l => l.RequirementNounModifiers);

    /// <summary>The counter-test of every modifier: before a colon 要求 introduces what is asked, and a modal still asks.</summary>
    [Theory, MemberData(nameof(RequirementModifiers))]
    public void A_requirement_noun_never_deletes_what_is_asked(string modifier)
    {
        var colon = Parse($"会上，县长提出{modifier}要求：县财政局在12月20日前完成预算调整方案。");
        Assert.Contains(colon, t => t.Lead.SequenceEqual(["县财政局"]) && t.Deadline == new DateOnly(2026, 12, 20));
        var modal = Single($"会议听取了汇报，对照{modifier}要求，县财政局要在12月20日前完成整改。");
        Assert.Equal(["县财政局"], modal.Lead);
    }

    [Fact]
    public void A_requirement_reported_with_de_is_still_a_requirement()
    {
        // "按照…的要求" reports what was asked of the towns: the narrative of 汇报了 does not drop it.
        Assert.DoesNotContain("PerfectiveReport", RulesFor("相关乡镇汇报了项目进展情况，并按照2027年3月31日前在建项目完工的要求，倒排施工工期。"));
    }
}
