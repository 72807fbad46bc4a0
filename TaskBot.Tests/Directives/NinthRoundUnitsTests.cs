using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Unit-role families of the ninth round (who leads, who helps): two addressees joined by 和 / 及 read as one name, and
/// the columns of a flattened task-division row. Each rule has an example and a counter-test where it must not fire
/// and the task still comes out right.
/// </summary>
public class NinthRoundUnitsTests
{
    // Rule JoinedAddressees (UnitGrammar.SplitJoined): 和 / 及 between an addressee that stands on its own (a name
    // ending in a unit suffix, or 各 and administrative levels) and a body name splits them into two units
    // (conventions: split lists on 和 及 与).
    [Theory]
    [InlineData("各学校和校外培训机构(托育园)要立即开展消防安全自查，发现隐患及时整改。", "各学校、校外培训机构(托育园)")]
    [InlineData("各县(区)及经济技术开发区要在12月20日前完成燃气管道排查。", "各县(区)、经济技术开发区")]
    [InlineData("各乡镇卫生院和学校要严格落实晨午检制度。", "各乡镇卫生院、学校")]
    [InlineData("全县各有关部门及驻村工作组要把防汛责任落实到户到人。", "全县各有关部门、驻村工作组")]
    [InlineData("各相关县区和部门单位要抓紧梳理项目清单，12月20日前报市发改委。", "各相关县区、部门单位")]
    public void Two_addressees_joined_by_he_or_ji_are_two_leads(string text, string leads)
    {
        var t = Single(text);
        Assert.Equal(Split(leads), t.Lead);
    }

    [Theory]
    // counter-tests: a name with the joiner inside it, the 党政 pair of one place, 涉及 (no joiner), and a left part
    // that is a sector, not a body, stay one unit each.
    [InlineData("县自然资源和规划局要在12月20日前完成用地报批。", "县自然资源和规划局")]
    [InlineData("各县(市、区)党委和人民政府要切实扛起耕地保护责任。", "各县(市、区)党委和人民政府")]
    [InlineData("其他涉及部门要积极配合，12月20日前完成闲置土地处置。", "其他涉及部门")]
    [InlineData("各县市经济贸易和信息化局要每日报送重点企业监测数据。", "各县市经济贸易和信息化局")]
    public void A_name_that_holds_a_joiner_stays_one_unit(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
    }
}
