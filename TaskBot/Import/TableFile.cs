using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace TaskBot.Import;

/// <summary>One table of a file as a grid of cell texts: merged cells already filled in (a value spanning rows or
/// columns stands in each cell it covers), so a lead unit written once for three tasks applies to all three.</summary>
/// <param name="Name">Where it is, for the user: 工作表「…」 or 表格 N.</param>
public sealed record TableGrid(string Name, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>What a file holds: its tables, and the text above them (titles, notes: where a date or year is stated).</summary>
public sealed record TableFileContent(IReadOnlyList<TableGrid> Tables, string TextOutsideTables, DateOnly? Created);

/// <summary>Why a file cannot be read, in the words the user sees. Nothing is created when this is thrown.</summary>
public sealed class TableImportException(string message) : Exception(message);

/// <summary>
/// Opens an .xlsx (MiniExcel) or .docx (Open XML SDK) and returns its tables. Refuses in Chinese what it cannot read:
/// the old binary formats (.xls, .doc), encrypted files (Office encrypts into an OLE compound file, not a zip),
/// macro-enabled files and anything that is not an Office package. No zip or XML of an Office file is parsed here
/// by hand: the libraries do it.
/// </summary>
public static class TableFile
{
    /// <summary>Rows read from one sheet: a 分工方案 has at most a few hundred; this bounds a hostile file's cost.</summary>
    public const int MaxRowsPerSheet = 2_000;
    public const int MaxColumns = 40;

    static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>Refuses, by its name alone, a file that cannot be a table we read: checked before downloading it.</summary>
    public static void CheckName(string? fileName)
    {
        var ext = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        switch (ext)
        {
            case ".xls":
                throw new TableImportException("这是旧版 Excel 文件（.xls），督办助手读不了。请在 Excel 或 WPS 中「另存为」.xlsx 格式后重新发送。");
            case ".doc":
                throw new TableImportException("这是旧版 Word 文件（.doc），督办助手读不了。请在 Word 或 WPS 中「另存为」.docx 格式后重新发送。");
            case ".xlsm" or ".docm" or ".xltm" or ".dotm":
                throw new TableImportException("这是启用宏的文件（" + ext + "），出于安全考虑督办助手不打开。请另存为不含宏的 .xlsx 或 .docx 后重新发送。");
            case ".xlsx" or ".docx":
                break;
            default:
                throw new TableImportException("督办助手只能读取 Excel（.xlsx）或 Word（.docx）中的任务分工表。请把表格另存为这两种格式之一后发送。");
        }
    }

    public static TableFileContent Read(string fileName, byte[] bytes)
    {
        CheckName(fileName);
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if (bytes.AsSpan().StartsWith(OleMagic))
            throw new TableImportException("这个文件设置了密码（已加密），督办助手无法打开。请取消密码保护后重新发送。");
        if (!bytes.AsSpan().StartsWith(ZipMagic))
            throw new TableImportException($"这个文件不是有效的 {ext} 文件（可能已损坏，或只是改了扩展名）。请用 Excel 或 Word 打开后重新保存再发送。");
        try
        {
            return ext == ".xlsx" ? ReadXlsx(bytes) : ReadDocx(bytes);
        }
        catch (TableImportException) { throw; }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A damaged package: the library's message is English and technical; the user gets what to do.
            throw new TableImportException($"这个 {ext} 文件无法打开（文件可能已损坏）。请用 Excel 或 Word 打开后重新保存再发送。");
        }
    }

    static TableFileContent ReadXlsx(byte[] bytes)
    {
        DateOnly? created;
        // Merged ranges by sheet name, read with the SDK: MiniExcel's FillMergedCells fills only cells the file
        // writes out, and writers (WPS, scripts) often leave the covered cells out altogether.
        var merges = new Dictionary<string, List<(int Row0, int Col0, int Row1, int Col1)>>();
        using (var package = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false))
        {
            // The content type, not the name, says whether the workbook carries macros.
            if (package.DocumentType is SpreadsheetDocumentType.MacroEnabledWorkbook or SpreadsheetDocumentType.MacroEnabledTemplate)
                throw new TableImportException("这是启用宏的工作簿，出于安全考虑督办助手不打开。请另存为不含宏的 .xlsx 后重新发送。");
            created = DateOf(package.PackageProperties.Created);
            var wb = package.WorkbookPart;
            foreach (var sheet in wb?.Workbook.Sheets?.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>() ?? [])
            {
                if (sheet.Id?.Value is not { } id || wb!.GetPartById(id) is not WorksheetPart ws) continue;
                var list = new List<(int, int, int, int)>();
                foreach (var m in ws.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.MergeCell>())
                    if (m.Reference?.Value?.Split(':') is [var a, var b] && CellIndex(a) is { } from && CellIndex(b) is { } to)
                        list.Add((from.Row, from.Col, to.Row, to.Col));
                merges[sheet.Name?.Value ?? ""] = list;
            }
        }
        var config = new OpenXmlConfiguration { FillMergedCells = true };
        var tables = new List<TableGrid>();
        using var stream = new MemoryStream(bytes, writable: false);
        foreach (var sheet in MiniExcel.GetSheetNames(stream))
        {
            stream.Position = 0;
            var rows = new List<IReadOnlyList<string>>();
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX, configuration: config))
            {
                if (rows.Count >= MaxRowsPerSheet) break;
                rows.Add(row.Values.Take(MaxColumns).Select(CellText).ToList());
            }
            FillMerged(rows, merges.GetValueOrDefault(sheet) ?? []);
            tables.Add(new TableGrid($"工作表「{sheet}」", rows));
        }
        return new TableFileContent(tables, "", created);
    }

    /// <summary>Each cell of a merged range gets the range's value (its top-left cell's).</summary>
    static void FillMerged(List<IReadOnlyList<string>> rows, List<(int Row0, int Col0, int Row1, int Col1)> merges)
    {
        foreach (var (r0, c0, r1, c1) in merges)
        {
            if (r0 >= rows.Count || c0 >= rows[r0].Count) continue;
            var value = rows[r0][c0];
            for (int r = r0; r <= Math.Min(r1, rows.Count - 1); r++)
            {
                var row = rows[r].ToList();
                while (row.Count <= Math.Min(c1, MaxColumns - 1)) row.Add("");
                for (int c = c0; c <= Math.Min(c1, MaxColumns - 1); c++) if (row[c].Length == 0) row[c] = value;
                rows[r] = row;
            }
        }
    }

    /// <summary>"C12" → (row 11, column 2), zero-based.</summary>
    static (int Row, int Col)? CellIndex(string reference)
    {
        int i = 0, col = 0;
        while (i < reference.Length && char.IsAsciiLetterUpper(reference[i])) col = col * 26 + (reference[i++] - 'A' + 1);
        if (col == 0 || col > 16_384 || !int.TryParse(reference.AsSpan(i), out var row) || row < 1 || row > 1_048_576) return null;
        return (row - 1, col - 1);
    }

    static string CellText(object? value) => value switch
    {
        null => "",
        // A date cell in the time column: written the way the deadline grammar reads it.
        DateTime d => d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture),
        double n => n.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };

    static TableFileContent ReadDocx(byte[] bytes)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
        if (package.DocumentType is WordprocessingDocumentType.MacroEnabledDocument or WordprocessingDocumentType.MacroEnabledTemplate)
            throw new TableImportException("这是启用宏的文档，出于安全考虑督办助手不打开。请另存为不含宏的 .docx 后重新发送。");
        var body = package.MainDocumentPart?.Document?.Body
                   ?? throw new TableImportException("这个 Word 文件没有正文。");
        var tables = new List<TableGrid>();
        var outside = new System.Text.StringBuilder();
        foreach (var element in body.ChildElements)
        {
            if (element is Table table) tables.Add(Grid(table, $"表格 {tables.Count + 1}"));
            else if (element is Paragraph p && outside.Length < 4_000) outside.AppendLine(p.InnerText);
        }
        return new TableFileContent(tables, outside.ToString(), DateOf(package.PackageProperties.Created));
    }

    /// <summary>
    /// A Word table as a grid: a cell spanning columns (gridSpan) is repeated in each, a vertically merged cell
    /// (vMerge continue) takes the text of the cell above it in the same column.
    /// </summary>
    static TableGrid Grid(Table table, string name)
    {
        var rows = new List<IReadOnlyList<string>>();
        List<string>? previous = null;
        foreach (var tr in table.Elements<TableRow>())
        {
            if (rows.Count >= MaxRowsPerSheet) break;
            var row = new List<string>();
            foreach (var tc in tr.Elements<TableCell>())
            {
                var props = tc.TableCellProperties;
                int span = Math.Max(1, props?.GridSpan?.Val?.Value ?? 1);
                var merge = props?.VerticalMerge;
                // <w:vMerge/> without a value continues the cell above; val="restart" starts a new merged cell.
                bool continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var text = continues && previous is not null && row.Count < previous.Count
                    ? previous[row.Count]
                    : string.Join("\n", tc.Elements<Paragraph>().Select(p => p.InnerText)).Trim();
                for (int i = 0; i < span && row.Count < MaxColumns; i++) row.Add(text);
            }
            rows.Add(row);
            previous = row;
        }
        return new TableGrid(name, rows);
    }

    static DateOnly? DateOf(DateTime? value) => value is { } d && d.Year > 1990 ? DateOnly.FromDateTime(d) : null;
}
