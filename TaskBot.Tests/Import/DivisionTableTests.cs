using TaskBot.Import;

namespace TaskBot.Tests.Import;

/// <summary>How the reader finds a table and reads a row, on grids as the file readers hand them over.</summary>
public sealed class DivisionTableTests
{
    static readonly DateOnly Today = new(2026, 12, 1);

    static ImportedTable Read(params string[][] rows) =>
        ImportFixtureTests.Reader().Read(new TableFileContent([new TableGrid("表格 1", rows)], "", null), Today);

    [Fact]
    public void A_header_under_a_title_and_a_second_header_row_that_splits_the_units_are_found()
    {
        var table = Read(
            ["2026年重点工作任务分工方案", "2026年重点工作任务分工方案", "2026年重点工作任务分工方案", "2026年重点工作任务分工方案", "2026年重点工作任务分工方案"],
            ["序号", "主要内容", "责任单位", "责任单位", "时间节点"],
            ["序号", "主要内容", "牵头单位", "协办单位", "时间节点"],
            ["1", "完成全县供水管网改造一期工程。", "县住建局", "县水利局、各乡镇", "2026年10月底前"]);
        var task = Assert.Single(table.Tasks);
        Assert.Equal(["县住建局"], task.Lead);
        Assert.Equal(["县水利局", "各乡镇"], task.Co);
        Assert.Equal(["各乡镇"], task.Generic);
        Assert.Equal(new DateOnly(2026, 10, 31), task.Deadline);
        Assert.Equal(4, task.Row);
    }

    [Fact]
    public void A_first_row_with_a_short_task_is_a_task_not_a_second_header_row()
    {
        var table = Read(["序号", "工作任务", "牵头单位", "完成时限"], ["1", "完成项目资金方案。", "县发改局", "6月底前"]);
        Assert.Equal(["县发改局"], Assert.Single(table.Tasks).Lead);
    }

    [Fact]
    public void A_responsible_list_leads_jointly_unless_one_unit_is_marked_as_lead()
    {
        var table = Read(
            ["序号", "工作任务", "责任单位", "完成时限"],
            ["1", "开展城镇燃气安全专项整治。", "县住建局（牵头）、县应急局、县市场监管局", "6月底前"],
            ["2", "建立耕地保护网格化监管机制。", "县自然资源局、县农业农村局", "长期坚持"]);
        Assert.Equal(["县住建局"], table.Tasks[0].Lead);
        Assert.Equal(["县应急局", "县市场监管局"], table.Tasks[0].Co);
        Assert.Equal(new DateOnly(2027, 6, 30), table.Tasks[0].Deadline);
        Assert.Equal(["县自然资源局", "县农业农村局"], table.Tasks[1].Lead);
        Assert.Empty(table.Tasks[1].Co);
        // No date: kept, flagged (the preview prefills a default and counts it as 待补全), with the phrase.
        Assert.Null(table.Tasks[1].Deadline);
        Assert.Equal("长期坚持", table.Tasks[1].DeadlineText);
    }

    [Fact]
    public void Several_dates_in_a_time_cell_give_the_last_and_a_year_alone_is_its_last_day()
    {
        var table = Read(
            ["序号", "工作任务", "牵头单位", "完成时限"],
            ["1", "启动并完成老旧小区改造。", "县住建局", "2026年6月底前启动，12月底前完成"],
            ["2", "创建省级卫生县城。", "县卫健委", "2027年"],
            ["3", "完成年度造林任务。", "县林业局", "2027.5"],
            ["4", "推进产业园建设。", "", "年底前"]);
        Assert.Equal(new DateOnly(2026, 12, 31), table.Tasks[0].Deadline);
        Assert.Equal(new DateOnly(2027, 12, 31), table.Tasks[1].Deadline);
        Assert.Equal(new DateOnly(2027, 5, 31), table.Tasks[2].Deadline);
        // A row without a unit is kept and flagged: the preview asks for one.
        Assert.True(table.Tasks[3].MissingUnit);
        Assert.Equal(new DateOnly(2026, 12, 31), table.Tasks[3].Deadline);
    }

    [Theory]
    [InlineData("2027-03-31", "2027-03-31")]
    [InlineData("2027.3.31", "2027-03-31")]
    [InlineData("2027/3/31前", "2027-03-31")]
    [InlineData("12月", "2026-12-31")]
    [InlineData("6月", "2027-06-30")]
    [InlineData("2027年上半年", "2027-06-30")]
    [InlineData("三季度末", "2027-09-30")]
    [InlineData("10月中旬", "2027-10-20")]
    public void Time_cells_as_clerks_write_them(string cell, string expected)
    {
        var table = Read(["序号", "工作任务", "牵头单位", "完成时限"], ["1", "完成全县供水管网改造一期工程。", "县住建局", cell]);
        Assert.Equal(DateOnly.Parse(expected), Assert.Single(table.Tasks).Deadline);
    }

    [Fact]
    public void One_unit_cell_that_labels_the_roles_itself_is_read_by_its_labels()
    {
        var table = Read(["序号", "工作任务", "责任单位", "完成时限"],
            ["1", "开展校园周边环境整治。", "牵头单位：县教育局\n配合单位：县公安局、县市场监管局", "9月底前"]);
        var task = Assert.Single(table.Tasks);
        Assert.Equal(["县教育局"], task.Lead);
        Assert.Equal(["县公安局", "县市场监管局"], task.Co);
    }

    [Fact]
    public void Section_rows_and_a_header_repeated_on_a_new_page_are_no_tasks()
    {
        var table = Read(
            ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
            ["一、扩大有效投资", "一、扩大有效投资", "一、扩大有效投资", "一、扩大有效投资", "一、扩大有效投资"],
            ["1", "谋划储备专项债券项目。", "县发改局", "县财政局", "3月底前"],
            ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
            ["二、保障改善民生", "", "", "", ""],
            ["2", "新增城镇就业岗位。", "县人社局", "", "年底前"]);
        Assert.Equal(["1", "2"], table.Tasks.Select(t => t.Seq));
        Assert.StartsWith("二、保障改善民生", table.Tasks[1].Source);
    }

    [Fact]
    public void A_file_without_a_recognisable_header_is_refused_in_chinese()
    {
        var e = Assert.Throws<TableImportException>(() => Read(["姓名", "电话"], ["张三", "123"]));
        Assert.Contains("表头", e.Message);
    }

    [Theory]
    [InlineData("表.xls", "另存为」.xlsx")]
    [InlineData("表.doc", "另存为」.docx")]
    [InlineData("表.xlsm", "启用宏")]
    [InlineData("表.pdf", "只能读取")]
    public void Files_that_are_no_readable_table_are_refused_by_name(string name, string expected) =>
        Assert.Contains(expected, Assert.Throws<TableImportException>(() => TableFile.Read(name, [0x50, 0x4B, 3, 4])).Message);

    [Fact]
    public void An_encrypted_or_damaged_package_is_refused()
    {
        Assert.Contains("密码", Assert.Throws<TableImportException>(() => TableFile.Read("a.xlsx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])).Message);
        Assert.Contains("不是有效的", Assert.Throws<TableImportException>(() => TableFile.Read("a.docx", "hello"u8.ToArray())).Message);
        Assert.Contains("无法打开", Assert.Throws<TableImportException>(() => TableFile.Read("a.xlsx", [0x50, 0x4B, 3, 4, 0, 0, 0])).Message);
    }
}
