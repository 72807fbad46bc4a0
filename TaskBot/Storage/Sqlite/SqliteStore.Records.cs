using Microsoft.Data.Sqlite;
using TaskBot.Directory;

namespace TaskBot.Storage.Sqlite;

// Claims, conversation references and the directory: small tables written one row at a time.
public sealed partial class SqliteStore
{
    public Task<bool> TryClaimAsync(string key, TimeSpan lease, CancellationToken cancellationToken) =>
        WriteAsync(() => TryClaim(key, lease), cancellationToken);

    private bool TryClaim(string key, TimeSpan lease)
    {
        var now = time.GetUtcNow();
        using var c = Open();
        // Insert if absent; take over only a claim that was never completed and whose holder's lease has run out.
        var n = Execute(c, null,
            """
            INSERT INTO claims(key, completed, claimed_at, lease_until) VALUES($k, 0, $now, $until)
            ON CONFLICT(key) DO UPDATE SET claimed_at = $now, lease_until = $until
            WHERE completed = 0 AND lease_until <= $now
            """,
            ("$k", key), ("$now", now.ToUnixTimeMilliseconds()), ("$until", (now + lease).ToUnixTimeMilliseconds()));
        return n == 1;
    }

    public Task<bool> TryHoldAsync(string key, string holder, TimeSpan lease, CancellationToken cancellationToken) =>
        WriteAsync(() =>
        {
            var now = time.GetUtcNow();
            using var c = Open();
            // The holder is kept in the result column: a held lease is never completed.
            var n = Execute(c, null,
                """
                INSERT INTO claims(key, completed, claimed_at, lease_until, result) VALUES($k, 0, $now, $until, $h)
                ON CONFLICT(key) DO UPDATE SET claimed_at = $now, lease_until = $until, result = $h
                WHERE completed = 0 AND (lease_until <= $now OR result = $h)
                """,
                ("$k", key), ("$h", holder), ("$now", now.ToUnixTimeMilliseconds()), ("$until", (now + lease).ToUnixTimeMilliseconds()));
            return n == 1;
        }, cancellationToken);

    public Task CompleteClaimAsync(string key, string? result, CancellationToken cancellationToken) =>
        WriteAsync(() =>
        {
            using var c = Open();
            return Execute(c, null, "UPDATE claims SET completed = 1, result = $r WHERE key = $k", ("$k", key), ("$r", (object?)result ?? DBNull.Value));
        }, cancellationToken);

    public Task ReleaseClaimAsync(string key, CancellationToken cancellationToken) =>
        WriteAsync(() =>
        {
            using var c = Open();
            return Execute(c, null, "DELETE FROM claims WHERE key = $k AND completed = 0", ("$k", key));
        }, cancellationToken);

    public Task<Claim?> GetClaimAsync(string key, CancellationToken cancellationToken)
    {
        using var c = Open();
        using var cmd = Command(c, null, "SELECT completed, claimed_at, lease_until, result FROM claims WHERE key = $k", ("$k", key));
        using var r = cmd.ExecuteReader();
        Claim? claim = r.Read()
            ? new(key, r.GetInt64(0) == 1, DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(1)),
                DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(2)), r.IsDBNull(3) ? null : r.GetString(3))
            : null;
        return Task.FromResult(claim);
    }

    public Task SaveConversationReferenceAsync(string key, string json, CancellationToken cancellationToken)
    {
        using var c = Open();
        Execute(c, null,
            "INSERT INTO conversations(key, json, updated_at) VALUES($k, $j, $t) ON CONFLICT(key) DO UPDATE SET json = $j, updated_at = $t",
            ("$k", key), ("$j", json), ("$t", time.GetUtcNow().ToUnixTimeMilliseconds()));
        return Task.CompletedTask;
    }

    public Task<string?> GetConversationReferenceAsync(string key, CancellationToken cancellationToken)
    {
        using var c = Open();
        using var cmd = Command(c, null, "SELECT json FROM conversations WHERE key = $k", ("$k", key));
        return Task.FromResult(cmd.ExecuteScalar() as string);
    }

    public Task<UnitDirectory> GetDirectoryAsync(CancellationToken cancellationToken) => Task.FromResult(GetDirectory());

    private UnitDirectory GetDirectory()
    {
        using var c = Open();
        return ReadDirectory(c, null);
    }

    private static UnitDirectory ReadDirectory(SqliteConnection c, SqliteTransaction? tx)
    {
        var units = new List<Unit>();
        using (var cmd = Command(c, tx, "SELECT name, aliases FROM units"))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) units.Add(new(r.GetString(0), StoredJson.Read<List<string>>(r.GetString(1))));
        var people = new List<Person>();
        using (var cmd = Command(c, tx, "SELECT aad_object_id, name, unit, role FROM people"))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                people.Add(new(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), Enum.Parse<PersonRole>(r.GetString(3))));
        return new UnitDirectory(units, people);
    }

    public Task<DirectoryChanges> ImportDirectoryAsync(UnitDirectory incoming, CancellationToken cancellationToken)
    {
        using var c = Open();
        // One transaction: an import lands whole or not at all.
        using var tx = c.BeginTransaction(deferred: false);
        var changes = DirectoryChanges.Between(ReadDirectory(c, tx), incoming);
        foreach (var u in changes.Units)
            Execute(c, tx, "INSERT INTO units(name, aliases) VALUES($n, $a) ON CONFLICT(name) DO UPDATE SET aliases = $a",
                ("$n", u.Name), ("$a", StoredJson.Write(u.Aliases)));
        foreach (var p in changes.People)
            Execute(c, tx,
                "INSERT INTO people(aad_object_id, name, unit, role) VALUES($id, $n, $u, $r) ON CONFLICT(aad_object_id) DO UPDATE SET name = $n, unit = $u, role = $r",
                ("$id", p.AadObjectId), ("$n", p.Name), ("$u", (object?)p.Unit ?? DBNull.Value), ("$r", p.Role.ToString()));
        tx.Commit();
        return Task.FromResult(changes);
    }

    public Task RecordRefusalAsync(RefusedAction refusal, CancellationToken cancellationToken)
    {
        using var c = Open();
        Execute(c, null, "INSERT INTO task_refusals(task_id, at, json) VALUES($t, $at, $j)",
            ("$t", refusal.TaskId), ("$at", refusal.At.ToUnixTimeMilliseconds()), ("$j", StoredJson.Write(refusal)));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<RefusedAction>> GetRefusalsAsync(string taskId, CancellationToken cancellationToken)
    {
        using var c = Open();
        using var cmd = Command(c, null, "SELECT json FROM task_refusals WHERE task_id = $t ORDER BY seq", ("$t", taskId));
        using var r = cmd.ExecuteReader();
        var refusals = new List<RefusedAction>();
        while (r.Read()) refusals.Add(StoredJson.Read<RefusedAction>(r.GetString(0)));
        return Task.FromResult<IReadOnlyList<RefusedAction>>(refusals);
    }

    public Task SaveDocumentAsync(string kind, string key, string json, CancellationToken cancellationToken)
    {
        using var c = Open();
        Execute(c, null,
            "INSERT INTO documents(kind, key, json, updated_at) VALUES($kind, $k, $j, $t) ON CONFLICT(kind, key) DO UPDATE SET json = $j, updated_at = $t",
            ("$kind", kind), ("$k", key), ("$j", json), ("$t", time.GetUtcNow().ToUnixTimeMilliseconds()));
        return Task.CompletedTask;
    }

    public Task<string?> GetDocumentAsync(string kind, string key, CancellationToken cancellationToken)
    {
        using var c = Open();
        using var cmd = Command(c, null, "SELECT json FROM documents WHERE kind = $kind AND key = $k", ("$kind", kind), ("$k", key));
        return Task.FromResult(cmd.ExecuteScalar() as string);
    }

    public Task<int> DeleteDocumentsWrittenBeforeAsync(string kind, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        using var c = Open();
        using var cmd = Command(c, null, "DELETE FROM documents WHERE kind = $kind AND updated_at < $t", ("$kind", kind), ("$t", cutoff.ToUnixTimeMilliseconds()));
        return Task.FromResult(cmd.ExecuteNonQuery());
    }
}
