using Quartz;
using TaskBot.Assignments.OpenCalls;

namespace TaskBot.Scheduling;

/// <summary>
/// Closes open calls whose sign-up has closed, on the reminder sweep's interval: each close records one choice card
/// for the publishing leader, due at the next sending time of the working-day calendar (quiet hours as for
/// reminders). Quartz only provides the clock; the store's version check makes a second run or instance harmless.
/// </summary>
[DisallowConcurrentExecution]
public sealed class OpenCallCloseJob(OpenCallService calls) : IJob
{
    public static readonly JobKey Key = new("open-call-close", "taskbot");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await calls.CloseDueAsync(cancellationToken);
}
