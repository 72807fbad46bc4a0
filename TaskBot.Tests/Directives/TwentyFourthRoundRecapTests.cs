using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-fourth round, family "recap". (1) RecapOfListedItems: the sentence closing a list of problems whose rows each
/// named their unit and measure ("请各责任单位针对上述问题尽快整改，整改结果书面报县双创办备存。") restates the listed work
/// for the units that already hold it; it hands nothing new over (conventions: "exhortations with nothing to hand
/// over" are no task; the rows are the tasks). Train: the 3 sentences of the shape (请/各…单位, 上述 + a problem noun,
/// a clause closing on 整改/落实, no new job, no date before the writer's own follow-up) are all labelled no task
/// (r5n-064, r8l-024, r8l-025; three documents). The train recaps that carry a date (r5n-065 "2017年9月25日前将以上问题
/// 整改情况报六创办", r5l-013, hb-013) are labelled tasks, and the rule does not read them (a date; 以上 is no
/// recapReference: it is also "more than", 50%以上).
/// (2) With it, the leads family's 执法组 (unit suffix) and 联合执法 (a word inside a name): "市容环境整治联合执法(工作)组"
/// is one unit (3 train items in 2 documents, all labelled so).
/// </summary>
public class TwentyFourthRoundRecapTests
{
    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    static readonly DateOnly Dec20 = new(2026, 12, 20);

    [Theory]
    [InlineData("请各责任单位针对上述通报的问题迅速整改，落细落实。")]
    [InlineData("请各责任单位针对上述问题和要求尽快整改，整改结果书面报县双创办备存。")]
    [InlineData("请各责任单位按整改要求对上述问题尽快整改落实，县双创办将跟踪回访落实情况，整改结果纳入第四季度双创考核。")]
    [InlineData("请各包片单位针对前述问题认真抓好落实，确保整改到位。")]
    [InlineData("请各相关单位对照上述问题抓紧落实，落实情况及时报县创文办。")]
    public void A_recap_of_the_listed_problems_is_no_task(string text)
    {
        Assert.Contains("RecapOfListedItems", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void The_rows_above_the_recap_keep_their_tasks_and_the_recap_adds_none()
    {
        var text = "1、建设路东段人行道道沿破损。\n\n整改措施:由县住建局负责修复。\n\n2、北小巷垃圾中转箱垃圾散落。\n\n整改措施:由县环卫站负责及时清运。\n\n"
                   + "请各责任单位针对上述通报的问题迅速整改，落细落实。县双创办将进行跟踪督查，通报整改落实情况。";
        var tasks = Parse(text);
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["县住建局"], tasks[0].Lead);
        Assert.Equal(["县环卫站"], tasks[1].Lead);
    }

    [Fact]
    public void A_recap_with_a_date_keeps_its_task()
    {
        var text = "请各责任单位针对上述问题于12月20日前整改到位，整改结果书面报县双创办备存。";
        Assert.DoesNotContain("RecapOfListedItems", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["各责任单位"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_dated_report_of_the_result_keeps_the_task()
    {
        var text = "请各乡镇针对上述问题立即整改，整改情况于12月20日前报县政府督查室。";
        Assert.DoesNotContain("RecapOfListedItems", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == Dec20 && t.Lead.SequenceEqual(["各乡镇"]));
    }

    [Fact]
    public void A_recap_that_names_a_new_job_keeps_its_tasks()
    {
        var text = "请各责任单位针对上述问题尽快整改，同时开展一次全面排查，建立长效管理机制。";
        Assert.DoesNotContain("RecapOfListedItems", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deliverable?.Contains("全面排查") == true);
    }

    [Fact]
    public void A_unit_given_a_dated_job_after_the_recap_keeps_it()
    {
        var text = "请各责任单位针对上述问题尽快整改，县住建局要于12月20日前组织复查验收。";
        Assert.DoesNotContain("RecapOfListedItems", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县住建局"]) && t.Deadline == Dec20);
    }

    [Fact]
    public void A_problem_list_asked_for_without_a_back_reference_keeps_its_task()
    {
        var text = "请各乡镇对辖区内违规占道问题尽快整改落实，12月20日前完成验收。";
        Assert.DoesNotContain("RecapOfListedItems", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == Dec20);
    }

    /// <summary>Counter-test of every recap reference: in a directive with a date, the back-reference drops nothing.</summary>
    [Theory]
    [MemberData(nameof(RecapReferences))]
    public void Every_recap_reference_in_a_dated_directive_keeps_its_task(string word)
    {
        var recap = $"请各责任单位针对{word}问题迅速整改，落细落实。";
        Assert.Contains("RecapOfListedItems", RulesFor(recap));
        var order = $"请各责任单位针对{word}问题于12月20日前整改到位。";
        Assert.DoesNotContain("RecapOfListedItems", RulesFor(order));
        Assert.Contains(Parse(order), t => t.Deadline == Dec20);
    }

    /// <summary>Counter-test of every recap verb: closing a dated ask, the task stays.</summary>
    [Theory]
    [MemberData(nameof(RecapVerbs))]
    public void Every_recap_verb_closes_a_recap_but_a_dated_ask_keeps_its_task(string word)
    {
        var recap = $"请各责任单位针对上述问题尽快{word}。";
        Assert.Contains("RecapOfListedItems", RulesFor(recap));
        Assert.Empty(Parse(recap));
        var order = $"请各责任单位针对上述问题于12月20日前{word}。";
        Assert.DoesNotContain("RecapOfListedItems", RulesFor(order));
        Assert.Contains(Parse(order), t => t.Deadline == Dec20);
    }

    /// <summary>Counter-test of every recap result: the result reported by a date keeps the task.</summary>
    [Theory]
    [MemberData(nameof(RecapResults))]
    public void Every_recap_result_goes_on_with_a_recap_but_a_dated_report_keeps_its_task(string word)
    {
        var recap = $"请各责任单位针对上述问题尽快整改，{word}书面报县双创办备存。";
        Assert.Contains("RecapOfListedItems", RulesFor(recap));
        var order = $"请各责任单位针对上述问题尽快整改，{word}于12月20日前书面报县双创办。";
        Assert.DoesNotContain("RecapOfListedItems", RulesFor(order));
        Assert.Contains(Parse(order), t => t.Deadline == Dec20);
    }

    public static TheoryData<string> RecapReferences => LexiconFamilyTests.Words(l => l.RecapReferences);
    public static TheoryData<string> RecapVerbs => LexiconFamilyTests.Words(l => l.RecapVerbs);
    public static TheoryData<string> RecapResults => LexiconFamilyTests.Words(l => l.RecapResults);

    [Theory]
    [InlineData("整改措施:由市容环境整治联合执法组负责对上述出店商户予以规范。", "市容环境整治联合执法组")]
    [InlineData("整改措施:由市容环境综合整治联合执法工作组负责整治。", "市容环境综合整治联合执法工作组")]
    [InlineData("由县交通运输局执法组负责对超限车辆予以查处。", "县交通运输局执法组")]
    public void A_joint_enforcement_group_is_one_unit(string text, string unit)
    {
        var t = Single(text);
        Assert.Equal([unit], t.Lead);
        Assert.Empty(t.Co);
    }

    [Fact]
    public void Joint_enforcement_as_work_keeps_its_task_and_its_units()
    {
        var t = Single("县城管局要会同县公安局开展联合执法，12月20日前完成主城区占道经营集中整治。");
        Assert.Equal(["县城管局"], t.Lead);
        Assert.Equal(["县公安局"], t.Co);
        Assert.Equal(Dec20, t.Deadline);
    }
}
