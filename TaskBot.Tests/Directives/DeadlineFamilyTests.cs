using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// The deadline families found in the labelled corpus (eval/families.py over the development files): one table per
/// rule, with the counter-examples that must keep their task but get no date from it.
/// </summary>
public class DeadlineFamilyTests
{
    static void AssertDeadline(string text, string? reference, string? expected, string? phrase = null)
    {
        var t = Single(text, reference);
        Assert.Equal(expected, t.Deadline?.ToString("yyyy-MM-dd"));
        if (phrase is not null) Assert.Equal(phrase, t.DeadlineText);
    }

    static void AssertAnyTaskDated(string text, string reference, string expected)
    {
        var tasks = Parse(text, reference);
        Assert.Contains(tasks, t => t.Deadline?.ToString("yyyy-MM-dd") == expected);
    }

    // year_target / year_work_target: a year's work that must be brought to completion.
    [Theory]
    [InlineData("同时，各级各部门要改进作风，确保2020年圆满收官。", "2020-10-17", "2020-12-31")]
    [InlineData("有关部门要扎实推进城建工作，确保2019年城建项目按照时间节点圆满收官。", "2019-11-28", "2019-12-31")]
    [InlineData("其他涉及部门要统筹推进2022年闲置土地处置工作,保证完成市委下达的处置任务。", "2022-06-14", "2022-12-31")]
    public void A_year_whose_work_must_be_completed_is_dated_its_last_day(string text, string reference, string expected) =>
        AssertDeadline(text, reference, expected);

    [Fact]
    public void A_past_year_of_work_is_no_deadline() =>
        AssertDeadline("各部门要认真总结，确保2019年城建项目经验得到推广。", "2021-03-01", null);

    // year_target_steer: the year's targets the units steer by (soft: dates a task, does not make one).
    [Theory]
    [InlineData("各乡镇、各部门要紧盯年度目标任务，全力以赴推动高质量发展。", "2023-01-12", "2023-12-31")]
    [InlineData("县住建局要对照年度目标任务进行全力冲刺，推动各项重点工作落实落地。", "2022-11-23", "2022-12-31")]
    [InlineData("各级各部门要担当作为、奋力冲刺，确保在年终考核中交出满意答卷。", "2020-12-22", "2020-12-31")]
    public void Steering_by_the_years_targets_is_dated_the_years_end(string text, string reference, string expected) =>
        AssertDeadline(text, reference, expected);

    [Fact]
    public void A_report_that_steers_by_the_years_target_hands_nothing_over() =>
        Assert.Empty(Parse("对照年度目标任务，全县各项经济指标运行平稳。", "2023-08-01"));

    [Fact]
    public void Looking_back_on_last_years_targets_is_no_deadline() =>
        AssertDeadline("各部门要总结去年目标任务完成情况，形成书面报告。", "2023-01-12", null);

    // this_year_target: 今年/全年 before what is to be reached.
    [Theory]
    [InlineData("今年县住建局要完成改造老旧小区20个。", "2026-03-10", "2026-12-31")]
    [InlineData("县农业农村局全年完成高标准农田建设5万亩。", "2026-03-10", "2026-12-31")]
    public void This_years_target_is_dated_the_years_end(string text, string reference, string expected) =>
        AssertDeadline(text, reference, expected);

    [Fact]
    public void Progress_this_year_is_no_target() =>
        AssertDeadline("县住建局要总结今年已完成的改造任务，形成经验材料。", "2026-10-10", null);

    // time_limit_year: 完成时限:全年 in a 责任单位 bracket.
    [Fact]
    public void A_time_limit_of_the_whole_year_is_the_years_end() =>
        AssertDeadline("落实企业家参与涉企政策制定。〔责任单位：市发展改革委，完成时限：全年〕", "2024-04-18", "2024-12-31");

    // festival with a written year.
    [Theory]
    [InlineData("县人社局要在2025年春节前办结所有查实欠薪案件。", "2024-11-29", "2025-01-27")]
    [InlineData("县住建局要在2027年国庆节前完成景区道路提升。", "2026-11-26", "2027-09-30")]
    public void A_festival_with_its_year_is_that_years_festival(string text, string reference, string expected) =>
        AssertDeadline(text, reference, expected);

    // range opened by a month's end.
    [Fact]
    public void A_range_from_a_months_end_ends_at_its_last_month() =>
        AssertAnyTaskDated("持续推进阶段（2025年10月底-2025年12月底），各乡镇要巩固整治成果。", "2025-03-03", "2025-12-31");

    // five_year_plan: 期间 as a plan's scope.
    [Fact]
    public void The_five_year_plans_period_as_a_scope_is_no_deadline()
    {
        var t = Single("各部门在自己的工作领域中用心思考“十四五”期间的规划发展，及时反馈修改意见和建议。", null);
        Assert.Null(t.Deadline);
        Assert.Equal("各部门", Assert.Single(t.Lead));
    }

    [Fact]
    public void The_five_year_plans_end_is_still_a_deadline() =>
        AssertDeadline("到“十五五”末，县林业局要将全县森林覆盖率提高到65%。", "2026-11-26", "2030-12-31");

    // slogan_period: periods inside a quoted list of stages.
    [Fact]
    public void Periods_in_a_quoted_slogan_are_no_deadline()
    {
        var t = Single("各责任单位要严格遵循“年初公布、年中检查、年底兑现”的原则，制定计划，狠抓落实。", "2018-08-16");
        Assert.Null(t.Deadline);
    }

    [Fact]
    public void A_quoted_deadline_alone_still_counts() =>
        AssertDeadline("县政府要求县水利局“6月底前完成堤防加固”。", "2026-03-01", "2026-06-30");

    // past_period: a period with its own year that ended before the reference.
    [Fact]
    public void A_past_statistics_period_is_no_deadline()
    {
        var t = Single("填报季度报表时，请各单位在统计系统中填报报表，统计周期为2017年第四季度。", "2018-01-08");
        Assert.Null(t.Deadline);
    }

    // relative_after_yu: 于N日内.
    [Fact]
    public void A_span_introduced_by_yu_is_a_deadline() =>
        AssertDeadline("检查组要求存在隐患的单位于3日内整改到位。", "2022-08-02", "2022-08-05");

    // recurring_period: 每季度的 names which progress.
    [Fact]
    public void Each_quarters_progress_as_content_is_no_deadline()
    {
        var t = Single("请各牵头单位明确每项任务的具体责任人和每季度的形象进度。", "2021-01-25");
        Assert.Null(t.Deadline);
    }

    [Fact]
    public void Each_quarter_as_a_rhythm_is_still_the_quarters_end() =>
        AssertDeadline("县统计局每季度报送一次工作进展。", "2026-03-10", "2026-03-31");

    // good_start.
    [Fact]
    public void The_first_quarters_good_start_is_a_first_quarter_target() =>
        AssertDeadline("县工信局要抓好首季开门红。", "2026-02-13", "2026-03-31");

    // a by-date opening a clause belongs to the units after it.
    [Fact]
    public void A_date_opening_a_clause_belongs_to_the_units_after_it()
    {
        var tasks = Parse("各责任村要强力推进各项问题的整改落实，8月7日前金元村、石宝沟村要完成河道浮漂的打捞工作。", "2017-08-06");
        var dated = Assert.Single(tasks, t => t.Deadline is not null);
        Assert.Equal("2017-08-07", dated.Deadline?.ToString("yyyy-MM-dd"));
        Assert.Equal(["金元村", "石宝沟村"], dated.Lead);
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["各责任村"]) && t.Deadline is null);
    }

    // next_month, within_month, this_quarter, span_of_time: relative periods counted from the reference.
    [Theory]
    [InlineData("请县住建局于下月底前报送方案。", "2026-04-30")]
    [InlineData("请县住建局于下月10日前报送方案。", "2026-04-10")]
    [InlineData("请县住建局于月内报送方案。", "2026-03-31")]
    [InlineData("县住建局要在本季度内完成整改。", "2026-03-31")]
    [InlineData("县住建局要在本季度末前完成整改。", "2026-03-31")]
    [InlineData("县住建局要在下季度完成整改。", "2026-06-30")]
    [InlineData("县住建局牵头，限期3个月完成整改。", "2026-06-10")]
    [InlineData("县住建局要用3个月时间完成整改。", "2026-06-10")]
    [InlineData("县住建局要在3个月时间内完成整改。", "2026-06-10")]
    [InlineData("县住建局要在3个月内完成整改。", "2026-06-10")]
    public void Relative_periods_count_from_the_reference(string text, string expected) =>
        AssertDeadline(text, "2026-03-10", expected);

    [Fact]
    public void Time_a_unit_already_took_is_no_deadline() =>
        AssertDeadline("县住建局要总结用了3个月时间完成老旧小区整改的经验做法。", "2026-03-10", null);

    // section_year_target: a heading of a year's targets dates the rows under it.
    [Fact]
    public void A_heading_of_a_years_targets_dates_the_rows_under_it()
    {
        var tasks = Parse("一、2023年全区经济社会发展的主要预期目标\n\n(一)地区生产总值增长7%以上\n\n责任单位:区发展和改革局\n\n(二)规上工业增加值增长12%以上\n\n责任单位:区科技和经信局", "2023-01-03");
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal("2023-12-31", t.Deadline?.ToString("yyyy-MM-dd")));
    }

    [Fact]
    public void A_heading_that_names_a_document_dates_nothing()
    {
        var tasks = Parse("2025年政府工作报告重点工作任务分解表\n\n一、深化与合作单位合作,积极引进优质教育资源。 区教育局", "2025-06-13");
        Assert.All(tasks, t => Assert.Null(t.Deadline));
    }

    [Fact]
    public void A_heading_without_a_year_closes_the_section()
    {
        var tasks = Parse("一、2025年经济社会发展的主要预期目标\n\n3\n\n固定资产投资增长7.5%左右。\n\n区发改委\n\n二、全力以赴扩投资、优服务\n\n68\n\n加快建设黎明小学扩建教学楼项目。\n\n区教育局", "2025-06-13");
        Assert.Contains(tasks, t => t.Lead.Contains("区发改委") && t.Deadline?.ToString("yyyy-MM-dd") == "2025-12-31");
        Assert.Contains(tasks, t => t.Lead.Contains("区教育局") && t.Deadline is null);
    }

    #region Convention variants (directive-conventions.md, ## Deadlines): each bullet in several wordings

    // N天内 / N周内 / 半个月内 / N个月内 (clamped to the month's end) / 一个半月: counted from the reference.
    [Theory]
    [InlineData("县住建局要在15天内完成整改。", "2026-03-10", "2026-03-25")]
    [InlineData("县住建局要在10日内完成整改。", "2026-03-10", "2026-03-20")]
    [InlineData("县住建局须于两周内上报方案。", "2026-03-10", "2026-03-24")]
    [InlineData("请县住建局于半个月内报送方案。", "2026-03-10", "2026-03-25")]
    [InlineData("县住建局一个月内完成整改。", "2026-01-31", "2026-02-28")]
    [InlineData("县住建局要在两个月内完成改造。", "2026-03-10", "2026-05-10")]
    [InlineData("县住建局要在一个半月内完成整改。", "2026-03-10", "2026-04-25")]
    public void Variant_relative_spans(string text, string reference, string expected) =>
        AssertDeadline(text, reference, expected);

    // N个工作日内: the official calendar, holidays off, 调休 make-up days on; a year without data is provisional.
    [Theory]
    [InlineData("县住建局要在5个工作日内报送整改方案。", "2026-09-28", "2026-10-10")]   // 10-10 (Sat) is a make-up working day
    [InlineData("县住建局要在五个工作日内报送整改方案。", "2026-09-30", "2026-10-13")]  // across 国庆 10-1..10-7
    [InlineData("请各乡镇于３个工作日内上报。", "2026-02-12", "2026-02-24")]           // 2-14 (Sat) works, 春节 2-15..2-23 off
    [InlineData("县住建局要在3个工作日内报送整改方案。", "2026-04-28", "2026-05-06")]  // 劳动节 5-1..5-5
    [InlineData("县住建局要在3个工作日内报送整改方案。", "2026-05-06", "2026-05-09")]  // 5-9 (Sat) is a make-up working day
    [InlineData("县住建局要在二十个工作日内完成改造。", "2026-03-10", "2026-04-08")]    // 清明 4-4..4-6
    public void Variant_working_days_across_make_up_days(string text, string reference, string expected) =>
        AssertDeadline(text, reference, expected);

    [Fact]
    public void Variant_working_days_into_a_year_without_data_are_provisional()
    {
        var t = Single("县住建局要在5个工作日内报送整改方案。", "2026-12-25");
        Assert.Equal("2027-01-04", DateOf(t));   // 12-28..12-31, then 2027-01-01 (statutory 元旦) off
        Assert.Contains(t.Warnings, w => w.Code == WarningCodes.ProvisionalCalendar);
    }

    // X月底前 / X月末 / X月份: that month's end; the next such month when no year is written.
    [Theory]
    [InlineData("县住建局要在4月底前完成整改。", "2026-03-10", "2026-04-30")]
    [InlineData("县住建局要在４月底前完成整改。", "2026-03-10", "2026-04-30")]
    [InlineData("县住建局要在四月底之前完成整改。", "2026-03-10", "2026-04-30")]
    [InlineData("县住建局要在4月末完成整改。", "2026-03-10", "2026-04-30")]
    [InlineData("县住建局要在6月份完成改造。", "2026-03-10", "2026-06-30")]
    [InlineData("县住建局要在十二月底前完成改造。", "2026-03-10", "2026-12-31")]
    [InlineData("县住建局要在4月底前完成整改。", "2026-05-10", "2027-04-30")]
    [InlineData("县住建局要在今年6月底前完成改造。", "2026-03-10", "2026-06-30")]
    [InlineData("县住建局要在明年3月底前完成改造。", "2026-03-10", "2027-03-31")]
    [InlineData("县住建局要在本月底前报送方案。", "2026-03-10", "2026-03-31")]
    [InlineData("6月底前，县住建局、县财政局要完成资金拨付。", "2026-03-10", "2026-06-30")]
    public void Variant_month_ends(string text, string reference, string expected) =>
        AssertDeadline(text, reference, expected);

    // 年底前 / 年内 / 今年 / 明年: the reference year's (or the next year's) Dec 31; a written year resolves alone.
    [Theory]
    [InlineData("请县住建局于年底前报送方案。", "2026-03-10", "2026-12-31")]
    [InlineData("请县住建局年内完成改造。", "2026-03-10", "2026-12-31")]
    [InlineData("县住建局今年要完成改造老旧小区20个。", "2026-03-10", "2026-12-31")]
    [InlineData("县住建局明年底前完成改造。", "2026-03-10", "2027-12-31")]
    [InlineData("县住建局要于2026年年底前完成棚户区改造。", "2026-03-10", "2026-12-31")]
    [InlineData("2026年底前，县住建局完成棚户区改造。", "2026-03-10", "2026-12-31")]
    [InlineData("县发改局要在2026年度内完成全部项目审批。", "2026-03-10", "2026-12-31")]
    [InlineData("县住建局要在2026年底前完成改造。", null, "2026-12-31")]
    public void Variant_year_ends(string text, string? reference, string expected) =>
        AssertDeadline(text, reference, expected);

    [Theory]
    [InlineData("县住建局要在年底前完成改造。")]
    [InlineData("县住建局要在一季度完成改造。")]
    [InlineData("县住建局要在3月15日前报送方案。")]
    public void Variant_without_a_reference_only_a_written_year_resolves(string text) =>
        AssertDeadline(text, null, null);

    // 一季度 / 第二季度末 / 二季度内 / 上半年 / 下半年: the period's end, the next one when the reference is past it.
    [Theory]
    [InlineData("县住建局要在一季度完成改造。", "2026-12-10", "2027-03-31")]
    [InlineData("县住建局要在第二季度末前完成改造。", "2026-03-10", "2026-06-30")]
    [InlineData("县住建局要在二季度内完成改造。", "2026-03-10", "2026-06-30")]
    [InlineData("县住建局要在第四季度完成棚户区改造。", "2026-03-10", "2026-12-31")]
    [InlineData("县住建局要在上半年完成改造。", "2026-08-10", "2027-06-30")]
    [InlineData("县住建局要在下半年完成改造。", "2026-03-10", "2026-12-31")]
    [InlineData("县住建局要在明年一季度完成改造。", "2026-03-10", "2027-03-31")]
    [InlineData("县住建局要在2027年上半年完成改造。", "2026-03-10", "2027-06-30")]
    public void Variant_quarters_and_halves(string text, string reference, string expected) =>
        AssertDeadline(text, reference, expected);

    // X月Y日前 / 之前 / 以前 / 号前: that date, inclusive; full-width and Chinese numerals; the next occurrence.
    [Theory]
    [InlineData("县住建局要在3月15日前报送方案。", "2026-03-10", "2026-03-15")]
    [InlineData("县住建局要在３月１５日前报送方案。", "2026-03-10", "2026-03-15")]
    [InlineData("县住建局要在三月十五日前报送方案。", "2026-03-10", "2026-03-15")]
    [InlineData("县住建局要在3月15日以前报送方案。", "2026-03-10", "2026-03-15")]
    [InlineData("县住建局要在3月15号前报送方案。", "2026-03-10", "2026-03-15")]
    [InlineData("县住建局要在3月15日（星期日）前报送方案。", "2026-03-10", "2026-03-15")]
    [InlineData("县住建局要在3月15日前报送方案。", "2026-03-20", "2027-03-15")]
    [InlineData("3月15日前，县住建局要报送方案。", "2026-03-10", "2026-03-15")]
    [InlineData("县住建局报送方案，时间为3月15日前。", "2026-03-10", "2026-03-15")]
    [InlineData("县住建局要在2027年3月15日前报送方案。", null, "2027-03-15")]
    [InlineData("县住建局要在25日前报送方案。", "2026-03-28", "2026-04-25")]
    [InlineData("请县住建局于本月25日前报送方案。", "2026-03-10", "2026-03-25")]
    public void Variant_dates(string text, string? reference, string expected) =>
        AssertDeadline(text, reference, expected);

    // Rule month_day: "6月10前", the 日 dropped before 前, is still that day; "6月10前后" (around) is none.
    [Theory]
    [InlineData("要求相关街道于6月10前完成整治。", "2022-05-29", "2022-06-10")]
    [InlineData("县住建局要于6月10之前完成整治。", "2026-03-10", "2026-06-10")]
    public void A_date_without_ri_before_qian_is_that_day(string text, string reference, string expected) =>
        AssertDeadline(text, reference, expected);

    [Fact]
    public void A_date_without_ri_followed_by_around_is_no_deadline() =>
        AssertDeadline("县住建局要于6月10前后完成整治。", "2026-03-10", null);

    // Rule numeric_date: 2026.6.30前, 完成时限:2026-06-30; a numeric date that only dates a record or an amount is none.
    [Theory]
    [InlineData("县住建局要在2026.6.30前完成改造。", "2026-06-30")]
    [InlineData("县住建局要在2026-06-30前完成改造。", "2026-06-30")]
    [InlineData("县住建局要在2026/6/30之前完成改造。", "2026-06-30")]
    [InlineData("完善老旧小区改造方案。（责任单位：县住建局，完成时限：2026.6.30）", "2026-06-30")]
    public void A_numeric_date_that_says_by_is_a_deadline(string text, string expected) =>
        AssertDeadline(text, "2026-03-10", expected);

    [Theory]
    [InlineData("交办日期:\n2024-06-05\n责任单位:\n市政园林工程处\n交办内容:\n请你单位立即组织开展整改工作。", "2024-06-05")]
    [InlineData("县住建局要完成投资2026.5万元。", "2026-03-10")]
    public void A_numeric_date_that_only_dates_a_record_is_no_deadline(string text, string reference) =>
        AssertDeadline(text, reference, null);

    // 本周五 / 下周五前 / 下星期三: ISO weeks, Monday first (2026-03-10 is a Tuesday).
    [Theory]
    [InlineData("县住建局于本周五前报送方案。", "2026-03-13")]
    [InlineData("县住建局于下周五前报送方案。", "2026-03-20")]
    [InlineData("县住建局于下星期三报送方案。", "2026-03-18")]
    [InlineData("县住建局要在下周一前报送方案。", "2026-03-16")]
    public void Variant_weekdays(string text, string expected) =>
        AssertDeadline(text, "2026-03-10", expected);

    // Holiday anchors: the last working day before the official holiday; without the year's data, the last weekday
    // before the festival day (provisional).
    [Theory]
    [InlineData("县住建局要在春节前完成欠薪清零。", "2026-01-10", "2026-02-14")]       // 2-14 (Sat) is a make-up working day
    [InlineData("县人社局要在春节放假前完成欠薪清零。", "2026-01-10", "2026-02-14")]
    [InlineData("县住建局要在国庆节前完成景区提升。", "2026-09-10", "2026-09-30")]
    [InlineData("县文旅局要在国庆前完成景区提升。", "2026-09-10", "2026-09-30")]
    [InlineData("县文旅局要在国庆假期前完成景区提升。", "2026-09-10", "2026-09-30")]
    [InlineData("国庆前，县文旅局要完成景区提升。", "2026-09-10", "2026-09-30")]
    [InlineData("县住建局要在元旦前完成景区提升。", "2026-12-10", "2026-12-31")]
    [InlineData("县人社局要在“五一”前完成欠薪清零。", "2026-03-10", "2026-04-30")]
    [InlineData("县文旅局要在端午前完成景区提升。", "2026-05-10", "2026-06-18")]
    [InlineData("县文旅局要在中秋前完成景区提升。", "2026-08-10", "2026-09-24")]
    [InlineData("县文旅局要在清明前完成景区提升。", "2026-03-10", "2026-04-03")]
    public void Variant_holiday_anchors(string text, string reference, string expected) =>
        AssertDeadline(text, reference, expected);

    [Theory]
    [InlineData("县住建局要在春节前完成欠薪清零。", "2027-01-10", "2027-02-04")]   // 2027 春节 2-6, statutory 除夕 2-5 off
    [InlineData("县住建局要在中秋节前完成景区提升。", "2027-08-10", "2027-09-14")]  // 2027 中秋 9-15
    public void Variant_holiday_anchor_in_a_year_without_data_falls_back_and_is_provisional(string text, string reference, string expected)
    {
        var t = Single(text, reference);
        Assert.Equal(expected, DateOf(t));
        Assert.Contains(t.Warnings, w => w.Code == WarningCodes.ProvisionalCalendar);
    }

    // 立即 / 尽快 / 抓紧: no date, the phrase kept.
    [Theory]
    [InlineData("县住建局要尽快完成整改。", "尽快")]
    [InlineData("县住建局要立即组织排查。", "立即")]
    public void Variant_vague_words_keep_the_phrase_without_a_date(string text, string phrase) =>
        AssertDeadline(text, "2026-03-10", null, phrase);

    // Recurring: the first occurrence; 每季度 / 每季度末 / 每半年 / 每年 without a day; 从X起; 分别于A、B前.
    [Theory]
    [InlineData("各乡镇每季度报送工作进展情况。", "2026-03-10", "2026-03-31")]
    [InlineData("各乡镇要每季度末报送工作进展情况。", "2026-03-10", "2026-03-31")]
    [InlineData("各乡镇于每季度末月20日前报送工作进展情况。", "2026-03-10", "2026-03-20")]
    [InlineData("各乡镇于每季度末月20日前报送工作进展情况。", "2026-03-25", "2026-06-20")]
    [InlineData("各乡镇于每季度第一个月10日前报送上季度工作进展情况。", "2026-03-10", "2026-04-10")]
    [InlineData("各乡镇每半年报送一次工作进展情况。", "2026-03-10", "2026-06-30")]
    [InlineData("各乡镇每半年报送一次工作进展情况。", "2026-08-10", "2026-12-31")]
    [InlineData("各乡镇每年12月10日前报送年度工作总结。", "2026-03-10", "2026-12-10")]
    [InlineData("各乡镇每年年底前报送工作总结。", "2026-03-10", "2026-12-31")]
    [InlineData("各乡镇每月5日前报送工作进展情况。", "2026-03-10", "2026-04-05")]
    [InlineData("从2026年7月起，各乡镇每季度报送工作进展情况。", "2026-03-10", "2026-09-30")]
    [InlineData("从2026年7月起，各乡镇于每月25日前报送工作进展情况。", "2026-03-10", "2026-07-25")]
    [InlineData("自2026年第三季度起，各乡镇每季度第一个月10日前报送工作进展。", "2026-03-10", "2026-07-10")]
    [InlineData("各乡镇分别于6月30日、12月20日前报送工作进展情况。", "2026-03-10", "2026-06-30")]
    [InlineData("县统计局每周五下班前报送监测数据。", "2026-03-10", "2026-03-13")]
    public void Variant_recurring(string text, string reference, string expected) =>
        AssertDeadline(text, reference, expected);

    // Rule recurring_after_period: 每季度结束后N个工作日内 / 每月结束后N日内: a period's end + N, the first one on or
    // after the reference (the period before the reference still counts: its report may be due); from a start, the
    // period the start falls in.
    [Theory]
    [InlineData("请各单位于每季度结束后5个工作日内报送进展情况。", "2026-03-10", "2026-04-08")]   // 3-31 + 5 across 清明
    [InlineData("请各单位于每季度结束后5个工作日内报送进展情况。", "2026-04-02", "2026-04-08")]   // Q1's report still due
    [InlineData("请各单位于每季度结束后10日内报送进展情况。", "2026-04-20", "2026-07-10")]
    [InlineData("请各单位于每月结束后5日内报送进展情况。", "2026-03-10", "2026-04-05")]
    [InlineData("从2026年7月起，各单位于每季度结束后5个工作日内报送进展情况。", "2026-03-10", "2026-10-13")]
    [InlineData("各单位要于每年度结束后15日内报送年度工作总结。", "2026-03-10", "2027-01-15")]
    public void Each_periods_report_after_its_end_is_dated_the_first_one_due(string text, string reference, string expected)
    {
        var t = Single(text, reference);
        Assert.Equal(expected, DateOf(t));
        Assert.NotNull(t.Recurrence);
    }

    // Year- and period-level targets.
    [Theory]
    [InlineData("县发改局要确保完成年度计划。", "2026-03-10", "2026-12-31")]
    [InlineData("县发改局要确保全年目标任务全面完成。", "2026-03-10", "2026-12-31")]
    [InlineData("县发改局要确保年终目标任务圆满完成。", "2026-03-10", "2026-12-31")]
    [InlineData("县发改局要确保本年度目标任务全面完成。", "2026-03-10", "2026-12-31")]
    [InlineData("县住建局要确保2027年全面建成城市污水管网。", "2026-03-10", "2027-12-31")]
    [InlineData("到2027年，县住建局要全面建成城市污水管网。", "2026-03-10", "2027-12-31")]
    [InlineData("县住建局力争2028年实现城乡供水一体化。", "2026-03-10", "2028-12-31")]
    [InlineData("县发改局要确保2026年度各项目标任务全面完成。", "2026-03-10", "2026-12-31")]
    [InlineData("县林业局要确保“十五五”末森林覆盖率达到60%。", "2026-03-10", "2030-12-31")]
    [InlineData("县林业局要确保十五五期末森林覆盖率达到60%。", null, "2030-12-31")]
    [InlineData("县工信局要确保一季度实现开门红。", "2026-03-10", "2026-03-31")]
    [InlineData("县工信局一季度要完成技改项目10个。", "2026-03-10", "2026-03-31")]
    [InlineData("县发改局要确保上半年完成过半。", "2026-03-10", "2026-06-30")]
    [InlineData("县发改局要确保实现“双过半”。", "2026-03-10", "2026-06-30")]
    public void Variant_year_and_period_targets(string text, string? reference, string expected) =>
        AssertDeadline(text, reference, expected);

    // Rule period_target: a quarter or half named as a target with words between it and the target verb.
    [Theory]
    [InlineData("县发改局要确保上半年投资完成过半。", "2026-06-30")]
    [InlineData("县发改局要力争二季度实现工业产值增长10%。", "2026-06-30")]
    [InlineData("县发改局要确保首季经济实现开门红。", "2026-03-31")]
    public void A_period_named_as_a_target_is_dated_its_end(string text, string expected) =>
        AssertDeadline(text, "2026-03-10", expected);

    [Theory]
    [InlineData("上半年全县固定资产投资完成过半，同比增长5%。")]
    [InlineData("一季度全县完成固定资产投资10亿元。")]
    public void A_periods_result_reported_is_no_task(string text) =>
        Assert.Empty(Parse(text, "2026-07-10"));

    [Fact]
    public void A_period_looked_back_on_is_no_target() =>
        AssertDeadline("县发改局要确保上半年以来的成果得到巩固。", "2026-07-10", null);

    [Theory]
    [InlineData("县发改局要认真落实2026年度工作要点。")]                  // a year that dates a document
    [InlineData("县住建局要按照《2026年城市更新工作方案》要求，抓紧推进改造。")]
    public void Variant_a_year_that_names_a_document_is_no_deadline(string text)
    {
        var t = Single(text, "2026-03-10");
        Assert.Null(t.Deadline);
    }

    // Several deadlines in one sentence: each to its own task.
    [Fact]
    public void Variant_each_deadline_of_a_sentence_goes_to_its_own_task()
    {
        var tasks = Parse("县水利局于3月5日前完成方案编制，确保堤防加固4月底完工；县林业局于3月10日前完成苗木调运。", "2026-02-20");
        Assert.Equal(3, tasks.Count);
        Assert.Equal(["2026-03-05", "2026-04-30", "2026-03-10"], tasks.Select(DateOf));
        Assert.Equal(["县水利局", "县水利局", "县林业局"], tasks.Select(t => t.Lead.Single()));
    }

    [Theory]
    [InlineData("县水利局要在3月5日前完成方案编制，并于4月底前完成堤防加固。")]
    [InlineData("县水利局3月5日前完成方案编制，力争4月底前完成堤防加固。")]
    public void Variant_a_second_deadline_after_bing_or_lizheng_is_a_second_task(string text)
    {
        var tasks = Parse(text, "2026-02-20");
        Assert.Equal(["2026-03-05", "2026-04-30"], tasks.Select(DateOf));
        Assert.All(tasks, t => Assert.Equal(["县水利局"], t.Lead));
    }

    [Fact]
    public void Variant_three_stages_of_one_unit_are_three_dated_tasks() =>
        Assert.Equal(["2026-03-31", "2026-06-30", "2026-12-31"],
            Parse("县住建局要在3月底前完成摸底排查，6月底前完成整改，年底前全面完成改造任务。", "2026-02-20").Select(DateOf));

    [Fact]
    public void Variant_a_co_led_task_after_tongshi_keeps_its_own_deadline()
    {
        var tasks = Parse("县水利局于3月5日前完成方案编制，同时，配合县应急局于3月10日前完成应急演练。", "2026-02-20");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县水利局"]) && DateOf(t) == "2026-03-05");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县应急局"]) && t.Co.SequenceEqual(["县水利局"]) && DateOf(t) == "2026-03-10");
    }

    // Spurious: a period of work (春节期间, 主汛期), a document's date, a meeting's date are no deadline.
    [Theory]
    [InlineData("春节期间，各乡镇要加强值班值守，确保群众安全过节。", "2026-01-05")]
    [InlineData("主汛期，县水利局要加强巡查，确保安全度汛。", "2026-06-05")]
    [InlineData("根据县政府2026年3月1日印发的通知，县住建局要尽快完成整改。", "2026-03-10")]
    [InlineData("2026年3月8日，县政府召开专题会议，要求县住建局尽快完成整改。", "2026-03-10")]
    [InlineData("3月8日上午，县委书记主持召开会议，要求县住建局尽快完成整改。", "2026-03-10")]
    [InlineData("县住建局要认真落实“一月一调度、一季一通报”的要求。", "2026-03-10")]
    public void Variant_a_date_that_only_dates_a_period_a_document_or_a_meeting_is_no_deadline(string text, string reference)
    {
        var t = Single(text, reference);
        Assert.Null(t.Deadline);
    }

    // Rule period_target, 冲刺/奋战/决战 + a quarter: the quarter is what the work is pushed to.
    [Theory]
    [InlineData("会议强调，各部门要全力以赴奋战四季度，加大项目招引力度。", "2022-10-25", "2022-12-31")]
    [InlineData("会议要求，县招商中心要全力冲刺四季度，确保完成招商任务。", "2022-10-25", "2022-12-31")]
    [InlineData("县工信局要决战一季度，加快技改项目建设。", "2026-01-10", "2026-03-31")]
    public void Pushing_through_a_quarter_is_dated_its_end(string text, string reference, string expected) =>
        AssertDeadline(text, reference, expected);

    [Fact]
    public void A_sprint_reported_is_no_task() =>
        Assert.Empty(Parse("前三季度全县招商引资完成情况良好，冲刺阶段已经开始。", "2026-10-10"));

    // Rule recent_past_day: a bare day a few days or weeks back dates an event, it is no deadline a year on.
    [Fact]
    public void A_meeting_held_days_ago_is_no_deadline()
    {
        var tasks = Parse("县政府于3月8日召开专题会议，会议要求县住建局尽快完成整改。", "2026-03-10");
        Assert.All(tasks, t => Assert.Null(t.Deadline));
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县住建局"]) && t.DeadlineText == "尽快");
    }

    [Fact]
    public void Work_done_days_ago_does_not_date_the_next_units_task()
    {
        var tasks = Parse("县住建局3月8日完成整改，县财政局要在4月底前拨付资金。", "2026-03-10");
        Assert.DoesNotContain(tasks, t => t.Deadline?.Year == 2027);
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县财政局"]) && DateOf(t) == "2026-04-30");
    }

    [Theory]
    [InlineData("县住建局要在3月8日前完成整改。", "2026-03-10", "2027-03-08")]        // 前: by, the next such day
    [InlineData("县住建局1月5日召开动员会。", "2026-12-10", "2027-01-05")]            // 11 months back: next year's is near
    [InlineData("县住建局要在明年3月8日召开动员会。", "2026-03-10", "2027-03-08")]    // the year is written
    public void A_day_that_says_by_or_is_not_recent_still_is_the_next_occurrence(string text, string reference, string expected) =>
        AssertDeadline(text, reference, expected);

    // Rule cell_date: a flattened table row's last cell holding only a year, a numeric date or 全年 is its time limit.
    [Fact]
    public void A_year_cell_closes_each_row_with_that_years_end()
    {
        var tasks = Parse("1\n启动老旧小区改造工程。\n县住建局\n2026年\n2\n推进污水管网建设。\n县水务局\n2027年", "2026-03-10");
        Assert.Equal(["县住建局", "县水务局"], tasks.Select(t => t.Lead.Single()));
        Assert.Equal(["2026-12-31", "2027-12-31"], tasks.Select(DateOf));
    }

    [Fact]
    public void Numeric_date_cells_are_the_rows_time_limits()
    {
        var tasks = Parse("1\n启动老旧小区改造工程。\n县住建局\n2026.6\n2\n推进污水管网建设。\n县水务局\n2026.12.31", "2026-03-10");
        Assert.Equal(["县住建局", "县水务局"], tasks.Select(t => t.Lead.Single()));
        Assert.Equal(["2026-06-30", "2026-12-31"], tasks.Select(DateOf));
    }

    [Fact]
    public void A_whole_year_cell_is_the_reference_years_end() =>
        Assert.Contains(Parse("1\n启动老旧小区改造工程。\n县住建局\n全年\n2\n推进污水管网建设。\n县水务局\n持续推进", "2026-03-10"),
            t => t.Lead.SequenceEqual(["县住建局"]) && DateOf(t) == "2026-12-31");

    [Theory]
    [InlineData("县住建局负责启动老旧小区改造工程 2026.6.5", "2026-06-05")]                  // a cell before it on its line
    [InlineData("县住建局负责启动老旧小区改造工程\n交办日期:\n2026.6.5", null)]            // under a label: a record's date
    [InlineData("县住建局负责启动老旧小区改造工程\n交办日期: 2026.6.5", null)]              // after a label on its line
    public void A_date_cell_is_a_time_limit_only_after_another_cell_not_after_a_label(string text, string? expected) =>
        Assert.Equal(expected, DateOf(Parse(text, "2026-03-10").Single()));

    [Theory]
    [InlineData("1\n巩固老旧小区改造成果。\n县住建局\n2024年", "2026-03-10")]        // a past year: the year of the work, not a limit
    [InlineData("县住建局要总结2026年\n工作经验。", "2026-03-10")]                  // a year broken by a line, not a cell
    public void A_year_cell_that_is_past_or_not_a_cell_is_no_deadline(string text, string reference) =>
        Assert.All(Parse(text, reference), t => Assert.Null(t.Deadline));

    // Rule relative_from_notice: a span counted from the notice or the meeting is counted from the reference.
    [Theory]
    [InlineData("请各乡镇于收到通知后5个工作日内报送排查结果。", "2026-03-17")]   // 3-11..3-13, 3-16, 3-17
    [InlineData("各乡镇要自即日起30日内完成整改。", "2026-04-09")]
    [InlineData("各乡镇要自通知下发之日起一个月内完成整改。", "2026-04-10")]
    [InlineData("会后3天内，县住建局要报送整改方案。", "2026-03-13")]
    public void A_span_from_the_notice_or_the_meeting_counts_from_the_reference(string text, string expected) =>
        AssertDeadline(text, "2026-03-10", expected);

    [Theory]
    [InlineData("县住建局要在项目开工后3个月内完成验收。")]             // counted from an event to come
    public void A_span_from_another_event_is_no_date(string text) =>
        AssertDeadline(text, "2026-03-10", null);

    // A time limit counted from each application (自受理之日起) is a standing procedure, no task at all (conventions:
    // "standing procedural rules (一般在N日内办结)"; rule RecurringEventLimit in SentenceRules): neither a date nor a task.
    [Fact]
    public void A_standing_procedures_time_limit_is_no_task() =>
        Assert.Empty(Parse("县政务服务中心要确保自受理之日起20个工作日内办结。", "2026-03-10"));

    // 半年: six months (半年内 was read as 年内, the year's end); 2026年度 + a target verb is that year's end.
    [Theory]
    [InlineData("县住建局要在半年内完成整改。", "2026-09-10")]
    [InlineData("县住建局要用半年时间完成整改。", "2026-09-10")]
    [InlineData("县住建局要在2026年度完成整改工作。", "2026-12-31")]
    [InlineData("县住建局2026年度要完成改造任务。", "2026-12-31")]
    public void Half_year_spans_and_a_years_target(string text, string expected) =>
        AssertDeadline(text, "2026-03-10", expected);

    [Fact]
    public void A_past_years_result_is_no_target() =>
        AssertDeadline("县住建局要总结经验，2025年度完成投资情况要形成报告。", "2026-03-10", null);

    // Rule glued_date: 年/月 lost in a page's rendering ("1231日前", "20211120日前", "20251月20日前").
    [Theory]
    [InlineData("请各单位于1231日前完成房屋拆除工作。", "2019-12-10", "2019-12-31")]
    [InlineData("请各单位于20211120日前报送申报材料。", null, "2021-11-20")]
    [InlineData("各责任单位于20251月20日前报送工作进展。", "2025-01-06", "2025-01-20")]
    public void A_day_whose_year_or_month_character_was_lost_is_still_read(string text, string? reference, string expected) =>
        AssertDeadline(text, reference, expected);

    [Theory]
    [InlineData("各乡镇要完成投资1231万元。")]            // an amount: no 日前
    [InlineData("各乡镇要新建1231个充电桩，完成日前部署的任务。")]
    public void Digits_that_are_no_day_are_no_deadline(string text) =>
        AssertDeadline(text, "2026-03-10", null);

    // Rule year_opening: a sentence opened by a coming year sets that year's targets; a year after other words does not.
    [Theory]
    [InlineData("县住建局要抓好城市更新。2027年,县住建局要完成棚户区改造。", "2027-12-31")]      // after 。
    [InlineData("县住建局要抓好城市更新。\n  2027年,县住建局要完成棚户区改造。", "2027-12-31")]  // a new line, blanks before
    [InlineData("县住建局要抓好城市更新,从2027年,县住建局要完成棚户区改造。", null)]            // inside a sentence
    public void A_year_opening_a_sentence_dates_its_targets(string text, string? expected)
    {
        var dates = Parse(text, "2026-03-10").Select(DateOf).ToList();
        if (expected is null) Assert.DoesNotContain("2027-12-31", dates);
        else Assert.Contains(expected, dates);
    }

    // Rule period_opening: a sentence opened by a quarter or half not yet over sets what is to be done in it.
    [Theory]
    [InlineData("四季度，县住建局要完成棚户区改造。", "2026-03-10", "2026-12-31")]
    [InlineData("下半年，各乡镇要全力抓好项目建设。", "2026-07-10", "2026-12-31")]
    [InlineData("明年一季度，县住建局要完成棚户区改造。", "2026-03-10", "2027-03-31")]
    public void A_sentence_opened_by_a_coming_period_is_dated_its_end(string text, string reference, string expected) =>
        AssertDeadline(text, reference, expected);

    [Fact]
    public void A_sentence_opened_by_a_period_already_over_reports_it() =>
        Assert.All(Parse("一季度，县住建局完成棚户区改造10个。", "2026-05-10"), t => Assert.Null(t.Deadline));

    [Fact]
    public void Without_a_reference_an_opening_period_is_read_as_a_report() =>
        Assert.Empty(Parse("1.引进龙头企业投资项目不少于3个。上半年,引进世界500强企业投资项目3个;新开工亿元以上产业项目80个。", null));

    // Rule respective_dates: 分别于A、B前 — the first listed date still due; the list is kept as the recurrence.
    [Theory]
    [InlineData("各乡镇分别于6月30日、12月20日前报送工作进展情况。", "2026-03-10", "2026-06-30")]
    [InlineData("各乡镇分别于6月底、12月底前报送半年和全年工作总结。", "2026-03-10", "2026-06-30")]
    [InlineData("各乡镇分别于4月8日、7月8日、10月8日及12月8日前报送季度进展。", "2026-03-10", "2026-04-08")]
    [InlineData("各乡镇分别于6月30日、12月20日前报送工作进展情况。", "2026-08-10", "2026-12-20")]
    public void Respective_dates_are_one_recurring_duty_due_first_at_the_next_of_them(string text, string reference, string expected)
    {
        var t = Single(text, reference);
        Assert.Equal(expected, DateOf(t));
        Assert.NotNull(t.Recurrence);
        Assert.Contains("12月", t.Recurrence);
    }

    // A time of day before 前 belongs to the deadline phrase the card shows; the date is the day.
    [Theory]
    [InlineData("各乡镇要于3月20日下午5点前报送材料。", "2026-03-20", "3月20日下午5点前")]
    [InlineData("县住建局要在3月15日17时之前报送方案。", "2026-03-15", "3月15日17时之前")]
    [InlineData("县住建局要在2026年3月15日12时前报送方案。", "2026-03-15", "2026年3月15日12时前")]
    [InlineData("县住建局要在本月25日下午3点半前报送方案。", "2026-03-25", "本月25日下午3点半前")]
    [InlineData("县住建局要在3月15日下班前报送方案。", "2026-03-15", "3月15日下班前")]
    [InlineData("县住建局要在3月15日18:00前报送方案。", "2026-03-15", "3月15日18:00前")]
    public void A_time_of_day_before_qian_is_part_of_the_phrase(string text, string expected, string phrase) =>
        AssertDeadline(text, "2026-03-10", expected, phrase);

    [Fact]
    public void A_time_of_day_from_which_something_starts_is_no_deadline() =>
        AssertDeadline("自3月15日18时起，县住建局要实行交通管制。", "2026-03-10", null);

    // Recurring month ends: 每年6月底前 is June's end each year (it was read as 每年, Dec 31); 每月月底前, 每年年底前 whole.
    [Theory]
    [InlineData("各乡镇要于每年6月底前报送进展情况。", "2026-03-10", "2026-06-30", "每年6月底前")]
    [InlineData("各乡镇要于每年6月底前报送进展情况。", "2026-08-10", "2027-06-30", "每年6月底前")]
    [InlineData("各乡镇要于每年2月底前报送进展情况。", "2026-03-10", "2027-02-28", "每年2月底前")]
    [InlineData("各乡镇要于每月月底前报送进展情况。", "2026-03-10", "2026-03-31", "每月月底前")]
    [InlineData("各乡镇要于每年年底前报送工作总结。", "2026-03-10", "2026-12-31", "每年年底前")]
    public void A_recurring_months_end_is_its_next_occurrence(string text, string reference, string expected, string phrase) =>
        AssertDeadline(text, reference, expected, phrase);

    // Rule bare_weekday: 周五前 / 星期五下班前 without 本 or 下 is the next such weekday (2026-03-10 is a Tuesday).
    [Theory]
    [InlineData("请县住建局于周五前报送方案。", "2026-03-10", "2026-03-13")]
    [InlineData("请县住建局于星期五下班前报送方案。", "2026-03-10", "2026-03-13")]
    [InlineData("请县住建局于周五前报送方案。", "2026-03-14", "2026-03-20")]
    [InlineData("请县住建局于本周五下班前报送方案。", "2026-03-10", "2026-03-13")]
    public void A_weekday_with_qian_is_the_next_such_day(string text, string reference, string expected) =>
        AssertDeadline(text, reference, expected);

    [Fact]
    public void Last_weeks_day_is_no_deadline() =>
        Assert.All(Parse("上周五前，县住建局已报送方案。", "2026-03-10"), t => Assert.Null(t.Deadline));

    #endregion

    #region Spurious deadlines: a period that names what a report or document covers (rule period_report)

    // 全年完成情况 / 一季度完成情况 / 2026年度工作要点 / 上半年工作总结: the period says which report or document is
    // meant, not by when (conventions: "a year that only dates the document … is no deadline"). The task stays, undated.
    [Theory]
    [InlineData("各部门要将全年完成情况报县政府督查室。")]
    [InlineData("县统计局要将2026年一季度完成情况报县政府。")]
    [InlineData("县住建局要确保落实2026年度工作要点各项任务。")]
    [InlineData("县统计局要将今年完成情况报县政府。")]
    [InlineData("各乡镇要将上半年完成情况报县农业农村局。")]
    public void A_period_naming_a_report_or_document_is_no_deadline(string text) =>
        AssertDeadline(text, "2026-03-10", null);

    // The report's own by-when still dates it, and the report (not the period) is what is to be delivered.
    [Fact]
    public void A_report_of_the_year_keeps_its_own_by_when() =>
        AssertDeadline("各部门要将全年完成情况于12月8日前报送县政府督查室。", "2026-03-10", "2026-12-08", "12月8日前");

    [Fact]
    public void A_report_of_the_year_keeps_its_report_as_the_deliverable()
    {
        var t = Single("各责任单位要于年底前向市政府报告全年落实情况。", "2026-03-10");
        Assert.Equal("2026-12-31", t.Deadline?.ToString("yyyy-MM-dd"));
        Assert.Contains("落实情况", t.Deliverable);
    }

    // Counter-tests: a year or period named as a target to reach is still its last day.
    [Theory]
    [InlineData("县财政局要确保完成年度计划。", "2026-12-31")]
    [InlineData("各乡镇要确保全年目标任务全面完成。", "2026-12-31")]
    [InlineData("县住建局今年要完成改造老旧小区20个。", "2026-12-31")]
    [InlineData("县自然资源局要确保完成2026年度补充耕地任务。", "2026-12-31")]
    [InlineData("县发改局要确保上半年投资完成过半。", "2026-06-30")]
    [InlineData("县教育局要认真落实2026年度工作要点，于4月底前报送推进方案。", "2026-04-30")]
    public void A_period_named_as_a_target_still_dates_the_task(string text, string expected) =>
        AssertDeadline(text, "2026-03-10", expected);

    #endregion

    #region Spurious deadlines: a sentence about a year's targets is no heading (rule heading_number_only)

    // section_year_target dates every later row of a heading "一、2023年…主要预期目标"; a sentence that only steers by a
    // year's targets ("各部门要围绕2026年度目标任务,…") opened a section too when the year stood within its first six
    // characters, and dated its own task and every undated task after it.
    [Fact]
    public void A_sentence_steering_by_a_years_targets_opens_no_section()
    {
        var tasks = Parse("各部门要围绕2026年度目标任务，完善工作举措。\n\n县住建局要加快老旧小区改造。", "2026-03-10");
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Null(t.Deadline));
    }

    // Counter-test: a numbered heading of a year's targets still dates the rows under it.
    [Theory]
    [InlineData("(一)2026年主要预期目标\n\n1.地区生产总值增长6%以上\n\n责任单位:县发改局")]
    [InlineData("1. 2026年主要预期目标\n\n1.地区生产总值增长6%以上\n\n责任单位:县发改局")]
    public void A_numbered_heading_of_a_years_targets_still_dates_its_rows(string text)
    {
        var tasks = Parse(text, "2026-03-10");
        Assert.Contains(tasks, t => t.Lead.Contains("县发改局") && t.Deadline?.ToString("yyyy-MM-dd") == "2026-12-31");
    }

    #endregion
}
