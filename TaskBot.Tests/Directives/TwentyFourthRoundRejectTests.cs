using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-fourth round, non-directives read as tasks (errs.py fp), family "reject". Each shape was first counted in
/// train, sentence by sentence, labelled with tasks vs without.
/// (1) PledgeReported: a sentence whose first or second clause closes on 表示 after its speaker ("被巡察党组织主要负责人
/// 表示，…", "居民志愿者们纷纷表示，…"), nothing asked in it (or the speakers a crowd: 纷纷表示) and no date: what someone
/// said in reply, a pledge or a view told (conventions: "Narrative … yield no task"). Train: 7 of 7 such sentences are
/// labelled no task (la-026, r8s-024, r11s-048, r12s-072, r12s-115, r13s-093, r14s-077; six documents). The four train
/// sentences where a leader's 表示 goes on to ask (ha-020, r12s-075, r12s-138, r13s-102 "…表示，要加大征迁力度，相关镇街要…")
/// are all labelled tasks, and the rule does not read them.
/// </summary>
public class TwentyFourthRoundRejectTests
{
    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    static readonly DateOnly Dec20 = new(2026, 12, 20);

    [Theory]
    [InlineData("被巡察党组织主要负责人表示，将全盘认领反馈问题，明确整改措施、整改时限、整改责任人，认真开展好整改工作。")]
    [InlineData("会后，各位党员、楼院长、居民志愿者们纷纷表示，要再接再厉，争取让全部居民领会问卷的意义。")]
    [InlineData("社区负责人表示，将持续推进入户走访常态化、制度化，不断提升社区精准化服务水平。")]
    [InlineData("會後，參會村幹部紛紛表示，要把會議精神帶回村裏，扎實做好秋冬季防火工作。")]
    public void A_reply_reported_is_no_task(string text)
    {
        Assert.Contains("PledgeReported", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_leader_who_goes_on_to_ask_keeps_the_task()
    {
        var text = "县长表示，各乡镇要加大征迁力度，12月20日前完成征地拆迁。";
        Assert.DoesNotContain("PledgeReported", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_leader_who_asks_without_a_date_keeps_the_task()
    {
        var text = "吴炜炜表示，要加大征迁力度，相关镇街要严格按照时间节点，落实征地拆迁、苗木迁移等前期工作，确保尽快交地。";
        Assert.DoesNotContain("PledgeReported", RulesFor(text));
        Assert.NotEmpty(Parse(text));
    }

    [Fact]
    public void A_dated_pledge_keeps_its_task()
    {
        var text = "会后，各村负责人纷纷表示，各村要于12月20日前完成人居环境整治验收。";
        Assert.DoesNotContain("PledgeReported", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == Dec20);
    }

    [Fact]
    public void An_ask_before_the_reply_keeps_the_task()
    {
        var text = "会议要求，各乡镇要向群众公开表示，12月20日前发放全部拆迁补偿款。";
        Assert.DoesNotContain("PledgeReported", RulesFor(text));
        Assert.NotEmpty(Parse(text));
    }

    /// <summary>
    /// Counter-test of every pledge verb: inside a clause, not closing it (表示感谢, 用标志表示施工路段), the verb reports no
    /// speech, and the directive around it keeps its task.
    /// </summary>
    [Theory]
    [MemberData(nameof(PledgeVerbs))]
    public void Every_pledge_verb_reports_a_reply_but_inside_an_order_keeps_its_task(string word)
    {
        var reply = $"村民代表{word}，将积极配合做好人居环境整治工作。";
        Assert.Contains("PledgeReported", RulesFor(reply));
        Assert.Empty(Parse(reply));
        var order = $"县交通运输局要用醒目标志{word}施工路段，12月20日前完成设置。";
        Assert.DoesNotContain("PledgeReported", RulesFor(order));
        Assert.Contains(Parse(order), t => t.Lead.SequenceEqual(["县交通运输局"]) && t.Deadline == Dec20);
    }

    public static TheoryData<string> PledgeVerbs => LexiconFamilyTests.Words(lx => lx.PledgeVerbs);
}
