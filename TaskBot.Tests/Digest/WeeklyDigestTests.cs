using Microsoft.Extensions.Logging.Abstractions;
using TaskBot.Calendar;
using TaskBot.Delivery;
using TaskBot.Digest;
using TaskBot.Directory;
using TaskBot.Scheduling;
using TaskBot.Tasks;
using TaskBot.Tests.Reminders;
using static TaskBot.Tests.Tasks.TestData;

namespace TaskBot.Tests.Digest;

/// <summary>
/// The 逾期周报 against a hand-computed example: Monday 2026-10-12, three units, on-time, late and open tasks.
/// "Last 4 weeks" is the 28 days 09-15..10-12; on-time signing is within 1 working day of assignment.
/// </summary>
public class WeeklyDigestTests
{
    static readonly DateOnly Today = new(2026, 10, 12);
    const string A = Gongxin, B = Caizheng, C = Shangwu;

    static DateTimeOffset At(int month, int day, int hour = 10) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    static DirectiveTask Task(int n, string lead, DateTimeOffset issued, DateTimeOffset? acked, (int M, int D) deadline,
        DateTimeOffset? submitted = null, DirectiveTaskStatus? status = null, string? coLead = null)
    {
        var by = new PersonRef("aad-x", "x");
        var units = new List<UnitAssignment> { new(lead, UnitRole.Lead) { Acknowledged = acked is { } a ? new(by, a) : null } };
        if (coLead is not null) units.Add(new(coLead, UnitRole.CoLead));
        return new DirectiveTask
        {
            Id = new TaskId(2026, n), SourceText = $"任务{n}", IssuedBy = Leader.Ref, IssuedAt = issued,
            ReferenceDate = DateOnly.FromDateTime(issued.DateTime), Units = units,
            Deadline = new(new DateOnly(2026, deadline.M, deadline.D), "限期"), Deliverable = $"成果{n}",
            Status = status ?? (submitted is null ? (acked is null ? DirectiveTaskStatus.Assigned : DirectiveTaskStatus.InProgress) : DirectiveTaskStatus.Completed),
            Submission = submitted is { } s ? new(lead, "已完成", null, by, s) : null, Version = 3,
        };
    }

    static readonly DirectiveTask[] Example =
    [
        Task(1, A, At(9, 16), At(9, 17), (9, 30), submitted: At(9, 29)),        // signed on time, done on time
        Task(2, A, At(9, 21), At(9, 23), (10, 9)),                              // signed late, open: 2 working days overdue (10-10 is a make-up Saturday)
        Task(3, B, At(9, 18), At(9, 18), (9, 28), submitted: At(10, 8)),        // done late
        Task(4, B, At(9, 22), At(9, 22), (10, 15)),                             // due this week, 3 working days left
        Task(5, C, At(10, 8, 9), null, (10, 30)),                               // not signed, signing was due 10-09
        Task(6, C, At(3, 2), At(3, 2), (3, 31), submitted: At(3, 30)),          // year to date only: on time
        Task(7, A, At(5, 6), At(5, 8), (6, 30), submitted: At(7, 2)),           // year to date only: signed late, done late
        Task(8, C, At(10, 12, 9), null, (10, 16), coLead: A),                   // issued today: signing not due yet
        Task(9, B, At(9, 20), null, (9, 25), status: DirectiveTaskStatus.Cancelled),   // cancelled: counts nowhere
    ];

    [Fact]
    public void Figures_match_the_hand_computed_example_worst_unit_first()
    {
        var d = WeeklyDigest.Compute(Example, Today, ChinaWorkingCalendar.Default);

        Assert.Equal("2026-W42", d.WeekKey);
        var overdue = Assert.Single(d.Overdue);
        Assert.Equal(A, overdue.Unit);
        Assert.Equal([("DB-2026-000002", 2)], overdue.Tasks.Select(t => (t.Id.ToString(), t.WorkingDaysOverdue)));
        Assert.Equal([("DB-2026-000004", 3), ("DB-2026-000008", 4)], d.DueThisWeek.Select(t => (t.Id.ToString(), t.WorkingDaysLeft)));
        Assert.Equal([("DB-2026-000005", C, 3), ("DB-2026-000008", C, 0), ("DB-2026-000008", A, 0)],
            d.Unacknowledged.Select(u => (u.Id.ToString(), u.Unit, u.WorkingDaysSinceIssue)));

        // Worst first: A and B both have 1 overdue in 4 weeks; B's on-time completion is 0% against A's 50%.
        Assert.Equal([B, A, C], d.Units.Select(u => u.Unit));
        var units = d.Units.ToDictionary(u => u.Unit);
        Assert.Equal(new UnitRecord(AckDue: 2, AckOnTime: 1, DoneDue: 2, DoneOnTime: 1, Overdue: 1), units[A].Last4Weeks);
        Assert.Equal(new UnitRecord(3, 1, 3, 1, 2), units[A].YearToDate);
        Assert.Equal(new UnitRecord(2, 2, 1, 0, 1), units[B].Last4Weeks);
        Assert.Equal(new UnitRecord(2, 2, 1, 0, 1), units[B].YearToDate);
        Assert.Equal(new UnitRecord(1, 0, 0, 0, 0), units[C].Last4Weeks);
        Assert.Equal(new UnitRecord(2, 1, 1, 1, 0), units[C].YearToDate);
        Assert.Equal(0.5, units[A].Last4Weeks.AckRate);
        Assert.Null(units[C].Last4Weeks.DoneRate);
    }

    [Fact]
    public void The_card_shows_at_most_15_rows_and_opens_the_rest_with_view_all()
    {
        var many = Enumerable.Range(1, 40).Select(n => Task(n, n % 2 == 0 ? A : B, At(9, 1), At(9, 1), (9, 30))).ToList();
        var card = DigestCard.Build("k", WeeklyDigest.Compute(many, Today, ChinaWorkingCalendar.Default)).Card;
        var shownRows = card["body"]!.AsArray().Count(e => string.Equals(e!["size"]?.GetValue<string>(), "small", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(DigestCard.PhoneRows, shownRows);
        var all = card["actions"]!.AsArray().Single()!;
        Assert.Equal("查看全部", all["title"]!.GetValue<string>());
        Assert.Contains("DB-2026-000040", all.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Contains("逾期周报（2026年第42周）", card.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Theory]
    [InlineData("2026-10-12T09:00:00+08:00", "2026-10-12T09:00:00+08:00")]   // an ordinary Monday
    [InlineData("2026-10-05T09:00:00+08:00", "2026-10-08T09:00:00+08:00")]   // Monday in 国庆: Thursday, the first working day
    [InlineData("2026-10-07T12:00:00+08:00", "2026-10-08T09:00:00+08:00")]
    [InlineData("2026-10-11T12:00:00+08:00", "2026-10-08T09:00:00+08:00")]   // Sunday of that ISO week: already due
    public void The_digest_is_due_monday_09_00_or_the_next_working_day(string now, string due)
    {
        var schedule = DigestSchedule.From(new DigestOptions(), ChinaWorkingCalendar.Default);
        Assert.Equal(DateTimeOffset.Parse(due), schedule.DueAt(DateTimeOffset.Parse(now)));
    }

    [Fact]
    public async Task Each_leader_and_the_office_get_the_weekly_digest_exactly_once_and_channels_replace_them()
    {
        await using var rig = new ReminderRig(At(10, 12, 9));
        await rig.IssueAsync(new DateOnly(2026, 10, 9));
        await using var sender = new NudgeSender(rig.Transport, ReminderRig.Fast, TimeProvider.System);
        var once = OnceDelivery.Create(rig.Store, sender, TimeSpan.FromMinutes(5), rig.Time);
        var service = new DigestService(rig.Store, once, ChinaWorkingCalendar.Default, new DigestOptions(), NullLogger<DigestService>.Instance);
        await service.SendWeeklyAsync(Today, CancellationToken.None);
        await service.SendWeeklyAsync(Today, CancellationToken.None);       // a second run, or a second instance
        Assert.Equal(["user:aad-leader", "user:aad-office"], rig.Recorder.Received.Select(d => d.Conversation).Order());
        Assert.Contains("逾期任务 1 项", rig.Recorder.Received.First().Message.Summary);

        var channels = new DigestService(rig.Store, once, ChinaWorkingCalendar.Default, new DigestOptions { Channels = ["19:abc@thread.tacv2"] },
            NullLogger<DigestService>.Instance);
        await channels.SendWeeklyAsync(Today.AddDays(7), CancellationToken.None);
        Assert.Equal("channel:19:abc@thread.tacv2", rig.Recorder.Received.Last().Conversation);
        Assert.Equal(3, rig.Recorder.Received.Count);
    }
}
