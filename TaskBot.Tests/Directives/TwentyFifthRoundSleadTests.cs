using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-fifth round, family "slead" (lead units in single directives).
/// <list type="bullet">
/// <item>BodyWordWhereUnitStands (UnitGrammar.BodyWordWhereUnitStandsAt, read by the clause reader's unit list): a body
/// written as a body (conventions: "Units are often written without a suffix or as a body … They are units where a unit
/// stands (before 要/负责/牵头/落实, after 由/请/会同/要求)") is the unit as written: a unit suffix of two characters or
/// more alone (考核组, 村委会, 学校, 新区), 各 and a short body word no list knows (各年级), a body word with its bracketed
/// alternative (系(部)). Where the subject stands it needs a modal or a lead word right after it; after 由 / 请 / 要求 also
/// 于 and a deadline, or an adverb. The body's people (辅导员, 管理员, 领导班子) may stand between: the body leads.</item>
/// </list>
/// </summary>
public class TwentyFifthRoundSleadTests
{
    // ---- where the subject stands: before a modal or a lead word ----

    [Theory]
    [InlineData("三要严明工作责任，考核组要于12月20日前明确每日工作目标，对所包保的乡镇逐户排查。", "考核组")]
    [InlineData("会议决议：村委会要在12月20日前进一步完善村庄发展规划。", "村委会")]
    [InlineData("工会要在12月20日前组织好春节期间职工的文化娱乐活动。", "工会")]
    [InlineData("督导组须在12月20日前完成整改情况“回头看”。", "督导组")]
    public void A_body_word_alone_before_a_modal_is_the_lead(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Empty(t.Co);
        Assert.Equal("2026-12-20", DateOf(t));
    }

    [Fact]
    public void A_body_word_alone_before_a_modal_starts_its_own_task_after_another_units()
    {
        // Before, the second sentence named no unit and took the first one's lead.
        var tasks = Parse("市住建委要设计好两条考察路线；电视台要在12月20日前制作出创建专题片。");
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["市住建委"], tasks[0].Lead);
        Assert.Equal(["电视台"], tasks[1].Lead);
        Assert.Equal("2026-12-20", DateOf(tasks[1]));
        // The clause reader's unit reading is untraced by name; the task it opens shows in the grouping rule fired.
        Assert.Contains("NewSubjectStartsTask", Rules("电视台要在12月20日前制作出创建专题片。"));
    }

    [Theory]
    [InlineData("施工单位要保证按时完成道路改造任务；新区负责在12月20日前加强质量监管。", "新区")]
    [InlineData("督导组负责在12月20日前向县里报送整改进度。", "督导组")]
    public void A_body_word_alone_before_a_lead_word_is_the_lead(string text, string lead)
    {
        var t = Assert.Single(Parse(text), x => x.Deadline == new DateOnly(2026, 12, 20));
        Assert.Equal([lead], t.Lead);
    }

    // ---- after 由 / 请 / 要求, and the body's people ----

    [Theory]
    [InlineData("会议决定采纳代表们的合理建议，并由村委会进一步完善方案，于12月20日前提交上级部门审批。", "村委会")]
    [InlineData("请各年级辅导员应全面清查学生返校情况，并于12月20日前报学办。", "各年级")]
    [InlineData("对异常报到的学生，须由系(部)管理员于12月20日前汇总并交回教务处。", "系(部)")]
    [InlineData("局长要求学校领导班子要在12月20日前完成教学楼安全检查。", "学校")]
    public void A_body_word_after_an_ask_or_before_its_people_is_the_lead(string text, string lead)
    {
        var t = Assert.Single(Parse(text), x => x.Deadline == new DateOnly(2026, 12, 20));
        Assert.Equal([lead], t.Lead);
        Assert.Empty(t.Co);
    }

    // ---- counter-tests: the same words that name no body acting, and named units that keep their tasks ----

    [Theory]
    // A word that only starts like a modal (应急, 应用) follows no body; the directive keeps its date.
    [InlineData("社区应急物资要在12月20日前全部补齐。")]
    [InlineData("社区应用平台要在12月20日前完成升级。")]
    public void Counter_a_word_that_only_starts_like_a_modal_makes_no_body_a_lead(string text)
    {
        var t = Single(text);
        Assert.DoesNotContain("中心", t.Lead);
        Assert.DoesNotContain("社区", t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
    }

    [Theory]
    // Where the subject stands, a bare body before 将 or a dated 于 is the issuer's own news, no lead; after 由 a body
    // before an action verb inside a 的-phrase is no addressee. The unit asked in the same text keeps its task.
    [InlineData("学校将于12月15日组织集中检查，请各学院于12月20日前完成自查。", "各学院")]
    [InlineData("需要由学校安排资金修缮的项目，请各二级单位于12月20日前报送后勤处。", "各二级单位")]
    [InlineData("学校要闻：12月20日前各学院要完成期末考试安排。", "各学院")]
    [InlineData("社区党委要在12月20日前完成换届准备工作。", "社区党委")]
    public void Counter_the_named_unit_keeps_its_task(string text, string lead)
    {
        var t = Assert.Single(Parse(text), x => x.Deadline == new DateOnly(2026, 12, 20));
        Assert.Equal([lead], t.Lead);
    }

    static IEnumerable<string> Rules(string text) => Parser.Explain(text, Reference).RulesFired(ParseTrace.Grouping);
}
