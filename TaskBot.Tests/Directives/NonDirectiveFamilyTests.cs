using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// The non-directive families of this round, each with the directives that use the same words and must keep their
/// tasks: a unit announcing its own plan (X将…), the agenda of a meeting (会议审议…), 要求 as a noun (目标要求).
/// </summary>
public class NonDirectiveFamilyTests
{
    /// <summary>The sentence rules that set a sentence of the text aside, as `parse --explain` reports them.</summary>
    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    [Theory]
    [InlineData("区人民政府办公室将对各项工作目标任务的落实情况进行全程跟踪督办，并适时通报有关办理落实情况。")]
    [InlineData("区政府将组织相关部门对环保目标任务完成情况进行考评，考评结果纳入年度目标考核。")]
    [InlineData("对于大家提出的意见和建议，宁津县交通运输局将进行整理并认真研究，进一步修改和完善。")]
    [InlineData("村党支部书记是第一责任人，镇党委将定期不定期组织检查督查，抓好工作的落实和推进。")]
    [InlineData("广元市科技局将组织行业专家对需求进行论证，遴选出关键核心技术。")]
    [InlineData("市创城办将于12月12日对以上4个社区开展督查“回头看”。")]
    [InlineData("受理投诉后，县创卫办将在5个工作日内将办理结果反馈给投诉人并征求满意度。")]
    [InlineData("我局将于12月上旬举办一期安全生产业务培训班。")]
    public void A_unit_telling_what_it_will_do_hands_nothing_over(string text) => Assert.Empty(Parse(text));

    [Fact]
    public void After_a_decisions_header_a_unit_with_jiang_is_decided()
    {
        var t = Single("会议议定：\n一、县财政局将于12月20日前拨付迎检工作经费50万元。");
        Assert.Equal(["县财政局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory]
    // 将 as 把: the thing is put somewhere, the unit is told to put it.
    [InlineData("各责任单位将办理工作纳入本单位绩效目标管理。", "各责任单位")]
    [InlineData("各责任单位将办理工作纳入本单位绩效目标管理，确保各项工作任务有力有序推进。", "各责任单位")]
    // A deadline makes the plan a commitment to track.
    [InlineData("县政府办公室将定期开展工作调度，每季度汇总一次工作进展并向县政府报告。", "县政府办公室")]
    [InlineData("点军区分局将进一步总结经验，力争至2027年底发证率达到90%以上。", "点军区分局")]
    // A modal asks.
    [InlineData("县住建局将于12月20日前完成验收，各乡镇要积极配合。", "县住建局")]
    public void A_unit_with_jiang_that_is_told_or_dated_keeps_its_task(string text, string lead)
    {
        Assert.DoesNotContain("UnitOwnPlan", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual([lead]));
    }

    /// <summary>The words of one list as the lexicon file holds them (FutureAfterJiang also folds in the verb lists).</summary>
    static TheoryData<string> FileList(string name)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(DirectiveLexicon.DefaultPath));
        var data = new TheoryData<string>();
        foreach (var w in doc.RootElement.GetProperty(name).EnumerateArray()) data.Add(w.GetString()!);
        return data;
    }

    public static TheoryData<string> FutureWords => FileList("futureAfterJiang");

    /// <summary>Every word after 将 that makes it the future: the unit's own plan drops, an order with 要将 stays.</summary>
    [Theory, MemberData(nameof(FutureWords))]
    public void Jiang_before_a_future_word_is_a_plan_unless_asked(string word)
    {
        if (Lexicon.ReportTriggers.Contains(word)) return;   // 将提请…: 将 puts something before a body, a 把 (IsDisposal)
        Assert.Contains("UnitOwnPlan", RulesFor($"区政府办公室将{word}对重点项目开展督查。"));
        Assert.DoesNotContain("UnitOwnPlan", RulesFor($"区政府办公室要将{word}督查的结果于12月20日前报区政府。"));
    }

    public static TheoryData<string> DisposalTargets => LexiconFamilyTests.Words(l => l.DisposalTargets);

    /// <summary>Every disposal target makes 将 the 把 of an order, never the unit's announcement.</summary>
    [Theory, MemberData(nameof(DisposalTargets))]
    public void Jiang_with_a_disposal_target_is_no_announcement(string target) =>
        Assert.DoesNotContain("UnitOwnPlan", RulesFor($"县财政局将专项资金{target}乡镇统筹使用范围。"));

    [Theory]
    [InlineData("会议审议并原则同意《县政协常委会工作报告(草稿)》，待进一步修改后提请全会审议通过。")]
    [InlineData("会议听取并原则同意关于第二轮疫苗接种相关工作的情况汇报。")]
    [InlineData("会议审议《政府工作报告》(修改稿)，研究网格化、粮食和物资储备等有关工作，并对疫情防控等工作进行安排部署。")]
    [InlineData("会议对全县乡镇党委换届工作进行具体安排。")]
    public void The_agenda_of_a_meeting_is_framing(string text) => Assert.Empty(Parse(text));

    [Theory]
    [InlineData("会议研究决定，由县财政局牵头，12月20日前完成预算调整方案。", "县财政局")]
    [InlineData("会议审议《县政协常委会工作报告(草稿)》，县政府办公室要于12月20日前修改完善。", "县政府办公室")]
    [InlineData("会议听取了县住建局的汇报，请县住建局于12月20日前完成整改。", "县住建局")]
    public void An_agenda_sentence_that_asks_keeps_its_task(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory]
    [InlineData("会上，区医保局就城乡居民医保参保缴费政策进行解读，区税务局、区农业农村局分别提出相关工作要求。")]
    [InlineData("会议对换届工作进行具体安排，明确了具体时间节点、工作程序和工作要求。")]
    [InlineData("我局将始终紧扣党代会报告提出的目标要求，持续推进老旧小区改造。")]
    public void Requirement_as_a_noun_asks_nothing(string text) => Assert.Empty(Parse(text));

    public static TheoryData<string> RequirementModifiers => LexiconFamilyTests.Words(l => l.RequirementNounModifiers);

    /// <summary>The counter-test of every modifier: before a colon 要求 introduces what is asked, and a modal still asks.</summary>
    [Theory, MemberData(nameof(RequirementModifiers))]
    public void A_requirement_noun_never_deletes_what_is_asked(string modifier)
    {
        var colon = Parse($"会上，县长提出{modifier}要求：县财政局在12月20日前完成预算调整方案。");
        Assert.Contains(colon, t => t.Lead.SequenceEqual(["县财政局"]) && t.Deadline == new DateOnly(2026, 12, 20));
        var modal = Single($"会议听取了汇报，对照{modifier}要求，县财政局要在12月20日前完成整改。");
        Assert.Equal(["县财政局"], modal.Lead);
    }

    [Fact]
    public void A_requirement_reported_with_de_is_still_a_requirement()
    {
        // "按照…的要求" reports what was asked of the towns: the narrative of 汇报了 does not drop it.
        Assert.DoesNotContain("PerfectiveReport", RulesFor("相关乡镇汇报了项目进展情况，并按照2027年3月31日前在建项目完工的要求，倒排施工工期。"));
    }

    [Theory]
    [InlineData("各责任单位要认真履责、主动配合、接受调度，形成齐抓共管工作合力。")]
    [InlineData("各单位要充分认识完成好此项任务对推进全旗整体工作的重大意义。")]
    [InlineData("各级各部门要进一步提高政治站位，切实增强做好安全生产工作的责任感和紧迫感。")]
    [InlineData("会议强调，各镇、各部门要认清形势，切实扛牢政治责任。")]
    public void A_sentence_that_asks_only_for_an_attitude_hands_nothing_over(string text) => Assert.Empty(Parse(text));

    [Fact]
    public void An_attitude_sentence_still_names_whom_the_next_sentence_speaks_to()
    {
        var t = Single("各级各部门要高度重视，切实加强领导，层层落实责任。要加强配合，确保在12月20日前完成合村工作的检查验收。");
        Assert.Equal(["各级各部门"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
        Assert.Contains("AttitudeOnly", RulesFor("各级各部门要高度重视，切实加强领导，层层落实责任。要加强配合，确保在12月20日前完成检查验收。"));
    }

    public static TheoryData<string> AttitudeEndings => LexiconFamilyTests.Words(l => l.AttitudeEndings);

    /// <summary>The counter-test of every attitude ending: a clause that names work keeps the sentence's task.</summary>
    [Theory, MemberData(nameof(AttitudeEndings))]
    public void An_attitude_ending_beside_real_work_keeps_the_task(string ending)
    {
        var tasks = Parse($"各乡镇要建立隐患排查整改台账，做到{ending}。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["各乡镇"]));
        var dated = Parse($"各乡镇要在12月20日前完成隐患排查，做到{ending}。");
        Assert.Contains(dated, t => t.Lead.SequenceEqual(["各乡镇"]) && t.Deadline == new DateOnly(2026, 12, 20));
    }

    [Theory]
    [InlineData("时  间：2026年11月20日")]
    [InlineData("主　持：张三")]
    [InlineData("列  席：县发改局、县财政局、县住建局负责同志")]
    [InlineData("参加会议人员：县发改局、县财政局、县住建局负责同志")]
    [InlineData("会议时间：11月20日上午")]
    [InlineData("县人民政府办公室 2026年11月22日印发")]
    public void Header_and_issue_lines_are_framing(string line) => Assert.Empty(Parse(line));

    [Fact]
    public void A_spaced_out_header_frames_the_decisions_it_heads()
    {
        var t = Single("时  间：2026年11月20日\n主  持：张三\n列  席：县发改局、县财政局负责同志\n会议议定：\n一、县住建局于12月20日前完成改造方案。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory]
    [InlineData("时间紧、任务重，各乡镇要在12月20日前完成危房排查。", "各乡镇")]
    [InlineData("县政府办公室要在12月20日前将实施方案印发。", "县政府办公室")]
    public void A_label_word_inside_a_directive_is_no_header(string text, string lead) =>
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual([lead]) && t.Deadline == new DateOnly(2026, 12, 20));

    public static TheoryData<string> ReportMarkers => LexiconFamilyTests.Words(l => l.ReportMarkers);

    /// <summary>A result reported (取得明显成效) ends a praise, but a directive that wants the result keeps its task.</summary>
    [Theory, MemberData(nameof(ReportMarkers))]
    public void A_result_word_reports_but_never_deletes_a_directive(string marker)
    {
        if (marker.StartsWith("取得") || marker.StartsWith("成效"))
            Assert.Empty(Parse($"全县各级各部门认真贯彻落实县委、县政府决策部署，攻坚克难，各项工作{marker}。"));
        var t = Single($"县住建局要在12月20日前完成老旧小区改造，确保改造工作{marker}。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory]
    [InlineData("为全面贯彻落实党的二十大精神，做好今年政府工作，努力实现全年经济社会发展的目标任务，现就全区2023年重点工作，制定分工方案如下。")]
    [InlineData("按照县委工作要求，为及时总结上半年工作情况，现就做好上半年工作总结报送工作通知如下：")]
    [InlineData("为确保各项目标任务圆满完成，结合我县实际，特制定本方案。")]
    public void A_preamble_that_announces_what_follows_is_no_task(string text) => Assert.Empty(Parse(text));

    [Theory]
    // No purpose opener: the decision before 如下 is the task.
    [InlineData("经镇委镇政府研究决定，12月20日前在全镇开展安全生产大检查，现将有关事项通知如下：", null)]
    // A preamble that asks keeps its task.
    [InlineData("为确保目标任务完成，请各乡镇于12月20日前按如下要求报送工作方案。", "各乡镇")]
    public void A_preamble_that_hands_over_keeps_its_task(string text, string? lead)
    {
        var t = Single(text);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
        if (lead is not null) Assert.Equal([lead], t.Lead);
    }

    public static TheoryData<string> PreambleOpeners => LexiconFamilyTests.Words(l => l.PreambleOpeners);

    /// <summary>Every preamble opener: a sentence opened by it that names a unit, a job and a date keeps its task.</summary>
    [Theory, MemberData(nameof(PreambleOpeners))]
    public void A_sentence_opened_by_a_purpose_word_keeps_its_task(string opener)
    {
        var t = Single($"{opener}上级部署，县住建局要在12月20日前完成老旧小区改造方案。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    public static TheoryData<string> PreambleEndings => LexiconFamilyTests.Words(l => l.PreambleEndings);

    [Theory, MemberData(nameof(PreambleEndings))]
    public void A_preamble_ending_inside_an_order_keeps_the_order(string ending) =>
        Assert.Contains(Parse($"为加快工作进度，县住建局要在12月20日前完成改造任务，{ending}。"),
            t => t.Lead.SequenceEqual(["县住建局"]) && t.Deadline == new DateOnly(2026, 12, 20));

    [Theory]
    [InlineData("(一)每周调度工作制度")]
    [InlineData("一是专题会议制度。")]
    [InlineData("(四)委员及联络员工作变动报告制度。")]
    public void The_title_of_a_system_is_no_task(string text) => Assert.Empty(Parse(text));

    [Theory]
    [InlineData("建立每周调度工作制度，12月20日前印发实施。")]
    [InlineData("一是建立健全河长制。")]
    [InlineData("完善企业上市协调机制。")]
    public void A_system_to_set_up_is_a_task(string text) => Assert.NotEmpty(Parse(text));

    [Theory]
    [InlineData("凡有明确时限要求的督查事项，承办单位要按期办结并及时报告。")]
    [InlineData("凡因特殊情况未能按期办结的，承办单位要及时向交办单位说明情况和原因。")]
    public void A_rule_for_whoever_meets_a_condition_is_standing(string text) => Assert.Empty(Parse(text));

    [Theory]
    [InlineData("凡涉及征地拆迁的项目，各乡镇要于12月20日前上报清单。", "各乡镇")]
    [InlineData("对凡是存在安全隐患的企业，县应急管理局要在12月20日前督促整改到位。", "县应急管理局")]
    public void A_condition_with_a_date_or_not_opening_the_sentence_keeps_its_task(string text, string lead) =>
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual([lead]) && t.Deadline == new DateOnly(2026, 12, 20));

    #region Round 3: progress, cases, recurring events, findings (rules keyed on aspect and position)

    [Theory]
    [InlineData("从总体上看，绝大部分责任单位高度重视，稳步推进，部分目标任务已提前完成年度任务。")]
    [InlineData("目前已有7项指标提前完成全年任务，其余指标正按年初设定的计划进度有序推进。")]
    [InlineData("县住建局已完成老旧小区改造验收，正在开展项目审计。")]
    public void Work_done_or_under_way_is_a_progress_report(string text)
    {
        Assert.Contains("ProgressAspect", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Theory]
    // 已 inside a modifier names the object of the order.
    [InlineData("对已排查出的隐患，县应急管理局于12月20日前完成整改。", "整改")]
    // A dated target in a clause of its own is still set, whatever is under way beside it.
    [InlineData("各地正在抢抓农时，力争在12月20日前完成田间主体工程。", "田间主体工程")]
    // Anything asked keeps the task.
    [InlineData("县住建局已完成初步方案，要在12月20日前报送终稿。", "终稿")]
    public void Progress_beside_an_order_or_a_target_keeps_the_task(string text, string deliverable)
    {
        Assert.DoesNotContain("ProgressAspect", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deliverable?.Contains(deliverable) == true && t.Deadline == new DateOnly(2026, 12, 20));
    }

    [Fact]
    public void A_case_clause_with_a_rule_modal_is_a_standing_rule() =>
        Assert.Empty(Parse("委员及成员单位或联络员因工作发生变动等原因需要更换人员的，所在单位应在一月内将调整后名单以书面形式报告委员会办公室备案。"));

    [Theory]
    // 对…的 is the object the units deal with; 要 hands work over now.
    [InlineData("对存在拖欠问题的，各级各部门要协同配合，分析原因、限时解决。", "各级各部门")]
    [InlineData("尚未完成整改的，县住建局要抓紧完成并报县政府。", "县住建局")]
    public void A_case_clause_before_an_order_keeps_the_task(string text, string lead)
    {
        Assert.DoesNotContain("CaseClauseRule", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual([lead]));
    }

    public static TheoryData<string> RecurringEventVerbs => LexiconFamilyTests.Words(l => l.RecurringEventVerbs);

    /// <summary>Every recurring event: a limit counted from it is standing; the same verb in an order keeps the task.</summary>
    [Theory, MemberData(nameof(RecurringEventVerbs))]
    public void A_limit_counted_from_a_recurring_event_is_standing_but_the_verb_in_an_order_is_work(string verb)
    {
        Assert.Empty(Parse($"{verb}群众投诉后，县信访局应在5个工作日内将办理结果答复投诉人。"));
        Assert.Contains(Parse($"县信访局要在12月20日前{verb}并办结全部信访积案。"),
            t => t.Lead.SequenceEqual(["县信访局"]) && t.Deadline == new DateOnly(2026, 12, 20));
    }

    [Fact]
    public void A_limit_counted_from_this_notice_is_a_deadline()
    {
        var t = Single("收到本通知后，各乡镇要在5个工作日内报送排查清单。");
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 3), t.Deadline);
    }

    public static TheoryData<string> ProblemNouns => LexiconFamilyTests.Words(l => l.ProblemNouns);

    /// <summary>Every problem noun: 存在…X is a finding; the problems named as the object of an order keep the task.</summary>
    [Theory, MemberData(nameof(ProblemNouns))]
    public void Problems_found_are_no_task_but_problems_to_fix_are(string noun)
    {
        Assert.Empty(Parse($"但也存在少数单位重视程度不够高、责任压实不到位等{noun}。"));
        Assert.Contains(Parse($"针对存在的{noun}，县住建局要于12月20日前完成整改。"),
            t => t.Lead.SequenceEqual(["县住建局"]) && t.Deadline == new DateOnly(2026, 12, 20));
        Assert.Contains(Parse($"县住建局要在12月20日前梳理存在的{noun}。"), t => t.Lead.SequenceEqual(["县住建局"]));
    }

    [Theory]
    [InlineData("会议强调，今年是我市实施三年行动方案的最后一年，也是全面完成所有目标任务的攻坚之年。")]
    [InlineData("今年是“十五五”开局之年，各级要高度重视。")]
    public void A_sentence_that_only_characterises_the_year_is_no_task(string text) => Assert.Empty(Parse(text));

    [Theory]
    // A modal after 是 asks; 是 inside a word (一是, 但是, 关键是要) is no copula.
    [InlineData("今年是攻坚之年，县住建局要在12月20日前完成老旧小区改造验收。", "县住建局")]
    [InlineData("关键是要抓落实，县住建局于12月20日前完成老旧小区改造验收。", "县住建局")]
    public void A_copula_beside_real_work_keeps_the_task(string text, string lead) =>
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual([lead]) && t.Deadline == new DateOnly(2026, 12, 20));

    [Fact]
    public void A_public_consultation_with_a_date_for_the_public_is_no_task() =>
        Assert.Empty(Parse("现将《洋山片粮食功能区基础设施维护工程》全文公布，公开征求社会各界人士的意见，公众可在12月24日前通过以下途径提出意见。"));

    // One "does it ask?" check (SentenceView.HasAsk) for the sentence rules and the grouping stage.
    [Fact]
    public void A_requirement_the_unit_complies_with_asks_and_the_unit_carries_to_the_next_sentence()
    {
        var tasks = Parse("各县(市、区)政府妇儿工委根据委员会的工作要求，随时将本地落实规划工作情况以简报形式向委员会报告。每年12月20日前向委员会办公室提交本年度工作总结。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["各县(市、区)政府妇儿工委"]) && t.Deadline == new DateOnly(2026, 12, 20));
    }

    [Fact]
    public void A_request_the_unit_makes_upward_is_its_duty_not_the_ask()
    {
        // 提请 asks nobody here; 适时 after the unit, as 及时, is how the duty is asked.
        var t = Single("对办理难度大的责任事项，牵头单位适时向市人民政府报告存在的困难和问题，提请市人民政府统筹协调解决。");
        Assert.Equal(["牵头单位"], t.Lead);
        // The same 提请 in the meeting's own agenda asks nothing of anyone.
        Assert.Empty(Parse("会议审议并原则同意工作报告，待修改后提请全会审议。"));
    }

    [Fact]
    public void A_requirement_noun_that_only_tells_of_a_meeting_asks_nothing() =>
        Assert.Empty(Parse("会上，县长对下一步工作提出相关工作要求。"));

    [Theory]
    // The time a report is made at and a share of a plan date nothing.
    [InlineData("截至11月底，全县已完成投资12.5亿元，完成年度计划的86%。")]
    // This document describing itself.
    [InlineData("本实施方案分为总体要求、重点任务、保障措施三个部分。")]
    [InlineData("本方案共分解32项重点任务，每项任务均明确了牵头单位、责任单位和完成时限。")]
    // An attitude: the importance and urgency of the work.
    [InlineData("各乡镇、各部门要充分认识做好冬季安全生产工作的重要性和紧迫性。")]
    // Permission to an open class (均可): an invitation, nobody is assigned.
    [InlineData("面向社会征集解决方案，县内外高校院所、企业均可揭榜，15个工作日内报名。")]
    public void Reports_descriptions_attitudes_and_invitations_are_no_task(string text) => Assert.Empty(Parse(text));

    [Theory]
    [InlineData("截至11月底未完成投资计划的，各乡镇要在12月20日前说明原因。", "各乡镇")]
    [InlineData("本方案所列任务，各牵头单位要于12月20日前报送推进计划。", "各牵头单位")]
    [InlineData("各乡镇要充分认识重要性，12月20日前完成隐患排查。", "各乡镇")]
    [InlineData("县直各单位均可参加，县科技局要于12月20日前发布榜单。", "县科技局")]
    public void The_same_words_beside_an_order_keep_the_task(string text, string lead) =>
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual([lead]) && t.Deadline == new DateOnly(2026, 12, 20));

    [Fact]
    public void A_procedure_goes_on_in_the_next_sentence_of_its_item()
    {
        var text = "收到企业问题受理单之后，协办部门应在3个工作日内将办理结果报送主办部门。主办部门应在7个工作日内将办理结果答复企业。";
        Assert.Equal(["RecurringEventLimit", "ProcedureGoesOn"], RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Theory]
    // An order (要) after the procedure is handed over now.
    [InlineData("收到企业问题受理单之后，协办部门应在3个工作日内将办理结果报送主办部门。县工信局要在10日内完成问题清单梳理。", "县工信局")]
    // A sentence that is read ends the procedure: the one after it is read on its own.
    [InlineData("受理部门会在两日内完成初审。县工信局牵头建立问题台账。县工信局在10日内完成问题清单梳理。", "县工信局")]
    public void An_order_after_a_procedure_keeps_its_task(string text, string lead)
    {
        Assert.DoesNotContain("ProcedureGoesOn", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual([lead]) && t.DeadlineText is { } d && d.Contains("10日内"));
    }

    public static TheoryData<string> IssuingVerbs => LexiconFamilyTests.Words(l => l.IssuingVerbs);

    /// <summary>Every issuing verb: an ask after a document was issued reports it; the same verb asked for is work.</summary>
    [Theory, MemberData(nameof(IssuingVerbs))]
    public void An_ask_reported_after_an_issued_document_is_no_task_but_issuing_asked_for_is(string verb)
    {
        Assert.Empty(Parse($"近日，市政府办公厅{verb}了《城镇化建设实施方案》，并发出通知，要求各区县认真抓好贯彻落实。"));
        Assert.Contains(Parse($"县政府办公室要于12月20日前{verb}《城镇化建设实施方案》。"),
            t => t.Lead.SequenceEqual(["县政府办公室"]) && t.Deadline == new DateOnly(2026, 12, 20));
        // A by-when before the verb, or the verb opening its clause, asks for the issuing.
        Assert.DoesNotContain("IssuedAskReported", RulesFor($"12月20日前{verb}《城镇化建设实施方案》，要求各乡镇抓好落实。"));
        Assert.DoesNotContain("IssuedAskReported", RulesFor($"第一季度:{verb}《违法建设治理工作方案》，要求各区完成任务20%以上。"));
    }

    #endregion
}
