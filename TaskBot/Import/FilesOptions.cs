using Microsoft.Extensions.Options;

namespace TaskBot.Import;

/// <summary>Bound from <c>TaskBot:Files</c>: where files sent in chat may be downloaded from and exported files
/// uploaded to, and how big they may be. Checked at start by <see cref="FilesOptionsValidator"/>.</summary>
public sealed class FilesOptions
{
    public const string Section = "TaskBot:Files";
    /// <summary>
    /// Hosts a file is downloaded from (Teams' <c>downloadUrl</c>) or uploaded to (the consent's <c>uploadUrl</c>):
    /// SharePoint / OneDrive, public cloud and 21Vianet. "*.x" matches any subdomain of x. A URL on another host is
    /// refused, so a forged attachment cannot make the bot fetch from, or send a ledger to, anywhere else.
    /// </summary>
    public string[] AllowedHosts { get; set; } = ["*.sharepoint.com", "*.sharepoint.cn", "*.sharepoint-df.com"];
    /// <summary>The largest file read (and the largest ledger uploaded).</summary>
    public long MaxBytes { get; set; } = 4 * 1024 * 1024;
    /// <summary>How long one download or upload may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>https to an allowed host; plain http only to a loopback host that is itself allowed (tests, local runs).</summary>
    public bool Allows(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri) return false;
        bool loopback = url.IsLoopback;
        if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && loopback)) return false;
        var host = url.IdnHost.ToLowerInvariant();
        foreach (var raw in AllowedHosts)
        {
            var pattern = raw.Trim().ToLowerInvariant();
            if (pattern.StartsWith("*.", StringComparison.Ordinal) ? host.EndsWith(pattern[1..], StringComparison.Ordinal) && host.Length > pattern.Length - 1 : host == pattern)
                return true;
        }
        return false;
    }
}

public sealed class FilesOptionsValidator : IValidateOptions<FilesOptions>
{
    public ValidateOptionsResult Validate(string? name, FilesOptions o)
    {
        var errors = new List<string>();
        if (o.AllowedHosts is null || o.AllowedHosts.Length == 0 || o.AllowedHosts.Any(h => string.IsNullOrWhiteSpace(h) || h.Contains('/') || h.Contains(':') || h.Trim() == "*" || h.Trim() == "*."))
            errors.Add($"{FilesOptions.Section}:AllowedHosts 须为主机名列表（如 *.sharepoint.com），不能为空或 * / must be a list of host names (e.g. *.sharepoint.com), not empty or *");
        if (o.MaxBytes is < 1024 or > 100L * 1024 * 1024)
            errors.Add($"{FilesOptions.Section}:MaxBytes 应在 1024 到 104857600 之间 / must be between 1024 and 104857600 (is {o.MaxBytes})");
        if (o.Timeout < TimeSpan.FromSeconds(1) || o.Timeout > TimeSpan.FromMinutes(10))
            errors.Add($"{FilesOptions.Section}:Timeout 应在 00:00:01 到 00:10:00 之间 / must be between 00:00:01 and 00:10:00");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
