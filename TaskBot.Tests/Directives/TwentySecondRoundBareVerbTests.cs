using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-second round, family "deliverables", group "object dropped, a bare verb only". Rule ObjectClauseBeforeBareVerb
/// (ClauseReading): "对检查中发现的问题，责任单位要积极整改", "对于强镇中涉及的数据，各县(区)要逐个认真核实", "针对存在的问题，
/// 县政府要积极协调" — the object stands in a clause of its own (对 / 对于 / 针对 + a noun phrase) and the next clause is
/// its unit, modals and manner words and one verb that ends it. The job is the object with its verb, not the bare verb.
/// Train: r13l-009, r13l-023, r9l-006, nt-037, la-039, hb-028, r5l-027.
/// </summary>
public class TwentySecondRoundBareVerbTests
{
    [Theory]
    [InlineData("对督查中发现的问题，县住建局要于12月20日前立即整改。", "县住建局", "督查中发现的问题", "整改")]
    [InlineData("对于各村上报的低保数据，县民政局要于12月20日前逐户认真核实。", "县民政局", "各村上报的低保数据", "核实")]
    [InlineData("针对群众反映的供暖问题，县发改局要于12月20日前积极协调。", "县发改局", "群众反映的供暖问题", "协调")]
    public void An_object_in_its_own_clause_goes_with_the_bare_verb_after_it(string text, string lead, string obj, string verb)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
        Assert.Contains(obj, t.Deliverable);
        Assert.EndsWith(verb, t.Deliverable);
    }

    [Theory]
    // 对照 is another word; a verb outside the 的-phrase makes the first clause a job of its own; a verb with its own
    // object after it keeps the usual reading.
    [InlineData("对照验收标准，县住建局要于12月20日前逐项整改。", "验收标准整改")]
    [InlineData("对存在的问题进行梳理，县住建局要于12月20日前逐项整改。", "梳理整改")]
    [InlineData("对检查中发现的问题，县住建局要于12月20日前整改燃气管道隐患。", "问题整改燃气")]
    public void Only_a_verbless_object_clause_before_a_bare_verb_is_taken(string text, string notIn)
    {
        var t = Parse(text).Last();
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
        Assert.DoesNotContain(notIn, t.Deliverable);
    }

    // ---- RemedyTakesItsProblem (ClauseReading) ----
    // A 通报 lists each problem on a numbered line and its remedy on the next, opened by 整改措施; a remedy that is only
    // a verb (修复, 及时清运) takes the problem line for its object. Train: r8l-024, r5n-064.

    [Theory]
    [InlineData("1、城东片区：人民路西段部分路灯损坏。\n整改措施：由县住建局负责修复。", "县住建局", "人民路西段部分路灯损坏修复")]
    [InlineData("3、医院片区：滨河路垃圾箱周边垃圾堆积，清运不及时。\n整改措施：由县环卫站负责及时清运。", "县环卫站", "滨河路垃圾箱周边垃圾堆积及时清运")]
    public void A_bare_remedy_takes_the_problem_line_above_it(string text, string lead, string job)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(job, t.Deliverable);
    }

    [Theory]
    // A remedy with its own object keeps it; without the 整改措施 label on its own line the verb is left as it is.
    [InlineData("1、城东片区：人民路西段部分路灯损坏。\n整改措施：由县住建局负责更换损坏的路灯。", "更换损坏的路灯")]
    [InlineData("1、城东片区：人民路西段部分路灯损坏。\n由县住建局负责修复。", "修复")]
    public void Only_a_bare_remedy_under_its_label_is_widened(string text, string job)
    {
        var t = Single(text);
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(job, t.Deliverable);
    }

    // ---- TaskKeptAfterBareVerb (Deliverables.Clean) ----
    // "完成建设任务", "完成年度任务", "完成全部工作任务": 任务 is trimmed as a generic tail, but after a completion verb it is
    // the verb's only object; cut, 完成建设 / 完成年度 says nothing. Train: r5m-044, r5m-076, r5n-013, hb-029, r8l-038,
    // r11s-040, r12s-056, r12s-123.

    [Theory]
    [InlineData("县住建局要于12月20日前完成年度任务。", "完成年度任务")]
    [InlineData("县民政局要于12月20日前完成全部工作任务。", "完成全部工作任务")]
    [InlineData("县医保局要于12月20日前完成征缴任务。", "完成征缴任务")]
    public void A_completion_verb_keeps_its_task(string text, string job)
    {
        var t = Single(text);
        Assert.Equal("2026-12-20", DateOf(t));
        Assert.Equal(job, t.Deliverable);
    }

    [Theory]
    // A longer job (more than four characters before the tail) drops its generic tail as before.
    [InlineData("县住建局要于12月20日前完成老旧小区改造工作任务。", "完成老旧小区改造")]
    public void Only_a_bare_completion_verb_keeps_its_task(string text, string job)
    {
        var t = Single(text);
        Assert.Equal("2026-12-20", DateOf(t));
        Assert.Equal(job, t.Deliverable);
    }
}
