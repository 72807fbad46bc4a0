namespace TaskBot.Tests.Browser;

/// <summary>
/// Issue 13 in the Agents Playground: tools/browser/playground-opencall.mjs starts the built bot (temp SQLite store,
/// the demo directory, sign-up closing 55 s after start, or the next day when that is too near midnight, sweep every second, all hours) and the playground, and in
/// headless Chromium the playground's one user, 测试领导, publishes a call open to anyone, applies to it, gets the
/// choice card when sign-up closes and picks 挂帅, which creates a task. Screenshots in artifacts/test/playground-opencall.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlaygroundOpenCallTests
{
    [BrowserFact]
    public async Task A_call_goes_from_preview_to_a_task_for_the_winner_in_the_Agents_Playground()
    {
        BrowserTools.Require();
        var (code, passed, failed, output) = await BrowserTools.PlaygroundAsync("playground-opencall.mjs", "playground-opencall", TimeSpan.FromMinutes(5));
        Assert.True(code == 0 && failed == 0 && passed >= 8, output);
        Assert.Contains("created 督办任务 DB-", output);
    }
}
