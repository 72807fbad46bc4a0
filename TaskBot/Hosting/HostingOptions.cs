using Microsoft.Extensions.Options;
using TaskBot.Observability;

namespace TaskBot.Hosting;

/// <summary>The service's own settings: how long shutdown waits, and where metrics go (the standard variables the
/// exporters read, checked here so a typo stops the start instead of silently exporting nothing).</summary>
public sealed class HostingOptions
{
    /// <summary><c>TaskBot:ShutdownTimeoutSeconds</c>: how long a stopping instance lets requests and sends in flight finish.</summary>
    public int ShutdownTimeoutSeconds { get; set; } = 30;
    public string? OtlpEndpoint { get; set; }
    public string? AppInsightsConnectionString { get; set; }

    public static HostingOptions Read(IConfiguration configuration) => new()
    {
        ShutdownTimeoutSeconds = configuration.GetValue("TaskBot:ShutdownTimeoutSeconds", 30),
        OtlpEndpoint = configuration[ObservabilityServices.OtlpEndpointKey],
        AppInsightsConnectionString = configuration[ObservabilityServices.AppInsightsKey],
    };
}

public sealed class HostingOptionsValidator : IValidateOptions<HostingOptions>
{
    public ValidateOptionsResult Validate(string? name, HostingOptions o)
    {
        var problems = new List<string>();
        if (o.ShutdownTimeoutSeconds is < 1 or > 600)
            problems.Add($"TaskBot:ShutdownTimeoutSeconds 应在 1 到 600 之间 / must be between 1 and 600 (is {o.ShutdownTimeoutSeconds})");
        if (!string.IsNullOrWhiteSpace(o.OtlpEndpoint) && !(Uri.TryCreate(o.OtlpEndpoint, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"))
            problems.Add($"{ObservabilityServices.OtlpEndpointKey} 不是有效的 http(s) 地址 / is not an http(s) URL");
        if (!string.IsNullOrWhiteSpace(o.AppInsightsConnectionString) && !o.AppInsightsConnectionString.Contains("InstrumentationKey=", StringComparison.OrdinalIgnoreCase))
            problems.Add($"{ObservabilityServices.AppInsightsKey} 缺少 InstrumentationKey / has no InstrumentationKey");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

public static class HostingServices
{
    /// <summary>Health checks, the shutdown timeout, the wait for sends in flight, and startup validation of these settings.</summary>
    public static IServiceCollection AddTaskBotHosting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HostingOptions>().Configure(o =>
        {
            var read = HostingOptions.Read(configuration);
            (o.ShutdownTimeoutSeconds, o.OtlpEndpoint, o.AppInsightsConnectionString) = (read.ShutdownTimeoutSeconds, read.OtlpEndpoint, read.AppInsightsConnectionString);
        }).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HostingOptions>, HostingOptionsValidator>();
        // Read leniently: the host reads its options while being built, before StartupCheck reports a bad value.
        services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(
            int.TryParse(configuration["TaskBot:ShutdownTimeoutSeconds"], out var s) ? Math.Clamp(s, 1, 600) : 30));
        services.AddSingleton<InFlightSends>();
        services.AddHostedService(sp => sp.GetRequiredService<InFlightSends>());
        services.AddTaskBotHealth();
        services.AddHostedService<OperatorWarningLog>();
        services.AddHostedService<StartupBanner>();
        return services;
    }
}
