using TaskBot.Directory;

namespace TaskBot.Tasks;

/// <summary>
/// A request to change a task, made by a person from the directory (so their role and unit come from the server,
/// never from card data). <see cref="ExpectedVersion"/>, when set, is the version the person saw: if the task has
/// moved on, the command is refused as stale instead of applied to a task they did not see.
/// </summary>
public abstract record TaskCommand(Person Actor)
{
    public long? ExpectedVersion { get; init; }
    public abstract TaskAction Action { get; }
    /// <summary>The unit the actor acts for, for the unit verbs; null for the leader verbs.</summary>
    public virtual string? Unit => null;
}

public sealed record AssignTask(Person Actor) : TaskCommand(Actor)
{ public override TaskAction Action => TaskAction.Assign; }

public sealed record AcknowledgeTask(Person Actor, string ForUnit) : TaskCommand(Actor)
{ public override TaskAction Action => TaskAction.Acknowledge; public override string? Unit => ForUnit; }

public sealed record ReportProgress(Person Actor, string ForUnit, int Percent, string Note) : TaskCommand(Actor)
{ public override TaskAction Action => TaskAction.ReportProgress; public override string? Unit => ForUnit; }

public sealed record RequestExtension(Person Actor, string ForUnit, DateOnly NewDeadline, string Reason) : TaskCommand(Actor)
{ public override TaskAction Action => TaskAction.RequestExtension; public override string? Unit => ForUnit; }

public sealed record ApproveExtension(Person Actor, string? Note = null) : TaskCommand(Actor)
{ public override TaskAction Action => TaskAction.ApproveExtension; }

public sealed record DenyExtension(Person Actor, string Reason) : TaskCommand(Actor)
{ public override TaskAction Action => TaskAction.DenyExtension; }

public sealed record SubmitTask(Person Actor, string ForUnit, string Summary, string? Link = null) : TaskCommand(Actor)
{ public override TaskAction Action => TaskAction.Submit; public override string? Unit => ForUnit; }

public sealed record CompleteTask(Person Actor, string? Note = null) : TaskCommand(Actor)
{ public override TaskAction Action => TaskAction.Complete; }

public sealed record ReturnTask(Person Actor, string Reason) : TaskCommand(Actor)
{ public override TaskAction Action => TaskAction.Return; }

public sealed record CancelTask(Person Actor, string Reason) : TaskCommand(Actor)
{ public override TaskAction Action => TaskAction.Cancel; }

public sealed record DisputeTask(Person Actor, string ForUnit, string Reason) : TaskCommand(Actor)
{ public override TaskAction Action => TaskAction.Dispute; public override string? Unit => ForUnit; }

/// <param name="ForUnit">The unit whose objection is rejected (the decision is the leader's; the unit is named by it).</param>
public sealed record RejectDisputeTask(Person Actor, string ForUnit, string Reason) : TaskCommand(Actor)
{ public override TaskAction Action => TaskAction.RejectDispute; public override string? Unit => ForUnit; }

public sealed record ReassignTask(Person Actor, IReadOnlyList<string> LeadUnits, IReadOnlyList<string> CoLeadUnits) : TaskCommand(Actor)
{ public override TaskAction Action => TaskAction.Reassign; }
