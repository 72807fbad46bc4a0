using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Fifteenth round, units in single directives. Rule MannerWordThenVerb (UnitGrammar): a two-character word of manner
/// that no list knows (严密, 充分), right before an action verb of the lexicon (组织, 发挥), stands after a unit as a
/// listed adverb does (认真组织, 及时组织), so the unit before it is read ("同时要求中介单位充分发挥技术优势…" had no
/// lead). Only after a name ending in a body word of two characters or more, holding no action verb and opening with no
/// preposition; not where the two characters go on with the name; not where the rest of the sentence reports the work
/// (了) or the rest of the clause hands it to another body (由). Train: r6d-029; validation net +1.
/// </summary>
public class FifteenthRoundUnitsTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    [Fact]
    public void The_rules_example_names_the_unit_before_an_unlisted_manner_word()
    {
        var t = Single("同时要求中介单位充分发挥技术优势,突出重点主动调查,认真核实普查数据、及时报告普查成果。");
        Assert.Equal(["中介单位"], t.Lead);
    }

    [Theory]
    [InlineData("要求第三方机构充分发挥专业优势,于12月20日前完成全县耕地质量评价报告。", "第三方机构")]
    [InlineData("会议要求,县疾控中心严密组织流感疫苗接种,于12月20日前完成重点人群接种。", "县疾控中心")]
    [InlineData("各街道办事处严密组织夜间施工,于12月20日前完成城区道路修复。", "各街道办事处")]
    [InlineData("要求物业服务中心充分发挥网格作用,认真核实住户信息,12月20日前报送街道办事处。", "物业服务中心")]
    public void A_unit_before_a_manner_word_and_a_verb_leads(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_second_unit_of_the_sentence_keeps_its_own_task()
    {
        var tasks = Parse("请县应急管理局牵头,各街道办事处严密组织隐患排查,于12月20日前完成整改。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["各街道办事处"]) && t.Deadline == Dec20);
    }

    [Fact]
    public void A_sentence_that_reports_what_units_did_names_none_of_them()
    {
        var tasks = Parse("各部门紧密联系工作实际,提出了很好的意见和建议,县政府办公室要认真梳理、抓紧修改完善。");
        var t = Assert.Single(tasks);
        Assert.Equal(["县政府办公室"], t.Lead);
    }

    [Fact]
    public void A_topic_handed_to_another_body_names_that_body_only()
    {
        var tasks = Parse("相关单位设备配备由县卫健局提出具体方案后另行研究确定。");
        Assert.DoesNotContain(tasks, t => t.Lead.Contains("相关单位"));
    }

    [Theory]
    // A name that holds a verb of its own is no name: the manner word after it makes none.
    [InlineData("各行业主管部门要建立排查台账,准确录入本单位未接种人员信息。", "准确录入本单位")]
    // A preposition opens no name: 以…名义 says in whose name.
    [InlineData("会议同意以县政府办公室名义印发《关于落实残疾人两项补贴制度的实施意见》。", "以县政府办公室")]
    // A work phrase with an inner body opens no name.
    [InlineData("精心准备迎接省政府专项督查。", "精心准备迎接省政府")]
    public void No_verb_or_preposition_is_glued_to_a_name(string text, string notAUnit)
    {
        Assert.DoesNotContain(Parse(text), t => t.Lead.Contains(notAUnit) || t.Co.Contains(notAUnit));
    }
}
