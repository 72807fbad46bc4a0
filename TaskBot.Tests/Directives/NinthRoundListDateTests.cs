using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Dated deadlines in multi-task texts (ninth round, family listdates): a table header's column of a year's targets
/// dates the rows under it. Each rule has a counter-test where the rows must keep their own time or no date.
/// </summary>
public class NinthRoundListDateTests
{
    static string? Date(ParsedTask t) => t.Deadline?.ToString("yyyy-MM-dd");

    // Rule column_year_target: "序号 | 2027年预期目标 | 责任单位" — the column of what each row must reach is named by a
    // year's targets, so every row's target is due on that year's last day (r8l-039, ha-080).
    [Fact]
    public void A_year_target_column_dates_the_rows_under_it()
    {
        var text = "附件1\n\n2027年县政府工作报告主要预期目标任务分解表\n\n序号\n\n2027年预期目标\n\n责任单位\n\n1\n\n地区生产总值增长6%左右\n\n县发改局\n\n2\n\n规模以上工业增加值增长8%左右\n\n县工信局\n\n3\n\n城镇新增就业3000人以上\n\n县人社局";
        var tasks = Parse(text);
        Assert.Equal(3, tasks.Count);
        Assert.Contains(tasks, t => t.Lead.Contains("县工信局"));
        Assert.All(tasks, t => Assert.Equal("2027-12-31", Date(t)));
    }

    [Fact]
    public void A_pipe_table_year_target_column_dates_its_rows()
    {
        var text = "序号 | 民生实事名称 | 2027年度任务目标 | 责任单位 |\n1 | 新建城区停车场 | 新建公共停车泊位800个 | 县住建局 |\n2 | 改造农村公路 | 完成农村公路提档升级50公里 | 县交通运输局 |";
        var tasks = Parse(text);
        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.Equal("2027-12-31", Date(t)));
    }

    // Counter: a row with its own 完成时限 keeps it; a column of a past result (完成情况) or a past year dates nothing.
    [Fact]
    public void A_row_with_its_own_time_keeps_it()
    {
        var text = "序号\n\n2027年预期目标\n\n责任单位\n\n完成时限\n\n1\n\n完成城区污水管网改造20公里\n\n县住建局\n\n2027年6月底前\n\n2\n\n新增造林面积1万亩\n\n县林业局\n\n";
        var tasks = Parse(text);
        Assert.Contains(tasks, t => t.Lead.Contains("县住建局") && Date(t) == "2027-06-30");
        Assert.Contains(tasks, t => t.Lead.Contains("县林业局") && Date(t) == "2027-12-31");
    }

    [Theory]
    [InlineData("序号\n\n2025年预期目标\n\n责任单位\n\n1\n\n地区生产总值增长6%左右\n\n县发改局\n\n2\n\n城镇新增就业3000人以上\n\n县人社局")]
    [InlineData("序号\n\n2026年完成情况\n\n责任单位\n\n1\n\n推进城区污水管网改造\n\n县住建局\n\n2\n\n推进国土绿化行动\n\n县林业局")]
    public void A_past_or_result_column_dates_nothing(string text)
    {
        var tasks = Parse(text);
        Assert.NotEmpty(tasks);
        Assert.DoesNotContain(tasks, t => t.Deadline is not null);
    }
}
