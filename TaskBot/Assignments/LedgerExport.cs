using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using TaskBot.Calendar;
using TaskBot.Digest;
using TaskBot.Directory;
using TaskBot.Import;
using TaskBot.Ledger;
using TaskBot.Storage;
using TaskBot.Tasks;

namespace TaskBot.Assignments;

/// <summary>
/// 导出台账: the 督办台账 as an Excel file. The bot offers the file (Teams' file consent card with its name, size and
/// description); on accept it builds the workbook again for the person who accepted, checked against the directory
/// (never against the card's context, which carries only the selection), PUTs it to the upload URL Teams gives and
/// answers with Teams' file card; on decline it says so and keeps nothing. Leaders and the 督查室 may export any
/// selection; a chief or liaison only his own unit's tasks.
/// </summary>
public sealed class LedgerExport(DigestService digests, IStore store, DirectoryCache directoryCache, IWorkingDayCalendar calendar, FileTransfer files,
    FilesOptions fileOptions, ILogger<LedgerExport> logger)
{
    public const string ContextKind = "ledger-export";

    public async Task<Reply> RequestAsync(Person? person, string argument, DateOnly today, CancellationToken cancellationToken)
    {
        var directory = await directoryCache.GetAsync(cancellationToken);
        var (filter, problem) = Selection(person, argument, directory);
        if (problem is not null) return Reply.Say(problem);
        var (bytes, rows) = await BuildAsync(filter!, today, cancellationToken);
        if (bytes.Length > fileOptions.MaxBytes)
            return Reply.Say($"台账文件有 {bytes.Length / 1024.0 / 1024.0:F1} MB，超过了 {fileOptions.MaxBytes / 1024 / 1024} MB 的上限。请按单位或状态分开导出，例如「导出台账 逾期」。");
        var context = new JsonObject { ["kind"] = ContextKind, ["selection"] = argument, ["date"] = today.ToString("yyyy-MM-dd") };
        var description = $"督办台账（{filter!.Describe()}）：{rows} 行（每项任务每个单位一行），截至 {today:yyyy年M月d日}。含「台账」「统计」「历史」三个工作表。";
        return new Reply(rows == 0 ? "当前选择下没有任务，台账文件只有表头。" : null, null, "导出台账") { Offer = new FileOffer(filter.FileName(today), bytes.Length, description, context) };
    }

    /// <summary>On accept: the same selection for the person who accepted, uploaded to Teams' URL.</summary>
    public async Task<Reply> AcceptAsync(string? aadObjectId, JsonObject context, string? uploadUrl, string? name, string? contentUrl, string? uniqueId, string? fileType,
        DateOnly today, CancellationToken cancellationToken)
    {
        var directory = await directoryCache.GetAsync(cancellationToken);
        var person = directory.FindPerson(aadObjectId ?? "");
        var (filter, problem) = Selection(person, (string?)context["selection"] ?? "", directory);
        if (problem is not null) return Reply.Say(problem);
        var (bytes, rows) = await BuildAsync(filter!, today, cancellationToken);
        if (await files.UploadAsync(uploadUrl, bytes, cancellationToken) is { } failed) return Reply.Say(failed);
        logger.LogInformation("Exported a ledger of {Rows} rows ({Bytes} bytes)", rows, bytes.Length);
        return new Reply($"已导出督办台账（{filter!.Describe()}，{rows} 行）。", null)
        {
            Uploaded = new UploadedFile(name ?? filter.FileName(today), contentUrl ?? "", uniqueId, fileType ?? "xlsx"),
        };
    }

    public static Reply Declined() => Reply.Say("已取消导出台账，没有上传任何文件。");

    /// <summary>The workbook for a selection; also what the command line writes.</summary>
    public async Task<(byte[] Bytes, int Rows)> BuildAsync(LedgerFilter filter, DateOnly today, CancellationToken cancellationToken)
    {
        var all = await digests.AllTasksAsync(cancellationToken);
        var chosen = all.Where(t => filter.Includes(t, today, calendar)).ToList();
        var history = new Dictionary<TaskId, IReadOnlyList<TaskEvent>>();
        foreach (var t in chosen) history[t.Id] = await store.GetHistoryAsync(t.Id, cancellationToken);
        if (filter.Unit is { } only)
        {
            // One unit's ledger: its own rows and the events that concern it or the whole task.
            chosen = chosen.Select(t => t with { Units = t.Units.Where(u => u.Unit == only).ToList() }).ToList();
            foreach (var id in history.Keys.ToList()) history[id] = history[id].Where(e => e.Unit is null || e.Unit == only).ToList();
        }
        // 统计 covers the selection's units with the digest's own computation.
        var digest = WeeklyDigest.Compute(filter.Unit is null ? all : all.Where(t => t.Units.Any(u => u.Unit == filter.Unit)), today, calendar);
        if (filter.Unit is not null) digest = digest with { Units = digest.Units.Where(u => u.Unit == filter.Unit).ToList() };
        var bytes = LedgerWorkbook.Build(chosen, history, digest, today, calendar, $"督办台账（{filter.Describe()}）");
        return (bytes, chosen.Sum(t => t.Units.Count));
    }

    /// <summary>
    /// Who may export what: "本月", "逾期", a status (已签收…) and a unit name, in any order. A chief or liaison gets
    /// his own unit whatever he writes, and is refused another unit.
    /// </summary>
    public static (LedgerFilter? Filter, string? Problem) Selection(Person? person, string argument, UnitDirectory directory)
    {
        if (person is null) return (null, "您尚未登记在单位名录中，无法导出督办台账。如需开通，请联系督查室。");
        var filter = new LedgerFilter();
        foreach (var word in argument.Split([' ', '　', ',', '，', '、'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "本月" or "this-month" or "month") filter = filter with { ThisMonth = true };
            else if (word is "逾期" or "overdue") filter = filter with { Overdue = true };
            else if (word is "全部" or "all") { }
            else if (LedgerFilter.ParseStatus(word) is { } status) filter = filter with { Status = status };
            else if (directory.ResolveUnit(word) is { } unit) filter = filter with { Unit = unit.Name };
            else return (null, $"「{word}」既不是单位名称，也不是「本月」「逾期」或任务状态。用法：导出台账 [本月|逾期|单位名称]，例如「导出台账 逾期」。");
        }
        if (!person.MayIssue)
        {
            if (person.Unit is null) return (null, "您在名录中没有所属单位，无法导出督办台账。");
            if (filter.Unit is not null && filter.Unit != person.Unit)
                return (null, $"您只能导出本单位（{person.Unit}）的任务，不能导出{filter.Unit}的台账。");
            filter = filter with { Unit = person.Unit };
        }
        return (filter, null);
    }
}
