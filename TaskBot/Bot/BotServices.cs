using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;
using TaskBot.Assignments;
using TaskBot.Delivery;
using TaskBot.Scheduling;
using TaskBot.Hosting;
using TaskBot.Observability;
using TaskBot.Storage;

namespace TaskBot.Bot;

public static class BotServices
{
    /// <summary>The Agents Playground's convention; used when no URL is configured (urls, http_ports, --urls).</summary>
    public const string DefaultUrl = "http://127.0.0.1:3978";

    /// <summary>
    /// The bot on the Bot Framework SDK: <see cref="ConfigurationBotFrameworkAuthentication"/> reads the standard keys
    /// (MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId; no app id means anonymous, for
    /// local use), wrapped to cache connector clients.
    /// </summary>
    public static IServiceCollection AddTaskBotBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTaskBotAssignments(configuration);
        services.AddOptions<BotOptions>().Configure(o => o.Read(configuration)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddSingleton<IOperatorWarning, AnonymousModeWarning>();
        services.AddSingleton<BotFrameworkAuthentication>(sp => new CachingBotFrameworkAuthentication(
            new ConfigurationBotFrameworkAuthentication(configuration, logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
            sp.GetRequiredService<ServiceUrlPolicy>()));
        services.AddSingleton<TaskBotAdapter>();
        services.AddSingleton<ConversationReferences>();
        services.AddSingleton<TenantFilter>();
        services.AddSingleton<INudgeTransport, TeamsNudgeTransport>();
        services.AddSingleton<IBot, TaskBotActivityHandler>();
        return services;
    }

    public static IEndpointConventionBuilder MapTaskBot(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/messages", (HttpContext http, TaskBotAdapter adapter, IBot bot) => adapter.HandleAsync(http, bot));

    /// <summary>The whole app as <c>dotnet run</c> starts it: logs and metrics, health, storage, the bot,
    /// <c>POST /api/messages</c> and <c>GET /healthz</c>. <paramref name="configure"/> lets tests add their settings
    /// and services before the services are built.</summary>
    public static WebApplication CreateApp(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        DefaultLogLevels.AddTo(builder.Configuration);
        configure?.Invoke(builder);
        builder.UseDefaultUrl();
        builder.AddTaskBotObservability();
        builder.Services.AddTaskBotHosting(builder.Configuration);
        builder.Services.AddTaskBotStorage(builder.Configuration);
        builder.Services.AddTaskBotBot(builder.Configuration);
        builder.Services.AddTaskBotDelivery(builder.Configuration);
        builder.Services.AddTaskBotReminders(builder.Configuration);
        var app = builder.Build();
        app.MapGet("/", () => "TaskBot");
        app.MapTaskBotHealth();
        app.MapTaskBot();
        return app;
    }

    /// <summary>Listens on <see cref="DefaultUrl"/> unless the host was told where to listen.</summary>
    public static void UseDefaultUrl(this WebApplicationBuilder builder)
    {
        var c = builder.Configuration;
        if (string.IsNullOrEmpty(c["urls"]) && string.IsNullOrEmpty(c["http_ports"]) && string.IsNullOrEmpty(c["https_ports"]))
            builder.WebHost.UseUrls(DefaultUrl);
    }
}
