using Microsoft.Data.Sqlite;
using TaskBot.OpenCalls;

namespace TaskBot.Storage.Sqlite;

// Open calls: like tasks, each change is one IMMEDIATE transaction (read, lifecycle, write over the version read,
// the event and the intents with it).
public sealed partial class SqliteStore
{
    public Task<OpenCall> PublishCallAsync(OpenCall draft, string idempotencyKey, CallIntentsFor? intents, CancellationToken cancellationToken) =>
        WriteAsync(() =>
        {
            using var c = Open();
            using var tx = c.BeginTransaction(deferred: false);
            using (var cmd = Command(c, tx, "SELECT id FROM open_calls WHERE publish_key = $k", ("$k", idempotencyKey)))
                if (cmd.ExecuteScalar() is string earlier) return ReadCall(c, tx, earlier)!;
            var now = time.GetUtcNow();
            var year = ChinaClock.Today(time).Year;
            var n = (long)Scalar(c, tx,
                "INSERT INTO counters(name, value) VALUES($n, 1) ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value", ("$n", $"JB-{year}"))!;
            var (call, evt) = OpenCallLifecycle.Publish(draft, CallRows.Id(year, n), now);
            Execute(c, tx, "INSERT INTO open_calls(id, publish_key, status, published_at, version, json) VALUES($id, $k, $s, $at, $v, $j)",
                ("$id", call.Id), ("$k", idempotencyKey), ("$s", call.Status.ToString()), ("$at", now.ToUnixTimeMilliseconds()), ("$v", call.Version), ("$j", CallRows.CallJson(call)));
            InsertCallEvent(c, tx, evt);
            if (intents is not null) InsertIntents(c, tx, intents(call));
            tx.Commit();
            return call;
        }, cancellationToken);

    public Task<OpenCall?> GetCallAsync(string id, CancellationToken cancellationToken)
    {
        using var c = Open();
        return Task.FromResult(ReadCall(c, null, id));
    }

    public Task<CallResult> ApplyToCallAsync(string id, CallCommand command, CallIntentsFor? intents, CancellationToken cancellationToken) =>
        WriteAsync(() =>
        {
            using var c = Open();
            using var tx = c.BeginTransaction(deferred: false);
            var call = ReadCall(c, tx, id);
            if (call is null) return CallResult.NotFound(id);
            var result = OpenCallLifecycle.Apply(call, command, time.GetUtcNow());
            if (!result.Succeeded) return result;
            var next = result.Call!;
            var n = Execute(c, tx, "UPDATE open_calls SET status = $s, version = $v, json = $j WHERE id = $id AND version = $old",
                ("$s", next.Status.ToString()), ("$v", next.Version), ("$j", CallRows.CallJson(next)), ("$id", id), ("$old", call.Version));
            if (n != 1) return CallResult.Failure(CallErrorCode.Conflict, $"榜单 {id} 正被他人修改，请稍后再试。");
            foreach (var application in CallRows.Changed(call, next))
                Execute(c, tx, "INSERT INTO open_call_applications(call_id, key, json) VALUES($id, $k, $j) ON CONFLICT(call_id, key) DO UPDATE SET json = $j",
                    ("$id", id), ("$k", application.Key), ("$j", StoredJson.Write(application)));
            InsertCallEvent(c, tx, result.Event!);
            if (intents is not null) InsertIntents(c, tx, intents(next));
            tx.Commit();
            return result;
        }, cancellationToken);

    public Task<IReadOnlyList<CallEvent>> GetCallHistoryAsync(string id, CancellationToken cancellationToken)
    {
        using var c = Open();
        using var cmd = Command(c, null, "SELECT json FROM open_call_events WHERE call_id = $id ORDER BY version", ("$id", id));
        using var r = cmd.ExecuteReader();
        var list = new List<CallEvent>();
        while (r.Read()) list.Add(StoredJson.Read<CallEvent>(r.GetString(0)));
        return Task.FromResult<IReadOnlyList<CallEvent>>(list);
    }

    public Task<IReadOnlyList<OpenCall>> ListCallsAsync(CancellationToken cancellationToken)
    {
        using var c = Open();
        var ids = new List<string>();
        using (var cmd = Command(c, null, "SELECT id FROM open_calls ORDER BY published_at DESC, id DESC"))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) ids.Add(r.GetString(0));
        return Task.FromResult<IReadOnlyList<OpenCall>>(ids.Select(id => ReadCall(c, null, id)).OfType<OpenCall>().ToList());
    }

    private static OpenCall? ReadCall(SqliteConnection c, SqliteTransaction? tx, string id)
    {
        string json;
        long version;
        using (var cmd = Command(c, tx, "SELECT json, version FROM open_calls WHERE id = $id", ("$id", id)))
        using (var r = cmd.ExecuteReader())
        {
            if (!r.Read()) return null;
            (json, version) = (r.GetString(0), r.GetInt64(1));
        }
        var applications = new List<CallApplication>();
        using (var cmd = Command(c, tx, "SELECT json FROM open_call_applications WHERE call_id = $id", ("$id", id)))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) applications.Add(StoredJson.Read<CallApplication>(r.GetString(0)));
        return CallRows.Read(json, version, applications);
    }

    private static void InsertCallEvent(SqliteConnection c, SqliteTransaction tx, CallEvent evt) =>
        Execute(c, tx, "INSERT INTO open_call_events(call_id, version, json) VALUES($id, $v, $j)",
            ("$id", evt.CallId), ("$v", evt.Version), ("$j", StoredJson.Write(evt)));
}
