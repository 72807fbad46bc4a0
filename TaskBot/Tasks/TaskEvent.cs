using TaskBot.Directory;

namespace TaskBot.Tasks;

/// <summary>
/// One entry of a task's append-only audit trail. <see cref="Version"/> is the task version the change produced,
/// so a task's history read in version order is the order things happened, with no gaps.
/// </summary>
public sealed record TaskEvent(
    TaskId TaskId, long Version, DateTimeOffset At, PersonRef Actor, TaskAction Action, string? Unit,
    IReadOnlyList<FieldChange> Changes, string? Note);

/// <summary>A field's value before and after, as text a person can read ("已交办" → "已签收").</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

public enum TaskAction
{
    Create,
    Assign,
    Acknowledge,
    ReportProgress,
    RequestExtension,
    ApproveExtension,
    DenyExtension,
    Submit,
    Complete,
    Return,
    Cancel,
    Dispute,
    Reassign,
    /// <summary>The issuing leader or the 督查室 finds a unit's objection unfounded: the unit stays on the task.</summary>
    RejectDispute,
}

public static class TaskActions
{
    public static string Chinese(this TaskAction action) => action switch
    {
        TaskAction.Create => "创建",
        TaskAction.Assign => "交办",
        TaskAction.Acknowledge => "签收",
        TaskAction.ReportProgress => "反馈进度",
        TaskAction.RequestExtension => "申请延期",
        TaskAction.ApproveExtension => "批准延期",
        TaskAction.DenyExtension => "驳回延期",
        TaskAction.Submit => "报结",
        TaskAction.Complete => "确认办结",
        TaskAction.Return => "退回重办",
        TaskAction.Cancel => "撤销",
        TaskAction.Dispute => "提出异议",
        TaskAction.RejectDispute => "驳回异议",
        _ => "调整交办",
    };
}
