using System.Globalization;
using System.Text;
using TaskBot.Tasks;

namespace TaskBot.Storage.AzureTables;

/// <summary>One row of a secondary index: which table, which partition, which row. See docs/storage.md.</summary>
internal readonly record struct IndexKey(string Table, string PartitionKey, string RowKey);

/// <summary>
/// The key design (docs/storage.md explains why). Every hot query reads one partition, or a range of partitions
/// whose keys sort by time, so its cost follows the rows it returns, not the size of the table.
/// </summary>
internal static class TableKeys
{
    public const string TasksTable = "Tasks", ByUnitTable = "TasksByUnit", ByPersonTable = "TasksByPerson",
        DueTable = "TasksDue", ByDeadlineTable = "TasksByDeadline", DirectoryTable = "Directory", ClaimsTable = "Claims",
        ConversationsTable = "Conversations", MetaTable = "Meta", RefusalsTable = "Refusals", DocumentsTable = "Documents", CreationsTable = "Creations",
        OutboxDueTable = "OutboxDue", OpenCallsTable = "OpenCalls";

    public static readonly string[] AllTables =
        [TasksTable, ByUnitTable, ByPersonTable, DueTable, ByDeadlineTable, DirectoryTable, ClaimsTable, ConversationsTable, MetaTable, RefusalsTable, DocumentsTable, CreationsTable, OutboxDueTable, OpenCallsTable];

    /// <summary>The task's own row in its partition (the partition is the task id; its events sit beside it). The
    /// RowKey repeats the id so that no two rows of the table share one: Azurite finds an entity through its RowKey
    /// index and then scans every row with that RowKey, so a constant RowKey made each point read and insert cost
    /// the whole table there (real Azure does not care).</summary>
    public static string TaskRow(string id) => id;

    /// <summary>The row of a creation's idempotency key, in the key's own partition.</summary>
    public const string CreationRow = "creation";

    /// <summary>An audit event: after the task row in its partition, in version order.</summary>
    public static string EventRow(string id, long version) => $"{EventPrefix(id)}{version:D10}";

    public static string EventPrefix(string id) => $"{id}|event-";

    /// <summary>The index rows a task should have in its current state.</summary>
    public static IReadOnlySet<IndexKey> For(DirectiveTask task)
    {
        var id = task.Id.ToString();
        var keys = new HashSet<IndexKey>();
        var deadline = Day(task.Deadline.Date);
        if (task.Status.IsOpen())
        {
            foreach (var unit in task.Units)
                keys.Add(new(ByUnitTable, Encode(unit.Unit), $"{deadline}|{id}"));
            keys.Add(new(ByDeadlineTable, deadline[..6], $"{deadline}|{id}"));
        }
        var newestFirst = (long.MaxValue - task.IssuedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);
        keys.Add(new(ByPersonTable, Encode(task.IssuedBy.AadObjectId.ToLowerInvariant()), $"{newestFirst}|{id}"));
        if (task.Supervisor is { } s)
            keys.Add(new(ByPersonTable, Encode(s.AadObjectId.ToLowerInvariant()), $"{newestFirst}|{id}"));
        if (task.NextReminderAt is { } due)
            keys.Add(new(DueTable, DueBucket(due), DueRow(due, id)));
        return keys;
    }

    /// <summary>Due rows are bucketed by UTC day: a sweep reads the buckets up to now, and buckets empty out as
    /// reminders are sent and re-planned, so the range read stays about as large as what is due.</summary>
    public static string DueBucket(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string DueRow(DateTimeOffset at, string id) =>
        $"{at.ToUnixTimeMilliseconds().ToString("D15", CultureInfo.InvariantCulture)}|{id}";

    /// <summary>An outbox intent's row in its partition of the Tasks table (after the task row and its events).</summary>
    public static string OutboxRow(string key) => OutboxPrefix + Encode(key);
    public const string OutboxPrefix = "outbox|", OutboxEnd = "outbox}";

    /// <summary>OutboxDue pointers are bucketed by UTC minute of the due time: the sender reads the buckets up to now.</summary>
    public static string OutboxBucket(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);

    public static string Day(DateOnly d) => d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string TaskIdOf(string rowKey) => rowKey[(rowKey.LastIndexOf('|') + 1)..];

    /// <summary>Makes any text usable as a PartitionKey/RowKey: '/', '\', '#', '?', '%' and control characters are
    /// not allowed there, so they become %XX. Chinese text passes unchanged.</summary>
    public static string Encode(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
            if (NeedsEscape(c)) sb.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            else sb.Append(c);
        return sb.ToString();
    }

    private static bool NeedsEscape(char c) => c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c);
}
