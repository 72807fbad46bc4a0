using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Unit rules of the tenth round: which units lead a task where the name grammar alone finds none. Each rule has its
/// examples (made-up text of the shapes seen in the dev documents) and counter-tests where it must not fire.
/// </summary>
public class TenthRoundUnitsTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    // Rule BodyBeforeDatedYu (UnitGrammar.BodyBeforeDatedYuAt): "X于[date]" binds a body to its date; the body, with the
    // words that qualify it, is the lead, as before a modal.
    [Theory]
    [InlineData("请存在安全隐患的单位于12月20日前完成整改。", "存在安全隐患的单位")]
    [InlineData("要求有改造计划的单位于12月20日前报送项目清单。", "有改造计划的单位")]
    [InlineData("尚未完成自查的部门于12月20日前报送自查报告。", "尚未完成自查的部门")]
    [InlineData("各物业服务企业于12月20日前完成消防通道清理。", "各物业服务企业")]
    public void A_body_bound_to_a_date_by_yu_leads(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void An_open_call_to_anyone_interested_names_no_unit()
    {
        // "有意向的团队": a call to whoever wants to apply, not a unit told to act; only 单位 / 部门 take a 的-phrase here.
        var tasks = Parse("请有意向的团队于12月20日前向县科技局报名参加技术攻关。");
        Assert.All(tasks, t => Assert.DoesNotContain("有意向的团队", t.Lead));
    }

    [Fact]
    public void A_dated_event_of_no_body_stays_as_it_was()
    {
        // No body word before 于: the rule does not fire, and the named unit still leads.
        var t = Single("县住建局要于12月20日前完成老旧小区改造方案编制。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }
    // Rule GenericSubjectAfterOpeningDeadline (ClauseReader.GenericSubjectAt): a by-date opening the clause and 各 + a body
    // right after it: the bodies are the subject whatever verb or adverb follows them (将, 全部), with or without a list number.
    [Theory]
    [InlineData("12月20日前各学院将推荐名单报学生处。", "各学院")]
    [InlineData("2、12月20日前各村将参保花名册报镇人社站。", "各村")]
    [InlineData("1、12月20日前各养殖场(户)全部完成粪污处理设施建设。", "各养殖场(户)")]
    [InlineData("12月20日前各乡镇人民政府完成改厕任务。", "各乡镇人民政府")]
    public void Generic_bodies_after_an_opening_by_date_lead(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_classifier_after_an_opening_by_date_names_no_unit()
    {
        // Counter-test: 各项 is a classifier, not a body; the task keeps its date and names nobody.
        var t = Single("12月20日前各项整改任务全部完成。");
        Assert.Empty(t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_dated_event_before_a_generic_body_is_no_subject_reading()
    {
        // Counter-test: "12月3日" says when, not by when; the rule does not fire, and the sentence still reads as before.
        var before = Parse("12月3日各乡镇召开了秸秆禁烧工作会议。");
        Assert.All(before, t => Assert.DoesNotContain("各乡镇", t.Lead));
    }
    // Rules GenericBodyGoesOnList (ClauseReader) and VerbWordInListMember (UnitGrammar.ListMemberWithSuffixAt): after a
    // unit and 、, the list goes on: 各 + a body of any kind followed as an addressee is, and a name opening with a word
    // that is a verb elsewhere when another 、 follows it.
    [Theory]
    [InlineData("要求:各社区、各卡口对于外来车辆的管控不可松懈,12月20日前完成登记。", new[] { "各社区", "各卡口" })]
    [InlineData("请教务处、研究生院、各学院结合实际于12月20日前安排好寒假值班。", new[] { "教务处", "研究生院", "各学院" })]
    [InlineData("请人事处、考核办、各系部于12月20日前报送考核结果。", new[] { "人事处", "考核办", "各系部" })]
    public void A_unit_list_goes_on_after_its_separator(string text, string[] leads)
    {
        var t = Single(text);
        Assert.Equal(leads, t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_verb_after_the_list_ends_it()
    {
        // Counter-test: "加强部门协作" closes the list (no 、 after it); the units before it keep the task.
        var t = Single("县住建局、县城管局要在12月20日前加强部门协作，完成违建清理。");
        Assert.Equal(["县住建局", "县城管局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }
}

