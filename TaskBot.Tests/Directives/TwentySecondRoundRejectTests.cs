using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-second round, non-directives read as tasks (errs.py fp). Each shape was first counted in train, sentence by
/// sentence, labelled with tasks vs without; a rule was written only where its shape is labelled no task in at least
/// 80% of its train sentences, seen in two documents or more.
/// (1) RallyEnding (conventions: "exhortations with nothing to hand over"): a sentence whose last clause is a rally,
/// 为 + a cause + a rally ending (lexicon family rallyEndings: 而奋斗, 而努力奋斗, 而团结奋斗, 而不懈奋斗, 而共同奋斗, 而接续奋斗,
/// 继续奋斗). Train: of the four sentences so closed (four documents) none is a task of its own: r5m-089, r11s-009,
/// r13s-015 are labelled no task, r14l-001's label folds it into its list entry's task read from the sentences before
/// it (the rule removes an extra task there); 奋斗 as a modifier (奋斗目标, 奋斗姿态: r11l-024, r10s-079, labelled tasks) is no rally ending. A
/// calendar date or a dated limit in the sentence keeps the task.
/// (2) KindOfMatterAssigned (conventions: "standing procedural rules"): a kind of matter (a 的-phrase ending in 事项, 决定,
/// 决议) and, in one clause after it, 由 + the body that follows every such matter up (督办, 督查, 报告). Train: both
/// sentences of the shape (r12s-017, r12s-028; two documents, both rule systems) are labelled no task; the wider 由-shape
/// with a further clause or another opening (r12l-015, r14s-148: tasks) is not read. This text's own matters (本次, 此次),
/// a date, an order modal or a further clause keep the task.
/// </summary>
public class TwentySecondRoundRejectTests
{
    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    [Theory]
    [InlineData("2027年，全镇上下要坚持以高质量发展为主线，抢抓发展机遇，夯实发展基础，为建设宜居宜业和美乡镇而努力奋斗。")]
    [InlineData("会议要求，全乡各级党组织要以“起步就是冲刺”的姿态，真抓实干、奋勇争先，为推动全乡经济社会发展再上新台阶而团结奋斗。")]
    [InlineData("要迎难而上、攻坚克难，全力以赴打好全年收官战，为实现全年目标任务、推动全区高质量发展而努力奋斗！")]
    [InlineData("全体党员干部要牢记初心使命，为创造群众更加美好的生活继续奋斗。")]
    public void A_sentence_closed_by_a_rally_hands_nothing_over(string text)
    {
        Assert.Contains("RallyEnding", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_dated_job_before_the_rally_keeps_its_task()
    {
        var text = "全镇上下要坚持以高质量发展为主线，各村要于12月20日前完成人居环境整治验收，为建设宜居宜业和美乡镇而努力奋斗。";
        Assert.DoesNotContain("RallyEnding", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["各村"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void A_dated_limit_without_a_day_keeps_its_task()
    {
        var text = "县住建局要在年底前完成老旧小区改造，为建设幸福家园而努力奋斗。";
        Assert.DoesNotContain("RallyEnding", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 31), t.Deadline);
    }

    [Theory]
    [InlineData("各乡镇要对照年初确定的奋斗目标，在12月20日前完成危房改造验收。", "2026-12-20")]
    [InlineData("各乡镇要对照年初确定的奋斗目标，抓紧完成危房改造验收。", null)]
    public void Fendou_as_a_modifier_is_no_rally(string text, string? date)
    {
        Assert.DoesNotContain("RallyEnding", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(date, DateOf(t));
    }

    public static TheoryData<string> RallyWords => LexiconFamilyTests.Words(l => l.RallyEndings);

    /// <summary>The counter-test of every word of rallyEndings: a dated job before the rally keeps its task.</summary>
    [Theory, MemberData(nameof(RallyWords))]
    public void Every_rally_ending_after_a_dated_job_keeps_its_task(string word)
    {
        var text = $"县财政局要在12月20日前完成惠民资金拨付，为保障群众利益{word}。";
        Assert.DoesNotContain("RallyEnding", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["县财政局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory]
    [InlineData("3、涉及多个部门联合办理的督办事项，由牵头部门负责报告。")]
    [InlineData("6、局务会议的决定、决议由局办公室督办。")]
    [InlineData("(四)上级交办的事项由督查室负责督查。")]
    public void Who_follows_up_a_kind_of_matter_is_a_standing_rule(string text)
    {
        Assert.Contains("KindOfMatterAssigned", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    /// <summary>
    /// Counter-tests of KindOfMatterAssigned, one per word of its two code lists: this text's own matter (本次…事项/决定/
    /// 决议), a dated follow-up (督办/督查/报告 after a date), a further clause after the body: each keeps its task.
    /// </summary>
    [Theory]
    [InlineData("本次会议确定的事项，由县住建局于12月20日前报告。")]
    [InlineData("本次会议确定的决定，由县住建局于12月20日前报告。")]
    [InlineData("本次会议确定的决议，由县住建局于12月20日前报告。")]
    [InlineData("会议确定的事项，由县住建局于12月20日前督办。")]
    [InlineData("会议确定的事项，由县住建局于12月20日前督查。")]
    [InlineData("会议确定的事项，由县住建局于12月20日前报告。")]
    [InlineData("涉及多个部门的事项，由县住建局负责督办，12月20日前报县政府。")]
    [InlineData("涉及多个部门的事项，由县住建局负责督查，12月20日前报县政府。")]
    [InlineData("涉及多个部门的事项，由县住建局负责报告，12月20日前报县政府。")]
    public void A_matter_of_this_text_or_a_dated_follow_up_keeps_its_task(string text)
    {
        Assert.DoesNotContain("KindOfMatterAssigned", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void A_job_led_by_a_unit_is_no_kind_of_matter()
    {
        // 工作 is no kind of matter: the sentence hands the work over.
        var text = "城区道路改造工作由县住建局负责督办。";
        Assert.DoesNotContain("KindOfMatterAssigned", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县住建局"]));
    }

    // (3) CountStated (conventions: "progress reports and statistics"): a total marker (countMarkers 共有, 共计, 总共, 合计)
    // right before a number and its measure word tells how many there are. Train: 7 of 7 such sentences are labelled no
    // task (ha-010, r14s-037, r14d-039, r10l-007 …, several documents). Kept although its gate showed one train task
    // "regressed": in r10l-007 the count sentence's own task had been paired by the scorer with an unnamed gold task of
    // another sentence (申报要注意时间节点…), a match by accident that the rule takes away.
    [Theory]
    [InlineData("县信访局受理的群众来信总共112件，其中网上信访58件。")]
    [InlineData("2026年，全县民生实事共有12类45件，涉及教育、医疗、养老等领域。")]
    [InlineData("全镇安全生产大检查发现隐患共计86处，涉及企业31家。")]
    [InlineData("全县参与申报的教育工程项目合计4个，总投资1.2亿元。")]
    public void A_total_told_is_a_statistic(string text)
    {
        Assert.Contains("CountStated", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Theory]
    [InlineData("县住建局要加快共有产权房建设，12月20日前完成分配方案。")]
    [InlineData("各乡镇共计划实施的项目，要于12月20日前报县发改局。")]
    public void A_marker_without_a_count_after_it_keeps_its_task(string text)
    {
        Assert.DoesNotContain("CountStated", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == new DateOnly(2026, 12, 20));
    }

    public static TheoryData<string> CountWords => LexiconFamilyTests.Words(l => l.CountMarkers);

    /// <summary>The counter-test of every word of countMarkers: a count beside an order keeps its task.</summary>
    [Theory, MemberData(nameof(CountWords))]
    public void Every_count_marker_beside_an_order_keeps_its_task(string word)
    {
        var text = $"全县未办结信访件{word}12件，县信访局要于12月20日前全部办结。";
        Assert.DoesNotContain("CountStated", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["县信访局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }
}
