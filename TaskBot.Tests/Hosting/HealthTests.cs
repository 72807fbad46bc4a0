using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TaskBot.Hosting;
using TaskBot.Storage;
using TaskBot.Tests.EndToEnd;

namespace TaskBot.Tests.Hosting;

/// <summary>GET /healthz: 200 with details when the store answers and every registered check passes, 503 otherwise.</summary>
public sealed class HealthTests
{
    private static async Task<(HttpStatusCode Status, JsonObject Body)> HealthAsync(BotUnderTest bot)
    {
        var response = await bot.Http.GetAsync(Health.Path);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    [Fact]
    public async Task A_reachable_store_answers_200_with_each_check_named()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var (status, body) = await HealthAsync(bot);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
        Assert.Equal("Healthy", body["checks"]!["store"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unreachable_store_answers_503_within_the_probe_timeout()
    {
        // Azure Tables on a loopback port nobody listens on; no seed file, so startup does not touch the store.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var bot = await BotUnderTest.StartAsync(new Dictionary<string, string?>
        {
            ["TaskBot:Storage:Provider"] = "AzureTables",
            ["TaskBot:Storage:AzureTables:ConnectionString"] =
                $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;",
            ["TaskBot:Directory:SeedFile"] = "",
        });
        var started = DateTime.UtcNow;
        var (status, body) = await HealthAsync(bot);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body["checks"]!["store"]!["status"]!.GetValue<string>());
        Assert.True(DateTime.UtcNow - started < Health.StoreTimeout + TimeSpan.FromSeconds(5), "the probe is bounded by its timeout");
    }

    [Fact]
    public async Task A_check_another_part_registers_is_reported_and_its_failure_answers_503()
    {
        // What the reminder scheduler does: one more check through DI, no change here.
        await using var bot = await BotUnderTest.StartAsync(configure: b =>
            b.Services.AddHealthChecks().AddCheck("scheduler", () => HealthCheckResult.Unhealthy("调度器未运行 / scheduler not running")));
        var (status, body) = await HealthAsync(bot);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Healthy", body["checks"]!["store"]!["status"]!.GetValue<string>());
        Assert.Equal("Unhealthy", body["checks"]!["scheduler"]!["status"]!.GetValue<string>());
        Assert.Contains("scheduler not running", body["checks"]!["scheduler"]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_store_that_throws_is_unhealthy_without_its_exception_in_the_description()
    {
        var services = new ServiceCollection().AddSingleton<IConversationStore, ThrowingStore>().BuildServiceProvider();
        var result = await new StoreHealthCheck(services).CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);
        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.IsType<IOException>(result.Exception);
        Assert.DoesNotContain("disk on fire", result.Description);
    }

    [Fact]
    public async Task A_store_that_cannot_even_be_built_is_unhealthy_rather_than_an_error()
    {
        var services = new ServiceCollection().AddSingleton<IConversationStore>(_ => throw new IOException("cannot create folder")).BuildServiceProvider();
        var result = await new StoreHealthCheck(services).CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);
        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    private sealed class ThrowingStore : IConversationStore
    {
        public Task SaveConversationReferenceAsync(string key, string json, CancellationToken cancellationToken) => throw new IOException("disk on fire");
        public Task<string?> GetConversationReferenceAsync(string key, CancellationToken cancellationToken) => throw new IOException("disk on fire");
    }
}
