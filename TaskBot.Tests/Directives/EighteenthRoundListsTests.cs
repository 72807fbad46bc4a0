using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Eighteenth round, list structure: a short requirement of nobody's that opens its sentence ("要强化统筹协调，各部门要…")
/// is the heading of what the units named right after it are asked, no task of its own (rule HeadingBeforeUnitsJoinsThem);
/// and when those units are the ones asked just before, they open one more requirement of theirs, not more words of the
/// task before (rule RenamedUnitsAskAgain, after such a heading).
/// Rule OrdinalHeadingIsNoTask, extended: a numbered heading that carries the units the list was asked of ("二要提高站位，
/// 明确分工。各单位要…") gives way to the units the next sentence names of its own; an ordinal opens a heading as 要 does
/// ("二是坚决做好食品安全隐患排查，各类学校要…").
/// Train hb-028, r6l-017 fixed, none regressed (net +2; mn-067 kept by the RenamedUnitsAskAgain extension); validation
/// net +1 (holdout-p extra tasks 26 -> 24, lead exact 56.8 -> 57.4).
/// </summary>
public class EighteenthRoundListsTests
{
    static IReadOnlyList<string> GroupingRulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Grouping);

    // ---- HeadingBeforeUnitsJoinsThem ----

    [Fact]
    public void A_heading_before_the_units_in_its_sentence_is_theirs()
    {
        var text = "施工单位要倒排工期，制定详细的施工计划。要强化统筹协调，各部门要加强沟通协作，全力推进公路改建工程，确保早日建成通车。";
        Assert.Contains("HeadingBeforeUnitsJoinsThem", GroupingRulesFor(text));
        var tasks = Parse(text);
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["施工单位"], tasks[0].Lead);
        Assert.Equal(["各部门"], tasks[1].Lead);
    }

    [Fact]
    public void A_numbered_heading_before_the_units_is_theirs()
    {
        var tasks = Parse("会议要求，一要强化保障，县财政局要在12月20日前拨付资金。二要全力推进，各工作专班要紧盯目标任务，压茬推进。");
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["县财政局"], tasks[0].Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), tasks[0].Deadline);
        Assert.Equal(["各工作专班"], tasks[1].Lead);
    }

    [Fact]
    public void A_heading_does_not_stay_with_the_units_of_the_sentence_before()
    {
        var tasks = Parse("各乡镇要在12月20日前完成隐患排查。要强化统筹协调，县住建局要加强业务指导。");
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["各乡镇"], tasks[0].Lead);
        Assert.Equal(["县住建局"], tasks[1].Lead);
    }

    [Fact]
    public void The_same_units_after_a_heading_open_another_requirement()
    {
        // mn-067 shape: "…；要切实担起工作职责，各部门要…" is a second requirement of 各部门, not more of the first.
        var text = "要增强工作的紧迫感，各部门要主动联系企业，对企业进行一次拉网式走访；要切实担起工作职责，各部门要及时与上级业务部门沟通对接，"
                   + "严格按照联系人制度开展工作。";
        Assert.Contains("RenamedUnitsAskAgain", GroupingRulesFor(text));
        var tasks = Parse(text);
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(["各部门"], t.Lead));
    }

    [Fact]
    public void A_requirement_in_the_middle_of_a_series_stays_a_task()
    {
        // Counter-test (r6l-014 shape): "…，要切实强化应急队伍建设，各督查组要…" is one more job of the units asked before.
        var text = "各乡镇要强化宣传，要继续做好秸秆清运，要切实强化应急队伍建设，各督查组要深入乡镇开展巡查。";
        Assert.DoesNotContain("HeadingBeforeUnitsJoinsThem", GroupingRulesFor(text));
        var tasks = Parse(text);
        Assert.Equal(4, tasks.Count);
        Assert.Equal(["各乡镇"], tasks[2].Lead);
        Assert.Equal(["各督查组"], tasks[3].Lead);
    }

    [Fact]
    public void A_heading_with_a_pace_word_stays_a_task()
    {
        // Counter-test: "要立即开展隐患排查" is a job with its pace, not a heading.
        var tasks = Parse("县财政局要做好资金保障。要立即开展隐患排查，县住建局要加强业务指导。");
        Assert.Equal(3, tasks.Count);
        Assert.Equal("立即", tasks[1].DeadlineText);
        Assert.Equal(["县住建局"], tasks[2].Lead);
    }

    [Fact]
    public void A_long_opening_clause_names_work_of_its_own()
    {
        // Counter-test: past 16 characters the clause names its own work.
        var tasks = Parse("县财政局要做好资金保障。要在全县范围内开展一次燃气安全隐患全面排查整治，县住建局要加强业务指导。");
        Assert.Equal(3, tasks.Count);
        Assert.Equal(["县住建局"], tasks[2].Lead);
    }

    // ---- OrdinalHeadingIsNoTask with the list's units carried ----

    [Fact]
    public void A_numbered_heading_carrying_the_lists_units_gives_way_to_units_named_next()
    {
        var text = "曾庆伟指出，一要思想不松，力度不减。各乡镇、各单位要高度重视网上材料申报，做好各项报送工作。二要提高站位，明确分工。"
                   + "各单位要明确专人负责材料报送。";
        Assert.Contains("OrdinalHeadingIsNoTask", GroupingRulesFor(text));
        var tasks = Parse(text);
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["各乡镇", "各单位"], tasks[0].Lead);
        Assert.Equal(["各单位"], tasks[1].Lead);
    }

    [Fact]
    public void A_numbered_heading_before_other_units_is_no_task_but_a_heading_spelled_out_for_nobody_is()
    {
        // r10l-003 shape: 二要 is spelled out by a sentence naming nobody (a task); 三要 by 市直有关部门 (their heading).
        var tasks = Parse("会议要求，一要理清底数。宜秀区要对所有在建还建房逐一梳理，建立台账。二要加快进度。要紧盯目标任务，加强定期调度。"
                          + "三要加强保障。市直有关部门要加大支持力度，加强要素保障。");
        Assert.Equal(3, tasks.Count);
        Assert.Equal(["市直有关部门"], tasks[2].Lead);
    }

    [Fact]
    public void An_ordinal_opens_a_heading_before_units_as_a_modal_does()
    {
        // r6l-017 shape.
        var text = "会议要求，市场监管部门要做到三个坚决：一是坚决完善机制制度建设，落实好食品安全副校长制度。"
                   + "二是坚决做好食品安全隐患排查，各类学校要按时完成食品安全自查自纠。";
        Assert.Contains("HeadingBeforeUnitsJoinsThem", GroupingRulesFor(text));
        var tasks = Parse(text);
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["市场监管部门"], tasks[0].Lead);
        Assert.Equal(["各类学校"], tasks[1].Lead);
    }

    [Fact]
    public void A_numbered_heading_before_the_same_units_named_again_is_left_as_it_was()
    {
        // Counter-test: the units named next are those the heading carried; the extension does not take it.
        var tasks = Parse("会议要求，各乡镇要做好以下工作。一要抓好秸秆清运，确保12月20日前清运完毕。二要抓好防火巡查。各乡镇要组织巡查队伍每日巡查。");
        Assert.Equal(3, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(["各乡镇"], t.Lead));
    }
}
