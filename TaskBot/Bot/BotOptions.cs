using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace TaskBot.Bot;

/// <summary>
/// The Bot Framework's standard keys (top level, as the SDK reads them) and <c>TaskBot:AllowedTenants</c>, checked
/// at startup: the SDK itself would accept a half-configured app and fail only on the first message, with an
/// authentication error in the log and silence in Teams.
/// </summary>
public sealed class BotOptions
{
    /// <summary><c>MultiTenant</c>, <c>SingleTenant</c> or <c>UserAssignedMSI</c>; empty means MultiTenant.</summary>
    public string? MicrosoftAppType { get; set; }
    /// <summary>Empty: anonymous, for local use (the Agents Playground, tests).</summary>
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }
    public IReadOnlyList<string> AllowedTenants { get; set; } = [];
    /// <summary><c>TaskBot:AllowAnonymous</c>: accept unauthenticated requests on a non-loopback address (never in production).</summary>
    public bool AllowAnonymous { get; set; }
    /// <summary><c>TaskBot:TrustedServiceUrlHosts</c>: hosts the bot may send to; empty means <see cref="ServiceUrlPolicy.DefaultHosts"/>.</summary>
    public IReadOnlyList<string> TrustedServiceUrlHosts { get; set; } = [];
    /// <summary>Where the host listens (urls, http_ports, Kestrel endpoints).</summary>
    public IReadOnlyList<string> ListenUrls { get; set; } = [];
    public string? AllowAnonymousText { get; set; }

    public bool Anonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public void Read(IConfiguration configuration)
    {
        MicrosoftAppType = configuration["MicrosoftAppType"];
        MicrosoftAppId = configuration["MicrosoftAppId"];
        MicrosoftAppPassword = configuration["MicrosoftAppPassword"];
        MicrosoftAppTenantId = configuration["MicrosoftAppTenantId"];
        AllowedTenants = TenantFilter.Read(configuration).ToList();
        AllowAnonymousText = configuration["TaskBot:AllowAnonymous"];
        AllowAnonymous = bool.TryParse(AllowAnonymousText, out var allow) && allow;
        var hosts = configuration.GetSection("TaskBot:TrustedServiceUrlHosts");
        TrustedServiceUrlHosts = hosts.GetChildren().Select(c => c.Value).Append(hosts.Value)
            .SelectMany(v => (v ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        ListenUrls = ServiceUrlPolicy.ListenUrls(configuration);
    }
}

public sealed partial class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions o)
    {
        var problems = new List<string>();
        var type = string.IsNullOrWhiteSpace(o.MicrosoftAppType) ? "MultiTenant" : o.MicrosoftAppType.Trim();
        var hasId = !string.IsNullOrWhiteSpace(o.MicrosoftAppId);
        bool Is(string t) => string.Equals(type, t, StringComparison.OrdinalIgnoreCase);

        if (!Is("MultiTenant") && !Is("SingleTenant") && !Is("UserAssignedMSI"))
            problems.Add($"MicrosoftAppType 只能是 MultiTenant、SingleTenant 或 UserAssignedMSI / must be MultiTenant, SingleTenant or UserAssignedMSI (is {Shown(type)})");
        else if (!hasId && (Is("SingleTenant") || Is("UserAssignedMSI")))
            problems.Add($"MicrosoftAppId 未设置 / is not set (required when MicrosoftAppType={type})");
        else if (!hasId && !string.IsNullOrWhiteSpace(o.MicrosoftAppPassword))
            problems.Add("MicrosoftAppId 未设置 / is not set (required when MicrosoftAppPassword is set)");
        else if (hasId)
        {
            if (!Guid.TryParse(o.MicrosoftAppId, out _))
                problems.Add($"MicrosoftAppId 不是有效的应用程序 ID（GUID） / is not an application id (a GUID): {Shown(o.MicrosoftAppId!)}");
            if ((Is("SingleTenant") || Is("UserAssignedMSI")) && string.IsNullOrWhiteSpace(o.MicrosoftAppTenantId))
                problems.Add($"MicrosoftAppTenantId 未设置 / is not set (required when MicrosoftAppType={type})");
            if (!Is("UserAssignedMSI") && string.IsNullOrWhiteSpace(o.MicrosoftAppPassword))
                problems.Add($"MicrosoftAppPassword 未设置 / is not set (required when MicrosoftAppId is set and MicrosoftAppType={type})");
        }
        if (!string.IsNullOrWhiteSpace(o.AllowAnonymousText) && !bool.TryParse(o.AllowAnonymousText, out _))
            problems.Add($"TaskBot:AllowAnonymous 只能是 true 或 false / must be true or false (is {Shown(o.AllowAnonymousText)})");
        else if (!hasId && !o.AllowAnonymous && !ServiceUrlPolicy.ListensOnLoopbackOnly(o.ListenUrls))
            problems.Add($"TaskBot:AllowAnonymous 未设置：未配置 MicrosoftAppId 的匿名模式只能监听本机地址 / is not set: without MicrosoftAppId (anonymous mode) TaskBot listens on loopback only, not {string.Join(";", o.ListenUrls)}; set MicrosoftAppId, or TaskBot:AllowAnonymous=true to accept unauthenticated requests from the network");
        foreach (var host in o.TrustedServiceUrlHosts.Where(h => !HostPattern().IsMatch(h)))
            problems.Add($"TaskBot:TrustedServiceUrlHosts 含有无效的主机名 / has an invalid host name: {Shown(host)} (e.g. smba.trafficmanager.net or *.botframework.com)");
        foreach (var tenant in o.AllowedTenants.Where(t => !TenantId().IsMatch(t)))
            problems.Add($"TaskBot:AllowedTenants 含有无效的租户 ID / has an invalid tenant id: {Shown(tenant)} (a GUID or a domain such as contoso.onmicrosoft.com)");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Never echo a long value (it may be a secret pasted into the wrong key).</summary>
    private static string Shown(string value) => value.Length <= 40 ? $"'{value}'" : $"'{value[..12]}…' ({value.Length} characters)";

    [GeneratedRegex(@"^(\*\.)?[A-Za-z0-9][A-Za-z0-9.\-]{0,252}$")]
    private static partial Regex HostPattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9.\-]{0,99}$")]
    private static partial Regex TenantId();
}
