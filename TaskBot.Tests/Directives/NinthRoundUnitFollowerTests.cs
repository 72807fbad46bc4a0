using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Where a unit name ends before the verb its unit does: a verb by which one unit acts on another (指导, 督促, 统筹…)
/// is never part of the name before it, while the offices named after such work (县委组织部, 县政府督查室) stay whole.
/// </summary>
public class NinthRoundUnitFollowerTests
{
    // Rule OversightVerbEndsName (UnitGrammar.OversightOfUnit, called from CutBeforeVerb): "县财政局、县发改局指导各乡镇…":
    // the units listed lead; the units they act on are the object of the verb, not part of the last name.
    public static TheoryData<string> OversightVerbs => LexiconFamilyTests.Words(l => l.OversightVerbs);

    [Theory, MemberData(nameof(OversightVerbs))]
    public void Every_oversight_verb_ends_the_unit_list_before_it(string word)
    {
        var t = Parse($"县财政局、县发改局{word}各乡镇做好春耕备耕资金保障工作，12月20日前将落实情况报县政府办公室。").First();
        Assert.Equal(["县财政局", "县发改局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
        var s = Parse($"县农业农村局{word}县水利局开展冬修水利排查，12月20日前完成。").First();
        Assert.Equal(["县农业农村局"], s.Lead);
    }

    // Counter-tests: names that hold such characters, or such a verb before a suffix (an office), stay whole.
    [Theory]
    [InlineData("县安全生产监督管理局要在12月20日前完成危化企业排查。", "县安全生产监督管理局")]
    [InlineData("县市场监督管理局要在12月20日前完成校园周边食品安全检查。", "县市场监督管理局")]
    [InlineData("县委组织部要在12月20日前完成村级后备干部摸底。", "县委组织部")]
    [InlineData("县政府督查室要在12月20日前完成重点工作督查通报。", "县政府督查室")]
    [InlineData("县检察院要在12月20日前完成公益诉讼线索排查。", "县检察院")]
    [InlineData("县统筹城乡发展办公室要在12月20日前完成试点方案。", "县统筹城乡发展办公室")]
    [InlineData("县统筹城乡发展办公室督促各乡镇做好农村集体产权登记，12月20日前完成。", "县统筹城乡发展办公室")]
    [InlineData("县委组织部、县政府督查室指导各乡镇做好换届准备工作，12月20日前完成。", "县委组织部、县政府督查室")]
    public void A_name_holding_an_oversight_word_stays_whole(string text, string leads)
    {
        var t = Parse(text).First();
        Assert.Equal(leads.Split('、'), t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }
}
