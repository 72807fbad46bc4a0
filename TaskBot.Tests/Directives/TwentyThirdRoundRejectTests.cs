using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-third round, non-directives read as tasks (errs.py fp), family "progress read off" (conventions: "progress
/// reports and statistics (已完成…、完成率…)"). Each shape was first counted in train, sentence by sentence, labelled with
/// tasks vs without.
/// (1) ShareStated: a clause opened by 完成 / 占 (after 已, 已经, 累计) that closes on the share of a whole (…的 + a
/// percentage, unbounded) after an amount counted in the sentence (409万元, 45个; not a date). Train: every such sentence
/// is labelled no task (r13d-024 ×4, la-102, la-103, oc-041, r5m-081, r9s-039, r11s-034, r12s-057, r12s-133, r14d-039,
/// ha-080: ten documents and more); the two train sentences with a share that are tasks name it as a target, dated and
/// without an amount before it (r13d-029 "要按照2024年9月底完成全年搬迁工作任务的60%", r9l-001 "12 月底前…达到…的 80%").
/// (2) SinceSpanReport, short span running on: "本周以来发放宣传手册2000余份…" — a span of two to six characters and 以来
/// opening the sentence with no comma after it. Train: 3 of 3 such sentences labelled no task (la-036, r9s-056,
/// r13s-020; three documents); a span inside a clause ("市发改委就今年以来全市重点项目推进…进行了汇报": r5l-040,
/// r9l-018, r11l-024) is not read.
/// </summary>
public class TwentyThirdRoundRejectTests
{
    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    [Theory]
    [InlineData("上半年完成固定资产投资1.1亿元，完成年度任务的44%。")]
    [InlineData("今年新引进省外亿元项目40个，完成市考核目标45个的88.9%。")]
    [InlineData("截至目前，全县共收购烟叶2.753万担，已完成全年收购任务的50%。")]
    [InlineData("全镇储备取暖煤2.7万吨，占全年总需求的85%。")]
    public void A_share_of_a_whole_read_off_is_a_statistic(string text)
    {
        Assert.Contains("ShareStated", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void The_figures_after_a_share_go_on_with_the_report()
    {
        var text = "上半年完成一般公共预算收入409万元，完成年度任务的51%；完成固定资产投资1.1亿元，完成年度任务的44%；完成规模以上工业总产值740万元。";
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_dated_share_to_reach_keeps_its_task()
    {
        var text = "各乡镇要在9月底前完成全年搬迁任务的60%。";
        Assert.DoesNotContain("ShareStated", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal("2027-09-30", DateOf(t));
    }

    [Fact]
    public void A_bounded_share_asked_for_keeps_its_task()
    {
        var text = "县发改局要完成固定资产投资1.1亿元，完成年度任务的60%以上。";
        Assert.DoesNotContain("ShareStated", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["县发改局"], t.Lead);
    }

    [Fact]
    public void A_share_alone_as_a_target_keeps_its_task()
    {
        // No amount counted before the share: the share is the target itself.
        var text = "年底前完成年度任务的100%。";
        Assert.DoesNotContain("ShareStated", RulesFor(text));
        Assert.Equal("2026-12-31", DateOf(Single(text)));
    }

    /// <summary>
    /// Counter-tests of ShareStated, one per opener of its code list (完成, 占, 已, 累计): a report of the share beside an
    /// order with a unit and a date keeps the order's task.
    /// </summary>
    [Theory]
    [InlineData("县财政局拨付惠民资金2000万元，完成年度预算的80%，县财政局要于12月20日前拨付剩余资金。")]
    [InlineData("县财政局拨付惠民资金2000万元，占年度预算的80%，县财政局要于12月20日前拨付剩余资金。")]
    [InlineData("县财政局拨付惠民资金2000万元，已完成年度预算的80%，县财政局要于12月20日前拨付剩余资金。")]
    [InlineData("县财政局拨付惠民资金2000万元，累计完成年度预算的80%，县财政局要于12月20日前拨付剩余资金。")]
    public void A_share_beside_a_dated_order_keeps_its_task(string text)
    {
        Assert.DoesNotContain("ShareStated", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县财政局"]) && t.Deadline == new DateOnly(2026, 12, 20));
    }

    [Theory]
    [InlineData("本月以来全镇发放宣传资料3000余份，排查隐患42处。")]
    [InlineData("入汛以来县水利局巡查水库86座次，处置险情3处。")]
    [InlineData("今年以来全县各级河长共计巡河17400次，其中县级河长巡河150次。")]
    public void A_short_span_running_on_looks_back(string text)
    {
        Assert.Contains("SinceSpanReport", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_heading_over_a_week_looked_back_on_reports_too()
    {
        var text = "加强宣传。采用微信群转发、悬挂横幅标语等形式，提醒群众增强安全用气意识。本周以来发放宣传手册2000余份，走访群众1500余户。";
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_span_inside_a_clause_keeps_its_task()
    {
        var text = "县发改局要就今年以来全县重点项目推进情况形成报告，12月20日前报县政府。";
        Assert.DoesNotContain("SinceSpanReport", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["县发改局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void A_span_naming_what_is_then_ordered_keeps_its_task()
    {
        var text = "入冬以来未整改到位的隐患，各乡镇要于12月20日前整改到位。";
        Assert.DoesNotContain("SinceSpanReport", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    // (3) requirementNounModifiers 及, 和: 要求 coordinated with a noun before it ("工作计划及要求", "上级部署和要求",
    // "统一格式和要求") is the noun, never the verb that asks; in train all 24 sentences with 及要求 / 和要求 use the noun
    // (nt-061, nt-095, hb-017, r8l-025, r10s-036, r13l-025, r14d-003, r10s-007 …). Where the noun was a sentence's only
    // "ask", a narrative of what was done (回顾总结了…, 认真贯彻落实…，建立了…) is read as the report it is (r14d-003, r10s-007).
    [Theory]
    [InlineData("会议回顾总结了前三季度项目完成情况，研判了四季度工作措施及明年建设项目工作计划及要求。")]
    [InlineData("据了解，今年以来各地各部门认真贯彻落实上级部署和要求，建立了由主要领导亲抓亲管的领导机构和监督机制。")]
    public void A_requirement_coordinated_with_a_noun_asks_nothing(string text)
    {
        Assert.Contains("PerfectiveReport", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    /// <summary>Counter-tests of 及 and 和: the noun beside a modal and a date keeps the task.</summary>
    [Theory]
    [InlineData("各乡镇要对照工作计划及要求，于12月20日前完成整改。")]
    [InlineData("各乡镇要按照统一格式和要求，于12月20日前报送自评报告。")]
    [InlineData("请各乡镇针对上述问题和要求，于12月20日前完成整改。")]
    public void A_requirement_noun_beside_a_dated_order_keeps_its_task(string text)
    {
        var t = Single(text);
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }
}
