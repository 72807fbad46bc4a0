using Azure;
using Azure.Data.Tables;
using static TaskBot.Storage.AzureTables.TableKeys;

namespace TaskBot.Storage.AzureTables;

// The outbox on Azure Tables (docs/storage.md): an intent is a row of its partition in the Tasks table (RowKey
// outbox|{key}), written in the entity-group transaction of the change that causes it. To find pending intents
// without scanning partitions, an OutboxDue pointer (PartitionKey = UTC minute of the due time, RowKey = the
// partition) is written first; the sender reads the buckets up to now and deletes a pointer once its partition
// has nothing pending up to that bucket.
public sealed partial class AzureTablesStore
{
    /// <summary>The task row and its event take two of the transaction's 100 entities.</summary>
    private const int MaxIntentsPerTransaction = 98;

    private async Task WriteOutboxPointersAsync(IEnumerable<OutboxIntent> intents, CancellationToken cancellationToken)
    {
        var pointers = intents.Where(i => i.State == OutboxState.Pending)
            .GroupBy(i => i.Partition).Select(g => (Bucket: OutboxBucket(g.Min(i => i.DueAt)), Partition: g.Key)).ToList();
        if (pointers.Count == 0) return;
        var table = await Table(OutboxDueTable, cancellationToken);
        foreach (var bucket in pointers.GroupBy(p => p.Bucket))
            foreach (var chunk in bucket.Chunk(100))
            {
                var actions = chunk.Select(p => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                    new TableEntity(p.Bucket, Encode(p.Partition)))).ToList();
                if (actions.Count == 1) await table.UpsertEntityAsync((TableEntity)actions[0].Entity, TableUpdateMode.Replace, cancellationToken);
                else await table.SubmitTransactionAsync(actions, cancellationToken);
            }
    }

    /// <summary>The intents whose key is not recorded yet (an Add of an existing row would fail the transaction).</summary>
    private async Task<IReadOnlyList<OutboxIntent>> NewIntentsAsync(IReadOnlyList<OutboxIntent> intents, CancellationToken cancellationToken)
    {
        if (intents.Count == 0) return intents;
        var existing = (await IntentsOfAsync(intents[0].Partition, cancellationToken)).Select(i => i.Key).ToHashSet();
        return intents.Where(i => !existing.Contains(i.Key)).DistinctBy(i => i.Key).ToList();
    }

    private async Task AddIntentsOneByOneAsync(IEnumerable<OutboxIntent> intents, CancellationToken cancellationToken)
    {
        var table = await Table(TasksTable, cancellationToken);
        foreach (var intent in intents)
        {
            try { await table.AddEntityAsync(ToEntity(intent), cancellationToken); }
            catch (RequestFailedException e) when (e.Status == 409) { /* recorded before: keep it */ }
        }
    }

    public async Task AddIntentsAsync(IReadOnlyList<OutboxIntent> intents, CancellationToken cancellationToken)
    {
        await WriteOutboxPointersAsync(intents, cancellationToken);
        await AddIntentsOneByOneAsync(intents, cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxIntent>> PendingIntentsAsync(DateTimeOffset before, int max, CancellationToken cancellationToken)
    {
        var pointers = await Table(OutboxDueTable, cancellationToken);
        var found = new List<OutboxIntent>();
        var now = time.GetUtcNow();
        await foreach (var pointer in pointers.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey le {OutboxBucket(before)}"), cancellationToken: cancellationToken))
        {
            var pending = await PendingOfAsync(pointer.RowKey, cancellationToken);
            var due = pending.Where(i => i.DueAt < before).ToList();
            found.AddRange(due);
            // Nothing left up to this bucket (later ones have their own pointer): the pointer goes, unless it was
            // rewritten since it was read (ETag) or is so new that a write may still be adding its intents.
            if (!pending.Any(i => string.CompareOrdinal(OutboxBucket(i.DueAt), pointer.PartitionKey) <= 0)
                && pointer.Timestamp < now - TimeSpan.FromSeconds(30))
            {
                try { await pointers.DeleteEntityAsync(pointer.PartitionKey, pointer.RowKey, pointer.ETag, cancellationToken); }
                catch (RequestFailedException e) when (e.Status is 404 or 412) { }
            }
            if (found.Count >= max) break;
        }
        return found.DistinctBy(i => i.Key).OrderBy(i => i.DueAt).ThenBy(i => i.Key, StringComparer.Ordinal).Take(max).ToList();
    }

    private async Task<List<OutboxIntent>> PendingOfAsync(string encodedPartition, CancellationToken cancellationToken)
    {
        var table = await Table(TasksTable, cancellationToken);
        var list = new List<OutboxIntent>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter(
            $"PartitionKey eq {encodedPartition} and RowKey ge {OutboxPrefix} and RowKey lt {OutboxEnd} and State eq {(int)OutboxState.Pending}"),
            cancellationToken: cancellationToken))
            list.Add(StoredJson.Read<OutboxIntent>(e.GetString("Json")));
        return list;
    }

    public async Task<IReadOnlyList<OutboxIntent>> IntentsOfAsync(string partition, CancellationToken cancellationToken)
    {
        var table = await Table(TasksTable, cancellationToken);
        var list = new List<OutboxIntent>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter(
            $"PartitionKey eq {Encode(partition)} and RowKey ge {OutboxPrefix} and RowKey lt {OutboxEnd}"), cancellationToken: cancellationToken))
            list.Add(StoredJson.Read<OutboxIntent>(e.GetString("Json")));
        return list.OrderBy(i => i.Key, StringComparer.Ordinal).ToList();
    }

    public async Task<OutboxIntent?> GetIntentAsync(string partition, string key, CancellationToken cancellationToken)
    {
        var table = await Table(TasksTable, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Encode(partition), OutboxRow(key), cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } e ? StoredJson.Read<OutboxIntent>(e.GetString("Json")) : null;
    }

    public async Task UpdateIntentAsync(OutboxIntent intent, CancellationToken cancellationToken)
    {
        // A later due time needs its own pointer, written before the intent says so.
        if (intent.State == OutboxState.Pending) await WriteOutboxPointersAsync([intent], cancellationToken);
        var table = await Table(TasksTable, cancellationToken);
        await table.UpsertEntityAsync(ToEntity(intent), TableUpdateMode.Replace, cancellationToken);
    }

    private static TableEntity ToEntity(OutboxIntent intent) => new(Encode(intent.Partition), OutboxRow(intent.Key))
    {
        ["Json"] = StoredJson.Write(intent),
        ["State"] = (int)intent.State,
        ["DueAt"] = intent.DueAt,
    };
}
