using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Fifteenth round, deliverables that were a bare verb (conventions, "What a parsed task carries": the deliverable is
/// what must be produced or done; the object is the point, not the verb alone).
/// TopicBeforeFinalVerb (ClauseReading): when a clause's only listed verb ends it and what the verb acts on stands
/// before it as the topic, marked off from the verb by an adverb ("主体工程全面完工", "发现的问题及时整改") or holding a
/// 的-phrase (a noun phrase: "发现的问题"), the job is the topic with its verb, not the bare verb ("完工", "整改").
/// Words before the verb that open with a preposition (按照节点推进, 在全区推进, 与…对接), a manner ("一个一个地"),
/// a list ("实际、及早"), a light verb ("采取措施进行整改") or an unmarked verb of their own ("强化统筹协调",
/// "加班加点推进") are no topic: the clause keeps its verb.
/// Gate: train deliverable-ok tasks 1097 -> 1105 (+8), validation 305 -> 308 (+3); no file's F1 / dated / all-fields
/// moves; real-dev and spec unchanged. Train examples: r6a-103, r6a-042, r5n-065.
/// </summary>
public class FifteenthRoundDeliverableTests
{
    [Theory]
    // The rule's example: the deadline stands between the modal and the topic.
    [InlineData("县农业农村局要争取3月底主体工程全面完工。", "主体工程全面完工")]
    // The same with the deadline as 在…前.
    [InlineData("县水务局要在6月底前引水管网全面完工。", "引水管网全面完工")]
    // A topic with 的 after a first job: both jobs are written.
    [InlineData("各街道要开展自查，发现的问题及时整改。", "开展自查,发现的问题及时整改")]
    // An adverb marks the topic off from its verb.
    [InlineData("县住建局要开展消防安全检查，发现隐患问题立即整改。", "开展消防安全检查,发现隐患问题立即整改")]
    public void A_topic_before_its_final_verb_is_part_of_the_job(string text, string deliverable)
    {
        Assert.Equal(deliverable, Single(text).Deliverable);
    }

    [Theory]
    // A preposition opens a setting, not a topic.
    [InlineData("县发改局要按照节点推进。", "推进")]
    [InlineData("县住建局要在全区推进。", "推进")]
    // A light verb: the words before it are no topic.
    [InlineData("各乡镇要采取措施进行整改。", "整改")]
    // A manner with 地.
    [InlineData("县文旅局要有计划地推进。", "推进")]
    // An adverb of manner only.
    [InlineData("县环卫站要逐个认真核实。", "核实")]
    // Unmarked words before the verb are its manner or a verb of their own.
    [InlineData("县文旅局要加班加点推进。", "推进")]
    [InlineData("各单位要强化统筹协调。", "协调")]
    public void Words_before_the_verb_that_are_no_topic_leave_the_verb(string text, string deliverable)
    {
        Assert.Equal(deliverable, Single(text).Deliverable);
    }

    [Fact]
    public void A_verb_with_its_own_object_keeps_its_reading()
    {
        // The verb does not end the clause: its object follows, as before.
        Assert.Equal("完成主体工程建设", Single("县农业农村局要在3月底前全面完成主体工程建设。").Deliverable);
        // 对 brings the object (ObjectBeforeItsVerb), unchanged.
        Assert.Equal("县城投公司债务情况专项审计调查", Single("县审计局要尽快对县城投公司债务情况开展专项审计调查。").Deliverable);
    }
}
