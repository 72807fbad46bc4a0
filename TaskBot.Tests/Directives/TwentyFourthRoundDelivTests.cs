using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-fourth round, family "deliv" (conventions, "What a parsed task carries": the deliverable is a short phrase of
/// what must be produced or done; a purpose or background clause is no part of it).
/// <list type="bullet">
/// <item>FrameIsNoJob widened (deliverableTrim.frameEndings + 基础上): "在原有谋划项目的基础上，再进一步研究细化" — the
/// 基础上 clause says what the work builds on, not the work. Train: "基础上" stands 27 times in the texts of directive
/// items of 18 documents; no gold deliverable keeps it. (基础上, not 的基础上: "在12月20日前完成的基础上…" already loses
/// its date in the deadline reading, a probe of NoWordDeletesAClauseTests this word must not stand in.)</item>
/// <item>SupportVerbIsNoPart (new family deliverableTrim.supportVerbs: 聚焦): "聚焦城市民生短板弱项，谋划城市更新项目" —
/// 聚焦 only says where to look; the 台账 writes what is looked at. Train: 聚焦 stands 59 times in the texts of directive
/// items of 20 documents; 3 gold deliverables keep the word.</item>
/// </list>
/// </summary>
public class TwentyFourthRoundDelivTests
{
    // ---- FrameIsNoJob: 在…的基础上 ----

    [Theory]
    [InlineData("县住建局要在全面摸底排查的基础上，于12月20日前制定老旧小区改造实施方案。", "县住建局", "2026-12-20", "老旧小区改造实施方案")]
    [InlineData("县农业农村局要在巩固脱贫成果的基础上，于12月25日前完成高标准农田建设任务。", "县农业农村局", "2026-12-25", "高标准农田建设")]
    [InlineData("县发改局要于12月20日前全面谋划项目，在原有储备项目的基础上，进一步研究细化。", "县发改局", "2026-12-20", "谋划项目")]
    public void What_the_work_builds_on_is_no_part_of_the_job(string text, string lead, string date, string job)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(date, DateOf(t));
        Assert.Contains(job, t.Deliverable);
        Assert.DoesNotContain("基础上", t.Deliverable);
    }

    [Theory]
    [InlineData("县水利局要于12月20日前夯实防汛工作基础。", "县水利局", "防汛工作基础")]
    [InlineData("县统计局要于12月20日前在核实数据的基础上完成年报编制。", "县统计局", "年报编制")]
    public void A_foundation_to_lay_or_a_background_inside_the_jobs_clause_keeps_the_task(string text, string lead, string kept)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
        Assert.Contains(kept, t.Deliverable);
    }

    // ---- SupportVerbIsNoPart (deliverableTrim.supportVerbs) ----

    public static TheoryData<string> SupportVerbs => LexiconFamilyTests.Words(l => l.SupportVerbs);

    /// <summary>Each support verb before a job leaves the work; inside a longer phrase, or before fewer than three
    /// characters, it stays, and the task comes out whole.</summary>
    [Theory, MemberData(nameof(SupportVerbs))]
    public void Every_support_verb_leaves_the_work_after_it_as_the_job(string verb)
    {
        var t = Single($"县教育局要于12月20日前{verb}学生近视防控，开展专项检查。");
        Assert.Equal(["县教育局"], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
        Assert.Contains("学生近视防控", t.Deliverable);
        Assert.False(t.Deliverable!.StartsWith(verb, StringComparison.Ordinal), t.Deliverable);
        var inside = Single($"县科技局要于12月20日前完成{verb}主导产业的招商图谱编制。");
        Assert.Equal(["县科技局"], inside.Lead);
        Assert.Equal("2026-12-20", DateOf(inside));
        Assert.Contains("招商图谱", inside.Deliverable);
        var shortJob = Single($"各乡镇要于12月20日前{verb}重点。");
        Assert.Equal(["各乡镇"], shortJob.Lead);
        Assert.Equal("2026-12-20", DateOf(shortJob));
        Assert.Equal($"{verb}重点", shortJob.Deliverable);
    }

    [Theory]
    [InlineData("县发改局要聚焦重大项目谋划储备，于12月20日前完成2027年项目库编制。", "县发改局", "重大项目谋划储备")]
    [InlineData("县住建局要于12月20日前聚焦城市民生短板弱项，谋划城市更新项目。", "县住建局", "谋划城市更新项目")]
    public void Focus_is_no_part_of_the_job(string text, string lead, string job)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
        Assert.Contains(job, t.Deliverable);
        Assert.DoesNotContain("聚焦", t.Deliverable);
    }
}
