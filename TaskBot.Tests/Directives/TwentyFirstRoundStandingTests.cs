using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-first round, non-directives read as tasks (conventions: "standing procedural rules (一般在N日内办结)" and "a
/// description of a document or of how it is organised"). Two sentence rules:
/// (1) LimitPerMeeting: a span counted from every meeting (会后 / 会前 / 会议前 / 会议召开前 / 会议结束后 + N日 / N天 / N周 /
/// N个工作日) in a sentence about the meeting's own papers (纪要, 议题, 会议记录, 会议通知, 会议材料, 上会材料, 讨论的材料): how
/// each meeting of a system is prepared or followed up. Train, five documents hold the shape and all five are labelled
/// no task (r12s-117, r14s-031 fixed; r14s-102, r13s-011, r8s-038 already right); the one labelled task (r10l-020,
/// "各党支部要…于会后一周内…") orders with 要. An order modal, a calendar date, a decision of minutes, this text's own
/// meeting (本次 / 此次) or a job that is not the meeting's papers keep the task.
/// (2) Explanation: what a kind of document or practice is (是一种, 是指) or an example of it (比如, 例如, 譬如;
/// lexicon family explanationMarkers). Train, four documents hold the shape, all labelled no task (r12s-018, r12s-125
/// fixed; oc-001 already right; r14s-099 is read as a division block and stays wrong). By position: nothing may be asked
/// or dated before the marker; a definition also hands no order (要, 请, 务必, 责成) over after it and sets no date.
/// Gate against main (cb833d0): train fixed r12s-018, r12s-117, r12s-125, r14s-031, regressed none (extra tasks
/// 801 -> 797; r12-singles and r14-singles rejection up); validation items 0 / 0, tasks 0 / 0, extra 162 -> 162; shared unchanged.
/// </summary>
public class TwentyFirstRoundStandingTests
{
    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    [Theory]
    [InlineData("由县政府办公室根据会议决定在会后2个工作日内整理出会议纪要，经分管副县长审核后，报县长签发。")]
    [InlineData("监理单位负责记录例会情况，整理会议纪要，并在会后三日内分送各参建单位。")]
    [InlineData("提交局务会议讨论的材料，由承办科室准备，经分管领导审定后，于会前3个工作日送局办公室。")]
    [InlineData("会议纪要于会后一日内整理印发给参会人员及相关部门。")]
    public void A_limit_counted_from_every_meeting_for_its_papers_is_a_standing_rule(string text)
    {
        Assert.Contains("LimitPerMeeting", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void An_order_to_write_up_the_minutes_keeps_its_task()
    {
        var t = Single("会议要求，县政府办公室要在会后2个工作日内整理出会议纪要，报县长签发。");
        Assert.Equal(["县政府办公室"], t.Lead);
        Assert.Equal(new DateOnly(2026, 11, 30), t.Deadline);
    }

    [Fact]
    public void A_job_the_meeting_handed_over_keeps_its_task()
    {
        // Not the meeting's papers: the follow-up of this meeting, dated from it.
        var text = "会后3日内，县住建局将整改方案报县政府。";
        Assert.DoesNotContain("LimitPerMeeting", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 11, 29), t.Deadline);
    }

    [Fact]
    public void This_texts_own_meeting_keeps_its_task()
    {
        var text = "县政府办公室须在本次会议结束后3日内印发会议纪要。";
        Assert.DoesNotContain("LimitPerMeeting", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县政府办公室"]));
    }

    [Fact]
    public void A_dated_job_beside_the_meeting_rule_keeps_its_task()
    {
        var text = "会议纪要于会后一日内整理印发，县政府办公室要于12月20日前修订会议纪要模板。";
        Assert.DoesNotContain("LimitPerMeeting", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县政府办公室"]));
    }

    [Theory]
    [InlineData("交办函是一种行政文书，指上级机关将某项工作交给下级机关负责处理，并规定完成时限和质量要求。")]
    [InlineData("督办更像“监工”，紧盯每个环节，比如要求3天内汇报进度，5天内提交初步方案，防止问题被搁置。")]
    [InlineData("“河长制”是指由各级党政主要负责同志担任河长，负责组织领导相应河湖的管理和保护工作。")]
    [InlineData("比如，承办单位需在3天内汇报进度，5天内提交初步方案。")]
    public void An_explanation_or_an_example_hands_nothing_over(string text)
    {
        Assert.Contains("Explanation", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void An_example_after_an_order_keeps_the_order()
    {
        var t = Single("各乡镇要加强防火宣传，比如在村口张贴标语，12月20日前完成。");
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory]
    [InlineData("“一户一档”是指每户建立一份档案，县住建局要于12月20日前完成建档。", "2026-12-20")]
    [InlineData("“一户一档”是指每户建立一份档案，县住建局要抓紧完成建档。", null)]
    public void A_definition_followed_by_an_order_keeps_the_order(string text, string? date)
    {
        Assert.DoesNotContain("Explanation", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(date, DateOf(t));
    }

    [Fact]
    public void Shi_zhi_before_another_word_is_no_definition()
    {
        // 三是 + 指导: a list entry, not 是指.
        var t = Single("三是指导要更细，县农业农村局要在12月20日前完成技术培训。");
        Assert.Equal(["县农业农村局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    public static TheoryData<string> ExplanationWords => LexiconFamilyTests.Words(l => l.ExplanationMarkers);

    /// <summary>The counter-test of every word of explanationMarkers: after an order, the order keeps its task.</summary>
    [Theory, MemberData(nameof(ExplanationWords))]
    public void Every_explanation_marker_after_an_order_keeps_its_task(string word)
    {
        var text = word.EndsWith('如')
            ? $"县财政局要在12月20日前完成惠民资金拨付，{word}种粮补贴和农机购置补贴。"
            : $"县财政局要在12月20日前完成惠民资金拨付，惠民资金{word}直接发给农户的补贴。";
        Assert.DoesNotContain("Explanation", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["县财政局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }
}
