using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Sixteenth round, tasks missed in multi-task texts.
/// ModalOpeningAsksFirstJob: a sentence that opens with its modal on a guideline (要按照…, 要依据…, 要对照…: set aside as
/// tone), with no task before it to join, asks with that modal for the first job named after it in the sentence: a
/// task with an empty lead (conventions: a requirement that names no unit is still a task). An opening with a verb of
/// its own (要将…融入…) is itself what is asked, and a purpose (确保…) after the guideline is no job.
/// Train r5l-007; validation net +1.
/// </summary>
public class SixteenthRoundMissedTests
{
    [Theory]
    // The rule's example (r5l-007's shape): an entry's heading, then 要按照… and the jobs.
    [InlineData("会议要求，一是实事求是，科学上报。要按照测评标准，对标创建，提升网上申报资料质量。", "申报资料")]
    // A numbered heading of a plan, then 要依据… and the jobs.
    [InlineData("四、规范管理。要依据有关规定，分类清理闲置资产，提升资产使用效率。", "闲置资产")]
    public void A_modal_opening_on_a_guideline_asks_the_first_job_after_it(string text, string product)
    {
        var t = Assert.Single(Parse(text));
        Assert.Empty(t.Lead);
        Assert.Null(t.Deadline);
        Assert.Contains(product, t.Deliverable);
    }

    [Fact]
    public void An_entry_whose_body_opens_on_a_guideline_is_a_task_of_its_own()
    {
        var tasks = Parse("会议提出两点要求：一是压实责任，认真上报。要对照考核细则，逐项自查，提升台账资料质量。二是加强巡查，每周开展一次隐患排查。");
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Empty(t.Lead));
    }

    [Fact]
    public void A_modal_opening_with_a_verb_of_its_own_is_no_guideline()
    {
        // 要将…融入… is itself the (attitude) requirement; the clause after it says more of it (train mn-028).
        var t = Assert.Single(Parse("会议提出两点要求：一是压实责任。要将安全责任落到每一个岗位，提升全员责任意识。二是加强巡查，每周开展一次隐患排查。"));
        Assert.Contains("隐患排查", t.Deliverable);
    }

    [Fact]
    public void A_purpose_after_a_guideline_is_no_job()
    {
        Assert.Empty(Parse("一是守住底线。要按照上级要求，确保不发生重大安全事故。"));
    }

    [Fact]
    public void A_unit_named_before_still_leads_the_guided_job()
    {
        var t = Assert.Single(Parse("县财政局要按照预算管理规定，于12月20日前完成年度预算调整。"));
        Assert.Equal(["县财政局"], t.Lead);
    }
}
