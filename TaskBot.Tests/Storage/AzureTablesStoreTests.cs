using Azure.Data.Tables;
using TaskBot.Storage;
using TaskBot.Storage.AzureTables;
using TaskBot.Tasks;
using static TaskBot.Tests.Tasks.TestData;

namespace TaskBot.Tests.Storage;

/// <summary>The contract on Azure Table Storage (Azurite): fresh tables, under a unique prefix, per test.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureTablesStoreContract(AzuriteFixture azurite) : StoreContract
{
    private readonly string prefix = "T" + Guid.NewGuid().ToString("N")[..12];

    protected override IStorageBackend OpenInstance() => new AzureTablesStore(new TableServiceClient(azurite.Require()), prefix, Time);

    public override async Task DisposeAsync()
    {
        if (azurite.ConnectionString is null) return;
        var service = new TableServiceClient(azurite.ConnectionString);
        foreach (var table in TableKeys.AllTables) await service.DeleteTableAsync(prefix + table);
    }

    [Fact]
    public async Task An_index_row_left_by_a_write_that_lost_its_race_is_ignored_and_cleaned_up()
    {
        var task = (await Store.CreateTasksAsync([NewDraft()], Leader, CancellationToken.None)).Tasks.Single();
        await Store.ApplyAsync(task.Id, new AcknowledgeTask(GongxinChief, Gongxin), CancellationToken.None);
        // A writer that pre-wrote its index row for 县商务局, then lost the conditional write of the task.
        var byUnit = new TableServiceClient(azurite.Require()).GetTableClient(prefix + TableKeys.ByUnitTable);
        await byUnit.AddEntityAsync(new TableEntity(Shangwu, $"20261010|{task.Id}") { ["Revision"] = 2L });

        Assert.Empty(await Store.ListOpenByUnitAsync(Shangwu, CancellationToken.None));
        Assert.False((await byUnit.GetEntityIfExistsAsync<TableEntity>(Shangwu, $"20261010|{task.Id}")).HasValue);
    }
}
