using Microsoft.Data.Sqlite;

namespace TaskBot.Tests.Storage;

/// <summary>A fresh folder for one test's database file, removed afterwards (pooled connections closed first).</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "taskbot-tests", Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
