using TaskBot.Digest;
using TaskBot.OpenCalls;
using TaskBot.Tasks;
using TaskBot.Tests.Storage;
using static TaskBot.Tests.Tasks.TestData;

namespace TaskBot.Tests.Digest;

/// <summary>The weekly digest's 揭榜挂帅 section, from calls and their tasks.</summary>
public sealed class CallDigestTests
{
    private static readonly ApplicationForm Plan = new("方案", "负责人", "成果", "", null);

    [Fact]
    public void Open_calls_closing_this_week_without_applicants_and_the_progress_of_call_tasks_are_listed()
    {
        var task = (DirectiveTask)TaskLifecycle.Create(NewDraft(Gongxin, []), Leader, new TaskId(2026, 7), Now).Task;
        task = task with { Units = [task.Units[0] with { Progress = new UnitProgress(40, "试验中", GongxinChief.Ref, Now) }], Status = DirectiveTaskStatus.InProgress };
        var soon = StoreContract.CallDraft(Today.AddDays(3)) with { Id = "JB-2026-000001", Status = OpenCallStatus.Open, Version = 1 };
        var later = StoreContract.CallDraft(Today.AddDays(30)) with
        {
            Id = "JB-2026-000002", Title = "冷链集配中心运营", Status = OpenCallStatus.Open, Version = 2,
            Applications = [new CallApplication(Caizheng, Caizheng, CaizhengChief.Ref, Plan, Now)],
        };
        var awarded = StoreContract.CallDraft(Today.AddDays(-5)) with
        {
            Id = "JB-2026-000003", Title = "茶园绿色防控", Status = OpenCallStatus.Awarded, Version = 5, Winners = [Gongxin], TaskIds = [task.Id.ToString()],
            Applications = [new CallApplication(Gongxin, Gongxin, GongxinChief.Ref, Plan, Now)],
        };
        var d = CallDigest.Compute([soon, later, awarded], new Dictionary<TaskId, DirectiveTask> { [task.Id] = task }, Today);

        Assert.Equal(["JB-2026-000001", "JB-2026-000002"], d.Open.Select(c => c.Id));
        Assert.Equal(["JB-2026-000001"], d.ClosingThisWeek.Select(c => c.Id));
        Assert.Equal(["JB-2026-000001"], d.WithoutApplicants.Select(c => c.Id));
        var line = Assert.Single(d.Tasks);
        Assert.Equal((Gongxin, 40), (line.Lead, line.Percent));

        var sections = DigestCard.Sections(WeeklyDigest.Compute([], Today, TaskBot.Calendar.ChinaWorkingCalendar.Default) with { OpenCalls = d });
        var (title, lines) = Assert.Single(sections);
        Assert.StartsWith("揭榜挂帅（报名中 2 个，本周截止 1 个，无人揭榜 1 个，挂帅任务 1 项）", title);
        Assert.Contains(lines, l => l.Text.Contains("JB-2026-000001") && l.Text.Contains("本周截止") && l.Text.Contains("已揭榜 0"));
        Assert.Contains(lines, l => l.Text.Contains(task.Id.ToString()) && l.Text.Contains("县工业和信息化局 挂帅") && l.Text.Contains("40%"));
    }
}
