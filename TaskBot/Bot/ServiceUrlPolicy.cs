using System.Net;
using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;

namespace TaskBot.Bot;

/// <summary>
/// Where the bot may send and whom it believes about where to send. The bot POSTs only to a service URL whose host
/// is on <c>TaskBot:TrustedServiceUrlHosts</c> (default: Teams' public service and Teams operated by 21Vianet), over
/// https; in anonymous mode (no <c>MicrosoftAppId</c>, local runs) also to loopback addresses, where the Agents
/// Playground and the tests' fake connector live. A conversation reference is stored only from an activity whose
/// service URL is trusted and, with authentication on, only when the caller's token was validated and its
/// <c>serviceurl</c> claim names that same URL: a forged activity cannot redirect anybody's messages.
/// </summary>
public sealed class ServiceUrlPolicy(IOptions<BotOptions> options)
{
    /// <summary>Teams' public cloud and Teams operated by 21Vianet; <c>*.</c> matches any subdomain.</summary>
    public static readonly IReadOnlyList<string> DefaultHosts =
        ["smba.trafficmanager.net", "*.botframework.com", "smba.trafficmanager.cn", "*.botframework.azure.cn"];

    private BotOptions Options => options.Value;
    public bool Anonymous => Options.Anonymous;

    public IReadOnlyList<string> Hosts => Options.TrustedServiceUrlHosts.Count > 0 ? Options.TrustedServiceUrlHosts : DefaultHosts;

    public bool IsTrusted(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")) return false;
        if (!string.IsNullOrEmpty(uri.UserInfo)) return false;
        if (Anonymous && IsLoopback(uri)) return true;
        return uri.Scheme == "https" && Hosts.Any(h => HostMatches(uri.IdnHost, h));
    }

    /// <summary>True when the activity may replace the stored conversation reference of its sender or conversation.</summary>
    public bool MayStoreReference(string? serviceUrl, ClaimsIdentity? identity)
    {
        if (!IsTrusted(serviceUrl)) return false;
        if (Anonymous) return true;
        if (identity is not { IsAuthenticated: true }) return false;
        var claimed = identity.FindFirst(AuthenticationConstants.ServiceUrlClaim)?.Value;
        return claimed is not null && SameUrl(claimed, serviceUrl);
    }

    public static bool SameUrl(string a, string? b) =>
        string.Equals(a.Trim().TrimEnd('/'), b?.Trim().TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static bool HostMatches(string host, string pattern)
    {
        pattern = pattern.Trim().TrimEnd('.').ToLowerInvariant();
        host = host.ToLowerInvariant();
        return pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.Ordinal) && host.Length > pattern.Length - 1
            : host == pattern;
    }

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>True when every address the host listens on is a loopback address.</summary>
    public static bool ListensOnLoopbackOnly(IEnumerable<string> urls) => urls.All(u =>
        Uri.TryCreate(u.Trim(), UriKind.Absolute, out var uri) && (IsLoopback(uri) || uri.Host == "localhost"));

    /// <summary>What the host was told to listen on: <c>urls</c>, <c>http_ports</c>/<c>https_ports</c> (every interface)
    /// and Kestrel endpoints.</summary>
    public static IReadOnlyList<string> ListenUrls(IConfiguration configuration)
    {
        var urls = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        foreach (var key in new[] { "http_ports", "https_ports" })
            if (configuration[key] is { Length: > 0 } ports)
                urls.AddRange(ports.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"http://*:{p}"));
        urls.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>());
        return urls.Count == 0 ? [BotServices.DefaultUrl] : urls;
    }
}
