using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Fifteenth round, items right but for one extra task.
/// GenericWorkTakesItsModalClause (a condition of ModalClauseIsAnotherTask): after a task that so far only pushes some
/// work along (its jobs end in …工作, no date), a later 要-clause of the same sentence says how that work is done and
/// joins it; it is no task of its own. A job named by its product before the 要-clause keeps the split, and so does a
/// 要-sentence after a sentence of generic work (a field of work opening a list of jobs is one of them).
/// Train r5m-014, r9s-062; validation net +1.
/// </summary>
public class FifteenthRoundExtraTests
{
    [Theory]
    // The rule's example: duty arrangements for a holiday, then how incidents are handled.
    [InlineData("节日期间，各单位要妥善安排好值班和安全、保卫等工作，遇有突发事件，要按规定及时报告并妥善处置。", "各单位")]
    // A campaign named as work, then what the campaign does.
    [InlineData("各街道要开展背街小巷环境卫生专项整治工作，要集中力量清理卫生死角，全面提升市容市貌。", "各街道")]
    // A review asked as work, then how it is done.
    [InlineData("各村要认真做好低保对象年度复核工作，要逐户核实家庭收入和财产状况。", "各村")]
    public void A_modal_clause_after_generic_work_of_the_sentence_joins_it(string text, string lead)
    {
        var t = Assert.Single(Parse(text));
        Assert.Equal([lead], t.Lead);
    }

    [Fact]
    public void A_modal_clause_after_a_job_named_by_its_product_is_another_task()
    {
        var tasks = Parse("各成员单位要切实整改暗访曝光的问题，要建立和落实文明创建长效机制。");
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(["各成员单位"], t.Lead));
    }

    [Fact]
    public void A_modal_sentence_after_a_sentence_of_generic_work_stays_a_task()
    {
        var tasks = Parse("各乡镇要做好防汛抗旱工作。要对辖区小型水库进行排查摸底。");
        Assert.Equal(2, tasks.Count);
    }

    [Fact]
    public void An_attitude_before_a_modal_clause_still_hands_over_the_job()
    {
        var t = Assert.Single(Parse("各乡镇要高度重视，要建立秸秆禁烧巡查制度。"));
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Contains("巡查制度", t.Deliverable);
    }
}
