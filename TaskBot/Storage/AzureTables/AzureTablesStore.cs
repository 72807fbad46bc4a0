using Azure;
using Azure.Data.Tables;
using TaskBot.Directory;
using TaskBot.Tasks;
using static TaskBot.Storage.AzureTables.TableKeys;

namespace TaskBot.Storage.AzureTables;

/// <summary>
/// The production store on Azure Table Storage. A task and its audit events share one partition (the task id), so
/// a change and its event commit together in one entity-group transaction, conditional on the task row's ETag; a
/// 412 means someone else wrote first and the change is re-applied to fresh data. Secondary indexes live in their
/// own tables and cannot join that transaction, so they are written in an order that never loses a row: new index
/// rows before the commit, obsolete ones after it, and every index read is checked against the task itself.
/// Table entities never leave this folder.
/// </summary>
public sealed partial class AzureTablesStore : IStorageBackend
{
    private const int MaxAttempts = 60;
    private readonly TableServiceClient service;
    private readonly string prefix;
    private readonly TimeProvider time;
    private readonly Lazy<Task> ready;
    private readonly Dictionary<string, TableClient> tables = [];

    public AzureTablesStore(TableServiceClient service, string tablePrefix, TimeProvider time)
    {
        this.service = service;
        prefix = tablePrefix;
        this.time = time;
        foreach (var name in AllTables) tables[name] = service.GetTableClient(prefix + name);
        ready = new(() => Task.WhenAll(tables.Values.Select(t => t.CreateIfNotExistsAsync())));
    }

    private async Task<TableClient> Table(string name, CancellationToken cancellationToken)
    {
        await ready.Value.WaitAsync(cancellationToken);
        return tables[name];
    }

    public Task<CreateResult> CreateTasksAsync(IReadOnlyList<TaskDraft> drafts, Person issuer, CancellationToken cancellationToken) =>
        CreateAsync(drafts, issuer, null, null, cancellationToken);

    public Task<CreateResult> CreateTasksAsync(IReadOnlyList<TaskDraft> drafts, Person issuer, string idempotencyKey, CancellationToken cancellationToken) =>
        CreateAsync(drafts, issuer, idempotencyKey, null, cancellationToken);

    public Task<CreateResult> CreateTasksAsync(IReadOnlyList<TaskDraft> drafts, Person issuer, string idempotencyKey, IntentsFor? intents,
        CancellationToken cancellationToken) =>
        CreateAsync(drafts, issuer, idempotencyKey, intents, cancellationToken);

    /// <summary>
    /// With an idempotency key, the ids are reserved under the key (AddEntity: 409 means an earlier attempt did)
    /// before any task is written; a retry finds the reservation and writes only the tasks still missing, under the
    /// same ids, so a crash anywhere in between leaves one set of tasks.
    /// </summary>
    private async Task<CreateResult> CreateAsync(IReadOnlyList<TaskDraft> drafts, Person issuer, string? idempotencyKey, IntentsFor? intents,
        CancellationToken cancellationToken)
    {
        var directory = await GetDirectoryAsync(cancellationToken);
        if (TaskLifecycle.ValidateAll(drafts, issuer, directory, out var valid) is { } error) return new CreateResult([], error);
        if (valid.Count == 0) return new CreateResult([], null);

        var now = time.GetUtcNow();
        var year = ChinaClock.Today(time).Year;
        var reservation = idempotencyKey is null ? null : await ReadReservationAsync(idempotencyKey, cancellationToken);
        if (reservation is null)
        {
            var first = await AllocateIdsAsync($"DB-{year}", valid.Count, cancellationToken);
            if (idempotencyKey is not null)
            {
                var creations = await Table(CreationsTable, cancellationToken);
                try
                {
                    await creations.AddEntityAsync(new TableEntity(Encode(idempotencyKey), CreationRow)
                        { ["Year"] = year, ["First"] = first, ["Count"] = valid.Count }, cancellationToken);
                }
                catch (RequestFailedException e) when (e.Status == 409)
                {
                    // A concurrent attempt reserved first: its ids win, the ones just allocated stay unused.
                    reservation = await ReadReservationAsync(idempotencyKey, cancellationToken);
                }
            }
            reservation ??= (year, first, valid.Count);
        }
        var (y, firstId, count) = reservation.Value;
        var ids = Enumerable.Range(0, count).Select(i => new TaskId(y, firstId + i)).ToList();
        var existing = idempotencyKey is null ? new DirectiveTask?[count] : await ReadAllAsync(ids, cancellationToken);
        var created = ids.Select((id, i) => (Id: id, I: i)).Where(x => existing[x.I] is null && x.I < valid.Count)
            .Select(x => TaskLifecycle.Create(valid[x.I], issuer, x.Id, now)).ToList();
        // Index rows first (batched per partition), then each task with its first event.
        await WriteIndexRowsAsync(created.SelectMany(c => For(c.Task).Select(k => (k, c.Task.Id, 1L))), cancellationToken);
        // The outbox pointers before the transactions that write the intents (a pointer without intents is harmless).
        var messages = created.ToDictionary(c => c.Task.Id, c => intents?.Invoke(c.Task) ?? []);
        await WriteOutboxPointersAsync(messages.Values.SelectMany(m => m), cancellationToken);
        var tasksTable = await Table(TasksTable, cancellationToken);
        await Parallel.ForEachAsync(created, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (c, ct) =>
            {
                try
                {
                    // The task, its first event and its intents: one entity-group transaction in the task's partition.
                    var own = messages[c.Task.Id];
                    await tasksTable.SubmitTransactionAsync(
                        [new(TableTransactionActionType.Add, ToEntity(c.Task, 1)), new(TableTransactionActionType.Add, ToEntity(c.Event)),
                         .. own.Take(MaxIntentsPerTransaction).Select(i => new TableTransactionAction(TableTransactionActionType.Add, ToEntity(i)))], ct);
                    await AddIntentsOneByOneAsync(own.Skip(MaxIntentsPerTransaction), ct);
                }
                catch (RequestFailedException e) when (e.Status == 409 && idempotencyKey is not null)
                {
                    // A concurrent retry of the same key wrote this task first; it is read back below.
                }
            });
        if (idempotencyKey is null) return new CreateResult(created.Select(c => c.Task).ToList(), null);
        var all = await ReadAllAsync(ids, cancellationToken);
        return new CreateResult(all.OfType<DirectiveTask>().ToList(), null);
    }

    private async Task<(int Year, long First, int Count)?> ReadReservationAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        var table = await Table(CreationsTable, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Encode(idempotencyKey), CreationRow, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } e
            ? (e.GetInt32("Year") ?? 0, e.GetInt64("First") ?? 0, e.GetInt32("Count") ?? 0)
            : null;
    }

    private async Task<DirectiveTask?[]> ReadAllAsync(IReadOnlyList<TaskId> ids, CancellationToken cancellationToken)
    {
        var found = new DirectiveTask?[ids.Count];
        await Parallel.ForAsync(0, ids.Count, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (i, ct) => found[i] = (await ReadTaskAsync(ids[i].ToString(), ct))?.Task);
        return found;
    }

    public async Task<DirectiveTask?> GetAsync(TaskId id, CancellationToken cancellationToken) =>
        (await ReadTaskAsync(id.ToString(), cancellationToken))?.Task;

    public Task<TaskResult> ApplyAsync(TaskId id, TaskCommand command, CancellationToken cancellationToken) =>
        ApplyAsync(id, command, null, cancellationToken);

    public async Task<TaskResult> ApplyAsync(TaskId id, TaskCommand command, IntentsFor? intents, CancellationToken cancellationToken)
    {
        var directory = command is ReassignTask ? await GetDirectoryAsync(cancellationToken) : null;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var stored = await ReadTaskAsync(id.ToString(), cancellationToken);
            if (stored is null) return TaskResult.NotFound(id);
            var result = TaskLifecycle.Apply(stored.Task, command, time.GetUtcNow(), directory);
            if (!result.Succeeded) return result;
            var own = intents?.Invoke(result.Task!) ?? [];
            await WriteOutboxPointersAsync(own, cancellationToken);
            if (await TryCommitAsync(stored, result.Task!, result.Event, cancellationToken, own)) return result;
            await BackOffAsync(attempt, cancellationToken);
        }
        return TaskResult.Failure(TaskErrorCode.Conflict, $"任务 {id} 正被他人频繁修改，请稍后再试。");
    }

    public async Task<bool> SetNextReminderAsync(TaskId id, DateTimeOffset? nextReminderAt, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var stored = await ReadTaskAsync(id.ToString(), cancellationToken);
            if (stored is null) return false;
            if (stored.Task.NextReminderAt == nextReminderAt) return true;
            if (await TryCommitAsync(stored, stored.Task with { NextReminderAt = nextReminderAt }, null, cancellationToken)) return true;
            await BackOffAsync(attempt, cancellationToken);
        }
        return false;
    }

    public async Task<IReadOnlyList<TaskEvent>> GetHistoryAsync(TaskId id, CancellationToken cancellationToken)
    {
        var table = await Table(TasksTable, cancellationToken);
        var pk = id.ToString();
        var events = new List<TaskEvent>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {pk} and RowKey ge {EventPrefix(pk)} and RowKey lt {pk + "|event."}");
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            events.Add(StoredJson.Read<TaskEvent>(e.GetString("Json")));
        return events;
    }

    public Task<IReadOnlyList<DirectiveTask>> ListOpenByUnitAsync(string unit, CancellationToken cancellationToken) =>
        QueryIndexAsync(ByUnitTable, TableClient.CreateQueryFilter($"PartitionKey eq {Encode(unit)}"), int.MaxValue, cancellationToken);

    public Task<IReadOnlyList<DirectiveTask>> ListByPersonAsync(string aadObjectId, int max, CancellationToken cancellationToken) =>
        QueryIndexAsync(ByPersonTable, TableClient.CreateQueryFilter($"PartitionKey eq {Encode(aadObjectId.ToLowerInvariant())}"), max, cancellationToken);

    public Task<IReadOnlyList<DirectiveTask>> ListDeadlineBeforeAsync(DateOnly date, string? unit, CancellationToken cancellationToken)
    {
        var day = Day(date);
        return unit is null
            ? QueryIndexAsync(ByDeadlineTable, TableClient.CreateQueryFilter($"PartitionKey le {day[..6]} and RowKey lt {day}"), int.MaxValue, cancellationToken)
            : QueryIndexAsync(ByUnitTable, TableClient.CreateQueryFilter($"PartitionKey eq {Encode(unit)} and RowKey lt {day}"), int.MaxValue, cancellationToken);
    }

    public Task<IReadOnlyList<DirectiveTask>> QueryDueAsync(DateTimeOffset before, int max, CancellationToken cancellationToken) =>
        QueryIndexAsync(DueTable,
            TableClient.CreateQueryFilter($"PartitionKey le {DueBucket(before)} and RowKey lt {DueRow(before, "")}"), max, cancellationToken);

    /// <summary>
    /// Reads index rows in key order, then the tasks they point to, and keeps a task only if its current state
    /// still has that index row (the row may be left over from a change that lost its race, or not yet cleaned).
    /// Left-over rows older than the task are deleted on the way.
    /// </summary>
    private async Task<IReadOnlyList<DirectiveTask>> QueryIndexAsync(string tableName, string filter, int max, CancellationToken cancellationToken)
    {
        var table = await Table(tableName, cancellationToken);
        var results = new List<DirectiveTask>();
        var pageSize = (int)Math.Min(1000, Math.Max(max, 16));
        await foreach (var page in table.QueryAsync<TableEntity>(filter, pageSize, ["PartitionKey", "RowKey", "Revision"], cancellationToken).AsPages())
        {
            var rows = page.Values;
            var found = new StoredTask?[rows.Count];
            await Parallel.ForAsync(0, rows.Count, new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = cancellationToken },
                async (i, ct) => found[i] = await ReadTaskAsync(TaskIdOf(rows[i].RowKey), ct));
            for (var i = 0; i < rows.Count && results.Count < max; i++)
            {
                var row = rows[i];
                var key = new IndexKey(tableName, row.PartitionKey, row.RowKey);
                if (found[i] is { } stored && For(stored.Task).Contains(key))
                    results.Add(stored.Task);
                // A row whose task does not exist yet may belong to a creation in flight: leave it.
                else if (found[i] is { } current && (row.GetInt64("Revision") ?? 0) <= current.Revision)
                    await DeleteIfUnchangedAsync(table, row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
            }
            if (results.Count >= max) break;
        }
        return results;
    }

    /// <summary>The task row as read, with what a conditional write needs.</summary>
    private sealed record StoredTask(DirectiveTask Task, long Revision, ETag ETag);

    private async Task<StoredTask?> ReadTaskAsync(string id, CancellationToken cancellationToken)
    {
        var table = await Table(TasksTable, cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(id, TaskRow(id), cancellationToken: cancellationToken);
        if (!response.HasValue || response.Value is not { } e) return null;
        var task = StoredJson.ReadTask(e.GetString("Json"), e.GetInt64("Version") ?? 0, e.GetDateTimeOffset("NextReminderAt"));
        return new StoredTask(task, e.GetInt64("Revision") ?? 0, e.ETag);
    }

    /// <summary>
    /// Writes a new state of a task: new index rows, then the task row (and its event) if its ETag is unchanged,
    /// then removal of index rows it no longer has. False when someone else wrote the task first.
    /// </summary>
    private async Task<bool> TryCommitAsync(StoredTask stored, DirectiveTask next, TaskEvent? evt, CancellationToken cancellationToken,
        IReadOnlyList<OutboxIntent>? intents = null)
    {
        var revision = stored.Revision + 1;
        var oldKeys = For(stored.Task);
        var newKeys = For(next);
        await WriteIndexRowsAsync(newKeys.Except(oldKeys).Select(k => (k, next.Id, revision)), cancellationToken);
        var table = await Table(TasksTable, cancellationToken);
        List<TableTransactionAction> actions = [new(TableTransactionActionType.UpdateReplace, ToEntity(next, revision), stored.ETag)];
        if (evt is not null) actions.Add(new(TableTransactionActionType.Add, ToEntity(evt)));
        // The intents the change causes commit with it (an intent recorded before is kept as it is: see below).
        var own = intents is null ? [] : await NewIntentsAsync(intents, cancellationToken);
        actions.AddRange(own.Take(MaxIntentsPerTransaction).Select(i => new TableTransactionAction(TableTransactionActionType.Add, ToEntity(i))));
        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
            await AddIntentsOneByOneAsync(own.Skip(MaxIntentsPerTransaction), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 409 or 404)
        {
            return false;   // lost the race; the rows written above are filtered out on read and cleaned later
        }
        foreach (var key in oldKeys.Except(newKeys))
            await DeleteIfOlderAsync(key, revision, cancellationToken);
        return true;
    }

    private async Task WriteIndexRowsAsync(IEnumerable<(IndexKey Key, TaskId Id, long Revision)> rows, CancellationToken cancellationToken)
    {
        var batches = rows.GroupBy(r => (r.Key.Table, r.Key.PartitionKey))
            .SelectMany(g => g.Chunk(100).Select(chunk => (g.Key.Table, Rows: chunk)));
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (batch, ct) =>
            {
                var table = await Table(batch.Table, ct);
                var actions = batch.Rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                    new TableEntity(r.Key.PartitionKey, r.Key.RowKey) { ["Revision"] = r.Revision })).ToList();
                if (actions.Count == 1) await table.UpsertEntityAsync((TableEntity)actions[0].Entity, TableUpdateMode.Replace, ct);
                else await table.SubmitTransactionAsync(actions, ct);
            });
    }

    /// <summary>Removes an index row the task no longer has, unless a later writer has rewritten it since.</summary>
    private async Task DeleteIfOlderAsync(IndexKey key, long committedRevision, CancellationToken cancellationToken)
    {
        var table = await Table(key.Table, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(key.PartitionKey, key.RowKey, cancellationToken: cancellationToken);
        if (row.HasValue && row.Value is { } e && (e.GetInt64("Revision") ?? 0) <= committedRevision)
            await DeleteIfUnchangedAsync(table, key.PartitionKey, key.RowKey, e.ETag, cancellationToken);
    }

    private static async Task DeleteIfUnchangedAsync(TableClient table, string pk, string rk, ETag etag, CancellationToken cancellationToken)
    {
        try { await table.DeleteEntityAsync(pk, rk, etag, cancellationToken); }
        catch (RequestFailedException e) when (e.Status is 404 or 412) { /* gone already, or rewritten: keep it */ }
    }

    private async Task<long> AllocateIdsAsync(string counter, int count, CancellationToken cancellationToken)
    {
        var table = await Table(MetaTable, cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            var row = await table.GetEntityIfExistsAsync<TableEntity>("counter", counter, cancellationToken: cancellationToken);
            try
            {
                if (!row.HasValue || row.Value is null)
                {
                    await table.AddEntityAsync(new TableEntity("counter", counter) { ["Value"] = (long)count }, cancellationToken);
                    return 1;
                }
                var last = row.Value.GetInt64("Value") ?? 0;
                row.Value["Value"] = last + count;
                await table.UpdateEntityAsync(row.Value, row.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                return last + 1;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < MaxAttempts)
            {
                await BackOffAsync(attempt, cancellationToken);
            }
        }
    }

    private static TableEntity ToEntity(DirectiveTask task, long revision)
    {
        var id = task.Id.ToString();
        var e = new TableEntity(id, TaskRow(id))
        {
            ["Json"] = StoredJson.Write(task),
            ["Version"] = task.Version,
            ["Revision"] = revision,
            ["Status"] = task.Status.ToString(),
        };
        if (task.NextReminderAt is { } next) e["NextReminderAt"] = next;
        return e;
    }

    private static TableEntity ToEntity(TaskEvent evt) => new(evt.TaskId.ToString(), EventRow(evt.TaskId.ToString(), evt.Version))
    {
        ["Json"] = StoredJson.Write(evt),
        ["Version"] = evt.Version,
        ["Action"] = evt.Action.ToString(),
    };

    /// <summary>Jittered exponential back-off so writers that collided do not collide again in step.</summary>
    private static Task BackOffAsync(int attempt, CancellationToken cancellationToken)
    {
        var ms = Math.Min(250, 4 << Math.Min(attempt, 6)) * (0.5 + Random.Shared.NextDouble());
        return Task.Delay(TimeSpan.FromMilliseconds(ms), cancellationToken);
    }
}
