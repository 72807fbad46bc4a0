using TaskBot.Directives.OpenCalls;
using TaskBot.Directory;

namespace TaskBot.OpenCalls;

/// <summary>Open (报名中) → Closed (报名截止, waiting for the leader's choice) → Awarded (已揭榜, winners have tasks);
/// Withdrawn (已撤销) from Open or Closed. 延长报名 takes a Closed call back to Open for a new round.</summary>
public enum OpenCallStatus { Open, Closed, Awarded, Withdrawn }

/// <summary>
/// An open call (揭榜挂帅 榜单): the leadership publishes a problem, units (or anyone, see <see cref="Eligibility"/>)
/// step forward with a plan until the sign-up deadline, and the leader picks who takes command (挂帅); each winner
/// then leads a normal task. Immutable, versioned like a task: the store writes a new value only over the version
/// it read. Applications and the audit trail are stored beside the call (one row each), not inside it.
/// </summary>
public sealed record OpenCall
{
    /// <summary><c>JB-2026-000001</c>; given by the store when the call is published.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>What is to be achieved: the deliverable of each winner's task.</summary>
    public required string Goal { get; init; }
    public string? Support { get; init; }
    /// <summary>The last local (Asia/Shanghai) day on which one may apply, inclusive.</summary>
    public required DateOnly SignUpDeadline { get; init; }
    public string? SignUpPhrase { get; init; }
    /// <summary>The instant sign-up closes: the end of <see cref="SignUpDeadline"/> in China time unless configured
    /// otherwise (<c>TaskBot:OpenCalls:SignUpClosesAt</c>); fixed when the call is published or extended.</summary>
    public required DateTimeOffset SignUpClosesAt { get; init; }
    /// <summary>The term in months: a winner's task is due this long after the choice.</summary>
    public required int TermMonths { get; init; }
    public string? TermText { get; init; }
    public required CallEligibility Eligibility { get; init; }
    /// <summary>With <see cref="CallEligibility.ListedUnits"/>: the canonical names of the units that may apply.</summary>
    public IReadOnlyList<string> EligibleUnits { get; init; } = [];
    public required PersonRef Publisher { get; init; }
    public PersonRef? Supervisor { get; init; }
    public required DateTimeOffset PublishedAt { get; init; }
    public required string SourceText { get; init; }
    /// <summary>Where the 榜单 card was posted (a conversation store key), updated in place as the call moves on.</summary>
    public string? ChannelKey { get; init; }
    public required OpenCallStatus Status { get; init; }
    /// <summary>1 at publication; each 延长报名 starts the next round, which gets its own choice card.</summary>
    public int Round { get; init; } = 1;
    public IReadOnlyList<CallApplication> Applications { get; init; } = [];
    /// <summary>The keys of the winning applications and the tasks created for them, in the same order.</summary>
    public IReadOnlyList<string> Winners { get; init; } = [];
    public IReadOnlyList<string> TaskIds { get; init; } = [];
    public DateTimeOffset? DecidedAt { get; init; }
    public required long Version { get; init; }

    public IEnumerable<CallApplication> Active => Applications.Where(a => a.Active);
    public CallApplication? ApplicationOf(string key) => Applications.FirstOrDefault(a => a.Key == key);
}

/// <summary>One unit's (or, for a call open to anyone, one person's) application: the short plan the card asks for.</summary>
/// <param name="Key">The unit's canonical name, or <c>person:{aad}</c>: one application per unit or person.</param>
public sealed record CallApplication(string Key, string? Unit, PersonRef Applicant, ApplicationForm Form, DateTimeOffset At)
{
    public DateTimeOffset? EditedAt { get; init; }
    public DateTimeOffset? WithdrawnAt { get; init; }
    public bool Active => WithdrawnAt is null;
    /// <summary>How the applicant is named on cards: the unit, else the person.</summary>
    public string Who => Unit is null ? Applicant.Name : $"{Unit}（{Applicant.Name}）";
}

/// <summary>方案摘要, 团队负责人, 预期成果, 需要的支持, and an optional link.</summary>
public sealed record ApplicationForm(string Plan, string TeamLead, string Outcome, string Needs, string? Link);

/// <summary>One change of a call, for its audit trail (who did what, when, at which version).</summary>
public sealed record CallEvent(string CallId, long Version, DateTimeOffset At, PersonRef Actor, CallAction Action, string? Detail);

public enum CallAction { Publish, Apply, EditApplication, WithdrawApplication, Close, Choose, Extend, WithdrawCall }

public static class CallActions
{
    public static string Chinese(this CallAction a) => a switch
    {
        CallAction.Publish => "发布榜单",
        CallAction.Apply => "揭榜",
        CallAction.EditApplication => "修改申请",
        CallAction.WithdrawApplication => "撤回申请",
        CallAction.Close => "报名截止",
        CallAction.Choose => "选定挂帅",
        CallAction.Extend => "延长报名",
        _ => "撤销榜单",
    };

    public static string Chinese(this OpenCallStatus s) => s switch
    {
        OpenCallStatus.Open => "报名中",
        OpenCallStatus.Closed => "报名截止，待选定",
        OpenCallStatus.Awarded => "已揭榜",
        _ => "已撤销",
    };

    public static string Chinese(this CallEligibility e) => e switch
    {
        CallEligibility.AllUnits => "全县各单位",
        CallEligibility.ListedUnits => "指定单位",
        _ => "名录内所有人",
    };
}
