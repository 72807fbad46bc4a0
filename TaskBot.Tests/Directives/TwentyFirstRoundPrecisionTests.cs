using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-first round, family "precision" (leads the parser names that the labels do not have), rule
/// WorkOnPlaceIsTopic (UnitGrammar, lexicon placeWorkNouns): a place written with a unit suffix (集镇, 变电站, 厕所)
/// and then the work done on it (改造, 建设, 整治, 硬化, 治理), then 工作 or 的…, then a modal, is the work's topic, not
/// a unit: the requirement names no unit and keeps an empty lead (conventions: units are units where a unit stands,
/// before 要; "a requirement that names something to be done but no unit is still a task, with an empty lead").
/// A listed name, a generic addressee (各乡镇) or a name opened by an administrative level (县水利局) stays a unit.
/// Gate against main 9dceb69: train fixed r8l-021, r13d-037 (tasks +5, r11l-032 too), regressed none; validation and
/// shared unchanged.
/// </summary>
public class TwentyFirstRoundPrecisionTests
{
    [Theory]
    [InlineData("会议要求,集镇改造工作要以规划、建设、管理为抓手,6月底前完成主街立面整治。", "2027-06-30")]
    [InlineData("听取汇报后,副县长要求,变电站建设的各个项目要全面铺开,确保9月15日前具备通电条件。", "2027-09-15")]
    [InlineData("三是背街巷道硬化和公共厕所改造要加快进度,确保12月底前全部完工。", "2026-12-31")]
    [InlineData("会议强调,污水处理站治理工作务必在12月20日前完成。", "2026-12-20")]
    public void The_work_on_a_place_names_no_unit(string text, string deadline)
    {
        var task = Assert.Single(Parse(text));
        Assert.Empty(task.Lead);
        Assert.Equal(DateOnly.Parse(deadline), task.Deadline);
    }

    /// <summary>Counter-tests, one per word: a unit before the same work keeps its task and its lead.</summary>
    [Theory]
    [InlineData("改造", "各乡镇改造工作要在6月底前全部完成。", "各乡镇")]
    [InlineData("建设", "县住建局建设工作要在6月底前完成验收。", "县住建局")]
    [InlineData("整治", "县城管执法局要在6月底前完成集镇整治。", "县城管执法局")]
    [InlineData("硬化", "各村要在6月底前完成通村道路硬化。", "各村")]
    [InlineData("治理", "县水利局治理工作要在6月底前完成。", "县水利局")]
    [InlineData("建设", "县交通运输局要加快客运站建设,6月底前完成主体工程。", "县交通运输局")]
    public void A_unit_before_the_same_work_keeps_its_task(string word, string text, string lead)
    {
        Assert.Contains(word, text);
        Assert.Contains(Lexicon.PlaceWorkNouns.Words, w => w == word);
        var task = Assert.Single(Parse(text));
        Assert.Equal([lead], task.Lead);
        Assert.Equal(new DateOnly(2027, 6, 30), task.Deadline);
    }

    [Fact]
    public void A_station_that_acts_is_still_a_unit()
    {
        // Only the work noun between the name and the modal makes the name a topic: 汽车站要… stays the lead.
        var task = Assert.Single(Parse("汽车站要在6月底前完成候车厅改造。"));
        Assert.Equal(["汽车站"], task.Lead);
    }
}
