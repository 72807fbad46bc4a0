using System.Text.Json;
using System.Text.RegularExpressions;
using TaskBot.Directives;

namespace TaskBot.Tests.Directives;

/// <summary>
/// RequiredPairs, the deadline scan's filter by adjacent characters: it must never rule out a text a pattern matches
/// (predictions would change), and it should rule out the texts that hold a rule's characters in the wrong order.
/// </summary>
public class RequiredPairsTests
{
    static bool HoldsPairOfEach(string text, int[][] sets) =>
        sets.All(set => Enumerable.Range(0, Math.Max(0, text.Length - 1)).Any(k => set.Contains(text[k] << 16 | text[k + 1])));

    public static TheoryData<string> Texts =>
    [
        "(三)主要目标。到2019年6月底,基本实现工程建设项目全流程审批时间压缩至90个工作日以内。到2019年12月底,实现审批管理系统与相关系统平台互联互通。",
        "县审计局要在3个月内报送审计报告,一个半月内完成整改,半个月内反馈。",
        "请各村于本月30日前完成人居环境整治,县卫健委要于12月中旬前完成疫苗接种。",
        "请于12月10日(星期四)前将名单报县林业局;2026年3月15日18时前提交,20251月20日前完成。",
        "从2023年第二季度起,各牵头单位要在每个季度第一个月10日前报送上季度进展情况。",
        "用3个月的时间完成整治,力争2027年全面完成目标任务,年底前完成,今年内建成,春节前发放到位。",
        "收到本通知后5个工作日内反馈,会后3天内报送,自即日起30日内完成,截至10月底已拨付。",
        "每月5日前报送,每季度末报送,上半年完成,2026.3.15前提交,2026-03-15前,下周五前报送。",
        "| 序号 | 工作事项 | 完成时间 |\n| 1 | 完成方案 | 2026.3 |\n| 2 | 全面推开 | 2026年",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void NoRuleIsRuledOutWhereItMatches(string text)
    {
        text = ChineseText.Fold(text);
        // A match and the character after it ("…$": the end of the text).
        var ended = text + RequiredPairs.End;
        foreach (var rule in DeadlineGrammar.Rules)
            for (var m = rule.Pattern.Match(text); m.Success; m = m.NextMatch())
                if (m.Length > 0)
                    Assert.True(HoldsPairOfEach(ended.Substring(m.Index, m.Length + 1), RequiredPairs.SetsOf(rule.Pattern)), $"{rule.Name} matched '{m.Value}' without its required pairs");
    }

    /// <summary>
    /// The same property over every text of the train corpus files (about 2,800 real directives and minutes): the filter
    /// may only skip runs that would find nothing, on text nobody wrote for this test.
    /// </summary>
    [Fact]
    public void NoRuleIsRuledOutOnTheTrainCorpus()
    {
        string[] train = ["minutes", "notices", "division", "lookalikes", "open-calls", "r5-meetings", "r5-notices", "r5-lists",
            "r6-lookalikes", "r6-dated", "r6-lists", "holdout-a", "holdout-b", "r8-singles", "r8-lists", "r9-singles", "r9-lists",
            "r10-singles", "r10-lists", "r11-singles", "r11-lists", "r12-singles", "r12-lists", "r13-singles", "r13-dated",
            "r13-lists", "r14-singles", "r14-dated", "r14-lists"];
        var rules = DeadlineGrammar.Rules.ToArray();
        var sets = rules.Select(r => RequiredPairs.SetsOf(r.Pattern)).ToArray();
        int matches = 0;
        foreach (var name in train)
            foreach (var line in File.ReadLines(Path.Combine(Shipping.ShippingTools.RepoRoot, "eval", "corpus", name + ".jsonl")))
            {
                var text = ChineseText.Fold(JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!);
                var ended = text + RequiredPairs.End;
                for (int r = 0; r < rules.Length; r++)
                    for (var m = rules[r].Pattern.Match(text); m.Success; m = m.NextMatch())
                        if (m.Length > 0)
                        {
                            matches++;
                            Assert.True(HoldsPairOfEach(ended.Substring(m.Index, m.Length + 1), sets[r]), $"{name}: {rules[r].Name} matched '{m.Value}' without its required pairs");
                        }
            }
        Assert.True(matches > 1000, $"only {matches} matches: the corpus was not read");
    }

    [Fact]
    public void OrderMatters()
    {
        var span = DeadlineGrammar.Rules.Single(r => r.Name == "span_of_time").Pattern;
        var sets = RequiredPairs.SetsOf(span);
        Assert.NotEmpty(sets);
        Assert.False(HoldsPairOfEach("全流程审批时间压缩至90个工作日以内", sets));
        Assert.True(HoldsPairOfEach("用3个月的时间完成", sets));
    }

    [Theory]
    [InlineData("a?b?")]               // may match nothing
    [InlineData("[^x]y")]              // a negated class: any character before y
    [InlineData("(?i)ab")]             // inline options: not read
    [InlineData(@"a\p{L}")]            // a category: not read
    public void WhatItCannotReadRequiresNothing(string pattern) =>
        Assert.Empty(RequiredPairs.SetsOf(new Regex(pattern)));

    [Fact]
    public void EndOfTextFollowsWhatStandsBeforeDollar()
    {
        var sets = RequiredPairs.SetsOf(new Regex(@"[0-9]年[ ]*(?:\n|$)"));
        Assert.Contains(sets, s => s.Order().SequenceEqual(new[] { '年' << 16 | '\n', '年' << 16 | RequiredPairs.End, ' ' << 16 | '\n', ' ' << 16 | RequiredPairs.End }.Order()));
    }

    [Fact]
    public void ReadsSequencesAlternationsAndLookarounds()
    {
        var sets = RequiredPairs.SetsOf(new Regex("(?<![已])(?:ab|c(?=z)d)e?f"));
        Assert.Contains(sets, s => s.Order().SequenceEqual(new[] { 'a' << 16 | 'b', 'c' << 16 | 'd' }.Order()));
        // e? may be absent: b or d or e stands before f.
        Assert.Contains(sets, s => s.Order().SequenceEqual(new[] { 'b' << 16 | 'f', 'd' << 16 | 'f', 'e' << 16 | 'f' }.Order()));
    }
}
