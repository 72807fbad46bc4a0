namespace TaskBot.Directives;

/// <summary>A span of the source text: the characters a task was read from.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>Something the bot must ask the leader about before dispatch. Code is stable; Message is for people.</summary>
public sealed record ParseWarning(string Code, string Message);

/// <summary>
/// One task read from a directive. Units are surface forms, exactly as written; mapping them to directory
/// units is the caller's job. Deadline is null when the text gives none or it cannot be resolved.
/// </summary>
public sealed record ParsedTask(
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Co,
    string? Supervisor,
    DateOnly? Deadline,
    string? DeadlineText,
    string? Recurrence,
    string? Deliverable,
    TextSpan Source,
    double Confidence,
    IReadOnlyList<ParseWarning> Warnings)
{
    /// <summary>Units that still need a concrete choice (各乡镇, 有关部门…).</summary>
    public IReadOnlyList<string> GenericUnits { get; init; } = [];
}

public static class WarningCodes
{
    public const string GenericUnit = "generic_unit";
    public const string NoUnit = "no_unit";
    public const string DeadlineUnresolved = "deadline_unresolved";
    public const string DeadlineVague = "deadline_vague";
    public const string ProvisionalCalendar = "provisional_calendar";
    public const string UnknownUnit = "unknown_unit";
    public const string Recurring = "recurring";
    public const string Truncated = "text_truncated";
}

/// <summary>
/// What reading one text gave: its tasks; <see cref="Failed"/> when a rule threw (the user is told reading failed,
/// not that the text holds no directive); the reference date used, and whether the text itself stated it.
/// </summary>
public sealed record DirectiveReading(IReadOnlyList<ParsedTask> Tasks, bool Failed, DateOnly? Reference, bool ReferenceStated);
