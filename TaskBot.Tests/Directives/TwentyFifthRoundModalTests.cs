using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-fifth round, a defect rather than a shape: the 要 and 应 that sit inside a word (县委机要局, 交通要道, 首要任务,
/// 物资供应站) were read as asks, because the words that hold them were two strings of characters in code, written for
/// 主要/需要/要点 and 供应/应急 only. They are now one lexicon family, modalInsideWords, read by one check
/// (<see cref="PhraseSet.Covers"/>) wherever the parser asks "is this a modal?" (SentenceView.ModalAt) and where a
/// unit's name is cut (UnitGrammar's name window and its modal test).
/// </summary>
public class TwentyFifthRoundModalTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    [Theory]
    [InlineData("县委机要局负责在12月20日前完成涉密载体清查。", "县委机要局")]
    [InlineData("县委机要局要在12月20日前完成涉密载体清查。", "县委机要局")]
    [InlineData("县物资供应站要在12月20日前完成冬储物资盘点。", "县物资供应站")]
    public void A_unit_whose_name_holds_a_modal_character_is_named_whole(string text, string unit)
    {
        var t = Single(text);
        Assert.Equal([unit], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_report_that_mentions_a_main_road_asks_nothing()
    {
        // Before: the 要 of 交通要道 made this report of work done an order to the bureau.
        Assert.Empty(Parse("县交通运输局在交通要道沿线完成绿化提升。"));
    }

    public static TheoryData<string> ModalInsideWords => LexiconFamilyTests.Words(l => l.ModalInsideWords);

    /// <summary>Counter-test of every word of the family: the word inside a real order does not hide the order's own 要.</summary>
    [Theory, MemberData(nameof(ModalInsideWords))]
    public void A_directive_holding_a_word_with_a_modal_character_keeps_its_task(string word)
    {
        var t = Single($"县财政局要在12月20日前完成{word}台账清理。");
        Assert.Equal(["县财政局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void An_order_on_a_main_road_keeps_its_unit_date_and_work()
    {
        var t = Single("县交通运输局要在12月20日前完成交通要道积雪清理，县公安局配合。");
        Assert.Equal(["县交通运输局"], t.Lead);
        Assert.Equal(["县公安局"], t.Co);
        Assert.Equal(Dec20, t.Deadline);
        Assert.Contains("积雪清理", t.Deliverable);
    }
}
