using TaskBot.Assignments;
using TaskBot.Directory;
using TaskBot.Ledger;

namespace TaskBot.Cli;

/// <summary>
/// `taskbot export --out 台账.xlsx [--unit 县财政局] [--status 逾期|本月|已签收…] [--date YYYY-MM-DD]`: the 督办台账 the
/// bot sends on 导出台账, written to a file for operators. Reads the store the bot is configured with (the same
/// settings and environment variables). Exit 0 written, 64 bad arguments, 78 bad settings.
/// </summary>
public static class ExportCommand
{
    public const string Name = "export";

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        string? Option(string name) { int i = Array.IndexOf(args, name); return i >= 0 && i + 1 < args.Length ? args[i + 1] : null; }
        var output = Option("--out");
        if (string.IsNullOrWhiteSpace(output))
        {
            stderr.WriteLine("用法 / usage: export --out 台账.xlsx [--unit 单位] [--status 逾期|本月|状态] [--date YYYY-MM-DD]");
            return 64;
        }
        var today = Option("--date") is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd") : ChinaTime.DateOf(services.GetRequiredService<TimeProvider>().GetUtcNow());
        var directory = await services.GetRequiredService<DirectoryCache>().GetAsync(CancellationToken.None);
        var filter = new LedgerFilter();
        if (Option("--unit") is { } unitName)
        {
            if (directory.ResolveUnit(unitName) is not { } unit) { stderr.WriteLine($"名录中没有单位「{unitName}」 / no such unit in the directory"); return 64; }
            filter = filter with { Unit = unit.Name };
        }
        switch (Option("--status"))
        {
            case null: break;
            case "逾期" or "overdue": filter = filter with { Overdue = true }; break;
            case "本月" or "this-month": filter = filter with { ThisMonth = true }; break;
            case var s when LedgerFilter.ParseStatus(s) is { } status: filter = filter with { Status = status }; break;
            case var s: stderr.WriteLine($"不认识的状态「{s}」 / unknown status (逾期, 本月, 已交办, 已签收, 办理中, 已报结, 已办结, 延期申请中, 退回重办, 已撤销, 有异议)"); return 64;
        }
        var (bytes, rows) = await services.GetRequiredService<LedgerExport>().BuildAsync(filter, today, CancellationToken.None);
        await File.WriteAllBytesAsync(output, bytes);
        stdout.WriteLine($"已写出 {output}：{filter.Describe()}，{rows} 行，{bytes.Length:N0} 字节 / wrote {rows} rows");
        return 0;
    }
}
