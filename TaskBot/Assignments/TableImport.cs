using Microsoft.Extensions.Logging;
using TaskBot.Calendar;
using TaskBot.Cards;
using TaskBot.Directives;
using TaskBot.Directory;
using TaskBot.Import;
using TaskBot.Observability;

namespace TaskBot.Assignments;

/// <summary>A file sent to the bot: who, its name, where Teams put it, and the message that carried it.</summary>
public sealed record IncomingFile(string? AadObjectId, string FileName, string? DownloadUrl, DateOnly LocalDate, string ConversationId, string? ActivityId);

/// <summary>
/// A task-division table sent as a file (.xlsx / .docx) becomes the same preview as a typed directive: one section
/// per row, the same editable fields, pages, and one 确认交办 for the whole table (<see cref="Dispatcher"/>, claim
/// once, the outbox). The leader sees the counts first: N 项任务，M 个单位，K 项待补全 (rows that name no unit the
/// directory knows or give no readable date). Anything wrong with the file is answered in Chinese and nothing is
/// stored.
/// </summary>
public sealed class TableImport(FileTransfer files, DirectiveLexicon lexicon, DirectoryCache directoryCache, IWorkingDayCalendar calendar,
    PreviewBuilder previewBuilder, PreviewStore previews, DirectiveRateLimit rateLimit, TaskBotMetrics metrics, TimeProvider time, ILogger<TableImport> logger)
{
    public async Task<Reply> OnFileAsync(IncomingFile file, CancellationToken cancellationToken)
    {
        var directory = await directoryCache.GetAsync(cancellationToken);
        var person = directory.FindPerson(file.AadObjectId ?? "");
        if (person is not { MayIssue: true })
            return Reply.Say(person is null
                ? "只有领导和督查室可以通过文件交办任务。您尚未登记在单位名录中，没有读取这个文件。如需开通，请联系督查室。"
                : $"只有领导和督查室可以通过文件交办任务，{person.Name}（{person.Role.Chinese()}）不能交办，没有读取这个文件。");
        if (!rateLimit.TryAcquire(file.AadObjectId ?? file.ConversationId)) return Reply.Say(rateLimit.Refusal);
        var started = time.GetTimestamp();
        try
        {
            // The name is checked before downloading: an .xls is refused without fetching it.
            TableFile.CheckName(file.FileName);
            var bytes = await files.DownloadAsync(file.DownloadUrl, cancellationToken);
            var reader = new DivisionTableReader(lexicon.WithKnownUnits(directory.SurfaceForms.Keys), calendar);
            var table = reader.Read(TableFile.Read(file.FileName, bytes), file.LocalDate);
            if (table.Tasks.Count == 0)
                return Reply.Say($"在「{file.FileName}」中找到了表头，但表下没有任务行，没有创建任何任务。");
            var (text, parsed) = ToParsed(table);
            var preview = previewBuilder.Build(PreviewBuilder.PreviewIdFor(file.ConversationId, file.ActivityId), person.AadObjectId, text, table.Reference, parsed, directory)
                with { ReferenceStated = table.ReferenceStated, SourceFile = file.FileName };
            await previews.SaveAsync(preview, cancellationToken);
            metrics.DirectiveParsed("file");
            var card = PreviewCards.Preview(preview, directory);
            logger.LogInformation("Read {Rows} rows of a {Bytes}-byte table into preview {PreviewId} in {Ms:F0} ms", table.Tasks.Count, bytes.Length, preview.Id, time.GetElapsedTime(started).TotalMilliseconds);
            return Reply.Show(card.ToJson(), $"任务分工表预览：{preview.Items.Count} 项");
        }
        catch (TableImportException e)
        {
            logger.LogInformation("Refused a file ({Reason})", e.Message);
            return Reply.Say($"没有读取「{UserText.Clean(file.FileName)}」：{e.Message}");
        }
    }

    /// <summary>
    /// The rows as the parser's tasks, over one text that holds every row's line (so each task keeps its own row as
    /// 原文, with where it came from: 工作表「…」第 N 行).
    /// </summary>
    public static (string Text, List<ParsedTask> Tasks) ToParsed(ImportedTable table)
    {
        var text = new System.Text.StringBuilder();
        var tasks = new List<ParsedTask>();
        foreach (var row in table.Tasks)
        {
            var line = $"【{row.Table}第{row.Row}行】{row.Source}";
            var start = text.Length;
            text.Append(line).Append('\n');
            var warnings = new List<ParseWarning>();
            if (row.Deadline is null)
                warnings.Add(new ParseWarning(WarningCodes.DeadlineUnresolved, row.DeadlineText is { } p ? $"表格中的时限「{p}」不是具体日期" : "表格中此行没有完成时限"));
            if (row.Recurrence is { } r) warnings.Add(new ParseWarning(WarningCodes.Recurring, $"周期性任务（{r}），只交办第一次"));
            tasks.Add(new ParsedTask(row.Lead, row.Co, row.Supervisor, row.Deadline, row.DeadlineText, row.Recurrence, row.Deliverable,
                new TextSpan(start, line.Length), 1.0, warnings) { GenericUnits = row.Generic });
        }
        return (text.ToString(), tasks);
    }
}
