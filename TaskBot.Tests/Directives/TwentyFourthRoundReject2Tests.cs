using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-fourth round, non-directives read as tasks (errs.py fp), second pass, family "reject2". Each shape was first
/// counted in train, sentence by sentence, labelled with tasks vs without.
/// (1) PronounSubjectReport: a sentence that opens (after 同时, 此外 …) with 他们 / 她们 as its subject, asking nothing
/// right after the pronoun and setting no dated limit: it goes on telling what people just named do (conventions:
/// "Narrative … yield no task"). Train: 2 of 2 such sentences are labelled no task (r13s-056 林场 patrols, r13s-086
/// village cadres at harvest; two documents); the one other train sentence holding 他们 (r9s-096 "切实帮助他们渡过难关")
/// has it as an object, is labelled a task, and the rule does not read it.
/// </summary>
public class TwentyFourthRoundReject2Tests
{
    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    static readonly DateOnly Dec20 = new(2026, 12, 20);

    [Theory]
    [InlineData("他们深入野外用火点检查督促防火工作，要求办理野外用火手续，没能及时办理的下发整改通知单。")]
    [InlineData("同时，他们严格落实低茬收割和粉碎还田的相关政策要求，对于不符合要求的农田进行返工，确保每一片农田都符合标准。")]
    [InlineData("她们利用周末时间走村入户，宣传防范电信网络诈骗知识，发放宣传资料1200余份。")]
    [InlineData("他們每天巡查轄區河道，及時清理水面漂浮物，確保河道整潔暢通。")]
    public void People_told_about_by_a_pronoun_are_no_task(string text)
    {
        Assert.Contains("PronounSubjectReport", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void The_sentence_before_still_names_them_but_hands_nothing_over()
    {
        var text = "为保障秸秆禁烧工作平稳推进，驻村干部扎根田间地头，开展全时段巡查监管。他们严格落实低茬收割政策要求，对于不符合要求的农田进行返工。";
        Assert.Contains("PronounSubjectReport", RulesFor(text));
    }

    [Fact]
    public void A_pronoun_as_object_keeps_the_task()
    {
        var text = "县民政局要在12月20日前走访受灾群众中的低保对象，切实帮助他们渡过难关。";
        Assert.DoesNotContain("PronounSubjectReport", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["县民政局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_pronoun_that_modifies_the_unit_keeps_the_task()
    {
        var text = "他们所在的乡镇要组织力量开展野外用火点排查，县林业局负责督促落实。";
        Assert.DoesNotContain("PronounSubjectReport", RulesFor(text));
        Assert.NotEmpty(Parse(text));
    }

    [Fact]
    public void An_ask_passed_on_to_them_keeps_the_task()
    {
        var text = "会议要求，他们要在12月20日前完成全部野外用火点排查。";
        Assert.DoesNotContain("PronounSubjectReport", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == Dec20);
    }

    [Fact]
    public void A_dated_limit_keeps_the_task()
    {
        var text = "他们必须在12月20日前完成野外用火点排查，县林业局负责督促。";
        Assert.DoesNotContain("PronounSubjectReport", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == Dec20);
    }

    /// <summary>
    /// Counter-test of every pronoun: opening a sentence it tells about people; inside a directive (帮助他们, 督促她们) it is
    /// an object, and the directive keeps its task.
    /// </summary>
    [Theory]
    [MemberData(nameof(PronounSubjects))]
    public void Every_pronoun_subject_tells_about_people_but_inside_an_order_keeps_its_task(string word)
    {
        var report = $"{word}每天巡查辖区河道，及时清理水面漂浮物。";
        Assert.Contains("PronounSubjectReport", RulesFor(report));
        Assert.Empty(Parse(report));
        var order = $"县水利局要组织{word}在12月20日前完成辖区河道清理。";
        Assert.DoesNotContain("PronounSubjectReport", RulesFor(order));
        Assert.Contains(Parse(order), t => t.Lead.SequenceEqual(["县水利局"]) && t.Deadline == Dec20);
    }

    public static TheoryData<string> PronounSubjects => LexiconFamilyTests.Words(lx => lx.PronounSubjects);
}
