using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-sixth round, non-directives read as tasks (errs.py fp), family "reject".
/// ToldWorkCompliesWithRequirement (the ask check of PerfectiveReport, ProgressAspect and AsOfReport,
/// <see cref="SentenceView.HasAskInToldWork"/>): in a sentence told as done (了, 已 / 正在, 截至目前, only past dates) the
/// requirement the work complied with ("按照街道会议安排要求开展…，组织群众开展了…", "按照3月5日前完成移栽任务要求，…推动了…")
/// says why it was done, when the work after it is told as done (了 / 已 after the 要求); it asks nobody anything now
/// (conventions: "Narrative … yield no task", "progress reports (已完成…)"). Train: 12 sentences of the shape in 10
/// documents, none the source of a gold task (9 in items labelled no task; r9s-005, r9l-041 and r10l-030 take their tasks
/// from other sentences, r10l-030's opening report was only paired by the scorer); the two the parser read as tasks
/// (r10s-023, r12s-068) are labelled no task. Every other ask still keeps the task: a modal (要, 须, 应, 请, 务必, 必须,
/// 责成), 由…牵头 / 负责, 希望 + a unit, a 要求 put forward (提出…要求) or opening what is asked (要求：), and a requirement
/// whose work is not told as done ("…汇报了…，并按照…的要求，倒排施工工期").
/// </summary>
public class TwentySixthRoundRejectTests
{
    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    static readonly DateOnly Dec20 = new(2026, 12, 20);

    [Theory]
    [InlineData("11月12日，各村按照镇党委会议安排要求开展人居环境整治工作，组织群众开展了为期3天的集中清理。", "PerfectiveReport")]
    [InlineData("各乡镇按照11月20日前完成秸秆离田任务要求，调动一切力量，加快离田进度，推动了秸秆综合利用工作。", "PerfectiveReport")]
    [InlineData("根据县委县政府的统一部署要求，县林业局组织开展了冬季森林防火专项检查。", "PerfectiveReport")]
    [InlineData("按照县政府的部署要求，城区三个老旧小区改造工程已全部完工。", "ProgressAspect")]
    [InlineData("截至目前，各乡镇按照县防指要求已完成山塘水库巡查。", "ProgressAspect")]
    public void Work_told_as_done_under_a_requirement_it_complied_with_is_no_task(string text, string rule)
    {
        Assert.Contains(rule, RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_requirement_cited_before_a_modal_still_hands_the_job_over()
    {
        // Counter-test: the same basis (根据…部署要求) before 要 and a date: an order, not a report.
        var text = "根据县政府的部署要求，县住建局要于12月20日前完成老旧小区改造验收。";
        var t = Single(text);
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void Requirements_put_forward_after_a_told_report_still_ask()
    {
        // Counter-test: 听取了 tells what happened, but 提出…要求： opens what is asked (根据 frames the putting forward).
        var text = "会议听取了县林业局的汇报，根据冬季防火形势对县林业局提出以下几点要求：于12月20日前完成林区防火隔离带建设。";
        Assert.DoesNotContain("PerfectiveReport", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["县林业局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_lead_named_after_a_told_study_still_leads()
    {
        // Counter-test: 研究了 is told, but 由…牵头 assigns the work; the basis (按照省市要求) does not turn it into a report.
        var text = "会议研究了冬季防火工作，明确由县林业局牵头，按照省市要求于12月20日前完成防火隔离带建设。";
        Assert.DoesNotContain("PerfectiveReport", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["县林业局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_hope_addressed_to_units_after_a_done_step_still_asks()
    {
        // Counter-test: 已印发 is done, 希望各中小学…完成整改 hands the work to the schools.
        var text = "针对检查中发现的问题，县教育局已印发通报，希望各中小学按照通报要求于12月20日前完成整改。";
        Assert.DoesNotContain("ProgressAspect", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["各中小学"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void Work_under_the_requirement_not_told_as_done_is_still_asked()
    {
        // Counter-test: 汇报了 is told, but the work under the requirement (倒排施工工期) has no aspect of its own.
        var text = "相关乡镇汇报了项目进展情况，并按照12月20日前在建项目完工的要求，倒排施工工期。";
        Assert.DoesNotContain("PerfectiveReport", RulesFor(text));
        Assert.NotEmpty(Parse(text));
    }

    [Fact]
    public void A_modal_in_the_next_clause_keeps_the_told_sentence_read()
    {
        // Counter-test: the told work and its basis, then 请各村…报送: the sentence asks.
        var text = "各村按照镇党委会议安排要求开展了人居环境整治，请各村于12月20日前报送整治台账。";
        Assert.DoesNotContain("PerfectiveReport", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["各村"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }
}
