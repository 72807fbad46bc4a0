using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-second round, family "deliverables" (conventions, "What a parsed task carries": the deliverable is what must
/// be produced or done). Rule ExhortationIsNoJob widened (lexicon deliverableTrim.exhortations + 协同配合, 协调配合,
/// 工作调度, 督导调度): "加强协同配合，开展…", "加强工作调度，完成…" — a clause that only asks the units to work together
/// or to keep steering the work says how, not what; the job is the clause beside it. Seen in train in 4 documents
/// (mn-001, nt-092, r6l-042, r6l-044); the words stand in 4–42 train documents. Alone in its task the clause is still
/// the task's phrase, and inside a longer job (建立…协同配合机制, 工作调度台账) the words stay.
/// </summary>
public class TwentySecondRoundDeliverablesTests
{
    [Theory]
    [InlineData("县住建局要加强协同配合，于11月30日前开展老旧小区燃气管道大排查。", "县住建局", "2026-11-30", "燃气管道大排查", "协同配合")]
    [InlineData("县农业农村局要加强工作调度，于12月25日前完成高标准农田建设任务。", "县农业农村局", "2026-12-25", "高标准农田建设", "工作调度")]
    [InlineData("县教育局要加强督导调度，确保12月20日前校舍维修全部完工。", "县教育局", "2026-12-20", "校舍维修", "督导调度")]
    [InlineData("县生态环境局要紧盯重点企业和重点时段，于12月15日前完成扬尘污染治理，各部门要协调配合。", "县生态环境局", "2026-12-15", "扬尘污染治理", "协调配合")]
    public void Working_together_or_steering_beside_a_job_is_no_part_of_it(string text, string lead, string date, string job, string words)
    {
        var t = Parse(text).First(x => x.Lead.SequenceEqual([lead]));
        Assert.Equal(date, DateOf(t));
        Assert.Contains(job, t.Deliverable);
        Assert.DoesNotContain(words, t.Deliverable);
    }

    [Fact]
    public void Steering_alone_is_still_the_tasks_phrase()
    {
        var t = Single("县交通运输局要于12月20日前加强督导调度。");
        Assert.Equal(["县交通运输局"], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
        Assert.Contains("督导调度", t.Deliverable);
    }

    [Theory]
    [InlineData("县应急管理局要于12月20日前建立部门协同配合机制。", "协同配合机制")]
    [InlineData("县发改局要于12月20日前建立重点项目工作调度台账。", "工作调度台账")]
    public void The_words_inside_a_longer_job_stay(string text, string kept)
    {
        var t = Single(text);
        Assert.Equal("2026-12-20", DateOf(t));
        Assert.Contains(kept, t.Deliverable);
    }
}
