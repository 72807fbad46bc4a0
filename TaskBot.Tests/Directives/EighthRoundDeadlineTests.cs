using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Deadline families of the eighth round (year- and period-level targets missed in holdout-b, r5-lists, r6-lists and
/// the lookalikes): each test asserts the date a user sees on the task's card; each rule has counter-tests where the
/// text must keep no date (or no task).
/// </summary>
public class EighthRoundDeadlineTests
{
    static string? Date(ParsedTask t) => t.Deadline?.ToString("yyyy-MM-dd");

    // Rule cumulative_target: 累计 after a year target that opens its sentence (到2028年, 争取到2028年) counts up to that
    // target; the figure is the target's, not progress told (hb-084, hb-085, hb-087).
    [Theory]
    [InlineData("3. 推进老旧设备更新。到2028年,累计完成20台(套)左右老旧锅炉更新替代。")]
    [InlineData("推进城镇供水管网改造方面,争取到2028年累计改造老旧管网300公里以上,完成二次供水设施改造50处。")]
    [InlineData("到2028年，全县累计建成新能源充电桩2000个，累计新建乡镇充电站20个以上。")]
    public void Counting_up_to_a_year_target_is_that_target(string text)
    {
        var tasks = Parse(text);
        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.Equal("2028-12-31", Date(t)));
    }

    [Theory]
    // a year already over at the reference: the count is progress told
    [InlineData("到2025年底，全县累计完成农村改厕1.2万户，改厕村基本消除旱厕。")]
    // 已 tells it was done
    [InlineData("到2028年，全县已累计建成新能源充电桩2000个。")]
    // no target before it: a report of the year so far
    [InlineData("今年以来，全县累计完成固定资产投资12亿元，同比增长8%。")]
    public void Counts_reported_stay_reports(string text) =>
        Assert.DoesNotContain(Parse(text), t => t.Deadline is not null);
}
