using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Tenth round, non-directives the parser turned into tasks (rejection), one region per named rule, each with the
/// directives that share its shape but ask, and must keep their tasks.
/// DoneAfterUrgency: a report of work done (了 / 已) whose only would-be asks are the manner or the roles of that work
/// (立即, 督促, 由…牵头), all before the completion (r6-lookalikes r6a-037, r8-singles r8s-060, r9-singles r9s-081).
/// DutyOnEachReceipt: a duty in the register of a rule (应 / 须) tied to each receipt of a kind of thing (接到…后,
/// 收到…当日 / 次日): a standing procedure (r9-singles r9s-001, holdout-a ha-007's first rule).
/// NewsOpening: a sentence opened as news (近日，/ 日前，/ 据了解，…) that asks nothing and sets no limit
/// (r5-notices r5n-014, r5-meetings r5m-067).
/// CaseClauseRule, second shape: a case (…的) that is not the sentence's first clause, right before a subjectless clause
/// in a rule's modal (应 / 须): the duty of whoever meets the case (holdout-a ha-007, with DutyOnEachReceipt).
/// </summary>
public class TenthRoundRejectTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    // ---- DoneAfterUrgency ----

    [Theory]
    // News: a bureau acted at once on a complaint and finished the repair.
    [InlineData("县水务局在接到群众反映后，立即安排技术人员赶赴现场，并组织施工队伍对破损管道进行抢修，当天恢复了正常供水。")]
    // A town's campaign led by one office, reported as done.
    [InlineData("近日，城关镇由综治办牵头，派出所、司法所协同，对辖区出租屋开展集中排查，并建立了出租屋动态管理台账。")]
    // A year-end report: what the bureau made its sections do, with the count done.
    [InlineData("督促局属8个科室、15家下属单位全面梳理问题，制定42条整改清单，已完成整改31项。")]
    public void Work_done_with_only_its_manner_is_no_task(string text)
    {
        Assert.Contains("DoneAfterUrgency", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void An_order_after_work_done_keeps_its_task()
    {
        const string text = "县住建局已完成危房排查，要立即组织人员对排查出的危房进行加固。";
        Assert.DoesNotContain("DoneAfterUrgency", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deliverable != null && t.Deliverable.Contains("加固"));
    }

    [Fact]
    public void A_manner_word_after_the_completion_keeps_its_task()
    {
        const string text = "各乡镇已完成初步摸排，立即组织力量对发现的隐患逐一整改。";
        Assert.DoesNotContain("DoneAfterUrgency", RulesFor(text));
        Assert.NotEmpty(Parse(text));
    }

    [Fact]
    public void A_lead_named_for_what_is_not_yet_done_keeps_its_task()
    {
        // 已 inside a modifier describes what the order is about.
        var t = Single("对已排查出的隐患，由县应急管理局牵头于12月20日前完成整改。");
        Assert.Equal(["县应急管理局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void Roles_settled_at_a_meeting_are_not_a_report()
    {
        const string text = "会上，明确了由县发改局牵头，县财政局配合，负责重点项目资金申报工作。";
        Assert.DoesNotContain("DoneAfterUrgency", RulesFor(text));
        Assert.NotEmpty(Parse(text));
    }

    [Fact]
    public void What_a_meeting_settled_is_not_a_report()
    {
        const string text = "会议明确了各地块征迁时间，确立了由县领导牵头组织每周一次专题调度会。";
        Assert.DoesNotContain("DoneAfterUrgency", RulesFor(text));
    }

    // ---- DutyOnEachReceipt ----

    [Theory]
    // A supervision system: what the handling office does with every document passed to it.
    [InlineData("承办科室接到县政府办公室转来的督办件后，应认真研究办理意见，并按时限反馈办理结果。")]
    // A hotline's rule for every work order.
    [InlineData("各承办单位对紧急类诉求，应在收到热线工单的当日答复来电群众。")]
    // A complaint desk, counted from the day after each receipt.
    [InlineData("对于一般投诉事项，应在受理投诉的次日起及时核实处理。")]
    public void A_duty_on_each_receipt_is_a_standing_rule(string text)
    {
        Assert.Contains("DutyOnEachReceipt", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void The_arrival_of_this_notice_starts_a_real_task()
    {
        var t = Single("接到本通知后，各乡镇应立即组织力量对辖区自建房开展排查，12月20日前完成。");
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_receipt_followed_by_an_order_now_keeps_its_task()
    {
        const string text = "接到县政府交办的问题清单后，县住建局要立即组织力量逐项整改。";
        Assert.DoesNotContain("DutyOnEachReceipt", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县住建局"]));
    }

    [Fact]
    public void A_receipt_verb_as_the_work_itself_keeps_its_task()
    {
        var t = Single("县信访局应于12月20日前接到并办结全部信访积案。");
        Assert.Equal(["县信访局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    // ---- CaseClauseRule, a case after the first clause ----

    [Theory]
    // A hotline's time limits by kind of request.
    [InlineData("对于求助类事项能当天办结的当天办结，不能当天办结的，应在5个工作日内办结并答复来电人。")]
    // A permit desk's rule.
    [InlineData("申请材料齐全的当场受理，材料不全的，须一次性告知申请人需要补正的全部内容。")]
    public void A_case_inside_the_sentence_before_a_rule_modal_is_standing(string text)
    {
        Assert.Contains("CaseClauseRule", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_case_before_a_unit_told_now_keeps_its_task()
    {
        const string text = "全县危房已基本排查完毕，尚未完成排查的，县住建局要抓紧组织力量完成排查。";
        Assert.DoesNotContain("CaseClauseRule", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县住建局"]));
    }

    [Fact]
    public void A_case_that_is_the_object_of_an_order_keeps_its_task()
    {
        const string text = "各乡镇要全面排查自建房，对存在安全隐患的，应逐户建立整治台账。";
        Assert.DoesNotContain("CaseClauseRule", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["各乡镇"]));
    }

    // ---- NewsOpening ----

    public static TheoryData<string> NewsOpeners => LexiconFamilyTests.Words(l => l.NewsOpeners);

    /// <summary>Every news opener: the news it opens hands nothing over; an ask reported after it keeps its task.</summary>
    [Theory, MemberData(nameof(NewsOpeners))]
    public void Every_news_opener_tells_news_but_an_ask_after_it_keeps_its_task(string word)
    {
        Assert.Empty(Parse($"{word}，县住建局对全县在建工地扬尘防治情况开展专项检查，督查组深入工地查看防尘措施落实情况。"));
        Assert.Contains(Parse($"{word}，县政府办公室印发通知，要求各乡镇于12月20日前完成自建房排查。"),
            t => t.Lead.SequenceEqual(["各乡镇"]) && t.Deadline == Dec20);
        Assert.Contains(Parse($"{word}，全县户厕改造工作须在12月20日前全部完成。"), t => t.Deadline == Dec20);
    }

    [Theory]
    // A time just past as its own clause after a purpose clause.
    [InlineData("为推进秸秆综合利用，近日，城关镇组织农技人员深入田间地头开展技术指导。")]
    // The reporter's source, no comma after it.
    [InlineData("据了解“百日攻坚”行动由县应急管理局组织开展，全县各乡镇积极参与隐患排查整治。")]
    public void News_in_its_opening_place_is_no_task(string text)
    {
        Assert.Contains("NewsOpening", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_news_word_inside_the_sentence_deletes_nothing()
    {
        // 日前 inside a modifier: the order stands.
        var t = Single("各乡镇要对照日前下发的排查清单，于12月20日前完成整改。");
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
        const string text = "县住建局要对照日前下发的排查清单，组织力量逐项整改。";
        Assert.DoesNotContain("NewsOpening", RulesFor(text));
        Assert.Contains(Parse(text), x => x.Lead.SequenceEqual(["县住建局"]));
    }
}
