using TaskBot.Calendar;
using TaskBot.Tasks;
using static TaskBot.Tests.Tasks.TestData;

namespace TaskBot.Tests.Tasks;

public class DeadlineAssessmentTests
{
    private static readonly IWorkingDayCalendar Calendar = ChinaWorkingCalendar.Default;

    private static DirectiveTask Due(string deadline, DirectiveTaskStatus status = DirectiveTaskStatus.InProgress) =>
        TaskLifecycleTests.InStatus(status) with { Deadline = new(DateOnly.Parse(deadline), "") };

    [Theory]
    [InlineData("2026-09-21", "2026-09-14", DeadlineColour.Normal, 6)]   // a week ahead, with make-up Sunday 9-20
    [InlineData("2026-09-17", "2026-09-14", DeadlineColour.Yellow, 3)]   // 3 working days: turns yellow
    [InlineData("2026-09-14", "2026-09-14", DeadlineColour.Yellow, 0)]   // due today
    [InlineData("2026-10-09", "2026-09-30", DeadlineColour.Yellow, 2)]   // 国庆 10-1..7 does not count: 10-8, 10-9
    [InlineData("2026-10-10", "2026-09-30", DeadlineColour.Yellow, 3)]   // 10-8, 10-9 and the make-up Saturday 10-10
    [InlineData("2026-10-12", "2026-09-30", DeadlineColour.Normal, 4)]   // ... and Monday 10-12
    public void Colour_follows_working_days_left_on_the_official_calendar(string deadline, string today, DeadlineColour colour, int left)
    {
        var a = DeadlineAssessment.Of(Due(deadline), DateOnly.Parse(today), Calendar);
        Assert.Equal(colour, a.Colour);
        Assert.False(a.IsOverdue);
        Assert.Equal(left, a.WorkingDaysLeft);
    }

    [Theory]
    [InlineData("2026-09-30", "2026-10-08", 1)]   // overdue through 国庆: the first working day after is day 1
    [InlineData("2026-09-11", "2026-09-12", 0)]   // Friday deadline seen on Saturday: red, 0 working days yet
    [InlineData("2026-09-11", "2026-09-16", 3)]
    public void A_passed_deadline_is_red_and_counts_working_days_overdue(string deadline, string today, int overdue)
    {
        var a = DeadlineAssessment.Of(Due(deadline), DateOnly.Parse(today), Calendar);
        Assert.Equal(DeadlineColour.Red, a.Colour);
        Assert.True(a.IsOverdue);
        Assert.Equal(overdue, a.WorkingDaysOverdue);
    }

    [Theory]
    [InlineData(DirectiveTaskStatus.Completed)]
    [InlineData(DirectiveTaskStatus.Cancelled)]
    [InlineData(DirectiveTaskStatus.Submitted)]   // waiting on the leader, not the unit
    [InlineData(DirectiveTaskStatus.Draft)]
    public void Finished_or_waiting_tasks_are_never_overdue(DirectiveTaskStatus status)
    {
        var a = DeadlineAssessment.Of(Due("2026-09-01", status), DateOnly.Parse("2026-09-16"), Calendar);
        Assert.Equal(DeadlineColour.Normal, a.Colour);
        Assert.False(a.IsOverdue);
    }

    [Fact]
    public void Overdue_is_derived_so_an_approved_extension_turns_a_red_task_normal_again()
    {
        var today = DateOnly.Parse("2026-09-16");
        var task = Due("2026-09-11");
        Assert.True(DeadlineAssessment.Of(task, today, Calendar).IsOverdue);
        Assert.False(DeadlineAssessment.Of(task with { Deadline = new(DateOnly.Parse("2026-10-30"), "") }, today, Calendar).IsOverdue);
    }
}
