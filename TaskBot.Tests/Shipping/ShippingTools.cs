using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace TaskBot.Tests.Shipping;

/// <summary>
/// The repository, Node (tools/node, installed by scripts/test.sh) and the Bicep CLI (restored from NuGet with
/// this project). A missing tool fails the test with what to do: these checks are the acceptance of the package
/// and the infrastructure, so they never pass by skipping.
/// </summary>
static class ShippingTools
{
    public static readonly string RepoRoot = FindRepoRoot();
    public static string ManifestDir => Path.Combine(RepoRoot, "manifest");
    public static string NodeTools => Path.Combine(RepoRoot, "tools", "node");
    public static string Validator => Path.Combine(NodeTools, "validate-manifest.js");

    public const string BotId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    public const string Host = "taskbot-x7k2.azurewebsites.net";

    static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TaskBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("TaskBot.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Node with @microsoft/app-manifest installed, or a failed test saying how to get it.</summary>
    public static void RequireNode()
    {
        var (exit, _, _) = TryRun("node", ["--version"], RepoRoot);
        Assert.True(exit == 0, "Node.js is required for the manifest tests: install it (scripts/test.sh does, from Debian).");
        Assert.True(System.IO.Directory.Exists(Path.Combine(NodeTools, "node_modules", "@microsoft", "app-manifest")),
            "tools/node/node_modules lacks @microsoft/app-manifest: run `npm ci` in tools/node (scripts/test.sh does).");
    }

    public static string Bicep()
    {
        var path = typeof(ShippingTools).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BicepPath").Value!;
        Assert.True(File.Exists(path), $"Bicep CLI not found at {path}: `dotnet restore TaskBot.Tests` downloads Azure.Bicep.CommandLine.linux-x64.");
        // NuGet extracts files without their execute bit on some setups. (The package is the linux-x64 build.)
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute))
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
        return path;
    }

    public static (int Exit, string Stdout, string Stderr) Run(string file, IEnumerable<string> args, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var result = TryRun(file, args, workingDirectory, environment);
        Assert.True(result.Exit != -1, $"could not start {file}");
        return result;
    }

    static (int Exit, string Stdout, string Stderr) TryRun(string file, IEnumerable<string> args, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file, args)
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory,
        };
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) start.Environment[k] = v;
        Process p;
        try
        {
            p = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, "", "");
        }
        using (p)
        {
            var stderr = p.StandardError.ReadToEndAsync();
            var stdout = p.StandardOutput.ReadToEnd();
            if (!p.WaitForExit(120_000))
            {
                p.Kill(entireProcessTree: true);
                Assert.Fail($"{file} did not finish in 2 minutes");
            }
            return (p.ExitCode, stdout, stderr.Result);
        }
    }
}

/// <summary>A folder under the system temp folder, removed with the test.</summary>
sealed class TempDir : IDisposable
{
    public string Path { get; } = System.IO.Directory.CreateTempSubdirectory("taskbot-ship-").FullName;
    public string this[string name] => System.IO.Path.Combine(Path, name);
    public void Dispose() => System.IO.Directory.Delete(Path, recursive: true);
}
