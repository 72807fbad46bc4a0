using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace TaskBot.Tests.EndToEnd;

/// <summary>
/// The real executable (<c>dotnet TaskBot.dll</c>) as a separate process on 127.0.0.1 and a free port, talked to
/// over HTTP as Teams would, with its output in a log file. <see cref="Kill"/> is SIGKILL: no shutdown code runs.
/// </summary>
public sealed class ProcessUnderTest : IDisposable
{
    private static int activitySeq;
    private readonly Process process;
    public HttpClient Http { get; }
    public string LogPath { get; }
    public string ServiceUrl { get; }

    private ProcessUnderTest(Process process, HttpClient http, string logPath, string serviceUrl) =>
        (this.process, Http, LogPath, ServiceUrl) = (process, http, logPath, serviceUrl);

    public static async Task<ProcessUnderTest> StartAsync(string logPath, string serviceUrl, IDictionary<string, string> settings)
    {
        var port = FreePort();
        var psi = new ProcessStartInfo("bash", ["-c",
            $"exec dotnet \"{Path.Combine(AppContext.BaseDirectory, "TaskBot.dll")}\" --urls http://127.0.0.1:{port} >> \"{logPath}\" 2>&1"])
        {
            WorkingDirectory = Path.GetTempPath(),
        };
        psi.Environment["TaskBot__Reminders__Enabled"] = "false";
        psi.Environment["Logging__LogLevel__Default"] = "Information";
        foreach (var (k, v) in settings) psi.Environment[k] = v;
        var process = Process.Start(psi)!;
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        var sw = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await http.GetAsync("/healthz")).StatusCode is HttpStatusCode.OK) break;
            }
            catch (HttpRequestException) { }
            if (process.HasExited || sw.Elapsed > TimeSpan.FromSeconds(60))
                throw new Xunit.Sdk.XunitException("TaskBot did not start; its log:\n" + Tail(logPath));
            await Task.Delay(100);
        }
        return new ProcessUnderTest(process, http, logPath, serviceUrl);
    }

    /// <summary>SIGKILL: the process ends at once, mid-send if it was sending.</summary>
    public void Kill()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public JsonObject Activity(TeamsUser user, string type) => new()
    {
        ["type"] = type,
        ["id"] = $"{1_774_000_000_000 + Interlocked.Increment(ref activitySeq)}",
        ["timestamp"] = "2026-12-02T02:00:00.000Z",
        ["localTimestamp"] = "2026-12-02T10:00:00.000+08:00",
        ["serviceUrl"] = ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = user.TeamsId, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = BotUnderTest.Tenant, ["id"] = user.PersonalConversation },
        ["recipient"] = new JsonObject { ["id"] = "28:taskbot", ["name"] = "督办助手" },
        ["locale"] = "zh-CN",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = BotUnderTest.Tenant } },
    };

    public Task<HttpResponseMessage> PostAsync(JsonObject activity) =>
        Http.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

    public async Task InstallAsync(TeamsUser user)
    {
        var a = Activity(user, "installationUpdate");
        a["action"] = "add";
        (await PostAsync(a)).EnsureSuccessStatusCode();
    }

    public async Task SayAsync(TeamsUser user, string text)
    {
        var a = Activity(user, "message");
        a["text"] = text;
        a["textFormat"] = "plain";
        (await PostAsync(a)).EnsureSuccessStatusCode();
    }

    /// <summary>Clicks a card button (Action.Execute) on the message <paramref name="messageId"/>; returns the card the bot answered with.</summary>
    public async Task<JsonObject?> ClickAsync(TeamsUser user, JsonObject card, string verb, string messageId)
    {
        var (_, data) = CardClient.Submit(card, verb);
        var a = Activity(user, "invoke");
        a["name"] = "adaptiveCard/action";
        a["replyToId"] = messageId;
        a["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" };
        var response = await PostAsync(a);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body?["value"] as JsonObject;
    }

    public static string Tail(string path, int lines = 40) =>
        File.Exists(path) ? string.Join("\n", File.ReadLines(path).TakeLast(lines)) : "(no log)";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Kill();
        Http.Dispose();
        process.Dispose();
    }
}
