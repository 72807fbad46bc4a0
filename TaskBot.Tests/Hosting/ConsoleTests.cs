using System.Diagnostics;
using TaskBot.Tests.EndToEnd;
using static TaskBot.Tests.EndToEnd.People;

namespace TaskBot.Tests.Hosting;

/// <summary>Issue 11, point 12: a start prints one block that says what matters; requests do not bury it.</summary>
public sealed class ConsoleTests
{
    private static async Task<bool> LoggedAsync(BotUnderTest bot, Func<string, bool> match)
    {
        var until = DateTime.UtcNow.AddSeconds(5);
        while (DateTime.UtcNow < until)
        {
            if (bot.Logs.Any(match)) return true;
            await Task.Delay(20);
        }
        return false;
    }

    [Fact]
    public async Task The_start_prints_one_block_with_the_url_the_store_file_the_directory_and_the_authentication()
    {
        await using var bot = await BotUnderTest.StartAsync();
        Assert.True(await LoggedAsync(bot, l => l.Contains("TaskBot 已启动")), string.Join("\n", bot.Logs));
        var block = bot.Logs.Single(l => l.Contains("TaskBot 已启动"));
        Assert.Contains(bot.Http.BaseAddress!.ToString().TrimEnd('/') + "/api/messages", block);
        Assert.Matches(@"SQLite /\S+taskbot\.db", block);                     // an absolute path
        Assert.Contains("directory.csv", block);
        Assert.Matches(@"库中 \d+ 个单位、9 人", block);
        Assert.Contains("身份验证 / auth:       关闭", block);
    }

    [Fact]
    public async Task Requests_log_nothing_at_information_by_default_and_Logging_LogLevel_brings_them_back()
    {
        await using (var quiet = await BotUnderTest.StartAsync())
        {
            await quiet.SayAsync(Leader, "帮助");
            await Task.Delay(200);
            Assert.DoesNotContain(quiet.Logs, l => l.Contains("Request starting") || l.Contains("Executing endpoint"));
        }
        await using var loud = await BotUnderTest.StartAsync(new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information" });
        await loud.SayAsync(Leader, "帮助");
        Assert.True(await LoggedAsync(loud, l => l.Contains("Request starting")));
    }

    [Fact]
    public void Running_the_playground_modifies_no_tracked_file_its_devtools_log_is_ignored()
    {
        var root = TaskBot.Tests.Browser.BrowserTools.Root;
        string Git(params string[] args)
        {
            var psi = new ProcessStartInfo("git", ["-C", root, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var p = Process.Start(psi)!;
            var output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return output.Trim();
        }
        Assert.Equal("", Git("ls-files", "--", "tools/browser/devTools", "tools/playground/*/devTools"));
        Assert.Equal("tools/browser/devTools/m365agentsplayground.log", Git("check-ignore", "tools/browser/devTools/m365agentsplayground.log"));
    }
}
