using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Fourteenth round, non-directives the parser turned into tasks (rejection).
/// ReportedListGoesOn: a numbered list whose introduction hands nothing over — a sentence set aside as a report, a
/// description of a document or the writer's own plan (PerfectiveReport, SinceSpanReport, OwnAnnouncement,
/// DocumentDescribed …), a pledge read as an attitude with a future 将 ("县交通运输系统将认真贯彻落实会议精神。"), or a
/// sentence in which the writer names itself and goes on with 将 ("我局下一步将采取以下工作措施：") — tells in its entries
/// what was done or will be done; it asks nothing (conventions: progress reports, descriptions of a document and the
/// writer's own announcements yield no task). An entry sentence that asks (a modal, 请, a cue) or sets a dated limit
/// keeps its task; an introduction that goes on to a speaker's words or a deployment ("作出以下强调：", "提出了三点要求：")
/// introduces what was asked, and its list is read as before. Train: nt-113, hb-089, r8s-070; validation net +1.
/// A speaker verb right after 所 ("根据您所提出的工作建议") is a relative clause, no cue opening an asked list.
/// </summary>
public class FourteenthRoundRejectTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    [Theory]
    // A report of work done this year, then what was done, entry by entry.
    [InlineData("今年以来，县农业农村局认真做好秸秆综合利用工作。一是组织编制秸秆综合利用实施方案。二是开展秸秆还田技术培训。")]
    // A document's description, then its parts.
    [InlineData("《实施方案》明确了4方面12项重点任务。一是实施农村道路提升行动。二是实施农村供水保障行动，推进城乡供水一体化。")]
    // The writer's own next steps, answering a proposal.
    [InlineData("根据您所提出的意见建议，经实地调研，我局下一步将采取以下措施：一是安排执法人员加强对该路段的巡查管控。二是协调施工单位设置临时交通标志，确保过往车辆安全。")]
    // A system's pledge after a congress, then its own plan.
    [InlineData("县住建系统将认真贯彻落实会议精神。一是抓好保障性住房建设，实行挂图作战。二是推进老旧小区改造，提升居住品质。")]
    public void The_entries_of_a_list_a_report_or_an_own_plan_introduced_are_no_task(string text)
    {
        Assert.Contains("ReportedListGoesOn", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void An_entry_that_asks_a_unit_by_a_date_keeps_its_task()
    {
        const string text = "今年以来，县农业农村局认真做好秸秆综合利用工作。一是各乡镇要于12月20日前完成秸秆还田面积统计。二是开展秸秆还田技术培训。";
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["各乡镇"]) && t.Deadline == Dec20);
    }

    [Fact]
    public void An_entry_of_an_own_plan_that_asks_others_keeps_its_task()
    {
        const string text = "下一步，我局将采取以下措施：一是加强重点路段巡查。二是请各乡镇于12月20日前报送隐患排查清单。";
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["各乡镇"]) && t.Deadline == Dec20);
    }

    [Theory]
    // The report goes on to what the speaker stressed: the list is asked.
    [InlineData("会上，乡林业站站长传达了全县森林防火会议精神，作出以下强调：一是做好森林防火巡查工作。二是坚决制止乱砍滥伐现象。")]
    // A deployment word after the report.
    [InlineData("县应急管理局对全县安全生产工作进行了检查，提出了三点要求：一是组织开展燃气安全隐患排查。二是制定冬季安全生产应急预案。")]
    // An asked list, with no report before it.
    [InlineData("会议要求：一是组织编制秸秆综合利用实施方案。二是开展秸秆还田技术培训。")]
    public void A_list_a_speaker_or_a_cue_introduces_keeps_its_tasks(string text)
    {
        Assert.DoesNotContain("ReportedListGoesOn", RulesFor(text));
        Assert.NotEmpty(Parse(text));
    }

    [Fact]
    public void A_relative_clause_with_suo_is_no_speaker_and_the_order_after_it_keeps_its_unit()
    {
        const string text = "根据市政府所提出的整改要求，县住建局要于12月20日前完成城中村消防隐患排查。";
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县住建局"]) && t.Deadline == Dec20);
    }
}
