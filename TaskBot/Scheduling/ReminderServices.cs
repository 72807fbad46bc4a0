using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;
using TaskBot.Calendar;
using TaskBot.Delivery;
using TaskBot.Digest;
using TaskBot.Reminders;
using TaskBot.Storage;

namespace TaskBot.Scheduling;

public static class ReminderServices
{
    /// <summary>
    /// Reminders, the weekly digest and their Quartz clock. Call after <c>AddTaskBotStorage</c>: it wraps the store
    /// so every task created or changed is re-planned. Sends go through the <see cref="INudgeTransport"/> the bot
    /// registers; without one, sends fail and stay due (nothing is lost or marked sent).
    /// </summary>
    public static IServiceCollection AddTaskBotReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidator>();
        services.AddOptions<DigestOptions>().Bind(configuration.GetSection(DigestOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IWorkingDayCalendar>(_ => ChinaWorkingCalendar.Default);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ReminderOptions>>().Value);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DigestOptions>>().Value);
        services.AddSingleton(sp => SendingCalendar.From(sp.GetRequiredService<ReminderOptions>(), sp.GetRequiredService<IWorkingDayCalendar>()));
        services.AddSingleton<ReminderPolicy>();

        // The use cases that create or change tasks call the planner themselves (Dispatcher, TaskActionHandler).
        services.AddSingleton(sp => new ReminderPlanner(sp.GetRequiredService<IStore>(), sp.GetRequiredService<ReminderPolicy>(),
            sp.GetRequiredService<TimeProvider>()));

        services.AddTaskBotDelivery(configuration);
        services.AddSingleton<ReminderSweeper>();
        services.AddSingleton<DigestService>();
        services.AddSingleton(sp => DigestSchedule.From(sp.GetRequiredService<DigestOptions>(), sp.GetRequiredService<IWorkingDayCalendar>()));

        // Quartz properties (e.g. a clustered persistent store) come from the "Quartz" section as flat keys.
        services.Configure<QuartzOptions>(configuration.GetSection("Quartz"));
        var reminders = configuration.GetSection(ReminderOptions.Section).Get<ReminderOptions>() ?? new ReminderOptions();
        var digest = configuration.GetSection(DigestOptions.Section).Get<DigestOptions>() ?? new DigestOptions();
        if (!reminders.Enabled) return services;
        services.AddQuartz(q =>
        {
            q.AddJob<ReminderSweepJob>(j => j.WithIdentity(ReminderSweepJob.Key));
            q.AddTrigger(t => t.ForJob(ReminderSweepJob.Key).WithIdentity("reminder-sweep", "taskbot").StartNow()
                .WithSimpleSchedule(s => s.WithInterval(reminders.SweepInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            q.AddJob<OpenCallCloseJob>(j => j.WithIdentity(OpenCallCloseJob.Key));
            q.AddTrigger(t => t.ForJob(OpenCallCloseJob.Key).WithIdentity("open-call-close", "taskbot").StartNow()
                .WithSimpleSchedule(s => s.WithInterval(reminders.SweepInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            q.AddJob<WeeklyDigestJob>(j => j.WithIdentity(WeeklyDigestJob.Key));
            q.AddTrigger(t => t.ForJob(WeeklyDigestJob.Key).WithIdentity("weekly-digest", "taskbot")
                .WithCronSchedule(digest.Cron, c => c.InTimeZone(SendingCalendar.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            // After a restart: this week's digest if it was due and not yet sent (the claims make this harmless).
            q.AddTrigger(t => t.ForJob(WeeklyDigestJob.Key).WithIdentity("weekly-digest-startup", "taskbot").StartNow());
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHealthChecks().AddCheck<SchedulerHealthCheck>("scheduler");
        return services;
    }
}
