using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Eighth round, non-directives that became tasks (rejection), one region per named rule, each with the directives
/// that share its words but ask, and must keep their tasks.
/// NoticeAskReported: an inspection's notice handed out in the completed aspect (下达了整改通知书, 提出了整改意见,
/// 已下发督办单): the asks after it are what the notice said to the inspected, reported (r6-lookalikes r6a-046,
/// r6a-058; holdout-b hb-014).
/// CaseHandledBy: a sentence opened by a case (a clause ending in 的) whose next clause says 由 whom it is handled:
/// a standing rule for every such case, as CaseClauseRule without its 应 / 须 (r6-lookalikes r6a-006, division dv-044).
/// </summary>
public class EighthRoundRejectionTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    // ---- NoticeAskReported ----

    [Theory]
    [InlineData("检查组对排查出来的问题全部下达了整改通知书，责令经营单位负责人落实整改，复杂问题要制定整改计划。")]
    [InlineData("督查人员针对检查出的消防通道堵塞问题，提出了整改意见，要求限期整改，同时要求提高管理人员安全意识。")]
    [InlineData("此次暗访共发现问题56个，已下发督办单到各社区要求限期整改，形成发现问题、落实整改的工作闭环。")]
    public void An_ask_after_a_notice_handed_out_is_no_task(string text)
    {
        Assert.Contains("NoticeAskReported", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Theory]
    // No aspect: the inspectors' ask as it is made, dated, to a named unit.
    [InlineData("检查组现场提出整改意见，要求县住建局于12月20日前督促施工单位整改到位。", "县住建局")]
    // The ask comes first: the notice is what the unit must hand out.
    [InlineData("县市场监管局要向存在隐患的经营单位下达整改通知书，12月20日前完成复查。", "县市场监管局")]
    // Handed out, but the ask after it is dated: an order with its date.
    [InlineData("县督查室已下发督办单，要求各乡镇于12月20日前完成整改。", "各乡镇")]
    public void A_notice_beside_an_order_keeps_the_task(string text, string lead)
    {
        Assert.DoesNotContain("NoticeAskReported", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual([lead]) && t.Deadline == Dec20);
    }

    public static TheoryData<string> NoticeVerbs => LexiconFamilyTests.Words(l => l.NoticeVerbs);

    /// <summary>Every notice verb: in the completed aspect it reports the notice's ask; asked for, it is work.</summary>
    [Theory, MemberData(nameof(NoticeVerbs))]
    public void Every_notice_verb_reports_when_done_but_is_work_when_asked(string verb)
    {
        // 下发了 is also an issuing verb: IssuedAskReported, earlier in the list, reads it first.
        var text = $"检查组对发现的问题{verb}了整改通知书，要求经营单位限期整改。";
        Assert.Contains(RulesFor(text), r => r is "NoticeAskReported" or "IssuedAskReported");
        Assert.Empty(Parse(text));
        Assert.Contains(Parse($"县应急管理局要于12月20日前向隐患企业{verb}整改通知书。"),
            t => t.Lead.SequenceEqual(["县应急管理局"]) && t.Deadline == Dec20);
    }

    public static TheoryData<string> NoticeDocuments => LexiconFamilyTests.Words(l => l.NoticeDocuments);

    /// <summary>Every notice noun: handed out already it reports; to be handed out by a date it is work.</summary>
    [Theory, MemberData(nameof(NoticeDocuments))]
    public void Every_notice_document_reports_when_handed_out_but_is_work_when_asked(string doc)
    {
        Assert.Contains("NoticeAskReported", RulesFor($"督查组已下发{doc}，要求相关单位限期整改。"));
        Assert.Contains(Parse($"县督查室要于12月20日前下发{doc}，督促各乡镇整改。"),
            t => t.Lead.SequenceEqual(["县督查室"]) && t.Deadline == Dec20);
    }

    // ---- CaseHandledBy ----

    [Theory]
    [InlineData("工作推进中需要调整牵头单位的，由县政府办公室商有关单位确定。")]
    [InlineData("督查组下发整改建议书的，由项目所在地主管部门督促相关责任主体限期整改，并将整改结果报告督查组。")]
    public void A_case_and_who_handles_it_is_a_standing_rule(string text)
    {
        Assert.Contains("CaseHandledBy", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Theory]
    // A date: the case is this text's, handed over now.
    [InlineData("尚未完成整改的，由县住建局牵头于12月20日前组织复查验收。", "县住建局")]
    // 对 makes the 的-phrase the object the unit is told to deal with.
    [InlineData("对排查出隐患的，由县应急管理局牵头在12月20日前完成整改。", "县应急管理局")]
    // No 由 after the case: the sentence is read as before.
    [InlineData("未按期完成整改的乡镇，县纪委监委要于12月20日前约谈主要负责人。", "县纪委监委")]
    public void A_case_with_a_date_or_an_object_keeps_its_task(string text, string lead)
    {
        Assert.DoesNotContain("CaseHandledBy", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual([lead]) && t.Deadline == Dec20);
    }
}
