using System.Diagnostics;
using System.Text;
using TaskBot.Hosting;

namespace TaskBot.Tests.Hosting;

/// <summary>
/// The real executable (<c>dotnet TaskBot.dll</c>) started with a missing or invalid setting exits non-zero with one
/// line naming the key, in Chinese and English, and no stack trace.
/// </summary>
public sealed class StartupCheckTests
{
    private static (int ExitCode, string[] StdErr, string StdOut) Run(params (string Key, string Value)[] env) => RunIn(AppContext.BaseDirectory, env);

    private static (int ExitCode, string[] StdErr, string StdOut) RunIn(string appFolder, params (string Key, string Value)[] env)
    {
        var dll = Path.Combine(appFolder, "TaskBot.dll");
        var folder = System.IO.Directory.CreateTempSubdirectory("taskbot-start-").FullName;
        var psi = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = folder,
        };
        // A valid baseline, so only the setting under test is wrong; loopback and a free port should it start anyway.
        psi.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        psi.Environment["TaskBot__Storage__Sqlite__Path"] = Path.Combine(folder, "taskbot.db");
        foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(60_000))
        {
            p.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException("TaskBot started instead of refusing the configuration");
        }
        try { System.IO.Directory.Delete(folder, true); } catch (IOException) { }
        return (p.ExitCode, stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), stdout.Result);
    }

    [Theory]
    [InlineData("TaskBot__Storage__Provider=AzureTables", "TaskBot:Storage:AzureTables:Endpoint 未设置 (required when TaskBot:Storage:Provider=AzureTables")]
    [InlineData("TaskBot__Storage__Provider=Cosmos", "TaskBot:Storage:Provider 只能是 Sqlite 或 AzureTables / must be Sqlite or AzureTables")]
    [InlineData("MicrosoftAppType=SingleTenant|MicrosoftAppId=11111111-2222-3333-4444-555555555555|MicrosoftAppPassword=secret",
        "MicrosoftAppTenantId 未设置 / is not set (required when MicrosoftAppType=SingleTenant)")]
    [InlineData("MicrosoftAppType=SingleTenant", "MicrosoftAppId 未设置 / is not set (required when MicrosoftAppType=SingleTenant)")]
    [InlineData("MicrosoftAppId=11111111-2222-3333-4444-555555555555", "MicrosoftAppPassword 未设置 / is not set")]
    [InlineData("MicrosoftAppType=Anonymous", "MicrosoftAppType 只能是 MultiTenant、SingleTenant 或 UserAssignedMSI")]
    [InlineData("TaskBot__AllowedTenants=contoso.onmicrosoft.com,<script>", "TaskBot:AllowedTenants 含有无效的租户 ID / has an invalid tenant id: '<script>'")]
    [InlineData("ASPNETCORE_URLS=http://0.0.0.0:0", "TaskBot:AllowAnonymous 未设置：未配置 MicrosoftAppId 的匿名模式只能监听本机地址")]
    [InlineData("ASPNETCORE_URLS=http://+:3978", "TaskBot:AllowAnonymous 未设置")]
    [InlineData("TaskBot__AllowAnonymous=yes", "TaskBot:AllowAnonymous 只能是 true 或 false / must be true or false")]
    [InlineData("TaskBot__TrustedServiceUrlHosts=https://evil/", "TaskBot:TrustedServiceUrlHosts 含有无效的主机名")]
    [InlineData("TaskBot__Reminders__Delivery__MaxRetryAttempts=0", "TaskBot:Reminders:Delivery:MaxRetryAttempts 应在 1 到 20 之间 / must be between 1 and 20 (is 0)")]
    [InlineData("TaskBot__Reminders__Delivery__AttemptTimeout=00:00:00", "TaskBot:Reminders:Delivery:AttemptTimeout 应在")]
    [InlineData("TaskBot__Reminders__MaxConcurrentTasks=0", "TaskBot:Reminders:MaxConcurrentTasks 应在 1 到 1024 之间")]
    [InlineData("TaskBot__Reminders__SweepInterval=00:00:00", "TaskBot:Reminders:SweepInterval 应在")]
    [InlineData("TaskBot__Digest__Cron=every monday", "TaskBot:Digest:Cron 不是有效的 Quartz cron 表达式 / is not a valid Quartz cron expression")]
    [InlineData("TaskBot__Directives__MaxPerMinute=0", "TaskBot:Directives:MaxPerMinute 应在 1 到 1000000 之间")]
    [InlineData("TaskBot__Directives__PreviewTtl=00:00:00", "TaskBot:Directives:PreviewTtl 应在")]
    [InlineData("TaskBot__Directives__DefaultDeadlineDays=0", "TaskBot:Directives:DefaultDeadlineDays 应在 1 到 366 之间 / must be between 1 and 366")]
    [InlineData("TaskBot__Directives__DefaultDeadlineDays=二十", "TaskBot:Directives:DefaultDeadlineDays 的值无法识别")]
    [InlineData("TaskBot__Directory__SeedFile=/nowhere/directory.csv", "TaskBot:Directory:SeedFile 指向的文件不存在 / names a file that does not exist")]
    [InlineData("TaskBot__ShutdownTimeoutSeconds=0", "TaskBot:ShutdownTimeoutSeconds 应在 1 到 600 之间")]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT=collector:4317", "OTEL_EXPORTER_OTLP_ENDPOINT 不是有效的 http(s) 地址 / is not an http(s) URL")]
    public void A_missing_or_invalid_setting_stops_the_start_with_one_line_naming_the_key(string settings, string expected)
    {
        var env = settings.Split('|').Select(s => s.Split('=', 2)).Select(kv => (kv[0], kv[1])).ToArray();
        var (exit, stderr, stdout) = Run(env);
        Assert.Equal(StartupCheck.ExitCode, exit);
        var line = Assert.Single(stderr);
        Assert.StartsWith("配置错误 / Configuration error: ", line);
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", stdout + string.Join("\n", stderr));
        Assert.DoesNotContain("Exception", stdout + string.Join("\n", stderr));
    }

    [Fact]
    public void Several_problems_give_one_line_each()
    {
        var (exit, stderr, _) = Run(("TaskBot__Storage__Provider", "AzureTables"), ("MicrosoftAppType", "SingleTenant"));
        Assert.NotEqual(0, exit);
        Assert.Equal(2, stderr.Length);
        Assert.All(stderr, l => Assert.StartsWith(StartupCheck.Prefix, l));
        Assert.Contains(stderr, l => l.Contains("TaskBot:Storage:AzureTables:Endpoint"));
        Assert.Contains(stderr, l => l.Contains("MicrosoftAppId"));
    }

    [Fact]
    public void A_bad_holidays_json_stops_the_start_with_exit_78_and_its_one_line_message_not_a_stack_trace()
    {
        var app = System.IO.Directory.CreateTempSubdirectory("taskbot-app-").FullName;
        try
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(AppContext.BaseDirectory, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(app, Path.GetRelativePath(AppContext.BaseDirectory, file));
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
            var holidays = Path.Combine(app, "Data", "holidays.json");
            File.WriteAllText(holidays, File.ReadAllText(holidays).Replace("\"2026-10-10\"", "\"2026-10-12\""));
            var (exit, stderr, stdout) = RunIn(app);
            Assert.Equal(StartupCheck.ExitCode, exit);
            var line = Assert.Single(stderr);
            Assert.StartsWith(StartupCheck.Prefix, line);
            Assert.Contains("holidays.json", line);
            Assert.Contains("2026-10-12", line);
            Assert.DoesNotContain("   at ", stdout + string.Join("\n", stderr));
        }
        finally
        {
            try { System.IO.Directory.Delete(app, true); } catch (IOException) { }
        }
    }
}
