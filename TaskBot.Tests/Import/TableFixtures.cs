using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TaskBot.Tests.Import;

/// <summary>
/// Builds the import test files (eval/import/*.xlsx|docx) from their specs (eval/import/specs/*.json), and the
/// expected tasks beside each (*.expected.jsonl, the ../shared/eval format, id = file#table#row as the importer
/// names rows). A spec is the table as published: lines above it (title, notes), header rows, and rows whose cells
/// are text, "^" (merged with the cell above) or "&lt;" (merged with the cell to the left); a row carries its
/// expected lead, co, supervisor and deadline, written by hand from the conventions before the importer ran.
/// </summary>
public static class TableFixtures
{
    public sealed record Built(string FileName, byte[] Bytes, IReadOnlyList<string> Expected);

    static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Built Build(string specPath)
    {
        var spec = JsonNode.Parse(File.ReadAllText(specPath))!.AsObject();
        var file = (string)spec["file"]!;
        var tables = spec["tables"]!.AsArray().Select(t => t!.AsObject()).ToList();
        var expected = new List<string>();
        var stem = Path.GetFileNameWithoutExtension(file);
        byte[] bytes = file.EndsWith(".xlsx") ? Xlsx(tables, stem, expected, spec) : Docx(tables, stem, expected, spec);
        return new Built(file, bytes, expected);
    }

    /// <summary>Each row as a grid line: header rows, then rows; a section row is one text merged across.</summary>
    static List<(string[] Cells, JsonObject? Row)> Lines(JsonObject table, out int headerRows)
    {
        var header = table["header"]!.AsArray().Select(r => r!.AsArray().Select(c => (string)c!).ToArray()).ToList();
        int width = header.Max(h => h.Length);
        headerRows = header.Count;
        var lines = header.Select(h => (h, (JsonObject?)null)).ToList();
        foreach (var node in table["rows"]!.AsArray())
        {
            var row = node!.AsObject();
            if (row["section"] is { } s) lines.Add(([(string)s!, .. Enumerable.Repeat("<", width - 1)], row));
            else lines.Add((row["c"]!.AsArray().Select(c => (string)c!).ToArray(), row));
        }
        return lines;
    }

    static void Expect(List<string> expected, string id, JsonObject row, JsonObject spec, string text)
    {
        var tasks = new JsonArray();
        if (row["section"] is null && row["none"] is null)
            tasks.Add(new JsonObject
            {
                ["lead"] = row["lead"]?.DeepClone() ?? new JsonArray(),
                ["co"] = row["co"]?.DeepClone() ?? new JsonArray(),
                ["supervisor"] = row["supervisor"]?.DeepClone(),
                ["deadline"] = row["deadline"]?.DeepClone(),
                ["deliverable"] = null,
            });
        var o = new JsonObject { ["id"] = id, ["source"] = spec["source"]?.DeepClone(), ["meeting_date"] = spec["message_date"]?.DeepClone(), ["text"] = text, ["tasks"] = tasks };
        if (row["note"] is { } note) o["note"] = note.DeepClone();
        expected.Add(o.ToJsonString(Json));
    }

    static string RowText(string[] cells, List<(string[] Cells, JsonObject? Row)> lines, int index)
    {
        var values = new List<string>();
        for (int c = 0; c < cells.Length; c++) values.Add(Resolve(lines, index, c));
        return string.Join(" | ", values.Distinct());
    }

    static string Resolve(List<(string[] Cells, JsonObject? Row)> lines, int r, int c)
    {
        while (true)
        {
            var v = c < lines[r].Cells.Length ? lines[r].Cells[c] : "";
            if (v == "^" && r > 0) { r--; continue; }
            if (v == "<" && c > 0) { c--; continue; }
            return v;
        }
    }

    // ---- .xlsx ---------------------------------------------------------------------------------------------

    static byte[] Xlsx(List<JsonObject> tables, string stem, List<string> expected, JsonObject spec)
    {
        var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new S.Workbook();
            var sheets = wb.Workbook.AppendChild(new S.Sheets());
            var strings = wb.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new S.SharedStringTable();
            var index = new Dictionary<string, int>();
            int Str(string s)
            {
                if (index.TryGetValue(s, out var i)) return i;
                strings.SharedStringTable.AppendChild(new S.SharedStringItem(new S.Text(s) { Space = SpaceProcessingModeValues.Preserve }));
                return index[s] = index.Count;
            }
            uint sheetId = 1;
            foreach (var table in tables)
            {
                var name = (string)table["name"]!;
                var lines = Lines(table, out _);
                int width = lines.Max(l => l.Cells.Length);
                var above = table["above"]?.AsArray().Select(a => (string)a!).ToList() ?? [];
                var ws = wb.AddNewPart<WorksheetPart>();
                var data = new S.SheetData();
                var merges = new List<string>();
                int rowNo = 0;
                foreach (var line in above)
                {
                    rowNo++;
                    var r = new S.Row { RowIndex = (uint)rowNo };
                    if (line.Length > 0)
                    {
                        r.AppendChild(Cell(rowNo, 0, Str(line)));
                        merges.Add($"A{rowNo}:{Col(width - 1)}{rowNo}");
                    }
                    data.AppendChild(r);
                }
                int first = rowNo + 1;
                for (int i = 0; i < lines.Count; i++)
                {
                    rowNo++;
                    var r = new S.Row { RowIndex = (uint)rowNo };
                    for (int c = 0; c < lines[i].Cells.Length; c++)
                    {
                        var v = lines[i].Cells[c];
                        if (v is "^" or "<" || v.Length == 0) continue;
                        r.AppendChild(Cell(rowNo, c, Str(v)));
                        // The merge this cell starts: down over "^" cells, right over "<" cells.
                        int down = i, right = c;
                        while (down + 1 < lines.Count && c < lines[down + 1].Cells.Length && lines[down + 1].Cells[c] == "^") down++;
                        while (right + 1 < lines[i].Cells.Length && lines[i].Cells[right + 1] == "<") right++;
                        if (down > i || right > c) merges.Add($"{Col(c)}{rowNo}:{Col(right)}{rowNo + down - i}");
                    }
                    data.AppendChild(r);
                    if (lines[i].Row is { } row) Expect(expected, $"{stem}#工作表「{name}」#{rowNo}", row, spec, RowText(lines[i].Cells, lines, i));
                }
                ws.Worksheet = new S.Worksheet(data);
                if (merges.Count > 0) ws.Worksheet.AppendChild(new S.MergeCells(merges.Select(m => new S.MergeCell { Reference = m })));
                sheets.AppendChild(new S.Sheet { Id = wb.GetIdOfPart(ws), SheetId = sheetId++, Name = name });
            }
            wb.Workbook.Save();
        }
        return ms.ToArray();
    }

    static S.Cell Cell(int row, int col, int sharedString) =>
        new() { CellReference = $"{Col(col)}{row}", DataType = S.CellValues.SharedString, CellValue = new S.CellValue(sharedString.ToString()) };

    static string Col(int c) => c < 26 ? ((char)('A' + c)).ToString() : Col(c / 26 - 1) + (char)('A' + c % 26);

    // ---- .docx ---------------------------------------------------------------------------------------------

    static byte[] Docx(List<JsonObject> tables, string stem, List<string> expected, JsonObject spec)
    {
        var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new W.Body();
            main.Document = new W.Document(body);
            int n = 0;
            foreach (var table in tables)
            {
                n++;
                foreach (var line in table["above"]?.AsArray().Select(a => (string)a!) ?? [])
                    body.AppendChild(new W.Paragraph(new W.Run(new W.Text(line))));
                var lines = Lines(table, out _);
                var t = new W.Table(new W.TableProperties(new W.TableBorders(
                    new W.TopBorder { Val = W.BorderValues.Single, Size = 4 }, new W.BottomBorder { Val = W.BorderValues.Single, Size = 4 },
                    new W.LeftBorder { Val = W.BorderValues.Single, Size = 4 }, new W.RightBorder { Val = W.BorderValues.Single, Size = 4 },
                    new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4 }, new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4 })));
                for (int i = 0; i < lines.Count; i++)
                {
                    var tr = new W.TableRow();
                    var cells = lines[i].Cells;
                    for (int c = 0; c < cells.Length; c++)
                    {
                        if (cells[c] == "<") continue;
                        int span = 1;
                        while (c + span < cells.Length && cells[c + span] == "<") span++;
                        var props = new W.TableCellProperties();
                        if (span > 1) props.AppendChild(new W.GridSpan { Val = span });
                        bool continues = cells[c] == "^";
                        bool restarts = !continues && i + 1 < lines.Count && c < lines[i + 1].Cells.Length && lines[i + 1].Cells[c] == "^";
                        if (continues) props.AppendChild(new W.VerticalMerge());
                        else if (restarts) props.AppendChild(new W.VerticalMerge { Val = W.MergedCellValues.Restart });
                        var tc = new W.TableCell(props);
                        var text = continues ? "" : cells[c];
                        foreach (var para in text.Split('\n')) tc.AppendChild(new W.Paragraph(new W.Run(new W.Text(para) { Space = SpaceProcessingModeValues.Preserve })));
                        tr.AppendChild(tc);
                    }
                    t.AppendChild(tr);
                    if (lines[i].Row is { } row) Expect(expected, $"{stem}#表格 {n}#{i + 1}", row, spec, RowText(cells, lines, i));
                }
                body.AppendChild(t);
                foreach (var line in table["below"]?.AsArray().Select(a => (string)a!) ?? [])
                    body.AppendChild(new W.Paragraph(new W.Run(new W.Text(line))));
            }
            main.Document.Save();
        }
        return ms.ToArray();
    }
}
