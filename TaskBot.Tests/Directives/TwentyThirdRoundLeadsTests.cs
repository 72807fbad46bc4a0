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
}
