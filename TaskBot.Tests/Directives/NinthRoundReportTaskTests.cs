using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// A unit's undated work and its dated report on that work (ninth round, rule DatedReportOfWorkIsTask): conventions
/// "one task per deliverable that has its own deadline" make them two tasks of the same units, and the report's date
/// does not land on the work. Counter-tests: where the date governs the whole sentence, where what is handed in is
/// the work's own product, or where the work before already writes the report, the sentence stays one task.
/// </summary>
public class NinthRoundReportTaskTests
{
    static string Tasks(IReadOnlyList<ParsedTask> tasks) => string.Join(" | ", tasks.Select(t =>
        $"{string.Join("、", t.Lead)}/{string.Join("、", t.Co)}/{t.Deadline:yyyy-MM-dd}"));

    // The work keeps no date; the report of how it went is a second task with the date (r6d-066, ha-014).
    [Theory]
    [InlineData("各企业要制定本企业的消防安全自查方案，认真开展自查自改，并将自查总结、隐患整改情况于12月7日前报送管委会。",
        "各企业// | 各企业//2026-12-07")]
    [InlineData("各乡镇要立即组织排查农村危房，建立整治台账，并将排查整治情况于12月20日前报县住建局。",
        "各乡镇// | 各乡镇//2026-12-20")]
    [InlineData("要求各县区、各有关部门按照整改清单逐项整改存在的问题，并将整改情况于12月31日前报市安委办。",
        "各县区、各有关部门// | 各县区、各有关部门//2026-12-31")]
    public void A_dated_report_on_undated_work_is_a_task_of_its_own(string text, string expected) =>
        Assert.Equal(expected, Tasks(Parse(text)));

    [Fact]
    public void The_report_task_carries_what_is_reported()
    {
        var tasks = Parse("各乡镇要立即组织排查农村危房，建立整治台账，并将排查整治情况于12月20日前报县住建局。");
        Assert.Equal(2, tasks.Count);
        Assert.Contains("排查整治情况", tasks[1].Deliverable);
        Assert.DoesNotContain("排查整治情况", tasks[0].Deliverable);
    }

    // Counter: the date governs the whole sentence ("于…前完成A并报"); what is handed in is the work's own product
    // (工作方案); the work before already writes the report (进行总结, 形成报告); the work before is only an attitude.
    [Theory]
    [InlineData("各乡镇要于12月20日前完成农村危房排查并将排查情况报县住建局。", "各乡镇//2026-12-20")]
    [InlineData("各学校要认真制订校园安全工作方案，并于12月20日前将工作方案报县教育局。", "各学校//2026-12-20")]
    [InlineData("各乡镇要对秋冬季防火工作进行总结，并于12月20日前将总结情况报县应急管理局。", "各乡镇//2026-12-20")]
    [InlineData("各单位要抓紧开展相关工作，将落实情况形成报告，于12月20日前将纸质版和电子版报县政府督查室。", "各单位//2026-12-20")]
    public void A_report_that_is_the_work_or_its_product_stays_one_task(string text, string expected) =>
        Assert.Equal(expected, Tasks(Parse(text)));
}
