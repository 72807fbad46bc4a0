using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using TaskBot.Calendar;
using TaskBot.Delivery;
using TaskBot.Directory;
using TaskBot.Reminders;
using TaskBot.Storage;
using TaskBot.Storage.Sqlite;
using TaskBot.Tasks;

namespace TaskBot.Scheduling;

/// <summary>
/// Hidden verb <c>reminders-bench [--tasks 1000000] [--due 10000] [--dir DIR] [--no-send]</c>: the scale figures
/// of issue 5. (1) one sweep of N due reminders with instant, unlimited delivery, with N due among 2N stored and
/// among all the tasks: the cost follows what is due; (2) the same N sent through the default limits (50/s) to a
/// connector answering in 20 ms: the time is the rate limit's.
/// </summary>
public static class ReminderBench
{
    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args.FirstOrDefault() != "reminders-bench") return null;
        string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        var total = int.Parse(Arg("--tasks", "1000000"), CultureInfo.InvariantCulture);
        var due = int.Parse(Arg("--due", "10000"), CultureInfo.InvariantCulture);
        var dir = Arg("--dir", Path.Combine(Path.GetTempPath(), "taskbot-reminders-bench"));
        System.IO.Directory.CreateDirectory(dir);

        var small = await SweepAsync(Path.Combine(dir, "small.db"), 2 * due, due, Unlimited);
        var large = await SweepAsync(Path.Combine(dir, "large.db"), total, due, Unlimited);
        Console.WriteLine($"sweep of {due:N0} due among {2 * due:N0} stored: {small}");
        Console.WriteLine($"sweep of {due:N0} due among {total:N0} stored: {large}");
        if (!args.Contains("--no-send"))
        {
            var limited = await SweepAsync(Path.Combine(dir, "send.db"), due, due, new DeliveryOptions(), TimeSpan.FromMilliseconds(20));
            Console.WriteLine($"sending {due:N0} through the default limits (7/s per conversation, 50/s global), connector 20 ms: {limited}");
        }
        return 0;
    }

    private static readonly DeliveryOptions Unlimited = new()
    {
        PerConversationPerSecond = 1_000_000, PerConversationBurst = 100_000, GlobalPerSecond = 1_000_000, GlobalBurst = 100_000,
    };

    private static readonly Person Leader = new("bench-leader", "压测领导", null, PersonRole.Leader);

    private static async Task<string> SweepAsync(string path, int stored, int dueCount, DeliveryOptions delivery, TimeSpan? latency = null)
    {
        foreach (var f in new[] { path, path + "-wal", path + "-shm" }) File.Delete(f);
        var time = TimeProvider.System;
        var store = new SqliteStore(path, time);
        const int units = 200;
        var unitNames = Enumerable.Range(1, units).Select(i => $"单位{i:D3}").ToList();
        await store.ImportDirectoryAsync(new UnitDirectory(unitNames.Select(u => new Unit(u, [])),
            unitNames.Select((u, i) => new Person($"bench-chief-{i + 1:D3}", $"局长{i + 1:D3}", u, PersonRole.Chief)).Append(Leader)), default);
        var now = time.GetUtcNow();
        var today = SendingCalendar.DateOf(now);
        var every = stored / dueCount;
        // Every k-th task is due: overdue since yesterday, one lead unit, one chief: one reminder each. The others
        // are due in 1 h to 200 days.
        var load = Stopwatch.StartNew();
        for (var start = 0; start < stored; start += 5000)
        {
            var drafts = Enumerable.Range(start, Math.Min(5000, stored - start)).Select(i =>
            {
                var isDue = i % every == 0 && i / every < dueCount;
                return new TaskDraft
                {
                    SourceText = $"请{unitNames[i % units]}牵头落实第{i}项工作。", ReferenceDate = today,
                    LeadUnits = [unitNames[i % units]], Deliverable = $"第{i}项工作方案",
                    Deadline = new Deadline(isDue ? today.AddDays(-1) : today.AddDays(30 + i % 300), "限期"),
                    NextReminderAt = isDue ? now.AddMinutes(-1) : now.AddHours(1 + i % (24 * 200)),
                };
            }).ToList();
            var r = await store.CreateTasksAsync(drafts, Leader, default);
            if (!r.Succeeded) throw new InvalidOperationException(r.Error!.Message);
        }
        var loaded = load.Elapsed;

        // All day, every day, so the figures do not depend on when the bench runs.
        var options = new ReminderOptions { WorkingHours = "00:00-24:00", WorkingDaysOnly = false, Delivery = delivery };
        var policy = new ReminderPolicy(SendingCalendar.From(options, ChinaWorkingCalendar.Default));
        var transport = new BenchTransport(latency);
        await using var sender = new NudgeSender(transport, delivery, time);
        var sweeper = new ReminderSweeper(store, OnceDelivery.Create(store, sender, TimeSpan.FromMinutes(5), time), policy, options, time,
            NullLogger<ReminderSweeper>.Instance);
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        var report = await sweeper.SweepAsync(default);
        sw.Stop();
        var allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6;
        var second = Stopwatch.StartNew();
        var again = await sweeper.SweepAsync(default);       // nothing is due any more: reads the index, finds nothing
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return $"loaded in {loaded.TotalSeconds:0} s; sweep {sw.Elapsed.TotalSeconds:0.0} s ({report.Sent / sw.Elapsed.TotalSeconds:N0} reminders/s), " +
               $"{report}; delivered {transport.Count:N0}; allocated {allocatedMb:N0} MB; RSS {Rss()}; next sweep {second.Elapsed.TotalMilliseconds:0} ms ({again.Tasks} tasks)";
    }

    private sealed class BenchTransport(TimeSpan? latency) : INudgeTransport
    {
        private int count;
        public int Count => count;

        public async Task<TransportResult> SendAsync(string conversationKey, NudgeMessage message, CancellationToken cancellationToken)
        {
            if (latency is { } l) await Task.Delay(l, cancellationToken);
            Interlocked.Increment(ref count);
            return TransportResult.Sent;
        }
    }

    private static string Rss()
    {
        var status = File.Exists("/proc/self/status") ? File.ReadAllLines("/proc/self/status") : [];
        string Field(string name) => status.FirstOrDefault(l => l.StartsWith(name))?.Split(':')[1].Trim() ?? "?";
        return $"{Field("VmRSS")} (peak {Field("VmHWM")})";
    }
}
