using TaskBot.Directory;
using static TaskBot.Tasks.DirectiveTaskStatus;

namespace TaskBot.Tasks;

/// <summary>
/// The state machine of a 督办 task, as pure functions: given a task, a command and the time, either the next task
/// value and its audit event, or a refusal in Chinese. Stores call it inside their conditional write, so the same
/// rules hold on every backend.
/// </summary>
public static class TaskLifecycle
{
    /// <summary>The statuses each verb may start from. Anything else is refused with the reason.</summary>
    public static readonly IReadOnlyDictionary<TaskAction, IReadOnlySet<DirectiveTaskStatus>> AllowedFrom =
        new Dictionary<TaskAction, IReadOnlySet<DirectiveTaskStatus>>
        {
            [TaskAction.Assign] = Set(Draft),
            // Per unit: a co-lead may still sign while the lead already works on it.
            [TaskAction.Acknowledge] = Set(Assigned, Acknowledged, InProgress, Returned, ExtensionRequested, Submitted),
            // Work is reported once the lead unit has signed for the task.
            [TaskAction.ReportProgress] = Set(Acknowledged, InProgress, Returned),
            [TaskAction.RequestExtension] = Set(Acknowledged, InProgress, Returned),
            [TaskAction.ApproveExtension] = Set(ExtensionRequested),
            [TaskAction.DenyExtension] = Set(ExtensionRequested),
            [TaskAction.Submit] = Set(Acknowledged, InProgress, Returned),
            [TaskAction.Complete] = Set(Submitted),
            [TaskAction.Return] = Set(Submitted),
            [TaskAction.Cancel] = Set(Draft, Assigned, Acknowledged, InProgress, Submitted, ExtensionRequested, Returned, Disputed),
            // An objection is one unit's: the task goes on for the others (Disputed only once every lead objects).
            [TaskAction.Dispute] = Set(Assigned, Acknowledged, InProgress, Returned, ExtensionRequested, Disputed),
            [TaskAction.RejectDispute] = Set(Assigned, Acknowledged, InProgress, Returned, ExtensionRequested, Submitted, Disputed),
            [TaskAction.Reassign] = Set(Assigned, Acknowledged, InProgress, Returned, ExtensionRequested, Disputed),
        };

    /// <summary>A co-lead's part does not wait on the lead: it may still report while the lead's 报结 or extension
    /// request awaits the leader (its report never moves the task).</summary>
    private static readonly IReadOnlyDictionary<TaskAction, IReadOnlySet<DirectiveTaskStatus>> CoLeadAlsoFrom =
        new Dictionary<TaskAction, IReadOnlySet<DirectiveTaskStatus>>
        {
            [TaskAction.ReportProgress] = Set(Submitted, ExtensionRequested),
        };

    private static readonly HashSet<TaskAction> UnitVerbs =
        [TaskAction.Acknowledge, TaskAction.ReportProgress, TaskAction.RequestExtension, TaskAction.Submit, TaskAction.Dispute];
    private static readonly HashSet<TaskAction> LeadOnlyVerbs = [TaskAction.RequestExtension, TaskAction.Submit];
    /// <summary>Decisions on a task: only its issuing leader, its supervisor or the 督查室 may take them.</summary>
    private static readonly HashSet<TaskAction> DecisionVerbs =
        [TaskAction.ApproveExtension, TaskAction.DenyExtension, TaskAction.Complete, TaskAction.Return, TaskAction.Reassign, TaskAction.Cancel,
         TaskAction.RejectDispute];

    /// <summary>The issuing leader, the task's supervisor (督办领导) or anyone of the 督查室.</summary>
    public static bool MayDecide(Person person, DirectiveTask task) =>
        person.Role == PersonRole.Office
        || (person.MayIssue && (person.AadObjectId == task.IssuedBy.AadObjectId
            || (task.Supervisor is { AadObjectId: { Length: > 0 } supervisor } && supervisor == person.AadObjectId)));

    public static bool Allows(DirectiveTaskStatus from, TaskAction action) =>
        AllowedFrom.TryGetValue(action, out var from2) && from2.Contains(from);

    /// <summary><see cref="Allows(DirectiveTaskStatus, TaskAction)"/> for a unit of the given role.</summary>
    public static bool Allows(DirectiveTaskStatus from, TaskAction action, UnitRole role) =>
        Allows(from, action) || (role == UnitRole.CoLead && CoLeadAlsoFrom.TryGetValue(action, out var also) && also.Contains(from));

    /// <summary>Checks a draft against the directory and returns it with every unit under its canonical name.</summary>
    public static TaskError? Validate(TaskDraft draft, Person issuer, UnitDirectory directory, out TaskDraft normalised)
    {
        normalised = draft;
        if (!issuer.MayIssue)
            return new(TaskErrorCode.NotPermitted, $"只有领导和督查室可以交办任务，{issuer.Name}（{issuer.Role.Chinese()}）不能交办。");
        if (string.IsNullOrWhiteSpace(draft.SourceText) || string.IsNullOrWhiteSpace(draft.Deliverable))
            return new(TaskErrorCode.Invalid, "任务缺少原文或交付成果。");
        var error = ResolveUnits(draft.LeadUnits, draft.CoLeadUnits, directory, out var leads, out var coLeads);
        if (error is not null) return error;
        normalised = draft with { LeadUnits = leads, CoLeadUnits = coLeads };
        return null;
    }

    /// <summary>Validates every draft of one dispatch: all or nothing, so a preview never turns into half its tasks.</summary>
    public static TaskError? ValidateAll(IReadOnlyList<TaskDraft> drafts, Person issuer, UnitDirectory directory, out List<TaskDraft> normalised)
    {
        normalised = new List<TaskDraft>(drafts.Count);
        foreach (var draft in drafts)
        {
            var error = Validate(draft, issuer, directory, out var one);
            if (error is not null) return error;
            normalised.Add(one);
        }
        return null;
    }

    /// <summary>Builds a validated draft into a task with id <paramref name="id"/>, version 1.</summary>
    public static (DirectiveTask Task, TaskEvent Event) Create(TaskDraft draft, Person issuer, TaskId id, DateTimeOffset now)
    {
        var status = draft.Dispatch ? Assigned : Draft;
        var task = new DirectiveTask
        {
            Id = id,
            SourceText = draft.SourceText,
            SourceSpan = draft.SourceSpan,
            IssuedBy = issuer.Ref,
            IssuedAt = now,
            ReferenceDate = draft.ReferenceDate,
            Units = draft.LeadUnits.Select(u => new UnitAssignment(u, UnitRole.Lead))
                .Concat(draft.CoLeadUnits.Select(u => new UnitAssignment(u, UnitRole.CoLead))).ToList(),
            Supervisor = draft.Supervisor,
            Deadline = draft.Deadline,
            Deliverable = draft.Deliverable,
            Status = status,
            NextReminderAt = draft.NextReminderAt,
            Version = 1,
        };
        var evt = new TaskEvent(id, 1, now, issuer.Ref, TaskAction.Create, null,
            [
                new("status", null, status.Chinese()),
                new("leadUnits", null, string.Join("、", draft.LeadUnits)),
                new("coLeadUnits", null, string.Join("、", draft.CoLeadUnits)),
                new("deadline", null, Show(draft.Deadline.Date)),
            ], draft.Deliverable);
        return (task, evt);
    }

    /// <summary>
    /// Applies <paramref name="command"/> to <paramref name="task"/>. <paramref name="directory"/> is needed only to
    /// check the units of a reassignment.
    /// </summary>
    public static TaskResult Apply(DirectiveTask task, TaskCommand command, DateTimeOffset now, UnitDirectory? directory = null)
    {
        var actor = command.Actor;
        if (command.ExpectedVersion is { } expected && expected != task.Version)
            return Fail(TaskErrorCode.StaleVersion, $"任务 {task.Id} 已有更新（您看到的是第 {expected} 版，现为第 {task.Version} 版），请刷新后再操作。");

        UnitAssignment? unit = null;
        if (UnitVerbs.Contains(command.Action))
        {
            var name = command.Unit ?? "";
            unit = task.UnitNamed(name);
            if (unit is null)
                return Fail(TaskErrorCode.UnknownUnit, $"单位「{name}」不是任务 {task.Id} 的承办单位。");
            if (!actor.ActsForUnit(name))
                return Fail(TaskErrorCode.NotPermitted, $"{actor.Name}不是「{name}」的局长或联络员，不能{command.Action.Chinese()}。");
            if (LeadOnlyVerbs.Contains(command.Action) && unit.Role != UnitRole.Lead)
                return Fail(TaskErrorCode.NotPermitted, $"只有牵头单位可以{command.Action.Chinese()}，「{name}」是配合单位，请将情况报牵头单位。");
            // The unit's own part waits for the leader's answer to its objection; the other units go on.
            if (unit.DisputeReason is not null)
                return Fail(TaskErrorCode.IllegalTransition, $"「{name}」对任务 {task.Id} 提出的异议正在等待领导处理，处理后才能{command.Action.Chinese()}。");
        }
        else if (!actor.MayIssue)
        {
            return Fail(TaskErrorCode.NotPermitted, $"只有领导和督查室可以{command.Action.Chinese()}，{actor.Name}（{actor.Role.Chinese()}）不能。");
        }
        else if (DecisionVerbs.Contains(command.Action) && !MayDecide(actor, task))
        {
            return Fail(TaskErrorCode.NotPermitted,
                $"只有交办此任务的{task.IssuedBy.Name}、督办领导{(task.Supervisor is { } sup ? sup.Name : "")}或督查室可以{command.Action.Chinese()}，{actor.Name}不能。");
        }

        if (unit is null ? !Allows(task.Status, command.Action) : !Allows(task.Status, command.Action, unit.Role))
            return Fail(TaskErrorCode.IllegalTransition, $"任务 {task.Id} 当前状态为「{task.Status.Chinese()}」，不能{command.Action.Chinese()}。");

        var change = new Change(task, command, now);
        var error = command switch
        {
            AssignTask => change.SetStatus(Assigned),
            AcknowledgeTask => Acknowledge(change, unit!),
            ReportProgress p => Progress(change, unit!, p),
            RequestExtension r => RequestExtensionOf(change, unit!, r),
            ApproveExtension a => Decide(change, true, a.Note),
            DenyExtension d => Decide(change, false, d.Reason),
            SubmitTask s => Submit(change, unit!, s),
            CompleteTask c => change.Note(c.Note).SetStatus(Completed),
            ReturnTask r => Require(r.Reason, "退回理由") ?? change.Note(r.Reason).SetStatus(Returned),
            CancelTask c => Require(c.Reason, "撤销理由") ?? change.Note(c.Reason).SetStatus(Cancelled),
            DisputeTask d => Dispute(change, unit!, d),
            RejectDisputeTask r => RejectDispute(change, r),
            ReassignTask r => Reassign(change, r, directory),
            _ => new TaskError(TaskErrorCode.Invalid, "未知操作。"),
        };
        return error is null ? change.Result() : TaskResult.Failure(error.Code, error.Message);
    }

    private static TaskError? Acknowledge(Change change, UnitAssignment unit)
    {
        if (unit.Acknowledged is not null)
            return new(TaskErrorCode.IllegalTransition, $"「{unit.Unit}」已于 {Show(unit.Acknowledged.At)} 签收，无需重复签收。");
        var signed = unit with { Acknowledged = new(change.Actor, change.Now) };
        change.ReplaceUnit(signed, $"ack:{unit.Unit}", null, "已签收");
        // The task is signed for when every lead unit has signed; co-leads sign for their own part.
        if (change.Task.Status == Assigned && change.Task.LeadUnits.All(u => u.Acknowledged is not null))
            change.SetStatus(Acknowledged);
        return null;
    }

    private static TaskError? Progress(Change change, UnitAssignment unit, ReportProgress p)
    {
        if (p.Percent is < 0 or > 100) return new(TaskErrorCode.Invalid, $"进度应在 0 到 100 之间，收到 {p.Percent}。");
        if (unit.Acknowledged is null) return new(TaskErrorCode.IllegalTransition, $"「{unit.Unit}」尚未签收，请先签收再反馈进度。");
        var progress = new UnitProgress(p.Percent, p.Note.Trim(), change.Actor, change.Now);
        change.ReplaceUnit(unit with { Progress = progress }, $"progress:{unit.Unit}", Show(unit.Progress), Show(progress));
        change.Note(p.Note);
        // A co-lead's report is its part for the lead; only the lead's report moves the task.
        if (unit.Role == UnitRole.Lead) change.SetStatus(InProgress);
        return null;
    }

    private static TaskError? RequestExtensionOf(Change change, UnitAssignment unit, RequestExtension r)
    {
        var current = change.Task.Deadline.Date;
        if (r.NewDeadline <= current)
            return new(TaskErrorCode.Invalid, $"延期后的期限 {Show(r.NewDeadline)} 应晚于现期限 {Show(current)}。");
        if (Require(r.Reason, "延期理由") is { } missing) return missing;
        var request = new ExtensionRequest(unit.Unit, change.Actor, change.Now, current, r.NewDeadline, r.Reason.Trim(), change.Task.Status);
        change.Update(t => t with { Extensions = [.. t.Extensions, request] }, "extension", null, $"申请延至 {Show(r.NewDeadline)}");
        change.Note(r.Reason);
        change.SetStatus(ExtensionRequested);
        return null;
    }

    private static TaskError? Decide(Change change, bool approved, string? note)
    {
        var pending = change.Task.PendingExtension!;
        if (!approved && Require(note, "驳回理由") is { } missing) return missing;
        var decided = pending with { Decision = new(approved, change.Actor, change.Now, note?.Trim()) };
        change.Update(t => t with { Extensions = [.. t.Extensions.SkipLast(1), decided] },
            "extension", $"申请延至 {Show(pending.RequestedDeadline)}", approved ? "已批准" : "已驳回");
        if (approved)
            change.Update(t => t with { Deadline = new(pending.RequestedDeadline, $"延期至{Show(pending.RequestedDeadline)}") },
                "deadline", Show(pending.PreviousDeadline), Show(pending.RequestedDeadline));
        change.Note(note);
        change.SetStatus(pending.ResumeStatus);
        return null;
    }

    private static TaskError? Submit(Change change, UnitAssignment unit, SubmitTask s)
    {
        if (Require(s.Summary, "办结情况") is { } missing) return missing;
        var submission = new Submission(unit.Unit, s.Summary.Trim(), string.IsNullOrWhiteSpace(s.Link) ? null : s.Link.Trim(), change.Actor, change.Now);
        change.Update(t => t with { Submission = submission }, "submission", change.Task.Submission?.Summary, submission.Summary);
        change.Note(s.Summary);
        change.SetStatus(Submitted);
        return null;
    }

    private static TaskError? Dispute(Change change, UnitAssignment unit, DisputeTask d)
    {
        if (Require(d.Reason, "异议理由") is { } missing) return missing;
        change.ReplaceUnit(unit with { DisputeReason = d.Reason.Trim() }, $"dispute:{unit.Unit}", null, d.Reason.Trim());
        change.Note(d.Reason);
        // Nobody left to lead: the task waits for the leader. Otherwise the lead's work goes on.
        if (change.Task.LeadUnits.All(u => u.DisputeReason is not null)) change.SetStatus(Disputed);
        return null;
    }

    private static TaskError? RejectDispute(Change change, RejectDisputeTask r)
    {
        var unit = change.Task.UnitNamed(r.ForUnit);
        if (unit?.DisputeReason is null)
            return new(TaskErrorCode.IllegalTransition, $"「{r.ForUnit}」对任务 {change.Task.Id} 没有待处理的异议。");
        if (Require(r.Reason, "驳回理由") is { } missing) return missing;
        change.ReplaceUnit(unit with { DisputeReason = null }, $"dispute:{unit.Unit}", unit.DisputeReason, "已驳回");
        change.Note(r.Reason);
        if (change.Task.Status == Disputed) change.SetStatus(Resumed(change.Task));
        return null;
    }

    /// <summary>Where a task stands by its lead units' own state, when it no longer waits on a decision.</summary>
    private static DirectiveTaskStatus Resumed(DirectiveTask task) =>
        task.LeadUnits.Any(u => u.Progress is not null) ? InProgress
        : task.LeadUnits.All(u => u.Acknowledged is not null) ? Acknowledged
        : Assigned;

    private static TaskError? Reassign(Change change, ReassignTask r, UnitDirectory? directory)
    {
        var error = ResolveUnits(r.LeadUnits, r.CoLeadUnits, directory, out var leads, out var coLeads);
        if (error is not null) return error;
        var old = change.Task;
        // A unit that stays keeps its signature and progress; a new one starts unsigned.
        UnitAssignment Keep(string name, UnitRole role) =>
            old.UnitNamed(name) is { DisputeReason: null } kept ? kept with { Role = role } : new UnitAssignment(name, role);
        var units = leads.Select(u => Keep(u, UnitRole.Lead)).Concat(coLeads.Select(u => Keep(u, UnitRole.CoLead))).ToList();
        change.Update(t => t with { Units = units }, "leadUnits", string.Join("、", old.LeadUnits.Select(u => u.Unit)), string.Join("、", leads));
        change.Update(t => t, "coLeadUnits", string.Join("、", old.CoLeadUnits.Select(u => u.Unit)), string.Join("、", coLeads));
        if (change.Task.Status is not (ExtensionRequested or Returned)) change.SetStatus(Resumed(change.Task));
        return null;
    }

    private static TaskError? ResolveUnits(IReadOnlyList<string> leadNames, IReadOnlyList<string> coLeadNames, UnitDirectory? directory,
        out List<string> leads, out List<string> coLeads)
    {
        leads = []; coLeads = [];
        if (leadNames.Count == 0) return new(TaskErrorCode.Invalid, "任务至少要有一个牵头单位。");
        foreach (var (names, into) in new[] { (leadNames, leads), (coLeadNames, coLeads) })
            foreach (var name in names)
            {
                var canonical = directory is null ? name.Trim() : directory.ResolveUnit(name)?.Name;
                if (canonical is null) return new(TaskErrorCode.UnknownUnit, $"单位名录中没有「{name}」，请选择名录中的单位。");
                if (!leads.Contains(canonical) && !coLeads.Contains(canonical)) into.Add(canonical);
            }
        return null;
    }

    private static TaskError? Require(string? text, string what) =>
        string.IsNullOrWhiteSpace(text) ? new(TaskErrorCode.Invalid, $"请填写{what}。") : null;

    private static TaskResult Fail(TaskErrorCode code, string message) => TaskResult.Failure(code, message);
    private static IReadOnlySet<DirectiveTaskStatus> Set(params DirectiveTaskStatus[] s) => s.ToHashSet();
    internal static string Show(DateOnly d) => d.ToString("yyyy-MM-dd");
    private static string Show(DateTimeOffset t) => t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm");
    private static string? Show(UnitProgress? p) => p is null ? null : $"{p.Percent}% {p.Note}".TrimEnd();

    /// <summary>Accumulates one command's edits and the before/after values the audit event records.</summary>
    private sealed class Change(DirectiveTask original, TaskCommand command, DateTimeOffset now)
    {
        private readonly List<FieldChange> changes = [];
        private readonly DirectiveTask start = original;
        private string? note;
        public DirectiveTask Task { get; private set; } = original;
        public PersonRef Actor { get; } = command.Actor.Ref;
        public DateTimeOffset Now { get; } = now;

        public TaskError? SetStatus(DirectiveTaskStatus status)
        {
            if (status == Task.Status) return null;
            var before = Task.Status;
            Task = Task with
            {
                Status = status,
                // Reminders stop for finished, cancelled and extension-pending tasks; the planner re-plans the rest.
                NextReminderAt = status is Completed or Cancelled or ExtensionRequested ? null : Task.NextReminderAt,
            };
            changes.Add(new("status", before.Chinese(), status.Chinese()));
            return null;
        }

        public Change Note(string? text) { if (!string.IsNullOrWhiteSpace(text)) note = text.Trim(); return this; }

        public void Update(Func<DirectiveTask, DirectiveTask> edit, string field, string? before, string? after)
        {
            Task = edit(Task);
            changes.Add(new(field, before, after));
        }

        public void ReplaceUnit(UnitAssignment unit, string field, string? before, string? after) =>
            Update(t => t with { Units = t.Units.Select(u => u.Unit == unit.Unit ? unit : u).ToList() }, field, before, after);

        public TaskResult Result()
        {
            var next = Task with { Version = start.Version + 1 };
            return TaskResult.Success(next, new TaskEvent(start.Id, next.Version, Now, Actor, command.Action, command.Unit, changes, note));
        }
    }
}
