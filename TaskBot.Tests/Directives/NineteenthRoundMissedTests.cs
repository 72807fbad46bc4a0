using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Grouping rules of the nineteenth round (family: task_missed). Each rule's made-up examples of its shape, and
/// counter-tests where it must not fire.
/// </summary>
public class NineteenthRoundMissedTests
{
    // Rule NobodysSemicolonListGoesOn: a semicolon list asked of nobody goes on as it does for a named unit: each item
    // whose first words name a job is one more task, with an empty lead.
    [Theory]
    [InlineData("会议要求，要全力推进在建安置房项目建设，加快拟建安置房项目的招标、进场；进一步做实资金保障，加快融资。")]
    [InlineData("李县长强调，要加快推进城区排水管网改造，抓紧完成管网普查；进一步做实汛期物资储备，加强值班值守。")]
    public void Each_item_of_a_semicolon_list_asked_of_nobody_is_a_task(string text)
    {
        var tasks = Parse(text, "2026-03-05");
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Empty(t.Lead));
    }

    [Fact]
    public void The_items_of_a_named_units_semicolon_list_keep_their_units()
    {
        var tasks = Parse("会议要求，各乡镇要全力推进在建安置房项目建设，加快拟建安置房项目的招标、进场；进一步做实资金保障，加快融资。", "2026-03-05");
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(["各乡镇"], t.Lead));
    }

    // Counter-tests: a dated target's list spells out the target; a report hands nothing over; a purpose stays.
    [Fact]
    public void A_list_under_a_dated_target_stays_one_task()
    {
        var t = Single("2021至2025年，完成10个村庄农村生活污水治理任务；农村黑臭水体基本消除，全面建立完善农村生活污水治理长效运维管理机制。", "2021-03-05");
        Assert.Equal("2025-12-31", DateOf(t));
    }

    [Fact]
    public void A_reported_semicolon_list_makes_no_task() =>
        Assert.Empty(Parse("今年以来，全镇已完成危房改造85户；进一步做实安全生产检查36次。", "2026-03-05"));

    [Fact]
    public void A_purpose_after_the_semicolon_stays_in_the_task_before() =>
        Assert.Single(Parse("会议要求，要全力推进在建安置房项目建设；确保6月底前全部交付使用。", "2026-03-05"));
}
