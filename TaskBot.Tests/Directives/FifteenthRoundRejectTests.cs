using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Fifteenth round, non-directives the parser turned into tasks (rejection).
/// ProcedureItemAsksNothing: an item in which a sentence is set aside as a standing procedure (StandingRule,
/// InstitutionDeclared, RecurringEventLimit, CaseClauseRule, DutyOnEachReceipt … — not a system's bare title or heading)
/// and no other sentence hands work over — nothing asked beyond the register of a rule (应, 应当, 须, 必须), no calendar
/// date and no time limit closed by 前 / 底 / 内 — sets out how things are done, every time: its heading ("强化责任落实",
/// "限时办结") and its sentences in the register of a rule ("承办科室应当天登记，次日反馈") are no task either
/// (conventions: standing procedural rules yield no task). A sentence that orders (要, 请, 负责, 牵头, 督促 …) or sets a
/// dated limit keeps its task, as a single dated report duty to a named unit is a task. Train: la-122; validation net +1.
/// </summary>
public class FifteenthRoundRejectTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    [Theory]
    // A heading, then the institution the work runs under (lookalikes la-122, other units).
    [InlineData("二、压实工作责任。区政府重点民生项目实行区领导包联负责制和部门具体负责制。")]
    // A heading, a standing time limit, then what the handling office does each time, in the register of a rule.
    [InlineData("(二)限时办结。没有明确办理时限的，公文一般在15日内办结。承办科室应在办结后将结果反馈局办公室。")]
    // A 督办 procedure: a limit 原则上, and what to do when it cannot be kept.
    [InlineData("(三)督办件办理。督办事项原则上在10个工作日内办结，确需延期的，承办单位应书面说明原因。")]
    // Recurring times of the routine (当天, 次日) are no limit handed over.
    [InlineData("(二)限时办结。没有明确办理时限的，公文一般在15日内办结。承办科室应当天登记，次日反馈局办公室。")]
    public void An_item_that_only_sets_out_a_standing_procedure_is_no_task(string text)
    {
        Assert.Contains("ProcedureItemAsksNothing", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Theory]
    // An order with 要, counted from this notice.
    [InlineData("(二)限时办结。没有明确办理时限的，公文一般在15日内办结。各科室要在收到本通知后5个工作日内报送积压件清单。", "各科室")]
    // A calendar date, even in the register of a rule.
    [InlineData("(二)限时办结。没有明确办理时限的，公文一般在15日内办结。各科室应于12月20日前报送积压件清单。", "各科室")]
    [InlineData("二、压实工作责任。区政府重点民生项目实行区领导包联负责制和部门具体负责制。各牵头单位应于12月20日前报送项目推进计划。", "各牵头单位")]
    public void A_sentence_that_sets_a_dated_job_keeps_its_task(string text, string lead)
    {
        Assert.DoesNotContain("ProcedureItemAsksNothing", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual([lead]) && t.Deadline is not null);
    }

    [Theory]
    // 负责 hands the work over, even with no date.
    [InlineData("二、落实审核制度。对报送的统计数据，一般在3日内完成审核。县统计局负责建立数据质量台账，定期通报审核结果。", "县统计局")]
    [InlineData("二、压实工作责任。区政府重点民生项目实行区领导包联负责制和部门具体负责制。各牵头单位负责细化年度目标任务，月底前报送推进计划。", "各牵头单位")]
    // 请 asks.
    [InlineData("(二)限时办结。没有明确办理时限的，公文一般在15日内办结。请各科室抓紧清理积压件。", "各科室")]
    public void A_sentence_that_orders_keeps_its_task(string text, string lead)
    {
        Assert.DoesNotContain("ProcedureItemAsksNothing", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual([lead]));
    }

    [Fact]
    public void A_system_title_alone_does_not_make_a_plan_item_a_procedure()
    {
        // An action plan's entry is declarative: "建立健全…制度" is its heading, and the work under it is still handed over.
        const string text = "(二)建立健全联席会议制度。市教育局会同编制、发展改革、财政等部门，充分发挥学前教育联席会议制度作用，及时研究协调解决学前教育事项及问题。";
        Assert.DoesNotContain("ProcedureItemAsksNothing", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["市教育局"]));
    }

    [Fact]
    public void A_table_row_with_a_lead_keeps_its_task_beside_a_case_clause()
    {
        const string text = "23未纳入低保范围的计划生育特殊家庭，个人负担仍然较重的，依申请给予医疗救助。省医保局牵头;省民政厅、省卫生健康委配合";
        Assert.DoesNotContain("ProcedureItemAsksNothing", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["省医保局"]));
    }

    [Fact]
    public void A_dated_order_after_a_procedure_keeps_its_task()
    {
        // The order after the procedure is read with its date.
        const string text = "(三)督办件办理。督办事项原则上在10个工作日内办结。县政府督查室要于12月20日前通报本年度督办件办理情况。";
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县政府督查室"]) && t.Deadline == Dec20);
    }
}
