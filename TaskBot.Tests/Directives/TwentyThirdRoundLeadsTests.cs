using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-third round, family "wrong or missing lead units on single-item texts".
/// Rule MustByDeadline (UnitGrammar): 务于 (务必于 written short) and 最晚 / 最迟 + an optional modal + 于 / 在, right
/// before a deadline, follow a subject as "须于" / "务必于" do, so the unit before them is read where a unit stands
/// (conventions: units before 要 / 须 are units). Before, "各国有企业务于3月10日前…" dropped the last unit of the list and
/// "请教学单位最晚务于7月5日前…" left the lead empty.
/// Gate against main fa77ee5: train fixed dv-045, r11s-105 (two documents, tasks +2); regressed none; validation and
/// shared silent.
/// </summary>
public class TwentyThirdRoundLeadsTests
{
    [Theory]
    // The family's shape: a list whose last unit is followed by 务于 and a date.
    [InlineData("各乡镇、各部门、各国有企业务于3月10日前将重点工作量化台账上报至县政府办公室。", "各乡镇、各部门、各国有企业", "2027-03-10")]
    // 最晚 + 务于 after an addressee of 请.
    [InlineData("请教学单位最晚务于12月5日前完成毕业学生成绩网上登录。", "教学单位", "2026-12-05")]
    // 最迟 + 于 after a named unit.
    [InlineData("县财政局最迟于12月20日前将预算调整方案报县政府。", "县财政局", "2026-12-20")]
    public void A_unit_before_a_must_by_phrase_leads(string text, string leads, string date)
    {
        var t = Single(text);
        Assert.Equal(Split(leads), t.Lead);
        Assert.Equal(date, DateOf(t));
    }

    [Theory]
    // Counter-tests: 服务于 keeps 务 inside its verb, and people (学生) before 最迟须于 are no unit; the unit that
    // follows in the same sentence still takes the work.
    [InlineData("县民政局要服务于康养园建设,于12月20日前完成养老机构摸底。", "县民政局", "2026-12-20")]
    [InlineData("学生最迟须于12月15日返校;学院要组织辅导员在当晚查寝。", "学院", null)]
    public void Other_words_around_wuyu_keep_their_reading(string text, string lead, string? date)
    {
        var tasks = Parse(text);
        Assert.Contains(tasks, t => t.Lead.SequenceEqual([lead]) && (date is null || DateOf(t) == date));
        Assert.DoesNotContain(tasks, t => t.Lead.Any(u => u.Contains("学生") || u.Contains("服务")));
    }

    // Rule QualifiedBodyPleaseByDate (UnitGrammar.BodyBeforeModalAt): a body qualified by a 的-phrase, an optional
    // bracketed note, then 请于 / 请在 and a deadline, is the unit asked to act by then, named without the note.
    // Gate against s41-leads 06cf04d: train fixed r11s-117, r14d-024 (two documents, tasks +2); regressed none;
    // validation and shared silent.
    [Theory]
    [InlineData("3、有往来款的部门(含个人借款和未入账的科研收入)请于12月10日前务必到财务处完成报账或归还借款。", "有往来款的部门", "2026-12-10")]
    [InlineData("二、未完成整改的单位请于12月20日前将整改报告报县政府督查室。", "未完成整改的单位", "2026-12-20")]
    [InlineData("承担年度重点任务的部门请在12月25日前报送工作总结。", "承担年度重点任务的部门", "2026-12-25")]
    public void A_qualified_body_before_qing_yu_leads(string text, string lead, string date)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(date, DateOf(t));
    }

    [Theory]
    // Counter-tests: an open call to people (有意向的老师) names no unit; a plain generic addressee before 请于 keeps
    // its reading.
    [InlineData("有意向的老师请于12月10日前报名。", null, "2026-12-10")]
    [InlineData("各单位请于12月21日前上报推优名单。", "各单位", "2026-12-21")]
    public void Other_subjects_before_qing_yu_keep_their_reading(string text, string? lead, string date)
    {
        var t = Single(text);
        Assert.Equal(lead is null ? [] : [lead], t.Lead);
        Assert.Equal(date, DateOf(t));
    }
}
