using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TaskBot.Bot;

/// <summary><c>TaskBot:AllowedTenants</c>: a list (or one comma-separated string) of tenant ids. Empty: all tenants.</summary>
public sealed class TenantFilter
{
    private readonly HashSet<string> allowed;

    public TenantFilter(IConfiguration configuration) => allowed = Read(configuration).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> Read(IConfiguration configuration)
    {
        var section = configuration.GetSection("TaskBot:AllowedTenants");
        return section.GetChildren().Select(c => c.Value).Append(section.Value)
            .SelectMany(v => (v ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    public bool Allows(Activity activity) => allowed.Count == 0 || (TenantOf(activity) is { } t && allowed.Contains(t));

    public static string? TenantOf(Activity activity) =>
        activity.Conversation?.TenantId is { Length: > 0 } t ? t
        : (activity.ChannelData as JObject)?["tenant"]?["id"]?.Value<string>();
}
