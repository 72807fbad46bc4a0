using System.Diagnostics;

namespace TaskBot.Delivery;

/// <summary>
/// The last line of the global limit: at most <c>max</c> requests start in any second, counted at the moment the
/// request goes out. The token bucket paces permits, but a permit's continuation may run late on a busy thread pool
/// and then together with the next ones; this keeps the start times of the last <c>max</c> requests and holds a
/// request until the oldest of them is a second old. It rarely waits: the bucket's refill is below the limit.
/// </summary>
internal sealed class StartWindow(int max)
{
    private readonly Queue<long> starts = new();
    private readonly object gate = new();
    private static readonly long Second = Stopwatch.Frequency;

    public async Task EnterAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (gate)
            {
                var now = Stopwatch.GetTimestamp();
                while (starts.Count > 0 && now - starts.Peek() >= Second) starts.Dequeue();
                if (starts.Count < max)
                {
                    starts.Enqueue(now);
                    return;
                }
                wait = TimeSpan.FromSeconds((double)(starts.Peek() + Second - now) / Stopwatch.Frequency);
            }
            await Task.Delay(wait <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(1) : wait, cancellationToken);
        }
    }
}
