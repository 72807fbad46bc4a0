using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Look-alikes that describe rather than assign (conventions: descriptions, standing procedural rules, progress and
/// the writer's own plans yield no task), each rule with the directives that use the same words and must keep their
/// tasks. SystemHeading: the heading of a description of how a system works. RegulationArticle: an article of a
/// regulation (第五条 …). SystemRoutine: the recurring routine told right after a system is named.
/// </summary>
public class LookalikeRuleTests
{
    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    [Theory]
    [InlineData("一是建立“一把手”例会制度。由管委会主任负责召集，各街道办事处主任参加。原则上两个月召开一次。")]
    [InlineData("(二)完善联席会议制度。联席会议由县政府分管领导召集，成员单位主要负责同志参加，主要研究解决跨部门重大问题。")]
    public void The_heading_of_a_system_described_hands_nothing_over(string text)
    {
        Assert.Contains("SystemHeading", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_system_heading_alone_is_the_order_to_set_the_system_up()
    {
        const string text = "完善企业上市协调机制。";
        Assert.DoesNotContain("SystemHeading", RulesFor(text));
        Assert.Contains("协调机制", Single(text).Deliverable);
    }

    [Fact]
    public void Under_a_system_heading_the_unit_told_to_act_keeps_its_task()
    {
        var t = Single("二、完善联席会议制度。县发改局要于12月20日前修订联席会议工作规则。");
        Assert.Equal(["县发改局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory]
    // A date, a modal, a unit before the verb, or a decision of the meeting make the same words an order.
    [InlineData("建立“一把手”例会制度，年底前印发实施。", "2026-12-31")]
    [InlineData("会议议定：\n一、建立“一把手”例会制度，12月20日前印发实施。", "2026-12-20")]
    public void A_system_to_set_up_by_a_date_is_a_task(string text, string deadline)
    {
        Assert.DoesNotContain("SystemHeading", RulesFor(text));
        var t = Single(text);
        Assert.Equal(DateOnly.Parse(deadline), t.Deadline);
        Assert.Contains("例会制度", t.Deliverable);
    }

    [Theory]
    // Twentieth round (r20-roles line 2): an article that sets a named unit a calendar recurrence ("议题主办单位在每个月20日
    // 之前…报送") is a recurring task now (rule CalendarDutyOfNamedUnit, TwentiethRoundRecurTests); a frequency, a limit
    // before each occasion, a meeting rhythm stay standing rules.
    [InlineData("第五条 议题每个月报送一次。重要、紧急事项可随时报送市政府办公厅。")]
    [InlineData("第三条\u3000议题主办单位应在会议召开3日前将议题报送市政府办公厅。")]
    [InlineData("第四条:市政府常务会议一般每月召开一次，由市长召集和主持。")]
    public void An_article_of_a_regulation_is_a_standing_rule(string text)
    {
        Assert.Contains("RegulationArticle", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void An_articles_calendar_duty_of_a_named_unit_is_a_task()
    {
        var text = "第三条\u3000议题主办单位应在每个月20日之前将议题报送市政府办公厅。";
        Assert.DoesNotContain("RegulationArticle", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["议题主办单位"]) && t.Recurrence is not null);
    }

    [Fact]
    public void 条_counting_things_is_no_article()
    {
        const string text = "第一条道路由县交通运输局负责改造，12月20日前完成路面铺设。";
        Assert.DoesNotContain("RegulationArticle", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["县交通运输局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void An_article_that_tells_a_unit_what_to_do_now_keeps_its_task()
    {
        const string text = "第三条 县财政局要于12月20日前拨付会议经费。";
        Assert.DoesNotContain("RegulationArticle", RulesFor(text));
        var t = Single(text);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
        Assert.Contains("会议经费", t.Deliverable);
    }

    [Fact]
    public void The_routine_of_a_system_just_named_hands_nothing_over()
    {
        const string text = "此外，该县还推行目标任务落实情况月报告制度。由县考核办牵头，每月15日前对各责任单位目标任务进展情况进行分类统计汇总。";
        Assert.Contains("SystemRoutine", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Theory]
    // Alone, the same recurring duty is handed over; after the system, a modal or a date of its own hands it over too.
    [InlineData("由县考核办牵头，每月15日前对各责任单位目标任务进展情况进行分类统计汇总。", "2026-12-15")]
    [InlineData("此外，该县还推行目标任务落实情况月报告制度。县考核办要于每月15日前对各责任单位目标任务进展情况进行分类统计汇总。", "2026-12-15")]
    [InlineData("此外，该县还推行目标任务落实情况月报告制度。由县考核办牵头，12月20日前对各责任单位目标任务进展情况进行分类统计汇总。", "2026-12-20")]
    public void A_recurring_duty_asked_or_standing_alone_keeps_its_task(string text, string deadline)
    {
        Assert.DoesNotContain("SystemRoutine", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["县考核办"], t.Lead);
        Assert.Equal(DateOnly.Parse(deadline), t.Deadline);
    }
}
