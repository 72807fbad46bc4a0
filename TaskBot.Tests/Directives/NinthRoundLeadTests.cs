using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Lead families of the ninth round: words around a unit's name that are no part of it (a role label before it).
/// Each rule has an example and a counter-test where it must not fire and the task still comes out right.
/// </summary>
public class NinthRoundLeadTests
{
    // Rule RoleLabelBeforeName (UnitGrammar.RoleLabelBeforeNameAt): "包片单位" before "县文广局" says which part the
    // unit plays; the clerk writes the unit's own name (conventions: a role word is never part of a unit name).
    [Theory]
    [InlineData("整改措施：由包片单位县农业农村局负责督促商户清理门前杂物。", "县农业农村局")]
    [InlineData("整改措施：由包片单位县税务局督促业主更换破损牌匾，并加强日常巡查。", "县税务局")]
    [InlineData("由挂点单位市卫健委负责督促沿街商户落实门前三包责任。", "市卫健委")]
    public void A_role_label_before_a_unit_name_is_not_part_of_it(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
    }

    [Theory]
    // counter-tests: a generic label (各单位, 有关单位) and a label with no unit name after it stay the unit as written.
    [InlineData("由有关单位负责督促商户清理门前杂物。", "有关单位")]
    [InlineData("各责任单位要在12月20日前完成整改。", "各责任单位")]
    [InlineData("施工单位要在12月20日前清运工地建筑垃圾。", "施工单位")]
    public void A_label_with_no_name_after_it_stays_the_unit(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
    }

    // Rule NoticeReceiptFollows (UnitGrammar.ValidFollower, GenericBodyAt): the body that receives the notice
    // ("各单位接此通知后…") is the one set to work, so it leads the work that follows.
    public static TheoryData<string> NoticeReceipts => LexiconFamilyTests.Words(l => l.NoticeReceipts);

    [Theory, MemberData(nameof(NoticeReceipts))]
    public void Every_notice_receipt_word_makes_the_receiving_body_the_lead(string word)
    {
        // The undated 排查 and the dated report on it are two tasks (rule DatedReportOfWorkIsTask); 各乡镇 leads both.
        var tasks = Parse($"各乡镇{word}通知后，要立即组织排查，并于12月20日前将排查情况报县应急管理局。");
        Assert.All(tasks, t => Assert.Equal(["各乡镇"], t.Lead));
        Assert.Contains(tasks, t => t.Deadline == new DateOnly(2026, 12, 20));
        var s = Single($"各院系{word}通知之日起开始清理实验室危化品，12月20日前将清理台账报送资产处。");
        Assert.Equal(["各院系"], s.Lead);
        // Counter-test: the word without a notice after it reads no subject of its own; the unit before the modal leads.
        var c = Single($"县信访局要对{word}的群众来信逐件登记，12月20日前办结。");
        Assert.Equal(["县信访局"], c.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), c.Deadline);
    }

    // Rule ListMemberWithSuffix (UnitGrammar.ListMemberWithSuffixAt) and a one-character tail before the modal
    // (ListTailBeforeModal: 村, 镇, 乡): every name of a 、 list is a unit, whatever verb follows the last one
    // (conventions: split lists on 、; a list that names only 责任单位 makes every unit a joint lead).
    [Theory]
    [InlineData("各社区、村要在12月20日前完成低保对象复核工作。", "各社区、村")]
    [InlineData("要求各村、乡直各单位迅速开展一次矛盾纠纷排查。", "各村、乡直各单位")]
    [InlineData("各单位、各科室自行组织排查，12月20日前将台账报送办公室。", "各单位、各科室")]
    [InlineData("各县(市、区)卫健局、财政局以正式文件于12月20日前上报。", "各县(市、区)卫健局、财政局")]
    [InlineData("县政府督查室、创卫办定期督导，每周通报一次进展。", "县政府督查室、创卫办")]
    public void Every_name_of_a_unit_list_leads_whatever_verb_follows(string text, string leads)
    {
        var t = Parse(text).First();
        Assert.Equal(Split(leads), t.Lead);
    }

    [Theory]
    // counter-tests: what follows 、 after a unit is work, not a unit, where it ends in no suffix or holds a verb.
    [InlineData("县住建局负责道路、桥梁维修工作，12月20日前完工。", "县住建局")]
    [InlineData("各乡镇要做好排查、整治、验收工作，12月20日前完成。", "各乡镇")]
    [InlineData("县水利局负责河道、水库巡查，12月20日前完成。", "县水利局")]
    [InlineData("县交通局要做好国道、省道养护站点检查，12月20日前完成。", "县交通局")]
    public void Work_after_a_list_separator_is_no_unit(string text, string leads)
    {
        var t = Parse(text).First();
        Assert.Equal(Split(leads), t.Lead);
    }
}
