namespace TaskBot.Tasks;

/// <summary>Where a task is in its life. Overdue is not a status: it is derived, see <see cref="DeadlineAssessment"/>.</summary>
public enum DirectiveTaskStatus
{
    Draft,
    Assigned,
    Acknowledged,
    InProgress,
    Submitted,
    Completed,
    ExtensionRequested,
    Returned,
    Cancelled,
    Disputed,
}

public static class DirectiveTaskStatuses
{
    public static string Chinese(this DirectiveTaskStatus status) => status switch
    {
        DirectiveTaskStatus.Draft => "草稿",
        DirectiveTaskStatus.Assigned => "已交办",
        DirectiveTaskStatus.Acknowledged => "已签收",
        DirectiveTaskStatus.InProgress => "办理中",
        DirectiveTaskStatus.Submitted => "已报结",
        DirectiveTaskStatus.Completed => "已办结",
        DirectiveTaskStatus.ExtensionRequested => "延期申请中",
        DirectiveTaskStatus.Returned => "退回重办",
        DirectiveTaskStatus.Cancelled => "已撤销",
        _ => "有异议",
    };

    /// <summary>Dispatched and not finished: what "a unit's open tasks" lists.</summary>
    public static bool IsOpen(this DirectiveTaskStatus status) =>
        status is not (DirectiveTaskStatus.Draft or DirectiveTaskStatus.Completed or DirectiveTaskStatus.Cancelled);

    /// <summary>Open and still waiting on the units, so a passed deadline makes it overdue. A submitted task
    /// waits on the leader, not the unit.</summary>
    public static bool CanBeOverdue(this DirectiveTaskStatus status) =>
        status.IsOpen() && status != DirectiveTaskStatus.Submitted;
}
