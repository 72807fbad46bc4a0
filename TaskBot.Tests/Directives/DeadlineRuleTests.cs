using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Duckling-style example tables: each rule family, its phrases, and the date a clerk would write, all against
/// the meeting of Thursday 2026-11-26 unless a row names another reference date.
/// </summary>
public class DeadlineRuleTests
{
    static void AssertDeadline(string text, string reference, string? expected, string? phrase = null)
    {
        var t = Single(text, reference);
        Assert.Equal(expected, t.Deadline?.ToString("yyyy-MM-dd"));
        if (phrase is not null) Assert.Equal(phrase, t.DeadlineText);
    }

    [Theory]
    [InlineData("县审计局3天内报送审计报告。", "2026-11-29", "3天内")]
    [InlineData("县审计局30日内报送审计报告。", "2026-12-26", "30日内")]
    [InlineData("县审计局两周内报送审计报告。", "2026-12-10", "两周内")]
    [InlineData("县审计局一周内报送审计报告。", "2026-12-03", "一周内")]
    [InlineData("县审计局半个月内报送审计报告。", "2026-12-11", "半个月内")]
    [InlineData("县审计局一个月内报送审计报告。", "2026-12-26", "一个月内")]
    [InlineData("县审计局要在3个月内报送审计报告。", "2027-02-26", "3个月内")]
    [InlineData("县审计局一个半月内报送审计报告。", "2027-01-10", "一个半月内")]
    [InlineData("请各村于本月30日前完成人居环境整治。", "2026-11-30", "本月30日前")]
    [InlineData("县卫健委要于12月中旬前完成疫苗接种。", "2026-12-20", "12月中旬前")]
    [InlineData("请县交通局于次年3月底前完成农村公路养护。", "2027-03-31", "次年3月底前")]
    [InlineData("请于12月10日（星期四）前将名单报县林业局。", "2026-12-10", "12月10日（星期四）前")]
    [InlineData("县审计局在一年内完成审计整改。", "2027-11-26", "一年内")]
    [InlineData("县审计局１５天内报送审计报告。", "2026-12-11", "１５天内")]
    public void Relative_spans_count_from_the_meeting_date(string text, string expected, string phrase) =>
        AssertDeadline(text, "2026-11-26", expected, phrase);

    [Theory]
    [InlineData("2026-01-31", "2026-02-28")]
    [InlineData("2028-01-31", "2028-02-29")]
    [InlineData("2026-03-31", "2026-04-30")]
    public void A_month_later_is_clamped_to_the_end_of_a_shorter_month(string reference, string expected) =>
        AssertDeadline("县财政局一个月内拿出方案。", reference, expected);

    [Theory]
    [InlineData("请县财政局于10个工作日内将预算调整方案报县政府。", "2026-09-24", "2026-10-15")]
    [InlineData("各乡镇五个工作日内上报春耕备耕情况。", "2026-04-29", "2026-05-09")]
    [InlineData("县商务局三个工作日内报送节日市场保供情况。", "2026-02-12", "2026-02-24")]
    [InlineData("县商务局1个工作日内报送情况。", "2026-10-09", "2026-10-10")]
    [InlineData("县商务局5个工作日内报送情况。", "2026-11-26", "2026-12-03")]
    public void Working_days_skip_official_holidays_and_count_make_up_days(string text, string reference, string expected) =>
        AssertDeadline(text, reference, expected);

    [Theory]
    [InlineData("县审计局月底前报送专项审计报告。", "2026-11-30", "月底前")]
    [InlineData("县审计局本月底前报送专项审计报告。", "2026-11-30", "本月底前")]
    [InlineData("县审计局12月底前报送专项审计报告。", "2026-12-31", "12月底前")]
    [InlineData("县审计局3月底前报送专项审计报告。", "2027-03-31", "3月底前")]
    [InlineData("县审计局二月底前报送专项审计报告。", "2027-02-28", "二月底前")]
    [InlineData("县审计局年底前报送专项审计报告。", "2026-12-31", "年底前")]
    [InlineData("县审计局年内完成专项审计。", "2026-12-31", "年内")]
    [InlineData("县审计局今年底前完成专项审计。", "2026-12-31", "今年底前")]
    [InlineData("县审计局明年底前完成专项审计。", "2027-12-31", "明年底前")]
    [InlineData("县审计局明年6月底前完成专项审计。", "2027-06-30", "明年6月底前")]
    [InlineData("由县发改局牵头，于2027年6月底前完成项目库建设。", "2027-06-30", "2027年6月底前")]
    [InlineData("到2019年6月底，基本实现审批时间压缩。", "2019-06-30", "到2019年6月底")]
    public void Month_and_year_ends(string text, string expected, string phrase) =>
        AssertDeadline(text, "2026-11-26", expected, phrase);

    [Theory]
    [InlineData("经开区管委会一季度内完成产业园区招商方案。", "2027-03-31")]
    [InlineData("经开区管委会第一季度末完成招商方案。", "2027-03-31")]
    [InlineData("经开区管委会四季度完成招商方案。", "2026-12-31")]
    [InlineData("经开区管委会2027年二季度完成招商方案。", "2027-06-30")]
    [InlineData("县教育局明年上半年完成校舍安全改造。", "2027-06-30")]
    [InlineData("县教育局上半年完成校舍安全改造。", "2027-06-30")]
    [InlineData("县教育局下半年完成校舍安全改造。", "2026-12-31")]
    public void Quarters_and_half_years_mean_the_next_such_period_end(string text, string expected) =>
        AssertDeadline(text, "2026-11-26", expected);

    [Theory]
    [InlineData("县民政局12月20日前完成低保复核。", "2026-12-20")]
    [InlineData("县民政局12月20号前完成低保复核。", "2026-12-20")]
    [InlineData("县民政局3月15日前完成低保复核。", "2027-03-15")]
    [InlineData("县民政局2027年3月15日前完成低保复核。", "2027-03-15")]
    [InlineData("县民政局十二月二十日前完成低保复核。", "2026-12-20")]
    [InlineData("县民政局１２月２０日之前完成低保复核。", "2026-12-20")]
    [InlineData("县民政局11月26日前完成低保复核。", "2026-11-26")]
    public void Dates_are_the_next_occurrence_on_or_after_the_reference(string text, string expected) =>
        AssertDeadline(text, "2026-11-26", expected);

    [Theory]
    [InlineData("通知各乡镇明天下班前报送受灾情况。", "2026-11-27")]
    [InlineData("各乡镇今天下午6点前上报人员名单。", "2026-11-26")]
    [InlineData("交由县住建局牵头办理，后天前反馈结果。", "2026-11-28")]
    [InlineData("安排县审计局开展专项审计，本周内拿出审计报告。", "2026-11-29")]
    [InlineData("请县审计局下周内拿出审计报告。", "2026-12-06")]
    public void Chat_style_days_count_from_the_message_date(string text, string expected) =>
        AssertDeadline(text, "2026-11-26", expected);

    [Theory]
    [InlineData("请县文旅局下周五前拿出旅游节活动方案。", "2026-12-04")]
    [InlineData("请县文旅局本周五前拿出旅游节活动方案。", "2026-11-27")]
    [InlineData("请县文旅局下星期一前拿出旅游节活动方案。", "2026-11-30")]
    [InlineData("请县文旅局下周日前拿出旅游节活动方案。", "2026-12-06")]
    public void Weekdays_are_in_this_or_next_iso_week(string text, string expected) =>
        AssertDeadline(text, "2026-11-26", expected);

    [Theory]
    [InlineData("春节前完成全县农民工工资清欠工作，由县人社局牵头。", "2026-01-10", "2026-02-14")]
    [InlineData("县应急管理局牵头，国庆节前完成全县安全生产大检查。", "2026-09-01", "2026-09-30")]
    [InlineData("县应急管理局牵头，中秋节前完成安全检查。", "2026-09-01", "2026-09-24")]
    [InlineData("县应急管理局牵头，五一前完成安全检查。", "2026-04-10", "2026-04-30")]
    [InlineData("县应急管理局牵头，端午节前完成安全检查。", "2026-06-01", "2026-06-18")]
    [InlineData("县应急管理局牵头，元旦前完成安全检查。", "2025-12-01", "2025-12-31")]
    [InlineData("请各单位于节前报送值班表。", "2026-09-10", "2026-09-24")]
    [InlineData("县市场监管局要在“五一”前开展市场检查。", "2024-03-15", "2024-04-30")]
    public void Festival_anchors_are_the_last_working_day_before_the_official_holiday(string text, string reference, string expected) =>
        AssertDeadline(text, reference, expected);

    [Fact]
    public void A_festival_in_a_year_without_official_data_is_provisional()
    {
        var t = Single("县人社局春节前完成工资清欠。", "2029-12-01");
        Assert.NotNull(t.Deadline);
        Assert.Contains(t.Warnings, w => w.Code == TaskBot.Directives.WarningCodes.ProvisionalCalendar);
    }

    [Theory]
    [InlineData("请各乡镇于每月25日前将当月工作进展报县农业农村局。", "2026-11-26", "2026-12-25")]
    [InlineData("请各乡镇于每月5日前报送上月情况。", "2026-11-26", "2026-12-05")]
    [InlineData("各牵头单位要在每个季度第1个月的20日前报送完成情况。", "2026-11-26", "2027-01-20")]
    [InlineData("县政府督查室每月底前通报办理进展。", "2026-11-26", "2026-11-30")]
    [InlineData("县政府督查室每季度末通报办理进展。", "2026-11-26", "2026-12-31")]
    [InlineData("从2023年第二季度起，各牵头单位要在每个季度第1个月的20日前报送完成情况。", "2023-01-12", "2023-04-20")]
    public void Recurring_deadlines_give_their_first_occurrence(string text, string reference, string expected)
    {
        var t = Single(text, reference);
        Assert.Equal(expected, t.Deadline?.ToString("yyyy-MM-dd"));
        Assert.NotNull(t.Recurrence);
    }

    [Theory]
    [InlineData("县水利局要尽快完成防汛物资清点。", "尽快")]
    [InlineData("县水利局要立即开展隐患排查。", "立即")]
    [InlineData("县水利局近期完成防汛物资清点。", "近期")]
    [InlineData("县水利局要于汛前完成水库除险加固。", "汛前")]
    [InlineData("县政府办公室每周汇总一次工作进展。", "每周")]
    public void Phrases_without_a_date_keep_their_text_and_no_date(string text, string phrase)
    {
        var t = Single(text);
        Assert.Null(t.Deadline);
        Assert.Equal(phrase, t.DeadlineText);
    }

    [Theory]
    [InlineData("工信局牵头，会同财政局、金融办在一个月内拿出差异化支持政策初稿", "一个月内")]
    [InlineData("县审计局月底前报送专项审计报告。", "月底前")]
    [InlineData("县财政局10个工作日内报送方案。", "10个工作日内")]
    public void Without_a_reference_date_relative_deadlines_stay_unresolved(string text, string phrase)
    {
        var t = Single(text, reference: null);
        Assert.Null(t.Deadline);
        Assert.Equal(phrase, t.DeadlineText);
        Assert.Contains(t.Warnings, w => w.Code == TaskBot.Directives.WarningCodes.DeadlineUnresolved);
    }

    [Fact]
    public void Without_a_reference_date_a_deadline_with_its_own_year_still_resolves() =>
        AssertDeadline("县发改局于2027年3月15日前完成项目库建设。", null!, "2027-03-15");

    [Theory]
    [InlineData("(区环保局牵头)环评报告书14个工作日内、环评报告表7个工作日内完成审批。")]
    [InlineData("县政务服务局要推动全流程审批时间压缩至90个工作日以内。")]
    public void Service_time_limits_and_targets_are_not_deadlines(string text)
    {
        var t = Single(text);
        Assert.Null(t.Deadline);
    }

    [Theory]
    [InlineData("自2027年1月1日起，县财政局要严格执行新的报销制度。")]
    [InlineData("县统计局要对去年12月底以来的数据进行核查。")]
    [InlineData("县市场监管局春节前后要加强市场巡查。")]
    [InlineData("县统计局要确保第三季度全县经济增长6%。")]
    [InlineData("县发改局要在12月20日后启动项目招标。")]
    public void Start_dates_past_dates_and_named_periods_are_not_deadlines(string text) => Assert.Null(Single(text).Deadline);

    [Theory]
    [InlineData("县民政局2月30日前完成低保复核。")]
    [InlineData("县民政局13月底前完成低保复核。")]
    public void Impossible_dates_give_no_deadline(string text) => Assert.Null(Single(text).Deadline);

    // The deadline rules run on every pasted text, so each must stay linear in its length: a pattern with only bounded
    // quantifiers runs on the (faster) compiled backtracking engine, one with *, + or {n,} on NonBacktracking, which
    // cannot blow up on a long run of blanks in a pasted table.
    [Theory]
    [InlineData(@"(?<m>\d{1,2})月(?<d>\d{1,2})日前", false)]
    [InlineData(@"[+*]年|\+|\*", false)]
    [InlineData(@"(?:^|\n)[ \t|]*月", true)]
    [InlineData(@"分别于(?:[、和]\d月)+前", true)]
    [InlineData(@"\d{2,}日", true)]
    public void A_pattern_with_an_unbounded_quantifier_is_flagged(string pattern, bool unbounded) =>
        Assert.Equal(unbounded, TaskBot.Directives.DeadlineGrammar.HasUnboundedQuantifier(pattern));

    [Fact]
    public void Every_deadline_rule_runs_on_an_engine_linear_in_its_input()
    {
        foreach (var rule in TaskBot.Directives.DeadlineGrammar.Rules)
        {
            bool nonBacktracking = rule.Pattern.Options.HasFlag(System.Text.RegularExpressions.RegexOptions.NonBacktracking);
            Assert.True(nonBacktracking == TaskBot.Directives.DeadlineGrammar.HasUnboundedQuantifier(rule.Pattern.ToString()), rule.Name);
        }
        Assert.Contains(TaskBot.Directives.DeadlineGrammar.Rules, r => r.Pattern.Options.HasFlag(System.Text.RegularExpressions.RegexOptions.NonBacktracking));
        Assert.Contains(TaskBot.Directives.DeadlineGrammar.Rules, r => r.Pattern.Options.HasFlag(System.Text.RegularExpressions.RegexOptions.Compiled));
    }
}
