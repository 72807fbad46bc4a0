using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Rule AddresseeBeforeAttitude (ClauseReading): the units a speaker's 要求 / 请 addresses in a clause that only sets
/// the tone ("会议要求各乡镇高度重视") are read there, and so lead the work asked next in the sentence. With its
/// counter-tests: a following clause that names its own unit keeps it; a unit followed by an attitude phrase with no
/// 要求 before it (a report) gives no task; an attitude alone hands nothing over.
/// </summary>
public class ToneAddresseeRuleTests
{
    [Theory]
    // The example: the meeting's opener ends in 要求, its units stand before 高度重视 alone.
    [InlineData("会议要求各乡镇高度重视，12月底前完成排查。", "各乡镇", "2026-12-31", "完成排查")]
    // 强调 asks as 要求 does after 会议.
    [InlineData("会议强调各乡镇高度重视，12月底前完成排查。", "各乡镇", "2026-12-31", "完成排查")]
    // A named unit (not only a 各 generic) after a speaker's 要求.
    [InlineData("县政府要求县住建局高度重视，12月底前完成排查。", "县住建局", "2026-12-31", "完成排查")]
    // Another attitude phrase of the list, and a unit list.
    [InlineData("会议要求县住建局、县应急局提高思想认识，12月底前完成排查。", "县住建局、县应急局", "2026-12-31", "完成排查")]
    public void Units_asked_for_an_attitude_lead_the_work_asked_next(string text, string lead, string date, string words)
    {
        var task = Single(text);
        Assert.Equal(lead, string.Join("、", task.Lead));
        Assert.Equal(DateOnly.Parse(date), task.Deadline);
        Assert.Contains(words, task.Deliverable ?? "");
    }

    [Fact]
    public void Every_task_asked_after_the_attitude_is_the_addressees()
    {
        var tasks = Parse("会议要求各乡镇高度重视，12月底前完成隐患排查，3月底前完成整改。");
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(["各乡镇"], t.Lead));
        Assert.Equal(new DateOnly(2027, 3, 31), tasks[1].Deadline);
    }

    [Fact]
    public void A_following_clause_that_names_its_own_unit_keeps_it()
    {
        var task = Single("会议要求县住建局高度重视，县应急局12月底前完成排查。");
        Assert.Equal(["县应急局"], task.Lead);
    }

    [Fact]
    public void Role_words_after_the_attitude_decide_lead_and_co()
    {
        var task = Single("会议要求各乡镇高度重视，县住建局牵头，县应急局配合，12月底前完成隐患排查。");
        Assert.Equal(["县住建局"], task.Lead);
        Assert.Equal(["县应急局"], task.Co);
    }

    [Theory]
    // Counter: a unit's attitude told without 要求 reports what it did.
    [InlineData("县住建局高度重视安全生产，今年以来共排查隐患120处。")]
    // Counter: an attitude asked, and nothing else, hands nothing over.
    [InlineData("会议要求各乡镇高度重视安全生产。")]
    public void An_attitude_alone_gives_no_task(string text) => Assert.Empty(Parse(text));
}
