using TaskBot.Directives.OpenCalls;
using TaskBot.Directory;

namespace TaskBot.OpenCalls;

/// <summary>A change asked of a call, by a person the directory knows (who may do it is decided here, from the
/// directory's roles, never from card data).</summary>
public abstract record CallCommand(Person Actor);
public sealed record ApplyToCall(Person Actor, ApplicationForm Form) : CallCommand(Actor);
public sealed record EditApplication(Person Actor, ApplicationForm Form) : CallCommand(Actor);
public sealed record WithdrawApplication(Person Actor) : CallCommand(Actor);
/// <summary>The sign-up deadline has passed: the close job (the <see cref="OpenCallLifecycle.System"/> actor).</summary>
public sealed record CloseSignUp(Person Actor) : CallCommand(Actor);
/// <param name="Round">The round the leader's card showed: a choice from before a 延长报名 is stale.</param>
public sealed record ChooseWinners(Person Actor, IReadOnlyList<string> Keys, IReadOnlyList<string> TaskIds, int Round) : CallCommand(Actor);
public sealed record ExtendSignUp(Person Actor, DateOnly NewDeadline, DateTimeOffset ClosesAt) : CallCommand(Actor);
public sealed record WithdrawCall(Person Actor, string Reason) : CallCommand(Actor);

public enum CallErrorCode { NotFound, NotPermitted, SignUpClosed, AlreadyApplied, NoApplication, Invalid, StaleVersion, Conflict }

public sealed record CallError(CallErrorCode Code, string Message);

public sealed record CallResult(OpenCall? Call, CallEvent? Event, CallError? Error)
{
    public bool Succeeded => Error is null;
    public static CallResult Failure(CallErrorCode code, string message) => new(null, null, new CallError(code, message));
    public static CallResult NotFound(string id) => Failure(CallErrorCode.NotFound, $"找不到榜单 {id}。");
}

/// <summary>
/// The rules of an open call, as plain functions: who may apply (per <see cref="OpenCall.Eligibility"/>), one
/// application per unit or person, changes only until the sign-up deadline (China date), the choice only by the
/// publishing leader, the call's supervisor or the 督查室, and only among the applications still standing.
/// </summary>
public static class OpenCallLifecycle
{
    /// <summary>The actor of changes nobody clicked (the close at the sign-up deadline).</summary>
    public static readonly Person System = new("system", "督办助手", null, PersonRole.Office);

    public const int MaxPlan = 1000, MaxShort = 50, MaxText = 500;
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, China).DateTime);

    /// <summary>The publishing leader, the call's supervisor, or the 督查室.</summary>
    public static bool MayDecide(Person? person, OpenCall call) =>
        person is not null && person.AadObjectId != System.AadObjectId
        && (person.AadObjectId.Equals(call.Publisher.AadObjectId, StringComparison.OrdinalIgnoreCase)
            || call.Supervisor is { } s && person.AadObjectId.Equals(s.AadObjectId, StringComparison.OrdinalIgnoreCase)
            || person.Role == PersonRole.Office);

    /// <summary>The key the person's application is kept under, or why they may not apply.</summary>
    public static (string? Key, string? Refusal) ApplicantKey(Person person, OpenCall call)
    {
        if (call.Eligibility == CallEligibility.Anyone) return ($"person:{person.AadObjectId.ToLowerInvariant()}", null);
        if (person.Role is not (PersonRole.Chief or PersonRole.Liaison) || person.Unit is null)
            return (null, $"{person.Name}（{person.Role.Chinese()}）不是单位的局长或联络员，不能代表单位揭榜。");
        if (call.Eligibility == CallEligibility.ListedUnits && !call.EligibleUnits.Contains(person.Unit))
            return (null, $"此榜单只接受{string.Join("、", call.EligibleUnits)}揭榜，{person.Unit}不在其列。");
        return (person.Unit, null);
    }

    public static string? Validate(ApplicationForm form)
    {
        if (string.IsNullOrWhiteSpace(form.Plan)) return "请填写方案摘要。";
        if (string.IsNullOrWhiteSpace(form.TeamLead)) return "请填写团队负责人。";
        if (string.IsNullOrWhiteSpace(form.Outcome)) return "请填写预期成果。";
        if (form.Plan.Length > MaxPlan) return $"方案摘要不能超过 {MaxPlan} 字（现有 {form.Plan.Length} 字），详细方案请以链接附上。";
        if (form.TeamLead.Length > MaxShort) return $"团队负责人不能超过 {MaxShort} 字。";
        if (form.Outcome.Length > MaxText || form.Needs.Length > MaxText) return $"预期成果和需要的支持各不能超过 {MaxText} 字。";
        if (form.Link is { } link && (link.Length > MaxText || !Uri.TryCreate(link, UriKind.Absolute, out var u) || u.Scheme is not ("https" or "http")))
            return "附件链接应以 https:// 开头。";
        return null;
    }

    public static CallResult Apply(OpenCall call, CallCommand command, DateTimeOffset now)
    {
        var today = Today(now);
        var actor = command.Actor;
        OpenCall next;
        string? detail = null;
        CallAction action;
        switch (command)
        {
            case ApplyToCall or EditApplication or WithdrawApplication:
            {
                var (key, refusal) = ApplicantKey(actor, call);
                if (key is null) return CallResult.Failure(CallErrorCode.NotPermitted, refusal!);
                if (call.Status != OpenCallStatus.Open || now >= call.SignUpClosesAt)
                    return CallResult.Failure(CallErrorCode.SignUpClosed,
                        $"榜单「{call.Title}」的报名已于 {call.SignUpDeadline:yyyy-MM-dd} 截止（{call.Status.Chinese()}），不能再揭榜、修改或撤回。");
                var existing = call.ApplicationOf(key);
                var who = key.StartsWith("person:", StringComparison.Ordinal) ? "您" : "本单位";
                if (command is ApplyToCall apply)
                {
                    if (existing is { Active: true })
                        return CallResult.Failure(CallErrorCode.AlreadyApplied,
                            $"{who}已揭榜（{existing.Applicant.Name}，{Show(existing.At)}），每个单位或个人只能提交一份申请；如需调整，请点「修改申请」。");
                    if (Validate(apply.Form) is { } bad) return CallResult.Failure(CallErrorCode.Invalid, bad);
                    var application = new CallApplication(key, key.StartsWith("person:", StringComparison.Ordinal) ? actor.Unit : key, actor.Ref, Trim(apply.Form), now);
                    next = call with { Applications = [.. call.Applications.Where(a => a.Key != key), application] };
                    action = CallAction.Apply;
                    detail = application.Who;
                }
                else if (existing is not { Active: true })
                    return CallResult.Failure(CallErrorCode.NoApplication, $"{who}尚未揭榜（或已撤回），没有可修改或撤回的申请。");
                else if (command is EditApplication edit)
                {
                    if (Validate(edit.Form) is { } bad) return CallResult.Failure(CallErrorCode.Invalid, bad);
                    next = Replace(call, existing with { Form = Trim(edit.Form), Applicant = actor.Ref, EditedAt = now });
                    action = CallAction.EditApplication;
                    detail = existing.Who;
                }
                else
                {
                    next = Replace(call, existing with { WithdrawnAt = now });
                    action = CallAction.WithdrawApplication;
                    detail = existing.Who;
                }
                break;
            }
            case CloseSignUp:
                if (call.Status != OpenCallStatus.Open) return CallResult.Failure(CallErrorCode.Invalid, $"榜单 {call.Id} 不在报名中。");
                if (now < call.SignUpClosesAt) return CallResult.Failure(CallErrorCode.Invalid, $"榜单 {call.Id} 的报名尚未截止。");
                next = call with { Status = OpenCallStatus.Closed };
                action = CallAction.Close;
                detail = $"第 {call.Round} 轮，{call.Active.Count()} 份申请";
                break;
            case ChooseWinners choose:
                if (!MayDecide(actor, call))
                    return CallResult.Failure(CallErrorCode.NotPermitted, $"只有发布榜单的领导、督办领导或督查室可以选定挂帅，{actor.Name}（{actor.Role.Chinese()}）不能选定。");
                if (call.Status != OpenCallStatus.Closed || choose.Round != call.Round)
                    return CallResult.Failure(CallErrorCode.StaleVersion, call.Status == OpenCallStatus.Awarded
                        ? $"榜单「{call.Title}」已选定挂帅，不能再次选定。"
                        : $"这张卡片已过期（榜单「{call.Title}」现为{call.Status.Chinese()}），请以最新的卡片为准。");
                var keys = choose.Keys.Distinct().ToList();
                if (keys.Count == 0) return CallResult.Failure(CallErrorCode.Invalid, "请至少选定一个揭榜单位。");
                if (keys.FirstOrDefault(k => call.ApplicationOf(k) is not { Active: true }) is { } gone)
                    return CallResult.Failure(CallErrorCode.Invalid, "所选的申请已撤回或不存在，请重新选择。");
                if (choose.TaskIds.Count != keys.Count) return CallResult.Failure(CallErrorCode.Invalid, "每个挂帅单位都应有一项任务。");
                next = call with { Status = OpenCallStatus.Awarded, Winners = keys, TaskIds = choose.TaskIds, DecidedAt = now };
                action = CallAction.Choose;
                detail = string.Join("、", keys.Select(k => call.ApplicationOf(k)!.Who));
                break;
            case ExtendSignUp extend:
                if (!MayDecide(actor, call))
                    return CallResult.Failure(CallErrorCode.NotPermitted, $"只有发布榜单的领导、督办领导或督查室可以延长报名，{actor.Name}（{actor.Role.Chinese()}）不能延长。");
                if (call.Status is not (OpenCallStatus.Open or OpenCallStatus.Closed))
                    return CallResult.Failure(CallErrorCode.Invalid, $"榜单「{call.Title}」{call.Status.Chinese()}，不能延长报名。");
                if (extend.NewDeadline < today || extend.ClosesAt <= now || extend.NewDeadline <= call.SignUpDeadline)
                    return CallResult.Failure(CallErrorCode.Invalid, $"新的报名截止日期应晚于今天和原截止日期（{call.SignUpDeadline:yyyy-MM-dd}）。");
                next = call with
                {
                    SignUpDeadline = extend.NewDeadline, SignUpClosesAt = extend.ClosesAt, SignUpPhrase = null, Status = OpenCallStatus.Open,
                    Round = call.Status == OpenCallStatus.Closed ? call.Round + 1 : call.Round,
                };
                action = CallAction.Extend;
                detail = $"{call.SignUpDeadline:yyyy-MM-dd} → {extend.NewDeadline:yyyy-MM-dd}";
                break;
            case WithdrawCall withdraw:
                if (!MayDecide(actor, call))
                    return CallResult.Failure(CallErrorCode.NotPermitted, $"只有发布榜单的领导、督办领导或督查室可以撤销榜单，{actor.Name}（{actor.Role.Chinese()}）不能撤销。");
                if (call.Status is not (OpenCallStatus.Open or OpenCallStatus.Closed))
                    return CallResult.Failure(CallErrorCode.Invalid, $"榜单「{call.Title}」{call.Status.Chinese()}，不能撤销。");
                next = call with { Status = OpenCallStatus.Withdrawn, DecidedAt = now };
                action = CallAction.WithdrawCall;
                detail = string.IsNullOrWhiteSpace(withdraw.Reason) ? null : withdraw.Reason.Trim();
                break;
            default:
                return CallResult.Failure(CallErrorCode.Invalid, "无法识别的操作。");
        }
        next = next with { Version = call.Version + 1 };
        return new CallResult(next, new CallEvent(call.Id, next.Version, now, actor.Ref, action, detail), null);
    }

    /// <summary>The first version of a call and its first event.</summary>
    public static (OpenCall Call, CallEvent Event) Publish(OpenCall draft, string id, DateTimeOffset now)
    {
        var call = draft with { Id = id, Status = OpenCallStatus.Open, Version = 1, PublishedAt = now, Round = 1, Applications = [], Winners = [], TaskIds = [] };
        return (call, new CallEvent(id, 1, now, call.Publisher, CallAction.Publish, call.Title));
    }

    private static OpenCall Replace(OpenCall call, CallApplication application) =>
        call with { Applications = call.Applications.Select(a => a.Key == application.Key ? application : a).ToList() };

    private static ApplicationForm Trim(ApplicationForm f) =>
        new(f.Plan.Trim(), f.TeamLead.Trim(), f.Outcome.Trim(), f.Needs.Trim(), string.IsNullOrWhiteSpace(f.Link) ? null : f.Link.Trim());

    private static string Show(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, China).ToString("MM-dd HH:mm");
}
