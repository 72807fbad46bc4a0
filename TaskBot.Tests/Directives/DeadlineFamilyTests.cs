using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// The deadline families found in the labelled corpus (eval/families.py over the development files): one table per
/// rule, with the counter-examples that must keep their task but get no date from it.
/// </summary>
public class DeadlineFamilyTests
{
    static void AssertDeadline(string text, string reference, string? expected, string? phrase = null)
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
}
