using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace TaskBot.Assignments;

/// <summary>
/// At most <see cref="DirectiveOptions.MaxPerMinute"/> directives per person in any minute (a sliding window, per
/// instance), so one account cannot fill the store with previews. Commands are not counted.
/// </summary>
public sealed class DirectiveRateLimit(TimeProvider time, IOptions<DirectiveOptions> options)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private const int MaxPeople = 10_000;
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> recent = new();

    /// <summary>True (and counted) when the person may send another directive now.</summary>
    public bool TryAcquire(string person)
    {
        var now = time.GetUtcNow();
        if (recent.Count > MaxPeople)
            foreach (var (key, q) in recent)
                lock (q) if (q.Count == 0 || now - q.Peek() > Window) recent.TryRemove(key, out _);
        var queue = recent.GetOrAdd(person, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            while (queue.Count > 0 && now - queue.Peek() >= Window) queue.Dequeue();
            if (queue.Count >= options.Value.MaxPerMinute) return false;
            queue.Enqueue(now);
            return true;
        }
    }

    public string Refusal => $"您在一分钟内发送的督办指令已达 {options.Value.MaxPerMinute} 条。为保证系统稳定，请稍等一分钟再发送。之前的指令不受影响。";
}
