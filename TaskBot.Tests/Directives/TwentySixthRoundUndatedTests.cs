using static TaskBot.Tests.Directives.ParserHarness;
using TaskBot.Directives;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-sixth round, family "undated" (helper undated): deadlines written in the text whose form the grammar did not
/// read whole, so the task they time was left without a date.
/// - day_word_part_of_day (DeadlineGrammar, day_word): "明天上午全面完成此项工作", "并于明天上午送交…材料" — a part of the day
///   without a clock time belongs to the day word's phrase (conventions: 明天 counts from the reference). Train: the day
///   word with a bare part of the day timing a job, labelled with that day in 2 of 2 documents (r6l-027, r6d-097); "今天上午，
///   …主持召开…" (r8l, r11l: the day of a meeting, opening a report) was already read as 今天 and stays an event's time.
/// - glued_date_no_day_word (DeadlineGrammar, glued_date): "请于201576前，将相关表格报到…" — a written year and glued
///   month-day digits straight before 前 name that day even without their 日 (conventions: "X月Y日前 → that date").
///   Train: a year glued to its month-day before 前 is labelled with that day in 3 of 3 documents (oc "20211120日前",
///   r8s "2018319日之前", r12s-094 "201576前"); only the last lacks its 日.
/// </summary>
public class TwentySixthRoundUndatedTests
{
    // ---- day_word_part_of_day ----

    [Theory]
    [InlineData("要求各乡镇加班加点录入项目信息，明天上午全面完成此项工作。", "各乡镇", "2026-03-03")]
    [InlineData("请县财政局明天下午将预算调整方案报县政府办公室。", "县财政局", "2026-03-03")]
    public void A_day_word_with_its_part_of_the_day_dates_the_job(string text, string lead, string expected)
    {
        var t = Single(text, "2026-03-02");
        Assert.Equal([lead], t.Lead);
        Assert.Equal(expected, DateOf(t));
        Assert.Contains("day_word", Parser.Explain(text, new DateOnly(2026, 3, 2)).RulesFired(ParseTrace.Deadline));
    }

    [Fact]
    public void The_day_of_a_meeting_opening_a_report_is_still_no_task()
    {
        // Counter-test: "今天上午，…主持召开…" tells when the meeting was held; nothing is handed over.
        Assert.Empty(Parse("今天上午，县委书记在县政府主持召开专题会议。", "2026-03-02"));
    }

    [Theory]
    // Counter-tests: the day word with 下班前 or a clock time keeps reading as before.
    [InlineData("县住建局要在明天下班前报送排查清单。", "县住建局", "2026-03-03")]
    [InlineData("县应急局要在后天上午10点前完成隐患复查。", "县应急局", "2026-03-04")]
    public void A_day_word_with_a_time_or_end_of_work_keeps_its_reading(string text, string lead, string expected)
    {
        var t = Single(text, "2026-03-02");
        Assert.Equal([lead], t.Lead);
        Assert.Equal(expected, DateOf(t));
    }

    // ---- glued_date_no_day_word ----

    [Theory]
    [InlineData("请各乡镇于20261215前将统计表报县统计局。", "各乡镇", "2026-12-01", "2026-12-15")]
    [InlineData("请县农机站于201576前，将相关表格报到县农业农村局农机管理科。", "县农机站", "2015-06-19", "2015-07-06")]
    public void A_year_glued_to_its_month_and_day_before_qian_is_that_day(string text, string lead, string reference, string expected)
    {
        var t = Single(text, reference);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(expected, DateOf(t));
        Assert.Contains("glued_date", Parser.Explain(text, DateOnly.Parse(reference)).RulesFired(ParseTrace.Deadline));
    }

    [Fact]
    public void Glued_digits_without_a_year_stay_unread()
    {
        // Counter-test: "于25前" could be the 25th or 2月5日; without the year the digits are not read, the task stays.
        var t = Single("请各部门安排好值班人员，并于25前将值班表交到县政府办公室。", "2026-12-01");
        Assert.Equal(["各部门"], t.Lead);
        Assert.Null(t.Deadline);
    }

    [Fact]
    public void A_number_before_qianqi_is_no_date()
    {
        // Counter-test: a road's number before 前期工作 ("国道201512前期工作") splits into no month and day; the task keeps
        // the date it writes.
        const string text = "县交通局要加快推进国道201512前期工作，12月20日前完成立项。";
        var t = Single(text, "2026-12-01");
        Assert.Equal(["县交通局"], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
        Assert.DoesNotContain("glued_date", Parser.Explain(text, new DateOnly(2026, 12, 1)).RulesFired(ParseTrace.Deadline));
    }
}
