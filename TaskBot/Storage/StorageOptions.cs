namespace TaskBot.Storage;

/// <summary>Bound from <c>TaskBot:Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "TaskBot:Storage";

    /// <summary><c>Sqlite</c> (the embedded default) or <c>AzureTables</c>.</summary>
    public string Provider { get; set; } = "Sqlite";
    public SqliteStorageOptions Sqlite { get; set; } = new();
    public AzureTablesStorageOptions AzureTables { get; set; } = new();
}

public sealed class SqliteStorageOptions
{
    /// <summary>Relative paths are taken from the current directory.</summary>
    public string Path { get; set; } = "./data/taskbot.db";
}

public sealed class AzureTablesStorageOptions
{
    /// <summary>A storage connection string (also <c>UseDevelopmentStorage=true</c> for Azurite). Wins over Endpoint.</summary>
    public string? ConnectionString { get; set; }
    /// <summary>The table endpoint, e.g. <c>https://account.table.core.windows.net</c>, used with
    /// DefaultAzureCredential (managed identity in Azure).</summary>
    public Uri? Endpoint { get; set; }
    /// <summary>Prepended to every table name, so several environments can share one account.</summary>
    public string TablePrefix { get; set; } = "TaskBot";
}
