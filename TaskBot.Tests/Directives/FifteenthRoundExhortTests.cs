using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Fifteenth round, exhortations with nothing to hand over (conventions: "exhortations with nothing to hand over
/// (各级要始终保持…的工作态势)" yield no task). The attitude endings (lexicon attitudeEndings, read by the sentence rule
/// AttitudeOnly: every comma clause ends in one) gain two kinds of stock ending:
/// the effort and spirit asked for (狠抓落实, 求实效, 勇挑重担, 拼搏赶超, 真抓实干, 攻坚克难, 迎难而上, 争先进位, 履职尽责,
/// 密切配合, 通力协作, 贡献力量, 而努力奋斗, …的工作标准) and the campaign named as a battle (打好…攻坚战 / 保卫战 / 阻击战 /
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
