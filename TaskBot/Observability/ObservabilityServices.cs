using System.Text.Encodings.Web;
using System.Text.Json;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace TaskBot.Observability;

/// <summary>
/// Logs and metrics. Logs: Microsoft.Extensions.Logging message templates, a scope per turn (see TaskBotAdapter);
/// <c>Logging:Console:FormatterName=json</c> writes one JSON object per line with the scopes and Chinese unescaped.
/// Metrics (<see cref="TaskBotMetrics"/>) go through OpenTelemetry to whichever exporters are configured:
/// <list type="bullet">
/// <item>OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the exporter reads the standard OTEL_* variables);</item>
/// <item>Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set (infra/main.bicep sets it);</item>
/// <item>the console when <c>TaskBot:Metrics:Console=true</c> (for a look during development).</item>
/// </list>
/// None set: the instruments still exist (a MeterListener or dotnet-counters sees them), nothing is exported.
/// </summary>
public static class ObservabilityServices
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string AppInsightsKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string ConsoleMetricsKey = "TaskBot:Metrics:Console";

    public static WebApplicationBuilder AddTaskBotObservability(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.Configure<JsonConsoleFormatterOptions>(o =>
        {
            // Defaults for the JSON formatter that configuration (Logging:Console:FormatterOptions:…) may still change.
            o.IncludeScopes = configuration.GetValue("Logging:Console:FormatterOptions:IncludeScopes", true);
            o.UseUtcTimestamp = configuration.GetValue("Logging:Console:FormatterOptions:UseUtcTimestamp", true);
            o.TimestampFormat = configuration["Logging:Console:FormatterOptions:TimestampFormat"] ?? "yyyy-MM-ddTHH:mm:ss.fffZ";
            // Unit and people names stay readable in the log line instead of \uXXXX escapes.
            o.JsonWriterOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        });

        builder.Services.AddSingleton<TaskBotMetrics>();
        var otlp = configuration[OtlpEndpointKey];
        var appInsights = configuration[AppInsightsKey];
        var console = configuration.GetValue(ConsoleMetricsKey, false);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("taskbot"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(TaskBotMetrics.MeterName);
                // ASP.NET Core's and HttpClient's own meters: request rates and the Bot Connector calls.
                metrics.AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http");
                if (!string.IsNullOrWhiteSpace(otlp)) metrics.AddOtlpExporter();
                if (!string.IsNullOrWhiteSpace(appInsights)) metrics.AddAzureMonitorMetricExporter(o => o.ConnectionString = appInsights);
                if (console) metrics.AddConsoleExporter();
            });
        return builder;
    }
}
