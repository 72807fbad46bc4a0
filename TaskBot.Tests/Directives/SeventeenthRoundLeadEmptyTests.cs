using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Seventeenth round, lead not found (families lead_empty_pred, lead_missing_some). Units where the conventions put
/// them (before 要, after 要求, names as written, parentheses inside a name belong to it) that the grammar did not read:
/// rules RequirementsPutToUnits (ClauseReading), NamedPlaceBeforeModal, QuantifiedBodyWord, BracketedBodyAlternatives,
/// LevelTiersAsUnit (UnitGrammar) and the name word 研究生 (nameInnerWords).
/// Train r5m-063, r11s-129, r13s-075, r13s-099, r13s-102, r13s-138, r13s-139 and shared nb-048 fixed, none regressed
/// (net +8); validation net 0.
/// </summary>
public class SeventeenthRoundLeadEmptyTests
{
    [Fact]
    public void Requirements_put_to_a_unit_go_to_each_entry_of_the_list()
    {
        var tasks = Parse("区新农村办对各镇提出三点要求:一是抓紧完善方案,5月底前完成评审;二是全力做好美丽乡村建设风险评估工作;三是尽快与区级行业主管单位做好对接。");
        Assert.Equal(3, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(["各镇"], t.Lead));
    }

    [Fact]
    public void A_speaker_who_puts_requirements_to_a_unit_is_no_lead()
    {
        var tasks = Parse("副校长对基建处提出以下几点要求:一是切实做好校园建设规划,抓好项目前期工作;二是狠抓在建项目安全、质量和进度。");
        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.Equal(["基建处"], t.Lead));
    }

    [Fact]
    public void Requirements_put_to_a_matter_name_no_unit()
    {
        // "对下步工作提出…要求": what the requirements are about, not whom they are put to.
        var tasks = Parse("会议对下步工作提出三点要求:一是加快项目前期工作;二是做好资金保障工作。");
        Assert.All(tasks, t => Assert.Empty(t.Lead));
    }

    [Theory]
    [InlineData("二是都江堰市要加强协调,9月10日前完成剩余高压线迁改工作。", "都江堰市")]
    [InlineData("宜秀区要切实加快进度,9月10日前完成还建房建设。", "宜秀区")]
    [InlineData("惠民县务必在9月10日前完成剩余高压线迁改工作。", "惠民县")]
    public void A_named_place_before_a_modal_leads(string text, string lead)
    {
        var t = Assert.Single(Parse(text));
        Assert.Equal([lead], t.Lead);
    }

    [Theory]
    // Common nouns of places and the place of the writer are no named place.
    [InlineData("丘陵山区要解决水源紧缺的问题,12月底前完成塘坝建设。")]
    [InlineData("全市要加强协调,9月10日前完成剩余高压线迁改工作。")]
    [InlineData("城市要加强管理,9月10日前完成剩余管网改造工作。")]
    public void A_common_noun_of_places_before_a_modal_is_no_unit(string text)
    {
        var t = Assert.Single(Parse(text));
        Assert.Empty(t.Lead);
    }

    [Fact]
    public void A_quantifier_and_a_short_body_word_lead()
    {
        var t = Assert.Single(Parse("会议要求,相关镇街要严格按照时间节点,9月底前落实征地拆迁等前期工作。"));
        Assert.Equal(["相关镇街"], t.Lead);
    }

    [Theory]
    [InlineData("县(市、区)要在月底前制定工作方案。", "县(市、区)")]
    [InlineData("乡镇(场)要在月底前完成排查。", "乡镇(场)")]
    [InlineData("乡镇(街道、场)应加强监管,月底前完成排查。", "乡镇(街道、场)")]
    [InlineData("村(社区)要在月底前完成排查。", "村(社区)")]
    [InlineData("各辖市(区)要在月底前完成排查。", "各辖市(区)")]
    [InlineData("镇(区)于4月18日前将五保供养对象名单报县民政局。", "镇(区)")]
    [InlineData("会议要求镇(街)要在月底前完成问题整改。", "镇(街)")]
    // The bracket inside a longer name stays that name's (rules before this one).
    [InlineData("各县(市、区)政府要在月底前完成排查。", "各县(市、区)政府")]
    [InlineData("各县(市)区要在月底前完成排查。", "各县(市)区")]
    public void A_body_word_and_its_bracketed_alternatives_are_one_unit(string text, string lead)
    {
        var t = Assert.Single(Parse(text));
        Assert.Equal([lead], t.Lead);
    }

    [Theory]
    [InlineData("市县两级要把思想统一到抢抓机遇上,年底前打通偏关县旅游循环公路。", "市县两级")]
    [InlineData("赵云清要求乡村两级要认真落实会议精神,年底前完成城乡环境卫生综合整治。", "乡村两级")]
    [InlineData("二是市、县两级高速指挥部要尽快梳理三杆拆迁断点中存在的主要问题,在9月底之前完成三杆拆迁相关工作。", "市、县两级高速指挥部")]
    public void Levels_named_with_their_tiers_are_one_unit(string text, string lead)
    {
        var t = Assert.Single(Parse(text));
        Assert.Equal([lead], t.Lead);
    }

    [Fact]
    public void Tiers_compared_with_are_no_task()
    {
        Assert.Empty(Parse("目前全乡重点工作进展总体顺利,但与市、区两级要求相比,还存在差距。"));
    }

    [Fact]
    public void A_graduate_school_in_a_list_leads_with_the_others()
    {
        var tasks = Parse("教务处、研究生院负责安排教学相关工作,各学院负责做好师生的通知工作。");
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["教务处", "研究生院"], tasks[0].Lead);
        Assert.Equal(["各学院"], tasks[1].Lead);
    }

    [Fact]
    public void Counter_test_graduate_students_as_the_object_keep_the_task()
    {
        // 研究生 names a name's first word only: as the object of the work it leaves the unit and its task alone.
        var t = Assert.Single(Parse("各学院要在9月30日前做好研究生招生宣传工作。"));
        Assert.Equal(["各学院"], t.Lead);
    }
}
