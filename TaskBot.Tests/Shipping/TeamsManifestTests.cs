using System.Text.Json.Nodes;
using TaskBot.Packaging;
using static TaskBot.Tests.Shipping.ShippingTools;

namespace TaskBot.Tests.Shipping;

/// <summary>manifest/: what Teams shows and accepts, checked against the official schemas offline.</summary>
public class TeamsManifestTests
{
    static JsonNode Manifest => JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestDir, "manifest.json")))!;

    [Fact]
    public void The_repository_manifest_filled_in_passes_the_official_teams_schema_offline()
    {
        RequireNode();
        var files = AppPackage.Fill(ManifestDir, BotId, Host);
        var problems = AppPackage.Validate(files, Validator);
        Assert.True(problems.Count == 0, "manifest problems:\n" + string.Join("\n", problems));
        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json",
            Manifest["$schema"]!.GetValue<string>());
    }

    [Fact]
    public void The_unfilled_manifest_is_reported_for_its_placeholders()
    {
        RequireNode();
        var (exit, stdout, _) = Run("node", [Validator, Path.Combine(ManifestDir, "manifest.json")], RepoRoot);
        Assert.Equal(1, exit);
        Assert.Contains("/bots/0/botId must match pattern", stdout);
        Assert.Contains("unfilled placeholder(s) {{BOT_ID}}, {{BOT_DOMAIN}}", stdout);
    }

    [Fact]
    public void A_schema_address_the_package_does_not_bundle_is_refused_rather_than_downloaded()
    {
        RequireNode();
        using var dir = new TempDir();
        var manifest = JsonNode.Parse(AppPackage.Fill(ManifestDir, BotId, Host)["manifest.json"])!;
        manifest["$schema"] = "https://developer.microsoft.com/json-schemas/teams/v9.99/MicrosoftTeams.schema.json";
        File.WriteAllText(dir["manifest.json"], manifest.ToJsonString());
        var (exit, stdout, _) = Run("node", [Validator, dir["manifest.json"]], RepoRoot);
        Assert.Equal(1, exit);
        Assert.Contains("is not an official Teams schema address bundled with @microsoft/app-manifest", stdout);
    }

    [Fact]
    public void The_command_menu_offers_the_chinese_commands_in_personal_team_and_group_chats()
    {
        var bot = Manifest["bots"]![0]!;
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        var list = Assert.Single(bot["commandLists"]!.AsArray())!;
        Assert.Equal(["personal", "team", "groupChat"], list["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        var commands = list["commands"]!.AsArray().ToDictionary(c => c!["title"]!.GetValue<string>(), c => c!["description"]!.GetValue<string>());
        Assert.Equal(["我的任务", "本单位任务", "逾期任务", "任务", "周报", "导出台账", "帮助"], commands.Keys);
        // Task-division tables arrive as files in chat.
        Assert.True(bot["supportsFiles"]!.GetValue<bool>());
        Assert.StartsWith("任务 <编号>", commands["任务"]);
        Assert.All(commands.Values, d => Assert.InRange(d.Length, 4, 60));
    }

    [Fact]
    public void Turning_a_message_into_a_task_is_an_action_on_any_message_that_fetches_a_task_module()
    {
        var extension = Assert.Single(Manifest["composeExtensions"]!.AsArray())!;
        Assert.Equal(AppPackage.BotIdPlaceholder, extension["botId"]!.GetValue<string>());
        var command = Assert.Single(extension["commands"]!.AsArray())!;
        Assert.Equal("转为督办任务", command["title"]!.GetValue<string>());
        Assert.Equal("action", command["type"]!.GetValue<string>());
        Assert.Equal(["message"], command["context"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.True(command["fetchTask"]!.GetValue<bool>());
    }

    [Fact]
    public void Chinese_is_the_default_language_and_english_keeps_the_command_words_the_bot_understands()
    {
        var info = Manifest["localizationInfo"]!;
        Assert.Equal("zh-cn", info["defaultLanguageTag"]!.GetValue<string>());
        var english = Assert.Single(info["additionalLanguages"]!.AsArray())!;
        Assert.Equal("en", english["languageTag"]!.GetValue<string>());
        var strings = JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestDir, english["file"]!.GetValue<string>())))!.AsObject();
        Assert.Equal("TaskBot", strings["name.short"]!.GetValue<string>());
        // A command picked from the English menu is sent as its title: titles stay the Chinese words the router knows.
        Assert.DoesNotContain(strings, kv => kv.Key.StartsWith("bots[0].commandLists") && kv.Key.EndsWith(".title"));
        Assert.Equal(7, strings.Count(kv => kv.Key.StartsWith("bots[0].commandLists[0].commands[") && kv.Key.EndsWith(".description")));
    }

    [Fact]
    public void The_committed_icons_are_what_the_icon_script_draws()
    {
        RequireNode();
        using var dir = new TempDir();
        var (exit, _, stderr) = Run("node", [Path.Combine(ManifestDir, "make-icons.js"), dir.Path], RepoRoot);
        Assert.True(exit == 0, stderr);
        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            // Pixels, not bytes: another zlib may compress the same pixels differently.
            var drawn = Png.Read(File.ReadAllBytes(dir[icon]));
            var committed = Png.Read(File.ReadAllBytes(Path.Combine(ManifestDir, icon)));
            Assert.True((drawn.Width, drawn.Height, drawn.ColourType) == (committed.Width, committed.Height, committed.ColourType)
                && drawn.Pixels.SequenceEqual(committed.Pixels),
                $"manifest/{icon} differs from what manifest/make-icons.js draws: rerun `node manifest/make-icons.js` and commit");
        }
    }
}
