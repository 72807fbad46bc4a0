using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-fourth round, family "extra" (predicted tasks that match no gold task). Conventions: "the unit a result is
/// reported to is neither lead nor co-lead"; standing procedure is no task.
/// Rule ReceiverActsOnReport (OverGeneration, a set-aside clause rule): "…提交学院，学院审核后报资产和产业管理处": the unit
/// a hand-in is sent to (after 报, 提交, 上报 … of the lexicon's reportTriggers) names itself again right after the comma and
/// says what it does with what it gets (lexicon family receiverActions: 审核, 汇总, or 对…, the three verbs seen in train). Train count
/// (every sentence "报/提交/上报 X，X…" in the train and shared files): the receiver's clause opened by such a verb, with
/// no modal and no date, is labelled no task 4 of 4 (r6d-032, r14s-008, r14s-150, dv-011; dv-011 already by 将); a
/// receiver named with 由 (dv-019 "由区督查组综合后向区政府汇报"), given a modal (nb-014 "各村(居)委会须在12月3日…") or
/// doing other work (r13l-039 "教务处12周完成全校期中教学检查工作总结") is labelled a task, and the rule leaves it.
/// </summary>
public class TwentyFourthRoundExtraTests
{
    static IReadOnlyList<string> GroupingRulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Grouping);

    [Theory]
    [InlineData("请各实验室针对发现的问题尽快整改并形成整改报告，于12月20日之前提交学院，学院审核后报资产管理处。", "各实验室")]
    [InlineData("各二级学院要于12月20日前将考试指定教材清单上报教务处，教务处汇总后在教务内网予以公布。", "各二级学院")]
    [InlineData("各牵头单位要在12月20日前将年度任务进展情况报县政府办公室，县政府办公室对各项任务的落实情况进行全程跟踪督办。", "各牵头单位")]
    [InlineData("各乡镇要于12月20日前将低保复核名单报送县民政局，县民政局审核后报市民政局备案。", "各乡镇")]
    public void What_the_receiver_does_with_the_hand_in_is_no_task(string text, string lead)
    {
        Assert.Contains("ReceiverActsOnReport", GroupingRulesFor(text));
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
    }

    [Fact]
    public void What_goes_on_after_the_receivers_procedure_goes_with_it()
    {
        var text = "各部门要于12月20日前将自查报告提交县委办，县委办汇总后报县委，并适时通报。";
        var t = Single(text);
        Assert.Equal(["各部门"], t.Lead);
    }

    /// <summary>Counter-tests: the receiver is told (a modal), given a date, named with 由, or does other work: its task stays.</summary>
    [Theory]
    [InlineData("各乡镇要于12月20日前将名单报县民政局，县民政局要于12月25日前审核汇总后报市民政局。", "县民政局")]
    [InlineData("各乡镇要于12月20日前将名单报县民政局，县民政局12月25日前审核后报市民政局。", "县民政局")]
    [InlineData("各学院要于12月20日前将教学检查小结报教务处，由教务处汇总后向学校汇报。", "教务处")]
    [InlineData("各学院要于12月20日前将教学检查小结报教务处，教务处12月30日前完成全校教学检查工作总结。", "教务处")]
    public void A_receiver_told_or_dated_keeps_its_task(string text, string receiver)
    {
        Assert.DoesNotContain("ReceiverActsOnReport", GroupingRulesFor(text));
        var tasks = Parse(text);
        Assert.Contains(tasks, t => t.Lead.Contains(receiver));
    }

    /// <summary>The counter-test of each word of receiverActions: a unit that opens a directive with it keeps its task.</summary>
    [Theory]
    [InlineData("审核", "县审计局审核各乡镇上报的惠民资金使用情况，于12月20日前形成审计报告。")]
    [InlineData("汇总", "县统计局汇总各部门年度统计数据，于12月20日前报县政府。")]
    [InlineData("对", "县应急局对全县危化品企业开展安全检查，于12月20日前完成整改验收。")]
    public void A_unit_opening_a_directive_with_the_word_keeps_its_task(string word, string text)
    {
        Assert.Contains(word, text);
        Assert.DoesNotContain("ReceiverActsOnReport", GroupingRulesFor(text));
        var t = Single(text);
        Assert.Single(t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
    }

    [Fact]
    public void Every_receiver_action_after_its_receiver_is_read_by_the_rule()
    {
        foreach (var word in Lexicon.ReceiverActions.Words)
        {
            var text = $"各乡镇要于12月20日前将整改报告报县政府办公室，县政府办公室{word}{(word == "对" ? "整改情况进行督查" : "后报市政府")}。";
            Assert.Contains("ReceiverActsOnReport", GroupingRulesFor(text));
            Assert.Equal(["各乡镇"], Single(text).Lead);
        }
    }

    /// <summary>
    /// notNameStarts gains 移交 and 送 (twenty-fourth round, family extra): "…造具移交目录，移交综合档案室。", "…签字审核后，送
    /// 教务处教务科备案。": the verb that hands a file over to the receiver was glued to the receiver's name
    /// (移交综合档案室, 送教務處教務科), and the receiver, read as a unit at the clause's start, led a task of its own or
    /// took the next sentence's. Train: every predicted unit that starts with either word (移交综合档案室 r8s-056,
    /// 移交本委纪检监察室 r9s-106, 移交部门 r13l-028, 送教務處教務科 r10s-085; four documents) is in no gold task. The
    /// conventions: a verb is never part of a unit name, and the unit a result is sent to is neither lead nor co-lead.
    /// </summary>
    [Theory]
    [InlineData("各开课单位要在12月20日前提交课程考试方式设置结果单，由教学院长签字审核后，送教务处教务科备案。", "各开课单位")]
    [InlineData("各职能部门要在12月20日前收集齐全当年文件材料、造具移交目录，移交综合档案室。", "各职能部门")]
    public void The_receiver_after_a_hand_over_verb_leads_no_task(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
    }

    [Fact]
    public void The_receivers_own_next_sentence_keeps_its_task_under_its_own_name()
    {
        var tasks = Parse("各职能部门要在12月20日前收集齐全当年文件材料，移交综合档案室。综合档案室要于12月31日前将全部文件材料立卷归档。");
        Assert.Equal(2, tasks.Count);
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["各职能部门"]) && DateOf(t) == "2026-12-20");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["综合档案室"]) && DateOf(t) == "2026-12-31");
    }

    /// <summary>Counter-tests of 移交 and 送: a directive holding the word keeps its task and its units.</summary>
    [Theory]
    [InlineData("移交", "各单位要于12月20日前将2025年度档案移交县档案馆。", "各单位")]
    [InlineData("移交", "县纪委监委要于12月20日前将问题线索移交县公安局办理。", "县纪委监委")]
    [InlineData("送", "请各乡镇于12月20日前将低保复核名单送县民政局。", "各乡镇")]
    [InlineData("送", "县卫健局要在12月20日前组织送医下乡活动。", "县卫健局")]
    public void A_directive_holding_the_hand_over_verb_keeps_its_task(string word, string text, string lead)
    {
        Assert.Contains(word, text);
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
    }
}
