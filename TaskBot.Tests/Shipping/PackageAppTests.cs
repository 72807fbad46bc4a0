using System.IO.Compression;
using System.Text.Json.Nodes;
using TaskBot.Packaging;
using static TaskBot.Tests.Shipping.ShippingTools;

namespace TaskBot.Tests.Shipping;

/// <summary>`package-app`: the zip an administrator uploads to Teams, and what it refuses to build.</summary>
public class PackageAppTests
{
    static (int Exit, string Stdout, string Stderr) PackageApp(string[] args, Dictionary<string, string>? environment = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = PackageAppCommand.Run(["package-app", .. args], stdout, stderr,
            name => environment?.GetValueOrDefault(name));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    static Dictionary<string, byte[]> Entries(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return m.ToArray();
        });
    }

    [Fact]
    public void The_package_holds_the_filled_manifest_the_english_strings_and_both_icons_at_its_root()
    {
        RequireNode();
        using var dir = new TempDir();
        var (exit, stdout, stderr) = PackageApp(["--bot-id", BotId, "--host", Host, "--out", dir["appPackage.zip"]]);
        Assert.True(exit == 0, stderr);
        Assert.Contains("appPackage.zip", stdout);

        var entries = Entries(dir["appPackage.zip"]);
        Assert.Equal(["color.png", "en.json", "manifest.json", "outline.png"], entries.Keys.Order());
        var manifest = JsonNode.Parse(entries["manifest.json"])!;
        Assert.Equal(BotId, manifest["id"]!.GetValue<string>());
        Assert.Equal(BotId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(BotId, manifest["composeExtensions"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal([Host], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));

        // What is inside the zip, not only what went in, is valid.
        var unpacked = System.IO.Directory.CreateDirectory(dir["unpacked"]).FullName;
        ZipFile.ExtractToDirectory(dir["appPackage.zip"], unpacked);
        var (valid, report, _) = Run("node", [Validator, Path.Combine(unpacked, "manifest.json")], RepoRoot);
        Assert.True(valid == 0, report);

        var colour = Png.Read(entries["color.png"]);
        Assert.Equal((192, 192), (colour.Width, colour.Height));
        var outline = Png.Read(entries["outline.png"]);
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Equal(6, outline.ColourType);   // RGBA
        var alphas = Enumerable.Range(0, 32 * 32).Select(i => outline.Alpha(i % 32, i / 32)).ToList();
        Assert.Equal(0, outline.Alpha(0, 0));                    // the background is see-through
        Assert.Contains(alphas, a => a == 255);                  // the strokes are solid
        Assert.InRange(alphas.Count(a => a == 0), 32 * 32 / 2, 32 * 32 - 1);
    }

    [Fact]
    public void The_bot_id_and_host_may_come_from_the_environment_and_the_host_may_be_a_url()
    {
        RequireNode();
        using var dir = new TempDir();
        var (exit, _, stderr) = PackageApp(["--out", dir["app.zip"]],
            new() { ["TASKBOT_BOT_ID"] = BotId, ["TASKBOT_HOST"] = $"https://{Host}/" });
        Assert.True(exit == 0, stderr);
        var manifest = JsonNode.Parse(Entries(dir["app.zip"])["manifest.json"])!;
        Assert.Equal(BotId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(Host, manifest["validDomains"]![0]!.GetValue<string>());
        Assert.Equal($"https://{Host}/privacy", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
    }

    [Fact]
    public void A_bot_id_that_is_not_a_guid_is_refused_with_the_schema_errors_and_no_package()
    {
        RequireNode();
        using var dir = new TempDir();
        var (exit, _, stderr) = PackageApp(["--bot-id", "my-bot", "--host", Host, "--out", dir["appPackage.zip"]]);
        Assert.Equal(1, exit);
        Assert.Contains("the manifest failed validation against the official Teams schema; no package written", stderr);
        Assert.Contains("/bots/0/botId must match pattern", stderr);
        Assert.Contains("--bot-id must be the app registration's client id, a GUID (got \"my-bot\")", stderr);
        Assert.False(File.Exists(dir["appPackage.zip"]));
    }

    [Fact]
    public void A_manifest_that_breaks_the_schema_is_refused()
    {
        RequireNode();
        using var dir = new TempDir();
        var manifestDir = System.IO.Directory.CreateDirectory(dir["manifest"]).FullName;
        foreach (var f in System.IO.Directory.GetFiles(ManifestDir)) File.Copy(f, Path.Combine(manifestDir, Path.GetFileName(f)));
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(manifestDir, "manifest.json")))!;
        manifest["name"]!["short"] = "督办助手：领导批示、会议纪要任务的交办、签收、跟踪、提醒、延期与报结";   // over 30 characters
        File.WriteAllText(Path.Combine(manifestDir, "manifest.json"), manifest.ToJsonString());
        File.Delete(Path.Combine(manifestDir, "outline.png"));

        var (exit, _, stderr) = PackageApp(["--bot-id", BotId, "--host", Host, "--manifest-dir", manifestDir, "--out", dir["appPackage.zip"]]);
        Assert.Equal(1, exit);
        Assert.Contains("/name/short must NOT have more than 30 characters", stderr);
        Assert.Contains("icons.outline: outline.png is missing", stderr);
        Assert.False(File.Exists(dir["appPackage.zip"]));
    }

    [Fact]
    public void Without_a_bot_id_it_says_both_ways_to_give_one()
    {
        var (exit, _, stderr) = PackageApp(["--host", Host]);
        Assert.Equal(2, exit);
        Assert.Contains("pass --bot-id and --host, or set TASKBOT_BOT_ID and TASKBOT_HOST", stderr);
    }

    [Fact]
    public void The_executable_packages_the_app_from_the_repository()
    {
        RequireNode();
        using var dir = new TempDir();
        var dll = Path.Combine(AppContext.BaseDirectory, "TaskBot.dll");
        var (exit, stdout, stderr) = Run("dotnet", [dll, "package-app", "--bot-id", BotId, "--host", Host, "--out", dir["appPackage.zip"]], RepoRoot);
        Assert.True(exit == 0, $"exit {exit}: {stdout}{stderr}");
        Assert.Equal(4, Entries(dir["appPackage.zip"]).Count);
    }
}
