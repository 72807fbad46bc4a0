using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twentieth round, deadlines: the lines the r20 label pass settled (eval/corpus/relabels/r20-dates.md) and the shapes of
/// the train misses that the grammar did not read. Rules: next_month_part (下月中旬), range_xun_ends (a window whose ends
/// are 旬, with a tripled dash or spaced numbers), part_of_day_by (下午下班前, 晚19:00前), and the s36 grammar bundle (first_month_yuan 元月, day_range_one_day_word 11月1-15日,
/// tonight_by 今晚…前, QingAddressesUnits 请各 is no public notice). Each has examples and counter-tests.
/// </summary>
public class TwentiethRoundDatesTests
{
    // ---- next_month_part ----

    [Theory]
    [InlineData("所有民生工程项目下月中旬要全部竣工完成。", "2026-12-20")]
    [InlineData("县住建局要在下月上旬完成老旧小区改造验收。", "2026-12-10")]
    [InlineData("县住建局要在下个月下旬前完成老旧小区改造验收。", "2026-12-31")]
    public void A_xun_of_the_next_month_is_its_10th_20th_or_last_day(string text, string expected) =>
        Assert.Equal(expected, DateOf(Single(text)));

    [Theory]
    // The forms next_month read before keep their dates.
    [InlineData("县住建局要在下月底前完成老旧小区改造验收。", "2026-12-31")]
    [InlineData("县住建局要在下个月10日前完成老旧小区改造验收。", "2026-12-10")]
    public void The_next_months_end_and_day_are_read_as_before(string text, string expected) =>
        Assert.Equal(expected, DateOf(Single(text)));

    // ---- range_xun_ends ----

    [Theory]
    // A window of 旬: due at the end's 旬; running into the next year when the end's month is before the start's.
    [InlineData("县水利局要在12月下旬至1月上旬完成堤防加固。", "2027-01-10", "县水利局")]
    [InlineData("各学院要在2027年5月下旬---6月上旬举办毕业生成果展。", "2027-06-10", "各学院")]
    [InlineData("各学院要于2027年6月中旬~6月底完成论文归档。", "2027-06-30", "各学院")]
    // A tripled dash and spaced numbers (PDF text) between two days.
    [InlineData("县住建局要在2026年11月27日---12月10日完成燃气管道排查。", "2026-12-10", "县住建局")]
    [InlineData("各学院要在12 月 1 日—12 月 10 日完成毕业生离校审核。", "2026-12-10", "各学院")]
    public void A_window_is_due_at_its_end(string text, string expected, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(expected, DateOf(t));
    }

    [Theory]
    // One 旬 alone is read as before (month_part), and a single spaced date is not a window.
    [InlineData("县水利局要在12月中旬前完成堤防加固。", "2026-12-20")]
    [InlineData("县水利局要在12 月 10 日前完成堤防加固。", "2026-12-10")]
    public void A_single_xun_or_day_is_read_as_before(string text, string expected) =>
        Assert.Equal(expected, DateOf(Single(text)));

    // ---- part_of_day_by ----

    [Theory]
    [InlineData("县水利局要在11月30日下午下班前报送防汛方案。", "2026-11-30", "县水利局", "11月30日下午下班前")]
    [InlineData("请各乡镇于11月28日晚19:00时前报送排查情况。", "2026-11-28", "各乡镇", "11月28日晚19:00时前")]
    [InlineData("请各乡镇于12月3日上午下班前报送排查情况。", "2026-12-03", "各乡镇", "12月3日上午下班前")]
    public void A_part_of_the_day_before_knocking_off_belongs_to_the_phrase(string text, string expected, string lead, string phrase)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(expected, DateOf(t));
        Assert.Equal(phrase, t.DeadlineText?.Replace("∶", ":"));
    }

    [Fact]
    public void An_evening_meeting_date_still_leaves_the_task()
    {
        // 晚 without 前 is when the meeting is: the date is read alone, as before, and the ask stays.
        var t = Single("县水利局要在12月1日晚召开防汛调度会，部署各乡镇巡堤查险工作。");
        Assert.Equal(["县水利局"], t.Lead);
        Assert.Equal("2026-12-01", DateOf(t));
        Assert.Equal("12月1日", t.DeadlineText);
    }

    // ---- s36 bundle: first_month_yuan, day_range_one_day_word, tonight_by, QingAddressesUnits ----

    [Theory]
    [InlineData("各支部要于次年元月十日前将工作手册交中心机关党委。", "2027-01-10")]
    [InlineData("各村要在12月24日-元月5日完成宣传摸底。", "2027-01-05")]
    [InlineData("各乡镇要在12月1-15日完成入户核查。", "2026-12-15")]
    public void Yuan_month_and_one_day_word_ranges_are_read(string text, string expected) =>
        Assert.Equal(expected, DateOf(Single(text)));

    [Fact]
    public void Yuan_after_a_number_is_money_not_january()
    {
        var t = Single("县人社局要对困难职工每人发放慰问金500元，月底前发放到位。");
        Assert.Equal(["县人社局"], t.Lead);
        Assert.Equal("2026-11-30", DateOf(t));
    }

    [Fact]
    public void Tonight_by_is_the_reference_day()
    {
        var t = Single("各乡镇政府要立即组织党员干部深入行洪区村庄，务于今晚20:00前撤离全部老弱病残群众。");
        Assert.Equal("2026-11-26", DateOf(t));
    }

    [Fact]
    public void Tonight_without_by_is_when_a_meeting_is()
    {
        // 今晚 without 前 says when the meeting is; the dated ask keeps its own date.
        var tasks = Parse("县防指要今晚召开防汛调度会，各乡镇要在12月20日前完成巡堤查险。");
        Assert.Contains(tasks, t => t.Lead.Contains("各乡镇") && DateOf(t) == "2026-12-20");
        Assert.DoesNotContain(tasks, t => t.DeadlineText is { } p && p.Contains("今晚"));
    }

    [Fact]
    public void A_request_to_named_units_with_a_second_channel_is_no_public_notice()
    {
        var t = Single("请各乡镇、街道于12月底前将调查成果电子文档和纸质文档各一份报至水管总站，也可在农民信箱中直接回复。");
        Assert.Contains("各乡镇", t.Lead);
        Assert.Equal("2026-12-31", DateOf(t));
    }

    [Fact]
    public void An_invitation_to_the_public_stays_a_public_notice() =>
        Assert.Empty(Parse("有关单位和各界人士可以在12月26日前，通过以下方式提出意见，也可在政府网站留言。"));
}
