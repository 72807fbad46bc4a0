using Microsoft.Data.Sqlite;

namespace TaskBot.Storage.Sqlite;

// The outbox: intents are rows of one table, written in the transaction of the change that causes them.
public sealed partial class SqliteStore
{
    private static void InsertIntents(SqliteConnection c, SqliteTransaction? tx, IReadOnlyList<OutboxIntent> intents)
    {
        foreach (var i in intents)
            Execute(c, tx, "INSERT INTO outbox(key, partition, state, due_at, json) VALUES($k, $p, $s, $d, $j) ON CONFLICT(key) DO NOTHING",
                ("$k", i.Key), ("$p", i.Partition), ("$s", (int)i.State), ("$d", i.DueAt.ToUnixTimeMilliseconds()), ("$j", StoredJson.Write(i)));
    }

    public Task AddIntentsAsync(IReadOnlyList<OutboxIntent> intents, CancellationToken cancellationToken) =>
        WriteAsync(() =>
        {
            using var c = Open();
            using var tx = c.BeginTransaction(deferred: false);
            InsertIntents(c, tx, intents);
            tx.Commit();
            return true;
        }, cancellationToken);

    public Task<IReadOnlyList<OutboxIntent>> PendingIntentsAsync(DateTimeOffset before, int max, CancellationToken cancellationToken)
    {
        using var c = Open();
        return Task.FromResult(ReadIntents(c, "SELECT json FROM outbox WHERE state = 0 AND due_at < $t ORDER BY due_at, key LIMIT $max",
            ("$t", before.ToUnixTimeMilliseconds()), ("$max", max)));
    }

    public Task<IReadOnlyList<OutboxIntent>> IntentsOfAsync(string partition, CancellationToken cancellationToken)
    {
        using var c = Open();
        return Task.FromResult(ReadIntents(c, "SELECT json FROM outbox WHERE partition = $p ORDER BY key", ("$p", partition)));
    }

    public Task<OutboxIntent?> GetIntentAsync(string partition, string key, CancellationToken cancellationToken)
    {
        using var c = Open();
        return Task.FromResult(ReadIntents(c, "SELECT json FROM outbox WHERE key = $k AND partition = $p", ("$k", key), ("$p", partition)).FirstOrDefault());
    }

    public Task UpdateIntentAsync(OutboxIntent intent, CancellationToken cancellationToken) =>
        WriteAsync(() =>
        {
            using var c = Open();
            return Execute(c, null, "UPDATE outbox SET state = $s, due_at = $d, json = $j WHERE key = $k",
                ("$k", intent.Key), ("$s", (int)intent.State), ("$d", intent.DueAt.ToUnixTimeMilliseconds()), ("$j", StoredJson.Write(intent)));
        }, cancellationToken);

    private static IReadOnlyList<OutboxIntent> ReadIntents(SqliteConnection c, string sql, params (string, object)[] args)
    {
        using var cmd = Command(c, null, sql, args);
        using var r = cmd.ExecuteReader();
        var list = new List<OutboxIntent>();
        while (r.Read()) list.Add(StoredJson.Read<OutboxIntent>(r.GetString(0)));
        return list;
    }
}
