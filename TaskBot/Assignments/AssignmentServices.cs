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
        services.AddOptions<DirectiveOptions>().Bind(configuration.GetSection(DirectiveOptions.Section))
            .Validate(o => o.DefaultDeadlineDays is > 0 and <= 366, "TaskBot:Directives:DefaultDeadlineDays 应在 1 到 366 之间 / must be between 1 and 366")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IWorkingDayCalendar>(_ => ChinaWorkingCalendar.Default);
        services.AddSingleton(_ => DirectiveLexicon.Load(DirectiveLexicon.DefaultPath));
        services.AddSingleton<DirectiveParserSource>();
        services.AddSingleton(sp => new PreviewBuilder(sp.GetRequiredService<IWorkingDayCalendar>(), sp.GetRequiredService<IOptions<DirectiveOptions>>().Value));
        services.AddSingleton<PreviewStore>();
        services.AddSingleton<DirectoryCache>();
        services.AddSingleton<Notifier>();
        services.AddSingleton<DispatchStatus>();
        services.AddSingleton<Delivery.IIntentRenderer>(sp => sp.GetRequiredService<DispatchStatus>());
        foreach (var kind in new[] { "assign", "refresh" })
            services.AddSingleton<Delivery.IIntentRenderer>(sp => ActivatorUtilities.CreateInstance<TaskCardRenderer>(sp, kind));
        services.AddSingleton<RefusalLog>();
        services.AddSingleton<Dispatcher>();
        services.AddSingleton<TaskActionHandler>();
        services.AddSingleton<ChatService>();
        return services;
    }
}
