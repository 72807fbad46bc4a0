using Microsoft.Data.Sqlite;
using TaskBot.Storage;
using TaskBot.Storage.Sqlite;
using TaskBot.Tasks;

namespace TaskBot.Tests.Storage;

/// <summary>The contract on the embedded store: a fresh database file in a temp folder per test.</summary>
public sealed class SqliteStoreContract : StoreContract
{
    private readonly TempFolder folder = new();

    protected override IStorageBackend OpenInstance() => new SqliteStore(folder.File("taskbot.db"), Time);

    public override Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_audit_trail_cannot_be_edited_or_deleted_even_with_sql()
    {
        await Store.CreateTasksAsync([Tasks.TestData.NewDraft()], Tasks.TestData.Leader, CancellationToken.None);
        using var c = ((SqliteStore)Store).Open();
        var update = Assert.Throws<SqliteException>(() => SqliteSchemaTests.Exec(c, "UPDATE task_events SET json = '{}'"));
        Assert.Contains("append-only", update.Message);
        Assert.Throws<SqliteException>(() => SqliteSchemaTests.Exec(c, "DELETE FROM task_events"));
    }
}

public sealed class SqliteWriteQueueTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task A_writer_queued_behind_a_held_lock_waits_without_a_thread_and_can_be_cancelled()
    {
        var store = new SqliteStore(folder.File("taskbot.db"), TimeProvider.System);
        await store.ImportDirectoryAsync(Tasks.TestData.County, CancellationToken.None);
        var task = (await store.CreateTasksAsync([Tasks.TestData.NewDraft()], Tasks.TestData.Leader, CancellationToken.None)).Tasks.Single();
        using var other = store.Open();
        using (var hold = other.BeginTransaction(deferred: false))  // another process's writer holds the lock
        {
            var first = Task.Run(() => store.ApplyAsync(task.Id, new AcknowledgeTask(Tasks.TestData.GongxinChief, Tasks.TestData.Gongxin), CancellationToken.None));
            await Task.Delay(200);
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            var queued = store.ApplyAsync(task.Id, new CancelTask(Tasks.TestData.Office, "重复"), cancel.Token);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued);
            Assert.False(first.IsCompleted);                          // still waiting on SQLite's lock
            hold.Rollback();
            Assert.True((await first).Succeeded);
        }
        var stored = (await store.GetAsync(task.Id, CancellationToken.None))!;
        Assert.Equal(DirectiveTaskStatus.Acknowledged, stored.Status);  // the cancelled write did nothing
    }

    public void Dispose() => folder.Dispose();
}

public sealed class SqliteSchemaTests : IDisposable
{
    private readonly TempFolder folder = new();

    internal static object? Exec(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    [Fact]
    public async Task A_new_file_is_created_in_wal_mode_at_the_latest_schema_and_reopening_keeps_the_data()
    {
        var path = System.IO.Path.Combine(folder.Path, "nested", "taskbot.db");
        var store = new SqliteStore(path, TimeProvider.System);
        await store.SaveConversationReferenceAsync("user:x", "{}", CancellationToken.None);

        var reopened = new SqliteStore(path, TimeProvider.System);
        Assert.Equal("{}", await reopened.GetConversationReferenceAsync("user:x", CancellationToken.None));
        using var c = reopened.Open();
        Assert.Equal("wal", Exec(c, "PRAGMA journal_mode"));
        Assert.Equal((long)SqliteSchema.Latest, Exec(c, "PRAGMA user_version"));
    }

    [Fact]
    public void A_file_from_the_first_schema_is_migrated_with_its_tasks_still_listed_by_unit()
    {
        var path = folder.File("v1.db");
        System.IO.Directory.CreateDirectory(folder.Path);
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            SqliteSchema.Migrate(c, 1);
            Exec(c, """
                INSERT INTO tasks(key, id, status, is_open, deadline, next_reminder_at, issued_by, supervisor, issued_at, version, json)
                SELECT 2026000000001, 'DB-2026-000001', 'Assigned', 1, '2026-10-10', NULL, 'aad-leader', NULL, 0, 1, '{}'
                """);
            Exec(c, "INSERT INTO task_units(unit, task_key, is_open, deadline) VALUES('县工信局', 2026000000001, 1, '2026-10-10')");
        }
        using var migrated = new SqliteStore(path, TimeProvider.System).Open();
        Assert.Equal((long)SqliteSchema.Latest, Exec(migrated, "PRAGMA user_version"));
        Assert.Equal(2026000000001L, Exec(migrated, "SELECT task_key FROM task_units WHERE unit = '县工信局' AND is_open = 1 AND deadline < '2026-11-01'"));
    }

    public void Dispose() => folder.Dispose();
}
