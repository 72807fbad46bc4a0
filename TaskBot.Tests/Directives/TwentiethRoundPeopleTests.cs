using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Label line eval/corpus/relabels/r20-roles.md 1, rule PeopleAreNoUnit (UnitGrammar.PeopleCut, applied when a task is
/// built): a person or a group of people is never a lead or co-lead unit. Staff (干部, 人员, 辅导员…) are dropped, a
/// leader's phrase (领导, 负责人, 书记…) becomes the supervisor, members (成员) of a body are not the body, and a body
/// written before the people word leads (各村居干部 → 各村居, 各乡镇(街道)包保干部 → 各乡镇(街道)). Counter-tests for every
/// word: a genuine unit whose name holds the word (县委组织部干部科, 各成员单位, 领导小组) keeps its name and leads.
/// </summary>
public class TwentiethRoundPeopleTests
{
    static readonly UnitGrammar Units = new(Lexicon);

    static string? Cut(string name, out bool leader) =>
        Units.PeopleCut(name, new UnitHit(0, name.Length, true), out leader) is { } u ? name[u.Start..u.End] : null;

    public static TheoryData<string> StaffWords => LexiconFamilyTests.Words(l => l.StaffPeople);
    public static TheoryData<string> LeaderWords => LexiconFamilyTests.Words(l => l.LeaderPeople);
    public static TheoryData<string> MemberWords => LexiconFamilyTests.Words(l => l.MemberPeople);

    // ---- every word: a group of people alone leaves nothing; a body before it leads ----

    [Theory, MemberData(nameof(StaffWords))]
    public void Every_staff_word_leaves_the_body_before_it_or_nothing(string word)
    {
        Assert.Null(Cut("全体" + word, out bool leader));
        Assert.False(leader);
        Assert.Equal("各乡镇(街道)", Cut($"各乡镇(街道)包保{word}", out _));
        Assert.Equal("县财政局", Cut($"县财政局{word}", out _));
        // Parsed: the group where a subject stands keeps its task and date, and leads nothing.
        var t = Single($"全体{word}要在12月20日前完成年度述职报告。");
        Assert.Empty(t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory, MemberData(nameof(LeaderWords))]
    public void Every_leader_word_is_a_supervisor_and_the_body_before_it_leads(string word)
    {
        Assert.Null(Cut("分管" + word, out bool leader));
        Assert.True(leader);
        Assert.Equal("各部门", Cut("各部门" + word, out leader));
        Assert.True(leader);
    }

    [Theory, MemberData(nameof(MemberWords))]
    public void Every_member_word_leaves_nothing_not_even_its_body(string word)
    {
        Assert.Null(Cut("各小组" + word, out bool leader));
        Assert.False(leader);
        Assert.Null(Cut("政府各班子" + word, out _));
    }

    // ---- counter-tests, every word: a unit whose name holds the word inside is untouched ----

    [Theory]
    [InlineData("县委组织部干部科")]
    [InlineData("市流动人员管理办公室")]
    [InlineData("市机关工作人员培训中心")]
    [InlineData("县河长制责任人考核办公室")]
    [InlineData("县老同志活动中心")]
    [InlineData("县党员教育中心")]
    [InlineData("学校辅导员发展中心")]
    [InlineData("县总工会职工服务中心")]
    [InlineData("学院教职工服务中心")]
    [InlineData("县教师发展中心")]
    [InlineData("学校班主任工作室")]
    [InlineData("市公安局干警培训中心")]
    [InlineData("县网格员管理中心")]
    [InlineData("县疫情防控领导小组")]
    [InlineData("县企业负责人培训中心")]
    [InlineData("县老干部局负责同志联络办公室")]
    [InlineData("县安全生产第一责任人考核办公室")]
    [InlineData("中央书记处")]
    [InlineData("各成员单位")]
    [InlineData("县退役军人事务局")]
    [InlineData("县政府工作专班")]
    public void A_unit_whose_name_holds_a_people_word_inside_is_untouched(string name)
    {
        Assert.Equal(name, Cut(name, out bool leader));
        Assert.False(leader);
    }

    [Theory]
    [InlineData("县委组织部干部科要在12月20日前完成干部档案审核。", "县委组织部干部科")]
    [InlineData("各成员单位要在12月20日前报送年度工作总结。", "各成员单位")]
    [InlineData("县疫情防控领导小组要在12月20日前完成应急预案修订。", "县疫情防控领导小组")]
    [InlineData("县退役军人事务局要在12月20日前完成优抚对象信息核查。", "县退役军人事务局")]
    [InlineData("县教师发展中心要在12月20日前完成新教师培训。", "县教师发展中心")]
    [InlineData("县总工会职工服务中心要在12月20日前完成困难职工帮扶。", "县总工会职工服务中心")]
    [InlineData("县党员教育中心要在12月20日前完成党员轮训。", "县党员教育中心")]
    [InlineData("县老干部局要在12月20日前完成走访慰问。", "县老干部局")]
    public void A_genuine_unit_holding_a_people_word_still_leads(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    // ---- the train shapes (la-028, mn-020, mn-025, mn-080, r5n-037, r14s-034, ha-098, ha-004, r14d-033, r9s-003) ----

    [Theory]
    [InlineData("全体干部要调整状态，12月20日前完成年度考核。", "", null)]
    [InlineData("全体帮扶责任人要在12月20日前全面开展“回头看”。", "", null)]
    [InlineData("全体工作人员要在12月20日前梳理前期签约项目。", "", null)]
    [InlineData("所有参战人员要在12月20日前完成抢收抢种。", "", null)]
    [InlineData("相关起草人员要在12月20日前修改完善《政府工作报告》。", "", null)]
    [InlineData("各辅导员要于12月20日前将本年级情况汇总报学生工作办公室。", "", null)]
    [InlineData("所有机关干部要在12月20日前完成年度述职。", "", null)]
    [InlineData("各村居干部要在12月20日前完成矛盾摸排化解。", "各村居", null)]
    [InlineData("各乡镇(街道)包保干部要在12月20日前开展食品安全包保督导。", "各乡镇(街道)", null)]
    [InlineData("各部门工作人员要在12月20日前完成档案整理。", "各部门", null)]
    [InlineData("各连队书记要在12月20日前完成人员摸底。", "各连队", "各连队书记")]
    public void People_where_a_unit_stands_leave_their_body_or_nothing(string text, string lead, string? supervisor)
    {
        var t = Single(text);
        Assert.Equal(Split(lead), t.Lead);
        Assert.Equal(supervisor, t.Supervisor);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void Posted_cadres_and_a_leader_in_charge_lead_nothing_and_the_leader_supervises()
    {
        // r5n-037: 驻村 / 包片 name the people's post, not a village.
        var t = Single("各驻村干部、包片领导要立即下村，12月20日前完成防汛应急抢险部署。");
        Assert.Empty(t.Lead);
        Assert.Equal("包片领导", t.Supervisor);
        Assert.Empty(Single("各包村干部要在12月20日前完成入户走访。").Lead);
    }

    [Fact]
    public void Members_who_help_a_group_are_no_co_lead()
    {
        // r5m-064: 各小组成员 are members of the groups, not a body; the unit helped still leads.
        var t = Single("各小组成员要全力配合县住建局在12月20日前完成老旧小区改造。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Empty(t.Co);
    }
}
