using TaskBot.Directory;
using TaskBot.Tasks;
using static TaskBot.Tasks.DirectiveTaskStatus;
using static TaskBot.Tests.Tasks.TestData;

namespace TaskBot.Tests.Tasks;

public class TaskLifecycleTests
{
    /// <summary>The spec, written out independently of the code: which verb may start from which status.</summary>
    private static readonly Dictionary<TaskAction, DirectiveTaskStatus[]> Spec = new()
    {
        [TaskAction.Assign] = [Draft],
        [TaskAction.Acknowledge] = [Assigned, Acknowledged, InProgress, Returned, ExtensionRequested, Submitted],
        [TaskAction.ReportProgress] = [Acknowledged, InProgress, Returned],
        [TaskAction.RequestExtension] = [Acknowledged, InProgress, Returned],
        [TaskAction.ApproveExtension] = [ExtensionRequested],
        [TaskAction.DenyExtension] = [ExtensionRequested],
        [TaskAction.Submit] = [Acknowledged, InProgress, Returned],
        [TaskAction.Complete] = [Submitted],
        [TaskAction.Return] = [Submitted],
        [TaskAction.Cancel] = [Draft, Assigned, Acknowledged, InProgress, Submitted, ExtensionRequested, Returned, Disputed],
        [TaskAction.Dispute] = [Assigned, Acknowledged, InProgress, Returned, ExtensionRequested, Disputed],
        [TaskAction.Reassign] = [Assigned, Acknowledged, InProgress, Returned, ExtensionRequested, Disputed],
        [TaskAction.RejectDispute] = [Assigned, Acknowledged, InProgress, Returned, ExtensionRequested, Submitted, Disputed],
    };

    public static TheoryData<DirectiveTaskStatus, TaskAction> EveryStatusAndVerb()
    {
        var data = new TheoryData<DirectiveTaskStatus, TaskAction>();
        foreach (var status in Enum.GetValues<DirectiveTaskStatus>())
            foreach (var action in Enum.GetValues<TaskAction>().Where(a => a != TaskAction.Create))
                data.Add(status, action);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndVerb))]
    public void Each_verb_works_exactly_from_the_statuses_the_spec_allows_and_is_otherwise_refused_with_the_reason(DirectiveTaskStatus status, TaskAction action)
    {
        var task = InStatus(status);
        if (action == TaskAction.RejectDispute) task = WithObjection(task, Jinrong);   // something to reject
        var result = TaskLifecycle.Apply(task, CommandFor(action), Now, County);

        if (Spec[action].Contains(status))
        {
            Assert.True(result.Succeeded, result.Error?.Message);
            Assert.Equal(task.Version + 1, result.Task!.Version);
            Assert.Equal(action, result.Event!.Action);
        }
        else
        {
            Assert.False(result.Succeeded);
            Assert.Equal(TaskErrorCode.IllegalTransition, result.Error!.Code);
            Assert.Equal($"任务 DB-2026-000001 当前状态为「{status.Chinese()}」，不能{action.Chinese()}。", result.Error.Message);
        }
    }

    [Fact]
    public void The_task_is_acknowledged_once_the_lead_unit_signs_and_a_co_lead_signing_first_does_not_change_that()
    {
        var task = InStatus(Assigned);
        var afterCoLead = TaskLifecycle.Apply(task, new AcknowledgeTask(CaizhengChief, Caizheng), Now).Task!;
        Assert.Equal(Assigned, afterCoLead.Status);
        Assert.NotNull(afterCoLead.UnitNamed(Caizheng)!.Acknowledged);

        var afterLead = TaskLifecycle.Apply(afterCoLead, new AcknowledgeTask(GongxinLiaison, Gongxin), Now).Task!;
        Assert.Equal(Acknowledged, afterLead.Status);
        Assert.Equal("钱丽", afterLead.UnitNamed(Gongxin)!.Acknowledged!.By.Name);
    }

    [Fact]
    public void A_co_leads_progress_is_kept_on_the_task_for_the_lead_without_moving_the_task()
    {
        var task = TaskLifecycle.Apply(InStatus(Acknowledged), new AcknowledgeTask(CaizhengChief, Caizheng), Now).Task!;
        var result = TaskLifecycle.Apply(task, new ReportProgress(CaizhengChief, Caizheng, 60, "资金测算已完成"), Now);

        Assert.Equal(Acknowledged, result.Task!.Status);
        Assert.Equal(60, result.Task.UnitNamed(Caizheng)!.Progress!.Percent);
        Assert.Contains(result.Event!.Changes, c => c.Field == $"progress:{Caizheng}" && c.After == "60% 资金测算已完成");
    }

    [Fact]
    public void Approving_an_extension_moves_the_deadline_and_resumes_where_the_task_was()
    {
        var requested = TaskLifecycle.Apply(InStatus(InProgress), new RequestExtension(GongxinChief, Gongxin, Today.AddMonths(2), "需征求省厅意见"), Now).Task!;
        Assert.Equal(ExtensionRequested, requested.Status);
        Assert.Null(requested.NextReminderAt);   // reminders pause while the leader decides

        var approved = TaskLifecycle.Apply(requested, new ApproveExtension(Leader, "同意"), Now);
        Assert.Equal(InProgress, approved.Task!.Status);
        Assert.Equal(Today.AddMonths(2), approved.Task.Deadline.Date);
        Assert.True(approved.Task.Extensions.Single().Decision!.Approved);
        Assert.Contains(approved.Event!.Changes, c => c.Field == "deadline" && c.Before == "2026-10-10" && c.After == "2026-11-10");
    }

    [Fact]
    public void Denying_an_extension_keeps_the_deadline_and_needs_a_reason()
    {
        var requested = TaskLifecycle.Apply(InStatus(Acknowledged), new RequestExtension(GongxinChief, Gongxin, Today.AddMonths(2), "人手不足"), Now).Task!;
        Assert.Equal("请填写驳回理由。", TaskLifecycle.Apply(requested, new DenyExtension(Leader, " "), Now).Error!.Message);

        var denied = TaskLifecycle.Apply(requested, new DenyExtension(Leader, "时间节点不能推迟"), Now).Task!;
        Assert.Equal(Acknowledged, denied.Status);
        Assert.Equal(Today.AddMonths(1), denied.Deadline.Date);
    }

    [Fact]
    public void Another_units_chief_cannot_act_for_a_unit_on_the_task()
    {
        var result = TaskLifecycle.Apply(InStatus(Assigned), new AcknowledgeTask(ShangwuChief, Gongxin), Now);
        Assert.Equal(TaskErrorCode.NotPermitted, result.Error!.Code);
        Assert.Equal("何平不是「县工业和信息化局」的局长或联络员，不能签收。", result.Error.Message);
    }

    [Fact]
    public void A_unit_that_is_not_on_the_task_is_named_in_the_refusal()
    {
        var result = TaskLifecycle.Apply(InStatus(Assigned), new AcknowledgeTask(ShangwuChief, Shangwu), Now);
        Assert.Equal(TaskErrorCode.UnknownUnit, result.Error!.Code);
        Assert.Equal("单位「县商务局」不是任务 DB-2026-000001 的承办单位。", result.Error.Message);
    }

    [Fact]
    public void Only_the_lead_unit_may_submit_a_co_lead_is_told_to_report_to_the_lead()
    {
        var result = TaskLifecycle.Apply(InStatus(InProgress), new SubmitTask(CaizhengChief, Caizheng, "已完成"), Now);
        Assert.Equal(TaskErrorCode.NotPermitted, result.Error!.Code);
        Assert.Contains("请将情况报牵头单位", result.Error.Message);
    }

    [Fact]
    public void A_chief_cannot_confirm_completion_only_leaders_and_the_office_can()
    {
        var result = TaskLifecycle.Apply(InStatus(Submitted), new CompleteTask(GongxinChief), Now);
        Assert.Equal("只有领导和督查室可以确认办结，郑海涛（局长）不能。", result.Error!.Message);
    }

    [Fact]
    public void A_stale_version_from_an_old_card_is_refused()
    {
        var result = TaskLifecycle.Apply(InStatus(Assigned), new AcknowledgeTask(GongxinChief, Gongxin) { ExpectedVersion = 1 }, Now);
        Assert.Equal(TaskErrorCode.StaleVersion, result.Error!.Code);
        Assert.Contains("请刷新后再操作", result.Error.Message);
    }

    [Fact]
    public void A_returned_task_goes_back_to_the_unit_and_can_be_submitted_again()
    {
        var returned = TaskLifecycle.Apply(InStatus(Submitted), new ReturnTask(Office, "缺少资金测算"), Now).Task!;
        Assert.Equal(Returned, returned.Status);
        var resubmitted = TaskLifecycle.Apply(returned, new SubmitTask(GongxinChief, Gongxin, "已补充资金测算"), Now).Task!;
        Assert.Equal(Submitted, resubmitted.Status);
        Assert.Equal("已补充资金测算", resubmitted.Submission!.Summary);
    }

    [Theory]
    [InlineData(Submitted)]
    [InlineData(ExtensionRequested)]
    public void A_co_lead_still_reports_its_part_while_the_leads_submission_or_extension_awaits_the_leader_and_the_task_does_not_move(DirectiveTaskStatus status)
    {
        var task = InStatus(status);
        task = task with { Units = task.Units.Select(u => u.Unit == Caizheng ? u with { Acknowledged = new(CaizhengChief.Ref, Now) } : u).ToList() };
        var result = TaskLifecycle.Apply(task, new ReportProgress(CaizhengChief, Caizheng, 100, "预算衔接已完成"), Now);
        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(status, result.Task!.Status);
        Assert.Equal(100, result.Task.UnitNamed(Caizheng)!.Progress!.Percent);
        // The lead itself waits for the decision.
        Assert.Equal(TaskErrorCode.IllegalTransition, TaskLifecycle.Apply(task, new ReportProgress(GongxinChief, Gongxin, 90, "补充"), Now).Error!.Code);
    }

    private static DirectiveTask WithObjection(DirectiveTask task, string unit) =>
        task with { Units = task.Units.Select(u => u.Unit == unit ? u with { DisputeReason = "不属于本单位职责" } : u).ToList() };

    [Fact]
    public void A_co_leads_objection_does_not_freeze_the_task_the_lead_reports_and_submits_while_the_objecting_unit_waits()
    {
        var objected = TaskLifecycle.Apply(InStatus(Acknowledged), new DisputeTask(JinrongChief, Jinrong, "应由商务局承办"), Now);
        Assert.True(objected.Succeeded, objected.Error?.Message);
        Assert.Equal(Acknowledged, objected.Task!.Status);                  // the task goes on
        Assert.Equal("应由商务局承办", objected.Task.UnitNamed(Jinrong)!.DisputeReason);

        var progress = TaskLifecycle.Apply(objected.Task, new ReportProgress(GongxinChief, Gongxin, 50, "初稿已成"), Now);
        Assert.True(progress.Succeeded, progress.Error?.Message);
        var submitted = TaskLifecycle.Apply(progress.Task!, new SubmitTask(GongxinChief, Gongxin, "政策初稿已报县政府"), Now);
        Assert.Equal(Submitted, submitted.Task!.Status);

        // The objecting unit's own part waits for the leader's answer.
        var ack = TaskLifecycle.Apply(objected.Task, new AcknowledgeTask(JinrongChief, Jinrong), Now);
        Assert.Equal(TaskErrorCode.IllegalTransition, ack.Error!.Code);
        Assert.Equal("「县金融办」对任务 DB-2026-000001 提出的异议正在等待领导处理，处理后才能签收。", ack.Error.Message);
        Assert.Equal(TaskErrorCode.IllegalTransition, TaskLifecycle.Apply(objected.Task, new DisputeTask(JinrongChief, Jinrong, "再次异议"), Now).Error!.Code);
    }

    [Fact]
    public void When_the_only_lead_objects_the_task_waits_and_rejecting_the_objection_puts_it_back_where_it_was()
    {
        var progressed = TaskLifecycle.Apply(InStatus(Acknowledged), new ReportProgress(GongxinChief, Gongxin, 30, "已调研"), Now).Task!;
        var disputed = TaskLifecycle.Apply(progressed, new DisputeTask(GongxinChief, Gongxin, "应由发改局牵头"), Now).Task!;
        Assert.Equal(Disputed, disputed.Status);

        var rejected = TaskLifecycle.Apply(disputed, new RejectDisputeTask(Leader, Gongxin, "产业政策属工信职责"), Now);
        Assert.True(rejected.Succeeded, rejected.Error?.Message);
        Assert.Equal(InProgress, rejected.Task!.Status);
        Assert.Null(rejected.Task.UnitNamed(Gongxin)!.DisputeReason);
        Assert.Equal(TaskAction.RejectDispute, rejected.Event!.Action);
        Assert.Equal("产业政策属工信职责", rejected.Event.Note);
        Assert.True(TaskLifecycle.Apply(rejected.Task, new SubmitTask(GongxinChief, Gongxin, "已完成"), Now).Succeeded);
    }

    [Fact]
    public void Rejecting_an_objection_needs_one_a_reason_and_the_issuing_leader_or_the_office()
    {
        var objected = WithObjection(InStatus(InProgress), Jinrong);
        var none = TaskLifecycle.Apply(objected, new RejectDisputeTask(Leader, Caizheng, "理由"), Now);
        Assert.Equal("「县财政局」对任务 DB-2026-000001 没有待处理的异议。", none.Error!.Message);
        var noReason = TaskLifecycle.Apply(objected, new RejectDisputeTask(Office, Jinrong, "  "), Now);
        Assert.Equal("请填写驳回理由。", noReason.Error!.Message);
        var chief = TaskLifecycle.Apply(objected, new RejectDisputeTask(GongxinChief, Jinrong, "理由"), Now);
        Assert.Equal(TaskErrorCode.NotPermitted, chief.Error!.Code);
        Assert.True(TaskLifecycle.Apply(objected, new RejectDisputeTask(Office, Jinrong, "属本单位职责"), Now).Succeeded);
    }

    [Fact]
    public void Reassigning_after_an_objection_replaces_the_wrong_unit_and_keeps_the_others_signatures()
    {
        var disputed = TaskLifecycle.Apply(InStatus(Acknowledged), new DisputeTask(JinrongChief, Jinrong, "应由商务局承办"), Now).Task!;

        var result = TaskLifecycle.Apply(disputed, new ReassignTask(Office, ["工信局"], ["商务局", "财政局"]), Now, County);
        var task = result.Task!;
        Assert.Equal(Acknowledged, task.Status);
        Assert.Equal([Gongxin], task.LeadUnits.Select(u => u.Unit));
        Assert.Equal([Shangwu, Caizheng], task.CoLeadUnits.Select(u => u.Unit));
        Assert.NotNull(task.UnitNamed(Gongxin)!.Acknowledged);
        Assert.Null(task.UnitNamed(Shangwu)!.Acknowledged);
    }

    [Fact]
    public void Reassigning_to_a_unit_missing_from_the_directory_is_refused()
    {
        var result = TaskLifecycle.Apply(InStatus(Disputed), new ReassignTask(Office, ["县宇宙局"], []), Now, County);
        Assert.Equal(TaskErrorCode.UnknownUnit, result.Error!.Code);
        Assert.Equal("单位名录中没有「县宇宙局」，请选择名录中的单位。", result.Error.Message);
    }

    [Fact]
    public void A_draft_with_aliases_is_stored_under_canonical_unit_names()
    {
        var error = TaskLifecycle.Validate(NewDraft("工信局", ["财政局", "金融办"]), Leader, County, out var draft);
        Assert.Null(error);
        Assert.Equal([Gongxin], draft.LeadUnits);
        Assert.Equal([Caizheng, Jinrong], draft.CoLeadUnits);
    }

    [Fact]
    public void A_chief_cannot_issue_a_directive()
    {
        var error = TaskLifecycle.Validate(NewDraft(), GongxinChief, County, out _);
        Assert.Equal(TaskErrorCode.NotPermitted, error!.Code);
        Assert.Equal("只有领导和督查室可以交办任务，郑海涛（局长）不能交办。", error.Message);
    }

    /// <summary>A task in the given status, as the normal path would leave it: lead unit 工信局 has signed (once
    /// past 已交办), co-leads 财政局 and 金融办 have not; an extension is pending in 延期申请中.</summary>
    internal static DirectiveTask InStatus(DirectiveTaskStatus status)
    {
        var (task, _) = TaskLifecycle.Create(NewDraft() with { Dispatch = status != Draft }, Leader, new TaskId(2026, 1), Now);
        var leadSigned = status is not (Draft or Assigned);
        var units = task.Units.Select(u => u.Unit == Gongxin && leadSigned ? u with { Acknowledged = new(GongxinChief.Ref, Now) } : u).ToList();
        IReadOnlyList<ExtensionRequest> extensions = status == ExtensionRequested
            ? [new(Gongxin, GongxinChief.Ref, Now, Today.AddMonths(1), Today.AddMonths(2), "需征求省厅意见", InProgress)]
            : [];
        return task with { Status = status, Units = units, Extensions = extensions, Version = 3, NextReminderAt = Now.AddDays(1) };
    }

    /// <summary>For each verb, a command by someone entitled to it, so only the status decides.</summary>
    private static TaskCommand CommandFor(TaskAction action) => action switch
    {
        TaskAction.Assign => new AssignTask(Office),
        TaskAction.Acknowledge => new AcknowledgeTask(CaizhengChief, Caizheng),
        TaskAction.ReportProgress => new ReportProgress(GongxinChief, Gongxin, 40, "已起草初稿"),
        TaskAction.RequestExtension => new RequestExtension(GongxinChief, Gongxin, Today.AddMonths(2), "需征求省厅意见"),
        TaskAction.ApproveExtension => new ApproveExtension(Leader),
        TaskAction.DenyExtension => new DenyExtension(Leader, "不同意"),
        TaskAction.Submit => new SubmitTask(GongxinChief, Gongxin, "政策初稿已报县政府", "https://example.invalid/doc"),
        TaskAction.Complete => new CompleteTask(Leader),
        TaskAction.Return => new ReturnTask(Office, "缺少资金测算"),
        TaskAction.Cancel => new CancelTask(Office, "已并入其他任务"),
        TaskAction.Dispute => new DisputeTask(JinrongChief, Jinrong, "不属于本单位职责"),
        TaskAction.Reassign => new ReassignTask(Office, [Gongxin], [Caizheng, Shangwu]),
        TaskAction.RejectDispute => new RejectDisputeTask(Leader, Jinrong, "属本单位职责"),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}
