using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Rules of the twelfth round for whole multi-task texts: schedule tables that arrive flattened with their header
/// row in the same item as the rows under it. Each rule has made-up examples of its shape and counter-tests where it
/// must not fire.
/// </summary>
public class TwelfthRoundListsTests
{
    // Rule RowsUnderHeader: "| 时间节点 | 工作事项 |" followed, in the same item, by rows that open a line with a date
    // that says "by": the rows are work, each a task with its date; only a header alone hands nothing over.
    [Fact]
    public void Rows_under_a_header_in_the_same_item_are_tasks_with_their_dates()
    {
        var tasks = Parse("现将有关事项通知如下:\n一、工作时间安排\n| 时间节点 | 工作事项 |\n2026年12月15日前 | 提交年度工作总结 |\n2027年1月10日前 | 完成档案整理归档 |\n2027年1月20日前 | 报送下年度工作计划 |\n二、其他事项\n请各科室按时完成。");
        Assert.Contains(tasks, t => t.Deadline == new DateOnly(2026, 12, 15) && t.Deliverable.Contains("工作总结"));
        Assert.Contains(tasks, t => t.Deadline == new DateOnly(2027, 1, 10) && t.Deliverable.Contains("档案"));
        Assert.Contains(tasks, t => t.Deadline == new DateOnly(2027, 1, 20) && t.Deliverable.Contains("工作计划"));
        // The cell separator is no part of what is produced.
        Assert.All(tasks, t => Assert.DoesNotContain("|", t.Deliverable));
    }

    [Fact]
    public void Rows_with_a_numbered_cell_under_a_header_are_tasks_with_their_dates()
    {
        var tasks = Parse("三、时间安排\n关键工作时间节点如下:\n| 序号 |\n工作任务 |\n完成时间 |\n| 1 |\n完成项目申报书填报 |\n2026年12月10日前 |\n| 2 |\n完成项目评审 |\n2026年12月25日前 |");
        Assert.Contains(tasks, t => t.Deadline == new DateOnly(2026, 12, 10) && t.Deliverable.Contains("申报书"));
        Assert.Contains(tasks, t => t.Deadline == new DateOnly(2026, 12, 25) && t.Deliverable.Contains("评审"));
    }

    [Fact]
    public void A_header_row_alone_is_still_no_task()
    {
        // A header names its date column (完成时限) and holds no date: it hands nothing over, and its unit columns still
        // name the roles of the row under it.
        var tasks = Parse("序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限\n1 | 完成全县农村公路安全隐患排查 | 县交通运输局 | 县公安局 | 2026年12月20日前");
        var t = Assert.Single(tasks);
        Assert.Equal(["县交通运输局"], t.Lead);
        Assert.Equal(["县公安局"], t.Co);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void A_date_inside_a_row_that_does_not_open_its_line_keeps_the_header_a_header()
    {
        // "计划于2026年12月底前完成" stands inside a cell's text, not at a line's start: the item stays a header.
        var tasks = Parse("序号 | 牵头单位 | 完成时限 说明:计划于2026年12月底前完成");
        Assert.Empty(tasks);
    }
}
