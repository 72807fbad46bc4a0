using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-second round, deadlines: rule day_ensured (DeadlinePlacement.DayEnsured) and rule milestone_with_its_subject
/// (DeadlinePlacement.MilestoneCut). A day inside a clause that ensures a result (确保 / 保证 / 力争) is the time that
/// result is due even when the result's subject stands between the day and its verb ("确保东片区12月10日关仓"), and the
/// list of ensured days goes on in the next clause or after 、 with the next milestone's own name; each day is one task
/// of the same units (conventions: one task per deliverable that has its own deadline).
/// Counter-tests: a report that the result was ensured (已), a day that opens a sentence and says when something happened.
/// </summary>
public class TwentySecondRoundDatesTests
{
    [Fact]
    public void Days_ensured_after_a_connector_with_their_own_names_are_two_tasks()
    {
        var ts = Parse("各乡镇要加快秋粮收购进度，确保东片区12月10日关仓、西片区12月20日关仓。");
        Assert.Equal(2, ts.Count);
        Assert.All(ts, t => Assert.Equal(["各乡镇"], t.Lead));
        Assert.Equal(["2026-12-10", "2026-12-20"], ts.Select(DateOf).ToArray());
    }

    [Fact]
    public void An_ensured_day_list_goes_on_in_the_next_clause()
    {
        var ts = Parse("县农业农村局要组织好农机队伍，确保冬翻整地12月15日全部结束，12月25日冬季种植结束。");
        Assert.Equal(2, ts.Count);
        Assert.All(ts, t => Assert.Equal(["县农业农村局"], t.Lead));
        Assert.Equal(["2026-12-15", "2026-12-25"], ts.Select(DateOf).ToArray());
    }

    [Theory]
    [InlineData("各单位要做好各项准备工作，保证12月3日会议如期召开。", "各单位", "2026-12-03")]
    [InlineData("各供热企业要提前做好设备调试，确保热用户12月1日室温达标。", "各供热企业", "2026-12-01")]
    [InlineData("县文旅局要加快布展进度，力争12月18日展馆对外开放。", "县文旅局", "2026-12-18")]
    public void A_day_inside_an_ensured_result_is_its_deadline(string text, string lead, string expected)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(expected, DateOf(t));
    }

    [Fact]
    // Counter-test: the result reported as ensured (已) dates nothing.
    public void A_result_reported_as_ensured_is_no_deadline()
    {
        foreach (var t in Parse("县烟草公司已确保东片区12月10日关仓，县住建局要做好仓库维修工作。"))
            Assert.NotEqual("2026-12-10", DateOf(t));
    }

    [Fact]
    // Counter-test: a day opening a sentence says when something happened; no 确保 before it, no task from it.
    public void A_day_that_opens_a_report_is_no_deadline()
    {
        foreach (var t in Parse("12月10日，东片区烟叶收购关仓，县烟草公司组织人员进行了清点。"))
            Assert.NotEqual("2026-12-10", DateOf(t));
    }

    [Fact]
    // Counter-test: 分别 before two dates of one duty keeps them one task (dated_milestones_split's own limit).
    public void Two_dates_of_one_duty_stay_one_task()
    {
        var ts = Parse("各乡镇要确保分别于12月10日、12月20日前上报收购进度。");
        Assert.Single(ts);
        Assert.Equal(["各乡镇"], ts[0].Lead);
    }

    /// <summary>
    /// 後 is folded to 后 like the other traditional characters of notices: "春節前後" (around the festival) names no
    /// deadline, as 春节前后 does not; before the fold it was read as 春節前 (r13s-007).
    /// </summary>
    [Theory]
    [InlineData("各鄉鎮要在春節前後做好走訪慰問工作。", null)]
    [InlineData("各鄉鎮要在春節前做好走訪慰問工作。", "2027-02-04")]
    public void Around_a_festival_in_traditional_characters_is_no_deadline(string text, string? date)
    {
        var t = Single(text);
        Assert.Equal(["各鄉鎮"], t.Lead);
        Assert.Equal(date, DateOf(t));
    }
}

