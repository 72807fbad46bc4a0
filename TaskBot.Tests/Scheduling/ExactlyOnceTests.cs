using System.Collections.Concurrent;
using System.Reflection;
using Azure.Data.Tables;
using TaskBot.Delivery;
using TaskBot.Reminders;
using TaskBot.Storage;
using TaskBot.Storage.AzureTables;
using TaskBot.Storage.Sqlite;
using TaskBot.Tests.Reminders;
using TaskBot.Tests.Storage;
using TaskBot.Tests.Tasks;
using Xunit.Abstractions;
using static TaskBot.Tests.Reminders.ReminderRig;

namespace TaskBot.Tests.Scheduling;

/// <summary>A process that can die: once killed, every call into its store or its connector fails on the spot,
/// so nothing it had in hand (a claim, a send) is completed or released.</summary>
public class Killable<T> : DispatchProxy where T : class
{
    public T Target { get; set; } = null!;
    public Func<bool> Dead { get; set; } = () => false;

    public static T Wrap(T target, Func<bool> dead)
    {
        var proxy = Create<T, Killable<T>>();
        ((Killable<T>)(object)proxy).Target = target;
        ((Killable<T>)(object)proxy).Dead = dead;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        if (Dead()) throw new OperationCanceledException("killed");
        try { return method!.Invoke(Target, args); }
        catch (TargetInvocationException e) { throw e.InnerException!; }
    }
}

/// <summary>A connector that counts what it accepted per delivery key; it can be told to kill its caller at the N-th request.</summary>
public sealed class CountingConnector : INudgeTransport
{
    public ConcurrentDictionary<string, int> Accepted { get; } = new();
    public int KillAt { get; set; } = int.MaxValue;
    public volatile bool Killed;
    private int requests;

    public Task<TransportResult> SendAsync(string conversationKey, NudgeMessage message, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref requests) >= KillAt) Killed = true;
        if (Killed) throw new OperationCanceledException("killed");
        Accepted.AddOrUpdate(message.Key, 1, (_, n) => n + 1);
        return Task.FromResult(TransportResult.Sent);
    }
}

public class ExactlyOnceTests(ITestOutputHelper output)
{
    static readonly DeliveryOptions Quick = new()
    {
        PerConversationPerSecond = 200, PerConversationBurst = 10, GlobalPerSecond = 2000, GlobalBurst = 100,
        RetryBaseDelay = TimeSpan.FromMilliseconds(5), MaxRetryDelay = TimeSpan.FromMilliseconds(50),
    };

    /// <summary>Overdue tasks, one per reminder, spread over the 20 one-chief test units.</summary>
    static async Task<HashSet<string>> IssueOverdueAsync(ReminderRig rig, int count)
    {
        await rig.Store.ImportDirectoryAsync(DeliveryFaultTests.Extra, CancellationToken.None);
        var keys = new HashSet<string>();
        for (var batch = 0; batch < count; batch += 100)
        {
            var drafts = Enumerable.Range(batch, Math.Min(100, count - batch)).Select(i =>
                TestData.NewDraft($"测试单位{i % 20 + 1:D2}", [], new DateOnly(2026, 10, 9)) with { Supervisor = null }).ToList();
            var created = await rig.CreateAsync(drafts);
            Assert.True(created.Succeeded, created.Error?.Message);
            foreach (var t in created.Tasks)
            {
                var unit = t.LeadUnits.Single().Unit;
                keys.Add($"{t.Id}|{unit}|Overdue|2026-10-12|aad-u{unit[^2..]}");
            }
        }
        return keys;
    }

    [Fact]
    public async Task After_a_kill_in_the_middle_of_sending_500_the_restarted_app_delivers_each_exactly_once()
    {
        var connector = new CountingConnector { KillAt = 200 };
        await using var rig = new ReminderRig(China(10, 12, 10, 0), connector, Quick);
        var expected = await IssueOverdueAsync(rig, 500);

        // The first life: its store and connector die at the 200th request, mid-sweep.
        var dying = Killable<IStore>.Wrap(rig.Store, () => connector.Killed);
        rig.Time.Advance(TimeSpan.FromMinutes(1));
        var first = rig.NewSweeper(dying).SweepAsync(CancellationToken.None);
        Assert.Same(first, await Task.WhenAny(first, Task.Delay(TimeSpan.FromSeconds(60))));
        output.WriteLine($"first life ended: {first.Status}");
        var beforeKill = connector.Accepted.Keys.ToList();
        // Accepted by the connector, but the dead process never recorded it: the one window where a message may repeat.
        var inDoubt = new List<string>();
        foreach (var key in beforeKill)
            if (await rig.Store.GetIntentAsync(key.Split('|')[0], key, CancellationToken.None) is not { State: OutboxState.Sent }) inDoubt.Add(key);

        // The second life: a fresh store on the same file, a new sweeper; claims the dead one held expire after their lease.
        connector.Killed = false;
        connector.KillAt = int.MaxValue;
        var reopened = new SqliteStore(rig.Sqlite.Path, rig.Time);
        var sweeper = rig.NewSweeper(reopened);
        for (var i = 0; i < 10 && !expected.IsSubsetOf(connector.Accepted.Keys); i++)
        {
            rig.Time.Advance(TimeSpan.FromMinutes(3));
            var sweep = sweeper.SweepAsync(CancellationToken.None);
            Assert.Same(sweep, await Task.WhenAny(sweep, Task.Delay(TimeSpan.FromSeconds(60))));
            output.WriteLine($"second life, sweep {i + 1}: {await sweep}");
        }

        var twice = connector.Accepted.Where(kv => kv.Value > 1).Select(kv => kv.Key).ToList();
        output.WriteLine($"accepted before the kill: {beforeKill.Count}; in doubt at the kill: {inDoubt.Count}; delivered twice: {twice.Count}");
        Assert.InRange(beforeKill.Count, 150, 199);
        Assert.Equal(expected.Order(), connector.Accepted.Keys.Order());
        Assert.All(twice, k => Assert.Contains(k, inDoubt));
        Assert.Equal(500 - beforeKill.Count + inDoubt.Count, connector.Accepted.Values.Sum() - beforeKill.Count);
    }

    [Collection(AzuriteCollection.Name)]
    public sealed class TwoInstances(AzuriteFixture azurite, ITestOutputHelper output) : IAsyncLifetime
    {
        private readonly string prefix = "R" + Guid.NewGuid().ToString("N")[..12];

        [Fact]
        public async Task Two_sweepers_on_one_Azurite_store_deliver_1000_due_reminders_exactly_once_in_total()
        {
            var connector = new CountingConnector();
            var time = China(10, 12, 10, 0);
            AzureTablesStore Open(TimeProvider t) => new(new TableServiceClient(azurite.Require()), prefix, t);
            await using var rig = new ReminderRig(time, connector, Quick, store: Open(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(time)));
            var expected = await IssueOverdueAsync(rig, 1000);
            // Two app instances: each its own store client, sweeper and rate limits, on the same tables and clock.
            var one = rig.NewSweeper(Open(rig.Time));
            var two = rig.NewSweeper(Open(rig.Time));
            var clock = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < 5 && !expected.IsSubsetOf(connector.Accepted.Keys); i++)
            {
                rig.Time.Advance(TimeSpan.FromMinutes(1));
                var reports = await Task.WhenAll(one.SweepAsync(CancellationToken.None), two.SweepAsync(CancellationToken.None));
                output.WriteLine($"sweep {i + 1}: {reports[0]} | {reports[1]}");
            }
            output.WriteLine($"{connector.Accepted.Count} delivered in {clock.Elapsed.TotalSeconds:0.0} s");
            Assert.Equal(expected.Order(), connector.Accepted.Keys.Order());
            Assert.All(connector.Accepted, kv => Assert.Equal(1, kv.Value));
        }

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync()
        {
            if (azurite.ConnectionString is null) return;
            var service = new TableServiceClient(azurite.ConnectionString);
            foreach (var table in TableKeys.AllTables) await service.DeleteTableAsync(prefix + table);
        }
    }
}
