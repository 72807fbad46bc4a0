using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TaskBot.Storage.AzureTables;
using TaskBot.Storage.Sqlite;

namespace TaskBot.Storage;

public static class StorageServices
{
    /// <summary>Registers the configured store under each of its interfaces, and the startup directory import.</summary>
    public static IServiceCollection AddTaskBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        // Each message names its key in Chinese and English: StartupCheck prints it as the one line a bad start shows.
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section))
            .Validate(o => o.Provider is "Sqlite" or "AzureTables", "TaskBot:Storage:Provider 只能是 Sqlite 或 AzureTables / must be Sqlite or AzureTables")
            .Validate(o => o.Provider != "Sqlite" || !string.IsNullOrWhiteSpace(o.Sqlite.Path),
                "TaskBot:Storage:Sqlite:Path 未设置 / is not set (required when TaskBot:Storage:Provider=Sqlite)")
            .Validate(o => o.Provider != "AzureTables" || !string.IsNullOrWhiteSpace(o.AzureTables.ConnectionString) || o.AzureTables.Endpoint is not null,
                "TaskBot:Storage:AzureTables:Endpoint 未设置 (required when TaskBot:Storage:Provider=AzureTables, unless TaskBot:Storage:AzureTables:ConnectionString is set)")
            .Validate(o => o.AzureTables.Endpoint is null || o.AzureTables.Endpoint is { IsAbsoluteUri: true, Scheme: "https" or "http" },
                "TaskBot:Storage:AzureTables:Endpoint 不是有效的地址 / is not a URL (e.g. https://account.table.core.windows.net)")
            .Validate(o => System.Text.RegularExpressions.Regex.IsMatch(o.AzureTables.TablePrefix ?? "", "^[A-Za-z][A-Za-z0-9]{0,40}$"),
                "TaskBot:Storage:AzureTables:TablePrefix 只能由字母和数字组成且以字母开头 / must be letters and digits, starting with a letter")
            .ValidateOnStart();
        services.AddOptions<DirectorySeedOptions>().Bind(configuration.GetSection(DirectorySeedOptions.Section))
            .PostConfigure<IHostEnvironment>((o, environment) => o.SeedFile ??= DirectorySeedOptions.DefaultFor(environment))
            .Validate(o => string.IsNullOrEmpty(o.SeedFile) || File.Exists(Path.Combine(AppContext.BaseDirectory, o.SeedFile)),
                "TaskBot:Directory:SeedFile 指向的文件不存在 / names a file that does not exist (relative paths are taken from the app's folder; empty: no seed file)")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // The backend itself, once; IStore is registered on its own so that it can be decorated (reminders do).
        services.AddSingleton(sp => Create(sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IStore>(sp => sp.GetRequiredService<IStorageBackend>());
        services.AddSingleton<IRefusalStore>(sp => sp.GetRequiredService<IStorageBackend>());
        services.AddSingleton<IDocumentStore>(sp => sp.GetRequiredService<IStorageBackend>());
        services.AddSingleton<IOpenCallStore>(sp => sp.GetRequiredService<IStorageBackend>());
        services.AddSingleton<ITaskStore>(sp => sp.GetRequiredService<IStore>());
        services.AddSingleton<IClaimStore>(sp => sp.GetRequiredService<IStore>());
        services.AddSingleton<IConversationStore>(sp => sp.GetRequiredService<IStore>());
        services.AddSingleton<IDirectoryStore>(sp => sp.GetRequiredService<IStore>());
        services.AddHostedService<DirectorySeeder>();
        return services;
    }

    public static IStorageBackend Create(StorageOptions options, TimeProvider time) => options.Provider switch
    {
        "AzureTables" => new AzureTablesStore(
            options.AzureTables.ConnectionString is { } cs
                ? new TableServiceClient(cs)
                : new TableServiceClient(options.AzureTables.Endpoint, new DefaultAzureCredential()),
            options.AzureTables.TablePrefix, time),
        _ => new SqliteStore(options.Sqlite.Path, time),
    };
}
