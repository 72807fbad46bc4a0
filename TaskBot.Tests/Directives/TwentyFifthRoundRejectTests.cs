using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-fifth round, non-directives read as tasks (errs.py fp), family "reject".
/// AnnouncesWhatFollows: a notice's preamble that ends by announcing what the document sets out ("…,现将有关事项通知如下:")
/// or is followed by the line that does ("…决定于春节前走访慰问困难群众。现将有关事项通知如下:") tells the writer's own
/// decision and describes its document (conventions: "a description of a document or of how it is organised", "the
/// writer's own announcements (我局将于…举办培训)"); the jobs, if any, are in the entries that follow. Train: 39 sentences of
/// the shape in 17 documents; none is the source of a gold task (the items' tasks come from their entries), and the three
/// the parser read as tasks (r10s-112, r14s-079, r14s-143) are labelled no task. Not a preamble that asks (要, 须, 应, 请,
/// 务必, 必须, 责成, 要求 other than the 要求 it complies with), that sets a by-when of its own (the date the writer fixes
/// for its own event, 定于 / 拟于 a date, excepted), nor the line that announces what is asked ("具体要求如下:", "现将…任务
/// 分工如下"): that line opens the list of jobs, and the list's rules read it.
/// ReferredBodyNewsItem: an item in which a clause points back to a body with 该 (该镇, 该市, 该局) and nothing anywhere
/// asks (no modal, role word or manner of an order, no 希望) is a reporter's account of that body, its dates included
/// (conventions: narrative and progress reports yield no task). Train: 13 items of 10 documents have the shape, all
/// labelled no task; the parser read two of them as tasks (r13s-094, r13d-017).
/// </summary>
public class TwentyFifthRoundRejectTests
{
    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    static readonly DateOnly Dec20 = new(2026, 12, 20);

    [Theory]
    [InlineData("根据区领导的指示精神，由区管委会办公室牵头，会同区委组织部、区监察局组成督查组，对重点项目进行专项督查，现将有关事项通知如下:")]
    [InlineData("为帮助困难群众解决生产生活困难，经镇党委、政府研究，决定于春节前走访慰问困难群众。现将有关事项通知如下:")]
    [InlineData("依照《中国共产党基层组织选举工作暂行条例》的规定，结合镇党委换届工作的实施方案要求，我党支部拟定于2026年12月15日召开党员大会选举代表。现将召开这次会议的有关事宜请示如下:")]
    [InlineData("經研究，縣應急管理局決定召開清明期間森林防滅火會商會議，現將有關事項通知如下:")]
    public void A_preamble_announcing_what_follows_is_no_task(string text)
    {
        Assert.Contains("AnnouncesWhatFollows", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_decision_that_hands_a_dated_job_to_a_unit_keeps_the_task()
    {
        var text = "经研究，决定由县住建局牵头于12月20日前完成老旧小区改造验收。现将有关事项通知如下:";
        Assert.DoesNotContain("AnnouncesWhatFollows", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_preamble_that_asks_keeps_the_task()
    {
        var text = "为做好安全生产大检查，请各乡镇于12月20日前报送自查报告，现将有关事项通知如下:";
        Assert.DoesNotContain("AnnouncesWhatFollows", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_decision_whose_work_the_meeting_requires_keeps_the_task()
    {
        var text = "县政府决定开展安全生产大检查，要求各乡镇12月20日前完成隐患整改，现将有关事项通知如下:";
        Assert.DoesNotContain("AnnouncesWhatFollows", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == Dec20);
    }

    /// <summary>"具体要求如下:" opens the list of what is asked: the entries after it keep their tasks.</summary>
    [Fact]
    public void The_line_that_announces_what_is_asked_still_opens_the_asked_list()
    {
        var text = "市委组织部现对基层党组织换届工作进行年中督查。具体要求如下:\n1.扎实推进换届工作，12月20日前完成换届选举。\n2.各基层党委要建立换届工作台账。";
        Assert.DoesNotContain("AnnouncesWhatFollows", RulesFor(text));
        var tasks = Parse(text);
        Assert.Contains(tasks, t => t.Deadline == Dec20);
        Assert.Contains(tasks, t => t.Lead.Contains("各基层党委"));
    }

    [Fact]
    public void A_preamble_announcing_the_division_of_tasks_is_left_to_the_list_rules()
    {
        var text = "为确保目标任务完成，现将重点工作任务分工如下:\n1.县发改局负责于12月20日前完成项目储备。";
        Assert.DoesNotContain("AnnouncesWhatFollows", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["县发改局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }
    public static TheoryData<string> AnnouncedAskedMatters => LexiconFamilyTests.Words(lx => lx.AnnouncedAskedMatters);

    /// <summary>
    /// Counter-test of every announced asked matter: "…现将{word}通知如下:" opens the list of work, the rule leaves it alone,
    /// and the entry after it keeps its task; the same preamble announcing 有关事项 is set aside, and the entry still keeps it.
    /// </summary>
    [Theory, MemberData(nameof(AnnouncedAskedMatters))]
    public void Every_announced_asked_matter_leaves_the_list_intro_to_the_list(string word)
    {
        var asked = $"为做好安全生产大检查工作，县安委办对重点行业开展督查，现将督查工作{word}通知如下:\n1.各乡镇要于12月20日前完成隐患自查。";
        Assert.DoesNotContain("AnnouncesWhatFollows", RulesFor(asked));
        Assert.Contains(Parse(asked), t => t.Lead.Contains("各乡镇") && t.Deadline == Dec20);
        var announced = "县安委办对重点行业开展督查，现将有关事项通知如下:\n1.各乡镇要于12月20日前完成隐患自查。";
        Assert.Contains("AnnouncesWhatFollows", RulesFor(announced));
        Assert.Contains(Parse(announced), t => t.Lead.Contains("各乡镇") && t.Deadline == Dec20);
    }
    // ---- ReferredBodyNewsItem ----

    [Theory]
    [InlineData("丹阳镇从全镇15个村选调普查员及普查指导员，于6月30日前完成普查机构组建。8月份，该镇开展全镇普查区划分标绘，共划分普查区15个。")]
    [InlineData("目前，该市各乡镇正采取有效措施，扎实推进农村无害化户厕改造，确保在10月底按时高质量完成目标任务。")]
    [InlineData("目前，該縣各鄉鎮正在加緊推進高標準農田建設，確保12月底前完成年度建設任務。")]
    public void An_account_of_a_body_pointed_back_to_is_no_task(string text)
    {
        Assert.Contains("ReferredBodyNewsItem", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_referred_body_that_is_asked_keeps_the_task()
    {
        var text = "丹阳镇从全镇15个村选调普查员。该镇要于12月20日前完成普查机构组建。";
        Assert.DoesNotContain("ReferredBodyNewsItem", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == Dec20);
    }

    [Fact]
    public void An_ask_elsewhere_in_the_item_keeps_its_task()
    {
        var text = "今年以来，该县高标准农田建设稳步推进。请各乡镇于12月20日前报送建设进展情况。";
        Assert.DoesNotContain("ReferredBodyNewsItem", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_role_given_to_the_referred_body_keeps_the_task()
    {
        var text = "该局负责全县第五次经济普查的组织实施，12月20日前完成单位清查。";
        Assert.DoesNotContain("ReferredBodyNewsItem", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == Dec20);
    }

    [Fact]
    public void A_gai_inside_a_clause_points_at_a_place_not_at_the_subject()
    {
        var text = "县住建局于12月20日前完成对该镇危房的安全鉴定。";
        Assert.DoesNotContain("ReferredBodyNewsItem", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }
}
