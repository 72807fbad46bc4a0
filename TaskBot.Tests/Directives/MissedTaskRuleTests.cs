using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Tasks that were missed: requirements the leader asked for that gave no task. Rule ListEntryIsAsked: the entries of
/// a numbered list that a cue asked for (会议要求：一是…二是…) are asked by that cue even without a modal of their own;
/// with its counter-tests (reports, exhortations, lists nobody asked for, units named in the entry itself).
/// </summary>
public class MissedTaskRuleTests
{
    [Theory]
    // A list the meeting asked for: each entry's first job is a task; no unit named → empty lead (the leader picks).
    [InlineData("会议要求：一是要锁定苗溪片区范围，确定四至界限。二是动员村组积极配合片区内土地现状的清理清查工作。三是统计苗溪片区范围内土地的权属情况。",
        "/四至界限 | /清理清查 | /统计苗溪片区")]
    // Numeral markers of a list a colon opened.
    [InlineData("会议要求：\n1、加快推进城西片区征迁。\n2、做好安置房分配工作。", "/城西片区征迁 | /安置房分配")]
    // The units the cue named are the list's: each entry that names nobody is theirs.
    [InlineData("县长要求各乡镇：一是做好秸秆清运，二是做好防火巡查。", "各乡镇/秸秆清运 | 各乡镇/防火巡查")]
    [InlineData("会议要求各乡镇：一是做好秸秆清运。二是做好防火巡查。", "各乡镇/秸秆清运 | 各乡镇/防火巡查")]
    // Counter: an entry that names its own unit is that unit's task, asked by the list's cue.
    [InlineData("会议要求各乡镇：一是做好秸秆清运。二是县林业局做好防火巡查。", "各乡镇/秸秆清运 | 县林业局/防火巡查")]
    // Counter: a second list that no cue of its own opened ("进行了强调：一是…") is not the first list's addressees'.
    [InlineData("县长要求各乡镇：一是做好秸秆清运。二是做好防火巡查。同时，县长对重点工作进行了强调：一是做好维稳信访工作。",
        "各乡镇/秸秆清运 | 各乡镇/防火巡查 | /维稳信访")]
    public void Entries_of_an_asked_list_are_tasks(string text, string expected)
    {
        var tasks = Parse(text);
        var want = expected.Split(" | ");
        Assert.True(want.Length == tasks.Count, $"expected {want.Length} tasks, got: {string.Join(" | ", tasks.Select(Describe))}");
        for (int i = 0; i < want.Length; i++)
        {
            var (lead, words) = (want[i][..want[i].IndexOf('/')], want[i][(want[i].IndexOf('/') + 1)..]);
            Assert.Equal(lead, string.Join("、", tasks[i].Lead));
            Assert.Contains(words, tasks[i].Deliverable ?? "");
        }
    }

    [Theory]
    // Counter: a report in a numbered list (了) hands nothing over.
    [InlineData("会议听取了各单位汇报：一是完成了秸秆清运3000吨。二是完成了防火巡查20次。")]
    // Counter: exhortations to trainees: the job comes after a time and a modal, past the entry's first job.
    [InlineData("对于参加培训的学员，胡雯要求，一是要认真学习。二是珍惜交流机会。三是回去后，要将所学运用于工作实践中，提高工作效率和质量。")]
    // Counter: numbered lines that no colon opened (a progress cell of a table) are no asked list.
    [InlineData("四季度进展情况 1.召开调度会。2.清理卫生死角30余处。")]
    public void Lists_nobody_asked_for_give_no_task(string text) => Assert.Empty(Parse(text));

    [Fact]
    public void An_entry_with_a_date_keeps_its_date()
    {
        var tasks = Parse("会议要求：一是12月20日前完成城西片区征迁。二是做好安置房分配工作。");
        Assert.Equal(2, tasks.Count);
        Assert.Equal(new DateOnly(2026, 12, 20), tasks[0].Deadline);
        Assert.Empty(tasks[1].Lead);
        Assert.Null(tasks[1].Deadline);
    }
}
