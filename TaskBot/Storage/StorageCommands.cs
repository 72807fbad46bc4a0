using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using TaskBot.Directory;
using TaskBot.Storage.AzureTables;
using TaskBot.Storage.Sqlite;
using TaskBot.Tasks;

namespace TaskBot.Storage;

/// <summary>
/// Hidden command-line verbs of the TaskBot executable, for measuring and torturing the stores outside unit tests:
/// <list type="bullet">
/// <item><c>storage-burst DBPATH</c>: creates tasks one transaction at a time until killed, printing each id once
/// committed (the crash-safety test kills it mid-burst).</item>
/// <item><c>storage-bench --provider sqlite|azuretables --tasks N [--path FILE] [--connection CS] [--due 1000] [--batch N]</c>:
/// the scale figures (docs/storage.md).</item>
/// </list>
/// </summary>
public static class StorageCommands
{
    public static async Task<int?> TryRunAsync(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "storage-burst": return await BurstAsync(args[1]);
            case "storage-bench": return await BenchAsync(args.Skip(1).ToArray());
            default: return null;
        }
    }

    internal static readonly Person BenchLeader = new("bench-leader", "压测领导", null, PersonRole.Leader);

    internal static UnitDirectory BenchDirectory(int units) => new(
        Enumerable.Range(1, units).Select(i => new Unit(UnitName(i), [])), [BenchLeader]);

    internal static string UnitName(int i) => $"单位{i:D3}";

    private static async Task<int> BurstAsync(string path)
    {
        var store = new SqliteStore(path, TimeProvider.System);
        await store.ImportDirectoryAsync(BenchDirectory(10), CancellationToken.None);
        var today = ChinaClock.Today(TimeProvider.System);
        for (var i = 0; ; i++)
        {
            var result = await store.CreateTasksAsync([Draft(i, today, 10, null)], BenchLeader, CancellationToken.None);
            Console.Out.WriteLine(result.Tasks[0].Id);
            Console.Out.Flush();
        }
    }

    internal static TaskDraft Draft(int i, DateOnly today, int units, DateTimeOffset? nextReminderAt) => new()
    {
        SourceText = $"请{UnitName(i % units + 1)}牵头，会同{UnitName((i + 7) % units + 1)}在一个月内拿出第{i}项工作的具体方案并报县政府。",
        SourceSpan = new SourceSpan(0, 40),
        ReferenceDate = today,
        LeadUnits = [UnitName(i % units + 1)],
        CoLeadUnits = i % 3 == 0 ? [] : [UnitName((i + 7) % units + 1)],
        Deadline = new Deadline(today.AddDays(i % 400 - 30), "一个月内"),
        Deliverable = $"第{i}项工作方案",
        NextReminderAt = nextReminderAt,
    };

    private static async Task<int> BenchAsync(string[] args)
    {
        string Arg(string name, string fallback) =>
            Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        var provider = Arg("--provider", "sqlite");
        var total = int.Parse(Arg("--tasks", "1000000"), CultureInfo.InvariantCulture);
        var dueCount = int.Parse(Arg("--due", "1000"), CultureInfo.InvariantCulture);
        const int small = 10_000, unitCount = 200;
        var time = TimeProvider.System;
        IStore store;
        if (provider == "sqlite")
        {
            var path = Arg("--path", Path.Combine(Path.GetTempPath(), "taskbot-bench", "bench.db"));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            foreach (var f in new[] { path, path + "-wal", path + "-shm" }) File.Delete(f);
            store = new SqliteStore(path, time);
            Console.WriteLine($"sqlite file {path}");
        }
        else
        {
            var cs = Arg("--connection", Environment.GetEnvironmentVariable("TASKBOT_TEST_AZURITE") ?? "UseDevelopmentStorage=true");
            store = new AzureTablesStore(new TableServiceClient(cs), $"Bench{time.GetUtcNow():HHmmss}", time);
        }
        var ct = CancellationToken.None;
        await store.ImportDirectoryAsync(BenchDirectory(unitCount), ct);

        var now = time.GetUtcNow();
        var today = ChinaClock.Today(time);
        var batch = int.Parse(Arg("--batch", provider == "sqlite" ? "5000" : "500"), CultureInfo.InvariantCulture);
        // The due tasks are all among the first 10,000, so "1,000 due among 10,000" and "1,000 due among N" differ
        // only in how much else is stored. Every other task has a reminder in the future.
        DateTimeOffset Next(int i) => i < small && i % (small / dueCount) == 0
            ? now.AddMinutes(-1 - i % 600)
            : now.AddHours(1 + i % (24 * 200));

        var inserted = 0;
        var insertTime = Stopwatch.StartNew();
        var report = new List<string>();
        async Task InsertUpTo(int target)
        {
            while (inserted < target)
            {
                var n = Math.Min(batch, target - inserted);
                var drafts = Enumerable.Range(inserted, n).Select(i => Draft(i, today, unitCount, Next(i))).ToList();
                var r = await store.CreateTasksAsync(drafts, BenchLeader, ct);
                if (!r.Succeeded) throw new InvalidOperationException(r.Error!.Message);
                inserted += n;
                if (inserted % (batch * 20) == 0) Console.WriteLine($"  {inserted:N0} inserted, {inserted / insertTime.Elapsed.TotalSeconds:N0}/s");
            }
        }

        async Task Measure(string label)
        {
            var due = await Timed(() => store.QueryDueAsync(now, 5000, ct));
            var open = await Timed(() => store.ListOpenByUnitAsync(UnitName(1), ct));
            var overdue = await Timed(() => store.ListDeadlineBeforeAsync(today, UnitName(1), ct));
            var line = $"{label}: due-before-T {due.Count} tasks in {due.Ms:F1} ms; unit's open tasks {open.Count} in {open.Ms:F1} ms; " +
                       $"unit's overdue {overdue.Count} in {overdue.Ms:F1} ms; RSS {Rss()}";
            Console.WriteLine(line);
            report.Add(line);
        }

        if (args.Contains("--profile"))
        {
            var sw = Stopwatch.StartNew();
            var ds = Enumerable.Range(0, 20000).Select(i => Draft(i, today, unitCount, Next(i))).ToList();
            Console.WriteLine($"drafts {sw.Elapsed.TotalMicroseconds / 20000:F1} us each"); sw.Restart();
            var dir = BenchDirectory(unitCount);
            var made = ds.Select((d, i) => { TaskLifecycle.Validate(d, BenchLeader, dir, out var n); return TaskLifecycle.Create(n, BenchLeader, new TaskId(2026, i + 1), now); }).ToList();
            Console.WriteLine($"validate+create {sw.Elapsed.TotalMicroseconds / 20000:F1} us each"); sw.Restart();
            foreach (var m in made) { StoredJson.Write(m.Task); StoredJson.Write(m.Event); }
            Console.WriteLine($"json {sw.Elapsed.TotalMicroseconds / 20000:F1} us each"); sw.Restart();
            for (var k = 0; k < 5; k++) foreach (var m in made) { StoredJson.Write(m.Task); StoredJson.Write(m.Event); }
            sw.Restart();
            foreach (var m in made) { StoredJson.Write(m.Task); StoredJson.Write(m.Event); }
            Console.WriteLine($"json warm {sw.Elapsed.TotalMicroseconds / 20000:F1} us each"); sw.Restart();
            var texts = made.Select(m => StoredJson.Write(m.Task)).ToList();
            sw.Restart();
            foreach (var t in texts) StoredJson.ReadTask(t, 1, null);
            Console.WriteLine($"json read {sw.Elapsed.TotalMicroseconds / 20000:F1} us each");
        }
        await InsertUpTo(small);
        await Measure($"{small:N0} stored");
        insertTime.Restart();
        var before = inserted;
        await InsertUpTo(total);
        var rate = (inserted - before) / insertTime.Elapsed.TotalSeconds;
        GC.Collect();
        await Measure($"{total:N0} stored");
        Console.WriteLine($"insert rate {rate:N0} tasks/s (batches of {batch}, each task with its audit event and unit rows)");
        foreach (var line in report) Console.WriteLine(line);
        return 0;
    }

    /// <summary>Median of five runs after one warm-up.</summary>
    private static async Task<(int Count, double Ms)> Timed(Func<Task<IReadOnlyList<DirectiveTask>>> query)
    {
        var count = (await query()).Count;
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var sw = Stopwatch.StartNew();
            count = (await query()).Count;
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (count, times[2]);
    }

    private static string Rss()
    {
        var status = File.Exists("/proc/self/status") ? File.ReadAllLines("/proc/self/status") : [];
        string Field(string name) => status.FirstOrDefault(l => l.StartsWith(name))?.Split(':')[1].Trim() ?? "?";
        return $"{Field("VmRSS")} (peak {Field("VmHWM")})";
    }
}
