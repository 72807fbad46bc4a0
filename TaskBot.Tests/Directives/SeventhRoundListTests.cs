using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Several tasks in one sentence, row or list (seventh round; eval/corpus/minutes, r5-lists, r6-lists, holdout-b):
/// units named late in a sentence that already asked for work of nobody's are the subject of their own requirement
/// (rule LateUnitsSpeakToTheirSentence), not the lead of the work before them; a numbered list whose first entry only
/// sets a tone still begins there (rule OrdinalHeadingOpensList). Each with its counter-tests.
/// </summary>
public class SeventhRoundListTests
{
    static readonly DateOnly Dec15 = new(2026, 12, 15), Dec20 = new(2026, 12, 20), Dec31 = new(2026, 12, 31);

    static string Summary(IReadOnlyList<TaskBot.Directives.ParsedTask> tasks) =>
        string.Join(" | ", tasks.Select(t => $"{string.Join("、", t.Lead)}/{string.Join("、", t.Co)}/{t.Deadline:yyyy-MM-dd}"));

    // ---- LateUnitsSpeakToTheirSentence ----

    [Fact]
    public void Units_named_after_two_clauses_of_work_of_nobodys_lead_their_own_requirement()
    {
        // minutes mn-060 / r5-lists r5l-001 family: the meeting's requirement names nobody; the unit after it has its own.
        var tasks = Parse("会议要求，要巩固黑臭水体整治成果，做好秋冬季大气污染防治，县生态环境局要在12月20日前完成餐饮油烟专项检查。");
        Assert.True(tasks.Count == 2, Summary(tasks));
        Assert.Empty(tasks[0].Lead);
        Assert.Null(tasks[0].Deadline);
        Assert.Equal(["县生态环境局"], tasks[1].Lead);
        Assert.Equal(Dec20, tasks[1].Deadline);
    }

    [Fact]
    public void A_second_project_office_with_its_own_date_is_not_the_lead_of_the_first_requirement()
    {
        // minutes mn-064 family: "要抓紧解决遗留问题，要分两批次…完成清零，王家河街道项目部12月15日前要完成清零".
        var tasks = Parse("他强调，要抓紧解决遗留问题，要分两批次于12月20日前完成清零，王家河街道项目部要在12月15日前完成清零。");
        Assert.True(tasks.Count == 2, Summary(tasks));
        Assert.Empty(tasks[0].Lead);
        Assert.Equal(Dec20, tasks[0].Deadline);
        Assert.Equal(["王家河街道项目部"], tasks[1].Lead);
        Assert.Equal(Dec15, tasks[1].Deadline);
    }

    [Fact]
    public void Counter_units_after_a_one_clause_heading_are_its_subject()
    {
        // holdout-a ha-067 / r5l-034 family: "要强化协同推进，各相关部门要…": the short opening heads the units' task.
        var t = Single("要强化协同推进，各相关部门要紧密配合，12月20日前完成城区道路改造。");
        Assert.Equal(["各相关部门"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void Counter_a_unit_that_only_takes_the_role_leads_the_work_before_it()
    {
        // Conventions: "X负责" marks the lead of the work named before it in the sentence.
        var t = Single("年底前完成全县农村公路危桥改造，加强质量监管，由县交通运输局负责。");
        Assert.Equal(["县交通运输局"], t.Lead);
        Assert.Equal(Dec31, t.Deadline);
    }

    [Fact]
    public void Counter_units_after_a_colon_head_the_entry_that_the_colon_opens()
    {
        // r6-lists r6l-010 family: "明确了三项核心任务：推进“以河养河”工作，各村要加强宣传": the entry's heading, then its units.
        var t = Single("会议明确了三项核心任务：推进“以河养河”工作，各村要加强宣传，12月20日前完成河道清理。");
        Assert.Equal(["各村"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    // ---- OrdinalHeadingOpensList ----

    [Fact]
    public void A_list_whose_first_entry_only_sets_a_tone_still_begins_there()
    {
        // r5-lists r5l-040, minutes mn-025: "徐启发要求，一要强化认识。…二要强化落实。未开工要抓开工…": 二要 is not a task of
        // the units a sentence before the list named.
        var tasks = Parse("县住建局要在12月15日前完成危房排查。会议要求，一要提高认识。老旧小区改造是重要民生工程。二要加快老旧小区改造进度，12月20日前完成全部改造任务。");
        Assert.True(tasks.Count == 2, Summary(tasks));
        Assert.Equal(["县住建局"], tasks[0].Lead);
        Assert.Equal(Dec15, tasks[0].Deadline);
        Assert.Empty(tasks[1].Lead);
        Assert.Equal(Dec20, tasks[1].Deadline);
    }

    [Fact]
    public void Counter_units_named_in_the_first_entry_are_the_lists_addressees()
    {
        // A first entry whose heading goes on with a job of its own (rule ToneEntryNamesNoAddressees holds back only the
        // units of an entry that is all tone: r5l-040, r6l-032; this is mn-079's form).
        var t = Single("会议要求，一要提高认识，抓好老旧小区排查。各乡镇要高度重视老旧小区改造。二要加快老旧小区改造进度，12月20日前完成全部改造任务。");
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void Counter_a_list_with_no_cue_of_its_own_carries_the_units_before_it()
    {
        var tasks = Parse("县住建局要在12月15日前完成危房排查。一要提高认识。二要加快老旧小区改造进度，12月20日前完成全部改造任务。");
        Assert.True(tasks.Count == 2, Summary(tasks));
        Assert.All(tasks, t => Assert.Equal(["县住建局"], t.Lead));
        Assert.Equal(Dec20, tasks[1].Deadline);
    }
}
