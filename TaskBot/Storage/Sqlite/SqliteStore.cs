using Microsoft.Data.Sqlite;
using TaskBot.Directory;
using TaskBot.Tasks;

namespace TaskBot.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. A change runs inside one IMMEDIATE transaction (read, apply the
/// lifecycle, write the task and its event), so writers queue on SQLite's lock instead of overwriting each other;
/// the UPDATE is still conditional on the version read, as a second line of defence. SQLite's calls are
/// synchronous, so the async methods complete synchronously.
/// </summary>
public sealed partial class SqliteStore : IStore
{
    private const string TaskColumns = "t.json, t.version, t.next_reminder_at";
    private readonly string connectionString;
    private readonly TimeProvider time;
    private readonly Lazy<bool> migrated;

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
        SqliteSchema.Execute(c, "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA cache_size=-65536");
        return c;
    }

    internal SqliteConnection Open()
    {
        _ = migrated.Value;
        return OpenRaw();
    }

    public Task<CreateResult> CreateTasksAsync(IReadOnlyList<TaskDraft> drafts, Person issuer, CancellationToken cancellationToken)
    {
        var directory = GetDirectory();
        var valid = new List<TaskDraft>(drafts.Count);
        foreach (var draft in drafts)
        {
            var error = TaskLifecycle.Validate(draft, issuer, directory, out var normalised);
            if (error is not null) return Task.FromResult(new CreateResult([], error));
            valid.Add(normalised);
        }
        if (valid.Count == 0) return Task.FromResult(new CreateResult([], null));

        var now = time.GetUtcNow();
        var year = ChinaClock.Today(time).Year;
        using var c = Open();
        using var tx = c.BeginTransaction(deferred: false);
        var last = (long)Scalar(c, tx,
            "INSERT INTO counters(name, value) VALUES($n, $k) ON CONFLICT(name) DO UPDATE SET value = value + $k RETURNING value",
            ("$n", $"DB-{year}"), ("$k", valid.Count))!;
        var created = new List<DirectiveTask>(valid.Count);
        using var writer = new TaskWriter(c, tx);
        for (var i = 0; i < valid.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (task, evt) = TaskLifecycle.Create(valid[i], issuer, new TaskId(year, last - valid.Count + 1 + i), now);
            writer.Insert(task, evt);
            created.Add(task);
        }
        tx.Commit();
        return Task.FromResult(new CreateResult(created, null));
    }

    public Task<DirectiveTask?> GetAsync(TaskId id, CancellationToken cancellationToken)
    {
        using var c = Open();
        return Task.FromResult(ReadTasks(c, null, $"SELECT {TaskColumns} FROM tasks t WHERE t.key = $k", ("$k", Key(id))).FirstOrDefault());
    }

    public Task<TaskResult> ApplyAsync(TaskId id, TaskCommand command, CancellationToken cancellationToken)
    {
        var directory = command is ReassignTask ? GetDirectory() : null;
        using var c = Open();
        using var tx = c.BeginTransaction(deferred: false);
        var task = ReadTasks(c, tx, $"SELECT {TaskColumns} FROM tasks t WHERE t.key = $k", ("$k", Key(id))).FirstOrDefault();
        if (task is null) return Task.FromResult(TaskResult.NotFound(id));
        var result = TaskLifecycle.Apply(task, command, time.GetUtcNow(), directory);
        if (!result.Succeeded) return Task.FromResult(result);
        using var writer = new TaskWriter(c, tx);
        if (!writer.Update(task, result.Task!, result.Event!))
            return Task.FromResult(TaskResult.Failure(TaskErrorCode.Conflict, $"任务 {id} 正被他人修改，请稍后再试。"));
        tx.Commit();
        return Task.FromResult(result);
    }

    public Task<bool> SetNextReminderAsync(TaskId id, DateTimeOffset? nextReminderAt, CancellationToken cancellationToken)
    {
        using var c = Open();
        var n = Execute(c, null, "UPDATE tasks SET next_reminder_at = $at WHERE key = $k",
            ("$at", (object?)nextReminderAt?.ToUnixTimeMilliseconds() ?? DBNull.Value), ("$k", Key(id)));
        return Task.FromResult(n == 1);
    }

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
            ? ReadTasks(c, null, $"SELECT {TaskColumns} FROM tasks t WHERE t.is_open = 1 AND t.deadline < $d ORDER BY t.deadline, t.key", ("$d", d))
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

    /// <summary>Prepared statements for writing tasks, reused across a batch (bulk creation is most of the cost of
    /// loading a million tasks).</summary>
    private sealed class TaskWriter : IDisposable
    {
        private readonly SqliteCommand insertTask, updateTask, insertEvent, deleteUnits, insertUnit;

        public TaskWriter(SqliteConnection c, SqliteTransaction tx)
        {
            const string values = "$key, $id, $status, $open, $deadline, $next, $issuer, $supervisor, $issuedAt, $version, $json";
            insertTask = Prepare(c, tx,
                $"INSERT INTO tasks(key, id, status, is_open, deadline, next_reminder_at, issued_by, supervisor, issued_at, version, json) VALUES({values})",
                "$key", "$id", "$status", "$open", "$deadline", "$next", "$issuer", "$supervisor", "$issuedAt", "$version", "$json");
            updateTask = Prepare(c, tx,
                """
                UPDATE tasks SET status = $status, is_open = $open, deadline = $deadline, next_reminder_at = $next,
                    supervisor = $supervisor, version = $version, json = $json
                WHERE key = $key AND version = $expected
                """,
                "$key", "$id", "$status", "$open", "$deadline", "$next", "$supervisor", "$version", "$json", "$expected", "$issuer", "$issuedAt");
            insertEvent = Prepare(c, tx, "INSERT INTO task_events(task_key, version, at, actor, action, json) VALUES($key, $version, $at, $actor, $action, $json)",
                "$key", "$version", "$at", "$actor", "$action", "$json");
            // By primary key (unit, task), from the units the task had: no index on task_key to keep up on insert.
            deleteUnits = Prepare(c, tx, "DELETE FROM task_units WHERE unit = $unit AND task_key = $key", "$unit", "$key");
            insertUnit = Prepare(c, tx, "INSERT INTO task_units(unit, task_key, is_open, deadline) VALUES($unit, $key, $open, $deadline)",
                "$unit", "$key", "$open", "$deadline");
        }

        public void Insert(DirectiveTask task, TaskEvent evt)
        {
            Bind(insertTask, task);
            insertTask.ExecuteNonQuery();
            WriteRest(task, evt);
        }

        public bool Update(DirectiveTask before, DirectiveTask task, TaskEvent evt)
        {
            Bind(updateTask, task);
            updateTask.Parameters["$expected"].Value = before.Version;
            if (updateTask.ExecuteNonQuery() != 1) return false;
            foreach (var unit in before.Units)
            {
                deleteUnits.Parameters["$unit"].Value = unit.Unit;
                deleteUnits.Parameters["$key"].Value = Key(task.Id);
                deleteUnits.ExecuteNonQuery();
            }
            WriteRest(task, evt);
            return true;
        }

        private void WriteRest(DirectiveTask task, TaskEvent evt)
        {
            var key = Key(task.Id);
            var p = insertEvent.Parameters;
            p["$key"].Value = key;
            p["$version"].Value = evt.Version;
            p["$at"].Value = evt.At.ToUnixTimeMilliseconds();
            p["$actor"].Value = evt.Actor.AadObjectId;
            p["$action"].Value = evt.Action.ToString();
            p["$json"].Value = StoredJson.Write(evt);
            insertEvent.ExecuteNonQuery();
            foreach (var unit in task.Units)
            {
                var u = insertUnit.Parameters;
                u["$unit"].Value = unit.Unit;
                u["$key"].Value = key;
                u["$open"].Value = task.Status.IsOpen() ? 1 : 0;
                u["$deadline"].Value = TaskLifecycle.Show(task.Deadline.Date);
                insertUnit.ExecuteNonQuery();
            }
        }

        private static void Bind(SqliteCommand cmd, DirectiveTask task)
        {
            var p = cmd.Parameters;
            p["$key"].Value = Key(task.Id);
            p["$id"].Value = task.Id.ToString();
            p["$status"].Value = task.Status.ToString();
            p["$open"].Value = task.Status.IsOpen() ? 1 : 0;
            p["$deadline"].Value = TaskLifecycle.Show(task.Deadline.Date);
            p["$next"].Value = (object?)task.NextReminderAt?.ToUnixTimeMilliseconds() ?? DBNull.Value;
            p["$issuer"].Value = task.IssuedBy.AadObjectId;
            p["$supervisor"].Value = (object?)task.Supervisor?.AadObjectId ?? DBNull.Value;
            p["$issuedAt"].Value = task.IssuedAt.ToUnixTimeMilliseconds();
            p["$version"].Value = task.Version;
            p["$json"].Value = StoredJson.Write(task);
        }

        private static SqliteCommand Prepare(SqliteConnection c, SqliteTransaction tx, string sql, params string[] names)
        {
            var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            cmd.Transaction = tx;
            foreach (var name in names) cmd.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            return cmd;
        }

        public void Dispose()
        {
            insertTask.Dispose(); updateTask.Dispose(); insertEvent.Dispose(); deleteUnits.Dispose(); insertUnit.Dispose();
        }
    }
}
