using Microsoft.Data.Sqlite;
using SQLitePCL;
using TaskBot.Directory;
using TaskBot.Tasks;

namespace TaskBot.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. A change runs inside one IMMEDIATE transaction (read, apply the
/// lifecycle, write the task and its event), so writers queue on SQLite's lock instead of overwriting each other;
/// the UPDATE is still conditional on the version read, as a second line of defence. SQLite's calls are
/// synchronous; writers queue asynchronously in front of them (see WriteAsync).
/// </summary>
public sealed partial class SqliteStore : IStorageBackend
{
    private const string TaskColumns = "t.json, t.version, t.next_reminder_at";
    private readonly string connectionString;
    private readonly TimeProvider time;
    private readonly Lazy<bool> migrated;
    private readonly SemaphoreSlim writeGate = new(1, 1);

    public SqliteStore(string path, TimeProvider time)
    {
        Path = System.IO.Path.GetFullPath(path);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        connectionString = new SqliteConnectionStringBuilder { DataSource = Path, DefaultTimeout = 30, Pooling = true }.ToString();
        this.time = time;
        migrated = new(() => { using var c = OpenRaw(); SqliteSchema.Migrate(c); return true; });
    }

    public string Path { get; }

    private SqliteConnection OpenRaw()
    {
        var c = new SqliteConnection(connectionString);
        c.Open();
        // NORMAL in WAL mode: a committed transaction survives the process being killed (not a power cut).
        // A 64 MB page cache (default 2 MB) keeps more index pages of bulk inserts in memory.
        SqliteSchema.Execute(c, "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=16384");
        return c;
    }

    internal SqliteConnection Open()
    {
        _ = migrated.Value;
        return OpenRaw();
    }

    public Task<CreateResult> CreateTasksAsync(IReadOnlyList<TaskDraft> drafts, Person issuer, CancellationToken cancellationToken) =>
        WriteAsync(() => Create(drafts, issuer, null, null, cancellationToken), cancellationToken);

    public Task<CreateResult> CreateTasksAsync(IReadOnlyList<TaskDraft> drafts, Person issuer, string idempotencyKey, CancellationToken cancellationToken) =>
        WriteAsync(() => Create(drafts, issuer, idempotencyKey, null, cancellationToken), cancellationToken);

    public Task<CreateResult> CreateTasksAsync(IReadOnlyList<TaskDraft> drafts, Person issuer, string idempotencyKey, IntentsFor? intents,
        CancellationToken cancellationToken) =>
        WriteAsync(() => Create(drafts, issuer, idempotencyKey, intents, cancellationToken), cancellationToken);

    /// <summary>
    /// Microsoft.Data.Sqlite's async methods run synchronously (SQLite has no async I/O), so what blocks threads under
    /// load is a writer sleeping in SQLite's busy handler while another holds the write lock. Writers of this store
    /// first queue here asynchronously: at most one thread per store waits on SQLite's lock (for writers in other
    /// processes), the rest wait without a thread and can be cancelled. The write itself is unchanged: one IMMEDIATE
    /// transaction, the UPDATE conditional on the version read.
    /// </summary>
    private async Task<T> WriteAsync<T>(Func<T> write, CancellationToken cancellationToken)
    {
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return write();
        }
        finally
        {
            writeGate.Release();
        }
    }

    private CreateResult Create(IReadOnlyList<TaskDraft> drafts, Person issuer, string? idempotencyKey, IntentsFor? intents, CancellationToken cancellationToken)
    {
        var directory = GetDirectory();
        if (TaskLifecycle.ValidateAll(drafts, issuer, directory, out var valid) is { } error) return new CreateResult([], error);
        if (valid.Count == 0) return new CreateResult([], null);

        var now = time.GetUtcNow();
        var year = ChinaClock.Today(time).Year;
        using var c = Open();
        using var tx = c.BeginTransaction(deferred: false);
        // Checked inside the write transaction, and the key is written in it: a key and its tasks commit together.
        if (idempotencyKey is not null && Earlier(c, tx, idempotencyKey) is { } earlier)
            return new CreateResult(earlier, null);
        var last = (long)Scalar(c, tx,
            "INSERT INTO counters(name, value) VALUES($n, $k) ON CONFLICT(name) DO UPDATE SET value = value + $k RETURNING value",
            ("$n", $"DB-{year}"), ("$k", valid.Count))!;
        var created = new List<DirectiveTask>(valid.Count);
        using var writer = new TaskWriter(c);
        for (var i = 0; i < valid.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (task, evt) = TaskLifecycle.Create(valid[i], issuer, new TaskId(year, last - valid.Count + 1 + i), now);
            writer.Insert(task, evt);
            if (intents is not null) InsertIntents(c, tx, intents(task));
            created.Add(task);
        }
        if (idempotencyKey is not null)
            Execute(c, tx, "INSERT INTO task_creations(key, first_key, count, created_at) VALUES($k, $first, $n, $at)",
                ("$k", idempotencyKey), ("$first", Key(created[0].Id)), ("$n", created.Count), ("$at", now.ToUnixTimeMilliseconds()));
        tx.Commit();
        return new CreateResult(created, null);
    }

    /// <summary>The tasks an earlier creation with this idempotency key made, as they are now; null if none.</summary>
    private static IReadOnlyList<DirectiveTask>? Earlier(SqliteConnection c, SqliteTransaction tx, string idempotencyKey)
    {
        using var cmd = Command(c, tx, "SELECT first_key, count FROM task_creations WHERE key = $k", ("$k", idempotencyKey));
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        var (first, count) = (r.GetInt64(0), r.GetInt64(1));
        return ReadTasks(c, tx, $"SELECT {TaskColumns} FROM tasks t WHERE t.key BETWEEN $a AND $b ORDER BY t.key", ("$a", first), ("$b", first + count - 1));
    }

    public Task<DirectiveTask?> GetAsync(TaskId id, CancellationToken cancellationToken)
    {
        using var c = Open();
        return Task.FromResult(ReadTasks(c, null, $"SELECT {TaskColumns} FROM tasks t WHERE t.key = $k", ("$k", Key(id))).FirstOrDefault());
    }

    public Task<TaskResult> ApplyAsync(TaskId id, TaskCommand command, CancellationToken cancellationToken) =>
        WriteAsync(() => Apply(id, command, null), cancellationToken);

    public Task<TaskResult> ApplyAsync(TaskId id, TaskCommand command, IntentsFor? intents, CancellationToken cancellationToken) =>
        WriteAsync(() => Apply(id, command, intents), cancellationToken);

    private TaskResult Apply(TaskId id, TaskCommand command, IntentsFor? intents)
    {
        var directory = command is ReassignTask ? GetDirectory() : null;
        using var c = Open();
        using var tx = c.BeginTransaction(deferred: false);
        var task = ReadTasks(c, tx, $"SELECT {TaskColumns} FROM tasks t WHERE t.key = $k", ("$k", Key(id))).FirstOrDefault();
        if (task is null) return TaskResult.NotFound(id);
        var result = TaskLifecycle.Apply(task, command, time.GetUtcNow(), directory);
        if (!result.Succeeded) return result;
        using var writer = new TaskWriter(c);
        if (!writer.Update(task, result.Task!, result.Event!))
            return TaskResult.Failure(TaskErrorCode.Conflict, $"任务 {id} 正被他人修改，请稍后再试。");
        if (intents is not null) InsertIntents(c, tx, intents(result.Task!));
        tx.Commit();
        return result;
    }

    public Task<bool> SetNextReminderAsync(TaskId id, DateTimeOffset? nextReminderAt, CancellationToken cancellationToken) =>
        WriteAsync(() =>
        {
        using var c = Open();
        var n = Execute(c, null, "UPDATE tasks SET next_reminder_at = $at WHERE key = $k",
            ("$at", (object?)nextReminderAt?.ToUnixTimeMilliseconds() ?? DBNull.Value), ("$k", Key(id)));
        return n == 1;
        }, cancellationToken);

    public Task<IReadOnlyList<TaskEvent>> GetHistoryAsync(TaskId id, CancellationToken cancellationToken)
    {
        using var c = Open();
        using var cmd = Command(c, null, "SELECT json FROM task_events WHERE task_key = $k ORDER BY version", ("$k", Key(id)));
        using var reader = cmd.ExecuteReader();
        var events = new List<TaskEvent>();
        while (reader.Read()) events.Add(StoredJson.Read<TaskEvent>(reader.GetString(0)));
        return Task.FromResult<IReadOnlyList<TaskEvent>>(events);
    }

    public Task<IReadOnlyList<DirectiveTask>> ListOpenByUnitAsync(string unit, CancellationToken cancellationToken)
    {
        using var c = Open();
        return Task.FromResult(ReadTasks(c, null,
            $"SELECT {TaskColumns} FROM task_units u JOIN tasks t ON t.key = u.task_key WHERE u.unit = $u AND u.is_open = 1 ORDER BY u.deadline, u.task_key",
            ("$u", unit)));
    }

    public Task<IReadOnlyList<DirectiveTask>> ListByPersonAsync(string aadObjectId, int max, CancellationToken cancellationToken)
    {
        using var c = Open();
        return Task.FromResult(ReadTasks(c, null,
            $"""
            SELECT {TaskColumns} FROM tasks t WHERE t.key IN (
                SELECT key FROM tasks WHERE issued_by = $p UNION SELECT key FROM tasks WHERE supervisor = $p)
            ORDER BY t.issued_at DESC, t.key DESC LIMIT $max
            """, ("$p", aadObjectId), ("$max", max)));
    }

    public Task<IReadOnlyList<DirectiveTask>> ListDeadlineBeforeAsync(DateOnly date, string? unit, CancellationToken cancellationToken)
    {
        using var c = Open();
        var d = TaskLifecycle.Show(date);
        return Task.FromResult(unit is null
            // Unit by unit over the unit rows' key (unit, open, deadline): the distinct units are found by a skip
            // scan of that key, so the cost follows the units and the overdue rows, not the tasks stored.
            ? ReadTasks(c, null,
                $"""
                WITH RECURSIVE units(name) AS (
                    SELECT (SELECT MIN(unit) FROM task_units)
                    UNION ALL SELECT (SELECT MIN(unit) FROM task_units WHERE unit > units.name) FROM units WHERE units.name IS NOT NULL)
                SELECT {TaskColumns} FROM tasks t WHERE t.key IN (
                    SELECT u.task_key FROM units CROSS JOIN task_units u
                    WHERE u.unit = units.name AND u.is_open = 1 AND u.deadline < $d)
                ORDER BY t.deadline, t.key
                """, ("$d", d))
            : ReadTasks(c, null,
                $"SELECT {TaskColumns} FROM task_units u JOIN tasks t ON t.key = u.task_key WHERE u.unit = $u AND u.is_open = 1 AND u.deadline < $d ORDER BY u.deadline, u.task_key",
                ("$u", unit), ("$d", d)));
    }

    public Task<IReadOnlyList<DirectiveTask>> QueryDueAsync(DateTimeOffset before, int max, CancellationToken cancellationToken)
    {
        using var c = Open();
        return Task.FromResult(ReadTasks(c, null,
            $"SELECT {TaskColumns} FROM tasks t WHERE t.next_reminder_at IS NOT NULL AND t.next_reminder_at < $t ORDER BY t.next_reminder_at, t.key LIMIT $max",
            ("$t", before.ToUnixTimeMilliseconds()), ("$max", max)));
    }

    /// <summary>The integer row key of a task id: sorts like the id and keeps every index narrow.</summary>
    private static long Key(TaskId id) => id.Year * 1_000_000_000L + id.Number;

    private static IReadOnlyList<DirectiveTask> ReadTasks(SqliteConnection c, SqliteTransaction? tx, string sql, params (string, object)[] args)
    {
        using var cmd = Command(c, tx, sql, args);
        using var reader = cmd.ExecuteReader();
        var tasks = new List<DirectiveTask>();
        while (reader.Read())
            tasks.Add(StoredJson.ReadTask(reader.GetString(0), reader.GetInt64(1),
                reader.IsDBNull(2) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2))));
        return tasks;
    }

    internal static SqliteCommand Command(SqliteConnection c, SqliteTransaction? tx, string sql, params (string Name, object Value)[] args)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value);
        return cmd;
    }

    internal static int Execute(SqliteConnection c, SqliteTransaction? tx, string sql, params (string, object)[] args)
    {
        using var cmd = Command(c, tx, sql, args);
        return cmd.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection c, SqliteTransaction? tx, string sql, params (string, object)[] args)
    {
        using var cmd = Command(c, tx, sql, args);
        return cmd.ExecuteScalar();
    }

    /// <summary>
    /// Prepared statements for writing tasks, reused across a batch, on SQLitePCL's raw API beneath
    /// Microsoft.Data.Sqlite (same connection, same transaction). Bulk creation is most of the cost of loading a
    /// million tasks, and Microsoft.Data.Sqlite looks every parameter up by name on every execution and converts each
    /// JSON string once more; here parameters bind by position and the JSON goes over as the UTF-8 it was written in.
    /// </summary>
    private sealed class TaskWriter : IDisposable
    {
        private readonly sqlite3 db;
        private readonly sqlite3_stmt insertTask, updateTask, insertEvent, deleteUnit, insertUnit;
        private readonly StoredJson.Utf8Buffer json = new();

        public TaskWriter(SqliteConnection c)
        {
            db = c.Handle!;
            // Positions 1–11 are bound by Bind(task) for both the insert and the update; 12 is the version read.
            insertTask = Prepare(
                "INSERT INTO tasks(key, id, status, is_open, deadline, next_reminder_at, issued_by, supervisor, issued_at, version, json) " +
                "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
            updateTask = Prepare(
                "UPDATE tasks SET status = ?3, is_open = ?4, deadline = ?5, next_reminder_at = ?6, supervisor = ?8, version = ?10, json = ?11 " +
                "WHERE key = ?1 AND version = ?12");   // ?2, ?7 and ?9 (never changed) are bound but unused
            insertEvent = Prepare("INSERT INTO task_events(task_key, version, at, actor, action, json) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
            // By the whole primary key, from the state the task had: the row was written from that very state.
            deleteUnit = Prepare("DELETE FROM task_units WHERE unit = ?1 AND is_open = ?2 AND deadline = ?3 AND task_key = ?4");
            insertUnit = Prepare("INSERT INTO task_units(unit, is_open, deadline, task_key) VALUES(?1, ?2, ?3, ?4)");
        }

        public void Insert(DirectiveTask task, TaskEvent evt)
        {
            Bind(insertTask, task);
            Run(insertTask);
            WriteRest(task, evt);
        }

        public bool Update(DirectiveTask before, DirectiveTask task, TaskEvent evt)
        {
            Bind(updateTask, task);
            raw.sqlite3_bind_int64(updateTask, 12, before.Version);
            if (Run(updateTask) != 1) return false;
            UnitRows(deleteUnit, before);
            WriteRest(task, evt);
            return true;
        }

        private void WriteRest(DirectiveTask task, TaskEvent evt)
        {
            raw.sqlite3_bind_int64(insertEvent, 1, Key(task.Id));
            raw.sqlite3_bind_int64(insertEvent, 2, evt.Version);
            raw.sqlite3_bind_int64(insertEvent, 3, evt.At.ToUnixTimeMilliseconds());
            Text(insertEvent, 4, evt.Actor.AadObjectId);
            Text(insertEvent, 5, evt.Action.ToString());
            raw.sqlite3_bind_text(insertEvent, 6, json.Write(evt));
            Run(insertEvent);
            UnitRows(insertUnit, task);
        }

        private void UnitRows(sqlite3_stmt stmt, DirectiveTask task)
        {
            var open = task.Status.IsOpen() ? 1 : 0;
            var deadline = TaskLifecycle.Show(task.Deadline.Date);
            foreach (var unit in task.Units)
            {
                Text(stmt, 1, unit.Unit);
                raw.sqlite3_bind_int64(stmt, 2, open);
                Text(stmt, 3, deadline);
                raw.sqlite3_bind_int64(stmt, 4, Key(task.Id));
                Run(stmt);
            }
        }

        private void Bind(sqlite3_stmt stmt, DirectiveTask task)
        {
            raw.sqlite3_bind_int64(stmt, 1, Key(task.Id));
            Text(stmt, 2, task.Id.ToString());
            Text(stmt, 3, task.Status.ToString());
            raw.sqlite3_bind_int64(stmt, 4, task.Status.IsOpen() ? 1 : 0);
            Text(stmt, 5, TaskLifecycle.Show(task.Deadline.Date));
            if (task.NextReminderAt is { } next) raw.sqlite3_bind_int64(stmt, 6, next.ToUnixTimeMilliseconds());
            else raw.sqlite3_bind_null(stmt, 6);
            Text(stmt, 7, task.IssuedBy.AadObjectId);
            if (task.Supervisor is { } s) Text(stmt, 8, s.AadObjectId);
            else raw.sqlite3_bind_null(stmt, 8);
            raw.sqlite3_bind_int64(stmt, 9, task.IssuedAt.ToUnixTimeMilliseconds());
            raw.sqlite3_bind_int64(stmt, 10, task.Version);
            raw.sqlite3_bind_text(stmt, 11, json.Write(task));
        }

        /// <summary>UTF-16 straight from the string (SQLite converts it); the span overload would bind "" as NULL.</summary>
        private static void Text(sqlite3_stmt stmt, int index, string value)
        {
            if (value.Length == 0) raw.sqlite3_bind_text(stmt, index, value);
            else raw.sqlite3_bind_text16(stmt, index, value.AsSpan());
        }

        /// <summary>Runs a statement to completion and returns the rows it changed.</summary>
        private int Run(sqlite3_stmt stmt)
        {
            var rc = raw.sqlite3_step(stmt);
            try
            {
                if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, db);
                return raw.sqlite3_changes(db);
            }
            finally
            {
                raw.sqlite3_reset(stmt);
            }
        }

        private sqlite3_stmt Prepare(string sql)
        {
            var rc = raw.sqlite3_prepare_v2(db, sql, out var stmt);
            SqliteException.ThrowExceptionForRC(rc, db);
            return stmt;
        }

        public void Dispose()
        {
            insertTask.Dispose(); updateTask.Dispose(); insertEvent.Dispose(); deleteUnit.Dispose(); insertUnit.Dispose();
        }
    }
}
