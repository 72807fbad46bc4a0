using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Unit families of the seventh round: names the parser did not recognise, so the task's lead came out empty or cut
/// short. Each test asserts the lead units a user sees on the task's card; each rule has counter-tests.
/// </summary>
public class SeventhRoundUnitTests
{
    // Rule GenericBodyHeadsList (UnitGrammar.ListGoesOnAt): 各 and a body word that is no unit suffix (中小学, 苏木镇场, 系)
    // at the head of a list is followed by 、, not by the list's modal; it is the list's first unit when a unit follows
    // the 、 (r6d-014, r6d-103).
    [Theory]
    [InlineData("各苏木镇场、甘旗卡社区服务中心、各部门、各企事业单位，立即全面排查重点人员。", new[] { "各苏木镇场", "甘旗卡社区服务中心", "各部门", "各企事业单位" })]
    [InlineData("要求：各系、中心要严格按照学校的评选程序进行。", new[] { "各系", "中心" })]
    [InlineData("各中小学、县少年宫要在12月28日前报送校舍安全检查情况。", new[] { "各中小学", "县少年宫" })]
    [InlineData("各中小学、各幼儿园要对校舍安全检查的情况认真梳理。", new[] { "各中小学", "各幼儿园" })]
    public void A_generic_body_heading_a_list_is_its_first_unit(string text, string[] lead)
    {
        var t = Parse(text);
        Assert.Contains(t, x => x.Lead.OrderBy(u => u).SequenceEqual(lead.OrderBy(u => u)));
    }

    [Theory]
    // people head no list of units (conventions: leaders are no lead units)
    [InlineData("请各责任领导、责任单位认真研究、强化责任、细化措施，确保全年目标任务顺利完成。", "各责任领导")]
    [InlineData("各分管局长、各责任单位要在12月底前抓好落实。", "各分管局长")]
    public void Persons_and_classifiers_head_no_list_of_units(string text, string notLead) =>
        Assert.All(Parse(text), t => Assert.DoesNotContain(notLead, t.Lead));

    // counter-test: a single generic body before its modal is read as before
    [Fact]
    public void A_single_generic_body_is_still_read_before_its_modal() =>
        Assert.Equal(["各中小学"], Single("各中小学要在12月28日前报送校舍安全检查情况。").Lead);

    // a bracketed note (含…, 详见…) stays outside the name, generic or not
    [Theory]
    [InlineData("要求各村(含社区)学习借鉴经验做法，在12月底前完成村庄环境整治。")]
    public void A_bracketed_note_is_no_part_of_a_generic_name(string text) =>
        Assert.All(Parse(text), t => Assert.DoesNotContain(t.Lead, u => u.Contains("(含")));

    // Rule GenericBodyNamedTwice (UnitGrammar.CutRepeatedBody): a generic name never holds its body word twice; the name
    // ends at the first one, the rest is its work (r6a-101, r6d-106).
    [Theory]
    [InlineData("请各单位准确填写本单位《女教工情况登记表》，于2024年2月27日前报校工会办公室。", "各单位")]
    [InlineData("通知要求各学校强化学校宣传教育，于2024年3月5日前报送工作总结。", "各学校")]
    public void A_generic_name_ends_at_its_first_body_word(string text, string lead) =>
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual([lead]));

    [Theory]
    // two names joined, each with its own body word, stay two units
    [InlineData("请各乡镇工作组和片区工作组于2024年3月5日前汇总工作信息报县住建局。", new[] { "各乡镇工作组", "片区工作组" })]
    // a name with two different body words stays whole
    [InlineData("各乡镇人民政府要在2024年3月5日前完成排查。", new[] { "各乡镇人民政府" })]
    public void Names_with_two_body_words_are_not_cut(string text, string[] lead) =>
        Assert.Contains(Parse(text), t => t.Lead.OrderBy(u => u).SequenceEqual(lead.OrderBy(u => u)));

    // Rule ScopeBeforeGenericBody (UnitGrammar.GenericBodyAt): 全 + a level before 各 and a body stays in the name, as
    // 全县各乡镇 does (mn-038, r5m-075, r5m-096, hb-076); with GenericBodyHeadsList a short body word after the 、
    // (部门要) goes on with the list.
    [Theory]
    [InlineData("全市各级林长要认真贯彻落实《安徽省林长制条例》，切实履行林长职责。", new[] { "全市各级林长" })]
    [InlineData("会议强调，全县各镇场、部门要提高政治站位，强化统筹调度。", new[] { "全县各镇场", "部门" })]
    [InlineData("要求全省各地按照总体要求，高标准、高质量抓好春耕生产。", new[] { "全省各地" })]
    [InlineData("各镇场、部门要在2024年3月5日前完成整改。", new[] { "各镇场", "部门" })]
    public void A_whole_area_before_a_generic_body_stays_in_its_name(string text, string[] lead) =>
        Assert.Contains(Parse(text), t => t.Lead.OrderBy(u => u).SequenceEqual(lead.OrderBy(u => u)));

    // counter-test: 全 + a level + 各 + a classifier names no unit
    [Fact]
    public void A_whole_area_before_a_classifier_names_no_unit() =>
        Assert.All(Parse("全市各项工作要在2024年3月5日前全面完成。"), t => Assert.Empty(t.Lead));
}
