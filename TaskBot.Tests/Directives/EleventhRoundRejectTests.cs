using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Eleventh round, non-directives the parser turned into tasks (rejection) and spurious tasks in lists, one region per
/// named rule, each with the directives that share its shape but ask, and must keep their tasks.
/// AssignmentDescribed: a told sentence (the meeting its subject, or 了) whose clause opened by 明确 names at least two
/// headings of an assignment (责任分工, 时间节点, 责任主体, 时限要求 …): it says work was assigned somewhere else, it is
/// not the work (holdout-a ha-024, r6-lookalikes r6a-011).
/// HandInOfWorkAbove: a task whose first clause opens with the form the material is handed in (纸质版, 电子档, 签字确认后)
/// or the sign-off it needs (经…审核签字后) and then hands in: how the material just asked for reaches the office, the
/// same deliverable; its date dates that task when it has none (r6-dated r6d-086, r6d-103; r8-singles r8s-095, r8s-100).
/// </summary>
public class EleventhRoundRejectTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    // ---- AssignmentDescribed ----

    [Theory]
    // A meeting report: what the meeting settled, without the tasks themselves.
    [InlineData("会议围绕春节文旅活动筹备、景区创建、徒步线路开发三大重点，逐项明确任务清单、责任分工与时间节点，推动各项工作落地见效。")]
    // A rectification report told in the completed aspect; its 时限要求 is a heading, so PerfectiveReport (which reads
    // 要求 as an ask) lets it through and this rule reads it.
    [InlineData("局党组召开专题会议，研究制定整改工作方案，提出了26项整改措施，明确了整改内容、责任主体及时限要求。")]
    // A meeting that studied two lines of work and gave each task its lead unit, co-lead units and date.
    [InlineData("会议就城市更新、老旧小区改造两项重点工作进行专题研究，逐一明确各项任务的牵头单位、配合单位和完成时限，确保按期推进。")]
    public void An_assignment_told_is_no_task(string text)
    {
        Assert.Contains("AssignmentDescribed", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void An_order_to_assign_the_work_keeps_its_task()
    {
        // Asked (要求) and dated: the plan with its headings is the job.
        const string text = "会议要求，各乡镇制定整改方案，明确整改责任人和完成时限，12月20日前报县政府。";
        Assert.DoesNotContain("AssignmentDescribed", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["各乡镇"]) && t.Deadline == Dec20);
    }

    [Fact]
    public void An_order_in_a_list_to_set_the_headings_keeps_its_task()
    {
        // No meeting as subject and no 了: an item of a list that hands the work over.
        const string text = "3.县住建局牵头制定老旧小区改造计划，明确责任单位和时间节点。";
        Assert.DoesNotContain("AssignmentDescribed", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县住建局"]));
    }

    [Fact]
    public void A_meeting_that_asks_beside_the_headings_keeps_its_task()
    {
        // The meeting set the headings and then asks a unit to report by a date.
        const string text = "会议明确了各项任务的责任单位和完成时限，要求县发改局于12月20日前汇总上报推进计划。";
        Assert.DoesNotContain("AssignmentDescribed", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县发改局"]) && t.Deadline == Dec20);
    }

    [Theory]
    [InlineData("责任单位")]
    [InlineData("责任部门")]
    [InlineData("责任主体")]
    [InlineData("责任分工")]
    [InlineData("责任人")]
    [InlineData("责任领导")]
    [InlineData("牵头单位")]
    [InlineData("主责单位")]
    [InlineData("配合单位")]
    [InlineData("时间节点")]
    [InlineData("完成时限")]
    [InlineData("完成时间")]
    [InlineData("整改时限")]
    [InlineData("时限要求")]
    [InlineData("对接人")]
    public void Every_assignment_heading_tells_when_told_but_keeps_the_job_when_asked(string heading)
    {
        string other = heading == "时间节点" ? "责任单位" : "时间节点";
        Assert.Contains("AssignmentDescribed", RulesFor($"会议围绕重点项目推进工作，逐项明确{heading}和{other}。"));
        Assert.Contains(Parse($"县发改局要制定重点项目推进方案，明确{heading}和{other}，12月20日前报县政府。"),
            t => t.Lead.SequenceEqual(["县发改局"]) && t.Deadline == Dec20);
    }

    // ---- HandInOfWorkAbove ----

    static IReadOnlyList<string> TaskRulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Task);

    [Theory]
    // The paper copy after the e-mail: one report, one task with the e-mail's date.
    [InlineData("请各处室认真填写本部门统计数据，于12月20日前将电子版发送至县教育局邮箱，纸质版经单位负责人审核签字盖章后送至县教育局办公室。", "各处室")]
    // 经…盖章后 then the date: the 推荐表 asked for above is what goes to the office.
    [InlineData("各学院要严格按照评选程序进行推荐。将推荐表和个人事迹材料，经党支部和学院分别签署意见后，务必于12月20日前报校党委组织部。", "各学院")]
    public void How_the_material_is_handed_in_is_no_second_task(string text, string lead)
    {
        Assert.Contains("HandInOfWorkAbove", TaskRulesFor(text));
        var t = Assert.Single(Parse(text));
        Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void The_sign_off_then_the_dated_hand_in_is_one_task()
    {
        // The sign-off then the hand-in, with the date only in the hand-in. Since 上交 is a verb the reader knows
        // (fourteenth round), the hand-in clause closes the task of its sentence (ClosingDeadlineBindsSentence) rather
        // than joining it as the hand-in of the work above: one task either way.
        var t = Assert.Single(Parse("请各乡镇组织村委会填写补贴发放明细表，签字确认后以乡镇为单位于12月20日前上交纸质档到县民政局社会救助股。"));
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Empty(t.Co);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_second_step_with_its_own_date_keeps_its_task()
    {
        // Two dates, two steps: the plan goes to the leader first and, signed off, to the county government later.
        const string text = "各牵头单位的实施方案于12月10日前报送分管县领导，经分管县领导审核把关后于12月20日前报送县政府。";
        Assert.DoesNotContain("HandInOfWorkAbove", TaskRulesFor(text));
        var tasks = Parse(text);
        Assert.Equal(2, tasks.Count);
        Assert.Contains(tasks, t => t.Deadline == Dec20);
    }

    [Fact]
    public void A_hand_in_with_nothing_asked_before_it_is_the_task()
    {
        const string text = "纸质版申报材料经乡镇审核盖章后，由各乡镇于12月20日前报送县农业农村局。";
        Assert.DoesNotContain("HandInOfWorkAbove", TaskRulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["各乡镇"]) && t.Deadline == Dec20);
    }

    [Fact]
    public void A_unit_before_the_sign_off_keeps_its_own_task()
    {
        // The clause opens with the unit: an order to that unit, not the form of a hand-in.
        const string text = "各乡镇要于12月10日前填写补贴申报表。县财政局要审核盖章后于12月20日前报送县政府。";
        Assert.DoesNotContain("HandInOfWorkAbove", TaskRulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县财政局"]) && t.Deadline == Dec20);
    }

    public static TheoryData<string> HandInForms => LexiconFamilyTests.Words(l => l.HandInForms);

    /// <summary>Every hand-in form: after a job it is how that job is handed in; opening the text it is the job.</summary>
    [Theory, MemberData(nameof(HandInForms))]
    public void Every_hand_in_form_joins_the_job_above_but_alone_is_the_job(string form)
    {
        var after = $"请各处室认真填写本部门统计数据，于12月20日前将统计表发送至县教育局邮箱，{form}经单位负责人审核签字盖章后送至县教育局办公室。";
        Assert.Contains("HandInOfWorkAbove", TaskRulesFor(after));
        var t = Assert.Single(Parse(after));
        Assert.Equal(["各处室"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
        Assert.Contains(Parse($"{form}于12月20日前由各乡镇报送县农业农村局。"),
            x => x.Lead.SequenceEqual(["各乡镇"]) && x.Deadline == Dec20);
    }

    public static TheoryData<string> SignOffWords => LexiconFamilyTests.Words(l => l.SignOffWords);

    /// <summary>
    /// Every sign-off word: 经…后 after a job is how that job is handed in (one task, the job's unit and date); a unit that
    /// signs off as its own dated job keeps its task.
    /// </summary>
    [Theory, MemberData(nameof(SignOffWords))]
    public void Every_sign_off_word_joins_the_job_above_but_a_unit_before_it_keeps_its_task(string word)
    {
        var after = $"请各处室认真填写本部门统计数据，于12月20日前将统计表发送至县教育局邮箱，经单位负责人{word}后送至县教育局办公室。";
        var t = Assert.Single(Parse(after));
        Assert.Equal(["各处室"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
        Assert.Contains(Parse($"各乡镇要于12月10日前填写补贴申报表。县民政局要{word}后于12月20日前报送县政府。"),
            x => x.Lead.SequenceEqual(["县民政局"]) && x.Deadline == Dec20);
    }
}
