using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// What keeps the parser general: every named sentence rule with its example and counter-example, a counter-test for
/// every word of the non-directive lists (a real-looking directive holding the word still yields its task), the
/// single-example words that once deleted clauses, and perturbations (swap a unit, a date or a verb for another of
/// the same kind: the task must change with it).
/// </summary>
public class GeneralityTests
{
    public static TheoryData<string> RuleNames => [.. SentenceRules.All.Select(r => r.Name)];

    [Theory, MemberData(nameof(RuleNames))]
    public void Every_sentence_rule_drops_its_example_and_keeps_its_counter_example(string name)
    {
        var rule = SentenceRules.All.Single(r => r.Name == name);
        Assert.Empty(Parse(rule.Example));
        var kept = Parse(rule.CounterExample);
        Assert.NotEmpty(kept);
        Assert.Contains(kept, t => t.Deadline is not null);
    }

    public static TheoryData<string> NonDirectiveWords()
    {
        var data = new TheoryData<string>();
        var seen = new HashSet<string>();   // a word in two families is tested once
        foreach (var family in new Func<DirectiveLexicon, PhraseSet>[] { l => l.MeetingFraming, l => l.MinutesHeaderLabels,
                     l => l.PublicNoticeMarkers, l => l.FindingMarkers, l => l.MeetingNarrativeOpeners, l => l.NarrativeMarkers,
                     l => l.TransmittalMarkers, l => l.SanctionMarkers })
            foreach (var w in family(Lexicon).Words)
                if (seen.Add(w)) data.Add(w);
        return data;
    }

    /// <summary>The counter-test of every word list that drops text: the word inside a directive never costs the task.</summary>
    [Theory, MemberData(nameof(NonDirectiveWords))]
    public void A_directive_that_contains_a_non_directive_word_keeps_its_task(string word)
    {
        var t = Single($"县财政局要在12月20日前把「{word}」的有关材料整理成册，报县政府办公室。");
        Assert.Equal(["县财政局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory]
    [InlineData("各部门要加强分析研判，12月20日前完成风险隐患清单。", "各部门", "2026-12-20")]
    [InlineData("县财政局要把已经下达的资金在月底前拨付到位。", "县财政局", "2026-11-30")]
    [InlineData("现将有关事项通知如下：县财政局于12月底前完成预算调整。", "县财政局", "2026-12-31")]
    [InlineData("县住建局要对已完成整改的项目进行复核，12月15日前报县政府。", "县住建局", "2026-12-15")]
    [InlineData("县农科研究院要在年底前完成良种试验。", "县农科研究院", "2026-12-31")]
    [InlineData("县建筑设计院要在12月10日前拿出初步设计。", "县建筑设计院", "2026-12-10")]
    public void Words_fitted_to_one_example_no_longer_delete_a_directive(string text, string lead, string deadline)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(DateOnly.Parse(deadline), t.Deadline);
    }

    [Theory]
    [InlineData("列席：县发改局、县财政局、县工信局主要负责同志")]
    [InlineData("出席：县长、常务副县长，县政府办公室主任")]
    [InlineData("会上，县自规局通报全县违法用地情况，县住建局、上冈镇作交流发言。")]
    [InlineData("会上，县发改局副局长对全县项目储备情况进行了汇报。")]
    [InlineData("有关单位和各界人士可以在2027年1月26日前，通过以下三种方式提出意见。")]
    [InlineData("督查中发现，部分项目进展缓慢，小伊乡、同兴镇等未按要求报送相关材料。")]
    [InlineData("1-11月份，各地、各部门认真学习贯彻会议精神，奋力冲刺四季度，确保完成全年目标任务。")]
    [InlineData("审核环节，市局会在两日内完成审批，省厅会在三个工作日内完成证件的制作与签发。")]
    public void Minutes_framing_reports_and_notices_are_no_tasks(string text) => Assert.Empty(Parse(text));

    [Fact]
    public void A_header_before_the_decisions_yields_only_the_decisions()
    {
        var tasks = Parse("2026年11月30日县政府常务会议纪要\n出席：县长、副县长\n列席：县发改局、县财政局主要负责同志\n会议议定：一、县财政局要在10个工作日内完成预算调整方案。二、县住建局12月底前完成老旧小区改造。");
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["县财政局"], tasks[0].Lead);
        Assert.Equal(["县住建局"], tasks[1].Lead);
    }

    [Theory]
    [InlineData("2026年12月1日县政府常务会议纪要\n县财政局要在10个工作日内完成方案。", "2026-12-02", "2026-12-01")]
    [InlineData("会议于11月20日在县政府召开。县财政局要在10个工作日内完成方案。", "2026-12-02", "2026-11-20")]
    [InlineData("11月20日，县长主持召开常务会议。县财政局要在10个工作日内完成方案。", "2026-12-02", "2026-11-20")]
    [InlineData("县财政局要在10个工作日内完成方案。", "2026-12-02", "2026-12-02")]
    public void The_meeting_date_the_text_states_is_the_reference(string text, string messageDate, string reference)
    {
        var reading = Parser.Read(text, DateOnly.Parse(messageDate));
        Assert.False(reading.Failed);
        Assert.Equal(DateOnly.Parse(reference), reading.Reference);
        Assert.Equal(reference != messageDate, reading.ReferenceStated);
        Assert.Equal(Lexicon is not null ? new ChinaCalendarProbe().TenWorkingDaysAfter(DateOnly.Parse(reference)) : default, reading.Tasks.Single().Deadline);
    }

    sealed class ChinaCalendarProbe
    {
        public DateOnly TenWorkingDaysAfter(DateOnly d) => TaskBot.Calendar.ChinaWorkingCalendar.Default.AddWorkingDays(d, 10);
    }

    [Theory]
    [InlineData("办事处要力争25日前完成征地协议签订。", "2015-11-17", "2015-11-25")]
    [InlineData("各村要在5日前上报名单。", "2026-11-26", "2026-12-05")]
    [InlineData("到2028年，全县实现义务教育优质均衡。", "2026-11-26", "2028-12-31")]
    [InlineData("县水利局2027年全面建成灌区续建配套工程。", "2026-11-26", "2027-12-31")]
    [InlineData("各乡镇要冲刺全年目标任务。", "2026-11-26", "2026-12-31")]
    [InlineData("县发改局要确保完成年度计划。", "2026-03-10", "2026-12-31")]
    [InlineData("县发改局要在“十五五”末建成区域物流枢纽。", "2026-11-26", "2030-12-31")]
    [InlineData("县商务局要确保首季实现开门红。", "2026-11-26", "2027-03-31")]
    [InlineData("各乡镇要确保主要经济指标“双过半”。", "2026-05-20", "2026-06-30")]
    [InlineData("县统计局每季度报送运行分析。", "2026-11-26", "2026-12-31")]
    [InlineData("县统计局每半年报送运行分析。", "2026-03-10", "2026-06-30")]
    [InlineData("县统计局每年报送统计年鉴。", "2026-03-10", "2026-12-31")]
    [InlineData("县统计局每季度末月10日前报送数据。", "2026-11-26", "2026-12-10")]
    [InlineData("市直各有关单位于每年9月10日前报送信息表。", "2026-11-26", "2027-09-10")]
    [InlineData("县财政局分别于12月10日、12月25日前报送进度。", "2026-11-26", "2026-12-10")]
    [InlineData("县交通局要确保农历年前建成通车。", "2025-11-26", "2026-02-14")]
    [InlineData("2027年，全县新建5G基站2600个以上。", "2026-11-26", "2027-12-31")]
    [InlineData("各村民小组每周五上报整治进度。", "2026-11-26", "2026-11-27")]
    [InlineData("县财政局2027年5月-7月完成清查工作。", "2026-11-26", "2027-07-31")]
    [InlineData("县住建局2027年1月11日至2027年10月底完成排查。", "2026-11-26", "2027-10-31")]
    [InlineData("各乡镇要保质保量完成2027年度补充耕地储备任务。", "2026-11-26", "2027-12-31")]
    public void Period_targets_and_recurring_deadlines_resolve_by_the_conventions(string text, string reference, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), Single(text, reference).Deadline);

    [Theory]
    [InlineData("县发改局要编制2025年度工作要点。", "2026-11-26")]
    [InlineData("县统计局要报送2025年政府工作报告落实情况。", "2026-11-26")]
    [InlineData("县发改局要做好“十五五”规划编制的前期研究。", "2026-11-26")]
    [InlineData("县住建局要力争完成2000年底前建成的老旧小区改造任务。", null)]
    public void A_year_that_only_names_a_document_is_no_deadline(string text, string? reference) =>
        Assert.Null(Single(text, reference).Deadline);

    // ---- perturbations: the same sentence with its unit, date or verb swapped must change accordingly ----

    public static TheoryData<string, string, string, string> Perturbations()
    {
        var data = new TheoryData<string, string, string, string>();
        string[] leads = ["县发改局", "县财政局", "县自然资源局", "各乡镇", "县委组织部"];
        string[] cos = ["县住建局", "县水利局", "县市场监管局"];
        (string Phrase, string Date)[] dates = [("12月20日前", "2026-12-20"), ("10个工作日内", "2026-12-10"), ("年底前", "2026-12-31"), ("一个月内", "2026-12-26"), ("下周五前", "2026-12-04")];
        string[] verbs = ["完成", "拿出", "制定", "报送"];
        int i = 0;
        foreach (var lead in leads)
            foreach (var (phrase, date) in dates)
            {
                var co = cos[i % cos.Length];
                var verb = verbs[i++ % verbs.Length];
                data.Add($"{lead}牵头，{co}配合，{phrase}{verb}重点项目资金筹措方案。", lead, co, date);
            }
        return data;
    }

    [Theory, MemberData(nameof(Perturbations))]
    public void Swapping_a_unit_or_a_date_changes_the_task_with_it(string text, string lead, string co, string date)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal([co], t.Co);
        Assert.Equal(DateOnly.Parse(date), t.Deadline);
        Assert.Contains("资金筹措方案", t.Deliverable);
    }
}

/// <summary>Units and rows as real pages write them: bare names in lists, tables flattened one cell per line.</summary>
public class RealShapesTests
{
    [Theory]
    [InlineData("生态环境、经信、发改部门要强化秸秆禁烧巡查，12月20日前报送情况。", "生态环境、经信、发改部门")]
    [InlineData("公安、城管等部门要在12月20日前完成烟花爆竹禁放部署。", "公安、城管")]
    [InlineData("各有关乡镇、部门要在12月20日前完成土地储备清查。", "各有关乡镇、部门")]
    [InlineData("各园区、镇街及相关部门要在12月20日前完成隐患大排查。", "各园区、镇街、相关部门")]
    [InlineData("公安机关要在12月20日前完成实有人口核查。", "公安机关")]
    [InlineData("各相关部门和乡镇要在12月20日前完成隐患排查。", "各相关部门、乡镇")]
    [InlineData("市安委会有关成员单位(详见任务分工)要在12月20日前完成隐患排查。", "市安委会有关成员单位")]
    [InlineData("区绩效考评机构要在12月20日前完成考核方案。", "区绩效考评机构")]
    public void Lists_of_bare_names_and_bodies_are_units(string text, string leads) =>
        Assert.Equal(ParserHarness.Split(leads), ParserHarness.Single(text).Lead);

    [Theory]
    [InlineData("县住建局要配合人社部门在12月20日前做好工程款结算。", "人社部门", "县住建局")]
    [InlineData("陈剑彬强调，要找准问题所在，确保12月20日前完成整改。", "", "")]
    public void Verbs_and_role_words_are_never_glued_to_a_unit(string text, string lead, string co)
    {
        var t = ParserHarness.Single(text);
        Assert.Equal(lead.Length == 0 ? [] : ParserHarness.Split(lead), t.Lead);
        Assert.Equal(co.Length == 0 ? [] : ParserHarness.Split(co), t.Co);
    }

    [Fact]
    public void A_table_flattened_one_cell_per_line_gives_one_task_per_row()
    {
        var tasks = ParserHarness.Parse("1\n\n启动建设东柳河城区段综合治理工程。\n\n县水务局\n\n县住建局\n\n12月底前\n\n2\n\n启动县图书馆新馆建设。\n\n县文体广新局\n\n县代建中心\n\n12月底前");
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["县水务局", "县住建局"], tasks[0].Lead);
        Assert.Equal(["县文体广新局", "县代建中心"], tasks[1].Lead);
        Assert.All(tasks, t => Assert.Equal(new DateOnly(2026, 12, 31), t.Deadline));
    }

    [Fact]
    public void Each_asking_sentence_after_a_unit_is_one_more_task_of_that_unit()
    {
        var tasks = ParserHarness.Parse("会议强调，各相关单位、各乡镇要认真落实安全生产主体职责；要做好节日期间的督促检查；要在12月20日前完成专项检查。");
        Assert.Equal(3, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(["各相关单位", "各乡镇"], t.Lead));
        Assert.Equal(new DateOnly(2026, 12, 20), tasks[2].Deadline);
    }

    [Fact]
    public void Helpers_of_one_sentence_never_absorb_the_units_of_the_next()
    {
        var tasks = ParserHarness.Parse("需要多个村协作的整改事项，各村要积极配合。12月20日前，金元村、石宝沟村要向镇党委提交书面检讨。");
        var last = tasks[^1];
        Assert.Equal(["金元村", "石宝沟村"], last.Lead);
        Assert.Empty(last.Co);
        Assert.Equal(new DateOnly(2026, 12, 20), last.Deadline);
    }
}

/// <summary>Every word of the lists this round added, exercised: each list's own behaviour and its counter-test.</summary>
public class NewLexiconFamilyTests
{
    static TheoryData<string> Of(Func<DirectiveLexicon, PhraseSet> family) => LexiconFamilyTests.Words(family);

    public static TheoryData<string> Modals => Of(l => l.DirectiveModals);
    public static TheoryData<string> Attitudes => Of(l => l.AttitudePhrases);
    public static TheoryData<string> Exhortative => Of(l => l.ExhortativeAdverbs);
    public static TheoryData<string> DecisionHeaders => Of(l => l.DecisionHeaders);
    public static TheoryData<string> WordsAfterSuffix => Of(l => l.WordsAfterSuffix);
    public static TheoryData<string> SelfReferences => Of(l => l.SelfReferences);
    public static TheoryData<string> DroppingCues => Of(l => l.SentenceRuleCues);

    /// <summary>A modal asks: even a "会上，…" sentence that holds one keeps its task.</summary>
    [Theory, MemberData(nameof(Modals))]
    public void Every_modal_makes_a_meeting_report_an_assignment(string modal) =>
        Assert.NotEmpty(ParserHarness.Parse($"会上，县长{modal}县财政局在12月20日前完成预算调整方案。"));

    [Theory, MemberData(nameof(Attitudes))]
    public void An_attitude_alone_hands_nothing_over_but_the_job_after_it_does(string phrase)
    {
        Assert.Empty(ParserHarness.Parse($"各部门要{phrase}。"));
        var t = ParserHarness.Single($"各部门要{phrase}，12月20日前完成隐患排查。");
        Assert.Equal(["各部门"], t.Lead);
    }

    [Theory, MemberData(nameof(Exhortative))]
    public void An_exhortative_adverb_after_a_unit_asks_without_a_modal(string adverb) =>
        Assert.Equal(["各责任单位"], ParserHarness.Single($"各责任单位{adverb}推进问题整改，完善整改台账。").Lead);

    [Theory, MemberData(nameof(DecisionHeaders))]
    public void After_a_decisions_header_a_plain_statement_is_a_decision(string header) =>
        Assert.Equal(["县财政局"], ParserHarness.Single($"{header}：\n一、县财政局安排迎检工作经费50万元。").Lead);

    [Theory, MemberData(nameof(WordsAfterSuffix))]
    public void A_suffix_that_starts_another_word_is_no_unit(string word) =>
        Assert.Equal(["县财政局"], ParserHarness.Single($"县财政局要在12月20日前找准问题{word}并完成整改。").Lead);

    [Theory, MemberData(nameof(SelfReferences))]
    public void The_writers_own_plans_are_no_task_but_its_orders_are(string self)
    {
        Assert.Empty(ParserHarness.Parse($"{self}，县交通运输局将进一步加强与国土部门的对接。".TrimStart('，')));
        Assert.NotEmpty(ParserHarness.Parse($"{self}，县交通运输局要在12月20日前完成用地手续办理。"));
    }

    public static TheoryData<string> LeadLabels => Of(l => l.LeadLabels);
    public static TheoryData<string> CoLabels => Of(l => l.CoLabels);

    [Theory, MemberData(nameof(LeadLabels))]
    public void Every_lead_label_of_a_division_row_names_its_leads(string label)
    {
        var t = ParserHarness.Single($"1.创建国家卫生县城。\n{label}:县卫健委、县民政局\n配合单位:各乡镇人民政府");
        Assert.Equal(["县卫健委", "县民政局"], t.Lead);
        Assert.Equal(["各乡镇人民政府"], t.Co);
    }

    [Theory, MemberData(nameof(CoLabels))]
    public void Every_co_label_of_a_division_row_names_its_co_leads(string label)
    {
        var t = ParserHarness.Single($"1.创建国家卫生县城。\n牵头单位:县卫健委\n{label}:各乡镇人民政府、经济开发区管委会");
        Assert.Equal(["县卫健委"], t.Lead);
        Assert.Equal(["各乡镇人民政府", "经济开发区管委会"], t.Co);
    }

    public static TheoryData<string> NotNameStarts => Of(l => l.NotNameStarts);
    public static TheoryData<string> Prepositions => Of(l => l.PrepositionsBeforeUnits);

    [Theory, MemberData(nameof(NotNameStarts))]
    public void A_topic_word_never_starts_a_unit_and_the_task_stays(string word)
    {
        var tasks = ParserHarness.Parse($"{word}县财政局牵头，县审计局配合，12月20日前完成专项资金清理。");
        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.DoesNotContain(t.Lead.Concat(t.Co), u => u.StartsWith(word)));
    }

    [Theory, MemberData(nameof(Prepositions))]
    public void A_preposition_is_never_glued_to_the_unit_after_it(string word)
    {
        var tasks = ParserHarness.Parse($"各乡镇要在12月20日前完成危房排查，{word}县住建局汇总后报县政府。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["各乡镇"]));
        Assert.All(tasks, t => Assert.DoesNotContain(t.Lead.Concat(t.Co), u => u.StartsWith(word + "县")));
    }

    /// <summary>The counter-test of every cue a dropping rule looks for.</summary>
    [Theory, MemberData(nameof(DroppingCues))]
    public void A_directive_holding_any_rule_cue_keeps_its_task(string cue)
    {
        var t = ParserHarness.Single($"县财政局要在12月20日前把「{cue}」的有关材料整理成册，报县政府办公室。");
        Assert.Equal(["县财政局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }
}

public class DeliverableTests
{
    [Theory]
    [InlineData("县住建局要在12月20日前制定整改方案，形成整改台账，确保整改顺利开展。", "整改方案", "整改台账")]
    [InlineData("县人社局要依法解决拖欠农民工工资问题，确保农民工足额领到工资。", "解决拖欠农民工工资问题", null)]
    public void The_deliverable_lists_the_jobs_not_their_purpose(string text, string first, string? second)
    {
        var d = ParserHarness.Single(text).Deliverable!;
        Assert.Contains(first, d);
        if (second is not null) Assert.Contains(second, d);
        Assert.DoesNotContain("确保", d);
    }
}
