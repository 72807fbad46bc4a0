using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Whole meeting minutes (会议纪要 pasted whole): the grouping rules that keep one matter's units from leaking into
/// the next, with their counter-tests (where the units must carry over).
/// </summary>
public class MinutesRuleTests
{
    [Theory]
    // NewParagraphNamesNobody: a paragraph opened by the meeting or a speaker takes up a new matter; its requirements
    // that name nobody get an empty lead, not the units of the matter before.
    [InlineData("区委组织部要在12月20日前完成换届筹备方案。\n会议原则同意本区预算调整方案，并指出，预算调整很有必要。下一步，要在年底前完成全年财政收入的任务。",
        "区委组织部//2026-12-20 | //2026-12-31")]
    [InlineData("县住建局要在12月20日前完成老旧小区改造验收。\n王华强调，要在12月31日前完成供热管网检修。",
        "县住建局//2026-12-20 | //2026-12-31")]
    [InlineData("二要压实责任。县人社局要在12月20日前办结所有查实欠薪案件。\n三要重点发力。要在12月31日前督促政府投资项目资金拨付到位。",
        "县人社局//2026-12-20 | //2026-12-31")]
    // Counter: a line that only goes on (no cue, no statement, no number) keeps the units of the line before.
    [InlineData("各承办单位要于12月20日之前将省市人大代表建议办理完毕并书面答复。\n要于12月31日之前将区人大代表建议办理完毕并书面答复。",
        "各承办单位//2026-12-20 | 各承办单位//2026-12-31")]
    // Counter: in the same paragraph the subject carries over the sentences ("各乡镇要…。要…").
    [InlineData("会议要求，各乡镇要在12月20日前完成危房排查。要在12月31日前完成整改。",
        "各乡镇//2026-12-20 | 各乡镇//2026-12-31")]
    // Counter: a new paragraph that names its own unit is that unit's task.
    [InlineData("县住建局要在12月20日前完成老旧小区改造验收。\n会议强调，县水利局要在12月31日前完成堤防加固。",
        "县住建局//2026-12-20 | 县水利局//2026-12-31")]
    public void A_paragraph_of_minutes_keeps_or_drops_the_units_before_it(string text, string expected) =>
        Assert.Equal(expected, Describe(Parse(text)));

    [Theory]
    // CueAfterNarrationNamesNobody: the unit told of (verb, no modal, no date) is the one who asks; what its 要求
    // asks of nobody named has an empty lead, and the asker's act is no task.
    [InlineData("正月初七一上班，县农业农村局组织各村负责人进行了一天的巡回督查，通报了冬春水利进度，要求12月31日前全面完成林业绿化工作。", "//2026-12-31")]
    [InlineData("镇党委组织召开了农业农村工作会议，要求12月20日前完成农田水利建设，12月31日前完成林业绿化。", "//2026-12-20 | //2026-12-31")]
    // Counter: a unit that is asked (要) keeps the task, the 要求 after it included (the units it 组织 are no helpers:
    // rule OrganisedUnitsAreNoHelpers, SeventhRoundLeadTests).
    [InlineData("县住建局要组织各乡镇开展督查，要求12月31日前完成整改。", "县住建局//2026-12-31")]
    // Counter: 要求 naming the units asked gives them the task.
    [InlineData("县农业农村局组织各村负责人开展了巡回督查，要求各村12月31日前完成整改。", "各村//2026-12-31")]
    // Counter: 要求 inside a noun ("吃透政策要求") is no speaker's cue: the task stays the unit's.
    [InlineData("相关部门要加强与省有关部门的沟通对接，吃透政策要求，12月31日前完成划定工作。", "相关部门//2026-12-31")]
    public void What_the_convener_asks_of_nobody_named_has_an_empty_lead(string text, string expected) =>
        Assert.Equal(expected, Describe(Parse(text)));

    [Theory]
    // SharedOutSentenceNamesNobody: after a sentence that handed work to several units in turn, a requirement naming
    // nobody is no task of the last unit named.
    [InlineData("各分指挥部要加强指挥调度，有关部门要尽职履责，创建办要加强督促考核；要在12月31日前出台关于加强畜禽污染防治工作的意见。",
        "各分指挥部// | 有关部门// | 创建办// | //2026-12-31")]
    // Counter: one unit's sentence keeps its subject over the semicolons (各相关单位、各乡镇要…；要…).
    [InlineData("各相关单位、各乡镇要认真落实管行业管安全主体职责；要在12月31日前完成安全生产检查。",
        "各相关单位、各乡镇// | 各相关单位、各乡镇//2026-12-31")]
    // Counter: one body named twice ("各县市区党委政府…各县市区要…") shares nothing out: the next requirement is still theirs.
    [InlineData("各县市区党委政府要落实整改方案，本月内各县市区要全面完成并备查；要在12月31日前完成问题项目整改。",
        "各县市区党委政府// | 各县市区//2026-11-30 | 各县市区//2026-12-31")]
    public void A_sentence_that_shares_out_work_hands_nothing_on(string text, string expected) =>
        Assert.Equal(expected, Describe(Parse(text)));

    [Theory]
    // BlockItemIsOneTask reads no issue line: the issuing office and date at the foot of minutes pasted whole
    // ("XX局办公室 2026年11月28日印") name nobody who does the decisions above them.
    [InlineData("会议要求，12月20日前完成清洁取暖改造。会议强调，县住建局要在12月31日前完成防汛物资储备。\n县住房和城乡建设局办公室 2026年11月28日印",
        "//2026-12-20 | 县住建局//2026-12-31")]
    [InlineData("会议要求，12月20日前完成清洁取暖改造。\n县住房和城乡建设局办公室 2026年11月28日印发",
        "//2026-12-20")]
    // Counter: a flattened table row whose cells name units and a by-date is still one task of those units.
    [InlineData("1 启动建设城区排水管网改造工程。 县水务局 县住建局 2027年12月31日前",
        "县水务局、县住建局//2027-12-31")]
    public void The_issue_line_of_minutes_names_no_lead(string text, string expected) =>
        Assert.Equal(expected, Describe(Parse(text)));

    [Theory]
    // SpeakerHeadingIsNoTask: "他提出，要突出问题整改。" heads the sentence that spells it out.
    [InlineData("专题会上，吴超明听取了整改进展汇报。他提出，要突出问题整改。务必高度重视整改，对整改情况进行再次逐项自查；各相关单位要制定整改方案。",
        2, "各相关单位")]
    // Counter: a short requirement with its own date is a task.
    [InlineData("会议强调，要在12月20日前完成自查。要在12月31日前完成整改验收。", 2, "")]
    // Counter: two long requirements of nobody's are two tasks.
    [InlineData("会议强调，要加快推进项目建设进度，倒排工期。务必高度重视整改，对整改情况进行再次逐项自查。", 2, "")]
    public void A_short_heading_of_the_speaker_is_no_task(string text, int tasks, string lastLead)
    {
        var parsed = Parse(text);
        Assert.Equal(tasks, parsed.Count);
        Assert.Equal(lastLead, string.Join("、", parsed[^1].Lead));
    }

    #region One requirement, several jobs: 要-clauses and semicolon lists of the units asked

    [Fact]
    public void Each_job_of_a_要_list_is_a_task_of_the_units_the_meeting_asked()
    {
        // ModalClauseIsAnotherTask (", 要建立…"), SubjectlessSentenceStartsTask and SemicolonListGoesOn ("；进一步…", "；严格落实…"):
        // one task per job, all for 各相关单位、各乡镇; the next paragraph's own unit takes its own task.
        var tasks = Parse("会议强调，各相关单位、各乡镇要认真落实管行业管安全主体职责，切实整改检查发现的问题，要建立隐患排查长效机制；"
                          + "进一步加强值班值守；严格落实事故信息报告制度。\n县应急管理局要在12月20日前完成督查。");
        Assert.Equal("各相关单位、各乡镇// | 各相关单位、各乡镇// | 各相关单位、各乡镇// | 各相关单位、各乡镇// | 县应急管理局//2026-12-20", Describe(tasks));
        Assert.Contains("长效机制", tasks[1].Deliverable);
        Assert.Contains("值班值守", tasks[2].Deliverable);
        Assert.Contains("事故信息报告", tasks[3].Deliverable);
    }

    [Theory]
    // Counter: a list the meeting asks of nobody named stays one task (splitting it names nobody more; the leader picks
    // the unit for the whole list).
    [InlineData("会议要求，进一步加快项目实施进度；进一步规范程序和完善档案。", "//")]
    // Counter: a result the job must reach (务必使…) and a purpose with a date (要确保…前) are no jobs of their own.
    [InlineData("会议要求，县住建局要加快老旧小区改造，务必使改造小区全部达标，要确保12月20日前全部完工。", "县住建局//2026-12-20")]
    public void A_list_that_hands_over_one_job_stays_one_task(string text, string expected) =>
        Assert.Equal(expected, Describe(Parse(text)));

    #endregion

    /// <summary>"lead/co/deadline" per task, units joined by 、, tasks by " | " (as in GroupingRuleTests).</summary>
    static string Describe(IReadOnlyList<ParsedTask> tasks) => string.Join(" | ", tasks.Select(t =>
        $"{string.Join("、", t.Lead)}/{string.Join("、", t.Co)}/{t.Deadline:yyyy-MM-dd}" + (t.Supervisor is null ? "" : "/" + t.Supervisor)));
}
