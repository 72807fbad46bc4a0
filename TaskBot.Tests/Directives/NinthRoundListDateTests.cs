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

    // Rule dated_milestones_split: milestones listed with 、/及/和 in one clause, each opened by its own date, are one task
    // per date (conventions: one task per deliverable that has its own deadline) (ha-090, r8l-029).
    [Fact]
    public void Milestones_listed_in_one_clause_are_one_task_per_date()
    {
        var tasks = Parse("会议要求,各乡镇要倒排工期,确保12月底前完成改厕任务的一半、2027年3月底前全部完成、6月底前通过县级验收。");
        Assert.Equal(3, tasks.Count);
        Assert.All(tasks, t => Assert.Contains("各乡镇", t.Lead));
        Assert.Equal(new[] { "2026-12-31", "2027-03-31", "2027-06-30" }, tasks.Select(Date).ToArray());
    }

    [Fact]
    public void Milestones_joined_by_ji_split_too()
    {
        var tasks = Parse("县住建局要严格围绕12月10日前上报隐患清单及12月25日前上报整治方案的要求,及时排查摸底。");
        Assert.Contains(tasks, t => t.Lead.Contains("县住建局") && Date(t) == "2026-12-10");
        Assert.Contains(tasks, t => t.Lead.Contains("县住建局") && Date(t) == "2026-12-25");
    }

    // Counter: two dates of one report (no words of their own between them), and a year's target after a date, stay one task.
    [Theory]
    [InlineData("各责任单位于12月5日和2027年6月5日前将年度及半年工作完成情况书面报告县政府。", "2026-12-05")]
    [InlineData("各乡镇要分别于12月10日前、12月20日前报送整改进展情况。", "2026-12-10")]
    [InlineData("各单位于12月5日前将半年及年度目标任务完成情况报送县政府办公室。", "2026-12-05")]
    public void Dates_of_one_report_stay_one_task(string text, string date)
    {
        var task = Single(text);
        Assert.Equal(date, Date(task));
    }
}

