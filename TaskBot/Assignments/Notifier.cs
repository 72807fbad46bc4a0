using Microsoft.Extensions.Logging;
using TaskBot.Directory;

namespace TaskBot.Assignments;

/// <summary>Sends to people, units and the 督查室 through <see cref="IMessenger"/>, and says who could not be reached.</summary>
public sealed class Notifier(IMessenger messenger, ILogger<Notifier> logger)
{
    public async Task<bool> ToPersonAsync(string aadObjectId, OutboundMessage message, CancellationToken cancellationToken)
    {
        var outcome = await messenger.SendToPersonAsync(aadObjectId, message, cancellationToken);
        if (outcome != SendOutcome.Sent)
            logger.LogInformation("Could not reach {AadObjectId}: {Outcome}", aadObjectId, outcome);
        return outcome == SendOutcome.Sent;
    }

    /// <summary>Sends to every chief and liaison of the unit; true when at least one of them got it.</summary>
    public async Task<bool> ToUnitAsync(UnitDirectory directory, string unit, Func<Person, OutboundMessage> message, CancellationToken cancellationToken)
    {
        var sent = await Task.WhenAll(directory.ContactsOf(unit).Select(p => ToPersonAsync(p.AadObjectId, message(p), cancellationToken)));
        return sent.Any(s => s);
    }

    /// <summary>To the issuing leader; when they cannot be reached, to everyone in the 督查室 instead.</summary>
    public async Task<bool> ToLeaderOrOfficeAsync(UnitDirectory directory, string leaderAadObjectId, Func<Person, OutboundMessage> message, CancellationToken cancellationToken)
    {
        if (directory.FindPerson(leaderAadObjectId) is { } leader && await ToPersonAsync(leader.AadObjectId, message(leader), cancellationToken))
            return true;
        var sent = await Task.WhenAll(directory.WithRole(PersonRole.Office)
            .Where(p => p.AadObjectId != leaderAadObjectId)
            .Select(p => ToPersonAsync(p.AadObjectId, message(p), cancellationToken)));
        return sent.Any(s => s);
    }
}
