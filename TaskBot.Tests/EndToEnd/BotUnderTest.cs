using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TaskBot.Bot;
using TaskBot.Storage;

namespace TaskBot.Tests.EndToEnd;

/// <summary>A person of the test directory, with the Teams ids their client sends.</summary>
public sealed record TeamsUser(string Name, string AadObjectId, string Unit)
{
    public string TeamsId => $"29:{AadObjectId}";
    public string PersonalConversation => $"a:personal-{AadObjectId}";
}

public static class People
{
    public static readonly TeamsUser Leader = new("王建国", "aad-leader", "县政府办公室");
    public static readonly TeamsUser Office = new("赵敏", "aad-office", "县委督查室");
    public static readonly TeamsUser FagaiChief = new("周志强", "aad-fagai-chief", "县发改局");
    public static readonly TeamsUser CaizhengChief = new("冯国庆", "aad-caizheng-chief", "县财政局");
    public static readonly TeamsUser GongxinChief = new("郑海涛", "aad-gongxin-chief", "县工业和信息化局");
    public static readonly TeamsUser ShuiliChief = new("施洋", "aad-shuili-chief", "县水利局");
    public static readonly TeamsUser Stranger = new("路人", "aad-stranger", "");
    /// <summary>A leader who neither issues nor supervises the tests' tasks.</summary>
    public static readonly TeamsUser OtherLeader = new("钱立新", "aad-other-leader", "县人大常委会办公室");

    public const string DirectoryCsv = """
        unit,aliases,person,aad_object_id,role
        县政府办公室,县府办|政府办,王建国,aad-leader,leader
        县委督查室,督查室,赵敏,aad-office,office
        县人大常委会办公室,,钱立新,aad-other-leader,leader
        县发改局,县发展和改革局|发改局,周志强,aad-fagai-chief,chief
        县财政局,财政局,冯国庆,aad-caizheng-chief,chief
        县工业和信息化局,工信局|县工信局,郑海涛,aad-gongxin-chief,chief
        县水利局,水利局,施洋,aad-shuili-chief,chief
        城关镇,,严冬,aad-chengguan-chief,chief
        青山镇,,华明,aad-qingshan-liaison,liaison
        """;
}

/// <summary>
/// The real app (the same composition as <c>dotnet run</c>) on Kestrel at 127.0.0.1 and a free port, with its store
/// in a temp folder (SQLite) or on Azurite, the test directory, and a fake Bot Connector.
/// </summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    public const string Tenant = "tenant-county";
    private readonly string folder;
    public WebApplication App { get; }
    public FakeConnector Connector { get; }
    public HttpClient Http { get; }
    public ConcurrentQueue<string> Logs { get; }
    private int activitySeq;

    private BotUnderTest(string folder, WebApplication app, FakeConnector connector, ConcurrentQueue<string> logs)
    {
        (this.folder, App, Connector, Logs) = (folder, app, connector, logs);
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(url) };
    }

    public IStore Store => App.Services.GetRequiredService<IStore>();

    /// <param name="configure">More services for this app, e.g. an extra health check.</param>
    public static async Task<BotUnderTest> StartAsync(IDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("taskbot-e2e-").FullName;
        var csv = Path.Combine(folder, "directory.csv");
        await File.WriteAllTextAsync(csv, string.Join("\n", People.DirectoryCsv.Split('\n').Select(l => l.Trim())), Encoding.UTF8);
        var connector = await FakeConnector.StartAsync();
        var logs = new ConcurrentQueue<string>();
        var config = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["TaskBot:Storage:Provider"] = "Sqlite",
            ["TaskBot:Storage:Sqlite:Path"] = Path.Combine(folder, "taskbot.db"),
            ["TaskBot:Directory:SeedFile"] = csv,
            // Reminders run on the real clock: off unless a test turns them on, so no test depends on the hour it runs.
            ["TaskBot:Reminders:Enabled"] = "false",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) config[k] = v;
        var app = BotServices.CreateApp([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(config);
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(new RecordingLoggerProvider(logs));
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        return new BotUnderTest(folder, app, connector, logs);
    }

    /// <summary>An activity as Teams sends it, from <paramref name="user"/> in their personal chat unless told otherwise.</summary>
    public JsonObject Activity(TeamsUser user, string type, string? conversationId = null, string conversationType = "personal")
    {
        var id = $"{1_773_100_000_000 + Interlocked.Increment(ref activitySeq)}";
        return new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["timestamp"] = "2026-03-10T02:00:00.000Z",
            ["localTimestamp"] = "2026-03-10T10:00:00.000+08:00",
            ["serviceUrl"] = Connector.ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = user.TeamsId, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId },
            ["conversation"] = new JsonObject { ["conversationType"] = conversationType, ["tenantId"] = Tenant, ["id"] = conversationId ?? user.PersonalConversation },
            ["recipient"] = new JsonObject { ["id"] = "28:taskbot", ["name"] = "督办助手" },
            ["locale"] = "zh-CN",
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
        };
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity) =>
        Http.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

    /// <summary>The app installed in the person's personal chat: Teams sends installationUpdate.</summary>
    public async Task InstallAsync(TeamsUser user)
    {
        var a = Activity(user, "installationUpdate");
        a["action"] = "add";
        (await PostAsync(a)).EnsureSuccessStatusCode();
    }

    public async Task<HttpResponseMessage> SayAsync(TeamsUser user, string text)
    {
        var a = Activity(user, "message");
        a["text"] = text;
        a["textFormat"] = "plain";
        return await PostAsync(a);
    }

    /// <summary>Clicks an Action.Execute button: the invoke Teams sends, and the card the bot answers with.</summary>
    public async Task<(HttpResponseMessage Response, JsonObject? Card)> ClickAsync(TeamsUser user, JsonObject card, string verb,
        IDictionary<string, string>? inputs = null, string? replyToId = null)
    {
        var (_, data) = CardClient.Submit(card, verb, inputs);
        return await InvokeAsync(user, verb, data, replyToId);
    }

    public async Task<(HttpResponseMessage Response, JsonObject? Card)> InvokeAsync(TeamsUser user, string verb, JsonObject data, string? replyToId = null)
    {
        var a = Activity(user, "invoke");
        a["name"] = "adaptiveCard/action";
        a["replyToId"] = replyToId ?? "activity-0";
        a["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" };
        var response = await PostAsync(a);
        JsonObject? card = null;
        if (response.IsSuccessStatusCode && response.Content.Headers.ContentLength != 0)
        {
            var body = await response.Content.ReadFromJsonAsync<JsonObject>();
            card = body?["value"] as JsonObject;
        }
        return (response, card);
    }

    /// <summary>An invoke such as <c>composeExtension/fetchTask</c>, and the JSON body the bot answers with.</summary>
    public async Task<(HttpResponseMessage Response, JsonObject? Body)> InvokeNamedAsync(TeamsUser user, string name, JsonObject value,
        string? conversationId = null, string conversationType = "personal")
    {
        var a = Activity(user, "invoke", conversationId, conversationType);
        a["name"] = name;
        a["value"] = value;
        var response = await PostAsync(a);
        JsonObject? body = null;
        if (response.IsSuccessStatusCode && response.Content.Headers.ContentLength != 0)
            body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return (response, body);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await Connector.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(folder, true); } catch (IOException) { }
    }
}

public sealed class RecordingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(lines);
    public void Dispose() { }

    private sealed class Logger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel}: {formatter(state, exception)}{(exception is null ? "" : " " + exception.GetType().Name + ": " + exception.Message)}");
    }
}
