using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// The rules for task-division tables flattened to text (Blocks.FindCells, Blocks.HeaderColumns, ItemStage):
/// what the clerk reads off a 重点工作任务分工 row — its units by column, its time limit — and what is no row at all
/// (a header row, a document's foot). Each rule has an example and a counter-example: a real-looking text with the
/// rule's marker that must still give its tasks as before.
/// </summary>
public class TableRowRuleTests
{
    static void Task(ParsedTask t, string lead, string co, string? deadline)
    {
        Assert.Equal(lead.Length == 0 ? [] : Split(lead), t.Lead);
        Assert.Equal(co.Length == 0 ? [] : Split(co), t.Co);
        Assert.Equal(deadline, t.Deadline?.ToString("yyyy-MM-dd"));
    }

    // ---- HeaderRow ----

    const string HeaderedTable =
        "序号\n\n重点工作任务\n\n主要责任单位\n\n协同配合单位\n\n" +
        "1\n\n推进老旧小区改造。\n\n县住建局\n\n县财政局、县自然资源局,各乡镇人民政府。\n\n" +
        "2\n\n新建2座人行天桥。\n\n县交通局\n\n12月底前";

    [Fact]
    public void A_header_row_is_no_task_and_its_columns_give_the_rows_their_roles()
    {
        var tasks = Parse(HeaderedTable);
        Assert.Equal(2, tasks.Count);   // the header names no task: no 「协同配合单位」 lead
        Task(tasks[0], "县住建局", "县财政局、县自然资源局、各乡镇人民政府", null);
        Task(tasks[1], "县交通局", "", "2026-12-31");
    }

    [Fact]
    public void A_header_on_one_line_with_spaced_column_names_is_no_task()
    {
        var tasks = Parse("2026年量化指标任务分工\n\n序号 工 作 任 务 牵头负责部门\n1 城镇新增就业1000人以上 县人社局\n2 安排地方专项债券4亿元 县财政局");
        Assert.Equal(2, tasks.Count);
        Assert.DoesNotContain(tasks, t => t.Lead.Contains("牵头负责部门"));
        Task(tasks[0], "县人社局", "", "2026-12-31");
        Task(tasks[1], "县财政局", "", "2026-12-31");
    }

    [Fact]
    public void Without_a_header_unit_cells_stay_joint_leads()
    {
        // Counter-test: the same row with no header row above it (conventions: unit cells without 牵头 are joint leads).
        var t = Single("1\n\n推进老旧小区改造。\n\n县住建局\n\n县财政局、县自然资源局,各乡镇人民政府。");
        Task(t, "县住建局、县财政局、县自然资源局、各乡镇人民政府", "", null);
    }

    [Fact]
    public void A_label_with_its_units_is_no_header()
    {
        // Counter-test: "牵头单位:X" names the row's lead; it is a label line, not a column name.
        var t = Single("1.推进老旧小区改造。\n\n牵头单位:县住建局\n\n责任单位:县财政局");
        Task(t, "县住建局", "县财政局", null);
    }

    // ---- ListCell ----

    [Fact]
    public void A_cell_may_hold_a_list_of_units()
    {
        var t = Single("3 固定资产投资增长7.5%左右。 县发改委 县工信局、县住建局,各乡镇人民政府。 12月底前");
        Task(t, "县发改委、县工信局、县住建局、各乡镇人民政府", "", "2026-12-31");
    }

    // ---- GluedUnitCell ----

    [Fact]
    public void A_unit_list_glued_after_the_rows_last_full_stop_is_its_unit_cell()
    {
        var t = Single("3加强家庭源危险废物处置的规范化管理。2027年2月底前,制定有害垃圾处置工作指导意见。县生态环境局,各乡镇人民政府");
        Task(t, "县生态环境局、各乡镇人民政府", "", "2027-02-28");
    }

    [Fact]
    public void Units_that_go_on_to_act_are_a_sentence_not_a_cell()
    {
        // Counter-test: the last sentence names units and what they do: a task of its own, not the row's unit cell.
        var tasks = Parse("各乡镇要在12月20日前完成排查。县住建局、县财政局负责指导");
        Assert.Equal(2, tasks.Count);
        Task(tasks[0], "各乡镇", "", "2026-12-20");
        Task(tasks[1], "县住建局、县财政局", "", null);
    }

    // ---- IssueFooter ----

    [Fact]
    public void A_printing_line_at_the_foot_is_no_row()
    {
        // Before: the issuer and its print date were read as a row's unit and time limit, making the whole minutes one task.
        var t = Single("会议要求,县住建局要在12月20日前完成老旧小区改造方案。\n县政府办公室 2026年11月27日印");
        Task(t, "县住建局", "", "2026-12-20");
    }

    [Fact]
    public void A_signature_and_its_date_at_the_foot_is_no_row()
    {
        var t = Single("请各乡镇于12月5日前报送年度工作总结。\n县政府办公室\n2026年11月27日");
        Task(t, "各乡镇", "", "2026-12-05");
    }

    [Fact]
    public void A_full_date_in_a_row_is_still_its_time_limit()
    {
        // Counter-test: a row on one line with its unit and a whole date is a row, not a signature.
        var t = Single("1 完成农贸市场提升改造。 县商务局 2026年12月20日");
        Task(t, "县商务局", "", "2026-12-20");
        var before = Single("1 完成农贸市场提升改造。 县商务局 2026年12月20日前");
        Task(before, "县商务局", "", "2026-12-20");
    }

    // ---- LabelOnItsLine ----

    [Fact]
    public void A_label_that_ends_its_line_takes_the_next_line()
    {
        var t = Single("交办日期:\n2026-11-20\n责任单位:\n市政园林工程处\n交办内容:\n扬子河部分时段水质黑臭,请你单位于12月20日前完成整改。");
        Task(t, "市政园林工程处", "", "2026-12-20");
    }

    [Fact]
    public void A_label_line_followed_by_another_label_takes_nothing_from_it()
    {
        // Counter-test: an empty 牵头单位 field does not swallow the 配合单位 line after it.
        var t = Single("牵头单位:\n配合单位:县财政局\n推进老旧小区改造。");
        Task(t, "", "县财政局", null);
    }

    // ---- BlockBeforeNote ----

    [Fact]
    public void A_bracketed_assignment_is_read_up_to_the_note_after_its_full_stop()
    {
        var t = Single("1.控制用水总量。2027年,用水总量控制在4.7亿立方米。[市水务局牵头,市工信委、市住建局配合,各县(市)区政府负责落实。以下均需各县(市)区政府落实,不再列出]");
        // 负责落实 after a 牵头: the responsible units help the lead (as 按职责分工负责 does).
        Task(t, "市水务局", "市工信委、市住建局、各县(市)区政府", "2027-12-31");
    }

    [Fact]
    public void A_bracket_whose_first_sentence_is_no_assignment_stays_text()
    {
        // Counter-test: "(此项工作由市水务局统筹。…)" is a sentence, not a unit block: the units are read from it as from any sentence.
        var t = Single("1.控制用水总量。(此项工作由市水务局统筹。各县区要于12月底前完成)");
        Assert.Equal("2026-12-31", t.Deadline?.ToString("yyyy-MM-dd"));
    }

    // ---- cell_month (DeadlineGrammar) ----

    [Fact]
    public void A_month_alone_in_its_time_limit_cell_is_that_months_end()
    {
        var tasks = Parse("1\n\n启动县图书馆新馆建设。\n\n县文体局\n\n12月底前\n\n2\n\n新建2座人行天桥。\n\n县住建局\n\n9月投入使用", "2026-02-26");
        Assert.Equal(2, tasks.Count);
        Task(tasks[0], "县文体局", "", "2026-12-31");
        Task(tasks[1], "县住建局", "", "2026-09-30");
    }

    [Fact]
    public void A_month_cell_after_blanks_and_a_bar_on_its_line_is_still_a_cell()
    {
        var tasks = Parse("1\n新建2座人行天桥。\n县住建局\n |\t9月投入使用", "2026-02-26");
        Task(Assert.Single(tasks), "县住建局", "", "2026-09-30");
    }

    [Fact]
    public void A_month_opening_a_sentence_in_prose_is_no_deadline()
    {
        // Counter-test: "9月，…" says when something happened; only a month alone on its line is a time-limit cell.
        var t = Single("9月,县住建局对全县老旧小区开展了排查。县住建局要在12月20日前完成整改。", "2026-10-10");
        Task(t, "县住建局", "", "2026-12-20");
    }

    // ---- StandingCell, NextRowTitle, BareSuffixCell: a table whose cells are set off by bars ----

    const string BarredTable =
        "强化文件公开\n|\n1\n|\n对行政规范性文件进行全面清理。\n|\n办公室\n|\n年底前\n|\n深化政策解读形式\n|\n" +
        "2\n|\n积极做好政策解读工作。\n|\n各科室\n|\n持续推进\n|";

    [Fact]
    public void Barred_rows_take_their_unit_cells_whatever_the_title_column_after_them()
    {
        var tasks = Parse(BarredTable);
        Assert.Equal(2, tasks.Count);
        Task(tasks[0], "办公室", "", "2026-12-31");
        Task(tasks[1], "各科室", "", null);   // 持续推进: a standing task, no date
    }

    public static TheoryData<string> StandingTimeLimits => LexiconFamilyTests.Words(l => l.StandingTimeLimits);

    [Theory, MemberData(nameof(StandingTimeLimits))]
    public void Every_standing_time_limit_cell_closes_a_row_without_a_date(string word)
    {
        var t = Single($"1\n|\n积极做好政策解读工作。\n|\n各科室\n|\n{word}\n|");
        Task(t, "各科室", "", null);
        // Counter-test: in a sentence the word is the work itself, and the sentence keeps its task.
        var prose = Single($"各科室要{word}政务公开工作,12月20日前报送总结。");
        Task(prose, "各科室", "", "2026-12-20");
    }

    [Fact]
    public void A_short_line_after_a_sentence_is_no_title_cell_unless_a_time_limit_stands_before_it()
    {
        // Counter-test of NextRowTitle and BareSuffixCell: "办公室" on its line, then what it does, is a sentence.
        var t = Single("县住建局要在年底前完成改造。\n办公室\n负责汇总");
        Task(t, "县住建局", "", "2026-12-31");
    }

    // ---- SubItemsShareBlock (ItemStage) ----

    [Fact]
    public void A_block_on_its_own_line_after_the_sub_items_is_the_whole_items()
    {
        var t = Single("1.完善应急预案体系\n(1)加强应急预案管理,规范应急预案编制。\n(2)加强应急预案演练,完善演练管理制度。\n(责任单位:县应急局、各乡镇人民政府)");
        Task(t, "县应急局、各乡镇人民政府", "", null);
    }

    [Fact]
    public void A_block_at_the_end_of_a_sub_items_line_stays_that_sub_items()
    {
        // Counter-test: each sub-item names its own units on its own line; nothing is joined.
        var tasks = Parse("1.完善应急预案体系\n(1)加强应急预案管理。(责任单位:县应急局)\n(2)加强应急预案演练。(责任单位:县消防大队)");
        Task(Assert.Single(tasks, t => t.Lead.Contains("县应急局")), "县应急局", "", null);
        Task(Assert.Single(tasks, t => t.Lead.Contains("县消防大队")), "县消防大队", "", null);
    }

    #region SubRow (ItemStage.SubRows, Blocks.FindCells)

    const string MergedUnitCell =
        "1\n\n新建城东污水处理厂。\n\n县水务局\n\n6月底前开工\n\n完成城西污水管网改造。\n\n12月底前\n\n" +
        "2\n\n新建2座人行天桥。\n\n县住建局\n\n9月底前";

    [Fact]
    public void A_second_work_with_its_own_time_limit_under_one_unit_cell_is_a_task_of_that_unit()
    {
        // Before: the second work cell and its time limit were read as loose sentences and the task was lost.
        var tasks = Parse(MergedUnitCell, "2026-02-26");
        Assert.Equal(3, tasks.Count);
        Task(tasks[0], "县水务局", "", "2026-06-30");
        Assert.Contains("城东污水处理厂", tasks[0].Deliverable);
        Task(tasks[1], "县水务局", "", "2026-12-31");
        Assert.Contains("城西污水管网改造", tasks[1].Deliverable);
        Task(tasks[2], "县住建局", "", "2026-09-30");
    }

    [Fact]
    public void A_sub_row_keeps_the_lead_and_co_columns_of_the_row_above()
    {
        var tasks = Parse("序号\n\n重点工作\n\n牵头单位\n\n配合单位\n\n完成时限\n\n" +
            "1\n\n新建城东污水处理厂。\n\n县水务局\n\n县财政局\n\n6月底前\n\n完成城西污水管网改造。\n\n12月底前", "2026-02-26");
        Assert.Equal(2, tasks.Count);
        Task(tasks[0], "县水务局", "县财政局", "2026-06-30");
        Task(tasks[1], "县水务局", "县财政局", "2026-12-31");
    }

    [Fact]
    public void A_work_that_names_its_own_unit_is_no_sub_row()
    {
        // Counter-test: after a row, a sentence with its own unit gives that unit's task, not the row's unit; the row
        // above is cut off before it and keeps its own task (before: it was lost).
        var tasks = Parse("1\n\n新建城东污水处理厂。\n\n县水务局\n\n6月底前\n\n县住建局要完成城西污水管网改造。\n\n12月底前", "2026-02-26");
        Task(Assert.Single(tasks, t => t.Lead.Contains("县水务局")), "县水务局", "", "2026-06-30");
        Task(Assert.Single(tasks, t => t.Lead.Contains("县住建局")), "县住建局", "", "2026-12-31");
    }

    [Fact]
    public void Rows_each_with_their_own_unit_cell_are_no_sub_rows()
    {
        // Counter-test: the usual table, every row with its unit cell, keeps one task per row.
        var tasks = Parse("1\n\n启动县图书馆新馆建设。\n\n县文体局\n\n6月底前\n\n2\n\n完成城西污水管网改造。\n\n县水务局\n\n12月底前", "2026-02-26");
        Assert.Equal(2, tasks.Count);
        Task(tasks[0], "县文体局", "", "2026-06-30");
        Task(tasks[1], "县水务局", "", "2026-12-31");
    }

    #endregion

    #region RowNumberNoSignature (Blocks.FindCells)

    [Fact]
    public void A_row_under_its_row_number_keeps_a_whole_date_cell_on_its_own_line_as_its_time_limit()
    {
        // Before: "县水务局\n2026年6月30日" was read as a signature, so the row lost its unit and its date.
        var tasks = Parse("1\n\n启动建设县城防洪工程。\n\n县水务局\n\n2026年6月30日\n\n2\n\n新建2座人行天桥。\n\n县住建局\n\n2026年9月30日");
        Assert.Equal(2, tasks.Count);
        Task(tasks[0], "县水务局", "", "2026-06-30");
        Assert.Contains("防洪工程", tasks[0].Deliverable);
        Task(tasks[1], "县住建局", "", "2026-09-30");
    }

    [Theory]
    [InlineData("3.请各乡镇于12月5日前报送年度工作总结。\n县政府办公室\n2026年11月27日")]
    [InlineData("三、请各乡镇于12月5日前报送年度工作总结。\n县政府办公室\n2026年11月27日")]
    [InlineData("附件:1\n请各乡镇于12月5日前报送年度工作总结。\n县政府办公室\n2026年11月27日")]
    public void A_signature_after_a_numbered_item_is_still_no_row(string text)
    {
        // Counter-test: "3." / "三、" number an item of the notice, not a 序号 cell; the foot is the issuer and its date.
        var t = Single(text);
        Task(t, "各乡镇", "", "2026-12-05");
    }

    #endregion

    #region LabelAfterStop (DeadlinePlacement.PlaceLabel, Blocks.FindLabels)

    [Fact]
    public void A_time_limit_label_after_the_full_stop_dates_the_task_before_it()
    {
        // Before: the label was skipped as a block and the task came out undated.
        var t = Single("县住建局要推进老旧小区改造,完成12个小区的提升。(完成时限:2026年12月底前)");
        Task(t, "县住建局", "", "2026-12-31");
        Assert.Contains("老旧小区改造", t.Deliverable);
        var unnamed = Single("1.推进老旧小区改造,完成12个小区的提升。(完成时限:2027年3月底前)");
        Task(unnamed, "", "", "2027-03-31");
    }

    [Fact]
    public void A_task_with_its_own_date_keeps_it_over_the_label()
    {
        // Counter-test: the task's own by-when is what was asked of it.
        var t = Single("县住建局要在12月20日前完成老旧小区排查。(完成时限:2027年3月底前)");
        Task(t, "县住建局", "", "2026-12-20");
    }

    [Fact]
    public void The_sentence_after_the_labels_bracket_is_read_and_takes_no_date_from_it()
    {
        // Counter-test: before, everything up to the next full stop was skipped with the label and 县财政局's task was lost.
        var tasks = Parse("县住建局要推进老旧小区改造。(完成时限:2026年12月底前)县财政局要做好资金保障。");
        Assert.Equal(2, tasks.Count);
        Task(tasks[0], "县住建局", "", "2026-12-31");
        Task(tasks[1], "县财政局", "", null);
    }

    [Fact]
    public void Time_limit_as_a_word_in_a_sentence_is_no_label()
    {
        // Counter-test: "明确…完成时限" names a column to fill in; the sentence's own date stays its deadline.
        var t = Single("各单位要明确责任人和完成时限,12月20日前报送实施方案。");
        Task(t, "各单位", "", "2026-12-20");
    }

    #endregion

    #region BarredRowText (Blocks.FindCells)

    [Theory]
    [InlineData("|1|新建城东污水处理厂|县水务局|12月底前|")]
    [InlineData("1 | 新建城东污水处理厂 | 县水务局 | 12月底前 |")]
    [InlineData("|\n1\n|\n新建城东污水处理厂\n|\n县水务局\n|\n12月底前\n|")]
    public void A_barred_rows_work_cell_is_the_deliverable_without_bars_or_row_number(string row)
    {
        // Before: the deliverable came out as "|1|新建城东污水处理厂|" / "| 新建城东污水处理厂 |".
        var t = Single(row, "2026-02-26");
        Task(t, "县水务局", "", "2026-12-31");
        Assert.Equal("新建城东污水处理厂", t.Deliverable);
    }

    [Fact]
    public void A_number_that_opens_the_work_is_kept()
    {
        // Counter-test: "2座人行天桥" is a quantity of the work, not a row number: no bar closes it.
        var t = Single("|新建2座人行天桥|县住建局|12月底前|", "2026-02-26");
        Task(t, "县住建局", "", "2026-12-31");
        Assert.Contains("2座人行天桥", t.Deliverable);
    }

    #endregion
}
