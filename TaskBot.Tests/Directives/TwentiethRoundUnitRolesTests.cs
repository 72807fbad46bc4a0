using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Unit boundaries and roles of the twentieth round that the validation files do not hold (label line
/// eval/corpus/relabels/r20-units.md, rules a2, a3, b): a bare body word after 和 / 及 that borrows the first body's
/// modifier is a second unit; pieces that borrow the last piece's head stay one unit; the role-holders written after a
/// unit are its supervisor and the unit leads. Examples of each shape and counter-tests where it must not fire.
/// </summary>
public class TwentiethRoundUnitRolesTests
{
    // Rule SharedModifierPairSplits (UnitGrammar.SplitJoined).
    [Theory]
    [InlineData("各相关部门和单位要在12月20日前完成隐患排查。", "各相关部门、单位")]
    [InlineData("各单位及部门要在12月20日前上报固定资产清查结果。", "各单位、部门")]
    // Counter-tests: one bureau with 和 inside its name, and a pair of full names, keep their names.
    [InlineData("县自然资源和规划局要在12月20日前完成用地报批。", "县自然资源和规划局")]
    [InlineData("县住建局和各有关单位要在12月20日前完成危房排查。", "县住建局、各有关单位")]
    public void A_bare_body_word_after_a_joiner_is_a_second_unit(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal(lead, string.Join("、", t.Lead));
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void Helpers_written_as_a_shared_modifier_pair_are_two_co_leads()
    {
        var t = Single("由各责任部门牵头，各协同部门和单位配合，12月20日前完成问题整改。");
        Assert.Equal(["各责任部门"], t.Lead);
        Assert.Equal(["各协同部门", "单位"], t.Co);
    }

    // Rule PiecesShareTheHead (UnitGrammar.SharedHeadEnd).
    [Theory]
    [InlineData("市、县政府要在12月20日前完成排查。", "市、县政府")]
    [InlineData("区、县政府纠风办要在12月20日前完成排查。", "区、县政府纠风办")]
    [InlineData("省、市、县各级政府要在12月20日前完成排查。", "省、市、县各级政府")]
    [InlineData("各市、县(市、区)粮食局要在12月20日前完成排查。", "各市、县(市、区)粮食局")]
    [InlineData("相关省、市级交通运输主管部门要在12月20日前完成排查。", "相关省、市级交通运输主管部门")]
    [InlineData("县委、县政府办公室要在12月20日前完成排查。", "县委、县政府办公室")]
    [InlineData("各建设、施工、监理单位要在12月20日前完成排查。", "各建设、施工、监理单位")]
    [InlineData("各行署、市、县政府要在12月20日前完成排查。", "各行署、市、县政府")]
    // Counter-tests: full units in the list, a level list with no head, and 县委、县政府 with no office, stay split.
    [InlineData("县委、县政府要在12月20日前完成排查。", "县委、县政府")]
    [InlineData("各乡镇、街道、相关部门要在12月20日前完成排查。", "各乡镇、街道、相关部门")]
    [InlineData("公安、执法部门要在12月20日前完成排查。", "公安、执法部门")]
    [InlineData("各部门、事业单位要在12月20日前完成排查。", "各部门、事业单位")]
    [InlineData("市、县两级要在12月20日前完成排查。", "市、县两级")]
    public void Pieces_that_borrow_the_last_pieces_head_are_one_unit(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal(lead, string.Join("、", t.Lead));
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    // Rule RoleHolderIsSupervisor (ClauseReading.ReadUnitList) and LeaderOfBodyIsSupervisor (UnitGrammar).
    [Theory]
    [InlineData("各相关牵头部门主要负责人要在12月20日前完成项目前期手续办理。", "各相关牵头部门", "各相关牵头部门主要负责人")]
    [InlineData("各乡镇党政主要负责人要亲自部署，12月20日前完成秸秆禁烧巡查。", "各乡镇", "各乡镇党政主要负责人")]
    [InlineData("县自然资源局全体班子成员要在12月20日前完成技术指导。", "县自然资源局", "县自然资源局全体班子成员")]
    [InlineData("各被巡察党组织(单位)负责人要切实负起整改责任，12月20日前完成整改。", "各被巡察党组织(单位)", "各被巡察党组织(单位)负责人")]
    [InlineData("各单位负责人要在12月20日前完成固定资产年审。", "各单位", "各单位负责人")]
    public void Role_holders_after_a_unit_are_its_supervisor(string text, string lead, string supervisor)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(supervisor, t.Supervisor);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    // Role-holders of no body (a project), and staff: since label line r20-roles 1 (rule PeopleAreNoUnit) nobody
    // leads; a leader's phrase is the supervisor, staff give none. The task and its date stay.
    [Theory]
    [InlineData("各项目负责人要在12月20日前完成安全隐患自查。", "各项目负责人")]
    [InlineData("相关负责同志要在12月20日前完成安全隐患自查。", "相关负责同志")]
    [InlineData("相关起草人员要在12月20日前完成文件修改。", null)]
    public void Role_holders_of_no_body_lead_nothing(string text, string? supervisor)
    {
        var t = Single(text);
        Assert.Empty(t.Lead);
        Assert.Equal(supervisor, t.Supervisor);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }
}
