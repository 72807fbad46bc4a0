using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Fourteenth round, text-level readings that hold for any document, not one family of sentences.
/// A colon between two digits ("17:00前", "20：00点前") is a time of day: it folds to <see cref="ChineseText.TimeColon"/>,
/// no clause is cut there, and the time belongs to the deadline phrase of its date (before, "…16" and "00前将…" were read
/// as two clauses, the second with the job and no date). A report verb before an office whose name opens with a suffix
/// word (报送党委办公室, 上报政府办) is never part of that office's name.
/// </summary>
public class FourteenthRoundTextTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    [Theory]
    [InlineData("请各乡镇于12月20日17:00前将统计表报送县统计局。")]
    [InlineData("请各乡镇于12月20日17：00前将统计表报送县统计局。")]
    [InlineData("请各乡镇于12月20日(星期日)下午5:30前将统计表报送县统计局。")]
    [InlineData("各乡镇要统计好本辖区情况，并于12月20日20:00点前将统计表报送县统计局。")]
    public void A_time_of_day_after_the_date_keeps_the_job_and_its_date_together(string text)
    {
        var t = Single(text);
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Empty(t.Co);
        Assert.Equal(Dec20, t.Deadline);
        Assert.Contains("12月20日", t.DeadlineText);
        Assert.Contains("统计表", t.Deliverable);
    }

    [Fact]
    public void The_folded_text_keeps_every_position_and_only_the_time_colon_changes()
    {
        const string text = "时间：12月20日9:30，地点：县政府三楼会议室";
        var folded = ChineseText.Fold(text);
        Assert.Equal(text.Length, folded.Length);
        Assert.Equal(ChineseText.TimeColon, folded[text.IndexOf("9:30", StringComparison.Ordinal) + 1]);
        Assert.Equal(':', folded[2]);                          // 时间： is a label: still a colon
        Assert.Equal(':', folded[text.IndexOf("地点", StringComparison.Ordinal) + 2]);
    }

    [Fact]
    public void A_meeting_time_with_a_clock_time_is_still_no_task()
    {
        Assert.Empty(Parse("会议时间：12月20日上午9:00，会议地点：县政府三楼会议室。"));
    }

    [Fact]
    public void A_label_colon_before_a_date_still_opens_the_deadline_of_a_row()
    {
        // Counter-test: only a colon between two digits folds; 完成时限： before the date is read as before.
        var t = Single("县住建局负责完成老旧小区改造方案编制，完成时限：12月20日前。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Theory]
    [InlineData("请各支部于12月20日前将推荐表纸质版报送党委办公室。")]
    [InlineData("请各支部于12月20日前将推荐表纸质版上报党委办公室。")]
    public void The_office_a_report_goes_to_is_no_unit_glued_to_the_report_verb(string text)
    {
        var t = Single(text);
        Assert.Equal(["各支部"], t.Lead);
        Assert.Empty(t.Co);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_two_character_word_before_a_suffix_is_still_part_of_the_name()
    {
        // Counter-test: 组织部 keeps 组织 (a word before the suffix 部), as before.
        var t = Single("县委组织部要在12月20日前完成干部档案专项审核。");
        Assert.Equal(["县委组织部"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    // Dates from PDF pages: a space on each side of a number ("2026 年 12 月 20 日前") keeps the date whole; the phrase
    // shown is the original text with its spaces.
    [Theory]
    [InlineData("各乡镇要于 12 月 20 日前将统计表报送县统计局。", "12 月 20 日前")]
    [InlineData("各乡镇要于2026 年 12 月 20 日前将统计表报送县统计局。", "2026 年 12 月 20 日前")]
    [InlineData("各乡镇要于2026年12 月20 日前将统计表报送县统计局。", "2026年12 月20 日前")]
    public void A_date_with_spaces_around_its_numbers_is_the_same_date(string text, string phrase)
    {
        var t = Single(text);
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
        Assert.Equal(phrase, t.DeadlineText);
    }

    [Fact]
    public void A_month_end_with_a_space_is_that_months_end()
    {
        var t = Single("县住建局要在 12 月底前完成老旧小区改造方案编制。");
        Assert.Equal(new DateOnly(2026, 12, 31), t.Deadline);
    }

    [Fact]
    public void Numbers_in_a_table_row_apart_by_a_tab_are_no_date()
    {
        // Counter-test: only one plain space is stepped over; cells apart by a tab are separate figures.
        var tasks = Parse("县住建局负责老旧小区改造\t12\t月\t20\t户。");
        Assert.All(tasks, t => Assert.Null(t.Deadline));
    }

    // Rule PerUnitPhraseIsNoName: 以…为单位 says how the work is gathered (per branch, per village); it is no unit and
    // no part of the name before it.
    [Theory]
    [InlineData("请各党支部以支部为单位，于12月20日前报送推荐名单。", "各党支部")]
    [InlineData("各乡镇要以村为单位建立台账，于12月20日前报县农业局。", "各乡镇")]
    [InlineData("县教育局要以学校为单位组织排查，于12月20日前报县政府办公室。", "县教育局")]
    [InlineData("請各單位以市為單位於12月20日前報送名單。", "各單位")]
    public void A_per_unit_phrase_is_not_part_of_the_lead(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Empty(t.Co);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_per_unit_phrase_alone_names_nobody_but_keeps_the_dated_ask()
    {
        var t = Single("请以系为单位于12月20日前报送推荐名单。");
        Assert.Empty(t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Theory]
    [InlineData("以上责任单位要在12月20日前完成整改。", "以上责任单位")]
    [InlineData("各成员单位要在12月20日前报送工作总结。", "各成员单位")]
    public void Counter_test_a_name_with_dan_wei_that_is_no_per_unit_phrase_is_kept(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    // 上交, 上缴, 递交: handing a result in is asking for it ("以工会小组为单位于…前将会费统一上缴院工会财务").
    [Fact]
    public void Handing_fees_in_by_a_date_is_a_task()
    {
        var t = Single("各工会小组于12月20日前将年度会费统一上缴院工会财务。");
        Assert.Equal(["各工会小组"], t.Lead);
        Assert.Empty(t.Co);
        Assert.Equal(Dec20, t.Deadline);
    }
}
