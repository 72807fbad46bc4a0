using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Units written without a suffix or as a body, role-holders standing where a unit stands, and the numbered
/// requirements of minutes (conventions: "Units are often written without a suffix or as a body…", "One sentence,
/// several tasks"). Each family has its example and a counter-test: a real-looking directive that contains the
/// words and must still yield the task it always did.
/// </summary>
public class UnitFamilyTests
{
    static string Leads(string text) => string.Join(" | ", Parse(text).Select(t => string.Join("、", t.Lead)));

    // ---- BareBodyAsSubject: 办事处, 项目方, 指挥部 alone where a subject stands ----

    [Fact]
    public void A_body_named_by_its_kind_alone_leads_where_a_subject_stands()
    {
        Assert.Equal("项目方 | 办事处", Leads("项目方要利用好早中晚时间差，统一调配车辆，加快清运进度；办事处要尽快启动高铁公园D区弃土场。"));
        var t = Parse("张盈安要求，办事处党委、政府要高度重视，力争12月5日前完成征地协议签订。");
        Assert.Equal(["办事处党委", "政府"], Single("张盈安要求，办事处党委、政府要高度重视，力争12月5日前完成征地协议签订。").Lead);
        Assert.Equal(new DateOnly(2026, 12, 5), t[0].Deadline);
    }

    [Fact]
    public void A_body_word_inside_a_phrase_is_no_unit()
    {
        // 政府 before a noun (政府投资项目), 办公室 after a verb: nobody is named.
        Assert.Empty(Single("政府投资项目要在12月20日前完成竣工决算审计。").Lead);
        Assert.Equal(["县住建局"], Single("加强办公室日常管理，县住建局要在12月20日前完成制度修订。").Lead);
    }

    // ---- SectorForBureau: 县财政, 区交通 ----

    [Fact]
    public void An_administrative_prefix_and_a_sector_stand_for_the_bureau()
    {
        Assert.Equal(["县财政"], Single("县财政要在12月20日前拨付迎复审工作经费50万元。").Lead);
        Assert.Equal(["区交通"], Single("区交通负责，12月20日前完成农村公路危桥改造。").Lead);
    }

    [Fact]
    public void A_sector_word_inside_a_longer_name_or_a_noun_phrase_is_not_cut_out()
    {
        Assert.Equal(["县市场监管局"], Single("县市场监管局要在12月20日前完成食品安全专项检查。").Lead);
        Assert.Equal(["县交通运输局"], Single("县交通运输局要在12月20日前完成国道改造方案。").Lead);
        // 县财政预算: the budget, not the bureau.
        Assert.Equal(["县审计局"], Single("县财政预算执行情况由县审计局负责，12月20日前完成审计。").Lead);
    }

    // ---- QuotedNamePart: 县“厕所革命”指挥部办公室 ----

    [Fact]
    public void A_quoted_campaign_name_inside_a_unit_name_belongs_to_it()
    {
        Assert.Equal(["县“厕所革命”指挥部办公室"], Single("县“厕所革命”指挥部办公室要在12月20日前完成城市公厕建设进度检查督办。").Lead);
    }

    [Fact]
    public void A_quoted_name_after_a_verb_is_the_job_not_a_unit()
    {
        var t = Single("各乡镇要深入开展“美丽庭院”评选，12月20日前完成。");
        Assert.Equal(["各乡镇"], t.Lead);
    }

    // ---- New suffixes: 督导组, 常委会, 委会, 爱卫会 ----

    [Theory]
    [InlineData("区督查组要深入基层，12月20日前完成进度督查。", "区督查组")]
    [InlineData("区人大常委会牵头，12月20日前完成代表大会筹备工作。", "区人大常委会")]
    [InlineData("县爱卫会要提前着手，12月20日前备好消杀物资。", "县爱卫会")]
    public void Groups_and_committees_named_by_their_abbreviation_are_units(string text, string unit) =>
        Assert.Equal([unit], Single(text).Lead);

    [Fact]
    public void Inspecting_is_no_inspection_group()
    {
        // 督导, 检查 as verbs: the unit is the one before them.
        Assert.Equal(["县住建局"], Single("县住建局要督导各乡镇在12月20日前完成危房排查。").Lead);
        Assert.Equal(["县住建局"], Single("县住建局要在12月20日前检查组织实施情况。").Lead);
    }

    // ---- 加紧 is an adverb: never part of a unit name ----

    [Fact]
    public void Several_units_each_with_their_job_in_one_sentence_are_several_tasks()
    {
        Assert.Equal("西关办事处 | 丁庄办事处 | 七里店办事处",
            Leads("二要抓紧突破难点问题。其中，西关办事处加紧推进96号地附属物清表工作，丁庄办事处抓紧完成剩余721亩土地征地工作，七里店办事处加紧完成剩余厂院和住户签约工作，确保征迁任务按时完成。"));
    }

    [Fact]
    public void A_unit_followed_by_jiajin_keeps_its_task()
    {
        var t = Single("县住建局要加紧完成老旧小区改造方案，12月20日前报县政府。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    // ---- RoleHolderIsSupervisor (twentieth round; was RoleHoldersAsSubject): 各乡镇党政主要负责人要… ----

    [Fact]
    public void Role_holders_of_a_unit_asked_to_act_are_its_supervisor_and_the_unit_leads()
    {
        var a = Single("各乡镇党政主要负责人要严格落实好属地管理责任，12月20日前完成“三夏”生产部署。");
        Assert.Equal(["各乡镇"], a.Lead);
        Assert.Equal("各乡镇党政主要负责人", a.Supervisor);
        var b = Single("县自然资源局全体班子成员要带领股室吃住在镇村，12月20日前完成技术指导。");
        Assert.Equal(["县自然资源局"], b.Lead);
        Assert.Equal("县自然资源局全体班子成员", b.Supervisor);
    }

    [Fact]
    public void A_leader_of_a_unit_is_its_supervisor_not_a_new_unit()
    {
        var t = Single("各单位主要领导要亲自把关，12月20日前完成《重点工作量化台账》。");
        Assert.Equal(["各单位"], t.Lead);
        Assert.Equal("各单位主要领导", t.Supervisor);
    }

    // ---- Numbered requirements (一要…二要…) ----

    [Fact]
    public void Each_numbered_requirement_of_minutes_is_a_task_and_names_nobody_unless_it_says()
    {
        var tasks = Parse("会议要求，一要紧盯烟花爆竹领域。严格落实硬措施，紧盯不放。二要紧盯非煤矿山领域。深入开展隐患排查整治。"
                          + "三要紧盯消防安全领域。强化调度暗访，落实网格化管理。");
        Assert.Equal(3, tasks.Count);
        Assert.All(tasks, t => Assert.Empty(t.Lead));
    }

    [Fact]
    public void The_units_the_first_requirement_names_carry_over_the_list_but_a_later_requirements_units_do_not()
    {
        Assert.Equal("各县(市、区)、各有关部门 | 各县(市、区)、各有关部门",
            Leads("楚雷要求：一要坚持不懈，切实抓好麦田后续管理。各县(市、区)、各有关部门要密切注意天气变化，减轻灾害影响。二要及早安排，切实做好夏粮收获收储。要把夏粮收储准备做扎实。"));
        Assert.Equal(" | 相关单位 | ",
            Leads("会议强调，一要抓好隐患排查整改，对辖区内再次开展全面隐患排查。二要抓好涉水工程。要加强工程调度联动，相关单位要加强联系、互通信息，完善调度联动机制。三要抓好城区防洪排涝。严格落实包保住宅小区防汛责任制，修订完善住宅小区防汛方案。"));
    }

    // ---- TraditionalFold: pages copied in traditional script ----

    [Fact]
    public void A_directive_in_traditional_script_reads_like_simplified_and_keeps_its_surface_forms()
    {
        var tasks = Parse("會議要求，教育部門要負責組織好在校學生參保；衛健部門要在12月20日前發動醫療機構做好宣傳動員。");
        Assert.Equal("教育部門 | 衛健部門", string.Join(" | ", tasks.Select(t => string.Join("、", t.Lead))));
        Assert.Equal(new DateOnly(2026, 12, 20), tasks[1].Deadline);
    }

    // 執, 遲, 語, 話… were missing from the fold: "嚴格執行資金管理制度" lost its work (執行 was no verb), while "严格执行…"
    // kept it. Traditional text must read as its simplified form does.
    [Fact]
    public void A_traditional_directive_reads_as_its_simplified_form_does()
    {
        var traditional = Single("縣財政局要嚴格執行資金管理制度，12月20日前完成自查。");
        var simplified = Single("县财政局要严格执行资金管理制度，12月20日前完成自查。");
        Assert.Equal(["縣財政局"], traditional.Lead);
        Assert.Equal(simplified.Deadline, traditional.Deadline);
        Assert.Equal("执行资金管理制度,完成自查", simplified.Deliverable);
        Assert.Equal("執行資金管理制度,完成自查", traditional.Deliverable);
    }

    [Fact]
    public void Simplified_text_is_read_as_before()
    {
        // 于, 后, 里, 干 in simplified text are left as they are (no character of the fold occurs in simplified text).
        var t = Single("县水利局要于12月20日前完成堤防加固后的验收，干部要下到村里。");
        Assert.Equal(["县水利局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    // ---- CountedUnits and VerbNeverInName ----

    [Fact]
    public void A_counted_set_of_bodies_is_a_unit_as_written()
    {
        Assert.Equal(["6个督察工作组"], Single("6个督察工作组要对进度较慢的乡镇进行驻点督办，12月20日前上报进展情况。").Lead);
    }

    [Fact]
    public void A_count_inside_the_job_is_no_unit()
    {
        var t = Single("县住建局要在12月20日前完成3个村的危房改造。");
        Assert.Equal(["县住建局"], t.Lead);
    }

    [Fact]
    public void A_verb_after_a_unit_name_is_never_part_of_it()
    {
        Assert.Equal(["丁庄办事处"], Single("丁庄办事处抓紧推进剩余厂院签约，12月20日前完成。").Lead);
        Assert.Equal(["西关办事处"], Single("西关办事处制定征迁工作方案，12月20日前报指挥部。").Lead);
    }

    [Fact]
    public void An_office_inside_a_bureau_keeps_its_full_name()
    {
        // 建设 is no completion verb: 县住建局建设管理科 is one office; 组织部 is no verb either.
        Assert.Equal(["县住建局建设管理科"], Single("县住建局建设管理科要在12月20日前完成方案编制。").Lead);
        Assert.Equal(["县委组织部"], Single("县委组织部要在12月20日前完成干部考核方案。").Lead);
    }

    // ---- CueNamesNobody ----

    [Fact]
    public void What_the_meeting_asks_of_nobody_is_not_the_last_named_units_task()
    {
        var tasks = Parse("县财政局要在12月20日前完成预算调整。会议要求，12月31日前完成全县低效用地清理。");
        Assert.Equal(["县财政局"], tasks[0].Lead);
        Assert.Empty(tasks[1].Lead);
        Assert.Equal(new DateOnly(2026, 12, 31), tasks[1].Deadline);
    }

    [Fact]
    public void A_subjectless_requirement_without_a_cue_stays_with_the_unit_before()
    {
        // "各乡镇要…；要…": the subject carries over when no new speech act (会议要求, X强调) begins.
        Assert.Equal("各乡镇 | 各乡镇", Leads("各乡镇要在12月20日前完成危房排查。要在12月31日前完成整改。"));
        // A cue that names its units gives them the task.
        Assert.Equal("县财政局 | 县审计局", Leads("县财政局要在12月20日前完成预算调整。会议要求，县审计局12月31日前完成专项审计。"));
    }

    // ---- 同时 (AlsoIsAnotherTask, WaitingAlsoJoins, HelpersOfNamedLead) ----

    [Fact]
    public void Also_doing_something_is_another_task_of_the_same_unit()
    {
        var tasks = Parse("县水利局要在12月20日前完成堤防加固方案，同时做好防汛物资储备。");
        Assert.Equal("县水利局 | 县水利局", string.Join(" | ", tasks.Select(t => string.Join("、", t.Lead))));
        Assert.Null(tasks[1].Deadline);
    }

    [Fact]
    public void Also_helping_another_unit_is_a_task_that_unit_leads()
    {
        var tasks = Parse("县水利局要在12月20日前完成堤防加固方案；同时，配合县财政局完成资金筹措。");
        Assert.Equal(["县财政局"], tasks[1].Lead);
        Assert.Equal(["县水利局"], tasks[1].Co);
    }

    [Fact]
    public void What_also_has_to_be_ensured_is_no_new_task()
    {
        // 同时确保…: the purpose of the same job.
        Assert.Equal(["县水利局"], Single("县水利局要在12月20日前完成堤防加固方案，同时确保资金安全。").Lead);
        // 同时 opening the sentence before its subject: one task.
        Assert.Equal(["县水利局"], Single("同时，县水利局要在12月20日前完成堤防加固方案。").Lead);
    }

    // ---- QuantifiedRoleLabel and verbs before a unit ----

    [Theory]
    [InlineData("各牵头责任单位要在12月20日前制定工作方案，明确时间表、路线图、责任人。", "各牵头责任单位")]
    [InlineData("各主要责任单位要在12月20日前制定工作推进具体实施方案。", "各主要责任单位")]
    public void A_role_label_after_a_quantifier_names_those_units(string text, string unit)
    {
        var t = Single(text);
        Assert.Equal([unit], t.Lead);
        Assert.Contains(unit, t.GenericUnits);
    }

    [Fact]
    public void A_role_label_in_a_table_still_marks_the_unit_that_follows()
    {
        var t = Single("1.精简项目审批手续。牵头单位：县发改局。完成时限：2027年3月底");
        Assert.Equal(["县发改局"], t.Lead);
    }

    [Theory]
    [InlineData("联系县档案馆，12月20日前完成档案移交。")]
    [InlineData("约谈各乡镇主要负责人，12月20日前完成整改。")]
    public void A_verb_before_a_unit_is_not_part_of_its_name(string text)
    {
        // The unit contacted is not the one who acts; the task has no lead for the leader to pick one.
        var t = Single(text);
        Assert.DoesNotContain(t.Lead, u => u.StartsWith("联系") || u.StartsWith("约谈"));
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    // ---- ExhortedCommand: "…；进一步加快…" is another task of the same units ----

    [Fact]
    public void An_exhorted_command_in_a_new_sentence_is_another_task_of_the_same_units()
    {
        var tasks = Parse("各乡镇及相关单位要在12月20日前做好复垦地块的耕种管护工作；进一步加快项目申报，及时兑现奖补资金。");
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(["各乡镇", "相关单位"], t.Lead));
    }

    [Fact]
    public void An_exhortation_alone_hands_nothing_over()
    {
        // No unit, no modal, nothing asked: "进一步加强…" narrating what was done is no task.
        Assert.Empty(Parse("去年以来，全县进一步加强农村公路建设，新改建公路120公里。"));
    }

    // ---- AddresseeNeedsNoFollower and sector bodies (建设部门) ----

    [Fact]
    public void A_generic_addressee_after_qing_is_named_whatever_verb_follows()
    {
        var t = Single("请各乡镇接此通知后高度重视，于12月20日前完成河道整治工作。");
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void Only_a_generic_addressee_is_cut_short_after_qing()
    {
        // A concrete unit still needs a follower that a subject takes; 各乡镇(街道) keeps its bracket.
        Assert.Equal(["各乡镇(街道)"], Single("请各乡镇(街道)于12月20日前报送排查结果。").Lead);
        Assert.Equal(["县住建局"], Single("请县住建局于12月20日前报送排查结果。").Lead);
    }

    [Fact]
    public void A_sector_before_a_body_word_is_a_unit_not_a_verb_phrase()
    {
        Assert.Equal(["建设部门"], Single("建设部门要在12月20日前完成在建工地安全排查。").Lead);
        // 加强部门协作: a verb before 部门 still asks to strengthen the departments.
        Assert.Equal(["县住建局"], Single("要加强部门协作，县住建局要在12月20日前完成排查。").Lead);
    }

    // ---- Every entry of the new word lists, with its counter-test ----

    public static TheoryData<string> SectorNames => LexiconFamilyTests.Words(l => l.SectorNames);
    public static TheoryData<string> BareBodies => LexiconFamilyTests.Words(l => l.BareBodies);

    [Theory, MemberData(nameof(SectorNames))]
    public void Every_sector_after_a_prefix_stands_for_its_bureau(string sector)
    {
        Assert.Equal(["县" + sector], Single($"县{sector}要在12月20日前完成年度工作方案。").Lead);
        // Counter-test: the sector as the topic of a phrase (县X工作) names nobody; the unit asked is the one named.
        Assert.Equal(["县政府办公室"], Single($"县{sector}工作总结由县政府办公室负责，12月20日前完成。").Lead);
    }

    [Theory, MemberData(nameof(BareBodies))]
    public void Every_bare_body_leads_where_a_subject_stands(string body)
    {
        Assert.Equal([body], Single($"{body}要在12月20日前完成年度工作方案。").Lead);
        // Counter-test: the body word as the object of a verb is no unit.
        Assert.Equal(["各乡镇"], Single($"各乡镇要加强{body}日常管理，12月20日前完成制度修订。").Lead);
    }

    #region Lead positions (p10-leads)

    [Theory]
    [InlineData("各相关单位也要在12月20日前完善督导机制。", "各相关单位")]
    [InlineData("各级各部门一定要在12月20日前完成补充耕地储备项目。", "各级各部门")]
    [InlineData("县财政局同样要在12月20日前完成专项资金清理。", "县财政局")]
    [InlineData("各乡镇均须在12月20日前上报排查结果。", "各乡镇")]
    // Counter-test: 也/均 + 要求 is the speaker's verb; the unit told to act leads, not the one who asks.
    [InlineData("市督查组均要求各街道在12月20日前完成问题整改。", "各街道")]
    [InlineData("县政府也要求县住建局在12月20日前完成危房排查。", "县住建局")]
    public void An_adverb_and_a_modal_after_a_unit_make_it_the_subject(string text, string lead)
    {
        // Rule AdverbThenModalFollows (UnitGrammar.ValidFollower).
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void Gai_refers_back_and_names_no_unit()
    {
        // notNameStarts 该: "该镇" is the body the report is about (the convening one), never a lead; the unit asked leads.
        var t = Single("会上，该镇组织委员提出要求，各村要在12月20日前收集好相关资料。");
        Assert.Equal(["各村"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
        // Counter-test: 该 inside the job (该项目) leaves the task and its lead as they were.
        Assert.Equal(["县住建局"], Single("县住建局要在12月20日前完成该项目的竣工验收。").Lead);
    }

    [Theory]
    [InlineData("针对三类坝水库，所在乡镇要在12月20日前完成重点巡查。", "所在乡镇")]
    [InlineData("涉及村要在12月20日前完成问题整改。", "涉及村")]
    [InlineData("其他涉及部门要在12月20日前完成问题整改。", "其他涉及部门")]
    // Counter-tests: 所在 after a noun ("问题所在") or a body that only receives a result names no lead.
    [InlineData("要找准问题所在，县住建局要在12月20日前完成整改。", "县住建局")]
    [InlineData("县住建局要在12月20日前将整改情况反馈所在单位。", "县住建局")]
    public void The_bodies_where_the_matter_lies_are_a_unit(string text, string lead)
    {
        // Rule PlaceRelativeBody (UnitGrammar).
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    #endregion

    #region Unit names (p11-units)

    [Fact]
    public void A_long_bare_name_closed_by_etc_departments_is_a_unit()
    {
        // Rule EtcClosesLongBareName (ClauseReading.ListSeparatorAfterBareName): every name of the list leads, 等部门 dropped.
        var t = Single("民政、乡村振兴、残联、退役军人事务等部门要在12月20日前落实好特殊群体的参保资助政策。");
        Assert.Equal(["民政", "乡村振兴", "残联", "退役军人事务"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
        Assert.Contains("参保资助政策", t.Deliverable);
    }

    [Theory]
    // Counter-tests: the same list as the object of the job names no lead; a sector word before a noun is no unit;
    // a long run before a bare 、 is still no name.
    [InlineData("各地要在12月20日前做好民政、退役军人事务等部门的工作衔接。", "各地")]
    [InlineData("民政工作要在12月20日前完成低保对象复核。", "")]
    [InlineData("切实加强社会救助、退役军人事务等部门的协作，县民政局要在12月20日前完成低保复核。", "县民政局")]
    public void A_bare_name_list_that_is_no_subject_names_no_lead(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal(lead, string.Join("、", t.Lead));
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory]
    [InlineData("吴高峰指出各单位要在12月20日前完成用地手续办理。", "各单位")]
    [InlineData("局领导吴高峰指出各单位要在12月20日前完成用地手续办理。", "各单位")]
    [InlineData("县委副书记吴高峰强调各乡镇要在12月20日前完成危房排查。", "各乡镇")]
    // The comma version reads as it always did.
    [InlineData("局领导吴高峰指出，各单位要在12月20日前完成用地手续办理。", "各单位")]
    // Counter-test: units after 指出 with no modal are what was pointed out, not who must act.
    [InlineData("吴高峰指出各单位存在的问题，县住建局要在12月20日前完成整改。", "县住建局")]
    public void Units_and_a_modal_right_after_the_speakers_verb_are_the_subject(string text, string lead)
    {
        // Rules SpeakerThenSubject and TitledSpeaker (ClauseReading).
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
        Assert.DoesNotContain("吴高峰", t.Deliverable ?? "");
    }

    [Theory]
    [InlineData("会议要求，各乡镇细化工作小组、明确职能职责，12月20日前完成专项整治任务。", "各乡镇", "工作小组")]
    [InlineData("各乡镇成立工作专班，12月20日前完成危房排查。", "各乡镇", "工作专班")]
    public void A_verb_after_a_generic_addressee_starts_the_job(string text, string lead, string inJob)
    {
        // Rule GenericAddresseeThenVerb (UnitGrammar.CutBeforeVerb): the verb and its object are the job, not the name.
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Contains(inJob, t.Deliverable);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory]
    // Counter-tests: a sector word that is also a verb (建设) names the office; a name with no verb keeps whole;
    // two bodies joined by 和 stay two units.
    [InlineData("各乡镇建设管理站要在12月20日前完成危房排查。", "各乡镇建设管理站")]
    [InlineData("各乡镇综合执法队要在12月20日前完成违建拆除。", "各乡镇综合执法队")]
    [InlineData("各乡镇工作组和片区工作组要在12月20日前将工作信息汇总报县住建局。", "各乡镇工作组、片区工作组")]
    public void A_generic_name_whose_inner_word_is_no_job_keeps_whole(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal(lead, string.Join("、", t.Lead));
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory]
    [InlineData("各牵头单位和汇总单位要在12月20日前向市政府报告重点工作完成情况。", "各牵头单位、汇总单位")]
    [InlineData("公安及农业部门要在12月20日前做好蚕种发放的安全保卫。", "公安、农业部门")]
    // Counter-test: one bureau with 和 inside its name stays whole.
    [InlineData("县自然资源和规划局要在12月20日前完成图斑核查。", "县自然资源和规划局")]
    // Rule SharedModifierPairSplits (twentieth round): the later body word borrows the first one's modifier, two units.
    [InlineData("相关责任单位和部门要在12月20日前完成自查。", "相关责任单位、部门")]
    [InlineData("市各有关部门和单位要在12月20日前完成自查。", "市各有关部门、单位")]
    public void Two_bodies_joined_by_he_or_ji_are_two_units(string text, string lead)
    {
        // Rule JoinedBodyNames (UnitGrammar.SplitJoined).
        var t = Single(text);
        Assert.Equal(lead, string.Join("、", t.Lead));
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory]
    [InlineData("各相关单位、乡镇(办)要在12月20日前完成自查整改。", "各相关单位、乡镇(办)")]
    [InlineData("各有关部门、乡镇(街道)要在12月20日前完成排查。", "各有关部门、乡镇(街道)")]
    // Counter-test: a note in brackets is no part of the name.
    [InlineData("各有关部门、街道(详见附件)要在12月20日前完成排查。", "各有关部门、街道")]
    public void A_bracketed_part_after_a_short_body_word_belongs_to_its_name(string text, string lead)
    {
        // Rule ElidedBodyKeepsBrackets (ClauseReading.ElidedUnitAt).
        var t = Single(text);
        Assert.Equal(lead, string.Join("、", t.Lead));
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void A_role_marker_after_a_short_body_word_still_marks_its_role()
    {
        // Counter-test for ElidedBodyKeepsBrackets: "(牵头)" is the unit's role, not part of its name.
        var t = Single("县民政局、乡镇(牵头)要在12月20日前完成排查。");
        Assert.Equal(["乡镇"], t.Lead);
        Assert.Equal(["县民政局"], t.Co);
    }

    #endregion

    #region Rule PersonnelGroupAsUnit

    public static TheoryData<string> PersonnelGroups => LexiconFamilyTests.Words(l => l.PersonnelGroups);

    [Theory, MemberData(nameof(PersonnelGroups))]
    public void Every_personnel_group_after_a_quantifier_is_read_where_a_unit_stands_and_leads_nothing(string group)
    {
        // Label line r20-roles 1 (rule PeopleAreNoUnit): people are never a unit; the group is read as the subject,
        // so its task and date stay, and the lead is empty.
        var own = Single($"全体{group}要在12月20日前完成年度述职报告。");
        Assert.Empty(own.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), own.Deadline);
        Assert.Empty(Single($"会议要求全体{group}在12月20日前完成年度述职报告。").Lead);
        // Counter-test: the group as whom a unit's work is for is no lead; the unit named first leads, with its date.
        var t = Single($"县财政局要对全体{group}开展业务培训，12月20日前完成。");
        Assert.Equal(["县财政局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory]
    [InlineData("全体帮扶责任人要在6月底前全面开展“回头看”。", "")]
    [InlineData("各级党员干部要在12月20日前完成专题学习。", "")]
    [InlineData("昨日上午，该市召开大会，要求全体干部职工在3月底前完成年度述职。", "")]
    // Counter-test: a grammar word inside the run ends it; 各单位 leads, the cadres are whom it organises.
    [InlineData("各单位要在12月20日前组织干部完成专题学习。", "各单位")]
    public void A_quantified_group_of_people_is_addressed_like_a_unit_but_leads_nothing(string text, string lead) =>
        Assert.Equal(Split(lead), Single(text).Lead);

    #endregion
}
