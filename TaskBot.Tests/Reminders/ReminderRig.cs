using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TaskBot.Calendar;
using TaskBot.Delivery;
using TaskBot.Directory;
using TaskBot.Reminders;
using TaskBot.Storage;
using TaskBot.Storage.Sqlite;
using TaskBot.Tasks;
using TaskBot.Tests.Storage;
using TaskBot.Tests.Tasks;

namespace TaskBot.Tests.Reminders;

/// <summary>What the fake connector received: when (fake and real clock), where, and which delivery.</summary>
public sealed record Delivered(DateTimeOffset At, long RealTicks, string Conversation, NudgeMessage Message)
{
    public string ReminderKey => Message.Key[..Message.Key.LastIndexOf('|')];
    public string Kind => Message.Key.Split('|')[2];
    public string? Unit => Message.Key.Split('|')[1] is var u && u == "*" ? null : u;
    public string Recipient => Conversation["user:".Length..];
}

/// <summary>A connector that accepts everything and records it, in order.</summary>
public sealed class RecordingTransport(TimeProvider time) : INudgeTransport
{
    public ConcurrentQueue<Delivered> Received { get; } = new();

    public Task<TransportResult> SendAsync(string conversationKey, NudgeMessage message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Received.Enqueue(new(time.GetUtcNow(), System.Diagnostics.Stopwatch.GetTimestamp(), conversationKey, message));
        return Task.FromResult(TransportResult.Sent);
    }
}

/// <summary>
/// The reminder machinery on a real SQLite store in a temp folder, driven by a fake clock. Delivery limits are
/// generous so the time-travel tests do not wait on real time; the fault and rate tests set their own.
/// </summary>
public sealed class ReminderRig : IAsyncDisposable
{
    public static readonly DeliveryOptions Fast = new()
    {
        PerConversationPerSecond = 10_000, PerConversationBurst = 1000, GlobalPerSecond = 10_000, GlobalBurst = 1000,
        RetryBaseDelay = TimeSpan.FromMilliseconds(5), MaxRetryDelay = TimeSpan.FromMilliseconds(50),
    };

    private readonly TempFolder folder = new();
    public FakeTimeProvider Time { get; }
    public SqliteStore Sqlite { get; }
    public IStore Store { get; }
    public ReminderPolicy Policy { get; }
    public ReminderOptions Options { get; }
    public INudgeTransport Transport { get; }
    /// <summary>How long a claimed delivery stays an instance's before another may take it over.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);
    private readonly List<NudgeSender> senders = [];

    public ReminderRig(DateTimeOffset start, INudgeTransport? transport = null, DeliveryOptions? delivery = null, string workingHours = "09:00-18:00",
        bool workingDaysOnly = true, IStore? store = null)
    {
        Time = new FakeTimeProvider(start);
        Sqlite = new SqliteStore(folder.File("taskbot.db"), Time);
        Options = new ReminderOptions { WorkingHours = workingHours, WorkingDaysOnly = workingDaysOnly, Delivery = delivery ?? Fast };
        Policy = new ReminderPolicy(SendingCalendar.From(Options, ChinaWorkingCalendar.Default));
        Store = store ?? Sqlite;
        Planner = new ReminderPlanner(Store, Policy, Time);
        Transport = transport ?? new RecordingTransport(Time);
        Store.ImportDirectoryAsync(TestData.County, CancellationToken.None).GetAwaiter().GetResult();
    }

    public RecordingTransport Recorder => (RecordingTransport)Transport;

    /// <summary>What the use cases call after creating or changing a task (the dispatcher, the card actions).</summary>
    public ReminderPlanner Planner { get; }

    /// <summary>Creates tasks as the dispatcher does: planned before the write, checked after.</summary>
    public async Task<CreateResult> CreateAsync(IReadOnlyList<TaskDraft> drafts)
    {
        var created = await Store.CreateTasksAsync(Planner.Plan(drafts, TestData.Leader), TestData.Leader, CancellationToken.None);
        await Planner.CreatedAsync(created, CancellationToken.None);
        return created;
    }

    /// <summary>A sweeper, as one app instance would have it (its own sender and rate limits).</summary>
    public ReminderSweeper NewSweeper(IStore? store = null, INudgeTransport? transport = null, TimeProvider? deliveryTime = null)
    {
        var sender = new NudgeSender(transport ?? Transport, Options.Delivery, deliveryTime ?? TimeProvider.System);
        senders.Add(sender);
        var s = store ?? Store;
        return new ReminderSweeper(s, OnceDelivery.Create(s, sender, ClaimLease, Time), Policy, Options, Time, NullLogger<ReminderSweeper>.Instance);
    }

    public static DateTimeOffset China(int month, int day, int hour, int minute = 0) =>
        new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    public async Task<DirectiveTask> IssueAsync(DateOnly deadline, string lead = TestData.Gongxin, string[]? coLeads = null, PersonRef? supervisor = null)
    {
        var draft = TestData.NewDraft(lead, coLeads ?? [], deadline) with { Supervisor = supervisor };
        var created = await CreateAsync([draft]);
        Assert.True(created.Succeeded, created.Error?.Message);
        return created.Tasks[0];
    }

    public async Task ApplyAsync(TaskId id, TaskCommand command)
    {
        var result = await Store.ApplyAsync(id, command, CancellationToken.None);
        Assert.True(result.Succeeded, result.Error?.Message);
        await Planner.ChangedAsync(result, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var s in senders) await s.DisposeAsync();
        folder.Dispose();
    }
}
