using Microsoft.Extensions.Logging;

namespace TaskBot.Assignments;

/// <summary>Deletes expired previews at start and every hour, so unconfirmed previews do not pile up forever.</summary>
public sealed class PreviewExpiry(PreviewStore previews, TimeProvider time, ILogger<PreviewExpiry> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                var deleted = await previews.DeleteExpiredAsync(stoppingToken);
                if (deleted > 0) logger.LogInformation("Deleted {Count} expired previews", deleted);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not delete expired previews; trying again in {Interval}", Interval);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
