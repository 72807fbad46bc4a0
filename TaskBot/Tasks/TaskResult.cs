namespace TaskBot.Tasks;

public enum TaskErrorCode
{
    NotFound,
    UnknownUnit,
    IllegalTransition,
    NotPermitted,
    StaleVersion,
    Invalid,
    /// <summary>Other writers kept changing the task faster than this change could be retried on fresh data.</summary>
    Conflict,
}

/// <summary>Why a request was refused, in Chinese for the person who made it.</summary>
public sealed record TaskError(TaskErrorCode Code, string Message);

/// <summary>Either the task as it now is and the audit event written, or why nothing changed.</summary>
public sealed record TaskResult
{
    public DirectiveTask? Task { get; private init; }
    public TaskEvent? Event { get; private init; }
    public TaskError? Error { get; private init; }
    public bool Succeeded => Error is null;

    public static TaskResult Success(DirectiveTask task, TaskEvent evt) => new() { Task = task, Event = evt };
    public static TaskResult Failure(TaskErrorCode code, string message) => new() { Error = new(code, message) };
    public static TaskResult NotFound(TaskId id) => Failure(TaskErrorCode.NotFound, $"找不到任务 {id}。");
}

/// <summary>The tasks created from one dispatch, or why none were.</summary>
public sealed record CreateResult(IReadOnlyList<DirectiveTask> Tasks, TaskError? Error)
{
    public bool Succeeded => Error is null;
}
