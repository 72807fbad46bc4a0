using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using TaskBot.Tests.EndToEnd;
using static TaskBot.Tests.EndToEnd.People;

namespace TaskBot.Tests.Bot;

/// <summary>What /api/messages does with bad, unauthenticated, foreign, oversized and shared-chat input.</summary>
public sealed class EndpointTests : IAsyncLifetime
{
    private BotUnderTest bot = null!;
    public async Task InitializeAsync() => bot = await BotUnderTest.StartAsync(new Dictionary<string, string?> { ["TaskBot:AllowedTenants"] = $"{BotUnderTest.Tenant},other-allowed" });
    public async Task DisposeAsync() => await bot.DisposeAsync();

    private Task<HttpResponseMessage> PostRawAsync(string body) =>
        bot.Http.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

    [Theory]
    [InlineData("{\"type\": \"message\", ")]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    [InlineData("")]
    [InlineData("{}")]
    public async Task Malformed_json_gets_400_not_500(string body)
    {
        var response = await PostRawAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("from")]
    [InlineData("conversation")]
    [InlineData("serviceUrl")]
    public async Task An_activity_without_from_conversation_or_service_url_gets_400(string missing)
    {
        var activity = bot.Activity(Leader, "message");
        activity["text"] = "帮助";
        activity.Remove(missing);
        var response = await bot.PostAsync(activity);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.Connector.Calls);
    }

    [Fact]
    public async Task Activities_from_a_tenant_not_allowed_are_ignored_with_a_log_line()
    {
        var activity = bot.Activity(Leader, "message");
        activity["text"] = Flow.Directive;
        activity["conversation"]!["tenantId"] = "tenant-elsewhere";
        activity["channelData"]!["tenant"]!["id"] = "tenant-elsewhere";
        var response = await bot.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(bot.Connector.Calls);
        Assert.Contains(bot.Logs, l => l.Contains("tenant-elsewhere") && l.Contains("AllowedTenants"));
    }

    [Fact]
    public async Task A_message_over_20000_characters_gets_a_chinese_request_for_a_shorter_one()
    {
        await bot.SayAsync(Leader, new string('请', 20_001));
        var reply = await bot.Connector.WaitForAsync(c => c.ConversationId == Leader.PersonalConversation, "the reply");
        Assert.Contains("超过了 20,000 字", reply.Text);
        Assert.Contains("较短", reply.Text);
    }

    [Fact]
    public async Task A_message_without_a_directive_gets_a_short_help_reply()
    {
        await bot.SayAsync(Leader, "大家辛苦了");
        var reply = await bot.Connector.WaitForAsync(c => c.ConversationId == Leader.PersonalConversation, "the reply");
        Assert.Contains("帮助", reply.Text);
        Assert.Equal("plain", reply.Body["textFormat"]?.GetValue<string>());
    }

    [Fact]
    public async Task A_chief_who_sends_a_directive_is_told_politely_only_leaders_may_issue_and_nothing_is_created()
    {
        await bot.SayAsync(CaizhengChief, Flow.Directive);
        var reply = await bot.Connector.WaitForAsync(c => c.ConversationId == CaizhengChief.PersonalConversation, "the reply");
        Assert.Contains("只有领导和督查室可以交办", reply.Text);
        Assert.Null(reply.Card);
        Assert.Empty(await bot.Store.ListOpenByUnitAsync("县发改局", default));
    }

    [Fact]
    public async Task In_a_group_chat_the_bot_answers_only_when_mentioned_and_reads_the_text_without_the_mention()
    {
        const string group = "19:group-chat@thread.v2";
        var plain = bot.Activity(Leader, "message", group, "groupChat");
        plain["text"] = "帮助";
        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(plain)).StatusCode);

        var mentioned = bot.Activity(Leader, "message", group, "groupChat");
        mentioned["text"] = "<at>督办助手</at> 我的任务";
        mentioned["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>督办助手</at>",
            ["mentioned"] = new JsonObject { ["id"] = "28:taskbot", ["name"] = "督办助手" },
        });
        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(mentioned)).StatusCode);
        var reply = await bot.Connector.WaitForAsync(c => c.ConversationId == group, "the reply in the group");
        Assert.Contains("我交办和督办的任务", reply.CardJson);   // 我的任务 was recognised once the mention was stripped
        Assert.Single(bot.Connector.Calls, c => c.ConversationId == group);
    }
}

/// <summary>With an app id configured, only requests with a valid Bot Framework token get through.</summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private BotUnderTest bot = null!;
    public async Task InitializeAsync() => bot = await BotUnderTest.StartAsync(new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["MicrosoftAppTenantId"] = "99999999-8888-7777-6666-555555555555",
    });
    public async Task DisposeAsync()
    {
        foreach (var l in bot.Logs.Where(l => l.StartsWith("Error") || l.StartsWith("Warning"))) Console.WriteLine(l);
        await bot.DisposeAsync();
    }

    private static string B64(string s) => B64(Encoding.UTF8.GetBytes(s));
    private static string B64(byte[] b) => Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Jwt(string alg, string issuer, byte[]? key)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var head = B64($"{{\"alg\":\"{alg}\",\"typ\":\"JWT\"}}");
        var body = B64($"{{\"iss\":\"{issuer}\",\"aud\":\"11111111-2222-3333-4444-555555555555\",\"serviceurl\":\"http://127.0.0.1/\",\"nbf\":{now - 60},\"exp\":{now + 3600}}}");
        var signature = key is null ? "" : B64(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{head}.{body}")));
        return $"{head}.{body}.{signature}";
    }

    private async Task<HttpStatusCode> PostWithAsync(string? authorization)
    {
        var activity = bot.Activity(Leader, "message");
        activity["text"] = "帮助";
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return (await bot.Http.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task A_request_without_a_token_gets_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithAsync(null));
        Assert.Empty(bot.Connector.Calls);
    }

    [Fact]
    public async Task An_unsigned_self_made_token_gets_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithAsync("Bearer " + Jwt("none", "https://api.botframework.com", null)));
        Assert.Empty(bot.Connector.Calls);
    }

    [Fact]
    public async Task A_token_signed_with_a_made_up_key_gets_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithAsync("Bearer " + Jwt("HS256", "https://api.botframework.com", RandomNumberGenerator.GetBytes(32))));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithAsync("Bearer " + RsaJwt("https://sts.example.com/not-bot-framework/")));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithAsync("Bearer not.a.jwt"));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithAsync("Basic dXNlcjpwYXNz"));
        Assert.Empty(bot.Connector.Calls);
    }

    /// <summary>RS256, like a real Bot Framework token, but signed with our own key.</summary>
    private static string RsaJwt(string issuer)
    {
        using var rsa = RSA.Create(2048);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var head = B64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"made-up\"}");
        var body = B64($"{{\"iss\":\"{issuer}\",\"aud\":\"11111111-2222-3333-4444-555555555555\",\"nbf\":{now - 60},\"exp\":{now + 3600}}}");
        var signature = B64(rsa.SignData(Encoding.ASCII.GetBytes($"{head}.{body}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        return $"{head}.{body}.{signature}";
    }
}

/// <summary>An exception in a turn: logged with a correlation id; the user gets a short Chinese apology with it.</summary>
public sealed class TurnErrorTests : IAsyncLifetime
{
    private BotUnderTest bot = null!;
    public async Task InitializeAsync() => bot = await BotUnderTest.StartAsync();
    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task A_failing_turn_apologises_in_chinese_with_a_correlation_id_and_no_stack_trace()
    {
        // Break the store under the running app: the next query throws inside the turn.
        var path = bot.App.Configuration["TaskBot:Storage:Sqlite:Path"]!;
        await using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "DROP TABLE task_units; DROP TABLE tasks;";
            await cmd.ExecuteNonQueryAsync();
        }
        var response = await bot.SayAsync(FagaiChief, "我的任务");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await bot.Connector.WaitForAsync(c => c.ConversationId == FagaiChief.PersonalConversation, "the apology");
        var match = System.Text.RegularExpressions.Regex.Match(reply.Text ?? "", "错误编号 ([0-9A-F]{8})");
        Assert.True(match.Success, reply.Text);
        Assert.DoesNotContain("Exception", reply.Text);
        Assert.DoesNotContain(" at ", reply.Text);
        Assert.Contains(bot.Logs, l => l.StartsWith("Error") && l.Contains(match.Groups[1].Value));
    }
}
