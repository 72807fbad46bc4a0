using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-second round, family "leads wrong", sub-family "a verb glued on a unit": a verb that sets up a body (成立,
/// 组成, 组建, 设立; lexicon setUpVerbs) was read as the first word of a name ("组成联合督查组", "全镇成立镇粮食生产工作
/// 领导小组") or as its middle ("相关部门成立专项督导组"), so the body set up, or the verb with it, stood as a lead or a
/// co-lead. Rule SetUpVerbEndsName (UnitGrammar): a name never opens with such a verb, nor with the whole area before it
/// (全县, 全镇: a scope), and a name ends before it; the body set up is the verb's object (conventions: a verb or role
/// word is never part of a unit name). 组成 as a noun (组成单位, 组成部门) and inside 小组成员 / 组成员 / 工作组成立 is no
/// such verb. Gate against the branch's JoinedNameGoesOnList: train fixed r5n-017, r11s-082 (tasks +4: r5l-003, ha-089,
/// r11l-033 too), regressed none; validation items +1, tasks +2 / -0 (holdout-g F1 76.9 → 79.5, holdout-h 81.1 → 81.8);
/// extra tasks unchanged; shared unchanged.
/// </summary>
public class TwentySecondRoundSetUpTests
{
    [Fact]
    public void A_body_set_up_by_the_subject_is_no_unit()
    {
        var task = Single("县委办、县政府办组成联合督查组，12月20日前完成专项督查。");
        Assert.Equal(["县委办", "县政府办"], task.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), task.Deadline);
    }

    [Fact]
    public void The_whole_area_before_the_verb_is_no_unit()
    {
        var task = Single("会议要求，全县成立秸秆禁烧工作领导小组，12月20日前完成禁烧巡查。");
        Assert.Empty(task.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), task.Deadline);
    }

    [Fact]
    public void A_helper_ends_before_the_verb()
    {
        var task = Single("县住建局要联合相关部门成立专项检查组，12月20日前完成燃气安全检查。");
        Assert.Equal(["县住建局"], task.Lead);
        Assert.Equal(["相关部门"], task.Co);
        Assert.Equal(new DateOnly(2026, 12, 20), task.Deadline);
    }

    /// <summary>Counter-tests, one per word: a unit that sets up a body keeps its task, its lead and its date.</summary>
    [Theory]
    [InlineData("成立", "县民政局要在12月20日前成立养老服务指导中心。", "县民政局")]
    [InlineData("组成", "各乡镇要在12月20日前组成巡查队伍，开展秸秆禁烧巡查。", "各乡镇")]
    [InlineData("组建", "县应急局要在12月20日前组建专业救援队。", "县应急局")]
    [InlineData("设立", "县市场监管局要在12月20日前设立投诉受理窗口。", "县市场监管局")]
    [InlineData("成立", "县林业局成立森林防火督查组，12月20日前完成重点林区巡查。", "县林业局")]
    public void A_unit_that_sets_up_a_body_keeps_its_task(string word, string text, string lead)
    {
        Assert.Contains(Lexicon.SetUpVerbs.Words, w => w == word);
        var task = Assert.Single(Parse(text));
        Assert.Equal([lead], task.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), task.Deadline);
    }

    /// <summary>Counter-tests: 组成 as a noun, and 组成 across 小组 + 成员, stay inside the name.</summary>
    [Theory]
    [InlineData("区政府各组成单位要在12月20日前完成自查。", "区政府各组成单位")]
    [InlineData("各领导小组成员单位要在12月20日前报送材料。", "各领导小组成员单位")]
    public void Zucheng_inside_a_name_is_no_verb(string text, string lead)
    {
        var task = Single(text);
        Assert.Equal([lead], task.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), task.Deadline);
    }
}
