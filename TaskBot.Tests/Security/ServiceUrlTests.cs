using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TaskBot.Bot;
using TaskBot.Tests.EndToEnd;
using static TaskBot.Tests.EndToEnd.People;

namespace TaskBot.Tests.Security;

/// <summary>Issue 11, point 1: nobody redirects a person's messages, and the bot POSTs only to trusted hosts.</summary>
public sealed class ServiceUrlTests : IAsyncLifetime
{
    private BotUnderTest bot = null!;
    public async Task InitializeAsync() { bot = await BotUnderTest.StartAsync(); await Flow.InstallEveryoneAsync(bot); }
    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Theory]
    [InlineData("http://169.254.169.254/latest/")]
    [InlineData("https://attacker.example.com/")]
    [InlineData("http://10.0.0.5:8080/")]
    public async Task A_forged_message_with_a_foreign_service_url_is_refused_and_the_chiefs_next_card_still_reaches_him(string serviceUrl)
    {
        var before = await bot.Store.GetConversationReferenceAsync(ConversationReferences.PersonKey(FagaiChief.AadObjectId), default);
        var forged = bot.Activity(FagaiChief, "message");
        forged["text"] = "帮助";
        forged["serviceUrl"] = serviceUrl;
        var response = await bot.PostAsync(forged);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await bot.Store.GetConversationReferenceAsync(ConversationReferences.PersonKey(FagaiChief.AadObjectId), default));
        Assert.Contains(bot.Logs, l => l.StartsWith("Warning") && l.Contains("TrustedServiceUrlHosts"));

        // His next assignment card goes where his own client is.
        var preview = await Flow.PreviewAsync(bot);
        await Flow.ConfirmAsync(bot, preview);
        await Flow.CardForAsync(bot, FagaiChief, "【牵头】");
    }

    /// <summary>A reference stored before the allow-list (or the list narrowed since) is never sent to, and the card
    /// is recorded undeliverable at its first attempt instead of being retried for hours.</summary>
    [Fact]
    public async Task A_card_for_a_conversation_on_an_untrusted_host_is_given_up_at_once_and_nothing_is_posted_there()
    {
        var key = ConversationReferences.PersonKey(CaizhengChief.AadObjectId);
        var stored = JsonNode.Parse((await bot.Store.GetConversationReferenceAsync(key, default))!)!.AsObject();
        stored["serviceUrl"] = "https://attacker.example.com/";
        await bot.Store.SaveConversationReferenceAsync(key, stored.ToJsonString(), default);

        var (_, ids) = await Flow.ConfirmAsync(bot, await Flow.PreviewAsync(bot));
        var id = Assert.Single(ids);
        await Flow.CardForAsync(bot, FagaiChief, "【牵头】");
        OutboxIntentView? card = null;
        for (var i = 0; i < 100 && card?.State != TaskBot.Storage.OutboxState.Undeliverable; i++)
        {
            await Task.Delay(100);
            card = (await bot.Store.IntentsOfAsync(id.ToString(), default))
                .Where(x => x.Key.StartsWith($"assign/{id}/县财政局/")).Select(x => new OutboxIntentView(x.State, x.Attempts)).SingleOrDefault();
        }
        Assert.Equal(TaskBot.Storage.OutboxState.Undeliverable, card?.State);
        Assert.Equal(1, card!.Attempts);
        Assert.Contains(bot.Logs, l => l.Contains("not in TaskBot:TrustedServiceUrlHosts") && l.Contains(CaizhengChief.AadObjectId));
    }

    private sealed record OutboxIntentView(TaskBot.Storage.OutboxState State, int Attempts);

    [Fact]
    public void Only_trusted_hosts_are_sent_to_and_loopback_only_in_anonymous_mode()
    {
        var anonymous = Policy(new BotOptions());
        var authenticated = Policy(new BotOptions { MicrosoftAppId = "11111111-2222-3333-4444-555555555555" });
        Assert.True(authenticated.IsTrusted("https://smba.trafficmanager.net/amer/"));
        Assert.True(authenticated.IsTrusted("https://smba.trafficmanager.cn/"));
        Assert.False(authenticated.IsTrusted("http://smba.trafficmanager.net/amer/"));          // not https
        Assert.False(authenticated.IsTrusted("https://smba.trafficmanager.net.evil.com/"));
        Assert.False(authenticated.IsTrusted("http://127.0.0.1:56150/_connector"));
        Assert.False(authenticated.IsTrusted("http://169.254.169.254/"));
        Assert.True(anonymous.IsTrusted("http://127.0.0.1:56150/_connector"));
        Assert.True(anonymous.IsTrusted("http://[::1]:56150/"));
        Assert.False(anonymous.IsTrusted("http://169.254.169.254/"));
        var custom = Policy(new BotOptions { MicrosoftAppId = "11111111-2222-3333-4444-555555555555", TrustedServiceUrlHosts = ["*.example.org"] });
        Assert.True(custom.IsTrusted("https://teams.example.org/"));
        Assert.False(custom.IsTrusted("https://smba.trafficmanager.net/"));
    }

    [Fact]
    public void With_authentication_on_a_reference_is_stored_only_when_the_tokens_serviceurl_claim_names_the_activitys()
    {
        var policy = Policy(new BotOptions { MicrosoftAppId = "11111111-2222-3333-4444-555555555555" });
        var activity = "https://smba.trafficmanager.net/amer/";
        ClaimsIdentity Token(string serviceUrl) => new([new Claim("serviceurl", serviceUrl)], "Bearer");
        Assert.True(policy.MayStoreReference(activity, Token("https://smba.trafficmanager.net/amer")));
        Assert.False(policy.MayStoreReference(activity, Token("https://smba.trafficmanager.net/emea/")));
        Assert.False(policy.MayStoreReference(activity, new ClaimsIdentity()));                    // unauthenticated
        Assert.False(policy.MayStoreReference(activity, null));
    }

    private static ServiceUrlPolicy Policy(BotOptions options) => new(Options.Create(options));
}

/// <summary>Anonymous mode reachable from the network only when asked for, and then loudly.</summary>
public sealed class AnonymousNetworkModeTests : IAsyncLifetime
{
    private BotUnderTest bot = null!;
    public async Task InitializeAsync() => bot = await BotUnderTest.StartAsync(new Dictionary<string, string?>
    {
        ["urls"] = "http://0.0.0.0:0",
        ["TaskBot:AllowAnonymous"] = "true",
    });
    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task With_AllowAnonymous_the_start_log_and_healthz_warn_that_anyone_can_act_as_anyone()
    {
        var until = DateTime.UtcNow.AddSeconds(5);
        while (!bot.Logs.Any(l => l.Contains("匿名模式")) && DateTime.UtcNow < until) await Task.Delay(20);
        Assert.Contains(bot.Logs, l => l.StartsWith("Warning") && l.Contains("匿名模式") && l.Contains("WARNING"));
        using var http = new HttpClient { BaseAddress = new Uri(bot.Http.BaseAddress!.ToString().Replace("0.0.0.0", "127.0.0.1")) };
        var health = await http.GetFromJsonAsync<JsonObject>("/healthz");
        var warning = Assert.Single(health!["warnings"]!.AsArray());
        Assert.Contains("TaskBot:AllowAnonymous=true", warning!.GetValue<string>());
    }
}
