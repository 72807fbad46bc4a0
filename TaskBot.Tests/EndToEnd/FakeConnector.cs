using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TaskBot.Tests.EndToEnd;

/// <summary>One request the bot made to the Bot Connector.</summary>
public sealed record ConnectorCall(string Method, string ConversationId, string? ActivityId, JsonObject Body)
{
    /// <summary>When the connector received it.</summary>
    public DateTime At { get; init; } = DateTime.UtcNow;
    /// <summary>The id the connector answered with (the message's id, for a later update in place).</summary>
    public string? ReturnedId { get; init; }
    public string? Text => Body["text"]?.GetValue<string>();
    public JsonObject? Card => Body["attachments"] is JsonArray { Count: > 0 } a ? a[0]?["content"] as JsonObject : null;
    public string CardJson => Card?.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "";
}

/// <summary>
/// Stands in for the Bot Connector service (the activities' serviceUrl) on 127.0.0.1: records every activity the bot
/// posts or updates and answers at once with an id, as the real service does.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ConnectorCall> calls = new();
    private int next;

    private FakeConnector(WebApplication app) => this.app = app;
    public string ServiceUrl { get; private set; } = "";
    /// <summary>How long each answer takes, after the call is recorded: a slow connector, for sends in flight.</summary>
    public TimeSpan Delay { get; set; }
    /// <summary>The share of posts that fail, spread evenly over: 429 with Retry-After 1 s, 500, and a hang of
    /// <see cref="HangFor"/> (the bot's own timeout runs out). A failed post is not recorded: it did not arrive.</summary>
    public double FailureRate { get; set; }
    public TimeSpan HangFor { get; set; } = TimeSpan.FromSeconds(5);
    private int failures;
    /// <summary>Posts answered with a failure so far.</summary>
    public int Failures => failures;
    public IReadOnlyList<ConnectorCall> Calls => calls.ToArray();

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        connector.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return connector;
    }

    /// <summary>Files served at <see cref="FileUrl"/> (Teams' downloadUrl stand-in).</summary>
    public ConcurrentDictionary<string, byte[]> Files { get; } = new();
    /// <summary>What was PUT to <see cref="UploadUrl"/> (the consent's uploadUrl stand-in), with its Content-Range.</summary>
    public ConcurrentDictionary<string, (byte[] Body, string? ContentRange)> Uploads { get; } = new();
    public string FileUrl(string key) => $"{ServiceUrl}files/{Uri.EscapeDataString(key)}";
    public string UploadUrl(string key) => $"{ServiceUrl}upload/{Uri.EscapeDataString(key)}";

    private async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        if (path is ["files", var fileKey])
        {
            if (!Files.TryGetValue(fileKey, out var bytes)) { http.Response.StatusCode = 404; return; }
            http.Response.ContentType = "application/octet-stream";
            await http.Response.Body.WriteAsync(bytes);
            return;
        }
        if (path is ["upload", var uploadKey] && http.Request.Method == "PUT")
        {
            var upload = new MemoryStream();
            await http.Request.Body.CopyToAsync(upload);
            Uploads[uploadKey] = (upload.ToArray(), http.Request.Headers.ContentRange.ToString());
            http.Response.StatusCode = 201;
            return;
        }
        // /v3/conversations/{conversationId}/activities[/{activityId}]
        var parts = http.Request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        var body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject ?? [];
        if (FailureRate > 0 && http.Request.Method == "POST" && Random.Shared.NextDouble() < FailureRate)
        {
            Interlocked.Increment(ref failures);
            switch (Random.Shared.Next(3))
            {
                case 0:
                    http.Response.StatusCode = 429;
                    http.Response.Headers.RetryAfter = "1";
                    return;
                case 1:
                    http.Response.StatusCode = 500;
                    return;
                default:
                    try { await Task.Delay(HangFor, http.RequestAborted); } catch (OperationCanceledException) { }
                    http.Response.StatusCode = 504;
                    return;
            }
        }
        var id = $"activity-{Interlocked.Increment(ref next)}";
        if (parts is ["v3", "conversations", var conversation, "activities", ..])
            calls.Enqueue(new ConnectorCall(http.Request.Method, conversation, parts.Length > 4 ? parts[4] : null, body) { ReturnedId = id });
        if (Delay > TimeSpan.Zero) await Task.Delay(Delay);
        await http.Response.WriteAsJsonAsync(new { id });
    }

    /// <summary>Waits until a call matching <paramref name="match"/> arrives (posts are asynchronous to the turn for some flows).</summary>
    public async Task<ConnectorCall> WaitForAsync(Func<ConnectorCall, bool> match, string what, int afterIndex = 0)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < until)
        {
            var found = Calls.Skip(afterIndex).FirstOrDefault(match);
            if (found is not null) return found;
            await Task.Delay(20);
        }
        throw new Xunit.Sdk.XunitException($"The connector never received {what}. Calls: {string.Join(" | ", Calls.Select(c => $"{c.Method} {c.ConversationId}: {c.Text} {c.CardJson[..Math.Min(120, c.CardJson.Length)]}"))}");
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
