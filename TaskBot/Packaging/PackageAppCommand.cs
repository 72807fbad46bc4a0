namespace TaskBot.Packaging;

/// <summary>
/// <c>taskbot package-app --bot-id GUID --host HOST [--out appPackage.zip] [--manifest-dir DIR]</c>.
/// The bot id and host may come from <c>TASKBOT_BOT_ID</c> and <c>TASKBOT_HOST</c> instead (the Bicep deployment
/// outputs <c>botId</c> and <c>webAppHostName</c>). Exit 0: package written. Exit 1: refused, nothing written.
/// Exit 2: bad arguments, or the manifest could not be checked.
/// </summary>
public static class PackageAppCommand
{
    public const string Name = "package-app";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var options = args.SkipWhile(a => a == Name).ToArray();
        string? Option(string name)
        {
            int i = Array.IndexOf(options, name);
            return i >= 0 && i + 1 < options.Length ? options[i + 1] : null;
        }

        var botId = Option("--bot-id") ?? environment("TASKBOT_BOT_ID");
        var host = Option("--host") ?? environment("TASKBOT_HOST");
        if (string.IsNullOrWhiteSpace(botId) || string.IsNullOrWhiteSpace(host))
        {
            stderr.WriteLine("缺少机器人 ID 或主机名 / missing bot id or host: pass --bot-id and --host, or set TASKBOT_BOT_ID and TASKBOT_HOST");
            stderr.WriteLine("usage: package-app --bot-id <app registration client id> --host <web app host name> [--out appPackage.zip] [--manifest-dir manifest]");
            return 2;
        }

        var repo = FindRepositoryRoot();
        var manifestDir = Option("--manifest-dir") ?? (repo is null ? "manifest" : Path.Combine(repo, "manifest"));
        if (!File.Exists(Path.Combine(manifestDir, "manifest.json")))
        {
            stderr.WriteLine($"找不到 manifest.json / no manifest.json in {Path.GetFullPath(manifestDir)}: run from the repository or pass --manifest-dir");
            return 2;
        }
        if (repo is null)
        {
            stderr.WriteLine($"找不到 {AppPackage.ValidatorRelativePath} / cannot find {AppPackage.ValidatorRelativePath}: run package-app from inside the TaskBot repository");
            return 2;
        }
        var output = Option("--out") ?? "appPackage.zip";

        var files = AppPackage.Fill(manifestDir, botId.Trim(), AppPackage.NormalizeHost(host));
        IReadOnlyList<string> problems;
        try
        {
            problems = AppPackage.Validate(files, Path.Combine(repo, AppPackage.ValidatorRelativePath));
        }
        catch (InvalidOperationException ex)
        {
            stderr.WriteLine(ex.Message);
            return 2;
        }
        if (problems.Count > 0)
        {
            stderr.WriteLine("清单未通过校验，未生成应用包 / the manifest failed validation against the official Teams schema; no package written:");
            foreach (var p in problems) stderr.WriteLine("  " + p);
            if (!Guid.TryParse(botId, out _))
                stderr.WriteLine($"提示 / hint: --bot-id must be the app registration's client id, a GUID (got \"{botId}\")");
            return 1;
        }
        AppPackage.Write(files, output);
        stdout.WriteLine($"已生成 / wrote {Path.GetFullPath(output)}: {string.Join(", ", files.Keys)}");
        return 0;
    }

    /// <summary>The folder holding the validator: searched upwards from the current directory (dotnet run keeps
    /// the caller's), then from the binary's.</summary>
    static string? FindRepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, AppPackage.ValidatorRelativePath))) return dir.FullName;
        }
        return null;
    }
}
