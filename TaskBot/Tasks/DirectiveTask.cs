using TaskBot.Directory;

namespace TaskBot.Tasks;

/// <summary>
/// One directive (督办事项) being followed up. Immutable: the lifecycle returns a new value with
/// <see cref="Version"/> one higher, and the store writes it only if the stored version is still the old one.
/// </summary>
public sealed record DirectiveTask
{
    public required TaskId Id { get; init; }
    /// <summary>The leader's sentence the task came from, and where in the message it stood.</summary>
    public required string SourceText { get; init; }
    public SourceSpan? SourceSpan { get; init; }
    public required PersonRef IssuedBy { get; init; }
    public required DateTimeOffset IssuedAt { get; init; }
    /// <summary>The local date relative deadlines ("一个月内") were counted from.</summary>
    public required DateOnly ReferenceDate { get; init; }
    /// <summary>Lead (牵头) and co-lead (配合) units by canonical name, each with its own acknowledgement and progress.</summary>
    public required IReadOnlyList<UnitAssignment> Units { get; init; }
    public PersonRef? Supervisor { get; init; }
    public required Deadline Deadline { get; init; }
    public required string Deliverable { get; init; }
    public required DirectiveTaskStatus Status { get; init; }
    public IReadOnlyList<ExtensionRequest> Extensions { get; init; } = [];
    public Submission? Submission { get; init; }
    /// <summary>When the next reminder is due; the reminder planner sets it, the store indexes it.</summary>
    public DateTimeOffset? NextReminderAt { get; init; }
    public required long Version { get; init; }

    public IEnumerable<UnitAssignment> LeadUnits => Units.Where(u => u.Role == UnitRole.Lead);
    public IEnumerable<UnitAssignment> CoLeadUnits => Units.Where(u => u.Role == UnitRole.CoLead);
    public UnitAssignment? UnitNamed(string unit) => Units.FirstOrDefault(u => u.Unit == unit);
    public ExtensionRequest? PendingExtension => Extensions.LastOrDefault(e => e.Decision is null);
}

public sealed record SourceSpan(int Start, int Length);

/// <summary>The deadline as a local (Asia/Shanghai) date, and the words it came from ("月底前").</summary>
public sealed record Deadline(DateOnly Date, string Phrase);

public enum UnitRole { Lead, CoLead }

public sealed record UnitAssignment(string Unit, UnitRole Role)
{
    public Acknowledgement? Acknowledged { get; init; }
    /// <summary>The latest progress this unit reported; earlier reports are in the history.</summary>
    public UnitProgress? Progress { get; init; }
    public string? DisputeReason { get; init; }
}

public sealed record Acknowledgement(PersonRef By, DateTimeOffset At);

public sealed record UnitProgress(int Percent, string Note, PersonRef By, DateTimeOffset At);

public sealed record ExtensionRequest(
    string Unit, PersonRef RequestedBy, DateTimeOffset RequestedAt, DateOnly PreviousDeadline, DateOnly RequestedDeadline,
    string Reason, DirectiveTaskStatus ResumeStatus)
{
    public ExtensionDecision? Decision { get; init; }
}

public sealed record ExtensionDecision(bool Approved, PersonRef By, DateTimeOffset At, string? Note);

public sealed record Submission(string Unit, string Summary, string? Link, PersonRef By, DateTimeOffset At);

/// <summary>What a leader's message gave, confirmed on the preview card, before it becomes a task.</summary>
public sealed record TaskDraft
{
    public required string SourceText { get; init; }
    public SourceSpan? SourceSpan { get; init; }
    public required DateOnly ReferenceDate { get; init; }
    public required IReadOnlyList<string> LeadUnits { get; init; }
    public IReadOnlyList<string> CoLeadUnits { get; init; } = [];
    public PersonRef? Supervisor { get; init; }
    public required Deadline Deadline { get; init; }
    public required string Deliverable { get; init; }
    /// <summary>True: created as 已交办 (the usual path, after 确认交办). False: kept as 草稿.</summary>
    public bool Dispatch { get; init; } = true;
    public DateTimeOffset? NextReminderAt { get; init; }
}
