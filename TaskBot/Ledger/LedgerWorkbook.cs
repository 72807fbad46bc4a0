using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TaskBot.Calendar;
using TaskBot.Digest;
using TaskBot.Tasks;

namespace TaskBot.Ledger;

/// <summary>Which tasks a 台账 holds: all, one unit's, this month's (deadline in the current month), overdue, or one status.</summary>
public sealed record LedgerFilter(string? Unit = null, bool ThisMonth = false, bool Overdue = false, DirectiveTaskStatus? Status = null)
{
    public bool Includes(DirectiveTask task, DateOnly today, IWorkingDayCalendar calendar) =>
        task.Status is not DirectiveTaskStatus.Draft
        && (Unit is null || task.Units.Any(u => u.Unit == Unit))
        && (!ThisMonth || task.Deadline.Date.Year == today.Year && task.Deadline.Date.Month == today.Month)
        && (!Overdue || DeadlineAssessment.Of(task, today, calendar).IsOverdue)
        && (Status is null || task.Status == Status);

    /// <summary>How the file and its description name the selection: 台账-县财政局-逾期-20261203.xlsx.</summary>
    public string Describe() => string.Join("·", new[] { Unit, ThisMonth ? "本月" : null, Overdue ? "逾期" : null, Status?.Chinese() }.Where(x => x is not null)) is { Length: > 0 } d ? d : "全部";

    public string FileName(DateOnly today) =>
        $"督办台账-{string.Join("-", new[] { Unit, ThisMonth ? "本月" : null, Overdue ? "逾期" : null, Status?.Chinese() }.Where(x => x is not null).DefaultIfEmpty("全部"))}-{today:yyyyMMdd}.xlsx";

    /// <summary>A status by its Chinese name (已签收) or English (Acknowledged).</summary>
    public static DirectiveTaskStatus? ParseStatus(string text) =>
        Enum.GetValues<DirectiveTaskStatus>().Cast<DirectiveTaskStatus?>().FirstOrDefault(s => s!.Value.Chinese() == text || string.Equals(s.Value.ToString(), text, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// The 督办台账 as an .xlsx (Open XML SDK: MiniExcel cannot fill cells). Sheet 台账: one row per task and unit,
/// the 颜色 cell filled red / yellow / green (from <see cref="DeadlineAssessment"/>, as the cards show it), frozen
/// header, filters, widths fitted to Chinese text. Sheet 统计: per unit the 按期签收率 and 按期办结率 of the weekly
/// digest (<see cref="WeeklyDigest.Compute"/>: the same figures, not a second computation). Sheet 历史: every audit
/// event. Plain C#: no Bot Framework or storage types.
/// </summary>
public static class LedgerWorkbook
{
    public static readonly string[] LedgerColumns =
        ["编号", "来源/原文", "交办领导", "督办领导", "单位", "角色", "完成时限", "状态", "颜色", "签收时间", "最新进展", "延期", "办结时间"];

    // Style indexes in the stylesheet below.
    const uint Plain = 0, Header = 1, Red = 2, Yellow = 3, Green = 4, Wrap = 5, Percent = 6;

    public static byte[] Build(IReadOnlyList<DirectiveTask> tasks, IReadOnlyDictionary<TaskId, IReadOnlyList<TaskEvent>> history,
        WeeklyDigest digest, DateOnly today, IWorkingDayCalendar calendar, string title)
    {
        var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var styles = wb.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = wb.Workbook.AppendChild(new Sheets());
            var definedNames = new DefinedNames();

            var rows = new List<(string?[] Cells, uint[] Styles)>();
            foreach (var task in tasks.OrderBy(t => t.Deadline.Date).ThenBy(t => t.Id))
            {
                var colour = DeadlineAssessment.Of(task, today, calendar).Colour;
                var (colourText, colourStyle) = colour switch { DeadlineColour.Red => ("红", Red), DeadlineColour.Yellow => ("黄", Yellow), _ => ("绿", Green) };
                foreach (var unit in task.Units.OrderBy(u => u.Role))
                {
                    var cells = new string?[]
                    {
                        task.Id.ToString(), task.SourceText, task.IssuedBy.Name, task.Supervisor?.Name, unit.Unit, unit.Role == UnitRole.Lead ? "牵头" : "配合",
                        task.Deadline.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), task.Status.Chinese(), colourText,
                        unit.Acknowledged is { } a ? Assignments.ChinaTime.Show(a.At) : null,
                        unit.Progress is { } p ? $"{p.Percent}%：{p.Note}（{Assignments.ChinaTime.Show(p.At)}）" : null,
                        Extensions(task), task.Status == DirectiveTaskStatus.Completed && task.Submission is { } s ? Assignments.ChinaTime.Show(s.At) : null,
                    };
                    var st = Enumerable.Repeat(Plain, cells.Length).ToArray();
                    st[1] = Wrap; st[10] = Wrap;
                    st[8] = colourStyle;
                    rows.Add((cells, st));
                }
            }
            AddSheet(wb, sheets, "台账", LedgerColumns, rows, freeze: true, filter: true, title, definedNames, sheets.ChildElements.Count);

            var statRows = digest.Units.Select(u => (new string?[] { u.Unit, Rate(u.Last4Weeks.AckRate), Rate(u.Last4Weeks.DoneRate), u.Last4Weeks.Overdue.ToString(CultureInfo.InvariantCulture),
                Rate(u.YearToDate.AckRate), Rate(u.YearToDate.DoneRate), u.YearToDate.Overdue.ToString(CultureInfo.InvariantCulture) },
                new[] { Plain, Percent, Percent, Plain, Percent, Percent, Plain })).ToList();
            AddSheet(wb, sheets, "统计", ["单位", "近4周按期签收率", "近4周按期办结率", "近4周逾期", "本年按期签收率", "本年按期办结率", "本年逾期"], statRows, freeze: true, filter: true, null, definedNames, sheets.ChildElements.Count);

            var events = history.Values.SelectMany(h => h).OrderBy(e => e.At).ThenBy(e => e.TaskId).ThenBy(e => e.Version)
                .Select(e => (new string?[] { e.TaskId.ToString(), Assignments.ChinaTime.Show(e.At), e.Actor.Name, e.Action.Chinese(), e.Unit,
                    string.Join("；", e.Changes.Select(c => $"{c.Field}：{c.Before ?? "—"} → {c.After ?? "—"}")), e.Note },
                    new[] { Plain, Plain, Plain, Plain, Plain, Wrap, Wrap })).ToList();
            AddSheet(wb, sheets, "历史", ["编号", "时间", "操作人", "操作", "单位", "变更", "备注"], events, freeze: true, filter: true, null, definedNames, sheets.ChildElements.Count);
            if (definedNames.HasChildren) wb.Workbook.AppendChild(definedNames);
            wb.Workbook.Save();
        }
        return ms.ToArray();
    }

    static string? Rate(double? r) => r?.ToString("0.####", CultureInfo.InvariantCulture);

    static string? Extensions(DirectiveTask task) => task.Extensions.Count == 0 ? null : string.Join("；", task.Extensions.Select(e =>
        $"{e.PreviousDeadline:MM-dd}→{e.RequestedDeadline:MM-dd} {(e.Decision is null ? "待审批" : e.Decision.Approved ? "已批准" : "已驳回")}"));

    static void AddSheet(WorkbookPart wb, Sheets sheets, string name, string[] header, List<(string?[] Cells, uint[] Styles)> rows,
        bool freeze, bool filter, string? title, DefinedNames names, int sheetIndex)
    {
        var ws = wb.AddNewPart<WorksheetPart>();
        var widths = header.Select(h => Width(h) + 2).ToArray();
        foreach (var (cells, styles) in rows)
            for (int c = 0; c < cells.Length; c++) widths[c] = Math.Max(widths[c], Math.Min(Width(cells[c]) + 2, styles[c] == Wrap ? 44 : 60));
        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true }));
        var data = new SheetData();
        var headerRow = new Row { RowIndex = 1 };
        for (int c = 0; c < header.Length; c++) headerRow.AppendChild(Text(c, 1, header[c], Header));
        data.AppendChild(headerRow);
        uint r = 1;
        foreach (var (cells, styles) in rows)
        {
            r++;
            var row = new Row { RowIndex = r };
            for (int c = 0; c < cells.Length; c++)
            {
                row.AppendChild(styles[c] == Percent && cells[c] is { } v
                    ? new Cell { CellReference = Ref(c, r), StyleIndex = Percent, CellValue = new CellValue(v), DataType = CellValues.Number }
                    : Text(c, r, cells[c] ?? (styles[c] == Percent ? "—" : ""), styles[c] == Percent ? Plain : styles[c]));
            }
            data.AppendChild(row);
        }
        // Printed for the weekly meeting: landscape, every column on one page's width.
        var worksheet = new Worksheet(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        if (freeze)
            worksheet.AppendChild(new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } }) { WorkbookViewId = 0 }));
        worksheet.AppendChild(columns);
        worksheet.AppendChild(data);
        var range = $"A1:{Col(header.Length - 1)}{Math.Max(1, rows.Count + 1)}";
        if (filter)
        {
            worksheet.AppendChild(new AutoFilter { Reference = range });
            // Excel keeps the filter's range as a hidden name; without it some versions drop the filter buttons.
            names.AppendChild(new DefinedName($"'{name}'!$A$1:${Col(header.Length - 1)}${Math.Max(1, rows.Count + 1)}")
                { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)sheetIndex, Hidden = true });
        }
        worksheet.AppendChild(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 });
        worksheet.AppendChild(new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9, FitToWidth = 1, FitToHeight = 0 });
        ws.Worksheet = worksheet;
        sheets.AppendChild(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = (uint)(sheetIndex + 1), Name = name });
    }

    /// <summary>Display width in Excel's units: a Chinese character is two.</summary>
    static double Width(string? s) => s is null ? 0 : s.Split('\n').Max(line => line.Sum(ch => ch > 0x2E80 ? 2.1 : 1.1));

    static Cell Text(int c, uint r, string value, uint style) =>
        new(new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = Ref(c, r), DataType = CellValues.InlineString, StyleIndex = style };

    static string Ref(int c, uint r) => $"{Col(c)}{r}";
    static string Col(int c) => c < 26 ? ((char)('A' + c)).ToString() : Col(c / 26 - 1) + (char)('A' + c % 26);

    public const string RedArgb = "FFFF9999", YellowArgb = "FFFFE699", GreenArgb = "FFC6EFCE";

    static Stylesheet Stylesheet()
    {
        static Fill Solid(string argb) => new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0%" }) { Count = 1 },
            new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" })) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Solid(RedArgb), Solid(YellowArgb), Solid(GreenArgb), Solid("FFD9E1F2")) { Count = 6 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            // Every cell top-aligned, so a row whose 原文 wraps still reads across on one line.
            new CellFormats(
                new CellFormat(Top()) { FontId = 0, FillId = 0, BorderId = 0, ApplyAlignment = true },
                new CellFormat(Top()) { FontId = 1, FillId = 5, BorderId = 0, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
                new CellFormat(Top(center: true)) { FontId = 0, FillId = 2, BorderId = 0, ApplyFill = true, ApplyAlignment = true },
                new CellFormat(Top(center: true)) { FontId = 0, FillId = 3, BorderId = 0, ApplyFill = true, ApplyAlignment = true },
                new CellFormat(Top(center: true)) { FontId = 0, FillId = 4, BorderId = 0, ApplyFill = true, ApplyAlignment = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 0, ApplyAlignment = true },
                new CellFormat(Top()) { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 164, ApplyNumberFormat = true, ApplyAlignment = true }) { Count = 7 });
        static Alignment Top(bool center = false) => new() { Vertical = VerticalAlignmentValues.Top, Horizontal = center ? HorizontalAlignmentValues.Center : null };
    }
}
