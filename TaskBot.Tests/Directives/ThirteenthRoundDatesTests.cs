using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Deadline rules of the thirteenth round (issue 9, dates the conventions give that the parser left out or misplaced).
/// Each rule has made-up examples of its shape and counter-tests where it must not fire.
/// - range (widened, range_dash_forms) + grouping rule OpeningPeriodWaits: a work period ("4月7日--4月15日", "9月11日 -
///   9月15日", "11月22日—11月26日", "6月15日至20日") opening a sentence, or after a stage's label ("第一阶段，"), is the time
///   given for the work that follows: its end dates that work. Dev items: r8l-036 (各单位 4-15), r10l-014 (各单位 9-15),
///   r11l-044 (各學院、洹濱校區管委會 11-26).
/// - period_of_convened_meeting (veto): a month, quarter or half right after 召开/举行/举办 and before the meeting's name
///   ("召开2023年12月份创文工作部署会", "召开9月“四位一体”联席会") is part of that name, no time to act by. Dev items: r10l-035
///   (no 第四季度 task), r10l-013 and r10l-032 (no spurious month-end dates), r11s-026 (no 11月份 task), r11l-029 (the
///   tasks after the meeting's line are read again).
/// </summary>
public class ThirteenthRoundDatesTests
{
    // ---- range_dash_forms: the same period with a doubled dash, blanks around it, or the end's month left out ----
    [Theory]
    [InlineData("各村要在12月7日--12月15日完成农户信息采集。", "2026-12-15")]
    [InlineData("各学院要在12月1日 - 12月10日完成新生信息核对。", "2026-12-10")]
    [InlineData("各乡镇要在12月3日——12月9日完成入户走访。", "2026-12-09")]
    [InlineData("各单位要在12月15日至20日完成固定资产盘点。", "2026-12-20")]
    public void A_period_in_another_dash_form_ends_on_its_last_day(string text, string expected)
    {
        var t = Single(text);
        Assert.NotEmpty(t.Lead);
        Assert.Equal(expected, DateOf(t));
        Assert.Contains("range", Parser.Explain(text, Reference).RulesFired(ParseTrace.Deadline));
    }

    [Theory]
    // A single date with a number after a dash is no period ("12月5日-3号楼" names a building).
    [InlineData("各物业公司要在12月5日前完成3号楼消防通道清理。", "2026-12-05")]
    // A period written as before still reads as before.
    [InlineData("各乡镇要在2026年12月1日至12月20日完成秸秆禁烧巡查。", "2026-12-20")]
    public void Dates_that_are_no_new_dash_form_read_as_before(string text, string expected) =>
        Assert.Equal(expected, DateOf(Single(text)));

    // ---- OpeningPeriodWaits: a period opening a sentence dates the work after it ----
    [Theory]
    [InlineData("12月7日--12月15日，各单位要落实好抚育补植地块，配合森调队搞好调查设计。", "各单位", "2026-12-15")]
    [InlineData("第一阶段，从12月1日--12月10日，各乡镇要完成摸底排查。", "各乡镇", "2026-12-10")]
    [InlineData("12月1日 - 12月5日，各学院要组织新生登录系统更新基础信息。", "各学院", "2026-12-05")]
    [InlineData("准备阶段，12月1日—12月15日，各村做好宣传发动，通知农户提交申请。", "各村", "2026-12-15")]
    public void A_period_opening_a_sentence_dates_the_work_after_it(string text, string lead, string expected)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(expected, DateOf(t));
        Assert.Contains("OpeningPeriodWaits", Parser.Explain(text, Reference).RulesFired(ParseTrace.Grouping));
    }

    [Fact]
    public void Each_period_of_a_schedule_dates_its_own_step()
    {
        var tasks = Parse("一、申请评审\n12月1日—12月5日，各学院要做好宣传工作，通知学生提交申请。\n二、学院公示\n12月7日—12月11日，各学院要公示评审结果，将相关材料报送学生工作处。");
        Assert.Equal("2026-12-05 2026-12-11", string.Join(" ", tasks.Select(DateOf)));
        Assert.All(tasks, t => Assert.Equal(["各学院"], t.Lead));
    }

    [Theory]
    // A single date opening a sentence tells when something happened: still a report.
    [InlineData("12月1日，县住建局对全县老旧小区改造情况开展检查。")]
    // The period of something told about (公示时间为…) or announced (按照…要求，…将对…) is an event's time, no task's date.
    [InlineData("公示时间为12月1日—12月7日，公示期间如有异议，请实名向县农业农村局反映。")]
    [InlineData("按照县委、县政府要求，12月15日-25日，将对全县重点项目开展全面督查。")]
    public void A_single_date_or_a_period_told_about_is_not_the_periods_task(string text) =>
        Assert.DoesNotContain("OpeningPeriodWaits", Parser.Explain(text, Reference).RulesFired(ParseTrace.Grouping));

    [Fact]
    public void A_period_already_over_reports_what_was_done_in_it() =>
        Assert.DoesNotContain("OpeningPeriodWaits",
            Parser.Explain("11月2日—11月6日，各学院完成了新生信息核对。", Reference).RulesFired(ParseTrace.Grouping));

    // ---- period_of_convened_meeting: the period in the name of a meeting being held ----
    [Theory]
    [InlineData("县教育局召开2026年12月份安全工作部署会，会议要求各学校要认真做好冬季校园安全工作。")]
    [InlineData("镇政府召开第四季度重点项目推进会，要求各村要加快项目建设进度。")]
    [InlineData("社区居委召开12月“四位一体”联席会，物业公司要做好小区消防通道清理。")]
    public void A_period_in_the_name_of_a_meeting_held_dates_nothing(string text)
    {
        var explained = Parser.Explain(text, Reference);
        Assert.Contains("period_of_convened_meeting", explained.RulesFired(ParseTrace.Deadline));
        var tasks = Parse(text);
        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.Null(t.Deadline));
    }

    [Theory]
    // The period after the meeting's name (or with no meeting name after it) is the time of the work asked.
    [InlineData("县政府召开专题会议，要求各乡镇在12月份完成秸秆禁烧巡查。", "2026-12-31")]
    [InlineData("县住建局要在第四季度举办燃气安全培训，确保全县燃气企业全覆盖。", "2026-12-31")]
    public void A_period_of_work_near_a_convened_meeting_still_dates_it(string text, string expected) =>
        Assert.Contains(Parse(text), t => DateOf(t) == expected);
}
