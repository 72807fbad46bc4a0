using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using TaskBot.Directory;

namespace TaskBot.Tests.Browser;

/// <summary>Issue 11, point 13: a pilot can play the leader, two chiefs and the 督查室 side by side in the Agents
/// Playground with the shipped configuration and script.</summary>
public sealed class PlaygroundPilotConfigTests
{
    private static string Folder => Path.Combine(BrowserTools.Root, "tools", "playground");

    [Theory]
    [InlineData("leader", "测试领导", PersonRole.Leader)]
    [InlineData("chief-fagai", "周志强", PersonRole.Chief)]
    [InlineData("chief-caizheng", "冯国庆", PersonRole.Chief)]
    [InlineData("office", "赵敏", PersonRole.Office)]
    public void Each_person_s_configuration_lists_exactly_five_other_users_all_from_the_demo_directory(string file, string name, PersonRole role)
    {
        var yml = File.ReadAllText(Path.Combine(Folder, $"{file}.m365agentsplayground.yml"));
        var directory = DirectoryCsv.Parse(File.ReadAllBytes(Path.Combine(BrowserTools.Root, "TaskBot", "Data", "directory.csv"))).Directory!;
        var current = Regex.Match(yml, @"currentUser:\n(?:  .*\n)*?  aadObjectId: (\S+)").Groups[1].Value;
        var me = directory.FindPerson(current);
        Assert.NotNull(me);
        Assert.Equal((name, role), (me!.Name, me.Role));

        var users = yml[yml.IndexOf("\nusers:", StringComparison.Ordinal)..yml.IndexOf("\npersonalChat:", StringComparison.Ordinal)];
        var others = Regex.Matches(users, @"aadObjectId: (\S+)").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(5, others.Count);                          // any other count: the Playground exits silently
        Assert.DoesNotContain(current, others);
        Assert.All(others, id => Assert.NotNull(directory.FindPerson(id)));
        Assert.Contains($"id: personal-chat-{file}", yml);      // a personal chat of one's own
    }
}

[Collection(BrowserCollection.Name)]
public sealed class PlaygroundPilotTests
{
    private static int FreePort()
    {
        var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        var port = ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    [BrowserFact]
    public void The_pilot_script_starts_the_bot_and_a_playground_per_person_and_every_playground_stays_up()
    {
        BrowserTools.Require();
        var psi = new ProcessStartInfo("bash", [Path.Combine(BrowserTools.Root, "scripts", "playground-pilot.sh"), "--check"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8,
        };
        psi.Environment["TASKBOT_SKIP_BUILD"] = "1";
        psi.Environment["TASKBOT_PORT"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        psi.Environment["PLAYGROUND_PORT"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(120_000), output);
        Assert.True(p.ExitCode == 0, output + stderr.Result);
        Assert.Contains("pilot: 4 playgrounds up", output);
        foreach (var who in new[] { "测试领导", "周志强", "冯国庆", "赵敏" }) Assert.Contains(who, output);
    }
}
