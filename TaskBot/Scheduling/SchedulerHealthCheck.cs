using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace TaskBot.Scheduling;

/// <summary>/healthz: reminders only go out while the Quartz scheduler runs; a stopped one is an unhealthy instance.</summary>
public sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = await (await schedulers.GetScheduler(cancellationToken)).GetStatus(cancellationToken);
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy("调度器运行中 / scheduler running")
            : HealthCheckResult.Unhealthy("调度器未运行 / scheduler not running");
    }
}
