using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twelfth round, non-directives the parser turned into tasks (rejection), one region per named sentence rule, each
/// with the directives that share its shape but ask, and must keep their tasks; and one test per new word family,
/// word by word, with a directive holding the word that keeps its task.
/// RateStated: a rate joined to its figure by a copula (率为100%) is a statistic read off (r9-singles r9s-075,
/// r10-singles r10s-081).
/// ScheduledOwnEvent: 定于 going on to a time, in a sentence that closes its item and asks nothing besides the
/// requirement it cites: the writer fixes the time of its own event or work (open-calls oc-038, r11-singles r11s-048,
/// r11s-081).
/// EncouragementOnly: a sentence opened by 鼓励 that asks nothing invites, it assigns nothing (open-calls oc-009,
/// r11-singles r11s-077).
/// </summary>
public class TwelfthRoundRejectTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    // ---- RateStated ----

    [Theory]
    // A hotline's monthly figures: the rate is read off.
    [InlineData("12月份，全区共受理12345热线工单468件，已办结468件，按期办结率为100%。")]
    // A count of hazards found and the share put right.
    [InlineData("全县共排查出自建房隐患326处，整改率为87.5%。")]
    // Health statistics: rates of zero and per mille.
    [InlineData("全市孕产妇死亡率为0，婴儿死亡率为0.63‰。")]
    public void A_rate_stated_with_its_figure_is_no_task(string text)
    {
        Assert.Contains("RateStated", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_rate_a_unit_is_asked_to_reach_keeps_its_task()
    {
        // 要 … 确保…率为100%: the rate is the target of an order.
        const string text = "县政务服务中心要于12月20日前完成工单回访，确保按期办结率为100%。";
        Assert.DoesNotContain("RateStated", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县政务服务中心"]) && t.Deadline == Dec20);
    }

    [Fact]
    public void A_bounded_rate_is_a_target_not_a_figure_read_off()
    {
        // 以上 after the figure bounds it: a target, even with nothing asked (a row of a task-division table).
        const string text = "县卫健局12月20日前实现适龄儿童疫苗接种率为95%以上。";
        Assert.DoesNotContain("RateStated", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县卫健局"]) && t.Deadline == Dec20);
    }

    public static TheoryData<string> RateCopulas => LexiconFamilyTests.Words(l => l.RateCopulas);

    /// <summary>Every rate copula: the figure it joins is a statistic; an order to reach the rate keeps its task.</summary>
    [Theory, MemberData(nameof(RateCopulas))]
    public void Every_rate_copula_states_a_figure_but_an_order_holding_it_keeps_its_task(string word)
    {
        var report = $"全县共排查自建房隐患326处，整改{word}87.5%。";
        Assert.Contains("RateStated", RulesFor(report));
        Assert.Empty(Parse(report));
        Assert.Contains(Parse($"县住建局要于12月20日前完成自建房隐患整改，确保整改{word}100%。"),
            t => t.Lead.SequenceEqual(["县住建局"]) && t.Deadline == Dec20);
    }

    // ---- ScheduledOwnEvent ----

    [Theory]
    // A school fixes the time of its own inspection.
    [InlineData("为加强教学管理，定于“五一”节前后对全校教学秩序组织集中检查，检查时间为4月30日和5月4日。")]
    // A town's spokesman on when the town will have its own work done.
    [InlineData("该镇负责同志表示，全镇春季农业生产工作定于4月20日全面完成，确保粮食产量稳中有增。")]
    // A body's own one-off check; the 要求 it cites is why it acts, not an ask. (Twentieth round, r20-roles line 3: its
    // concrete recurring deliverable, "定于每月5日前…进行评价", is a task: rule CalendarDutyOfNamedUnit.)
    [InlineData("县文明办根据《县文明城市创建工作方案》和上级部门要求，定于近期对各乡镇创建工作开展情况进行检查，并适时公布红黑榜。")]
    public void A_schedule_of_the_writers_own_event_is_no_task(string text)
    {
        Assert.Contains("ScheduledOwnEvent", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void The_writers_own_recurring_evaluation_of_a_named_body_is_a_task()
    {
        const string text = "县文明办根据《县文明城市创建工作方案》和上级部门要求，定于每月5日前对各乡镇创建工作开展情况进行评价，并适时公布红黑榜。";
        Assert.DoesNotContain("ScheduledOwnEvent", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县文明办"]) && t.Recurrence is not null);
    }

    [Fact]
    public void A_meeting_scheduled_with_an_ask_keeps_its_task()
    {
        // The meeting's date is the writer's; what 请 asks of the towns is a task.
        const string text = "县政府定于12月22日召开安全生产会议，请各乡镇于12月20日前报送安全生产工作总结。";
        Assert.DoesNotContain("ScheduledOwnEvent", RulesFor(text));
        // The lead only: the meeting's date (12月22日) still binds this task instead of 12月20日, a grouping mistake
        // older than this rule (reported, not fixed here).
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["各乡镇"]));
    }

    [Fact]
    public void A_schedule_that_opens_arrangements_is_not_set_aside()
    {
        // The item goes on after it: the schedule opens the arrangements that hand the work over.
        const string text = "县应急管理局定于12月15日开展全县安全生产大检查。各乡镇要于12月20日前完成自查自纠。";
        Assert.DoesNotContain("ScheduledOwnEvent", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["各乡镇"]) && t.Deadline == Dec20);
    }

    [Fact]
    public void A_decision_with_a_date_is_not_a_schedule()
    {
        // 决定于 is a body's decision (rule BodyDecidesItself reads it); the order after it keeps its task.
        const string text = "县政府决定于12月1日起开展“百日攻坚”行动，由县发改局牵头于12月20日前制定攻坚方案。";
        Assert.DoesNotContain("ScheduledOwnEvent", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县发改局"]) && t.Deadline == Dec20);
    }

    public static TheoryData<string> ScheduleMarkers => LexiconFamilyTests.Words(l => l.ScheduleMarkers);

    /// <summary>Every schedule marker: the writer's own event is no task; a meeting scheduled with an ask keeps it.</summary>
    [Theory, MemberData(nameof(ScheduleMarkers))]
    public void Every_schedule_marker_fixes_the_writers_event_but_an_ask_beside_it_keeps_its_task(string word)
    {
        var own = $"为做好年终考核，{word}12月15日对各科室工作开展集中检查。";
        Assert.Contains("ScheduledOwnEvent", RulesFor(own));
        Assert.Empty(Parse(own));
        Assert.Contains(Parse($"县政府{word}12月22日召开推进会，请各乡镇于12月20日前报送工作总结。"),
            t => t.Lead.SequenceEqual(["各乡镇"]));
    }

    // ---- EncouragementOnly ----

    [Theory]
    // An open call: who may apply, and how.
    [InlineData("鼓励企业、科研院所、高校等以联合体方式申报，牵头单位为1家。")]
    // A holiday notice: employers are encouraged, not told.
    [InlineData("鼓励各单位结合带薪年休假等制度落实，安排职工在除夕休息。")]
    // A policy's invitation to private capital.
    [InlineData("鼓励社会资本参与农村人居环境整治项目建设和运营。")]
    public void A_sentence_opened_by_encouragement_is_no_task(string text)
    {
        Assert.Contains("EncouragementOnly", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void An_ask_after_the_encouragement_keeps_its_task()
    {
        const string text = "鼓励各乡镇先行先试，县农业农村局要于12月20日前出台扶持办法。";
        Assert.DoesNotContain("EncouragementOnly", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县农业农村局"]) && t.Deadline == Dec20);
    }

    public static TheoryData<string> EncouragementOpeners => LexiconFamilyTests.Words(l => l.EncouragementOpeners);

    /// <summary>
    /// Every encouragement opener: opening the sentence it invites; inside a unit's sentence it is one more thing the
    /// unit is asked to do, and the task stays.
    /// </summary>
    [Theory, MemberData(nameof(EncouragementOpeners))]
    public void Every_encouragement_opener_invites_but_inside_an_order_keeps_its_task(string word)
    {
        var call = $"{word}企业、高校、科研院所以联合体方式申报，牵头单位为1家。";
        Assert.Contains("EncouragementOnly", RulesFor(call));
        Assert.Empty(Parse(call));
        Assert.Contains(Parse($"各镇要加大政策宣传力度，{word}村民复耕复种，12月20日前完成撂荒耕地复耕。"),
            t => t.Lead.SequenceEqual(["各镇"]) && t.Deadline == Dec20);
    }
}
