using DocumentFormat.OpenXml.Packaging;
using TaskBot.Assignments;
using TaskBot.Calendar;
using TaskBot.Digest;
using TaskBot.Directory;
using TaskBot.Ledger;
using TaskBot.Tasks;
using TaskBot.Tests.Browser;
using TaskBot.Tests.EndToEnd;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace TaskBot.Tests.Ledger;

/// <summary>The exported 台账 read back with the Open XML SDK, as Excel would open it.</summary>
public sealed class LedgerWorkbookTests
{
    static readonly DateOnly Today = CardGallery.Today;   // 2026-03-10
    static readonly IWorkingDayCalendar Calendar = ChinaWorkingCalendar.Default;

    /// <summary>Four tasks of the card gallery's county: on track, due in 2 working days, overdue, done.</summary>
    internal static IReadOnlyList<DirectiveTask> Tasks() =>
    [
        CardGallery.ATask(DirectiveTaskStatus.InProgress),
        CardGallery.ATask(DirectiveTaskStatus.Acknowledged, 43, "辖区安全生产隐患排查报告", new DateOnly(2026, 3, 12)),
        CardGallery.ATask(DirectiveTaskStatus.Assigned, 44, "高标准农田建设验收材料", new DateOnly(2026, 3, 6)),
        CardGallery.ATask(DirectiveTaskStatus.Completed, 45, "专精特新企业支持政策初稿", new DateOnly(2026, 3, 9)) with
        {
            Submission = new Submission("县发改局", "政策初稿已报县政府", null, new PersonRef("x", "周志强"), new DateTimeOffset(2026, 3, 8, 10, 0, 0, TimeSpan.FromHours(8))),
        },
    ];

    internal static byte[] Sample()
    {
        var tasks = Tasks();
        var history = tasks.ToDictionary(t => t.Id, t => (IReadOnlyList<TaskEvent>)
        [
            new TaskEvent(t.Id, 1, t.IssuedAt, t.IssuedBy, TaskAction.Create, null, [new FieldChange("状态", null, "已交办")], null),
            new TaskEvent(t.Id, 2, t.IssuedAt.AddHours(1), new PersonRef("x", "周志强"), TaskAction.Acknowledge, "县发改局", [new FieldChange("签收", null, "已签收")], null),
        ]);
        return LedgerWorkbook.Build(tasks, history, WeeklyDigest.Compute(tasks, Today, Calendar), Today, Calendar, "督办台账（全部）");
    }

    [Fact]
    public void The_ledger_has_one_row_per_task_and_unit_with_the_colour_as_the_cells_fill()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Sample()), false);
        var rows = TableImportFlowTests.LedgerRows(doc, "台账");
        Assert.Equal(LedgerWorkbook.LedgerColumns, rows[0].Select(c => c.Text));
        Assert.Equal(8, rows.Count - 1);   // 4 tasks × 2 units
        var colours = rows.Skip(1).GroupBy(r => r[0].Text).ToDictionary(g => g.Key, g => g.Select(r => (r[8].Text, r[8].Fill)).Distinct().Single());
        Assert.Equal(("绿", LedgerWorkbook.GreenArgb), colours["DB-2026-000042"]);
        Assert.Equal(("黄", LedgerWorkbook.YellowArgb), colours["DB-2026-000043"]);
        Assert.Equal(("红", LedgerWorkbook.RedArgb), colours["DB-2026-000044"]);
        Assert.Equal(("绿", LedgerWorkbook.GreenArgb), colours["DB-2026-000045"]);
        var done = rows.Single(r => r[0].Text == "DB-2026-000045" && r[5].Text == "牵头");
        Assert.Equal("已办结", done[7].Text);
        Assert.Equal("2026-03-08 10:00", done[12].Text);
        var lead = rows.Single(r => r[0].Text == "DB-2026-000042" && r[5].Text == "牵头");
        Assert.StartsWith("60%：已完成项目梳理", lead[10].Text);
    }

    [Fact]
    public void The_header_is_frozen_filtered_and_wide_enough_for_chinese_text()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Sample()), false);
        var wb = doc.WorkbookPart!;
        Assert.Equal(["台账", "统计", "历史"], wb.Workbook.Sheets!.Elements<S.Sheet>().Select(s => s.Name!.Value));
        var ws = (WorksheetPart)wb.GetPartById(wb.Workbook.Sheets!.Elements<S.Sheet>().First().Id!);
        var pane = ws.Worksheet.Descendants<S.Pane>().Single();
        Assert.Equal(S.PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.Equal("A1:M9", ws.Worksheet.Descendants<S.AutoFilter>().Single().Reference!.Value);
        var widths = ws.Worksheet.Descendants<S.Column>().Select(c => c.Width!.Value).ToList();
        Assert.True(widths[1] >= 40, "来源/原文 fits most of a sentence, and wraps");
        Assert.True(widths[4] >= 10, "单位 fits 县发改局");
    }

    [Fact]
    public void The_statistics_are_the_weekly_digests_rates_and_the_history_lists_every_event()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Sample()), false);
        var digest = WeeklyDigest.Compute(Tasks(), Today, Calendar);
        var stats = TableImportFlowTests.LedgerRows(doc, "统计");
        Assert.Equal(digest.Units.Select(u => u.Unit), stats.Skip(1).Select(r => r[0].Text));
        var fagai = digest.Units.Single(u => u.Unit == "县发改局");
        var row = stats.Single(r => r[0].Text == "县发改局");
        Assert.Equal(fagai.YearToDate.DoneRate is { } rate ? rate.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) : "—", row[5].Text);
        Assert.Equal(8 + 1, TableImportFlowTests.LedgerRows(doc, "历史").Count);
        // Pictures for the README: TASKBOT_LEDGER_SAMPLE=path writes this workbook (scripts/ledger-picture.sh).
        if (Environment.GetEnvironmentVariable("TASKBOT_LEDGER_SAMPLE") is { Length: > 0 } path) File.WriteAllBytes(path, Sample());
    }

    [Theory]
    [InlineData("", null, "县财政局", null)]
    [InlineData("县发改局", null, null, "只能导出本单位")]
    [InlineData("逾期", null, "县财政局", null)]
    public void A_chief_exports_his_own_unit_only(string argument, string? _, string? unit, string? problem)
    {
        var directory = new UnitDirectory([new Unit("县财政局", []), new Unit("县发改局", ["发改局"])],
            [new Person("aad-c", "冯国庆", "县财政局", PersonRole.Chief), new Person("aad-l", "王建国", null, PersonRole.Leader)]);
        var (filter, refused) = LedgerExport.Selection(directory.FindPerson("aad-c"), argument, directory);
        Assert.Equal(unit, filter?.Unit);
        if (problem is null) Assert.Null(refused); else Assert.Contains(problem, refused);
        var (leaderFilter, _) = LedgerExport.Selection(directory.FindPerson("aad-l"), "发改局 本月", directory);
        Assert.Equal(new LedgerFilter("县发改局", ThisMonth: true), leaderFilter);
        Assert.Contains("既不是单位名称", LedgerExport.Selection(directory.FindPerson("aad-l"), "乱写", directory).Problem);
    }
}
