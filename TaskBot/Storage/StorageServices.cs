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
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section))
            .Validate(o => o.Provider is "Sqlite" or "AzureTables", "TaskBot:Storage:Provider must be Sqlite or AzureTables")
            .Validate(o => o.Provider != "AzureTables" || o.AzureTables.ConnectionString is not null || o.AzureTables.Endpoint is not null,
                "TaskBot:Storage:AzureTables needs ConnectionString or Endpoint")
            .ValidateOnStart();
        services.AddOptions<DirectorySeedOptions>().Bind(configuration.GetSection(DirectorySeedOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        // The backend itself, once; IStore is registered on its own so that it can be decorated (reminders do).
        services.AddSingleton(sp => Create(sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IStore>(sp => sp.GetRequiredService<IStorageBackend>());
        services.AddSingleton<IRefusalStore>(sp => sp.GetRequiredService<IStorageBackend>());
        services.AddSingleton<IDocumentStore>(sp => sp.GetRequiredService<IStorageBackend>());
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
