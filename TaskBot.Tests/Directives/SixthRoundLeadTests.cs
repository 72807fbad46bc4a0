using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Lead and co-lead families of the sixth round (eval/corpus/r6-*.jsonl, r5-*.jsonl, real-dev-2), each rule with the
/// directive that needs it and a counter-test that keeps a non-unit in the same position from being read as one.
/// PinyinAnnotationIsNoText: mirror pages print a reading after a character ("各鄉(xiāng)鎮(zhèn)要…"); the grammar
/// reads past it, the unit is reported as written.
/// </summary>
public class SixthRoundLeadTests
{
    // ---- PinyinAnnotationIsNoText ----

    [Fact]
    public void A_unit_written_with_readings_is_the_lead_as_written()
    {
        var t = Single("二、及時完善相關程序。各鄉(xiāng)鎮(zhèn)要嚴格按照程序確定危改對象，並將相關會議記錄於12月20日前報送我委備案。");
        Assert.Equal(["各鄉(xiāng)鎮(zhèn)"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void A_deadline_written_with_readings_is_read()
    {
        var t = Single("各責(zé)任單位要在12月底(dǐ)前完成整改。");
        Assert.Equal(["各責(zé)任單位"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 31), t.Deadline);
    }

    [Fact]
    public void The_source_span_of_a_task_is_in_the_text_as_sent()
    {
        const string text = "各鄉(xiāng)鎮(zhèn)要在12月20日前完成危房改造。";
        var t = Single(text);
        Assert.Equal(0, t.Source.Start);
        Assert.True(t.Source.End <= text.Length && text[(t.Source.End - 1)..].Length >= 1);
        Assert.StartsWith("各鄉(xiāng)鎮(zhèn)", text.Substring(t.Source.Start, t.Source.Length));
    }

    [Fact]
    public void Brackets_that_are_no_readings_stay_in_the_text()
    {
        // An abbreviation (no vowel, or upper case) is no reading: the deliverable keeps it.
        var t = Single("县发改局要在12月20日前完成政府和社会资本合作(PPP)项目入库。");
        Assert.Equal(["县发改局"], t.Lead);
        Assert.Contains("(PPP)", t.Deliverable);
        Assert.Contains("(ppp)", Single("县发改局要在12月20日前完成政府和社会资本合作(ppp)项目入库。").Deliverable);
        // A bracketed level inside a name belongs to it.
        Assert.Equal(["各县(市、区)政府"], Single("各县(市、区)政府要在12月20日前完成排查。").Lead);
    }

    // ---- BodyBeforeModal (UnitGrammar) ----

    [Theory]
    // da-005, r5m-020, r5m-062, r5m-084: a qualified body right before a modal, where the subject stands.
    [InlineData("三是强化责任，认真迎检。建成区各学校要在12月20日前完成迎检线路规划、档案资料收集等工作。", "建成区各学校")]
    [InlineData("会议指出，各有关部门要加快推进高标准农田建设。相关设计单位要在12月20日前完善和优化设计方案。", "相关设计单位")]
    [InlineData("现场指挥部要加强协调；13个工作组要在12月20日前熟悉情况，完成入户摸底。", "13个工作组")]
    [InlineData("李全林要求，公安交警等部门要做好出行保障。施工单位要倒排工期，12月20日前完成施工任务。", "施工单位")]
    public void A_qualified_body_before_a_modal_is_the_lead_as_written(string text, string lead)
    {
        var tasks = Parse(text);
        var t = Assert.Single(tasks, x => x.Deadline == new DateOnly(2026, 12, 20));
        Assert.Equal([lead], t.Lead);
    }

    [Theory]
    // Counter-tests: a topic or a thing before the modal is no body, and an opener before the body is no name.
    [InlineData("会议要求，重点项目要在12月20日前全部开工。")]
    [InlineData("会议要求，安全生产工作要在12月20日前全面排查一遍。")]
    [InlineData("会议要求，此次检查发现的问题要在12月20日前整改到位。")]
    [InlineData("会议要求，全社会要在12月20日前形成节约用水的良好风气。")]
    public void Counter_a_topic_before_a_modal_is_no_unit(string text)
    {
        var t = Single(text);
        Assert.Empty(t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void Counter_a_known_unit_before_a_modal_is_read_as_before()
    {
        var t = Single("会议要求，县住建局要在12月20日前完成改造方案。");
        Assert.Equal(["县住建局"], t.Lead);
    }

    // ---- GenericBodyOfAnyKind (UnitGrammar) ----

    [Theory]
    // r6d-002, r6d-104, r6d-001, r6d-066, r5m-066, r5m-082: 各 and a body word that is no unit suffix.
    [InlineData("各校要将安全排查情况于12月20日前形成书面材料报市教育局。", "各校")]
    [InlineData("二、组织对学校困难职工进行节日慰问。请各分会12月20日前将本单位困难职工名单报工会。", "各分会")]
    [InlineData("现将有关通知转发给你们，请各校认真贯彻执行，并于12月20日前上报排查情况。", "各校")]
    [InlineData("各企业应按照文件要求，于12月20日前制定本企业安全生产大检查工作方案。", "各企业")]
    [InlineData("会议要求，各镇街要在12月20日前完成税源摸底。", "各镇街")]
    public void Ge_and_a_body_of_any_kind_is_the_lead(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory]
    // Counter-tests: 各 and a classifier, and a year that dates a thing name no addressee. ("各部门之间要…" names
    // 各部门 as the lead since rule BetweenThenModal, as r6l-006, ha-098 and hb-028 are labelled: SeventhRoundLeadTests.)
    [InlineData("会议要求，各项工作要在12月20日前全面完成。")]
    [InlineData("会议要求，各类问题要在12月20日前整改到位。")]
    [InlineData("三、报送要求。各重点项目2017年工作总结于12月20日前报送县重点项目办。")]
    public void Counter_ge_and_no_body_names_no_unit(string text)
    {
        var t = Single(text);
        Assert.Empty(t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void Counter_a_set_phrase_after_a_unit_keeps_the_unit()
    {
        var t = Single("各单位要各司其职，12月20日前完成整改。");
        Assert.Equal(["各单位"], t.Lead);
    }

    // ---- 组成 as a completion verb (rule VerbNeverInName) ----

    [Theory]
    // da-078, r5m-066, r5n-017: "X组成联合督查组": the verb and what is formed are no part of the unit's name.
    [InlineData("县委办、政府办组成联合督查组，12月20日前逐项目核实任务完成情况。", "县委办、政府办")]
    [InlineData("同时，县教育局组成督查组，12月20日前完成合格学校项目督查。", "县教育局")]
    public void A_unit_that_forms_a_group_is_the_lead_without_the_verb(string text, string leads)
    {
        var t = Single(text);
        Assert.Equal(Split(leads), t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void Counter_a_group_made_of_units_keeps_its_task_and_date()
    {
        var t = Single("专班由县住建局、县财政局组成，12月20日前完成改造方案。");
        Assert.Contains("县住建局", t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
        Assert.Contains("改造方案", t.Deliverable);
    }
}
