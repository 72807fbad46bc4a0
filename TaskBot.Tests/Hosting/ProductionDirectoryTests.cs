using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TaskBot.Bot;
using TaskBot.Storage;

namespace TaskBot.Tests.Hosting;

/// <summary>Issue 11, point 10: the demo directory (测试领导 and 29 other made-up people) never reaches production.</summary>
public sealed class ProductionDirectoryTests
{
    private static async Task<IReadOnlyList<string>> PeopleImportedAsync(string environment, string? seedFile = null)
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("taskbot-env-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["TaskBot:Storage:Sqlite:Path"] = Path.Combine(folder, "taskbot.db"),
            ["TaskBot:Reminders:Enabled"] = "false",
        };
        if (seedFile is not null) settings["TaskBot:Directory:SeedFile"] = seedFile;
        var app = BotServices.CreateApp(["--environment", environment], b =>
        {
            b.Configuration.AddInMemoryCollection(settings);
            b.Logging.ClearProviders();
        });
        try
        {
            await app.StartAsync();
            var directory = await app.Services.GetRequiredService<IStore>().GetDirectoryAsync(default);
            return directory.People.Select(p => p.Name).ToList();
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { System.IO.Directory.Delete(folder, true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task In_production_no_seed_file_is_imported_unless_one_is_configured()
    {
        Assert.Empty(await PeopleImportedAsync("Production"));
        Assert.Contains("测试领导", await PeopleImportedAsync("Production", DirectorySeedOptions.DemoFile));   // asked for by name
    }

    [Fact]
    public async Task A_local_development_run_imports_the_demo_directory()
    {
        Assert.Contains("测试领导", await PeopleImportedAsync("Development"));
    }
}
