using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TaskBot.Storage;

namespace TaskBot.Hosting;

/// <summary>
/// <c>GET /healthz</c> (App Service's health check, see infra/main.bicep): 200 when every registered check is healthy,
/// 503 when one is not, with a JSON body naming each check. The list is ASP.NET Core's health checks, so any part of
/// the app adds its own with <c>services.AddHealthChecks().AddCheck&lt;T&gt;(name)</c> (the reminder scheduler
/// registers <c>scheduler</c>); this file only knows the store.
/// </summary>
public static class Health
{
    public const string Path = "/healthz";
    /// <summary>A probe longer than this says "unhealthy" rather than hold App Service's health request open.</summary>
    public static readonly TimeSpan StoreTimeout = TimeSpan.FromSeconds(3);

    public static IServiceCollection AddTaskBotHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", HealthStatus.Unhealthy, timeout: StoreTimeout);
        return services;
    }

    public static IEndpointConventionBuilder MapTaskBotHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteAsync });

    /// <summary>Status and description per check; no exception text, since the endpoint is public (the health check
    /// service logs failures with their exception).</summary>
    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            warnings = OperatorWarningLog.Current(http.RequestServices.GetServices<IOperatorWarning>()),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
            }),
        };
        return JsonSerializer.SerializeAsync(http.Response.Body, body, JsonOptions, http.RequestAborted);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

/// <summary>
/// The store answers a point read (a key that never exists) within <see cref="Health.StoreTimeout"/>: one indexed
/// lookup on SQLite, one entity GET on Azure Tables. The store is resolved here, not injected, so a store that cannot
/// even be built is reported as unhealthy instead of failing the health endpoint itself.
/// </summary>
public sealed class StoreHealthCheck(IServiceProvider services) : IHealthCheck
{
    public const string ProbeKey = "health:probe";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var store = services.GetRequiredService<IConversationStore>();
            await store.GetConversationReferenceAsync(ProbeKey, cancellationToken);
            return HealthCheckResult.Healthy("存储可用 / store reachable");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("存储不可用 / store unreachable", e);
        }
    }
}
