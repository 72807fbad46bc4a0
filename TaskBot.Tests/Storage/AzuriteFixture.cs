using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TaskBot.Tests.Storage;

/// <summary>
/// The Azurite Table service the Azure Tables tests run against. scripts/test.sh starts one and exports
/// TASKBOT_TEST_AZURITE. Without it: under CI=true the tests fail (a CI run must not pass by skipping the
/// production store); on a developer's machine this fixture starts Azurite from tools/node itself.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private Process? azurite;
    public string? ConnectionString { get; private set; }
    public string? Problem { get; private set; }

    public async Task InitializeAsync()
    {
        ConnectionString = Environment.GetEnvironmentVariable("TASKBOT_TEST_AZURITE");
        if (!string.IsNullOrEmpty(ConnectionString)) return;
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Problem = "TASKBOT_TEST_AZURITE is not set under CI=true: run the suite through scripts/test.sh, which starts Azurite.";
            return;
        }
        var bin = FindAzurite();
        if (bin is null)
        {
            Problem = "Azurite not found: run `cd tools/node && npm ci` (or scripts/test.sh), or set TASKBOT_TEST_AZURITE.";
            return;
        }
        var port = FreePort();
        azurite = Process.Start(new ProcessStartInfo(bin,
            $"--tableHost 127.0.0.1 --tablePort {port} --inMemoryPersistence --disableTelemetry --silent")
        { RedirectStandardOutput = true, RedirectStandardError = true });
        for (var i = 0; i < 100; i++)
        {
            try { using var tcp = new TcpClient(); await tcp.ConnectAsync(IPAddress.Loopback, port); break; }
            catch (SocketException) { await Task.Delay(100); }
        }
        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
            $"TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }

    public string Require() => ConnectionString ?? throw new InvalidOperationException(Problem);

    private static string? FindAzurite()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tools", "node", "node_modules", ".bin", "azurite-table");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public Task DisposeAsync()
    {
        if (azurite is { HasExited: false }) azurite.Kill(entireProcessTree: true);
        azurite?.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
