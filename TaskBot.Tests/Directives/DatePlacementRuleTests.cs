using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Which task a date belongs to when a sentence or a list holds several: what the clerk would write in the 台账
/// (conventions: "One sentence, several tasks"; year- and period-level targets).
/// </summary>
public class DatePlacementRuleTests
{
    static string Dates(string text) =>
        string.Join(" | ", Parse(text).Select(t => $"{string.Join("、", t.Lead)}:{t.Deadline:yyyy-MM-dd}"));

    // Rule ClosingDateStaysWithItsUnits: a date closing the sentence is the last job's when the same units were
    // given an earlier job in it.
    [Fact]
    public void Closing_date_of_a_units_last_job_leaves_their_earlier_job_undated()
    {
        var tasks = Parse("各单位要聚焦重点工作，抓好资料申报，要加大背街小巷的规范管理，力争在12月20日前抓好整改工作。");
        Assert.True(tasks.Count >= 2, string.Join(" | ", tasks.Select(Describe)));
        Assert.All(tasks, t => Assert.Equal("各单位", string.Join("、", t.Lead)));
        Assert.Null(tasks[0].Deadline);
        Assert.Equal(new DateOnly(2026, 12, 20), tasks[^1].Deadline);
    }

    // Counter-test: tasks of other units, each named by 负责, still share a closing date (the conventions' case).
    [Fact]
    public void Closing_date_still_binds_the_tasks_of_other_units()
    {
        Assert.Equal("县住建局:2026-12-20 | 县水务公司:2026-12-20",
            Dates("县住建局负责管网设计，县水务公司负责施工，12月20日前建成投用。"));
    }

    // Rule ClosingDateBindsOtherUnits: a date followed by a new task in the same sentence is not the sentence's
    // closing date: the units before it do not take it.
    [Fact]
    public void A_date_in_the_middle_of_a_sentence_stays_with_its_task()
    {
        Assert.Equal("县交通局: | 清河头乡:2026-12-05 | 县水利局:",
            Dates("县交通局要发挥好牵头作用，清河头乡要克服困难，加大工作力度，12月5日前完成拆迁清表工作，县水利局要同时推进管线迁移。"));
    }
}
