using TaskBot.Directory;
using TaskBot.Storage;

namespace TaskBot.Assignments;

/// <summary>
/// The directory as of at most <see cref="MaxAge"/> ago. Every turn needs it (who is this, which unit is that) and it
/// changes a few times a year, so reading the whole directory from the store per turn would be the bot's biggest
/// cost. An empty directory is not kept: at startup the seed import may still be running.
/// </summary>
public sealed class DirectoryCache(IDirectoryStore store, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private sealed record Snapshot(UnitDirectory Directory, DateTimeOffset ReadAt);
    private Snapshot? current;

    public async ValueTask<UnitDirectory> GetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var snapshot = Volatile.Read(ref current);
        if (snapshot is not null && now - snapshot.ReadAt < MaxAge) return snapshot.Directory;
        var directory = await store.GetDirectoryAsync(cancellationToken);
        if (directory.People.Count > 0) Volatile.Write(ref current, new Snapshot(directory, now));
        return directory;
    }
}
