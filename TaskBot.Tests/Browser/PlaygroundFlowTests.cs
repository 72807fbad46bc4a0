using System.Text.RegularExpressions;

namespace TaskBot.Tests.Browser;

/// <summary>
/// Issue 4's "real Teams-like client": tools/browser/playground-flow.mjs starts the built bot (TaskBot.dll, temp
/// SQLite store, demo directory) and the Microsoft 365 Agents Playground on 127.0.0.1, and drives a leader's
/// directive through it in headless Chromium: preview card, 确认交办, dispatched summary (and 帮助). Screenshots
/// are kept in artifacts/test/playground.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlaygroundFlowTests
{
    [BrowserFact]
    public async Task A_leader_s_directive_goes_from_preview_to_dispatched_in_the_Agents_Playground()
    {
        BrowserTools.Require();
        // The bot as built next to this test: TaskBot/bin/<Configuration>/<tfm>/TaskBot.dll.
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var bot = Path.Combine(BrowserTools.Root, "TaskBot", "bin", testBin.Parent!.Name, testBin.Name, "TaskBot.dll");
        Assert.True(File.Exists(bot), $"{bot} not built");
        var (code, output) = await BrowserTools.NodeAsync("playground-flow.mjs",
            ["--bot", bot, "--out", BrowserTools.Artifacts("playground")], TimeSpan.FromMinutes(3));
        var summary = Regex.Match(output, @"playground: (\d+) passed, (\d+) failed");
        Assert.True(code == 0 && summary.Success && summary.Groups[2].Value == "0" && int.Parse(summary.Groups[1].Value) >= 5, output);
    }
}
