using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-second round, leads follow-up: units the parser missed where a body is qualified by 所在 (rule
/// SuoZaiQualifiesBody, UnitGrammar.IsStop), and units that a speaker's or overseer's verb puts to work (rules
/// UrgedUnitsBeforeModal, ClauseReader, and HopeAddressedToUnit, SentenceView.ScanAsk). Made-up wording of the shapes
/// seen in train; counter-tests where the rules must not fire.
/// </summary>
public class TwentySecondRoundLeadsFollowupTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    // Rule SuoZaiQualifiesBody: "X所在Y" (the Y where X belongs) is one name, as "X的Y" is: before 于 + a date (rule
    // BodyBeforeDatedYu) and at the end of a subject list before its modal (rule ListTailBeforeModal).
    [Theory]
    [InlineData("参训人员所在单位于12月20日前报送推荐表。", new[] { "参训人员所在单位" })]
    [InlineData("申请人所在学院或部门于12月20日前出具审核意见。", new[] { "申请人所在学院或部门" })]
    [InlineData("项目所在乡镇要于12月20日前完成征地拆迁。", new[] { "项目所在乡镇" })]
    [InlineData("县住建局和项目所在街道要在12月20日前完成管网改造。", new[] { "县住建局", "项目所在街道" })]
    public void A_body_qualified_by_suozai_is_one_name(string text, string[] leads)
    {
        var t = Single(text);
        Assert.Equal(leads, t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Theory]
    // Counter-tests: 所 ending an office's name and 在 opening where it acts (派出所, 司法所), the frame 在…领导下, and
    // 所在 after a preposition (经所在乡镇审核): no name runs through 所在; the task keeps its date.
    [InlineData("基层派出所在街道统一领导下，12月20日前完成流动人口登记。")]
    [InlineData("县司法所在社区开展普法宣传，12月20日前完成。")]
    [InlineData("经所在乡镇审核后，于12月20日前报县民政局。")]
    public void Suozai_as_a_preposition_or_after_one_makes_no_name(string text)
    {
        var t = Single(text);
        Assert.DoesNotContain(t.Lead, u => u.Contains("所在"));
        Assert.Equal(Dec20, t.Deadline);
    }

    [Theory]
    // Counter-tests, one per office word the rule knows ends in 所 (UnitGrammar.SuoOffices): 在 after it is where it acts.
    [InlineData("派出")]
    [InlineData("研究")]
    [InlineData("事务")]
    [InlineData("供电")]
    [InlineData("卫生")]
    [InlineData("管理")]
    [InlineData("服务")]
    public void An_office_ending_in_suo_then_zai_makes_no_name(string office)
    {
        var t = Single($"县{office}所在社区开展宣传活动，12月20日前完成。");
        Assert.DoesNotContain(t.Lead, u => u.Contains("所在"));
        Assert.Equal(Dec20, t.Deadline);
    }

    // Rule UrgedUnitsBeforeModal: an overseer's verb (督促, 叮嘱, 嘱咐…) opening the clause, after 同时 at most, with
    // units and a modal right after it: the units urged lead; the verb is no part of their names.
    [Theory]
    [InlineData("督促县水务局、县住建局要在12月20日前完成排水管网清淤。", new[] { "县水务局", "县住建局" })]
    [InlineData("同时督促县水务局、县住建局要在12月20日前完成排水管网清淤。", new[] { "县水务局", "县住建局" })]
    [InlineData("叮嘱县农技部门要在12月20日前完成大棚环境数据监测。", new[] { "县农技部门" })]
    [InlineData("嘱咐各村委会要在12月20日前完成危房排查。", new[] { "各村委会" })]
    public void Units_urged_before_their_modal_lead(string text, string[] leads)
    {
        var t = Single(text);
        Assert.Equal(leads, t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void Units_urged_without_a_modal_of_their_own_are_not_read_as_subject()
    {
        // Counter-test: without a modal after the units the verb is the task's own (the clerk labels these both ways);
        // the rule leaves the reading as it was: no name opens with the verb.
        foreach (var t in Parse("要加强日常巡查，督促各乡镇落实路长责任。"))
            Assert.DoesNotContain(t.Lead, u => u.StartsWith("督促"));
    }

    // Rule HopeAddressedToUnit: 希望 with a unit right after it asks that unit, whatever praise or report comes first.
    [Fact]
    public void A_hope_put_to_units_after_praise_is_their_task()
    {
        var t = Single("检查组对我县秋冬季造林工作给予肯定，希望县林业局、各乡镇继续加快推进造林进度，12月20日前完成苗木栽植。");
        Assert.Equal(["县林业局", "各乡镇"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_hope_put_to_a_generic_body_after_a_report_is_its_task()
    {
        var t = Single("县教育局已印发专项通报，希望各学校在新学期继续加强校园安全管理。");
        Assert.Equal(["各学校"], t.Lead);
    }

    [Fact]
    public void A_hope_with_no_unit_after_it_asks_nobody_after_a_progress_report()
    {
        // Counter-test: 希望 + a time word, no unit: the progress report stays no task.
        Assert.Empty(Parse("截至目前已完成投资3亿元，希望明年继续保持良好势头。"));
    }
}
