using Microsoft.Data.Sqlite;

namespace TaskBot.Storage.Sqlite;

/// <summary>
/// The schema as numbered migrations; <c>PRAGMA user_version</c> records how far a file has come. Each step runs in
/// one IMMEDIATE transaction, so two processes opening a new file at once do not both migrate it. Add a step,
/// never edit a shipped one.
/// </summary>
internal static class SqliteSchema
{
    private static readonly string[][] Migrations =
    [
        // 1: tasks, their audit trail, the directory, claims and conversation references.
        [
            """
            CREATE TABLE tasks(
                key INTEGER PRIMARY KEY, -- year * 1e9 + number: the rowid itself, so no separate id index
                id TEXT NOT NULL,
                status TEXT NOT NULL,
                is_open INTEGER NOT NULL,
                deadline TEXT NOT NULL,
                next_reminder_at INTEGER,
                issued_by TEXT NOT NULL,
                supervisor TEXT,
                issued_at INTEGER NOT NULL,
                version INTEGER NOT NULL,
                json TEXT NOT NULL)
            """,
            // Partial indexes: only what can be due or open is indexed, so these stay as small as the work.
            "CREATE INDEX tasks_due ON tasks(next_reminder_at) WHERE next_reminder_at IS NOT NULL",
            "CREATE INDEX tasks_open_deadline ON tasks(deadline) WHERE is_open = 1",
            "CREATE INDEX tasks_issuer ON tasks(issued_by, issued_at)",
            "CREATE INDEX tasks_supervisor ON tasks(supervisor, issued_at) WHERE supervisor IS NOT NULL",
            """
            CREATE TABLE task_units(
                unit TEXT NOT NULL,
                task_key INTEGER NOT NULL,
                is_open INTEGER NOT NULL,
                deadline TEXT NOT NULL,
                PRIMARY KEY(unit, task_key)) WITHOUT ROWID
            """,
            "CREATE INDEX task_units_open ON task_units(unit, deadline) WHERE is_open = 1",
            """
            CREATE TABLE task_events(
                task_key INTEGER NOT NULL,
                version INTEGER NOT NULL,
                at INTEGER NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                json TEXT NOT NULL,
                PRIMARY KEY(task_key, version)) WITHOUT ROWID
            """,
            // The audit trail is append-only, enforced by the database itself.
            "CREATE TRIGGER task_events_no_update BEFORE UPDATE ON task_events BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END",
            "CREATE TRIGGER task_events_no_delete BEFORE DELETE ON task_events BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END",
            "CREATE TABLE counters(name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
            "CREATE TABLE claims(key TEXT PRIMARY KEY, completed INTEGER NOT NULL, claimed_at INTEGER NOT NULL, lease_until INTEGER NOT NULL, result TEXT)",
            "CREATE TABLE conversations(key TEXT PRIMARY KEY, json TEXT NOT NULL, updated_at INTEGER NOT NULL)",
            "CREATE TABLE units(name TEXT PRIMARY KEY, aliases TEXT NOT NULL)",
            "CREATE TABLE people(aad_object_id TEXT PRIMARY KEY COLLATE NOCASE, name TEXT NOT NULL, unit TEXT, role TEXT NOT NULL)",
        ],
        // 2: fewer index rows per task (bulk inserts spent most of their time in B-tree inserts). The unit rows are
        // keyed by what their queries ask (unit, open, deadline), so the table is its own index; overdue across all
        // units reads those rows unit by unit instead of a second deadline index on tasks.
        [
            """
            CREATE TABLE task_units_v2(
                unit TEXT NOT NULL,
                is_open INTEGER NOT NULL,
                deadline TEXT NOT NULL,
                task_key INTEGER NOT NULL,
                PRIMARY KEY(unit, is_open, deadline, task_key)) WITHOUT ROWID
            """,
            "INSERT INTO task_units_v2(unit, is_open, deadline, task_key) SELECT unit, is_open, deadline, task_key FROM task_units",
            "DROP TABLE task_units",
            "ALTER TABLE task_units_v2 RENAME TO task_units",
            "DROP INDEX tasks_open_deadline",
        ],
        // 3: refused actions, append-only like the audit trail.
        [
            "CREATE TABLE task_refusals(seq INTEGER PRIMARY KEY, task_id TEXT NOT NULL, at INTEGER NOT NULL, json TEXT NOT NULL)",
            "CREATE INDEX task_refusals_task ON task_refusals(task_id, seq)",
            "CREATE TRIGGER task_refusals_no_update BEFORE UPDATE ON task_refusals BEGIN SELECT RAISE(ABORT, 'refusals are append-only'); END",
            "CREATE TRIGGER task_refusals_no_delete BEFORE DELETE ON task_refusals BEGIN SELECT RAISE(ABORT, 'refusals are append-only'); END",
        ],
        // 4: keyed documents (preview cards' state).
        [
            "CREATE TABLE documents(kind TEXT NOT NULL, key TEXT NOT NULL, json TEXT NOT NULL, updated_at INTEGER NOT NULL, PRIMARY KEY(kind, key)) WITHOUT ROWID",
        ],
        // 5: idempotency keys of task creation: which ids a key created, written in the creating transaction.
        [
            "CREATE TABLE task_creations(key TEXT PRIMARY KEY, first_key INTEGER NOT NULL, count INTEGER NOT NULL, created_at INTEGER NOT NULL)",
        ],
        // 6: the outbox: proactive messages recorded with the change that causes them. Pending ones are indexed by
        // due time (a partial index: as small as what is pending), a task's by partition.
        [
            "CREATE TABLE outbox(key TEXT PRIMARY KEY, partition TEXT NOT NULL, state INTEGER NOT NULL, due_at INTEGER NOT NULL, json TEXT NOT NULL) WITHOUT ROWID",
            "CREATE INDEX outbox_pending ON outbox(due_at) WHERE state = 0",
            "CREATE INDEX outbox_partition ON outbox(partition, key)",
        ],
        // 7: open calls (揭榜挂帅): the call, one row per application, its audit trail (append-only), and the
        // idempotency key of its publication (unique: a retried 发布 finds the call the first one wrote).
        [
            "CREATE TABLE open_calls(id TEXT PRIMARY KEY, publish_key TEXT NOT NULL UNIQUE, status TEXT NOT NULL, published_at INTEGER NOT NULL, version INTEGER NOT NULL, json TEXT NOT NULL) WITHOUT ROWID",
            "CREATE TABLE open_call_applications(call_id TEXT NOT NULL, key TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY(call_id, key)) WITHOUT ROWID",
            "CREATE TABLE open_call_events(call_id TEXT NOT NULL, version INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY(call_id, version)) WITHOUT ROWID",
            "CREATE TRIGGER open_call_events_no_update BEFORE UPDATE ON open_call_events BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END",
            "CREATE TRIGGER open_call_events_no_delete BEFORE DELETE ON open_call_events BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END",
        ],
    ];

    public static int Latest => Migrations.Length;

    public static void Migrate(SqliteConnection connection) => Migrate(connection, Latest);

    /// <summary>Brings the file up to <paramref name="target"/> (tests build an older file with it).</summary>
    internal static void Migrate(SqliteConnection connection, int target)
    {
        // WAL lets readers go on while one writer commits; the mode is stored in the file.
        Execute(connection, "PRAGMA journal_mode=WAL");
        using var tx = connection.BeginTransaction(deferred: false);
        var current = Convert.ToInt32(Scalar(connection, tx, "PRAGMA user_version"));
        if (current > Latest)
            throw new InvalidOperationException($"The database has schema version {current}, newer than this build knows ({Latest}).");
        for (var v = current; v < target; v++)
        {
            foreach (var sql in Migrations[v])
                Execute(connection, sql, tx);
            Execute(connection, $"PRAGMA user_version = {v + 1}", tx);
        }
        tx.Commit();
    }

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }

    internal static object? Scalar(SqliteConnection connection, SqliteTransaction? tx, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd.ExecuteScalar();
    }
}
