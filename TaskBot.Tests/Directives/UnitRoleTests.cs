using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>Who leads and who helps, one table per way a directive says it (conventions: "Units and roles").</summary>
public class UnitRoleTests
{
    static void AssertRoles(string text, string lead, string co)
    {
        var t = Single(text);
        Assert.Equal(Split(lead), t.Lead);
        Assert.Equal(Split(co), t.Co);
    }

    [Theory]
    [InlineData("工信局牵头会同财政局、金融办在一个月内拿出差异化支持政策初稿。", "工信局", "财政局、金融办")]
    [InlineData("县委组织部、考核办牵头修订年度综合考核办法。", "县委组织部、考核办", "")]
    [InlineData("由县人社局牵头，县住建局、县交通运输局配合，春节前完成工资清欠。", "县人社局", "县住建局、县交通运输局")]
    [InlineData("经开区管委会负责，一季度内完成招商方案。", "经开区管委会", "")]
    [InlineData("一季度内完成产业园区招商方案，经开区管委会负责。", "经开区管委会", "")]
    [InlineData("县卫健委主责，县医保局协助，年底前完成评估。", "县卫健委", "县医保局")]
    [InlineData("县交通运输局会同县公安局交警大队、县应急管理局于12月10日前完成隐患整治。", "县交通运输局", "县公安局交警大队、县应急管理局")]
    [InlineData("县委宣传部牵头，县融媒体中心、县文旅局配合，做好宣传报道。", "县委宣传部", "县融媒体中心、县文旅局")]
    [InlineData("县农业农村局牵头、各乡镇配合，12月20日前完成高标准农田建设验收。", "县农业农村局", "各乡镇")]
    public void Lead_and_co_lead_by_role_words(string text, string lead, string co) => AssertRoles(text, lead, co);

    [Theory]
    [InlineData("请县财政局于10个工作日内将预算调整方案报县政府。", "县财政局")]
    [InlineData("江辰当即要求县发改局月底前拿出方案。", "县发改局")]
    [InlineData("让财政局下周一前把预算报上来。", "财政局")]
    [InlineData("通知各乡镇明天下班前报送受灾情况。", "各乡镇")]
    [InlineData("安排县审计局对项目资金开展专项审计。", "县审计局")]
    [InlineData("会议要求各乡镇两周内完成摸底排查。", "各乡镇")]
    [InlineData("县审计局月底前报送专项审计报告。", "县审计局")]
    [InlineData("县应急管理局要加强值班值守。", "县应急管理局")]
    [InlineData("县人力资源和社会保障局要在三个工作日内上报就业数据。", "县人力资源和社会保障局")]
    [InlineData("县自然资源和规划局年底前完成规划调整。", "县自然资源和规划局")]
    [InlineData("县城市管理综合执法局10日内完成违建摸底。", "县城市管理综合执法局")]
    [InlineData("市疫情防控指挥部办公室要做好物资保障。", "市疫情防控指挥部办公室")]
    [InlineData("各县(市、区)政府(管委会)要于12月底前将整改情况报市政府督查室。", "各县(市、区)政府(管委会)")]
    public void The_unit_told_to_act_leads(string text, string lead) => AssertRoles(text, lead, "");

    [Theory]
    [InlineData("县医保局、县卫健委按职责分工负责。", "县医保局、县卫健委")]
    [InlineData("县委组织部、县委编办、县人社局共同负责，明年一季度拿出机构改革方案。", "县委组织部、县委编办、县人社局")]
    [InlineData("要求各乡镇(街道办)和各有关县直单位切实提高政治站位，做好冬季安全生产工作。", "各乡镇(街道办)、各有关县直单位")]
    [InlineData("公安、执法部门要加大管控力度。", "公安、执法部门")]
    [InlineData("请各乡镇、各部门主要负责同志亲自研究部署。", "各乡镇、各部门")]
    public void Several_units_without_a_lead_marker_are_joint_leads(string text, string lead) => AssertRoles(text, lead, "");

    [Theory]
    [InlineData("县政府要求各乡镇于12月10日前完成排查。", "各乡镇")]
    [InlineData("县财政局要求，各乡镇于月底前报送数据。", "各乡镇")]
    public void A_body_that_asks_is_not_the_one_assigned(string text, string lead) => AssertRoles(text, lead, "");

    [Theory]
    [InlineData("各乡镇要积极配合县民政局做好低保复核。", "县民政局", "各乡镇")]
    [InlineData("县财政局牵头，各相关部门各司其职、密切配合，年底前完成清理。", "县财政局", "各相关部门")]
    public void Helpers_of_a_named_unit_are_co_leads(string text, string lead, string co) => AssertRoles(text, lead, co);

    [Theory]
    [InlineData("各乡镇要在两周内完成摸底排查，结果报县应急管理局。", "各乡镇")]
    [InlineData("请县财政局将预算调整方案报县政府审定。", "县财政局")]
    [InlineData("县统计局月底前将数据上报市统计局。", "县统计局")]
    [InlineData("县发改局年底前向县政府报告项目进展。", "县发改局")]
    public void The_unit_a_result_is_reported_to_is_neither_lead_nor_co(string text, string lead) => AssertRoles(text, lead, "");

    [Theory]
    [InlineData("分管副县长李长根督办，县农业农村局牵头、各乡镇配合，12月20日前完成验收。", "分管副县长李长根", "县农业农村局")]
    [InlineData("由常务副县长王强牵头，县发改局、县财政局具体落实，2027年一季度完成招商任务。", "常务副县长王强", "县发改局、县财政局")]
    [InlineData("要求各责任单位主要负责同志时刻掌握工作进展情况。", "各责任单位主要负责同志", "各责任单位")]
    [InlineData("各乡镇党委书记要亲自抓，确保本月底前完成秸秆禁烧部署。", "各乡镇党委书记", "各乡镇")]
    public void Leaders_named_to_oversee_are_supervisors_not_units(string text, string supervisor, string lead)
    {
        var t = Single(text);
        Assert.Equal(supervisor, t.Supervisor);
        Assert.Equal(Split(lead), t.Lead);
    }

    [Theory]
    [InlineData("各乡镇五个工作日内上报春耕备耕情况。", "各乡镇")]
    [InlineData("各相关单位要加快推进项目前期工作。", "各相关单位")]
    [InlineData("县直各单位要于12月15日前报送年度总结。", "县直各单位")]
    [InlineData("有关部门要做到一天一测一报。", "有关部门")]
    public void Generic_addressees_are_units_flagged_for_a_concrete_choice(string text, string unit)
    {
        var t = Single(text);
        Assert.Equal([unit], t.Lead);
        Assert.Contains(unit, t.GenericUnits);
        Assert.Contains(t.Warnings, w => w.Code == TaskBot.Directives.WarningCodes.GenericUnit && w.Message.Contains(unit));
    }

    [Fact]
    public void Helpers_named_alone_are_the_ones_who_act()
    {
        var t = Single("对存在拖欠问题的，各级各部门要协同配合，分析原因、限时解决。");
        Assert.Equal(["各级各部门"], t.Lead);
        Assert.Empty(t.Co);
    }

    [Fact]
    public void Helpers_in_a_later_sentence_join_the_task_before_them()
    {
        var t = Single("市级验收责任单位要迅速组建验收专班。其他整改责任单位要做好协作配合，确保顺利开展。");
        Assert.Equal(["市级验收责任单位"], t.Lead);
        Assert.Equal(["其他整改责任单位"], t.Co);
    }

    [Fact]
    public void A_requirement_without_a_unit_is_a_task_with_an_empty_lead()
    {
        var t = Single("会议要求，年底前完成全县低效用地清理。");
        Assert.Empty(t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 31), t.Deadline);
        Assert.Contains(t.Warnings, w => w.Code == TaskBot.Directives.WarningCodes.NoUnit);
    }

    [Fact]
    public void Units_are_reported_exactly_as_written()
    {
        var t = Single("县发改局牵头，县自然资源和规划局配合，完成项目库建设。");
        Assert.Equal(["县发改局"], t.Lead);   // not 县发展和改革委员会
        Assert.Equal(["县自然资源和规划局"], t.Co);
    }

    [Fact]
    public void A_trailing_etc_is_dropped_from_a_list()
    {
        var t = Single("县发改局牵头，县财政局、县水务局等部门配合，做好项目储备。");
        Assert.Equal(["县财政局", "县水务局"], t.Co);
    }

    [Fact]
    public void Unseen_units_are_recognised_by_how_unit_names_are_built()
    {
        var t = Single("县低空经济发展服务中心牵头，县数据资源管理局、县气象站配合，明年上半年建成无人机起降点。");
        Assert.Equal(["县低空经济发展服务中心"], t.Lead);
        Assert.Equal(["县数据资源管理局", "县气象站"], t.Co);
    }

    [Fact]
    public void Directory_aliases_without_a_unit_suffix_are_known_units()
    {
        var parser = new TaskBot.Directives.DirectiveParser(Lexicon.WithKnownUnits(["县融媒体"]), TaskBot.Calendar.ChinaWorkingCalendar.Default);
        var t = Assert.Single(parser.Parse("县融媒体要做好宣传报道。", Reference));
        Assert.Equal(["县融媒体"], t.Lead);
    }

    [Fact]
    public void A_unit_missing_from_the_directory_is_flagged_when_a_directory_is_loaded()
    {
        var parser = new TaskBot.Directives.DirectiveParser(Lexicon.WithKnownUnits(["县财政局"]), TaskBot.Calendar.ChinaWorkingCalendar.Default);
        var t = Assert.Single(parser.Parse("县财政局牵头，县数据局配合，年底前完成。", Reference));
        Assert.Contains(t.Warnings, w => w.Code == TaskBot.Directives.WarningCodes.UnknownUnit && w.Message.Contains("县数据局"));
        Assert.DoesNotContain(t.Warnings, w => w.Code == TaskBot.Directives.WarningCodes.UnknownUnit && w.Message.Contains("县财政局"));
    }

    [Fact]
    public void An_implementer_named_after_the_lead_works_under_it()
    {
        var tasks = Parse("会议决定，由县住建局牵头，县水务公司具体负责，于6月30日前完成城区老旧供水管网改造，所需资金由县财政局统筹解决。", "2024-03-15");
        Assert.Equal(["县住建局"], tasks[0].Lead);
        Assert.Equal(["县水务公司"], tasks[0].Co);
        Assert.Equal(new DateOnly(2024, 6, 30), tasks[0].Deadline);
        Assert.Equal(["县财政局"], tasks[1].Lead);
    }

    [Fact]
    public void The_same_unit_named_again_in_a_sentence_is_the_same_task()
    {
        var t = Single("会议同意县教育局提出的学校布局调整方案，由县教育局按程序报批后组织实施。");
        Assert.Equal(["县教育局"], t.Lead);
    }

    #region Lead carry-over and lead positions (p10-leads)

    [Fact]
    public void An_agenda_sentence_ends_the_carry_over_of_the_units_before()
    {
        // Rule AgendaOpensNewMatter: the meeting takes up the next matter; what it asks there of nobody is no task of
        // the units of the matter before (the leader picks the unit).
        var tasks = Parse("各部门、街镇要在12月20日前完成疫苗接种任务。会议听取并原则同意关于深化“放管服”改革工作要点的情况汇报。"
                          + "会议指出，营商环境没有最好，只有更好。要在12月31日前开展中介服务规范整治工作。");
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["各部门", "街镇"], tasks[0].Lead);
        Assert.Empty(tasks[1].Lead);
        Assert.Equal(new DateOnly(2026, 12, 31), tasks[1].Deadline);
    }

    [Fact]
    public void Without_an_agenda_sentence_the_units_carry_over_to_the_next_requirement()
    {
        // Counter-test: a view of the same matter (会议指出…) in between keeps the units of the matter.
        var tasks = Parse("各部门、街镇要在12月20日前完成疫苗接种任务。会议指出，疫苗接种工作既是经济任务，也是民生任务。要在12月31日前开展疫苗接种科普宣传。");
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["各部门", "街镇"], tasks[1].Lead);
    }

    [Theory]
    [InlineData("各有关区县要在12月20日前将申报材料报送市农委。", "各有关区县")]
    [InlineData("各县(市)区要在12月20日前完成农村生活垃圾清理。", "各县(市)区")]
    [InlineData("各相关县(市、区)要于12月20日前报送整改方案。", "各相关县(市、区)")]
    // Counter-tests: a longer name that goes on keeps its whole name; 各 + a word that only starts with a level is no unit.
    [InlineData("各县(市)区政府要在12月20日前完成农村生活垃圾清理。", "各县(市)区政府")]
    [InlineData("县市场监管局要督促各市场主体在12月20日前完成自查。", "县市场监管局")]
    public void Administrative_levels_after_ge_are_a_generic_unit(string text, string lead)
    {
        // Rule AdministrativeLevelsAsUnit (UnitGrammar).
        var t = Single(text);
        Assert.Equal(Split(lead), t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void Yiji_joins_units_as_ji_does()
    {
        // 以及 splits a unit list like 及 (conventions: split on 和 及 与); its 以 belongs to neither name.
        var t = Single("市教体局、各项目方以及各有关单位要在12月20日前完成项目建设。");
        Assert.Equal(["市教体局", "各项目方", "各有关单位"], t.Lead);
        // Counter-test: a name that holds 及 keeps it when the parts are no units.
        Assert.Equal(["县交通运输局"], Single("县交通运输局要在12月20日前完成道路及桥梁安全排查。").Lead);
    }

    [Theory]
    [InlineData("(四)总结阶段(11月) 各县(市、区)对专项行动开展情况进行总结，于12月20日前将工作总结报送市领导小组办公室。", "各县(市、区)")]
    [InlineData("(五)切实加强动态报告工作 县环保局要确定专人负责信息管理工作，12月20日前报送专项行动信息。", "县环保局")]
    // Counter-tests: a blank inside the content moves no subject; a unit opening the clause stays the subject.
    [InlineData("县住建局要在12月20日前完成 危房排查。", "县住建局")]
    [InlineData("县住建局 要在12月20日前完成危房排查，县财政局配合。", "县住建局")]
    public void A_heading_and_a_blank_before_the_subject_leave_the_subject_leading(string text, string lead)
    {
        // Rule HeadingBeforeSubject (ClauseReader).
        var t = Single(text);
        Assert.Equal(Split(lead), t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory]
    [InlineData("会议要求，区财政局、住建局等部门及相关街道要在12月20日前完成基金使用方案。", "区财政局、住建局、相关街道")]
    [InlineData("县发改局、县工信局等单位和各乡镇要在12月20日前上报项目清单。", "县发改局、县工信局、各乡镇")]
    // Counter-test: 及时 after 等部门 is an adverb, not a joiner: the list ends at 等部门.
    [InlineData("县住建局、县城管局等部门及时完成危房排查，12月20日前报县政府。", "县住建局、县城管局")]
    public void A_list_goes_on_after_etc_and_a_joiner(string text, string lead)
    {
        // Rule EtcThenMoreUnits (ClauseReader.ReadUnitList).
        var t = Single(text);
        Assert.Equal(Split(lead), t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory]
    [InlineData("县水利局要在12月20日前完成堤防加固方案，要积极配合县财政局在12月31日前完成资金筹措。")]
    [InlineData("县水利局要在12月20日前完成堤防加固方案，同时全力配合县财政局在12月31日前完成资金筹措。")]
    public void Adverbs_then_peihe_and_a_unit_make_that_unit_lead(string text)
    {
        // Rule HelperAfterAdverbs (ClauseReader): the unit helped leads its task, the unit named before helps.
        var tasks = Parse(text);
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["县水利局"], tasks[0].Lead);
        Assert.Equal(["县财政局"], tasks[1].Lead);
        Assert.Equal(["县水利局"], tasks[1].Co);
        Assert.Equal(new DateOnly(2026, 12, 31), tasks[1].Deadline);
    }

    [Fact]
    public void Adverbs_then_xiezhu_keep_the_unit_named_before_leading()
    {
        // Counter-tests: 协助 + whom the work is for is no lead; 全力配合 with no unit after it names nobody new.
        var t = Single("各包扶单位要进一步落实包保责任，全力协助社区在12月20日前解决实际困难。");
        Assert.Equal(["各包扶单位"], t.Lead);
        Assert.Empty(t.Co);
        Assert.Equal(["各乡镇"], Single("各乡镇要全力配合，12月20日前完成危房排查。").Lead);
    }

    [Theory]
    // Rule SharedModifierPairSplits (twentieth round; was DepartmentsAndUnitsAreOne): the bare later body word is a unit.
    [InlineData("市各有关部门和单位要在12月20日前完成涉企政策自查。", "市各有关部门、单位")]
    [InlineData("相关责任单位和部门要在12月20日前跟进即将开工的项目。", "相关责任单位、部门")]
    // Counter-tests: a body word after a named unit, or another kind of body, is a second unit.
    [InlineData("各相关部门和乡镇要在12月20日前完成征地拆迁。", "各相关部门、乡镇")]
    [InlineData("县住建局和各有关单位要在12月20日前完成危房排查。", "县住建局、各有关单位")]
    public void Departments_and_units_joined_are_two_addressees(string text, string lead)
    {
        // Rule SharedModifierPairSplits (UnitGrammar.SplitJoined).
        var t = Single(text);
        Assert.Equal(Split(lead), t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    #endregion
}
