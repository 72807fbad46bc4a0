using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Nineteenth round, extra tasks: sentences the parser turned into tasks of their own although they hand nothing over.
/// JudgementStated: a sentence that ends on a judgement of the work (至关重要, 重要举措, 面临考验, 时间紧、任务重) and asks
/// nothing is the speaker's view; the ask comes in the sentence after it (r5-meetings r5m-042, r6-lists r6l-039,
/// r11-lists r11l-024, r13-lists r13l-006). A sentence that asks (要, 须, 请) keeps its task wherever the judgement
/// stands, and a judgement word inside a clause is only a word.
/// </summary>
public class NineteenthRoundExtraTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    // ---- JudgementStated ----

    [Theory]
    // How much a quarter's work weighs, said before what is asked.
    [InlineData("谢成海强调，做好三季度工作对稳住逆势上扬态势、实现全年目标任务至关重要。")]
    // How hard the holiday will be for the county.
    [InlineData("国庆旅游旺季即将到来，各类旅游需求集中叠加释放，我县的旅游接待能力和服务保障能力将再次面临考验。")]
    // How little time is left.
    [InlineData("今年仅剩下一个月的时间，完成全年目标时间紧、任务重。")]
    // What a piece of work stands for.
    [InlineData("会议强调，开展党组织领导下的社区运营工作，是区委全面深化改革的一项重要举措。")]
    public void A_judgement_of_the_work_that_asks_nothing_is_no_task(string text)
    {
        Assert.Contains("JudgementStated", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void The_ask_after_a_judgement_keeps_its_task()
    {
        const string text = "谢成海强调，做好三季度工作对实现全年目标任务至关重要。各乡镇要在12月20日前完成三季度重点项目开工。";
        var t = Single(text);
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_judgement_after_the_ask_in_the_same_sentence_keeps_the_task()
    {
        // 要 asks: the judgement only says why.
        const string text = "会议要求，县文旅局要在12月20日前完成景区安全隐患排查，这对做好节日旅游接待至关重要。";
        Assert.DoesNotContain("JudgementStated", RulesFor(text));
        var t = Single(text);
        Assert.Equal(["县文旅局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_judgement_word_inside_a_clause_is_only_a_word()
    {
        // 重要举措 is what the work is taken up as, and the sentence ends on the job with its date.
        const string text = "县住建局把老旧小区改造作为重要举措，12月20日前完成改造方案。";
        Assert.DoesNotContain("JudgementStated", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县住建局"]) && t.Deadline == Dec20);
    }

    [Fact]
    public void A_judgement_holding_a_calendar_day_is_still_read()
    {
        // The month and day are what the clerk tracks: the sentence is not set aside as a view.
        const string text = "12月20日前完成全县危房改造验收至关重要。";
        Assert.DoesNotContain("JudgementStated", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == Dec20);
    }

    public static TheoryData<string> JudgementEndings => LexiconFamilyTests.Words(l => l.JudgementEndings);

    /// <summary>Every judgement ending: a sentence that ends on it and asks nothing is no task; an order holding it keeps its task.</summary>
    [Theory, MemberData(nameof(JudgementEndings))]
    public void Every_judgement_ending_states_a_view_but_an_order_holding_it_keeps_its_task(string word)
    {
        var view = $"会议指出，做好今冬农田水利建设工作{word}。";
        Assert.Contains("JudgementStated", RulesFor(view));
        Assert.Empty(Parse(view));
        Assert.Contains(Parse($"县水利局要在12月20日前完成农田水利建设方案，这项工作{word}。"),
            t => t.Lead.SequenceEqual(["县水利局"]) && t.Deadline == Dec20);
    }
}
