using TaskBot.OpenCalls;
using TaskBot.Tasks;

namespace TaskBot.Digest;

public sealed record CallLine(string Id, string Title, DateOnly SignUpDeadline, int Applicants, OpenCallStatus Status);

/// <param name="Percent">The lead unit's last reported progress, if any.</param>
public sealed record CallTaskLine(string CallId, string Title, TaskId TaskId, string Lead, DirectiveTaskStatus Status, int? Percent, DateOnly Deadline);

/// <summary>
/// The weekly digest's 揭榜挂帅 section, as a pure function of the calls, their tasks and the date: calls open for
/// sign-up, those closing in the coming 7 days, those nobody has applied to (open or waiting for the leader), and the
/// progress of the tasks that came from calls.
/// </summary>
public sealed record CallDigest(IReadOnlyList<CallLine> Open, IReadOnlyList<CallLine> ClosingThisWeek, IReadOnlyList<CallLine> WithoutApplicants,
    IReadOnlyList<CallTaskLine> Tasks)
{
    public static readonly CallDigest Empty = new([], [], [], []);
    public bool IsEmpty => Open.Count == 0 && WithoutApplicants.Count == 0 && Tasks.Count == 0;

    public static CallDigest Compute(IEnumerable<OpenCall> calls, IReadOnlyDictionary<TaskId, DirectiveTask> tasks, DateOnly today)
    {
        var all = calls.ToList();
        static CallLine Line(OpenCall c) => new(c.Id, c.Title, c.SignUpDeadline, c.Active.Count(), c.Status);
        var open = all.Where(c => c.Status == OpenCallStatus.Open).OrderBy(c => c.SignUpDeadline).ThenBy(c => c.Id, StringComparer.Ordinal).Select(Line).ToList();
        var closing = open.Where(c => c.SignUpDeadline >= today && c.SignUpDeadline <= today.AddDays(7)).ToList();
        var empty = all.Where(c => c.Status is OpenCallStatus.Open or OpenCallStatus.Closed && !c.Active.Any())
            .OrderBy(c => c.SignUpDeadline).Select(Line).ToList();
        var fromCalls = all.Where(c => c.Status == OpenCallStatus.Awarded)
            .SelectMany(c => c.TaskIds.Select(id => (Call: c, Id: TaskId.TryParse(id, out var t) ? t : null)))
            .Where(x => x.Id is { } id && tasks.ContainsKey(id))
            .Select(x => tasks[x.Id!.Value] is var t
                ? new CallTaskLine(x.Call.Id, x.Call.Title, t.Id, string.Join("、", t.LeadUnits.Select(u => u.Unit)), t.Status,
                    t.LeadUnits.Select(u => u.Progress?.Percent).FirstOrDefault(p => p is not null), t.Deadline.Date)
                : null!)
            .OrderBy(l => l.Deadline).ThenBy(l => l.TaskId).ToList();
        return new CallDigest(open, closing, empty, fromCalls);
    }
}
