using Microsoft.Data.Sqlite;
using TaskBot.Storage;
using TaskBot.Storage.Sqlite;

namespace TaskBot.Tests.Storage;

/// <summary>The contract on the embedded store: a fresh database file in a temp folder per test.</summary>
public sealed class SqliteStoreContract : StoreContract
{
    private readonly TempFolder folder = new();

    protected override IStore OpenInstance() => new SqliteStore(folder.File("taskbot.db"), Time);

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
        Assert.Equal(1L, Exec(c, "PRAGMA user_version"));
    }

    public void Dispose() => folder.Dispose();
}
