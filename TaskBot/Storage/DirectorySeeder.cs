using Microsoft.Extensions.Options;
using TaskBot.Directory;

namespace TaskBot.Storage;

public sealed class DirectorySeedOptions
{
    public const string Section = "TaskBot:Directory";

    /// <summary>The demo directory shipped in Data/ (30 made-up people, 测试领导 among them): for local runs only.</summary>
    public const string DemoFile = "Data/directory.csv";

    /// <summary>The directory CSV imported at startup; relative paths are taken from the app's base directory; empty
    /// for none. Unset: the demo file, except in the Production environment, where nothing is imported unless a file
    /// is configured (see docs/deployment.md).</summary>
    public string? SeedFile { get; set; }

    /// <summary>What an unset <see cref="SeedFile"/> means in this environment.</summary>
    public static string DefaultFor(IHostEnvironment environment) => environment.IsProduction() ? "" : DemoFile;
}

/// <summary>
/// Imports the seed directory at startup. The import writes only what differs, so a restart with the same file
/// changes nothing. A refused file is logged and the stored directory is kept as it was.
/// </summary>
public sealed class DirectorySeeder(IDirectoryStore store, IOptions<DirectorySeedOptions> options, ILogger<DirectorySeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.Value.SeedFile))
        {
            logger.LogInformation("No directory seed file configured (TaskBot:Directory:SeedFile); keeping the stored directory");
            return;
        }
        var path = Path.Combine(AppContext.BaseDirectory, options.Value.SeedFile);
        if (!File.Exists(path))
        {
            logger.LogWarning("Directory seed file {Path} not found; keeping the stored directory", path);
            return;
        }
        await ImportAsync(store, await File.ReadAllBytesAsync(path, cancellationToken), path, logger, cancellationToken);
    }

    /// <summary>Parses and imports one file, logging each problem with its line; returns what was written, or null when the file was refused.</summary>
    public static async Task<DirectoryChanges?> ImportAsync(IDirectoryStore store, byte[] bytes, string name, ILogger logger, CancellationToken cancellationToken)
    {
        var file = DirectoryCsv.Parse(bytes);
        foreach (var problem in file.Problems)
            logger.Log(file.Refused ? LogLevel.Error : LogLevel.Warning, "Directory {File}: {Problem}", name, problem.ToString());
        if (file.Directory is null) return null;
        var changes = await store.ImportDirectoryAsync(file.Directory, cancellationToken);
        logger.LogInformation("Directory {File}: {UnitsAdded} units added, {UnitsUpdated} updated, {PeopleAdded} people added, {PeopleUpdated} updated, {Skipped} rows skipped",
            name, changes.UnitsAdded, changes.UnitsUpdated, changes.PeopleAdded, changes.PeopleUpdated, file.Problems.Count);
        return changes;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
