using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// The look-alike families of the fifth-round corpus (eval/corpus/r5-*.jsonl), each with the directives that use the
/// same words and must keep their tasks. CoverLetter: a cover letter's stock closing after it hands its document over.
/// ReportGoesOn / NoticeGoesOn: the sentence after a progress report or a public notice, in the same item, that says
/// nothing of its own goes on with it. ProgressRowIsReport (a grouping rule): a
/// table row with a progress cell.
/// </summary>
public class FifthRoundLookalikeTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    // ---- CoverLetter ----

    [Theory]
    [InlineData("现将县十八届人民代表大会第五次会议审议通过的《2025年计划草案报告》印发给你们，请认真抓好学习贯彻，全面把握工作要求，研究细化工作举措，不折不扣抓好落实，确保圆满完成全年各项目标任务。")]
    [InlineData("《城镇老旧小区改造三年行动方案(2020-2022年)》已经区政府常务会议讨论同意，现予以印发，请大家认真对照要求，切实抓好落实，确保完成任务。")]
    [InlineData("现将《安全生产专项整治方案》印发给你们，请结合实际认真贯彻执行。")]
    public void A_cover_letters_stock_closing_hands_nothing_over(string text)
    {
        Assert.Contains("CoverLetter", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_cover_letter_that_names_a_job_and_a_date_keeps_its_task()
    {
        var t = Single("现将《安全生产专项整治方案》印发给你们，请各乡镇于12月20日前报送本乡镇实施方案。");
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
        Assert.Contains("实施方案", t.Deliverable);
    }

    [Fact]
    public void A_cover_letter_that_goes_on_to_a_job_of_its_own_is_read()
    {
        const string text = "现将《安全生产专项整治方案》印发给你们，请各乡镇据此制定实施方案，确保圆满完成全年各项目标任务。";
        Assert.DoesNotContain("CoverLetter", RulesFor(text));
        Assert.NotEmpty(Parse(text));
    }

    [Theory, MemberData(nameof(CoverLetterMarkers))]
    public void Every_cover_letter_marker_before_a_job_keeps_the_job(string marker)
    {
        Assert.Empty(Parse($"《安全生产专项整治方案》{marker}，请认真贯彻执行，确保完成全年各项目标任务。"));
        var t = Single($"《安全生产专项整治方案》{marker}，请各乡镇于12月20日前报送本乡镇实施方案。");
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Theory, MemberData(nameof(CoverLetterClosings))]
    public void Every_cover_letter_closing_after_a_job_keeps_the_job(string closing)
    {
        Assert.Empty(Parse($"现将《安全生产专项整治方案》印发给你们，请认真{closing}。"));
        var tasks = Parse($"现将《安全生产专项整治方案》印发给你们，请各乡镇据此制定实施方案，认真{closing}。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["各乡镇"]) && t.Deliverable!.Contains("实施方案"));
    }

    public static TheoryData<string> CoverLetterMarkers => LexiconFamilyTests.Words(l => l.CoverLetterMarkers);
    public static TheoryData<string> CoverLetterClosings => LexiconFamilyTests.Words(l => l.CoverLetterClosings);

    // ---- ReportGoesOn ----

    [Fact]
    public void The_counts_after_a_progress_report_go_on_with_it()
    {
        const string text = "截至目前，巡察反馈25个问题，已完成整改19个、正在整改6个，整改完成率76%。在巡察整改工作中，给予政务处分0人；组织处理0人。制定及修改完善制度12项，追缴资金7.132万元。";
        Assert.Contains("ReportGoesOn", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void After_a_progress_report_a_dated_order_is_a_task()
    {
        var t = Single("截至目前，巡察反馈25个问题，已完成整改19个，整改完成率76%。剩余问题由县纪委监委督促于12月20日前完成整改。");
        Assert.Equal(["县纪委监委"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void After_a_progress_report_a_unit_told_to_act_keeps_its_task()
    {
        var t = Single("截至目前，整改完成率76%。县住建局要加快剩余6个问题的整改，年底前全部销号。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 31), t.Deadline);
    }

    [Fact]
    public void A_report_in_one_item_does_not_reach_the_next_item()
    {
        var tasks = Parse("一、截至目前，整改完成率76%。\n二、制定完善制度12项。");
        Assert.Single(tasks);
        Assert.Contains("制度12项", tasks[0].Deliverable);
    }

    // ---- ProgressRowIsReport ----

    [Theory]
    [InlineData("3 | 实施农村公路大中修100公里。 | 完成农村公路大中修50公里,剩余预计11月底前完成。 | 交通运输局 | ")]
    [InlineData("53 加快推动农业规模化经营，完成改革试验20万亩。 经管站 2023年底 已累计完成改革试验面积31.7万亩，占“三调”面积的63.08%，同比增长12%。")]
    public void A_row_of_a_progress_table_hands_nothing_over(string text)
    {
        Assert.Contains("ProgressRowIsReport", Parser.Explain(text, Reference).RulesFired(ParseTrace.Grouping));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_row_of_a_division_table_without_a_progress_cell_is_a_task()
    {
        var t = Single("3 | 实施农村公路大中修100公里。 | 交通运输局 | 12月20日前 | ");
        Assert.Equal(["交通运输局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
        Assert.Contains("大中修100公里", t.Deliverable);
    }

    [Fact]
    public void A_progress_row_that_asks_for_the_rest_keeps_its_task()
    {
        var tasks = Parse("53 已累计完成改革试验面积31.7万亩，同比增长12%。 县农业农村局要于12月20日前完成剩余改革试验。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县农业农村局"]) && t.Deadline == Dec20);
    }

    [Fact]
    public void A_numbered_paragraph_that_reports_then_orders_is_read()
    {
        var tasks = Parse("1. 截至目前，全县完成改造3741户，开工率80%。县住建局要于12月20日前完成剩余危房改造。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县住建局"]) && t.Deadline == Dec20);
    }

    // ---- NoticeGoesOn ----

    [Fact]
    public void The_publics_deadline_after_a_consultation_is_no_task()
    {
        const string text = "为了进一步提高立法质量，现将草案修改二稿征求意见稿向社会公开征求意见，欢迎社会各界人士踊跃参与。意见建议请于11月23日前，以信件或者电子邮件等方式书面寄至厦门市人大法制委，并请注明建议人姓名和联系方式。";
        Assert.Contains("NoticeGoesOn", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void After_a_consultation_the_unit_told_to_collect_the_views_keeps_its_task()
    {
        var t = Single("现将草案征求意见稿向社会公开征求意见。县司法局要于12月20日前汇总各方意见报县政府。");
        Assert.Equal(["县司法局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    // ---- 提出…要求: the requirement put forward is a noun ----

    [Theory]
    [InlineData("会上，各镇(街道)汇报前期工作进展情况；区发改局、区经信局、区商务局汇报相关工作，并对镇(街道)工作复盘点评，提出具体建议要求。")]
    [InlineData("会议听取各县(市、区)农业农村局工作情况汇报，通报了全市工作调度情况，部署下步工作，对完成工作任务提出明确要求。")]
    public void A_report_that_requirements_were_put_forward_hands_nothing_over(string text) => Assert.Empty(Parse(text));

    [Fact]
    public void Requirements_put_forward_before_a_colon_are_the_ask()
    {
        var t = Single("会上，县长对危房改造工作提出要求：县住建局要于12月20日前完成全部危房改造验收。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void Put_forward_and_required_of_a_unit_is_an_ask()
    {
        var t = Single("会上，县长通报了危房改造进展，提出要求县住建局于12月20日前完成全部危房改造验收。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void After_requirements_put_forward_the_order_that_follows_is_a_task()
    {
        var t = Single("会议通报了全县危房改造进展，提出明确要求。县住建局要于12月20日前完成全部危房改造验收。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
        Assert.Contains("危房改造验收", t.Deliverable);
    }
}
