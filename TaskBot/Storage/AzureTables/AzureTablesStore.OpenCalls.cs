using Azure;
using Azure.Data.Tables;
using TaskBot.OpenCalls;
using static TaskBot.Storage.AzureTables.TableKeys;

namespace TaskBot.Storage.AzureTables;

// Open calls on Azure Tables (docs/storage.md): a call is a partition of the Tasks table, call|{id}, holding the
// call row, one row per application, its events and its outbox intents, so that a change, its event and the
// messages it causes commit in one entity-group transaction conditional on the call row's ETag. The OpenCalls
// table lists the ids (calls are few); a publication reserves its id under its idempotency key in Creations first.
public sealed partial class AzureTablesStore
{
    private const string CallRowPrefix = "call|", ApplicationPrefix = "app|", CallEventPrefix = "event|", CallCreationRow = "call";

    private static string CallPk(string id) => Encode(CallRows.Partition(id));
    private static string CallEventRow(long version) => $"{CallEventPrefix}{version:D10}";

    public async Task<OpenCall> PublishCallAsync(OpenCall draft, string idempotencyKey, CallIntentsFor? intents, CancellationToken cancellationToken)
    {
        var creations = await Table(CreationsTable, cancellationToken);
        var reserved = await creations.GetEntityIfExistsAsync<TableEntity>(Encode(idempotencyKey), CallCreationRow, cancellationToken: cancellationToken);
        string id;
        if (reserved.HasValue && reserved.Value is { } r) id = r.GetString("Id");
        else
        {
            var year = ChinaClock.Today(time).Year;
            id = CallRows.Id(year, await AllocateIdsAsync($"JB-{year}", 1, cancellationToken));
            try
            {
                await creations.AddEntityAsync(new TableEntity(Encode(idempotencyKey), CallCreationRow) { ["Id"] = id }, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // A concurrent attempt reserved first: its id wins, the one just allocated stays unused.
                id = (await creations.GetEntityAsync<TableEntity>(Encode(idempotencyKey), CallCreationRow, cancellationToken: cancellationToken)).Value.GetString("Id");
            }
        }
        if ((await ReadCallAsync(id, cancellationToken)) is { } existing) return existing.Call;

        var (call, evt) = OpenCallLifecycle.Publish(draft, id, time.GetUtcNow());
        var index = await Table(OpenCallsTable, cancellationToken);
        await index.UpsertEntityAsync(new TableEntity("calls", id), TableUpdateMode.Replace, cancellationToken);
        var own = intents?.Invoke(call) ?? [];
        await WriteOutboxPointersAsync(own, cancellationToken);
        var tasks = await Table(TasksTable, cancellationToken);
        try
        {
            await tasks.SubmitTransactionAsync(
                [new(TableTransactionActionType.Add, ToEntity(call)), new(TableTransactionActionType.Add, ToEntity(evt)),
                 .. own.DistinctBy(i => i.Key).Take(MaxIntentsPerTransaction).Select(i => new TableTransactionAction(TableTransactionActionType.Add, ToEntity(i)))],
                cancellationToken);
            await AddIntentsOneByOneAsync(own.DistinctBy(i => i.Key).Skip(MaxIntentsPerTransaction), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // A concurrent retry of the same key wrote it first.
        }
        return (await ReadCallAsync(id, cancellationToken))!.Call;
    }

    public async Task<OpenCall?> GetCallAsync(string id, CancellationToken cancellationToken) => (await ReadCallAsync(id, cancellationToken))?.Call;

    public async Task<CallResult> ApplyToCallAsync(string id, CallCommand command, CallIntentsFor? intents, CancellationToken cancellationToken)
    {
        var tasks = await Table(TasksTable, cancellationToken);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var stored = await ReadCallAsync(id, cancellationToken);
            if (stored is null) return CallResult.NotFound(id);
            var result = OpenCallLifecycle.Apply(stored.Call, command, time.GetUtcNow());
            if (!result.Succeeded) return result;
            var next = result.Call!;
            var changed = CallRows.Changed(stored.Call, next).ToList();
            var own = intents is null ? [] : await NewIntentsAsync(intents(next), cancellationToken);
            await WriteOutboxPointersAsync(own, cancellationToken);
            var room = MaxIntentsPerTransaction - changed.Count;
            List<TableTransactionAction> actions =
            [
                new(TableTransactionActionType.UpdateReplace, ToEntity(next), stored.ETag),
                new(TableTransactionActionType.Add, ToEntity(result.Event!)),
                .. changed.Select(a => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(id, a))),
                .. own.Take(room).Select(i => new TableTransactionAction(TableTransactionActionType.Add, ToEntity(i))),
            ];
            try
            {
                await tasks.SubmitTransactionAsync(actions, cancellationToken);
                await AddIntentsOneByOneAsync(own.Skip(room), cancellationToken);
                return result;
            }
            catch (RequestFailedException e) when (e.Status is 412 or 409 or 404)
            {
                await BackOffAsync(attempt, cancellationToken);   // someone else changed the call first: again, on fresh data
            }
        }
        return CallResult.Failure(CallErrorCode.Conflict, $"榜单 {id} 正被他人频繁修改，请稍后再试。");
    }

    public async Task<IReadOnlyList<CallEvent>> GetCallHistoryAsync(string id, CancellationToken cancellationToken)
    {
        var tasks = await Table(TasksTable, cancellationToken);
        var list = new List<CallEvent>();
        await foreach (var e in tasks.QueryAsync<TableEntity>(TableClient.CreateQueryFilter(
            $"PartitionKey eq {CallPk(id)} and RowKey ge {CallEventPrefix} and RowKey lt {"event}"}"), cancellationToken: cancellationToken))
            list.Add(StoredJson.Read<CallEvent>(e.GetString("Json")));
        return list.OrderBy(e => e.Version).ToList();
    }

    public async Task<IReadOnlyList<OpenCall>> ListCallsAsync(CancellationToken cancellationToken)
    {
        var index = await Table(OpenCallsTable, cancellationToken);
        var ids = new List<string>();
        await foreach (var e in index.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"calls"}"), select: ["RowKey"], cancellationToken: cancellationToken))
            ids.Add(e.RowKey);
        var calls = new OpenCall?[ids.Count];
        await Parallel.ForAsync(0, ids.Count, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (i, ct) => calls[i] = (await ReadCallAsync(ids[i], ct))?.Call);
        // An id whose call is missing belongs to a publication that failed after listing it: nothing to show.
        return calls.OfType<OpenCall>().OrderByDescending(c => c.PublishedAt).ThenByDescending(c => c.Id, StringComparer.Ordinal).ToList();
    }

    private sealed record StoredCall(OpenCall Call, ETag ETag);

    /// <summary>The call row and its application rows: everything in its partition before the events.</summary>
    private async Task<StoredCall?> ReadCallAsync(string id, CancellationToken cancellationToken)
    {
        var tasks = await Table(TasksTable, cancellationToken);
        TableEntity? row = null;
        var applications = new List<CallApplication>();
        await foreach (var e in tasks.QueryAsync<TableEntity>(TableClient.CreateQueryFilter(
            $"PartitionKey eq {CallPk(id)} and RowKey lt {CallEventPrefix}"), cancellationToken: cancellationToken))
        {
            if (e.RowKey.StartsWith(CallRowPrefix, StringComparison.Ordinal)) row = e;
            else if (e.RowKey.StartsWith(ApplicationPrefix, StringComparison.Ordinal)) applications.Add(StoredJson.Read<CallApplication>(e.GetString("Json")));
        }
        return row is null ? null : new StoredCall(CallRows.Read(row.GetString("Json"), row.GetInt64("Version") ?? 0, applications), row.ETag);
    }

    private static TableEntity ToEntity(OpenCall call) => new(CallPk(call.Id), CallRowPrefix + call.Id)
    {
        ["Json"] = CallRows.CallJson(call),
        ["Version"] = call.Version,
        ["Status"] = call.Status.ToString(),
    };

    private static TableEntity ToEntity(string id, CallApplication application) => new(CallPk(id), ApplicationPrefix + Encode(application.Key))
    {
        ["Json"] = StoredJson.Write(application),
    };

    private static TableEntity ToEntity(CallEvent evt) => new(CallPk(evt.CallId), CallEventRow(evt.Version))
    {
        ["Json"] = StoredJson.Write(evt),
        ["Version"] = evt.Version,
        ["Action"] = evt.Action.ToString(),
    };
}
