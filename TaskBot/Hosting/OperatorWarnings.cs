namespace TaskBot.Hosting;

/// <summary>
/// Something an operator must know about how this instance runs (anonymous mode on the network, a calendar year
/// without official data…): logged as a warning at start and listed under <c>warnings</c> on <c>/healthz</c>.
/// </summary>
public interface IOperatorWarning
{
    /// <summary>One line, Chinese and English; null when there is nothing to say.</summary>
    string? Text { get; }
}

/// <summary>Logs every operator warning once the host has started.</summary>
public sealed class OperatorWarningLog(IEnumerable<IOperatorWarning> warnings, IHostApplicationLifetime lifetime, ILogger<OperatorWarningLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var text in Current(warnings)) logger.LogWarning("{Warning}", text);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static IReadOnlyList<string> Current(IEnumerable<IOperatorWarning> warnings) =>
        warnings.Select(w => w.Text).OfType<string>().ToList();
}
