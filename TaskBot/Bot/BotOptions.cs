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

    public void Read(IConfiguration configuration)
    {
        MicrosoftAppType = configuration["MicrosoftAppType"];
        MicrosoftAppId = configuration["MicrosoftAppId"];
        MicrosoftAppPassword = configuration["MicrosoftAppPassword"];
        MicrosoftAppTenantId = configuration["MicrosoftAppTenantId"];
        AllowedTenants = TenantFilter.Read(configuration).ToList();
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
        foreach (var tenant in o.AllowedTenants.Where(t => !TenantId().IsMatch(t)))
            problems.Add($"TaskBot:AllowedTenants 含有无效的租户 ID / has an invalid tenant id: {Shown(tenant)} (a GUID or a domain such as contoso.onmicrosoft.com)");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Never echo a long value (it may be a secret pasted into the wrong key).</summary>
    private static string Shown(string value) => value.Length <= 40 ? $"'{value}'" : $"'{value[..12]}…' ({value.Length} characters)";

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9.\-]{0,99}$")]
    private static partial Regex TenantId();
}
