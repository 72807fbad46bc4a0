using TaskBot.Directives;
using TaskBot.Directives.Stages;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Every named grouping rule (<see cref="GroupingRules"/>) with its example: parsed under `--explain`, the example
/// fires the rule, and the leader gets the tasks the rule is there for (units and roles, deadline, supervisor).
/// </summary>
public class GroupingRuleTests
{
    public static TheoryData<string> RuleNames => [.. GroupingRules.All.Select(r => r.Name)];

    [Theory, MemberData(nameof(RuleNames))]
    public void Every_grouping_rule_fires_on_its_example(string name)
    {
        var rule = GroupingRules.ByName(name);
        var explained = Parser.Explain(rule.Example, Reference);
        Assert.Contains(name, explained.RulesFired(ParseTrace.Grouping));
        // The trace is of the same parse: explaining changes nothing the user sees.
        Assert.Equal(Tasks(Parse(rule.Example)), Tasks(explained.Tasks));
    }

    /// <summary>
    /// What each example yields, task by task: "lead/co/deadline[/supervisor]", units joined by 、, tasks by " | ";
    /// "" is no task at all.
    /// </summary>
    [Theory]
    [InlineData("ProgressRowIsReport", "")]
    [InlineData("BlockItemIsOneTask", "县发改局/县财政局/2027-05-31")]
    [InlineData("ToneOnly", "县财政局//2026-12-20")]
    [InlineData("AddresseeLine", "各乡镇人民政府、县政府各部门//2026-12-20")]
    [InlineData("EventDateIsReport", "")]
    [InlineData("OpeningPeriodWaits", "各乡镇//2026-12-15")]
    [InlineData("OpeningDeadlineWaits", "县住建局//2027-06-30")]
    [InlineData("WaitingDeadlineJoins", "县住建局//2027-06-30")]
    [InlineData("AddresseesTakeTask", "各乡镇人民政府、县政府各部门//2026-12-20")]
    [InlineData("OwnAnnouncementClause", "各责任单位//2026-12-20")]
    [InlineData("AnnouncementGoesOn", "各责任单位//2026-12-20")]
    [InlineData("SanctionForCondition", "各乡镇//2026-12-20")]
    [InlineData("SupervisorOnly", "县交通运输局//2026-12-20/分管副县长王明")]
    [InlineData("ImplementerUnderLead", "县住建局/县水务公司/2026-12-20")]
    [InlineData("OthersActUnderLead", "县教育局/业主单位/2026-12-20")]
    [InlineData("NewSubjectStartsTask", "县财政局//2026-12-20 | 县审计局//2026-12-31")]
    [InlineData("LeadJoinsTask", "县交通运输局//2026-12-31")]
    [InlineData("HelpersOpenTask", "县财政局/县民政局/2026-12-20")]
    [InlineData("HelpersJoinTask", "县住建局/县财政局/2026-12-20")]
    [InlineData("HelpersWithOwnWork", "县自然资源局//2026-12-20 | 各乡镇//2026-12-31")]
    [InlineData("ListEntryIsAsked", "// | //")]
    [InlineData("UnnamedAskedTask", "//2026-12-20")]
    [InlineData("NothingToJoin", "")]
    [InlineData("UnitsNamedMidRunKeepTheirSentence", "// | 县财政局//2026-12-20 | //2026-12-31")]
    [InlineData("SubjectlessSentenceStartsTask", "各乡镇//2026-12-20 | 各乡镇//2026-12-31")]
    [InlineData("FirmDeadlineReplacesSteering", "县统计局//2026-12-20")]
    [InlineData("SecondDeadlineSibling", "县住建局//2026-12-20 | 县住建局//2027-03-31")]
    [InlineData("ClosingDeadlineBindsSentence", "县住建局//2026-12-20 | 县水务公司//2026-12-20")]
    [InlineData("JoinsTask", "县财政局//2026-12-20")]
    [InlineData("WaitingSupervisorJoins", "县交通运输局//2026-12-20/分管副县长王明")]
    [InlineData("ClosingDateBindsOtherUnits", "县住建局//2026-12-20 | 县水务公司//2026-12-20")]
    [InlineData("WaitingDeadlineClosesTask", "县住建局//2027-06-30")]
    [InlineData("BodyNamesTitleUnits", "各县(市)区//")]
    [InlineData("DirectiveForce", "")]
    [InlineData("HeadingIsNoTask", "县住建局//2026-12-20")]
    [InlineData("HelpersOfNamedLead", "县水利局//2026-12-20 | 县财政局/县水利局/2026-12-31")]
    [InlineData("AlsoIsAnotherTask", "县水利局//2026-12-20 | 县水利局//")]
    [InlineData("WaitingAlsoJoins", "县水利局//2026-12-20 | 县水利局//")]
    [InlineData("CueNamesNobody", "县财政局//2026-12-20 | //2026-12-31")]
    [InlineData("OrdinalStartsTask", "// | // | 县林业局//2026-12-20")]
    [InlineData("OrdinalHeadingIsNoTask", "// | 各乡镇//2026-12-20")]
    [InlineData("NewParagraphNamesNobody", "区委组织部//2026-12-20 | //2026-12-31")]
    [InlineData("CueAfterNarrationNamesNobody", "//2026-12-31")]
    [InlineData("SpeakerHeadingIsNoTask", "// | 各相关单位//2026-12-20")]
    [InlineData("SharedOutSentenceNamesNobody", "县农业农村局//2026-12-20 | 县生态环境局// | //2026-12-31")]
    [InlineData("ModalClauseIsAnotherTask", "各成员单位// | 各成员单位//")]
    [InlineData("TopicModalClauseIsAnotherTask", "各乡镇// | 各乡镇//")]
    [InlineData("SemicolonListGoesOn", "各乡镇// | 各乡镇// | 各乡镇//")]
    [InlineData("NobodysSemicolonListGoesOn", "// | //")]
    [InlineData("ListTargetBindsList", "各乡镇//2026-12-31 | 各乡镇//2026-12-31")]
    [InlineData("AttitudeFoldsIntoNext", "各相关区政府//2026-12-20")]
    [InlineData("AttitudeAloneIsNoTask", "县住建局//2026-12-20")]
    [InlineData("HeadingRunsIntoSubject", "市政府督考办//2026-12-20")]
    [InlineData("HelpersAfterHeadingOpenTask", "县市政局、房产局//2026-12-20")]
    [InlineData("GenericWorkFoldsIntoDated", "各级各部门//2026-12-20")]
    [InlineData("CoRoleNamedUnit", "各牵头单位/各参与单位/2026-12-20")]
    [InlineData("ListEntryCommandIsAsked", "// | //")]
    [InlineData("ListIntroNamesAddressees", "各乡镇、各部门// | 各乡镇、各部门//")]
    [InlineData("UnitsRenamedInNewParagraph", "县财政局//2026-12-20 | 县财政局// | 县财政局//2026-12-31")]
    [InlineData("OpeningTargetIsTask", "//2030-12-31")]
    [InlineData("LateUnitsSpeakToTheirSentence", "// | 县生态环境局//2026-12-20")]
    [InlineData("OrdinalHeadingOpensList", "县住建局//2026-12-15 | //2026-12-20")]
    [InlineData("LeaderWhoOverseesIsSupervisor", "/各部门/2026-12-20/各县级领导")]
    [InlineData("ToneEntryNamesNoAddressees", "//2026-12-20")]
    [InlineData("RenamedUnitsAskAgain", "各乡镇//2026-12-20 | 各乡镇//")]
    [InlineData("StatedRequirementAsks", "//")]
    [InlineData("StatedRequirementAsksFirstJob", "//")]
    [InlineData("WaitingTargetDateIsSibling", "//2026-12-31 | //2026-12-20")]
    [InlineData("CueAfterNarrationNamesOthers", "各乡镇//2026-12-20")]
    [InlineData("JointWorkIsAnotherTask", "省气象局//2026-12-10 | 省气象局/省生态环境厅/2026-12-20")]
    [InlineData("DatedStepIsTask", "县卫健局//2026-12-31 | 县卫健局//2027-03-31 | 县卫健局//2027-06-30")]
    [InlineData("DatedReportOfWorkIsTask", "各企业// | 各企业//2027-09-07")]
    [InlineData("StatementIntroAsksList", "// | // | //")]
    [InlineData("SloganEntryIsNoTask", "")]
    [InlineData("CitedBasisIsNoJob", "各乡镇//2026-12-20")]
    [InlineData("StagePeriodDatesStage", "各乡镇//2026-12-15 | 各乡镇//2026-12-15 | 各乡镇//2026-12-15")]
    [InlineData("TargetListGoesOn", "//2027-12-31 | //2027-12-31 | //2027-12-31")]
    [InlineData("ModalOpeningAsksFirstJob", "//")]
    [InlineData("SloganBeforeSubjectIsNoTask", "各乡镇//2026-12-20 | 各乡镇、县直部门//")]
    [InlineData("ListAnnouncementIsNoTask", "县教育局//2026-12-20 | 各学校//")]
    [InlineData("OpeningUnitLeadsEntries", "各乡镇//2026-12-20 | 各乡镇//2026-12-31")]
    [InlineData("HeadingBeforeUnitsJoinsThem", "各乡镇//2026-12-20 | 县住建局//")]
    [InlineData("AskedEntryReadAsNarrative", "// | // | //")]
    [InlineData("RespectiveUnitsShareOutList", "宣传部// | 学生处//")]
    [InlineData("ReceiverActsOnReport", "各实验室//2027-01-13")]
    [InlineData("LaterToneHeadingOpensEntry", "//2026-12-20 | 县住建局//")]
    [InlineData("ToneHeadedEntryStartsTask", "//2026-12-20 | //")]
    public void Each_rule_example_yields_the_tasks_the_rule_is_for(string name, string expected) =>
        Assert.Equal(expected, Tasks(Parse(GroupingRules.ByName(name).Example)));

    [Fact]
    public void Every_rule_has_a_name_of_its_own_and_an_outcome_test()
    {
        var names = GroupingRules.All.Select(r => r.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        var tested = typeof(GroupingRuleTests).GetMethod(nameof(Each_rule_example_yields_the_tasks_the_rule_is_for))!
            .GetCustomAttributesData().Where(a => a.AttributeType == typeof(InlineDataAttribute))
            .Select(a => (string)((IReadOnlyCollection<System.Reflection.CustomAttributeTypedArgument>)a.ConstructorArguments[0].Value!).First().Value!)
            .ToHashSet();
        Assert.Empty(names.Where(n => !tested.Contains(n)));
    }

    [Fact]
    public void A_new_subject_in_the_same_sentence_is_a_second_task_and_helpers_stay_with_the_first()
    {
        // Issue 9 family 9: the second requirement has its own subject and deadline; the helpers before it stay with the first.
        var tasks = Parse("县自然资源局牵头，县财政局配合，在10个工作日内完成用地审核；各乡镇要做好征地拆迁工作，年底前全部交地。");
        Assert.Equal("县自然资源局/县财政局/2026-12-10 | 各乡镇//2026-12-31", Tasks(tasks));
    }

    #region Several tasks in one sentence: 要-clauses and semicolon lists (ModalClauseIsAnotherTask, SemicolonListGoesOn)

    [Theory]
    // "务必使…达标" says what the job must reach: no second task.
    [InlineData("市农工治欠办要加强对在建项目资料的核查工作，务必使所有项目全部达标。", "市农工治欠办//")]
    // "要确保…" is the job's purpose, with the date the whole task is held to.
    [InlineData("县住建局要加快老旧小区改造，要确保年底前全部完工。", "县住建局//2026-12-31")]
    // A task nobody asked with a modal ("同时针对…，要…") takes its 要-clause as its own verb.
    [InlineData("县发改局负责重点项目调度。同时针对县级以上未开工项目，要严格对照开工计划，做好规划衔接。", "县发改局// | 县发改局//")]
    public void A_modal_clause_that_goes_on_with_the_same_job_is_no_new_task(string text, string expected) =>
        Assert.Equal(expected, Tasks(Parse(text)));

    [Fact]
    public void Each_要_clause_of_one_sentence_is_a_task_of_the_units_asked()
    {
        var tasks = Parse("各成员单位要认真落实县文明委会议精神，切实整改暗访曝光的问题，要建立和落实文明创建长效机制，持之以恒，常抓不懈。");
        Assert.Equal("各成员单位// | 各成员单位//", Tasks(tasks));
        Assert.Contains("长效机制", tasks[1].Deliverable);
        Assert.DoesNotContain("长效机制", tasks[0].Deliverable);
    }

    [Fact]
    public void A_semicolon_list_after_a_requirement_gives_each_item_its_own_task()
    {
        var tasks = Parse("各乡镇及相关单位要明确责任，进一步做好原宅基地的摸底调查；进一步加快项目实施进度；进一步规范程序和完善档案，及时把奖补资金兑现到位。");
        Assert.Equal(3, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(["各乡镇", "相关单位"], t.Lead));
        Assert.Contains("档案", tasks[2].Deliverable);
    }

    [Theory]
    // Slogans open the item: it is no job of its own, and the year's target closes the one task.
    [InlineData("各乡镇要严格按照年度目标任务，倒排时间节点，补齐短板；创新方法，精准发力，强力推进，冲刺全年目标任务。", "各乡镇//2026-12-31")]
    // An item with its own subject before its modal is not the list's: it is a task of its own subject (the bare
    // names before 等部门 are units, rule EtcClosesLongBareName), never a second job of 卫健部门.
    [InlineData("卫健部门要发动医疗机构做好宣传动员；民政、乡村振兴、残联、退役军人事务等部门要精准落实好特殊群体的参保资助政策。", "卫健部门// | 民政、乡村振兴、残联、退役军人事务//")]
    // What follows the semicolon reports (已…了): no task, as before.
    [InlineData("各乡镇要加快项目实施进度；全县已完成复垦验收了120亩。", "各乡镇//")]
    public void A_semicolon_item_that_is_no_job_of_the_list_stays_out(string text, string expected) =>
        Assert.Equal(expected, Tasks(Parse(text)));

    #endregion

    #region An attitude-only task opens the task after it (AttitudeFoldsIntoNext)

    [Fact]
    public void Attitude_clauses_before_the_same_units_next_ask_are_no_task_of_their_own()
    {
        var t = Single("各相关区政府及教育主管部门要提高思想认识，严格落实主体责任，高度重视中心城区学校建设；要按照既定进度目标，在12月20日前完成项目前期工作。");
        Assert.Equal(["各相关区政府", "教育主管部门"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
        Assert.Contains("前期", t.Deliverable);
        Assert.DoesNotContain("学校建设", t.Deliverable ?? "");
    }

    [Fact]
    public void An_attitude_of_helpers_opens_the_task_they_help_in()
    {
        var t = Single("有关部门要发挥职能作用，配合县教育局做好教育项目建设规划选址、资金筹措等工作。");
        Assert.Equal(["县教育局"], t.Lead);
        Assert.Equal(["有关部门"], t.Co);
        Assert.Contains("选址", t.Deliverable);
    }

    [Fact]
    public void Duty_words_fold_too_and_the_date_of_the_ask_stays()
    {
        var t = Single("各职能部门要高度重视供水工程融资代建项目，全力支持、履行本身职责；要加快融资步伐，12月20日前完善融资手续。");
        Assert.Equal(["各职能部门"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
        Assert.Contains("融资手续", t.Deliverable);
    }

    [Theory]
    // Counter-test: one clause names real work (建立…台账): the first task hands something over and stays.
    [InlineData("各乡镇要高度重视秸秆禁烧，建立网格巡查台账；要在12月20日前完成秸秆综合利用方案。", "各乡镇// | 各乡镇//2026-12-20")]
    // Counter-test: the next task is another unit's, one the first has no part in: nothing to fold into.
    [InlineData("县财政局要高度重视资金保障工作。县住建局要在12月20日前完成老旧小区改造方案。", "县财政局// | 县住建局//2026-12-20")]
    // Counter-test: the attitude and the job in one task (高度重视 is only where the predicate stands): one task.
    [InlineData("各乡镇要高度重视秸秆禁烧工作，12月20日前完成秸秆禁烧巡查。", "各乡镇//2026-12-20")]
    // Counter-tests of the duty words: where they are the object of real work, or beside it, the task stays.
    [InlineData("县编办要明确各部门各自职责，12月20日前印发权责清单。", "县编办//2026-12-20")]
    [InlineData("各部门要发挥职能作用，12月20日前完成辖区隐患排查。", "各部门//2026-12-20")]
    public void A_task_that_hands_something_over_is_not_folded(string text, string expected) =>
        Assert.Equal(expected, Tasks(Parse(text)));

    #endregion

    static string Tasks(IReadOnlyList<ParsedTask> tasks) => string.Join(" | ", tasks.Select(t =>
        $"{string.Join("、", t.Lead)}/{string.Join("、", t.Co)}/{t.Deadline:yyyy-MM-dd}" + (t.Supervisor is null ? "" : "/" + t.Supervisor)));

    // Rule HelpersWithOwnWork's counter-tests: helpers with no date of their own, or in the lead's sentence, stay helpers.
    [Theory]
    [InlineData("县住建局要牵头在12月20日前完成老旧小区改造方案。各乡镇要全力配合，积极帮助解决入户调查中的困难和问题。", "县住建局/各乡镇/2026-12-20")]
    [InlineData("县住建局牵头，县财政局配合，12月20日前完成改造方案。", "县住建局/县财政局/2026-12-20")]
    public void Helpers_without_a_date_of_their_own_stay_helpers(string text, string expected) =>
        Assert.Equal(expected, Tasks(Parse(text)));
}
