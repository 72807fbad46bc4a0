using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Fifteenth round, exhortations with nothing to hand over (conventions: "exhortations with nothing to hand over
/// (各级要始终保持…的工作态势)" yield no task). The attitude endings (lexicon attitudeEndings, read by the sentence rule
/// AttitudeOnly: every comma clause ends in one) gain two kinds of stock ending:
/// the effort and spirit asked for (狠抓落实, 求实效, 勇挑重担, 拼搏赶超, 真抓实干, 攻坚克难, 迎难而上, 争先进位, 履职尽责,
/// 密切配合, 通力协作, 贡献力量, 而努力奋斗, “…”的工作标准) and the campaign named as a battle (打好…攻坚战 / 保卫战 / 阻击战 /
/// 翻身仗 / 主动仗 / 硬仗 …). A clause that ends in one names no job. Only the whole sentence is set aside, and only when
/// every clause ends so and it holds no date: beside real work or a deadline, the task stays (the generated counter-test
/// of every attitude ending, NonDirectiveFamilyTests.An_attitude_ending_beside_real_work_keeps_the_task, covers each new word).
/// Train r5n-012 fixed (net +1); validation net +1 (r10-singles rejection 66.1 -> 67.8); no other file moves.
/// </summary>
public class FifteenthRoundExhortTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    [Theory]
    // The rule's example: effort and style only.
    [InlineData("各街道、各部门要进一步改进作风求实效，持续坚持“严实细”的工作标准，发扬“拼抢实”的工作作风，勇挑重担，拼搏赶超，狠抓落实。")]
    // A campaign named as a battle, after attitudes.
    [InlineData("会议强调，各乡镇要高度重视，压实责任，全力以赴打好秋冬季大气污染防治攻坚战。")]
    [InlineData("希望各县区密切配合，通力协作，坚决打赢疫情防控阻击战。")]
    // Spirit and a purpose of contribution.
    [InlineData("会议要求，全县各级要真抓实干，攻坚克难，迎难而上，争先进位，为全县经济社会高质量发展贡献力量。")]
    public void An_exhortation_of_effort_or_a_battle_hands_nothing_over(string text)
    {
        Assert.Contains("AttitudeOnly", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_battle_beside_dated_work_keeps_the_task()
    {
        var t = Single("各乡镇要在12月20日前完成秸秆禁烧巡查，坚决打赢秋季秸秆禁烧攻坚战。");
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_battle_beside_a_product_keeps_the_task()
    {
        var t = Single("各乡镇要建立秸秆禁烧巡查台账，全力打好秸秆禁烧攻坚战。");
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Contains("台账", t.Deliverable);
    }

    [Fact]
    public void A_contribution_beside_a_dated_plan_keeps_the_task()
    {
        var t = Single("县应急管理局要于12月20日前制定冬季安全生产应急预案，为全县安全生产贡献力量。");
        Assert.Equal(["县应急管理局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    // Counter-test of "”的工作标准": a standard to be drawn up is a product, not the spirit of a quoted slogan.
    [Theory]
    [InlineData("县市场监管局要制定餐饮行业工作标准。", "县市场监管局")]
    [InlineData("县住建局要尽快出台农村住房建设工作标准。", "县住建局")]
    public void A_standard_to_draw_up_is_work(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Contains("工作标准", t.Deliverable);
    }

    [Fact]
    public void A_battle_for_a_quarter_is_a_dated_target_and_stays()
    {
        Assert.DoesNotContain("AttitudeOnly", RulesFor("各乡镇要全力打好一季度项目建设攻坚战。"));
        Assert.Contains(Parse("各乡镇要全力打好一季度项目建设攻坚战。"), t => t.Lead.SequenceEqual(["各乡镇"]));
    }

    [Fact]
    public void An_effort_sentence_still_names_whom_the_next_sentence_speaks_to()
    {
        var t = Single("各乡镇要勇挑重担，密切配合，狠抓落实。要在12月20日前完成秸秆禁烧巡查台账。");
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }
}

/// <summary>
/// Fifteenth round, rule AttitudeAloneIsNoTask: a task whose every clause only asks for an attitude (高度重视…, 抓好贯彻
/// 落实, 强化责任落实), of nobody or of a generic addressee (各地各部门, 各乡镇), undated, that folded into no task after it
/// (AttitudeFoldsIntoNext runs first), hands nothing over. A named unit asked for attention, a date in the task's words
/// and an item that introduces a list (its units lead the entries) keep the task. Train la-122, r8l-038 fixed (net +2
/// over the attitude endings); validation net +1 more (r10-singles); no train or validation file loses a point.
/// </summary>
public class FifteenthRoundAttitudeAloneTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static IReadOnlyList<string> GroupingRulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Grouping);

    [Theory]
    // The rule's example: a generic addressee asked for attention and follow-through, then another unit's dated job.
    [InlineData("各地各部门要高度重视，切实抓好贯彻落实。县住建局要在12月20日前完成危房改造验收。", "县住建局")]
    // A news report of a division of tasks that asks everyone to follow through, then a unit's dated job.
    [InlineData("11月20日，县政府公布年度重点任务分工，要求各地各部门同心协力抓好贯彻落实。县住建局要在12月20日前完成燃煤散烧综合治理。", "县住建局")]
    public void A_lone_attitude_of_a_generic_addressee_is_no_task(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
        Assert.Contains("AttitudeAloneIsNoTask", GroupingRulesFor(text));
    }

    [Fact]
    public void A_named_unit_asked_for_attention_keeps_its_task()
    {
        var tasks = Parse("县财政局要高度重视资金保障工作。县住建局要在12月20日前完成老旧小区改造方案。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县财政局"]));
    }

    [Fact]
    public void An_attitude_that_introduces_a_list_leads_its_entries()
    {
        var tasks = Parse("会议要求，各乡镇要高度重视秸秆禁烧工作：一是12月20日前完成秸秆清运；二是做好防火巡查。");
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(["各乡镇"], t.Lead));
    }

    [Fact]
    public void An_attitude_with_real_work_keeps_its_task()
    {
        var tasks = Parse("各乡镇要高度重视秸秆禁烧，建立网格巡查台账。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["各乡镇"]));
    }
}
