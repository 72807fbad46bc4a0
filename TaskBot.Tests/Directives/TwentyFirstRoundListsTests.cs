using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-first round, family "lists" (whole meeting decisions and multi-task lists), rule AskedEntryReadAsNarrative:
/// an entry of a speaker's asked list (一是…；二是…；) that no clause rule opened a task for — its heading is a duty
/// word (落实责任, 压实责任) or its verb is not a listed one (严抓, 做到, 不停歇) — is still a task of its own, of nobody or
/// of the units the list was asked of (conventions: "one text can hold several tasks (一是…二是…, numbered items)";
/// a requirement naming no unit keeps an empty lead). Only in a list that goes on: the entry's first sentence runs on
/// to a semicolon, or it is a heading sentence followed by more of the entry and then by another entry ("二是抓质量。
/// 要做到…。三是…"). Never with a modal opening (a 要-opening that the clause rules set aside was judged an attitude),
/// units, a report or a slogan (任务要明确). Gate against main 21fbefd: train fixed r5l-022, r8l-029, r8l-033,
/// r12l-003, regressed none; tasks +11 / -0; validation and shared unchanged.
/// </summary>
public class TwentyFirstRoundListsTests
{
    static IReadOnlyList<string> GroupingRules(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Grouping);

    [Theory]
    [InlineData("会议要求:一是加强道路巡查;二是落实责任,安排专人负责隐患台账录入;三是完善防汛应急预案。", "隐患台账录入")]
    [InlineData("会议要求:一是开展汛前检查;二是压实责任,严抓汛期安全生产工作;三是完善防汛应急预案。", "汛期安全生产")]
    [InlineData("镇长要求,一是对辖区商户做到服务与管理并举;二是汛期排水巡查工作不停歇;三是完善防汛应急预案。", "巡查工作不停歇")]
    public void An_asked_entry_with_no_listed_verb_is_a_task_of_its_own(string text, string job)
    {
        var tasks = Parse(text);
        Assert.Equal(3, tasks.Count);
        Assert.Contains(tasks, t => t.Deliverable is { } d && d.Contains(job));
        Assert.All(tasks, t => Assert.Empty(t.Lead));
        Assert.Contains("AskedEntryReadAsNarrative", GroupingRules(text));
    }

    [Fact]
    public void The_entry_belongs_to_the_units_the_list_was_asked_of()
    {
        var tasks = Parse("县长要求各乡镇:一是开展秸秆禁烧巡查;二是落实责任,安排专人负责田间值守;三是完善禁烧台账。");
        Assert.Equal(3, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(["各乡镇"], t.Lead));
    }

    [Fact]
    public void An_entry_that_names_its_unit_keeps_its_own_rules()
    {
        var tasks = Parse("会议要求:一是开展汛前检查;二是压实责任,县水利局要在12月10日前完成堤防巡查;三是完善防汛应急预案。");
        Assert.Equal(3, tasks.Count);
        var own = Assert.Single(tasks, t => t.Lead.SequenceEqual(["县水利局"]));
        Assert.Equal("2026-12-10", DateOf(own));
    }

    [Fact]
    public void A_heading_sentence_with_more_of_its_entry_before_the_next_entry_is_a_task()
    {
        var text = "会议要求:一是开展秋收进度调度;二是抓质量。要做到精收细收,颗粒归仓。三是完善秋收应急预案。";
        var tasks = Parse(text);
        Assert.Equal(3, tasks.Count);
        Assert.Contains(tasks, t => t.Deliverable == "抓质量");
        Assert.Contains("AskedEntryReadAsNarrative", GroupingRules(text));
    }

    /// <summary>Counter-tests: the list's last entry, or a lone sentence closed by a full stop, is no task of this rule.</summary>
    [Theory]
    [InlineData("会议要求:一是开展秋收进度调度;二是抓质量,精收细收。三是完善秋收应急预案。")]
    [InlineData("会议要求:一是开展秋收进度调度;二是完善秋收应急预案;三是抓质量。要做到精收细收,颗粒归仓。")]
    public void A_full_stop_entry_that_does_not_go_on_makes_no_task(string text)
    {
        Assert.DoesNotContain("AskedEntryReadAsNarrative", GroupingRules(text));
        Assert.Equal(2, Parse(text).Count);
    }

    /// <summary>Counter-tests: slogans, exhortations closed by a full stop, and a report's list stay without tasks.</summary>
    [Theory]
    [InlineData("会议要求:一是任务要明确;二是责任要落实;三是措施要到位。")]
    [InlineData("培训会上,李明要求学员:一是珍惜交流机会,主动交流。二是认真学习,吃透授课内容。")]
    [InlineData("今年以来,县自然资源局认真做好土地供应工作。一是落实责任,安排专人负责用地报批;二是开展闲置土地清理。")]
    public void No_task_where_the_entry_asks_nothing(string text)
    {
        Assert.DoesNotContain("AskedEntryReadAsNarrative", GroupingRules(text));
        Assert.Empty(Parse(text));
    }
}
