using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Fifteenth round, whole multi-task texts: rule OpeningTimeDatesItsList. A time that opens a list of jobs dates the
/// whole list it introduces, not only the first job (conventions: a period's end is the deadline of the work set in it;
/// stage periods date their jobs; a year target is its last day). Two shapes:
/// - StagePeriodDatesStage: a stage's label and its period ("第一阶段，从4月7日--4月15日，…") date every job of the stage's
///   paragraph that has no date of its own, up to the next stage (train r8l-036);
/// - TargetListGoesOn: the targets an opening target time sets ("到2027年，A；B；C"), listed with semicolons, are one
///   task each, all by that time (train hb-075, hb-088).
/// Measured (gate, against main): train net +1 (hb-075, hb-088 fixed; r5n-083 regressed, a label that bundles the
/// indicators where hb-075/hb-088 split them), validation net +1 (r11-singles), shared eval unchanged.
/// </summary>
public class FifteenthRoundListsTests
{
    static readonly DateOnly Dec15 = new(2026, 12, 15), Dec20 = new(2026, 12, 20), Dec10 = new(2026, 12, 10);
    static readonly DateOnly Mar31 = new(2027, 3, 31), End2027 = new(2027, 12, 31), End2028 = new(2028, 12, 31);

    static IReadOnlyList<string> GroupingRulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Grouping);

    // ---- StagePeriodDatesStage ----

    [Fact]
    public void Every_job_of_a_stage_takes_the_stage_period_end()
    {
        const string text = "第一阶段，从12月1日—12月15日，各乡镇要做好宣传发动工作。组织好劳力和机具。做好岗前培训。";
        Assert.Contains("StagePeriodDatesStage", GroupingRulesFor(text));
        var tasks = Parse(text);
        Assert.Equal(3, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(Dec15, t.Deadline));
    }

    [Fact]
    public void Two_stages_of_a_time_plan_each_date_their_own_paragraph()
    {
        const string text = "二、时间安排\n第一阶段，12月1日至12月20日，各街道要开展摸底排查。做好人员培训。\n"
                            + "第二阶段，2027年1月1日至3月31日，全面开展集中整治。县城管局要加强巡查督导。";
        var tasks = Parse(text);
        Assert.Contains(tasks, t => t.Deliverable!.Contains("人员培训") && t.Deadline == Dec20);
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县城管局"]) && t.Deadline == Mar31);
        Assert.DoesNotContain(tasks, t => t.Deadline is null);
    }

    [Fact]
    public void A_pace_word_inside_a_stage_is_urgency_within_its_window()
    {
        const string text = "准备阶段，12月1日—12月15日，各乡镇要成立工作专班，制定实施方案。县农业农村局要立即组织业务培训。";
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县农业农村局"]) && t.Deadline == Dec15);
    }

    [Fact]
    public void A_job_with_a_date_of_its_own_keeps_it_inside_a_stage()
    {
        const string text = "第一阶段，从12月1日—12月15日，各乡镇要做好宣传发动工作，县财政局于12月10日前拨付工作经费。组织好劳力和机具。";
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县财政局"]) && t.Deadline == Dec10);
    }

    [Fact]
    public void A_bare_period_without_a_stage_label_dates_only_the_task_it_opens()
    {
        const string text = "12月1日—12月15日，各乡镇要做好宣传工作。县财政局要做好资金保障。";
        Assert.DoesNotContain("StagePeriodDatesStage", GroupingRulesFor(text));
        var tasks = Parse(text);
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["各乡镇"]) && t.Deadline == Dec15);
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县财政局"]) && t.Deadline is null);
    }

    [Fact]
    public void A_stage_period_does_not_reach_into_the_next_paragraph()
    {
        const string text = "第一阶段，从12月1日—12月15日，各乡镇要做好宣传发动工作。\n各乡镇要建立长效机制。";
        Assert.Contains(Parse(text), t => t.Deliverable!.Contains("长效机制") && t.Deadline is null);
    }

    // ---- TargetListGoesOn ----

    [Fact]
    public void Each_target_of_a_semicolon_list_is_a_task_by_the_opening_year()
    {
        const string text = "到2027年，全县设备投资规模较2023年增长25%以上；规模以上工业企业关键工序数控化率超过75%；二手车交易量较2023年增长45%。";
        Assert.Contains("TargetListGoesOn", GroupingRulesFor(text));
        var tasks = Parse(text);
        Assert.Equal(3, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(End2027, t.Deadline));
    }

    [Fact]
    public void A_rural_sanitation_target_list_splits_by_region()
    {
        const string text = "按照相关规划，到2028年，东部平原等有基础、有条件的地区，要基本完成农村户用厕所无害化改造，管护长效机制初步建立；"
                            + "西部丘陵等基本具备条件的地区，力争卫生厕所普及率达85%；地处偏远的山区，卫生厕所普及率明显提高。";
        var tasks = Parse(text);
        Assert.Equal(3, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(End2028, t.Deadline));
    }

    [Fact]
    public void A_part_that_names_a_unit_after_the_targets_is_that_units_task_not_a_target()
    {
        const string text = "到2027年，全县设备投资规模较2023年增长25%以上；各乡镇要建立项目台账，定期调度。";
        Assert.DoesNotContain("TargetListGoesOn", GroupingRulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["各乡镇"]) && t.Deadline is null);
    }

    [Fact]
    public void Progress_told_after_the_target_is_no_new_target()
    {
        const string text = "到2027年，全县设备投资规模较2023年增长25%以上；目前已完成投资40亿元。";
        Assert.DoesNotContain("TargetListGoesOn", GroupingRulesFor(text));
        Assert.Single(Parse(text));
    }

    [Fact]
    public void A_new_sentence_after_the_target_is_read_as_before()
    {
        const string text = "到2027年，全县设备投资规模较2023年增长25%以上。各乡镇要加强项目谋划，做好要素保障。";
        Assert.DoesNotContain("TargetListGoesOn", GroupingRulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["各乡镇"]) && t.Deadline is null);
    }
}
