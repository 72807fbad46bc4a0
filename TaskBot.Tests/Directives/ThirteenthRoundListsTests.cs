using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Rules of the thirteenth round for whole multi-task texts (lists and grouping). Each rule has made-up examples of
/// its shape and counter-tests where it must not change anything.
/// <list type="bullet">
/// <item>SignatureLinesAreNoRow (Blocks): the foot of a notice, one or more lines holding only units (the issuers, one
/// or several, on one line or on several) over a line holding only a whole signing date, under a line of prose, is the
/// signature: no table row's unit and time limit, and its units are read by no clause. Dev items fixed: ha-076 (the
/// issuer 福州市鼓楼区民政局 and the signing day were the task's lead and deadline; indented signature), ha-049 (the
/// issuer led a report; a plan line above the signature was read as a cell), r9l-006 (two issuers on one line made an
/// extra task), r9l-041 (four issuer lines were the lead), r10l-019 (党委组织部 under blank lines led a task),
/// r11l-038 (three issuers on one line led the last task).</item>
/// <item>RecapThenReport (DirectiveParser, DeadlinePlacement): "以上治理工作务必在6月30日前完成，并将结果及时上报相关职能部门":
/// the recap clause dates the work listed above; the report in the later clause stays a task, with its own time word
/// when it has one. Dev item fixed: r11l-038 (three tasks now dated 2021-06-30, the report undated; companion of the
/// signature rule there, without which its dated deadlines moved by alignment).</item>
/// <item>CitedBasisIsNoJob (GroupingRules, SetAside): a clause that only cites the basis of the text (按照/根据/依据 …
/// 要求/精神/规定/部署/安排, word family basisEndings) hands nothing over; the verbs inside a cited title are the title's.
/// Dev items fixed: r10l-019 (the addressees 各基层党委 no longer lead a task made of "《关于建立健全…的通知》要求"),
/// r8l-028 (各市's task is now the materials it reports, not "…通知(晋农办种植发〔2017〕341号)要求"); deliverables of
/// r10l-021, nt-074, hb-017 lose the cited title.</item>
/// </list>
/// </summary>
public class ThirteenthRoundListsTests
{
    static void NoLead(IReadOnlyList<ParsedTask> tasks, string unit) =>
        Assert.All(tasks, t => Assert.DoesNotContain(t.Lead, u => u.Contains(unit)));

    #region SignatureLinesAreNoRow

    [Fact]
    public void Several_issuers_on_one_line_over_the_signing_date_sign_the_notice()
    {
        var tasks = Parse("各学院：\n一、各学院要在12月10日前完成实验室消防检查。\n二、各学院要在12月15日前完成实验室用电线路排查。\n设备处 保卫处 后勤处\n2026年11月26日");
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(["各学院"], t.Lead));
        Assert.Equal(new DateOnly(2026, 12, 10), tasks[0].Deadline);
        Assert.Equal(new DateOnly(2026, 12, 15), tasks[1].Deadline);
        NoLead(tasks, "保卫处");
    }

    [Fact]
    public void Issuers_on_several_lines_sign_the_notice()
    {
        var t = Single("请各县市区于12月20日前公布本地年度保障性住房计划和项目清单。\n省住房和城乡建设厅\n省发展和改革委员会\n省财政厅\n2026年11月26日");
        Assert.Equal(["各县市区"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void An_indented_signature_under_a_closing_line_names_no_lead_and_no_deadline()
    {
        // Before: the indent hid the line break, so the issuer and the signing day became the task's lead and deadline.
        var t = Single("各街道民政办：\n  要认真审核发放对象，于12月10日前将发放明细表上报区民政局。\n  特此通知\n      某区民政局\n\n  2026年11月26日");
        Assert.Equal(["各街道民政办"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 10), t.Deadline);
    }

    [Fact]
    public void A_signature_under_a_line_that_opens_with_a_year_is_still_a_signature()
    {
        // "2027年，…" opens with a date: it was read as one more cell, and the issuer led the item.
        var tasks = Parse("各村要在12月20日前完成冬季造林任务。\n2027年，各村要完成人工造林850亩。\n某镇林长办\n2026年11月26日");
        Assert.NotEmpty(tasks);
        NoLead(tasks, "林长办");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["各村"]) && t.Deadline == new DateOnly(2026, 12, 20));
    }

    [Fact]
    public void Two_unit_cells_under_a_row_number_stay_the_rows_leads()
    {
        // Counter-test: after a bare row number (a 序号 cell) the unit line and the date are the row's cells.
        var tasks = Parse("1\n\n启动建设县城防洪工程。\n\n县水务局 县住建局\n\n2026年6月30日\n\n2\n\n新建2座人行天桥。\n\n县住建局\n\n2026年9月30日");
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["县水务局", "县住建局"], tasks[0].Lead);
        Assert.Equal(new DateOnly(2026, 6, 30), tasks[0].Deadline);
    }

    [Fact]
    public void Units_under_a_line_of_cells_stay_the_rows_leads()
    {
        // Counter-test: the line above is a row of cells ("1 | 完成… |"), not prose: the units and the date are its cells.
        var t = Single("序号 | 工作任务 | 责任单位 | 完成时限\n1 | 完成全县堤防隐患排查 |\n县水务局 县应急局\n2026年12月30日");
        Assert.Equal(["县水务局", "县应急局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 30), t.Deadline);
    }

    #endregion

    #region RecapThenReport

    const string Listed = "各学院：\n一、各学院要组织专人对实验室进行消防检查。\n二、各学院要对实验室用电线路进行排查。\n";

    [Fact]
    public void A_recap_before_a_report_dates_the_work_above_and_the_report_stays_a_task()
    {
        var text = Listed + "以上整改工作务必在12月20日前完成，并将结果及时上报资产处。";
        Assert.Contains("RecapThenReport", Parser.Explain(text, Reference).RulesFired(ParseTrace.Task));
        var tasks = Parse(text);
        Assert.Equal(3, tasks.Count);
        Assert.Equal(new DateOnly(2026, 12, 20), tasks[0].Deadline);
        Assert.Equal(new DateOnly(2026, 12, 20), tasks[1].Deadline);
        // The report keeps its own time word (及时), not the work's date.
        Assert.Null(tasks[2].Deadline);
        Assert.Equal("及时", tasks[2].DeadlineText);
        Assert.Contains("上报资产处", tasks[2].Deliverable);
    }

    [Fact]
    public void A_report_with_no_time_of_its_own_keeps_the_recap_date()
    {
        var text = Listed + "上述检查工作要在12月20日前完成，并将结果上报资产处。";
        Assert.Contains("RecapThenReport", Parser.Explain(text, Reference).RulesFired(ParseTrace.Task));
        var tasks = Parse(text);
        Assert.Equal(3, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline));
    }

    [Theory]
    // The report is the recap clause itself: the date is the report's, the work above keeps none.
    [InlineData("请将以上工作情况于12月20日前报送资产处。")]
    // The report has a date of its own: two steps, each a task.
    [InlineData("以上工作于12月20日前完成，并于12月25日前将结果上报资产处。")]
    // No report follows the recap.
    [InlineData("以上整改工作务必在12月20日前完成。")]
    public void Other_recaps_are_left_as_they_were(string recap)
    {
        var text = Listed + recap;
        Assert.DoesNotContain("RecapThenReport", Parser.Explain(text, Reference).RulesFired(ParseTrace.Task));
        var tasks = Parse(text);
        Assert.Null(tasks[0].Deadline);
        Assert.Null(tasks[1].Deadline);
    }

    #endregion

    #region CitedBasisIsNoJob

    [Fact]
    public void A_cited_basis_lets_the_addressees_wait_for_the_clause_that_asks()
    {
        var text = "各乡镇：\n按照《关于做好秋冬季森林防火工作的通知》要求，请各乡镇于12月20日前完成防火隔离带清理。";
        Assert.Contains("CitedBasisIsNoJob", Parser.Explain(text, Reference).RulesFired(ParseTrace.Grouping));
        // Before: the addressees took the basis clause (做好…工作 inside the title read as a job): a second task.
        var t = Single(text);
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
        Assert.Contains("防火隔离带", t.Deliverable);
        Assert.DoesNotContain("通知", t.Deliverable);
    }

    [Fact]
    public void A_basis_set_by_a_plan_before_a_units_requirement_is_no_job_of_its_own()
    {
        var text = "各村(社区)：\n根据《关于开展农村人居环境整治提升行动的实施方案》部署，各村(社区)要在12月20日前完成垃圾清运。";
        Assert.Contains("CitedBasisIsNoJob", Parser.Explain(text, Reference).RulesFired(ParseTrace.Grouping));
        var t = Single(text);
        Assert.Equal(["各村(社区)"], t.Lead);
        Assert.Contains("垃圾清运", t.Deliverable);
    }

    [Theory]
    // The basis does not open the clause: the unit's own job.
    [InlineData("县住建局要按照要求完成危房改造验收，12月20日前报县政府。", "县住建局")]
    // The clause goes on past the basis with the job itself.
    [InlineData("按照省厅要求完成危房改造验收，12月20日前报县政府。", "")]
    public void A_clause_that_goes_on_past_its_basis_keeps_its_job(string text, string lead)
    {
        Assert.DoesNotContain("CitedBasisIsNoJob", Parser.Explain(text, Reference).RulesFired(ParseTrace.Grouping));
        var t = Single(text);
        Assert.Equal(lead == "" ? [] : [lead], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
        Assert.Contains("危房改造验收", t.Deliverable);
    }

    public static TheoryData<string> BasisEndingWords => LexiconFamilyTests.Words(lx => lx.BasisEndings);

    [Theory]
    [MemberData(nameof(BasisEndingWords))]
    public void Every_basis_ending_closes_a_basis_and_the_directive_after_it_keeps_its_task(string word)
    {
        // Counter-test of family basisEndings: a directive holding the word keeps its task, unit and date.
        var t = Single($"按照县政府{word}，县住建局要在12月20日前完成危房改造验收。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
        Assert.Contains("危房改造验收", t.Deliverable);
    }

    #endregion
}
