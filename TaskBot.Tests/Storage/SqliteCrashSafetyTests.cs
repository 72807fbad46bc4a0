using System.Diagnostics;
using Microsoft.Data.Sqlite;
using TaskBot.Storage.Sqlite;
using TaskBot.Tasks;

namespace TaskBot.Tests.Storage;

public sealed class SqliteCrashSafetyTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Killing_the_process_mid_burst_of_writes_loses_no_committed_task_and_leaves_a_sound_file()
    {
        var db = folder.File("taskbot.db");
        // The child is the real TaskBot executable with its hidden burst command: it prints each id after commit.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "TaskBot.dll"), "storage-burst", db },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var child = Process.Start(start)!;
        var committed = new List<string>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (committed.Count < 300 && DateTime.UtcNow < deadline && await child.StandardOutput.ReadLineAsync() is { } line)
            committed.Add(line);
        child.Kill(entireProcessTree: true);        // SIGKILL, in the middle of the next write
        while (await child.StandardOutput.ReadLineAsync() is { } line) committed.Add(line);
        await child.WaitForExitAsync();
        Assert.True(committed.Count >= 300, $"the child committed only {committed.Count} tasks: {await child.StandardError.ReadToEndAsync()}");

        var store = new SqliteStore(db, TimeProvider.System);
        foreach (var id in committed)
        {
            var task = await store.GetAsync(TaskId.Parse(id), CancellationToken.None);
            Assert.NotNull(task);
            Assert.Equal($"第{task.Id.Number - 1}项工作方案", task.Deliverable);
            Assert.Equal(TaskAction.Create, (await store.GetHistoryAsync(task.Id, CancellationToken.None)).Single().Action);
        }
        using var c = store.Open();
        Assert.Equal("ok", SqliteSchemaTests.Exec(c, "PRAGMA integrity_check"));
    }

    public void Dispose() => folder.Dispose();
}
