using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Thirteenth round, non-directives the parser turned into tasks (rejection), one region per named sentence rule, each
/// with the directives that share its shape but ask, and must keep their tasks.
/// MeetingAgenda (manner slot): a two-character manner word between 会议 and the verb of an agenda opener
/// ("会议认真听取…汇报", "会议集中学习…文件精神") still tells what the meeting took up; and a modal inside a document's
/// title (《…要求的通知》) asks nobody (r10-singles r10s-039, r12-singles r12s-010; r12-lists r12l-010 loses its extra
/// task "传达部署落实…要求").
/// </summary>
public class ThirteenthRoundRejectTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    // ---- MeetingAgenda, with a manner word ----

    [Theory]
    // 认真 between 会议 and 听取: the meeting heard reports, nobody is handed anything.
    [InlineData("会议认真听取各成员单位近期工作情况汇报，并就存在的问题进行分析研判。")]
    // 集中 before 学习, and a 要求 that is part of a notice's title.
    [InlineData("会议集中学习《关于进一步落实过紧日子要求的通知》等文件精神，听取县财政局关于预算执行情况的汇报。")]
    // 专题 before 研究, after 还.
    [InlineData("会议还专题研究城区学校布局调整相关事宜。")]
    // 首先 before 传达.
    [InlineData("会议首先传达全市安全生产工作会议精神，通报全县安全生产形势。")]
    public void What_the_meeting_took_up_with_a_manner_word_is_no_task(string text)
    {
        Assert.Contains("MeetingAgenda", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void An_order_after_the_agenda_keeps_its_task()
    {
        // The same opening, then 要求 + unit + date: the ask is read.
        const string text = "会议认真听取了县教育局的汇报，要求县教育局于12月20日前报送学校布局调整方案。";
        Assert.DoesNotContain("MeetingAgenda", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县教育局"]) && t.Deadline == Dec20);
    }

    [Theory]
    // 要求 / 决定 / 同意 between 会议 and the verb make the meeting ask or decide: no agenda.
    [InlineData("会议要求研究制定全县学校布局调整方案，县教育局于12月20日前报县政府。")]
    [InlineData("会议决定研究制定全县学校布局调整方案，县教育局于12月20日前报县政府。")]
    [InlineData("会议同意审议调整方案，县教育局于12月20日前报县政府。")]
    public void A_word_of_asking_or_deciding_before_the_verb_is_no_manner(string text)
    {
        Assert.DoesNotContain("MeetingAgenda", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县教育局"]) && t.Deadline == Dec20);
    }

    [Fact]
    public void A_modal_outside_the_title_still_asks()
    {
        // 要 after the title asks: the title is skipped, the rest is read.
        const string text = "会议集中学习《关于进一步落实过紧日子要求的通知》，县财政局要于12月20日前完成支出清理。";
        Assert.DoesNotContain("MeetingAgenda", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县财政局"]) && t.Deadline == Dec20);
    }
}
