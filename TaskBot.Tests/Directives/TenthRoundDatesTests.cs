using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Deadline rules of the tenth round (deadlines that the conventions date and the parser left undated, or dated on
/// the wrong task). Each rule has made-up examples of its shape and counter-tests where it must not fire.
/// </summary>
public class TenthRoundDatesTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    // Rule RecapOfThisWorkDatesIt: a sentence opened by 此项工作/此工作/这些工作 that only says by when the work is done
    // dates the work just asked for, and is no task of its own.
    [Theory]
    [InlineData("现请各科室对本年度到期的固定资产开展清查。此工作于12月20日前完成。", "各科室", "固定资产清查")]
    [InlineData("请各乡镇对辖区内的危旧房屋开展一次全面排查。此项工作须在12月20日前完成。", "各乡镇", "危旧房屋")]
    [InlineData("县住建局要组织开展燃气管道隐患排查。该项工作于12月20日前全部完成。", "县住建局", "燃气管道隐患排查")]
    public void A_singular_recap_dates_the_work_just_asked_for(string text, string lead, string job)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
        Assert.Contains(job, t.Deliverable);
    }

    [Fact]
    public void A_plural_recap_dates_every_undated_task_of_its_paragraph()
    {
        var tasks = Parse("县统计局负责组建普查机构，县财政局负责落实普查经费，各乡镇负责开展摸底登记。这些工作都将在12月20日前全部完成。");
        Assert.Equal(3, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(Dec20, t.Deadline));
    }

    [Fact]
    public void A_singular_recap_does_not_reach_past_a_dated_task()
    {
        // The last task has its own date: 此项工作 points to it, nothing earlier takes the recap's date.
        var tasks = Parse("县民政局要开展低保对象复核。县人社局要于12月10日前完成社保卡发放。此项工作须在12月20日前完成。");
        var first = Assert.Single(tasks, t => t.Lead.SequenceEqual(["县民政局"]));
        Assert.Null(first.Deadline);
    }

    [Theory]
    // A recap that hands over a report of the work is a task of its own (the report), not a time of the work above.
    [InlineData("请各科室将固定资产清点结果汇总。此项工作情况于12月20日前报送县财政局。")]
    // A demonstrative inside the sentence (not opening it) is no recap: the sentence is its own task.
    [InlineData("请各科室做好固定资产清点，并将此项工作于12月20日前报送县财政局备案。")]
    public void A_recap_that_asks_for_more_than_completion_stays_a_task(string text)
    {
        var tasks = Parse(text);
        Assert.Contains(tasks, t => t.Deadline == Dec20);
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["各科室"]));
    }

    [Fact]
    public void Without_a_date_the_recap_changes_nothing()
    {
        // No reference: "12月20日前" cannot be dated, the recap dates nothing and the task stays as it was.
        var tasks = Parse("现请各科室将固定资产进行清点。此工作于12月20日前完成。", reference: null);
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["各科室"]));
        Assert.All(tasks, t => Assert.Null(t.Deadline));
    }
}
