using System.Diagnostics;
using System.Text;

namespace TaskBot.Tests.Browser;

/// <summary>
/// The browser checks run Node scripts from tools/browser in headless Debian Chromium. They need node, the
/// npm packages of tools/browser (scripts/test.sh runs npm ci) and /usr/bin/chromium with fonts-noto-cjk
/// (scripts/test.sh installs them). Without them the tests are skipped on a developer's machine and fail
/// under CI=true.
/// </summary>
public static class BrowserTools
{
    public static string Root { get; } = FindRoot();
    public static string Dir => Path.Combine(Root, "tools", "browser");
    public static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } p ? p : "/usr/bin/chromium";
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>What is missing to run the browser checks, or null.</summary>
    public static string? Missing()
    {
        var missing = new List<string>();
        if (FindOnPath("node") is null) missing.Add("node");
        if (!File.Exists(Chromium)) missing.Add($"{Chromium} (apt-get install -y chromium fonts-noto-cjk)");
        foreach (var package in new[] { "playwright-core", "adaptivecards", "@microsoft/m365agentsplayground" })
            if (!System.IO.Directory.Exists(Path.Combine(Dir, "node_modules", package))) missing.Add($"tools/browser/node_modules/{package} (npm ci in tools/browser)");
        return missing.Count == 0 ? null : string.Join("; ", missing);
    }

    /// <summary>Fails the test when something is missing: a skip is decided before it runs, see <see cref="BrowserFactAttribute"/>.</summary>
    public static void Require()
    {
        if (Missing() is { } missing) Assert.Fail($"The browser checks need: {missing}");
    }

    /// <summary>Artifacts of the test run (screenshots, reports): artifacts/test/&lt;name&gt;.</summary>
    public static string Artifacts(string name)
    {
        var dir = Path.Combine(Root, "artifacts", "test", name);
        System.IO.Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>A tools/browser/playground-*.mjs run against the bot built next to this test
    /// (TaskBot/bin/&lt;Configuration&gt;/&lt;tfm&gt;/TaskBot.dll), screenshots in artifacts/test/&lt;artifacts&gt;: its exit code,
    /// the steps its last line counts ("playground: N passed, N failed") and its output.</summary>
    public static async Task<(int ExitCode, int Passed, int Failed, string Output)> PlaygroundAsync(string script, string artifacts, TimeSpan timeout,
        params string[] more)
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var bot = Path.Combine(Root, "TaskBot", "bin", testBin.Parent!.Name, testBin.Name, "TaskBot.dll");
        Assert.True(File.Exists(bot), $"{bot} not built");
        var (code, output) = await NodeAsync(script, ["--bot", bot, "--out", Artifacts(artifacts), .. more], timeout);
        var summary = System.Text.RegularExpressions.Regex.Match(output, @"playground: (\d+) passed, (\d+) failed");
        return summary.Success ? (code, int.Parse(summary.Groups[1].Value), int.Parse(summary.Groups[2].Value), output) : (code, 0, 1, output);
    }

    /// <summary>Runs <c>node tools/browser/&lt;script&gt; args</c>; kills it (and what it started, by its process group
    /// via its own cleanup) on timeout.</summary>
    public static async Task<(int ExitCode, string Output)> NodeAsync(string script, IEnumerable<string> args, TimeSpan timeout, IDictionary<string, string>? env = null)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = Dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8 };
        start.ArgumentList.Add(Path.Combine(Dir, script));
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        void Append(string? line) { if (line is null) return; lock (output) output.AppendLine(line); }
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cts = new CancellationTokenSource(timeout);
        try { await process.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException)
        {
            // SIGTERM first: the script stops the servers it started; then make sure.
            try { Process.Start("kill", ["-TERM", process.Id.ToString()])?.WaitForExit(2000); } catch { }
            if (!process.WaitForExit(10_000)) process.Kill(entireProcessTree: true);
            Append($"[timed out after {timeout.TotalSeconds:0} s]");
            return (-1, output.ToString());
        }
        process.WaitForExit();   // drains the output
        return (process.ExitCode, output.ToString());
    }

    private static string? FindOnPath(string exe) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, exe)).FirstOrDefault(File.Exists);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TaskBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("TaskBot.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A browser check: skipped (with the reason) when node, Chromium or the npm packages are missing, except
/// under CI=true, where it runs and fails.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserTools.InCi && BrowserTools.Missing() is { } missing)
            Skip = $"browser check skipped, missing: {missing} (scripts/test.sh installs them)";
    }
}

/// <summary>Browser checks run one at a time, after the parallel tests: each drives Chromium, and the machine may
/// have two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
