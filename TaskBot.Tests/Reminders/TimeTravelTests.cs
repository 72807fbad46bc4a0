using TaskBot.Tasks;
using TaskBot.Tests.Tasks;
using static TaskBot.Tests.Reminders.ReminderRig;
using static TaskBot.Tests.Tasks.TestData;

namespace TaskBot.Tests.Reminders;

/// <summary>
/// One task's whole life on the fake clock and the real SQLite store, swept every half hour (at :01 and :31, as
/// the every-minute sweep would find them) by two sweepers, as after a restart or on two instances. Around the
/// 2026 中秋/国庆 holidays: 09-20 (Sunday) and 10-10 (Saturday) are make-up working days, 09-25..27 and
/// 10-01..07 are off.
/// </summary>
public class TimeTravelTests
{
    /// <summary>Sweeps from the rig's current time to <paramref name="until"/>, every 30 minutes.</summary>
    private static async Task TravelAsync(ReminderRig rig, DateTimeOffset until, params TaskBot.Reminders.ReminderSweeper[] sweepers)
    {
        while (rig.Time.GetUtcNow() < until)
        {
            rig.Time.Advance(TimeSpan.FromMinutes(30));
            foreach (var s in sweepers) await s.SweepAsync(CancellationToken.None);
        }
    }

    private static string Line(Delivered d) =>
        $"{d.At.ToOffset(TimeSpan.FromHours(8)):MM-dd HH:mm} {d.Kind} {d.Unit ?? "*"} → {d.Recipient}";

    [Fact]
    public async Task A_task_is_nudged_at_the_right_times_to_the_right_people_through_holidays_extension_and_completion()
    {
        await using var rig = new ReminderRig(China(9, 17, 14, 1));
        var a = rig.NewSweeper();
        var b = rig.NewSweeper();   // a second instance on the same store: nothing may go out twice
        var task = await rig.IssueAsync(new DateOnly(2026, 10, 9), coLeads: [Caizheng]);   // issued Thu 09-17 14:01
        var id = task.Id;

        await TravelAsync(rig, China(9, 18, 16, 1), a, b);
        await rig.ApplyAsync(id, new AcknowledgeTask(CaizhengChief, Caizheng));            // 财政局 signs on day 1
        await TravelAsync(rig, China(9, 21, 10, 1), a, b);
        await rig.ApplyAsync(id, new AcknowledgeTask(GongxinChief, Gongxin));               // 工信局 only on day 3
        await TravelAsync(rig, China(9, 22, 10, 1), a, b);
        await rig.ApplyAsync(id, new ReportProgress(GongxinLiaison, Gongxin, 30, "已完成调研"));
        await TravelAsync(rig, China(10, 15, 10, 1), a, b);
        await rig.ApplyAsync(id, new RequestExtension(GongxinChief, Gongxin, new DateOnly(2026, 10, 23), "需补充征求意见"));
        await TravelAsync(rig, China(10, 16, 15, 1), a, b);
        await rig.ApplyAsync(id, new ApproveExtension(Leader));                             // re-plans on the new deadline
        await TravelAsync(rig, China(10, 23, 10, 1), a, b);
        await rig.ApplyAsync(id, new SubmitTask(GongxinChief, Gongxin, "政策初稿已印发"));
        await TravelAsync(rig, China(10, 23, 15, 1), a, b);
        await rig.ApplyAsync(id, new CompleteTask(Leader));
        await TravelAsync(rig, China(11, 6, 18, 1), a, b);

        string[] gx = ["aad-gx", "aad-gx2"], cz = ["aad-cz"];
        IEnumerable<string> Unit(string when, string kind, string unit, string[] people) => people.Select(p => $"{when} {kind} {unit} → {p}");
        IEnumerable<string> Both(string when, string kind) => Unit(when, kind, Gongxin, gx).Concat(Unit(when, kind, Caizheng, cz));
        var expected = new List<string>
        {
            // Not signed 1 working day after 14:01 on Thursday: each unit's chief, at the same time of day.
            $"09-18 14:31 NotAcknowledged {Gongxin} → aad-gx", $"09-18 14:31 NotAcknowledged {Caizheng} → aad-cz",
            // Day 2 is Sunday 09-20, a make-up working day: the chief again, and the 督查室.
            $"09-20 14:31 NotAcknowledged {Gongxin} → aad-gx", $"09-20 14:31 NotAcknowledgedOffice {Gongxin} → aad-office",
            // 11 working days: the midpoint is 09-24; 工信局 reported on 09-22, so only 财政局 is asked.
            $"09-24 09:01 ProgressRequest {Caizheng} → aad-cz",
        };
        expected.AddRange(Both("09-29 09:01", "DueIn3"));       // 3 working days before 10-09, before 国庆
        expected.AddRange(Both("10-08 09:01", "DueIn1"));       // nothing during 10-01..07
        expected.AddRange(Both("10-09 09:01", "DueToday"));
        expected.AddRange(Both("10-10 09:01", "Overdue"));      // Saturday, a make-up working day
        expected.AddRange(Both("10-12 09:01", "Overdue"));
        expected.AddRange(Both("10-13 09:01", "Overdue"));
        expected.Add("10-13 09:01 EscalateSupervisor * → aad-leader");   // no supervisor: the issuing leader
        expected.AddRange(Both("10-14 09:01", "Overdue"));
        expected.AddRange(Both("10-15 09:01", "Overdue"));
        expected.Add("10-15 09:01 EscalateOffice * → aad-office");
        // Extension pending from 10-15 10:00, approved 10-16 15:00 to 10-23: nothing on 10-16.
        expected.AddRange(Both("10-20 09:01", "DueIn3"));
        expected.AddRange(Both("10-22 09:01", "DueIn1"));
        expected.AddRange(Both("10-23 09:01", "DueToday"));
        // 报结 at 10:00 on 10-23 and 确认办结 later: nothing more.

        var got = rig.Recorder.Received.ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), got.Select(Line).Order(StringComparer.Ordinal));
        Assert.Equal(got.Count, got.Select(d => d.Message.Key).Distinct().Count());
        Assert.All(got, d => Assert.False(rig.Policy.Calendar.IsQuiet(d.At), $"sent in quiet time: {Line(d)}"));
        Assert.Null((await rig.Store.GetAsync(id, CancellationToken.None))!.NextReminderAt);
    }

    [Fact]
    public async Task Cards_carry_the_colour_the_deadline_in_working_days_the_last_progress_and_the_unit_buttons()
    {
        await using var rig = new ReminderRig(China(9, 17, 14, 1));
        var sweeper = rig.NewSweeper();
        var task = await rig.IssueAsync(new DateOnly(2026, 10, 9), coLeads: [Caizheng]);
        await rig.ApplyAsync(task.Id, new AcknowledgeTask(GongxinChief, Gongxin));
        await rig.ApplyAsync(task.Id, new ReportProgress(GongxinChief, Gongxin, 40, "初稿起草中"));
        await TravelAsync(rig, China(10, 10, 10, 1), sweeper);

        var yellow = rig.Recorder.Received.Single(d => d.Kind == "DueIn3" && d.Recipient == "aad-gx").Message;
        var red = rig.Recorder.Received.Single(d => d.Kind == "Overdue" && d.Recipient == "aad-gx").Message;
        var coLead = rig.Recorder.Received.Single(d => d.Kind == "Overdue" && d.Recipient == "aad-cz").Message;
        Assert.Equal("warning", yellow.Card["body"]![0]!["style"]!.GetValue<string>());
        Assert.Contains("2026-10-09（星期五），剩余 3 个工作日", yellow.Card.ToJsonString(Json));
        Assert.Equal("attention", red.Card["body"]![0]!["style"]!.GetValue<string>());
        var json = red.Card.ToJsonString(Json);
        Assert.Equal("1.5", red.Card["version"]!.GetValue<string>());
        Assert.Contains(task.Id.ToString(), json);
        Assert.Contains("差异化支持政策初稿", json);
        Assert.Contains("已逾期 1 个工作日", json);
        Assert.Contains("40%", json);
        Assert.Contains("初稿起草中", json);
        Assert.StartsWith("逾期提醒：" + task.Id, red.Summary);
        string[] Buttons(TaskBot.Delivery.NudgeMessage m) => m.Card["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()).ToArray();
        Assert.Equal(["反馈进度", "申请延期", "报结"], Buttons(red));            // already signed: no 签收
        // 财政局 has not signed: 签收 only (the lifecycle refuses progress before signing); after 签收 the card turns
        // into the task card with 反馈进度. A co-lead neither extends nor submits.
        Assert.Equal(["签收"], Buttons(coLead));
        var data = red.Card["actions"]![0]!["card"]!["actions"]![0]!["data"]!.AsObject();
        Assert.Equal(["taskId", "version"], data.Select(p => p.Key).ToArray());
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task A_task_issued_on_the_evening_before_national_day_is_first_nudged_after_the_holiday()
    {
        await using var rig = new ReminderRig(China(9, 30, 20, 1));
        var sweeper = rig.NewSweeper();
        await rig.IssueAsync(new DateOnly(2026, 10, 30));
        await TravelAsync(rig, China(10, 9, 18, 1), sweeper);
        // Assigned in quiet time: it counts from 10-08 09:00, so "1 working day later" is 10-09 09:00.
        Assert.Equal(["10-09 09:01 NotAcknowledged 县工业和信息化局 → aad-gx"], rig.Recorder.Received.Select(Line));
    }

    [Fact]
    public async Task A_reminder_missed_while_the_app_was_down_goes_out_the_next_working_morning_not_at_night()
    {
        await using var rig = new ReminderRig(China(9, 28, 10, 1));
        var sweeper = rig.NewSweeper();
        var task = await rig.IssueAsync(new DateOnly(2026, 10, 9));
        await rig.ApplyAsync(task.Id, new AcknowledgeTask(GongxinChief, Gongxin));
        await TravelAsync(rig, China(9, 28, 12, 1), sweeper);
        rig.Time.SetUtcNow(China(9, 29, 20, 1));            // down all day 09-29: the DueIn3 nudge was missed
        await sweeper.SweepAsync(CancellationToken.None);
        Assert.Empty(rig.Recorder.Received);                // 20:01 is quiet time
        await TravelAsync(rig, China(9, 30, 12, 1), sweeper);
        Assert.Equal(["09-30 09:01 DueIn3 县工业和信息化局 → aad-gx", "09-30 09:01 DueIn3 县工业和信息化局 → aad-gx2"],
            rig.Recorder.Received.Select(Line).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_deadline_on_a_holiday_gets_one_card_on_the_first_working_morning_after_it_the_overdue_one()
    {
        await using var rig = new ReminderRig(China(9, 28, 10, 1));
        var sweeper = rig.NewSweeper();
        var task = await rig.IssueAsync(new DateOnly(2026, 10, 3));
        await rig.ApplyAsync(task.Id, new AcknowledgeTask(GongxinChief, Gongxin));
        await TravelAsync(rig, China(10, 8, 18, 1), sweeper);
        // Issued on 09-28, the day of the 3-days-before nudge: it goes out at once (the task's state today).
        Assert.Equal(["09-28 10:31 DueIn3", "09-30 09:01 DueIn1", "10-08 09:01 Overdue"],
            rig.Recorder.Received.Where(d => d.Recipient == "aad-gx").Select(d => Line(d)[..^(" 县工业和信息化局 → aad-gx".Length)]));
    }

    [Fact]
    public async Task A_task_created_already_overdue_is_nudged_at_once_with_all_day_hours()
    {
        await using var rig = new ReminderRig(China(10, 11, 3, 0), workingHours: "00:00-24:00", workingDaysOnly: false);
        var sweeper = rig.NewSweeper();
        var task = await rig.IssueAsync(new DateOnly(2026, 10, 9));    // Sunday 03:00, deadline two days ago
        rig.Time.Advance(TimeSpan.FromSeconds(5));
        await sweeper.SweepAsync(CancellationToken.None);
        await sweeper.SweepAsync(CancellationToken.None);
        Assert.Equal(["Overdue"], rig.Recorder.Received.Where(d => d.Recipient == "aad-gx").Select(d => d.Kind));
        Assert.Contains("已逾期", rig.Recorder.Received.First().Message.Text);
    }
}
