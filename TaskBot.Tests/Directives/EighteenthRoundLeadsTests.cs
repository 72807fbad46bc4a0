using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Lead-unit rules of the eighteenth round (conventions: a verb or role word is never part of a unit name; units are
/// often written without a suffix or as a body: 工作专班, XX工作领导小组…). Each rule has made-up examples of its shape
/// and counter-tests where it must not change anything; each word added to the lexicon is also covered by its family's
/// generated test (A_topic_word_never_starts_a_unit_and_the_task_stays, Every_unit_suffix_makes_an_unseen_name_a_unit).
///
/// - PredicateOpensNoName (UnitGrammar.FindUnitAt) with lexicon notNameStarts 充分, 努力, 坚定, 到 and rule YiOpensNoName
///   (以, not 以上 / 以下): the name shapes read before the suffix window (a bracketed body, levels, a place…) start a name
///   only where a name can start; a verb, an adverb or a preposition there is the clause's predicate. A village or a
///   township (村, 镇, 乡) is never named for a verb, so 确保村(社区), 指导村(社区) are no office names as 考核办 is.
///   Train: r6a-066 (坚定完成市委市政府…), r8s-046 (到二级分院(部)团总支办理注册), r14d-034 (以及厨房、机房…).
/// - ApprovalByUnitHead: 经 + a body + its head (主要负责人, 主任…) is the report's approval step; 经 is no part of a name
///   and the unit that reports stays the lead. Train: r13s-147 (经村主要领导审核签名后…).
/// - AdverbThenModalFollows gains 仍 ("各地仍要继续做好…": 各地, not 各地仍).
/// - TaskForceAsManner (UnitGrammar.BareBodyAt): bare 专班 + an action verb (专班跟进, 专班推进) says how the work is run,
///   not who runs it. Train: r14l-007 (five tasks lost their spurious lead 专班).
/// - SuffixOpensOnGrammarWord (UnitGrammar.IsStop) with lexicon unitSuffixes 督导组, 巡察组: a suffix that opens on a
///   grammar word and covers it (督导组 holds 督导) ends the name. Train: mn-016 (安委会督导组), r8s-074
///   (市“五位一体”督导组), r14l-019 (县委巡察工作督导组, joint lead with 组织部).
/// - School bodies: unitSuffixes 分会, 系部 and standalone 各系. Train: r10s-092 (各工会分会).
/// </summary>
public class EighteenthRoundLeadsTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    // Rule PredicateOpensNoName: the verb, adverb or preposition before a body is no part of its name.
    [Theory]
    [InlineData("要切实抓好换届准备，确保村(社区)“两委”换届工作在12月20日前全面完成。")]
    [InlineData("要指导村(社区)开展人居环境整治，12月20日前完成验收。")]
    [InlineData("要充分发挥下属事业单位和各辖市区的力量，在12月20日前做好科技项目申报工作。")]
    [InlineData("要以本单位内设机构和人员为评选对象，在12月20日前完成推荐。")]
    [InlineData("要坚定完成市委市政府年度招商引资目标任务，12月20日前完成签约。")]
    public void A_predicate_before_a_body_opens_no_unit_name(string text)
    {
        var tasks = Parse(text);
        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.Empty(t.Lead));
        Assert.Contains(tasks, t => t.Deadline == Dec20);
    }

    // Counter-tests: 以上 names the units before it, an office named for its work keeps its verb, a unit after the
    // predicate is still read, and 到 as "by" is a deadline, not a name.
    [Theory]
    [InlineData("以上责任单位要在12月20日前完成整改。", "以上责任单位")]
    [InlineData("县考核办要在12月20日前完成年度考核。", "县考核办")]
    [InlineData("各乡镇要加强重点场所检查，以及厨房、机房等重点部位，12月20日前完成排查。", "各乡镇")]
    [InlineData("到12月20日前，各乡镇要完成危房排查。", "各乡镇")]
    [InlineData("县财政局要到各乡镇核查资金使用情况，12月20日前完成。", "县财政局")]
    public void A_name_near_a_predicate_word_keeps_its_unit(string text, string lead)
    {
        var tasks = Parse(text);
        Assert.Contains(tasks, t => t.Lead.SequenceEqual([lead]) && t.Deadline == Dec20);
        Assert.All(tasks, t => Assert.DoesNotContain(t.Lead, u => u.StartsWith("以及") || u.StartsWith("到")));
    }

    // Rule ApprovalByUnitHead.
    [Theory]
    [InlineData("各村要形成书面报告，经村主要领导审核签名后，于12月20日前报送镇水利所。", "各村")]
    [InlineData("各单位要认真总结，经单位主要负责同志审核把关后，于12月20日前报县政府督查室。", "各单位")]
    [InlineData("各分工会要做好总结，经本组织工会主要负责人签字同意后，于12月20日前报送校工会。", "各分工会")]
    public void The_head_who_approves_a_report_is_no_unit_and_the_reporting_unit_leads(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Empty(t.Co);
        Assert.Equal(Dec20, t.Deadline);
    }

    // Counter-tests: a name that opens with 经 stays a name.
    [Theory]
    [InlineData("经济开发区管委会主任要在12月20日前完成项目验收。", "经济开发区管委会")]
    [InlineData("经开区要在12月20日前完成项目验收。", "经开区")]
    public void A_name_that_opens_with_jing_stays_a_name(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    // Rule AdverbThenModalFollows with 仍.
    [Theory]
    [InlineData("应急响应终止后，各地仍要继续做好日常防汛管理工作，12月20日前完成隐患排查。", "各地")]
    [InlineData("县水利局仍要做好值班值守，12月20日前完成水毁工程修复。", "县水利局")]
    public void Reng_after_a_unit_is_no_part_of_its_name(string text, string lead)
    {
        var tasks = Parse(text);
        Assert.Contains(tasks, t => t.Lead.SequenceEqual([lead]));
        Assert.All(tasks, t => Assert.DoesNotContain(t.Lead, u => u.EndsWith("仍")));
    }

    // Rule TaskForceAsManner.
    [Fact]
    public void A_bare_task_force_before_a_verb_says_how_the_work_is_run()
    {
        var tasks = Parse("要以更大力度抓实招商引资，紧盯前期线索，专班跟进、重点对接，12月20日前推动意向项目签约。要增收节支，盘活存量资产。");
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Empty(t.Lead));
    }

    // Counter-tests: a task force named as the subject leads.
    [Theory]
    [InlineData("工作专班要在12月20日前完成项目清单梳理。", "工作专班")]
    [InlineData("专班要在12月20日前完成项目清单梳理。", "专班")]
    [InlineData("专班负责在12月20日前完成项目清单梳理。", "专班")]
    public void A_task_force_as_subject_leads(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    // Rule SuffixOpensOnGrammarWord with 督导组 / 巡察组.
    [Theory]
    [InlineData("安委会督导组要在12月20日前完成安全生产督导检查。", new[] { "安委会督导组" })]
    [InlineData("组织部和县委巡察工作督导组要在12月20日前对反馈问题进行联合督导。", new[] { "组织部", "县委巡察工作督导组" })]
    [InlineData("市委第三巡察组要在12月20日前完成反馈意见整理。", new[] { "市委第三巡察组" })]
    [InlineData("县政府督查组要在12月20日前完成督查。", new[] { "县政府督查组" })]
    public void An_inspection_team_named_for_its_work_is_one_unit(string text, string[] leads)
    {
        var t = Single(text);
        Assert.Equal(leads, t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    // Counter-tests: the oversight verb before another unit still ends the name before it.
    [Theory]
    [InlineData("县财政局要督导各乡镇在12月20日前完成资金拨付。", "县财政局")]
    [InlineData("县应急管理局要督促指导各乡镇在12月20日前完成隐患排查。", "县应急管理局")]
    public void An_oversight_verb_before_a_unit_still_ends_the_name(string text, string lead)
    {
        var tasks = Parse(text);
        Assert.Contains(tasks, t => t.Lead.Contains(lead) && t.Deadline == Dec20);
        Assert.All(tasks, t => Assert.DoesNotContain(t.Lead, u => u.Contains("督导各") || u.Contains("督促")));
    }

    // School bodies: 分会, 系部, 各系.
    [Theory]
    [InlineData("各工会分会要于12月20日前提交提案。", "各工会分会")]
    [InlineData("各系部要在12月20日前完成教材征订。", "各系部")]
    [InlineData("请各系于12月20日前将毕业论文选题汇总表报教务处。", "各系")]
    public void A_school_body_is_a_unit(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    // Counter-tests: words that only contain those bodies.
    [Theory]
    [InlineData("各学院要在12月20日前完善质量保障体系，联系教务处组织验收。", "各学院")]
    [InlineData("县总工会要在12月20日前完成分会换届工作的指导。", "县总工会")]
    public void A_word_holding_a_school_body_is_no_unit(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }
}
