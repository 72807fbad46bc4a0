using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>One text, several tasks: minutes with numbered decisions, 一是…二是…, semicolons, task tables.</summary>
public class SegmentationTests
{
    [Fact]
    public void Numbered_decisions_of_minutes_are_separate_tasks()
    {
        var tasks = Parse("会议议定：一、由县住建局牵头，10月底前完成老旧小区改造方案；二、县交通运输局负责，年底前完成农村公路养护招标；三、县财政局做好资金保障。", "2026-09-15");
        Assert.Equal(3, tasks.Count);
        Assert.Equal(["县住建局"], tasks[0].Lead);
        Assert.Equal(new DateOnly(2026, 10, 31), tasks[0].Deadline);
        Assert.Equal(["县交通运输局"], tasks[1].Lead);
        Assert.Equal(new DateOnly(2026, 12, 31), tasks[1].Deadline);
        Assert.Equal(["县财政局"], tasks[2].Lead);
        Assert.Null(tasks[2].Deadline);
        Assert.Equal("做好资金保障", tasks[2].Deliverable);
    }

    [Theory]
    [InlineData("会议要求：一是县水利局牵头，月底前完成水库安全检查；二是县林业局负责，年底前完成森林防火演练。")]
    [InlineData("1. 县水利局牵头，月底前完成水库安全检查。\n2. 县林业局负责，年底前完成森林防火演练。")]
    [InlineData("（一）县水利局牵头，月底前完成水库安全检查。（二）县林业局负责，年底前完成森林防火演练。")]
    [InlineData("县水利局要在月底前完成水库安全检查；县林业局要在年底前完成森林防火演练。")]
    [InlineData("县水利局要在月底前完成水库安全检查，县林业局要在年底前完成森林防火演练。")]
    public void Each_way_of_listing_decisions_gives_one_task_per_unit(string text)
    {
        var tasks = Parse(text);
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["县水利局"], tasks[0].Lead);
        Assert.Equal(new DateOnly(2026, 11, 30), tasks[0].Deadline);
        Assert.Equal(["县林业局"], tasks[1].Lead);
        Assert.Equal(new DateOnly(2026, 12, 31), tasks[1].Deadline);
    }

    [Fact]
    public void A_second_deadline_for_the_same_units_is_a_second_task()
    {
        var tasks = Parse("各相关单位要加快推进，确保前期工作在12月底前完成，并在明年3月底前实现项目招投标。");
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(["各相关单位"], t.Lead));
        Assert.Equal(new DateOnly(2026, 12, 31), tasks[0].Deadline);
        Assert.Equal(new DateOnly(2027, 3, 31), tasks[1].Deadline);
    }

    [Fact]
    public void Sentences_that_open_with_their_deadline_are_tasks_of_their_own()
    {
        var tasks = Parse("(三)主要目标。到2019年6月底，基本实现审批时间压缩。到2019年12月底，实现系统互联互通。", null);
        Assert.Equal([new DateOnly(2019, 6, 30), new DateOnly(2019, 12, 31)], tasks.Select(t => t.Deadline));
    }

    [Fact]
    public void A_parenthesised_assignment_makes_the_whole_item_one_task()
    {
        var t = Single("1. 精简项目审批手续。加快推进网上审批，5月底前实现中介超市上线运行。(区政务服务局牵头,区发改局、区审改办、区级相关部门配合)", null);
        Assert.Equal(["区政务服务局"], t.Lead);
        Assert.Equal(["区发改局", "区审改办", "区级相关部门"], t.Co);
        Assert.Equal("5月底前", t.DeadlineText);
        Assert.Equal("中介超市上线运行", t.Deliverable);   // what the deadline asks for, not the title
    }

    [Fact]
    public void A_deadline_inside_the_assignment_parenthesis_is_the_tasks_deadline()
    {
        var t = Single("2.加快推进重点项目建设，完成投资50亿元。（县发改局牵头，县直各相关部门配合，2024年12月底前完成）", "2024-03-15");
        Assert.Equal(["县发改局"], t.Lead);
        Assert.Equal(["县直各相关部门"], t.Co);
        Assert.Equal(new DateOnly(2024, 12, 31), t.Deadline);
    }

    [Fact]
    public void A_list_before_a_role_word_takes_that_role()
    {
        var t = Single("4. 加强项目谋划储备。(区发改局牵头,区财政局、区水务局等部门,区国投公司、各街道办事处配合)", null);
        Assert.Equal(["区发改局"], t.Lead);
        Assert.Equal(["区财政局", "区水务局", "区国投公司", "各街道办事处"], t.Co);
    }

    [Theory]
    [InlineData("207.支持高校建设。(牵头单位:市教育局;责任单位:市发改委、市科技局,东湖高新区管委会)", "市教育局", "市发改委、市科技局、东湖高新区管委会")]
    [InlineData("205.推进普通高中优质多样化发展。(责任单位:市教育局)", "市教育局", "")]
    [InlineData("责任单位：县发改局（牵头）、县工信局、县科技局；完成时限：2027年3月底前。", "县发改局", "县工信局、县科技局")]
    [InlineData("牵头单位：县科技局；配合单位：县工信局、县财政局；完成时限：2027年6月底。", "县科技局", "县工信局、县财政局")]
    [InlineData("责任单位：县林业局、各乡镇人民政府。", "县林业局、各乡镇人民政府", "")]
    [InlineData("（五）加快发展现代服务业。（市发展改革委牵头，市商务局、市文化广电旅游局按职责分工负责）", "市发展改革委", "市商务局、市文化广电旅游局")]
    [InlineData("（二十）加强耕地保护。（市自然资源和规划局、市农业农村局按职责分工负责）", "市自然资源和规划局、市农业农村局", "")]
    public void Labelled_unit_lists_of_task_tables(string text, string lead, string co)
    {
        var t = Single(text);
        Assert.Equal(Split(lead), t.Lead);
        Assert.Equal(Split(co), t.Co);
    }

    [Fact]
    public void A_labelled_deadline_is_the_tasks_deadline()
    {
        var t = Single("牵头单位：县科技局；完成时限：2027年6月底。");
        Assert.Equal(new DateOnly(2027, 6, 30), t.Deadline);
        Assert.Null(t.Deliverable);
    }

    [Theory]
    [InlineData("3 完成农贸市场提升改造。 县商务局 县市场监管局 9月底前", "2026-03-01", "县商务局、县市场监管局", "2026-09-30")]
    [InlineData("12\t启动建设水系连通工程。\t县水务局\t县住建局\t12月底前", "2026-03-01", "县水务局、县住建局", "2026-12-31")]
    public void Flattened_table_rows_list_joint_leads_in_cells(string text, string reference, string lead, string deadline)
    {
        var t = Single(text, reference);
        Assert.Equal(Split(lead), t.Lead);
        Assert.Equal(DateOnly.Parse(deadline), t.Deadline);
    }

    [Fact]
    public void An_addressee_line_heads_the_task_that_follows()
    {
        var t = Single("各乡镇、县直各单位：\n请于12月15日前报送年度工作总结。");
        Assert.Equal(["各乡镇", "县直各单位"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 15), t.Deadline);
    }

    [Fact]
    public void The_source_span_points_at_the_tasks_own_text()
    {
        const string text = "会议议定：一、县水利局牵头，月底前完成水库安全检查；二、县林业局负责，年底前完成森林防火演练。";
        var tasks = Parse(text);
        Assert.Contains("县林业局", text.Substring(tasks[1].Source.Start, tasks[1].Source.Length));
        Assert.DoesNotContain("县水利局", text.Substring(tasks[1].Source.Start, tasks[1].Source.Length));
    }

    [Theory]
    [InlineData("江辰当即要求工信局牵头会同财政局、金融办在一个月内拿出针对不同成长阶段企业的差异化支持政策初稿，包括贷款贴息等条款。", "差异化支持政策初稿")]
    // Where the product goes is noted after it (rule ReportedToNoted); a short job that is no document keeps its verb
    // (rule ShortObjectKeepsVerb): the clerk writes 做好资金保障, not 资金保障.
    [InlineData("请县财政局于10个工作日内将预算调整方案报县政府。", "预算调整方案(报县政府)")]
    [InlineData("春节前完成全县农民工工资清欠工作，由县人社局牵头。", "完成全县农民工工资清欠")]
    [InlineData("县文旅局下周五前拿出旅游节活动方案。", "旅游节活动方案")]
    [InlineData("县财政局做好资金保障。", "做好资金保障")]
    public void The_deliverable_is_the_short_noun_phrase_a_clerk_would_write(string text, string deliverable) =>
        Assert.Equal(deliverable, Single(text).Deliverable);

    [Fact]
    public void A_closing_deadline_binds_every_task_of_its_sentence()
    {
        var tasks = Parse("由县住建局负责项目实施，县自然资源局负责用地保障，县财政局负责资金保障，2024年10月底前建成投用。", "2024-04-10");
        Assert.Equal(["县住建局", "县自然资源局", "县财政局"], tasks.Select(t => t.Lead.Single()));
        Assert.All(tasks, t => Assert.Equal(new DateOnly(2024, 10, 31), t.Deadline));
    }

    [Theory]
    [InlineData("县交通运输局：牵头负责农村公路提档升级，年底前完成50公里。", "县交通运输局")]
    [InlineData("县林业局：配合做好森林防火。", "县林业局")]
    public void A_unit_line_followed_by_its_duties_is_that_units_task(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
    }
}
