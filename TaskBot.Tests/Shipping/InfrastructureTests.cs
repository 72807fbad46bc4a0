using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static TaskBot.Tests.Shipping.ShippingTools;

namespace TaskBot.Tests.Shipping;

/// <summary>infra/main.bicep, checked offline by the Bicep CLI from NuGet, and the compiled template's promises.</summary>
public partial class InfrastructureTests
{
    static string MainBicep => Path.Combine(RepoRoot, "infra", "main.bicep");

    /// <summary>Bicep prints diagnostics as "file(line,col) : Warning rule: text" and still exits 0 on warnings.</summary>
    [GeneratedRegex(@"\(\d+,\d+\) : (Error|Warning) ")]
    private static partial Regex Diagnostic();

    static (int Exit, string Stdout, string Stderr) Bicep(params string[] args)
    {
        using var home = new TempDir();   // bicep and .NET write caches under HOME; keep them out of the user's
        return Run(ShippingTools.Bicep(), args, RepoRoot, new Dictionary<string, string>
        {
            ["HOME"] = home.Path,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["BICEP_TRACING_ENABLED"] = "false",
        });
    }

    static void AssertClean(string what, (int Exit, string Stdout, string Stderr) r)
    {
        var diagnostics = (r.Stdout + "\n" + r.Stderr).Split('\n').Where(l => Diagnostic().IsMatch(l)).ToList();
        Assert.True(r.Exit == 0 && diagnostics.Count == 0,
            $"{what}: exit {r.Exit}, {diagnostics.Count} diagnostic(s):\n{string.Join("\n", diagnostics)}" + (r.Exit == 0 ? "" : "\n" + r.Stderr));
    }

    // One build for the whole class: it takes seconds, and the two cores are shared.
    static readonly Lazy<(int Exit, string Stdout, string Stderr)> Build = new(() => Bicep("build", MainBicep, "--stdout"));

    static JsonNode Template()
    {
        AssertClean("bicep build", Build.Value);
        return JsonNode.Parse(Build.Value.Stdout)!;
    }

    static IEnumerable<JsonNode> Resources(JsonNode template) =>
        template["resources"] switch
        {
            JsonObject o => o.Select(r => r.Value!),   // symbolic-name templates
            JsonArray a => a.Select(r => r!),
            _ => [],
        };

    [Fact]
    public void Bicep_builds_the_infrastructure_with_no_errors_or_warnings()
    {
        var template = Template();
        var types = Resources(template).Select(r => r["type"]!.GetValue<string>()).ToList();
        Assert.Subset(types.ToHashSet(), new HashSet<string>
        {
            "Microsoft.Storage/storageAccounts", "Microsoft.Storage/storageAccounts/tableServices",
            "Microsoft.Web/serverfarms", "Microsoft.Web/sites", "Microsoft.KeyVault/vaults", "Microsoft.KeyVault/vaults/secrets",
            "Microsoft.Insights/components", "Microsoft.BotService/botServices", "Microsoft.BotService/botServices/channels",
        });
        var roles = Resources(template).Where(r => r["type"]!.GetValue<string>() == "Microsoft.Authorization/roleAssignments")
            .Select(r => r["properties"]!)
            .Where(p => p["principalId"]!.GetValue<string>().Contains("Microsoft.Web/sites") && p["principalType"]!.GetValue<string>() == "ServicePrincipal")
            .Select(p => Regex.Replace(p["roleDefinitionId"]!.GetValue<string>(), @"variables\('(\w+)'\)",
                m => template["variables"]![m.Groups[1].Value]!.GetValue<string>()))
            .ToList();
        Assert.Contains(roles, r => r.Contains("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3"));   // Storage Table Data Contributor
        Assert.Contains(roles, r => r.Contains("4633458b-17de-408a-b874-0445c86b69e6"));   // Key Vault Secrets User
        Assert.Subset(template["outputs"]!.AsObject().Select(o => o.Key).ToHashSet(), new HashSet<string> { "botId", "webAppHostName" });
    }

    [Fact]
    public void Bicep_lint_finds_no_errors_or_warnings()
    {
        AssertClean("bicep lint", Bicep("lint", MainBicep));
    }

    [Fact]
    public void The_diagnostic_filter_recognises_a_bicep_warning()
    {
        // Guards the guard: the line format the two tests above look for is the one bicep prints.
        using var dir = new TempDir();
        File.WriteAllText(dir["bad.bicep"], "param unused string\n");
        var r = Bicep("lint", dir["bad.bicep"]);
        Assert.Contains((r.Stdout + r.Stderr).Split('\n'), l => Diagnostic().IsMatch(l) && l.Contains("no-unused-params"));
    }

    [Fact]
    public void The_example_parameters_file_names_only_parameters_the_template_declares()
    {
        var declared = Template()["parameters"]!.AsObject().Select(p => p.Key).ToHashSet();
        var example = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot, "infra", "main.parameters.json")))!;
        var given = example["parameters"]!.AsObject().Select(p => p.Key).ToList();
        Assert.All(given, p => Assert.Contains(p, declared));
        Assert.DoesNotContain("botAppSecret", given);   // secrets are passed at deploy time, never committed
        Assert.Contains("botAppId", given);
    }

    [Fact]
    public void The_web_app_gets_no_secret_in_plain_text_only_a_key_vault_reference_and_a_table_endpoint()
    {
        var template = Template();
        var site = Resources(template).Single(r => r["type"]!.GetValue<string>() == "Microsoft.Web/sites");
        var settings = site["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => s!["name"]!.GetValue<string>(), s => s!["value"]!.GetValue<string>());

        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0})'", settings["MicrosoftAppPassword"]);
        Assert.Equal("AzureTables", settings["TaskBot__Storage__Provider"]);
        Assert.Contains("primaryEndpoints.table", settings["TaskBot__Storage__AzureTables__Endpoint"]);
        Assert.Equal("SingleTenant", settings["MicrosoftAppType"]);
        Assert.Contains("APPLICATIONINSIGHTS_CONNECTION_STRING", settings.Keys);
        Assert.DoesNotContain(settings.Keys, k => k.Contains("ConnectionString", StringComparison.OrdinalIgnoreCase) && k.StartsWith("TaskBot"));
        Assert.DoesNotContain(settings.Values, v => v.Contains("botAppSecret") || v.Contains("listKeys"));
    }
}
