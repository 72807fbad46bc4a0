using Azure;
using Azure.Data.Tables;
using TaskBot.Directory;
using static TaskBot.Storage.AzureTables.TableKeys;

namespace TaskBot.Storage.AzureTables;

// Claims, conversation references and the directory.
public sealed partial class AzureTablesStore
{
    public async Task<bool> TryClaimAsync(string key, TimeSpan lease, CancellationToken cancellationToken)
    {
        var table = await Table(ClaimsTable, cancellationToken);
        var now = time.GetUtcNow();
        var pk = Encode(key);
        try
        {
            // AddEntity is the atomic insert-if-absent: 409 means somebody holds or finished this claim.
            await table.AddEntityAsync(new TableEntity(pk, "") { ["Completed"] = false, ["ClaimedAt"] = now, ["LeaseUntil"] = now + lease }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409) { }
        var existing = await table.GetEntityIfExistsAsync<TableEntity>(pk, "", cancellationToken: cancellationToken);
        if (!existing.HasValue || existing.Value is not { } row)
            return false;   // released between our two calls: the next attempt may claim it
        if (row.GetBoolean("Completed") == true || row.GetDateTimeOffset("LeaseUntil") > now) return false;
        row["ClaimedAt"] = now;
        row["LeaseUntil"] = now + lease;
        try
        {
            await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;    // the holder's lease ran out without completing: taken over
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404) { return false; }
    }

    public async Task<bool> TryHoldAsync(string key, string holder, TimeSpan lease, CancellationToken cancellationToken)
    {
        var table = await Table(ClaimsTable, cancellationToken);
        var now = time.GetUtcNow();
        var pk = Encode(key);
        try
        {
            await table.AddEntityAsync(new TableEntity(pk, "")
            {
                ["Completed"] = false, ["ClaimedAt"] = now, ["LeaseUntil"] = now + lease, ["Result"] = holder,
            }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409) { }
        var existing = await table.GetEntityIfExistsAsync<TableEntity>(pk, "", cancellationToken: cancellationToken);
        if (!existing.HasValue || existing.Value is not { } row) return false;
        if (row.GetBoolean("Completed") == true) return false;
        if (row.GetDateTimeOffset("LeaseUntil") > now && row.GetString("Result") != holder) return false;
        row["ClaimedAt"] = now;
        row["LeaseUntil"] = now + lease;
        row["Result"] = holder;
        try
        {
            // The ETag makes renew-or-take-over atomic: of two instances that both saw it free, one wins.
            await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404) { return false; }
    }

    public async Task CompleteClaimAsync(string key, string? result, CancellationToken cancellationToken)
    {
        var table = await Table(ClaimsTable, cancellationToken);
        var entity = new TableEntity(Encode(key), "") { ["Completed"] = true };
        if (result is not null) entity["Result"] = result;
        await table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
    }

    public async Task ReleaseClaimAsync(string key, CancellationToken cancellationToken)
    {
        var table = await Table(ClaimsTable, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Encode(key), "", cancellationToken: cancellationToken);
        if (row.HasValue && row.Value is { } e && e.GetBoolean("Completed") != true)
            await DeleteIfUnchangedAsync(table, e.PartitionKey, e.RowKey, e.ETag, cancellationToken);
    }

    public async Task<Claim?> GetClaimAsync(string key, CancellationToken cancellationToken)
    {
        var table = await Table(ClaimsTable, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Encode(key), "", cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } e
            ? new Claim(key, e.GetBoolean("Completed") == true, e.GetDateTimeOffset("ClaimedAt") ?? default,
                e.GetDateTimeOffset("LeaseUntil") ?? default, e.GetString("Result"))
            : null;
    }

    public async Task SaveConversationReferenceAsync(string key, string json, CancellationToken cancellationToken)
    {
        var table = await Table(ConversationsTable, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(Encode(key), "") { ["Json"] = json, ["UpdatedAt"] = time.GetUtcNow() },
            TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<string?> GetConversationReferenceAsync(string key, CancellationToken cancellationToken)
    {
        var table = await Table(ConversationsTable, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Encode(key), "", cancellationToken: cancellationToken);
        return row.HasValue ? row.Value?.GetString("Json") : null;
    }

    // The directory is small (a county: tens of units, hundreds of people): two partitions, read whole.
    private const string UnitPartition = "unit", PersonPartition = "person";

    private static TableEntity ToEntity(Person p)
    {
        var e = new TableEntity(PersonPartition, Encode(p.AadObjectId.ToLowerInvariant()))
        {
            ["AadObjectId"] = p.AadObjectId, ["Name"] = p.Name, ["Role"] = p.Role.ToString(),
        };
        if (p.Unit is not null) e["Unit"] = p.Unit;
        return e;
    }

    public async Task<UnitDirectory> GetDirectoryAsync(CancellationToken cancellationToken)
    {
        var table = await Table(DirectoryTable, cancellationToken);
        var units = new List<Unit>();
        var people = new List<Person>();
        await foreach (var e in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            if (e.PartitionKey == UnitPartition)
                units.Add(new Unit(e.GetString("Name"), StoredJson.Read<List<string>>(e.GetString("Aliases"))));
            else if (e.PartitionKey == PersonPartition)
                people.Add(new Person(e.GetString("AadObjectId"), e.GetString("Name"), e.GetString("Unit"), Enum.Parse<PersonRole>(e.GetString("Role"))));
        }
        return new UnitDirectory(units, people);
    }

    /// <summary>Validation happened before this call (a refused file never gets here), so the only way to stop
    /// half-way is a failed request; importing again then completes it, as an import is idempotent.</summary>
    public async Task<DirectoryChanges> ImportDirectoryAsync(UnitDirectory incoming, CancellationToken cancellationToken)
    {
        var table = await Table(DirectoryTable, cancellationToken);
        var changes = DirectoryChanges.Between(await GetDirectoryAsync(cancellationToken), incoming);
        var rows = changes.Units.Select(u => new TableEntity(UnitPartition, Encode(u.Name)) { ["Name"] = u.Name, ["Aliases"] = StoredJson.Write(u.Aliases) })
            .Concat(changes.People.Select(ToEntity));
        foreach (var batch in rows.GroupBy(r => r.PartitionKey).SelectMany(g => g.Chunk(100)))
            await table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken);
        return changes;
    }

    /// <summary>One partition per task id; the RowKey sorts by time, and a random suffix keeps two refusals in the
    /// same millisecond apart. Only ever added.</summary>
    public async Task RecordRefusalAsync(RefusedAction refusal, CancellationToken cancellationToken)
    {
        var table = await Table(RefusalsTable, cancellationToken);
        var row = $"{refusal.At.ToUnixTimeMilliseconds():D15}|{Guid.NewGuid():N}";
        await table.AddEntityAsync(new TableEntity(Encode(refusal.TaskId), row) { ["Json"] = StoredJson.Write(refusal) }, cancellationToken);
    }

    public async Task<IReadOnlyList<RefusedAction>> GetRefusalsAsync(string taskId, CancellationToken cancellationToken)
    {
        var table = await Table(RefusalsTable, cancellationToken);
        var refusals = new List<RefusedAction>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Encode(taskId)}"), cancellationToken: cancellationToken))
            refusals.Add(StoredJson.Read<RefusedAction>(e.GetString("Json")));
        return refusals;
    }

    /// <summary>Partition per kind, row per key: a kind's documents (previews) are few and short-lived.</summary>
    /// <remarks>A string property holds at most 32K characters: a longer document (a 300-row table's preview) is
    /// gzipped and its base64 spread over Gz0, Gz1… (an entity holds 1 MiB: several MB of JSON).</remarks>
    public async Task SaveDocumentAsync(string kind, string key, string json, CancellationToken cancellationToken)
    {
        var table = await Table(DocumentsTable, cancellationToken);
        var entity = new TableEntity(Encode(kind), Encode(key)) { ["UpdatedAt"] = time.GetUtcNow() };
        if (json.Length <= DocumentPart) entity["Json"] = json;
        else
        {
            var packed = new MemoryStream();
            using (var gz = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
                gz.Write(System.Text.Encoding.UTF8.GetBytes(json));
            var text = Convert.ToBase64String(packed.ToArray());
            var parts = (text.Length + DocumentPart - 1) / DocumentPart;
            if (parts > MaxDocumentParts)
                throw new InvalidOperationException($"A {kind} document of {json.Length} characters does not fit one table entity ({parts} parts of {DocumentPart})");
            for (int i = 0; i < parts; i++) entity[$"Gz{i}"] = text.Substring(i * DocumentPart, Math.Min(DocumentPart, text.Length - i * DocumentPart));
            entity["GzParts"] = parts;
        }
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    const int DocumentPart = 30_000, MaxDocumentParts = 15;

    public async Task<string?> GetDocumentAsync(string kind, string key, CancellationToken cancellationToken)
    {
        var table = await Table(DocumentsTable, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Encode(kind), Encode(key), cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value is not { } e) return null;
        if (e.GetInt32("GzParts") is not { } parts) return e.GetString("Json");
        var packed = Convert.FromBase64String(string.Concat(Enumerable.Range(0, parts).Select(i => e.GetString($"Gz{i}"))));
        using var gz = new System.IO.Compression.GZipStream(new MemoryStream(packed), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gz, System.Text.Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    public async Task<int> DeleteDocumentsWrittenBeforeAsync(string kind, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var table = await Table(DocumentsTable, cancellationToken);
        var deleted = 0;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Encode(kind)} and UpdatedAt lt {cutoff}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            try { await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, Azure.ETag.All, cancellationToken); deleted++; }
            catch (Azure.RequestFailedException e) when (e.Status == 404) { }
        }
        return deleted;
    }
}
