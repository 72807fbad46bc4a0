using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using TaskBot.Storage;

namespace TaskBot.Hosting;

/// <summary>
/// One block in the log once the host listens: the URL to give the Agents Playground or the Azure Bot, the store and
/// where its file is, the directory imported, and whether requests are authenticated. Request logs stay at Warning
/// (see <see cref="DefaultLogLevels"/>) so this is what a first start shows.
/// </summary>
public sealed class StartupBanner(
    IServer server, IHostApplicationLifetime lifetime, IConfiguration configuration, IOptions<StorageOptions> storage,
    IOptions<DirectorySeedOptions> seed, IServiceProvider services, ILogger<StartupBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = WriteAsync());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task WriteAsync()
    {
        try
        {
            var urls = server.Features.Get<IServerAddressesFeature>()?.Addresses.Select(a => a.Replace("0.0.0.0", "127.0.0.1").TrimEnd('/') + "/api/messages").ToList() ?? [];
            var s = storage.Value;
            var store = s.Provider == "AzureTables"
                ? $"Azure Tables（{s.AzureTables.Endpoint?.ToString() ?? "连接字符串 / connection string"}，表前缀 {s.AzureTables.TablePrefix}）"
                : $"SQLite {Path.GetFullPath(s.Sqlite.Path)}";
            string directory;
            try
            {
                var d = await services.GetRequiredService<IDirectoryStore>().GetDirectoryAsync(CancellationToken.None);
                var file = string.IsNullOrEmpty(seed.Value.SeedFile) ? "未导入名录文件 / no seed file" : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, seed.Value.SeedFile));
                directory = $"{file}；库中 {d.Units.Count} 个单位、{d.People.Count} 人 / units, people";
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                directory = "无法读取 / unreadable: " + e.GetType().Name;
            }
            var appId = configuration["MicrosoftAppId"];
            var auth = string.IsNullOrWhiteSpace(appId)
                ? "关闭（匿名，仅供本机试用）/ off (anonymous, local use only)"
                : $"开启（MicrosoftAppId {appId}）/ on";
            logger.LogInformation(
                "TaskBot 已启动 / started\n  消息地址 / endpoint:   {Urls}\n  存储 / store:          {Store}\n  名录 / directory:      {Directory}\n  身份验证 / auth:       {Auth}",
                string.Join("  ", urls), store, directory, auth);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning(e, "Could not write the startup summary");
        }
    }
}

/// <summary>Log levels unless <c>Logging:LogLevel</c> says otherwise: ASP.NET Core's four lines per request at
/// Warning, so what matters is seen.</summary>
public static class DefaultLogLevels
{
    public static void AddTo(IConfigurationBuilder configuration)
    {
        var defaults = new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
                ["Logging:LogLevel:Quartz"] = "Warning",
            },
        };
        // First source = lowest priority: appsettings, environment variables and the command line all win.
        configuration.Sources.Insert(0, defaults);
    }
}
