using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using TaskBot.Tasks;
using TaskBot.Tests.Import;
using TaskBot.Tests.Shipping;
using S = DocumentFormat.OpenXml.Spreadsheet;
using static TaskBot.Tests.EndToEnd.People;

namespace TaskBot.Tests.EndToEnd;

/// <summary>
/// Over HTTP against the real app: a task-division table sent as a Teams file attachment (the stand-in connector
/// serves its download URL) becomes a preview; 确认交办 sends one assignment card per task and unit; 导出台账 offers the
/// ledger, and on accept the workbook is PUT to the upload URL, opens, and has one row per task and unit in the right colours.
/// </summary>
public sealed class TableImportFlowTests : IAsyncLifetime
{
    private BotUnderTest bot = null!;
    public async Task InitializeAsync()
    {
        bot = await BotUnderTest.StartAsync(new Dictionary<string, string?> { ["TaskBot:Files:AllowedHosts"] = "127.0.0.1" });
        await Flow.InstallEveryoneAsync(bot);
        await bot.InstallAsync(GongxinChief);
    }
    public async Task DisposeAsync() => await bot.DisposeAsync();

    /// <summary>A table in the shape of the real ones (title above the header, a lead unit merged over two rows), with the test directory's units.</summary>
    internal static byte[] CountyTable(int rows = 3)
    {
        var spec = new JsonObject
        {
            ["file"] = "t.xlsx",
            ["tables"] = new JsonArray(new JsonObject
            {
                ["name"] = "分工方案",
                ["above"] = new JsonArray("2026年县政府工作报告重点工作任务分工方案", "（2026年3月1日）"),
                ["header"] = new JsonArray(new JsonArray("序号", "重点工作", "牵头单位", "配合单位", "完成时限")),
                ["rows"] = new JsonArray(Enumerable.Range(1, rows).Select(i => (JsonNode)new JsonObject
                {
                    ["c"] = (i % 3) switch
                    {
                        1 => new JsonArray($"{i}", $"推进第{i}批重点项目前期工作，完成可行性研究报告编制。", "县发改局", "县财政局", "6月底前"),
                        2 => new JsonArray($"{i}", $"完成第{i}批水利设施除险加固。", "^", "县水利局", "2026年9月30日前"),
                        _ => new JsonArray($"{i}", $"出台第{i}项专精特新企业支持政策。", "县工信局", "县财政局、县发改局", "年底前"),
                    },
                }).ToArray()),
            }),
        };
        var path = Path.Combine(Path.GetTempPath(), $"spec-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, spec.ToJsonString());
        try { return TableFixtures.Build(path).Bytes; } finally { File.Delete(path); }
    }

    private async Task<HttpResponseMessage> SendFileAsync(TeamsUser user, string name, string key)
    {
        var a = bot.Activity(user, "message");
        a["text"] = "";
        a["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["contentUrl"] = "https://contoso.sharepoint.com/personal/x/" + name,
            ["name"] = name,
            ["content"] = new JsonObject { ["downloadUrl"] = bot.Connector.FileUrl(key), ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = Path.GetExtension(name).TrimStart('.') },
        });
        return await bot.PostAsync(a);
    }

    [Fact]
    public async Task A_table_sent_as_a_file_is_previewed_dispatched_once_and_exported_as_a_ledger_that_opens()
    {
        bot.Connector.Files["t1"] = CountyTable();
        var mark = bot.Connector.Calls.Count;
        Assert.Equal(HttpStatusCode.OK, (await SendFileAsync(Leader, "2026年分工方案.xlsx", "t1")).StatusCode);
        var preview = (await bot.Connector.WaitForAsync(c => c.ConversationId == Leader.PersonalConversation && c.CardJson.Contains("任务分工表预览"), "the table's preview", mark)).Card!;
        var json = Flow.Json(preview);
        Assert.Contains("3 项任务，4 个单位，0 项待补全", json);
        Assert.Contains("2026-06-30", json);
        Assert.Contains("2026-09-30", json);
        // The merged lead cell applies to the second row too.
        Assert.Contains("第5行】完成第2批水利设施除险加固", json);

        mark = bot.Connector.Calls.Count;
        var (summary, ids) = await Flow.ConfirmAsync(bot, preview);
        Assert.Equal(3, ids.Count);
        Assert.Contains("已交办 3 项", Flow.Json(summary));
        // One assignment card per task and unit: 2 + 2 + 3.
        foreach (var (user, count) in new[] { (FagaiChief, 3), (CaizhengChief, 2), (ShuiliChief, 1), (GongxinChief, 1) })
        {
            var until = DateTime.UtcNow.AddSeconds(10);
            while (bot.Connector.Calls.Skip(mark).Count(c => c.Method == "POST" && c.ConversationId == user.PersonalConversation && c.CardJson.Contains("督办任务")) < count && DateTime.UtcNow < until)
                await Task.Delay(50);
            Assert.Equal(count, bot.Connector.Calls.Skip(mark).Count(c => c.Method == "POST" && c.ConversationId == user.PersonalConversation && c.CardJson.Contains("督办任务")));
        }
        // A second click changes nothing.
        var (_, again) = await bot.ClickAsync(Leader, preview, "dispatch");
        Assert.Contains("已交办 3 项", Flow.Json(again));
        var task = await bot.Store.GetAsync(ids[1], default);
        Assert.Equal(["县发改局"], task!.LeadUnits.Select(u => u.Unit));

        // 导出台账 → the consent card with name, size, description.
        mark = bot.Connector.Calls.Count;
        await bot.SayAsync(Office, "导出台账");
        var offer = await bot.Connector.WaitForAsync(c => c.ConversationId == Office.PersonalConversation && Flow.Json(c.Body).Contains("file.consent"), "the file consent card", mark);
        var attachment = offer.Body["attachments"]![0]!.AsObject();
        Assert.EndsWith(".xlsx", (string)attachment["name"]!);
        Assert.True((long)attachment["content"]!["sizeInBytes"]! > 1000);
        Assert.Contains("7 行", (string)attachment["content"]!["description"]!);

        // Accept: the bot PUTs the workbook and shows the file card.
        mark = bot.Connector.Calls.Count;
        var consent = new JsonObject
        {
            ["type"] = "fileUpload", ["action"] = "accept", ["context"] = attachment["content"]!["acceptContext"]!.DeepClone(),
            ["uploadInfo"] = new JsonObject { ["name"] = (string)attachment["name"]!, ["uploadUrl"] = bot.Connector.UploadUrl("ledger"), ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/zhaomin/ledger.xlsx", ["uniqueId"] = "u-1", ["fileType"] = "xlsx" },
        };
        var (response, _) = await bot.InvokeNamedAsync(Office, "fileConsent/invoke", consent);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var info = await bot.Connector.WaitForAsync(c => c.ConversationId == Office.PersonalConversation && Flow.Json(c.Body).Contains("file.info"), "the file info card", mark);
        Assert.Contains("contoso-my.sharepoint.com", Flow.Json(info.Body));
        var (bytes, range) = bot.Connector.Uploads["ledger"];
        Assert.Equal($"bytes 0-{bytes.Length - 1}/{bytes.Length}", range);

        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var rows = LedgerRows(doc, "台账");
        Assert.Equal(["编号", "来源/原文", "交办领导", "督办领导", "单位", "角色", "完成时限", "状态", "颜色", "签收时间", "最新进展", "延期", "办结时间"], rows[0].Select(c => c.Text));
        Assert.Equal(7, rows.Count - 1);
        Assert.Equal(ids.Select(i => i.ToString()).Order(), rows.Skip(1).Select(r => r[0].Text).Distinct().Order());
        // On 2026-03-10 (the test's Teams date is the reference for colours only through the store's own today) every deadline is months away: green.
        Assert.All(rows.Skip(1), r => Assert.Contains(r[8].Text, new[] { "绿", "黄", "红" }));
        Assert.All(rows.Skip(1), r => Assert.Equal(ColourOf(r[8].Text), r[8].Fill));
        Assert.Contains(rows.Skip(1), r => r[4].Text == "县水利局" && r[5].Text == "配合");
        Assert.NotEmpty(LedgerRows(doc, "统计"));
        Assert.True(LedgerRows(doc, "历史").Count > 3);
    }

    [Fact]
    public async Task A_chief_exports_only_his_unit_and_a_declined_offer_uploads_nothing()
    {
        await bot.SayAsync(CaizhengChief, "导出台账 县发改局");
        await Flow.LineForAsync(bot, CaizhengChief, "只能导出本单位");
        var mark = bot.Connector.Calls.Count;
        await bot.SayAsync(CaizhengChief, "导出台账");
        var offer = await bot.Connector.WaitForAsync(c => c.ConversationId == CaizhengChief.PersonalConversation && Flow.Json(c.Body).Contains("file.consent"), "the consent card", mark);
        Assert.Contains("县财政局", (string)offer.Body["attachments"]![0]!["name"]!);
        var context = offer.Body["attachments"]![0]!["content"]!["declineContext"]!.DeepClone();
        mark = bot.Connector.Calls.Count;
        var (response, _) = await bot.InvokeNamedAsync(CaizhengChief, "fileConsent/invoke", new JsonObject { ["type"] = "fileUpload", ["action"] = "decline", ["context"] = context });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Flow.LineForAsync(bot, CaizhengChief, "已取消导出台账", mark);
        Assert.Empty(bot.Connector.Uploads);
        // An upload URL outside the allowed hosts is refused: nothing is sent there.
        var (r2, _) = await bot.InvokeNamedAsync(CaizhengChief, "fileConsent/invoke", new JsonObject
        {
            ["type"] = "fileUpload", ["action"] = "accept", ["context"] = context.DeepClone(),
            ["uploadInfo"] = new JsonObject { ["name"] = "x.xlsx", ["uploadUrl"] = "https://evil.example.com/upload" },
        });
        Assert.Equal(HttpStatusCode.OK, r2.StatusCode);
        await Flow.LineForAsync(bot, CaizhengChief, "上传地址不在允许的范围内");
    }

    [Fact]
    public async Task Rows_without_a_known_unit_or_a_date_must_be_completed_on_the_preview_before_dispatch()
    {
        var spec = new JsonObject
        {
            ["file"] = "g.xlsx",
            ["tables"] = new JsonArray(new JsonObject
            {
                ["name"] = "Sheet1", ["above"] = new JsonArray("2026年重点工作任务分工方案"),
                ["header"] = new JsonArray(new JsonArray("序号", "工作任务", "牵头单位", "完成时限")),
                ["rows"] = new JsonArray(
                    new JsonObject { ["c"] = new JsonArray("1", "完成项目资金方案。", "县发改局", "6月底前") },
                    new JsonObject { ["c"] = new JsonArray("2", "建立耕地保护长效机制。", "县水利局", "长期坚持") },
                    new JsonObject { ["c"] = new JsonArray("3", "推进乡村公路养护。", "县交通运输局", "9月底前") }),
            }),
        };
        var path = Path.Combine(Path.GetTempPath(), $"spec-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, spec.ToJsonString());
        try { bot.Connector.Files["g"] = TableFixtures.Build(path).Bytes; } finally { File.Delete(path); }
        var mark = bot.Connector.Calls.Count;
        await SendFileAsync(Leader, "分工.xlsx", "g");
        var preview = (await bot.Connector.WaitForAsync(c => c.ConversationId == Leader.PersonalConversation && c.CardJson.Contains("任务分工表预览"), "the preview", mark)).Card!;
        var json = Flow.Json(preview);
        Assert.True(json.Contains("3 项任务，3 个单位，2 项待补全"), json[..1500]);
        Assert.Contains("表格中此行没有具体日期（原文「长期坚持」），请填写完成时限", json);
        // 确认交办 as it is: refused with what is missing, nothing created.
        var (_, refused) = await bot.ClickAsync(Leader, preview, "dispatch");
        var refusedJson = Flow.Json(refused);
        Assert.True(refusedJson.Contains("任务 2：表格中没有具体完成时限（原文「长期坚持」），请填写日期"), refusedJson[..Math.Min(2500, refusedJson.Length)]);
        Assert.Contains("请为「县交通运输局」选择具体单位", refusedJson);
        Assert.Empty(await bot.Store.ListByPersonAsync(Leader.AadObjectId, 10, default));
        // Completed: dispatched.
        var (_, summary) = await bot.ClickAsync(Leader, refused!, "dispatch", new Dictionary<string, string> { ["t1.deadline"] = "2026-12-31", ["t2.pick0"] = "城关镇" });
        Assert.Contains("已交办 3 项", Flow.Json(summary));
        var tasks = await bot.Store.ListByPersonAsync(Leader.AadObjectId, 10, default);
        Assert.Contains(tasks, t => t.Deadline.Date == new DateOnly(2026, 12, 31) && t.LeadUnits.Single().Unit == "县水利局");
    }

    [Fact]
    public async Task In_a_group_chat_the_ledger_is_not_offered_as_a_file_teams_would_not_deliver()
    {
        const string group = "19:county-group@thread.v2";
        var a = bot.Activity(Office, "message", group, "groupChat");
        a["text"] = "<at>督办助手</at> 导出台账";
        a["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention", ["text"] = "<at>督办助手</at>", ["mentioned"] = new JsonObject { ["id"] = "28:taskbot", ["name"] = "督办助手" },
        });
        var mark = bot.Connector.Calls.Count;
        await bot.PostAsync(a);
        var answer = await bot.Connector.WaitForAsync(c => c.ConversationId == group, "the answer in the group", mark);
        Assert.True((answer.Text ?? "").Contains("请在私聊中发送「导出台账」"), Flow.Json(answer.Body));
        Assert.DoesNotContain("file.consent", Flow.Json(answer.Body));
    }

    public static IEnumerable<object[]> BadFiles() =>
    [
        ["旧表.xls", "another", "另存为」.xlsx"],
        ["宏.xlsm", "another", "启用宏"],
        ["加密.xlsx", "encrypted", "设置了密码"],
        ["说明.docx", "prose", "没有表格内容"],
        ["无表头.xlsx", "noheader", "没有在这个文件中找到任务分工表的表头"],
        ["过大.xlsx", "huge", "超过了"],
        ["失效.xlsx", "missing", "下载文件失败"],
        ["图片.png", "another", "只能读取 Excel（.xlsx）或 Word（.docx）"],
    ];

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_gets_its_chinese_answer_and_nothing_is_stored(string name, string kind, string expected)
    {
        bot.Connector.Files["another"] = CountyTable();
        bot.Connector.Files["encrypted"] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        bot.Connector.Files["prose"] = ProseDocx();
        bot.Connector.Files["noheader"] = NoHeaderXlsx();
        bot.Connector.Files["huge"] = new byte[5 * 1024 * 1024];
        var mark = bot.Connector.Calls.Count;
        Assert.Equal(HttpStatusCode.OK, (await SendFileAsync(Leader, name, kind)).StatusCode);
        var answer = await Flow.LineForAsync(bot, Leader, expected, mark);
        Assert.StartsWith($"没有读取「{name}」", answer.Text);
        Assert.Empty(await bot.Store.ListByPersonAsync(Leader.AadObjectId, 10, default));
    }

    [Fact]
    public async Task A_chief_may_not_import_a_table_and_a_download_url_outside_the_allowed_hosts_is_not_fetched()
    {
        bot.Connector.Files["t"] = CountyTable();
        var mark = bot.Connector.Calls.Count;
        await SendFileAsync(FagaiChief, "分工.xlsx", "t");
        await Flow.LineForAsync(bot, FagaiChief, "只有领导和督查室可以通过文件交办任务", mark);
        var a = bot.Activity(Leader, "message");
        a["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info", ["name"] = "分工.xlsx",
            ["content"] = new JsonObject { ["downloadUrl"] = "https://evil.example.com/t.xlsx", ["fileType"] = "xlsx" },
        });
        mark = bot.Connector.Calls.Count;
        await bot.PostAsync(a);
        await Flow.LineForAsync(bot, Leader, "下载地址不在允许的范围内", mark);
    }

    static string ColourOf(string text) => text switch { "红" => TaskBot.Ledger.LedgerWorkbook.RedArgb, "黄" => TaskBot.Ledger.LedgerWorkbook.YellowArgb, _ => TaskBot.Ledger.LedgerWorkbook.GreenArgb };

    internal sealed record SheetCell(string Text, string? Fill);

    /// <summary>A sheet's rows as text, with each cell's fill colour, read back with the Open XML SDK.</summary>
    internal static List<List<SheetCell>> LedgerRows(SpreadsheetDocument doc, string sheetName)
    {
        var wb = doc.WorkbookPart!;
        var sheet = wb.Workbook.Sheets!.Elements<S.Sheet>().Single(s => s.Name == sheetName);
        var ws = (WorksheetPart)wb.GetPartById(sheet.Id!);
        var fills = wb.WorkbookStylesPart!.Stylesheet.Fills!.Elements<S.Fill>().ToList();
        var xfs = wb.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<S.CellFormat>().ToList();
        return ws.Worksheet.GetFirstChild<S.SheetData>()!.Elements<S.Row>().Select(r => r.Elements<S.Cell>().Select(c =>
        {
            var text = c.DataType?.Value == S.CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "";
            var fill = c.StyleIndex is { } si ? fills[(int)xfs[(int)si.Value].FillId!.Value].PatternFill?.ForegroundColor?.Rgb?.Value : null;
            return new SheetCell(text, fill);
        }).ToList()).ToList();
    }

    static byte[] ProseDocx()
    {
        var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body(
                new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text("关于做好冬季安全生产工作的通知。各单位要高度重视。")))));
        }
        return ms.ToArray();
    }

    static byte[] NoHeaderXlsx()
    {
        var spec = new JsonObject
        {
            ["file"] = "n.xlsx",
            ["tables"] = new JsonArray(new JsonObject
            {
                ["name"] = "Sheet1",
                ["header"] = new JsonArray(new JsonArray("姓名", "电话", "地址")),
                ["rows"] = new JsonArray(new JsonObject { ["c"] = new JsonArray("张三", "123", "城关镇"), ["none"] = true }),
            }),
        };
        var path = Path.Combine(Path.GetTempPath(), $"spec-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, spec.ToJsonString());
        try { return TableFixtures.Build(path).Bytes; } finally { File.Delete(path); }
    }
}
