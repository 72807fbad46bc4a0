using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TaskBot.Calendar;
using TaskBot.Directives;

namespace TaskBot.Assignments;

public static class AssignmentServices
{
    /// <summary>The use cases: previews, dispatch, card actions, queries. Needs the storage and delivery services.</summary>
    public static IServiceCollection AddTaskBotAssignments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectiveOptions>().Bind(configuration.GetSection(DirectiveOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectiveOptions>, DirectiveOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        // With a logger: a year without official data is logged once as a provisional calendar.
        services.AddSingleton<IWorkingDayCalendar>(sp => ChinaWorkingCalendar.Load(Path.Combine(AppContext.BaseDirectory, "Data", "holidays.json"),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<ChinaWorkingCalendar>()));
        services.AddSingleton(_ => DirectiveLexicon.Load(DirectiveLexicon.DefaultPath));
        services.AddSingleton<DirectiveParserSource>();
        services.AddSingleton(sp => new PreviewBuilder(sp.GetRequiredService<IWorkingDayCalendar>(), sp.GetRequiredService<IOptions<DirectiveOptions>>().Value));
        services.AddSingleton<PreviewStore>();
        services.AddHostedService<PreviewExpiry>();
        services.AddSingleton<DirectiveRateLimit>();
        services.AddSingleton<DirectoryCache>();
        services.AddSingleton<Notifier>();
        services.AddSingleton<DispatchStatus>();
        services.AddSingleton<Delivery.IIntentRenderer>(sp => sp.GetRequiredService<DispatchStatus>());
        foreach (var kind in new[] { "assign", "refresh" })
            services.AddSingleton<Delivery.IIntentRenderer>(sp => ActivatorUtilities.CreateInstance<TaskCardRenderer>(sp, kind));
        services.AddSingleton<RefusalLog>();
        services.AddSingleton<Dispatcher>();
        services.AddSingleton<PreviewActionGuard>();
        services.AddSingleton<PreviewPager>();
        services.AddSingleton<TaskActionHandler>();
        services.AddSingleton<ChatService>();
        services.AddOptions<OpenCalls.OpenCallOptions>().Bind(configuration.GetSection(OpenCalls.OpenCallOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OpenCalls.OpenCallOptions>, OpenCalls.OpenCallOptionsValidator>();
        services.AddSingleton<OpenCalls.OpenCallService>();
        foreach (var kind in new[] { "callboard", "callboardupd" })
            services.AddSingleton<Delivery.IIntentRenderer>(sp => ActivatorUtilities.CreateInstance<OpenCalls.CallBoardRenderer>(sp, kind));
        // Task-division tables sent as files, and the 台账 exported as one.
        services.AddOptions<Import.FilesOptions>().Bind(configuration.GetSection(Import.FilesOptions.Section))
            // A list given as one value ("127.0.0.1", "a.com,b.cn") or as :0, :1… replaces the defaults (the binder would append to them).
            .PostConfigure(o =>
            {
                var hosts = configuration.GetSection($"{Import.FilesOptions.Section}:AllowedHosts");
                var given = hosts.GetChildren().Select(c => c.Value).Append(hosts.Value)
                    .SelectMany(v => (v ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
                if (given.Length > 0) o.AllowedHosts = given;
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<Import.FilesOptions>, Import.FilesOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<Import.FilesOptions>>().Value);
        services.AddHttpClient(Import.FileTransfer.HttpClientName).ConfigurePrimaryHttpMessageHandler(Import.FileTransfer.Handler);
        services.AddSingleton(sp => new Import.FileTransfer(sp.GetRequiredService<IHttpClientFactory>().CreateClient(Import.FileTransfer.HttpClientName),
            sp.GetRequiredService<Import.FilesOptions>()));
        services.AddSingleton<TableImport>();
        services.AddSingleton<LedgerExport>();
        return services;
    }
}
