using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TaskBot.Storage;
using TaskBot.Storage.Sqlite;

namespace TaskBot.Tests.Storage;

public sealed class DirectorySeederTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Startup_imports_the_seed_file_and_a_restart_with_the_same_file_writes_nothing()
    {
        var store = new SqliteStore(folder.File("taskbot.db"), TimeProvider.System);
        var seeder = new DirectorySeeder(store, Options.Create(new DirectorySeedOptions { SeedFile = DirectorySeedOptions.DemoFile }), NullLogger<DirectorySeeder>.Instance);

        await seeder.StartAsync(CancellationToken.None);
        var directory = await store.GetDirectoryAsync(CancellationToken.None);
        Assert.Equal("测试领导", directory.FindPerson("00000000-0000-0000-0000-0000000000020")!.Name);

        var again = await DirectorySeeder.ImportAsync(store, await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Data", "directory.csv")),
            "directory.csv", NullLogger.Instance, CancellationToken.None);
        Assert.True(again!.IsEmpty);
    }

    [Fact]
    public async Task A_refused_file_leaves_the_stored_directory_as_it_was()
    {
        var store = new SqliteStore(folder.File("taskbot.db"), TimeProvider.System);
        await store.ImportDirectoryAsync(Tasks.TestData.County, CancellationToken.None);

        var refused = await DirectorySeeder.ImportAsync(store,
            Encoding.UTF8.GetBytes("unit,aliases,person,aad_object_id,role\n县财政局,,甲,aad-x,chief\n县商务局,,乙,aad-x,chief\n"),
            "bad.csv", NullLogger.Instance, CancellationToken.None);

        Assert.Null(refused);
        var directory = await store.GetDirectoryAsync(CancellationToken.None);
        Assert.Null(directory.FindPerson("aad-x"));
        Assert.Equal(Tasks.TestData.County.People.Count, directory.People.Count);
    }

    public void Dispose() => folder.Dispose();
}
