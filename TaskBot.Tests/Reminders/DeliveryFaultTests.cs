using System.Collections.Concurrent;
using System.Diagnostics;
using TaskBot.Delivery;
using TaskBot.Directory;
using TaskBot.Reminders;
using TaskBot.Tasks;
using TaskBot.Tests.Tasks;
using Xunit.Abstractions;
using static TaskBot.Tests.Reminders.ReminderRig;

namespace TaskBot.Tests.Reminders;

/// <summary>
/// A connector that answers 30% of requests badly: 10% 429 with Retry-After, 10% 500, 5% a timeout before it
/// accepted the message, 5% a timeout after it accepted it (the acknowledgement is lost: the only case where a
/// message may arrive twice). Every request, good or bad, is time-stamped per conversation.
/// </summary>
public sealed class FaultyConnector(int seed) : INudgeTransport
{
    private readonly Random random = new(seed);
    public ConcurrentQueue<(string Key, string Conversation)> Accepted { get; } = new();
    public ConcurrentQueue<(long Ticks, string Conversation)> Requests { get; } = new();
    public ConcurrentDictionary<string, int> LostAcknowledgements { get; } = new();
    public int TooMany, ServerErrors, TimeoutsBefore;

    public async Task<TransportResult> SendAsync(string conversationKey, NudgeMessage message, CancellationToken cancellationToken)
    {
        Requests.Enqueue((Stopwatch.GetTimestamp(), conversationKey));
        double roll;
        lock (random) roll = random.NextDouble();
        switch (roll)
        {
            case < 0.10:
                Interlocked.Increment(ref TooMany);
                return new TransportResult(429, TimeSpan.FromMilliseconds(100 + (int)(roll * 2000)));
            case < 0.20:
                Interlocked.Increment(ref ServerErrors);
                return new TransportResult(500);
            case < 0.25:
                Interlocked.Increment(ref TimeoutsBefore);
                await Task.Delay(Timeout.Infinite, cancellationToken);
                break;
            case < 0.30:
                Accepted.Enqueue((message.Key, conversationKey));
                LostAcknowledgements.AddOrUpdate(message.Key, 1, (_, n) => n + 1);
                await Task.Delay(Timeout.Infinite, cancellationToken);
                break;
        }
        Accepted.Enqueue((message.Key, conversationKey));
        return TransportResult.Sent;
    }
}

public class DeliveryFaultTests(ITestOutputHelper output)
{
    public static readonly DeliveryOptions TeamsLimits = new()
    {
        PerConversationPerSecond = 7, PerConversationBurst = 1, GlobalPerSecond = 50, GlobalBurst = 1,
        MaxRetryAttempts = 5, RetryBaseDelay = TimeSpan.FromMilliseconds(50), MaxRetryDelay = TimeSpan.FromSeconds(1),
        AttemptTimeout = TimeSpan.FromMilliseconds(300),
    };

    /// <summary>20 more units with one chief each, so the global limit binds, not the per-conversation one.</summary>
    public static readonly UnitDirectory Extra = new(
        Enumerable.Range(1, 20).Select(i => new Unit($"测试单位{i:D2}", [])),
        Enumerable.Range(1, 20).Select(i => new Person($"aad-u{i:D2}", $"局长{i:D2}", $"测试单位{i:D2}", PersonRole.Chief)));

    /// <summary>Most requests in any window of <paramref name="window"/>, per conversation and over all.</summary>
    public static (int PerConversation, int Global) MaxInWindow(IEnumerable<(long Ticks, string Conversation)> requests, TimeSpan window)
    {
        static int Max(IEnumerable<long> ticks, TimeSpan w)
        {
            var t = ticks.Order().ToArray();
            var span = (long)(w.TotalSeconds * Stopwatch.Frequency);
            int best = 0, lo = 0;
            for (var hi = 0; hi < t.Length; hi++)
            {
                while (t[hi] - t[lo] >= span) lo++;
                best = Math.Max(best, hi - lo + 1);
            }
            return best;
        }
        var all = requests.ToList();
        return (all.GroupBy(r => r.Conversation).Max(g => Max(g.Select(r => r.Ticks), window)), Max(all.Select(r => r.Ticks), window));
    }

    [Fact]
    public async Task Every_reminder_gets_through_a_connector_failing_30_percent_within_both_rate_limits()
    {
        var connector = new FaultyConnector(seed: 20261012);
        await using var rig = new ReminderRig(China(10, 12, 10, 0), connector, TeamsLimits);
        await rig.Store.ImportDirectoryAsync(Extra, CancellationToken.None);
        var expected = new HashSet<string>();
        for (var i = 0; i < 135; i++)
        {
            // 120 tasks over 20 one-chief units, 15 for 工信局 (chief and liaison: 15 each in two conversations).
            var unit = i < 120 ? $"测试单位{i % 20 + 1:D2}" : TestData.Gongxin;
            var task = await rig.IssueAsync(new DateOnly(2026, 10, 9), lead: unit);   // overdue since Friday
            var people = i < 120 ? [$"aad-u{i % 20 + 1:D2}"] : new[] { "aad-gx", "aad-gx2" };
            foreach (var p in people) expected.Add($"{task.Id}|{unit}|Overdue|2026-10-12|{p}");
        }
        var sweeper = rig.NewSweeper();
        var clock = Stopwatch.StartNew();
        var sweeps = 0;
        while (!expected.IsSubsetOf(connector.Accepted.Select(a => a.Key)) && sweeps < 30)
        {
            rig.Time.Advance(TimeSpan.FromMinutes(1));
            await sweeper.SweepAsync(CancellationToken.None);
            sweeps++;
        }
        clock.Stop();

        var received = connector.Accepted.GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.Count());
        var duplicates = received.Where(kv => kv.Value > 1).ToList();
        var strict = MaxInWindow(connector.Requests, TimeSpan.FromSeconds(1));
        var measured = MaxInWindow(connector.Requests, TimeSpan.FromSeconds(0.98));   // 20 ms for timestamp jitter
        output.WriteLine($"{expected.Count} reminders, {connector.Requests.Count} requests in {clock.Elapsed.TotalSeconds:0.0} s over {sweeps} sweeps; " +
            $"faults: 429×{connector.TooMany}, 500×{connector.ServerErrors}, timeout before accepting×{connector.TimeoutsBefore}, " +
            $"acknowledgement lost×{connector.LostAcknowledgements.Values.Sum()}; duplicates: {duplicates.Count}; " +
            $"max requests in any 1 s: per conversation {strict.PerConversation}, global {strict.Global}");

        foreach (var g in connector.Requests.GroupBy(r => r.Conversation).Where(g => MaxInWindow(g, TimeSpan.FromSeconds(1)).PerConversation > 7))
            output.WriteLine(g.Key + ": " + string.Join(" ", g.Select(r => r.Ticks * 1000 / Stopwatch.Frequency % 100000).Order()));
        Assert.Empty(expected.Except(received.Keys));
        Assert.All(duplicates, d => Assert.True(connector.LostAcknowledgements.ContainsKey(d.Key), $"{d.Key} twice, though every answer reached us"));
        Assert.True(measured.PerConversation <= 7, $"per conversation: {measured.PerConversation} in one second");
        Assert.True(measured.Global <= 50, $"global: {measured.Global} in one second");
        Assert.True(connector.TooMany + connector.ServerErrors + connector.TimeoutsBefore > 20, "the connector did fail");
    }
}
