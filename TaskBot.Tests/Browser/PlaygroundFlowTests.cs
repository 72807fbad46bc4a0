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
        var (code, passed, failed, output) = await BrowserTools.PlaygroundAsync("playground-flow.mjs", "playground", TimeSpan.FromMinutes(3));
        Assert.True(code == 0 && failed == 0 && passed >= 5, output);
    }
}
