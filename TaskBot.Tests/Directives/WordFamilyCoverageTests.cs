using System.Reflection;
using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// The lexicon's promise — every word family has a test — made true and kept true: each family not exercised
/// elsewhere is exercised here word by word (an administrator's new word is tested the day it is added), and
/// <see cref="Every_word_family_of_the_lexicon_has_a_test"/> fails when a family is added without one.
/// Each test says what the family does to a real-looking directive, and that the directive keeps its task.
/// </summary>
public class WordFamilyCoverageTests
{
    static TheoryData<string> Of(Func<DirectiveLexicon, PhraseSet> family) => LexiconFamilyTests.Words(family);

    /// <summary>Which test exercises each family. A family missing here fails the coverage test by its name.</summary>
    static readonly Dictionary<string, string> TestOfFamily = new()
    {
        [nameof(DirectiveLexicon.UnitSuffixes)] = "LexiconFamilyTests.Every_unit_suffix_makes_an_unseen_name_a_unit",
        [nameof(DirectiveLexicon.LeadRoles)] = "LexiconFamilyTests.Every_lead_role_word_makes_its_unit_the_lead",
        [nameof(DirectiveLexicon.CoRoles)] = "LexiconFamilyTests.Every_co_role_word_makes_its_unit_a_co_lead",
        [nameof(DirectiveLexicon.VagueDeadlines)] = "LexiconFamilyTests.Every_vague_time_word_gives_no_date_but_keeps_the_phrase",
        [nameof(DirectiveLexicon.TransmittalMarkers)] = "LexiconFamilyTests.Every_transmittal_formula_is_no_task",
        [nameof(DirectiveLexicon.SanctionMarkers)] = "LexiconFamilyTests.Every_sanction_clause_is_no_task",
        [nameof(DirectiveLexicon.SanctionEndings)] = "OverGenerationRuleTests.Every_sanction_ending_after_a_condition_is_no_task_but_a_named_sanction_is",
        [nameof(DirectiveLexicon.CompletionVerbs)] = "LexiconFamilyTests.Every_completion_verb_yields_its_object_as_deliverable",
        [nameof(DirectiveLexicon.LeaderTitles)] = "LexiconFamilyTests.Every_leader_title_names_a_supervisor",
        [nameof(DirectiveLexicon.DirectiveModals)] = "NewLexiconFamilyTests.Every_modal_makes_a_meeting_report_an_assignment",
        [nameof(DirectiveLexicon.ModalInsideWords)] = "TwentyFifthRoundModalTests.A_directive_holding_a_word_with_a_modal_character_keeps_its_task",
        [nameof(DirectiveLexicon.AttitudePhrases)] = "NewLexiconFamilyTests.An_attitude_alone_hands_nothing_over_but_the_job_after_it_does",
        [nameof(DirectiveLexicon.ExhortativeAdverbs)] = "NewLexiconFamilyTests.An_exhortative_adverb_after_a_unit_asks_without_a_modal",
        [nameof(DirectiveLexicon.DecisionHeaders)] = "NewLexiconFamilyTests.After_a_decisions_header_a_plain_statement_is_a_decision",
        [nameof(DirectiveLexicon.WordsAfterSuffix)] = "NewLexiconFamilyTests.A_suffix_that_starts_another_word_is_no_unit",
        [nameof(DirectiveLexicon.SelfReferences)] = "NewLexiconFamilyTests.The_writers_own_plans_are_no_task_but_its_orders_are",
        [nameof(DirectiveLexicon.LeadLabels)] = "NewLexiconFamilyTests.Every_lead_label_of_a_division_row_names_its_leads",
        [nameof(DirectiveLexicon.CoLabels)] = "NewLexiconFamilyTests.Every_co_label_of_a_division_row_names_its_co_leads",
        [nameof(DirectiveLexicon.NotNameStarts)] = "NewLexiconFamilyTests.A_topic_word_never_starts_a_unit_and_the_task_stays",
        [nameof(DirectiveLexicon.PrepositionsBeforeUnits)] = "NewLexiconFamilyTests.A_preposition_is_never_glued_to_the_unit_after_it",
        [nameof(DirectiveLexicon.SentenceRuleCues)] = "NewLexiconFamilyTests.A_directive_holding_any_rule_cue_keeps_its_task",
        // The sentence rules' cue families: each word's counter-test is the cue test above (SentenceRuleCues is their
        // union); what each family drops is the example of its rule (GeneralityTests.Every_sentence_rule_…).
        [nameof(DirectiveLexicon.BasisEndings)] = "ThirteenthRoundListsTests.Every_basis_ending_closes_a_basis_and_the_directive_after_it_keeps_its_task",
        [nameof(DirectiveLexicon.ListDeployWords)] = "TenthRoundListsTests.Every_deploy_word_before_a_list_asks_for_its_entries_and_a_directive_with_it_keeps_its_task",
        [nameof(DirectiveLexicon.MeetingFraming)] = "GeneralityTests.A_directive_that_contains_a_non_directive_word_keeps_its_task",
        [nameof(DirectiveLexicon.MinutesHeaderLabels)] = "GeneralityTests.A_directive_that_contains_a_non_directive_word_keeps_its_task",
        [nameof(DirectiveLexicon.PublicNoticeMarkers)] = "GeneralityTests.A_directive_that_contains_a_non_directive_word_keeps_its_task",
        [nameof(DirectiveLexicon.FindingMarkers)] = "GeneralityTests.A_directive_that_contains_a_non_directive_word_keeps_its_task",
        [nameof(DirectiveLexicon.MeetingNarrativeOpeners)] = "GeneralityTests.A_directive_that_contains_a_non_directive_word_keeps_its_task",
        [nameof(DirectiveLexicon.NarrativeMarkers)] = "GeneralityTests.A_directive_that_contains_a_non_directive_word_keeps_its_task",
        [nameof(DirectiveLexicon.StandingRuleMarkers)] = "NewLexiconFamilyTests.A_directive_holding_any_rule_cue_keeps_its_task",
        [nameof(DirectiveLexicon.InstitutionVerbs)] = "NewLexiconFamilyTests.A_directive_holding_any_rule_cue_keeps_its_task",
        [nameof(DirectiveLexicon.ForecastMarkers)] = "NewLexiconFamilyTests.A_directive_holding_any_rule_cue_keeps_its_task",
        [nameof(DirectiveLexicon.StatisticsMarkers)] = "NewLexiconFamilyTests.A_directive_holding_any_rule_cue_keeps_its_task",
        // The families below are tested in this class.
        [nameof(DirectiveLexicon.NotUnits)] = nameof(A_word_that_only_ends_like_a_unit_is_never_a_unit),
        [nameof(DirectiveLexicon.GenericQuantifiers)] = nameof(Every_generic_quantifier_makes_a_generic_addressee),
        [nameof(DirectiveLexicon.WithTriggers)] = nameof(A_with_trigger_keeps_the_first_unit_as_lead),
        [nameof(DirectiveLexicon.AddresseeTriggers)] = nameof(Every_addressee_trigger_makes_the_unit_after_it_the_lead),
        [nameof(DirectiveLexicon.ReportTriggers)] = nameof(Where_a_result_is_reported_is_neither_lead_nor_co_lead),
        [nameof(DirectiveLexicon.NotTriggers)] = nameof(A_word_that_only_looks_like_a_trigger_keeps_the_task_and_its_unit),
        [nameof(DirectiveLexicon.ResponsibleLabels)] = nameof(Every_responsible_label_makes_its_units_joint_leads),
        [nameof(DirectiveLexicon.LeadMarkers)] = nameof(Every_lead_marker_in_brackets_marks_the_lead),
        [nameof(DirectiveLexicon.CoMarkers)] = nameof(Every_co_marker_in_brackets_marks_a_co_lead),
        [nameof(DirectiveLexicon.DeadlineLabels)] = nameof(Every_deadline_label_of_a_row_gives_the_deadline),
        [nameof(DirectiveLexicon.SupervisorLabels)] = nameof(Every_supervisor_label_names_a_leader_not_a_unit),
        [nameof(DirectiveLexicon.PersonOfUnit)] = nameof(A_person_of_a_unit_stands_for_the_unit),
        [nameof(DirectiveLexicon.SupervisorVerbs)] = nameof(A_leader_who_supervises_is_no_unit_and_the_unit_leads),
        [nameof(DirectiveLexicon.Adverbs)] = nameof(An_adverb_after_a_unit_is_never_part_of_its_name),
        [nameof(DirectiveLexicon.ActionVerbs)] = nameof(Every_action_verb_after_a_unit_makes_a_task),
        [nameof(DirectiveLexicon.ImperativeOpeners)] = nameof(An_imperative_without_a_subject_is_a_task_with_no_unit),
        [nameof(DirectiveLexicon.ClauseOpeners)] = nameof(A_clause_opener_is_never_part_of_the_unit_after_it),
        [nameof(DirectiveLexicon.SpeakerVerbs)] = nameof(The_speaking_leader_is_no_unit),
        [nameof(DirectiveLexicon.AuthorityVerbs)] = nameof(The_body_that_decides_is_not_the_body_assigned),
        [nameof(DirectiveLexicon.StatementOpeners)] = nameof(A_statement_opener_before_an_order_keeps_the_order),
        [nameof(DirectiveLexicon.PrepositionOpeners)] = nameof(A_prepositional_opener_keeps_the_unit_after_it),
        [nameof(DirectiveLexicon.ServiceLimitBefore)] = nameof(A_service_time_limit_is_no_deadline_but_the_task_stays),
        [nameof(DirectiveLexicon.DeliverablePrefixes)] = nameof(A_deliverable_prefix_is_trimmed_from_the_deliverable),
        [nameof(DirectiveLexicon.DeliverableSuffixes)] = nameof(A_deliverable_suffix_is_trimmed_from_the_deliverable),
        [nameof(DirectiveLexicon.NameInnerWords)] = nameof(A_word_inside_a_name_does_not_cut_the_name),
        [nameof(DirectiveLexicon.FutureAfterJiang)] = nameof(The_writers_plans_after_jiang_are_no_task_but_orders_are),
        [nameof(DirectiveLexicon.WorkReportWords)] = "EighthRoundRecapTests.Every_report_word_makes_a_sentence_about_the_work_above_a_report_task",
        [nameof(DirectiveLexicon.ReportMarkers)] = nameof(A_report_of_results_is_no_task_but_the_order_after_it_is),
        [nameof(DirectiveLexicon.KnownUnits)] = nameof(A_directory_name_without_a_suffix_is_a_unit),
        [nameof(DirectiveLexicon.SectorNames)] = "UnitFamilyTests.Every_sector_after_a_prefix_stands_for_its_bureau",
        [nameof(DirectiveLexicon.StandingTimeLimits)] = "TableRowRuleTests.Every_standing_time_limit_cell_closes_a_row_without_a_date",
        [nameof(DirectiveLexicon.BareBodies)] = "UnitFamilyTests.Every_bare_body_leads_where_a_subject_stands",
        [nameof(DirectiveLexicon.StaffPeople)] = "TwentiethRoundPeopleTests.Every_staff_word_leaves_the_body_before_it_or_nothing",
        [nameof(DirectiveLexicon.LeaderPeople)] = "TwentiethRoundPeopleTests.Every_leader_word_is_a_supervisor_and_the_body_before_it_leads",
        [nameof(DirectiveLexicon.MemberPeople)] = "TwentiethRoundPeopleTests.Every_member_word_leaves_nothing_not_even_its_body",
        [nameof(DirectiveLexicon.ExplanationMarkers)] = "TwentyFirstRoundStandingTests.Every_explanation_marker_after_an_order_keeps_its_task",
        [nameof(DirectiveLexicon.RallyEndings)] = "TwentySecondRoundRejectTests.Every_rally_ending_after_a_dated_job_keeps_its_task",
        [nameof(DirectiveLexicon.CountMarkers)] = "TwentySecondRoundRejectTests.Every_count_marker_beside_an_order_keeps_its_task",
        [nameof(DirectiveLexicon.PersonnelGroups)] = "UnitFamilyTests.Every_personnel_group_after_a_quantifier_is_read_where_a_unit_stands_and_leads_nothing",
        [nameof(DirectiveLexicon.WorkAspects)] = "FifthRoundListTests.Every_work_aspect_before_a_modal_keeps_the_unit_as_subject",
        [nameof(DirectiveLexicon.NoticeReceipts)] = "NinthRoundLeadTests.Every_notice_receipt_word_makes_the_receiving_body_the_lead",
        [nameof(DirectiveLexicon.OversightVerbs)] = "NinthRoundUnitFollowerTests.Every_oversight_verb_ends_the_unit_list_before_it",
        [nameof(DirectiveLexicon.ReceiverActions)] = "TwentyFourthRoundExtraTests.A_unit_opening_a_directive_with_the_word_keeps_its_task",
        [nameof(DirectiveLexicon.FirstListedLeadNotes)] = "EleventhRoundUnitsTests.Every_first_listed_note_makes_the_first_unit_lead",
        [nameof(DirectiveLexicon.RoleCopulas)] = "ThirteenthRoundLeadsTests.Every_role_copula_ends_the_unit_name_and_keeps_the_task",
        [nameof(DirectiveLexicon.CooperationModifiers)] = "TwentyThirdRoundCoLeadTests.Every_cooperation_modifier_keeps_the_partner_a_co_lead",
        [nameof(DirectiveLexicon.DeliverableExhortations)] = nameof(An_exhortation_is_no_part_of_the_deliverable),
        [nameof(DirectiveLexicon.DeliverableElaborations)] = nameof(What_spells_out_a_product_is_no_part_of_the_deliverable),
        [nameof(DirectiveLexicon.FrameEndings)] = "NinthRoundDeliverableTests.Every_frame_ending_leaves_the_work_beside_it_as_the_job",
        [nameof(DirectiveLexicon.SupportVerbs)] = "TwentyFourthRoundDelivTests.Every_support_verb_leaves_the_work_after_it_as_the_job",
        [nameof(DirectiveLexicon.StateHeads)] = "NinthRoundDeliverableTests.Every_state_to_reach_keeps_what_is_brought_there",
        [nameof(DirectiveLexicon.EffectOpeners)] = "TwentySecondRoundDeliverablesTests.Every_effect_opener_as_a_jobs_verb_keeps_the_job",
        [nameof(DirectiveLexicon.EffectHeads)] = "TwentySecondRoundDeliverablesTests.Every_effect_head_inside_a_job_keeps_it",
        [nameof(DirectiveLexicon.DocumentHeads)] = nameof(A_document_to_draw_up_is_the_deliverable_without_its_verb),
        [nameof(DirectiveLexicon.NominalHeads)] = nameof(Completion_made_a_noun_is_no_part_of_the_deliverable),
        [nameof(DirectiveLexicon.MeetingAgendaOpeners)] = nameof(An_agenda_opener_before_an_order_keeps_the_order),
        [nameof(DirectiveLexicon.RequirementNounModifiers)] = "NonDirectiveFamilyTests.A_requirement_noun_never_deletes_what_is_asked",
        [nameof(DirectiveLexicon.PreambleOpeners)] = "NonDirectiveFamilyTests.A_sentence_opened_by_a_purpose_word_keeps_its_task",
        [nameof(DirectiveLexicon.PreambleEndings)] = "NonDirectiveFamilyTests.A_preamble_ending_inside_an_order_keeps_the_order",
        [nameof(DirectiveLexicon.AttitudeEndings)] = "NonDirectiveFamilyTests.An_attitude_ending_beside_real_work_keeps_the_task",
        [nameof(DirectiveLexicon.BareWorkEndings)] = "TwentiethRoundMannerTests.A_bare_work_ending_beside_a_job_keeps_the_task",
        [nameof(DirectiveLexicon.PlaceWorkNouns)] = "TwentyFirstRoundPrecisionTests.A_unit_before_the_same_work_keeps_its_task",
        [nameof(DirectiveLexicon.SetUpVerbs)] = "TwentySecondRoundSetUpTests.A_unit_that_sets_up_a_body_keeps_its_task",
        [nameof(DirectiveLexicon.CoverLetterMarkers)] = "FifthRoundLookalikeTests.Every_cover_letter_marker_before_a_job_keeps_the_job",
        [nameof(DirectiveLexicon.CoverLetterClosings)] = "FifthRoundLookalikeTests.Every_cover_letter_closing_after_a_job_keeps_the_job",
        [nameof(DirectiveLexicon.DisposalTargets)] = "NonDirectiveFamilyTests.Jiang_with_a_disposal_target_is_no_announcement",
        [nameof(DirectiveLexicon.RecurringEventVerbs)] = "NonDirectiveFamilyTests.A_limit_counted_from_a_recurring_event_is_standing_but_the_verb_in_an_order_is_work",
        [nameof(DirectiveLexicon.ProblemNouns)] = "NonDirectiveFamilyTests.Problems_found_are_no_task_but_problems_to_fix_are",
        [nameof(DirectiveLexicon.ReportClosings)] = "SeventhRoundLookalikeTests.The_formula_inside_an_order_keeps_its_task",
        [nameof(DirectiveLexicon.PublicAddressees)] = "SeventhRoundLookalikeTests.Every_public_word_outside_the_addressee_keeps_the_task",
        [nameof(DirectiveLexicon.NewsOpeners)] = "TenthRoundRejectTests.Every_news_opener_tells_news_but_an_ask_after_it_keeps_its_task",
        [nameof(DirectiveLexicon.RateCopulas)] = "TwelfthRoundRejectTests.Every_rate_copula_states_a_figure_but_an_order_holding_it_keeps_its_task",
        [nameof(DirectiveLexicon.ScheduleMarkers)] = "TwelfthRoundRejectTests.Every_schedule_marker_fixes_the_writers_event_but_an_ask_beside_it_keeps_its_task",
        [nameof(DirectiveLexicon.EncouragementOpeners)] = "TwelfthRoundRejectTests.Every_encouragement_opener_invites_but_inside_an_order_keeps_its_task",
        [nameof(DirectiveLexicon.AnnouncedAskedMatters)] = "TwentyFifthRoundRejectTests.Every_announced_asked_matter_leaves_the_list_intro_to_the_list",
        [nameof(DirectiveLexicon.PledgeVerbs)] = "TwentyFourthRoundRejectTests.Every_pledge_verb_reports_a_reply_but_inside_an_order_keeps_its_task",
        [nameof(DirectiveLexicon.RecapReferences)] = "TwentyFourthRoundRecapTests.Every_recap_reference_in_a_dated_directive_keeps_its_task",
        [nameof(DirectiveLexicon.RecapVerbs)] = "TwentyFourthRoundRecapTests.Every_recap_verb_closes_a_recap_but_a_dated_ask_keeps_its_task",
        [nameof(DirectiveLexicon.RecapResults)] = "TwentyFourthRoundRecapTests.Every_recap_result_goes_on_with_a_recap_but_a_dated_report_keeps_its_task",
        [nameof(DirectiveLexicon.PronounSubjects)] = "TwentyFourthRoundReject2Tests.Every_pronoun_subject_tells_about_people_but_inside_an_order_keeps_its_task",
        [nameof(DirectiveLexicon.TargetNouns)] = "TwentyFirstRoundDatesTests.Every_target_noun_dates_the_work_it_names",
        [nameof(DirectiveLexicon.JudgementEndings)] = "NineteenthRoundExtraTests.Every_judgement_ending_states_a_view_but_an_order_holding_it_keeps_its_task",
        [nameof(DirectiveLexicon.IssuingVerbs)] = "NonDirectiveFamilyTests.An_ask_reported_after_an_issued_document_is_no_task_but_issuing_asked_for_is",
        [nameof(DirectiveLexicon.NoticeVerbs)] = "EighthRoundRejectionTests.Every_notice_verb_reports_when_done_but_is_work_when_asked",
        [nameof(DirectiveLexicon.HandOutVerbs)] = "TwentyFirstRoundReportsTests.An_ordered_hand_out_keeps_its_task",
        [nameof(DirectiveLexicon.NoticeDocuments)] = "EighthRoundRejectionTests.Every_notice_document_reports_when_handed_out_but_is_work_when_asked",
        [nameof(DirectiveLexicon.AssignmentCategories)] = "EleventhRoundRejectTests.Every_assignment_heading_tells_when_told_but_keeps_the_job_when_asked",
        [nameof(DirectiveLexicon.HandInForms)] = "EleventhRoundRejectTests.Every_hand_in_form_joins_the_job_above_but_alone_is_the_job",
        [nameof(DirectiveLexicon.SignOffWords)] = "EleventhRoundRejectTests.Every_sign_off_word_joins_the_job_above_but_a_unit_before_it_keeps_its_task",
    };

    [Fact]
    public void Every_word_family_of_the_lexicon_has_a_test()
    {
        var families = typeof(DirectiveLexicon).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(PhraseSet)).Select(p => p.Name).ToList();
        Assert.True(families.Count > 50, "the lexicon's families were not found by reflection");
        var untested = families.Where(f => !TestOfFamily.ContainsKey(f)).ToList();
        Assert.True(untested.Count == 0, "word families with no test: " + string.Join(", ", untested));
        // Every named test exists, so the map cannot point at a test that was renamed or deleted.
        var tests = typeof(WordFamilyCoverageTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods().Select(m => (t.Name, m.Name)))
            .Select(x => $"{x.Item1}.{x.Item2}").ToHashSet();
        var missing = TestOfFamily.Values.Select(v => v.Contains('.') ? v : $"{nameof(WordFamilyCoverageTests)}.{v}")
            .Where(v => !tests.Contains(v)).Distinct().ToList();
        Assert.True(missing.Count == 0, "tests named in the map but missing: " + string.Join(", ", missing));
    }

    static readonly DateOnly Dec20 = new(2026, 12, 20);

    public static TheoryData<string> NotUnits => Of(l => l.NotUnits);

    [Theory, MemberData(nameof(NotUnits))]
    public void A_word_that_only_ends_like_a_unit_is_never_a_unit(string word)
    {
        var tasks = Parse($"县财政局要在12月20日前完成{word}相关问题的排查整改。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县财政局"]) && t.Deadline == Dec20);
        Assert.All(tasks, t => Assert.DoesNotContain(word, t.Lead.Concat(t.Co)));
    }

    public static TheoryData<string> GenericQuantifiers => Of(l => l.GenericQuantifiers);

    [Theory, MemberData(nameof(GenericQuantifiers))]
    public void Every_generic_quantifier_makes_a_generic_addressee(string word)
    {
        var t = Single($"{word}部门要在12月20日前完成隐患排查。");
        Assert.Equal([$"{word}部门"], t.Lead);
        Assert.Contains($"{word}部门", t.GenericUnits);
        Assert.Equal(Dec20, t.Deadline);
    }

    public static TheoryData<string> WithTriggers => Of(l => l.WithTriggers);

    /// <summary>"A会同B…": A leads whatever the verb; the unit after it is never glued to A.</summary>
    [Theory, MemberData(nameof(WithTriggers))]
    public void A_with_trigger_keeps_the_first_unit_as_lead(string word)
    {
        var t = Single($"县财政局{word}县审计局在12月20日前完成专项资金清理。");
        Assert.Equal(["县财政局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    public static TheoryData<string> AddresseeTriggers => Of(l => l.AddresseeTriggers);

    [Theory, MemberData(nameof(AddresseeTriggers))]
    public void Every_addressee_trigger_makes_the_unit_after_it_the_lead(string word)
    {
        var t = Single($"会议决定，{word}县财政局在12月20日前完成专项资金清理。");
        Assert.Equal(["县财政局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    public static TheoryData<string> ReportTriggers => Of(l => l.ReportTriggers);

    [Theory, MemberData(nameof(ReportTriggers))]
    public void Where_a_result_is_reported_is_neither_lead_nor_co_lead(string word)
    {
        var t = Single($"县财政局要在12月20日前完成专项资金清理，结果{word}县政府办公室。");
        Assert.Equal(["县财政局"], t.Lead);
        Assert.Empty(t.Co);
        Assert.Equal(Dec20, t.Deadline);
    }

    public static TheoryData<string> NotTriggers => Of(l => l.NotTriggers);

    /// <summary>申请, 报名, 由于: words that begin like a trigger but are not one cost no unit and no task.</summary>
    [Theory, MemberData(nameof(NotTriggers))]
    public void A_word_that_only_looks_like_a_trigger_keeps_the_task_and_its_unit(string word)
    {
        var tasks = Parse($"县财政局要在12月20日前完成{word}有关材料的整理。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县财政局"]) && t.Deadline == Dec20);
    }

    public static TheoryData<string> ResponsibleLabels => Of(l => l.ResponsibleLabels);

    [Theory, MemberData(nameof(ResponsibleLabels))]
    public void Every_responsible_label_makes_its_units_joint_leads(string label)
    {
        var t = Single($"1.创建国家卫生县城。\n{label}:县卫健委、县民政局\n完成时限:2026年12月20日");
        Assert.Equal(["县卫健委", "县民政局"], t.Lead);
        Assert.Empty(t.Co);
        Assert.Equal(Dec20, t.Deadline);
    }

    public static TheoryData<string> LeadMarkers => Of(l => l.LeadMarkers);

    [Theory, MemberData(nameof(LeadMarkers))]
    public void Every_lead_marker_in_brackets_marks_the_lead(string marker)
    {
        var t = Single($"1.创建国家卫生县城。\n责任单位:县卫健委({marker})、县民政局、县财政局");
        Assert.Equal(["县卫健委"], t.Lead);
        Assert.Equal(["县民政局", "县财政局"], t.Co);
    }

    public static TheoryData<string> CoMarkers => Of(l => l.CoMarkers);

    [Theory, MemberData(nameof(CoMarkers))]
    public void Every_co_marker_in_brackets_marks_a_co_lead(string marker)
    {
        var t = Single($"1.创建国家卫生县城。\n责任单位:县卫健委(牵头)、县民政局({marker})");
        Assert.Equal(["县卫健委"], t.Lead);
        Assert.Equal(["县民政局"], t.Co);
    }

    public static TheoryData<string> DeadlineLabels => Of(l => l.DeadlineLabels);

    [Theory, MemberData(nameof(DeadlineLabels))]
    public void Every_deadline_label_of_a_row_gives_the_deadline(string label)
    {
        var t = Single($"1.创建国家卫生县城。\n牵头单位:县卫健委\n{label}:2026年12月20日前");
        Assert.Equal(["县卫健委"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    public static TheoryData<string> SupervisorLabels => Of(l => l.SupervisorLabels);

    [Theory, MemberData(nameof(SupervisorLabels))]
    public void Every_supervisor_label_names_a_leader_not_a_unit(string label)
    {
        var t = Single($"1.创建国家卫生县城。\n{label}:王明副县长\n牵头单位:县卫健委\n完成时限:2026年12月20日");
        Assert.Equal(["县卫健委"], t.Lead);
        Assert.DoesNotContain(t.Lead.Concat(t.Co), u => u.Contains("王明"));
        Assert.Equal(Dec20, t.Deadline);
    }

    public static TheoryData<string> PersonOfUnit => Of(l => l.PersonOfUnit);

    /// <summary>
    /// "县财政局主要负责人要…": a person of a unit (负责人, 班子成员, 局长, 主要领导) is cut from it: the unit leads and the
    /// role-holder is its supervisor (rule RoleHolderIsSupervisor, twentieth round).
    /// </summary>
    [Theory, MemberData(nameof(PersonOfUnit))]
    public void A_person_of_a_unit_stands_for_the_unit(string person)
    {
        var t = Single($"县财政局{person}要在12月20日前完成专项资金清理。");
        Assert.Equal(["县财政局"], t.Lead);
        Assert.Equal("县财政局" + person, t.Supervisor);
        Assert.Equal(Dec20, t.Deadline);
    }

    public static TheoryData<string> SupervisorVerbs => Of(l => l.SupervisorVerbs);

    [Theory, MemberData(nameof(SupervisorVerbs))]
    public void A_leader_who_supervises_is_no_unit_and_the_unit_leads(string verb)
    {
        var t = Single($"由王明副县长{verb}，县财政局负责，12月20日前完成专项资金清理。");
        Assert.Equal(["县财政局"], t.Lead);
        Assert.DoesNotContain(t.Lead.Concat(t.Co), u => u.Contains("王明"));
        Assert.Equal(Dec20, t.Deadline);
    }

    public static TheoryData<string> Adverbs => Of(l => l.Adverbs);

    [Theory, MemberData(nameof(Adverbs))]
    public void An_adverb_after_a_unit_is_never_part_of_its_name(string adverb)
    {
        var tasks = Parse($"县财政局{adverb}完成专项资金清理，12月20日前报县政府。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县财政局"]));
        Assert.All(tasks, t => Assert.DoesNotContain(t.Lead, u => u.StartsWith("县财政局") && u != "县财政局"));
    }

    public static TheoryData<string> ActionVerbs => Of(l => l.ActionVerbs);

    [Theory, MemberData(nameof(ActionVerbs))]
    public void Every_action_verb_after_a_unit_makes_a_task(string verb)
    {
        var tasks = Parse($"县财政局要在12月20日前{verb}专项资金清理有关工作。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县财政局"]) && t.Deadline == Dec20);
    }

    public static TheoryData<string> ImperativeOpeners => Of(l => l.ImperativeOpeners);

    /// <summary>"会议要求，年底前完成…": a requirement with no unit is still a task, its lead left for the leader to pick.</summary>
    [Theory, MemberData(nameof(ImperativeOpeners))]
    public void An_imperative_without_a_subject_is_a_task_with_no_unit(string opener)
    {
        var t = Single($"会议要求，12月20日前{opener}全县低效用地清理工作。");
        Assert.Empty(t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    public static TheoryData<string> ClauseOpeners => Of(l => l.ClauseOpeners);

    [Theory, MemberData(nameof(ClauseOpeners))]
    public void A_clause_opener_is_never_part_of_the_unit_after_it(string opener)
    {
        var tasks = Parse($"{opener}，县财政局要在12月20日前完成专项资金清理。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县财政局"]) && t.Deadline == Dec20);
    }

    public static TheoryData<string> SpeakerVerbs => Of(l => l.SpeakerVerbs);

    [Theory, MemberData(nameof(SpeakerVerbs))]
    public void The_speaking_leader_is_no_unit(string verb)
    {
        var t = Single($"王明县长{verb}，县财政局要在12月20日前完成专项资金清理。");
        Assert.Equal(["县财政局"], t.Lead);
        Assert.Null(t.Supervisor);
    }

    public static TheoryData<string> AuthorityVerbs => Of(l => l.AuthorityVerbs);

    [Theory, MemberData(nameof(AuthorityVerbs))]
    public void The_body_that_decides_is_not_the_body_assigned(string verb)
    {
        var tasks = Parse($"县政府常务会议{verb}：县财政局要在12月20日前完成专项资金清理。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县财政局"]) && t.Deadline == Dec20);
        Assert.All(tasks, t => Assert.DoesNotContain(t.Lead, u => u.StartsWith("县政府")));
    }

    // Counter-test: after a modal the authority verb is the work asked of the unit ("县发改局要召开专题会议",
    // "县政府办要印发工作要点"), which keeps its lead; the list only marks the body's own predicate.
    [Theory, MemberData(nameof(AuthorityVerbs))]
    public void An_authority_verb_asked_of_a_unit_keeps_the_unit(string verb)
    {
        var t = Single($"县发改局要在12月20日前{verb}专项资金清理方案。");
        Assert.Equal(["县发改局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    public static TheoryData<string> StatementOpeners => Of(l => l.StatementOpeners);

    [Theory, MemberData(nameof(StatementOpeners))]
    public void A_statement_opener_before_an_order_keeps_the_order(string opener)
    {
        var tasks = Parse($"会议{opener}，专项资金沉淀问题突出。县财政局要在12月20日前完成专项资金清理。");
        var t = Assert.Single(tasks);
        Assert.Equal(["县财政局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    public static TheoryData<string> PrepositionOpeners => Of(l => l.PrepositionOpeners);

    [Theory, MemberData(nameof(PrepositionOpeners))]
    public void A_prepositional_opener_keeps_the_unit_after_it(string opener)
    {
        var tasks = Parse($"{opener}专项资金管理的有关规定，县财政局要在12月20日前完成专项资金清理。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县财政局"]) && t.Deadline == Dec20);
    }

    public static TheoryData<string> ServiceLimitBefore => Of(l => l.ServiceLimitBefore);

    /// <summary>"审批时限压缩至3个工作日": a promise to the public about each case, not a deadline of this task.</summary>
    [Theory, MemberData(nameof(ServiceLimitBefore))]
    public void A_service_time_limit_is_no_deadline_but_the_task_stays(string word)
    {
        var phrase = word.EndsWith("以内完成审批") ? $"企业开办3个工作日{word}" : $"企业开办审批时限{word}3个工作日";
        var t = Single($"县政务服务中心要优化审批流程，{phrase}。");
        Assert.Equal(["县政务服务中心"], t.Lead);
        Assert.Null(t.Deadline);
    }

    public static TheoryData<string> DeliverablePrefixes => Of(l => l.DeliverablePrefixes);

    [Theory, MemberData(nameof(DeliverablePrefixes))]
    public void A_deliverable_prefix_is_trimmed_from_the_deliverable(string prefix)
    {
        var t = Single($"县财政局要在12月20日前完成{prefix}专项资金清理。");
        Assert.Equal(Dec20, t.Deadline);
        Assert.Contains("专项资金清理", t.Deliverable);
        Assert.False(t.Deliverable!.StartsWith(prefix), $"deliverable «{t.Deliverable}» keeps the prefix «{prefix}»");
    }

    public static TheoryData<string> DeliverableSuffixes => Of(l => l.DeliverableSuffixes);

    [Theory, MemberData(nameof(DeliverableSuffixes))]
    public void A_deliverable_suffix_is_trimmed_from_the_deliverable(string suffix)
    {
        var t = Single($"县财政局要在12月20日前完成专项资金清理{suffix}。");
        Assert.Equal(Dec20, t.Deadline);
        Assert.Contains("专项资金清理", t.Deliverable);
        Assert.False(t.Deliverable!.EndsWith(suffix), $"deliverable «{t.Deliverable}» keeps the suffix «{suffix}»");
    }

    public static TheoryData<string> NameInnerWords => Of(l => l.NameInnerWords);

    /// <summary>"县应急管理局", "将乐县财政局": a word that is grammar elsewhere is part of a name here, inside it or at its start.</summary>
    [Theory, MemberData(nameof(NameInnerWords))]
    public void A_word_inside_a_name_does_not_cut_the_name(string word)
    {
        foreach (var unit in new[] { $"县{word}服务中心", $"{word}县财政局" })
        {
            var t = Single($"{unit}要在12月20日前完成专项资金清理。");
            Assert.Equal([unit], t.Lead);
            Assert.Equal(Dec20, t.Deadline);
        }
    }

    /// <summary>The words listed for this family alone: the family also holds every adverb and verb, tested above.</summary>
    public static TheoryData<string> FutureAfterJiang()
    {
        var shared = new[] { Lexicon.Adverbs, Lexicon.ActionVerbs, Lexicon.CompletionVerbs, Lexicon.ReportTriggers }
            .SelectMany(set => set.Words).ToHashSet();
        var data = new TheoryData<string>();
        foreach (var w in Lexicon.FutureAfterJiang.Words.Where(w => !shared.Contains(w))) data.Add(w);
        return data;
    }

    [Theory, MemberData(nameof(FutureAfterJiang))]
    public void The_writers_plans_after_jiang_are_no_task_but_orders_are(string word)
    {
        Assert.Empty(Parse($"下一步，我局将{word}推进专项资金清理工作。"));
        var t = Single($"县财政局要{word}推进专项资金清理工作，12月20日前完成。");
        Assert.Equal(["县财政局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    public static TheoryData<string> ReportMarkers => Of(l => l.ReportMarkers);

    [Theory, MemberData(nameof(ReportMarkers))]
    public void A_report_of_results_is_no_task_but_the_order_after_it_is(string word)
    {
        Assert.Empty(Parse($"今年{word}，县财政局完成专项资金清理12项，清理资金3000万元。"));
        var t = Single($"今年{word}专项资金沉淀问题突出，县财政局要在12月20日前完成专项资金清理。");
        Assert.Equal(["县财政局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Theory]
    [InlineData("金融办")]
    [InlineData("公安")]
    public void A_directory_name_without_a_suffix_is_a_unit(string unit)
    {
        var parser = new DirectiveParser(Lexicon.WithKnownUnits([unit]), TaskBot.Calendar.ChinaWorkingCalendar.Default);
        var t = Assert.Single(parser.Parse($"{unit}要在12月20日前完成专项资金清理。", Reference));
        Assert.Equal([unit], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    /// <summary>
    /// Found by the family tests: after "X前" (by X) a following 以/起 begins the next word ("以书面形式", "起草"),
    /// it does not turn the date into a start ("自X起") or a "since" (以来). Counter-tests: a real start and a
    /// "since" stay no deadline.
    /// </summary>
    [Theory]
    [InlineData("请县财政局于12月20日前以书面形式报县政府办公室。", "2026-12-20")]
    [InlineData("县财政局要在12月底前起草专项资金管理办法。", "2026-12-31")]
    [InlineData("县财政局要在12月20日之前以正式文件报送清理结果。", "2026-12-20")]
    [InlineData("县财政局要在12月20日起开展专项资金清理。", null)]
    [InlineData("县财政局要对6月底以来的专项资金开展清理。", null)]
    public void A_word_after_a_by_date_does_not_make_it_a_start(string text, string? date)
    {
        var t = Single(text);
        Assert.Equal(["县财政局"], t.Lead);
        Assert.Equal(date is null ? null : DateOnly.Parse(date), t.Deadline);
    }

    public static TheoryData<string> MeetingAgendaOpeners => Of(l => l.MeetingAgendaOpeners);

    /// <summary>"会议审议了…" tells what the meeting took up; an order in the same text keeps its task.</summary>
    [Theory, MemberData(nameof(MeetingAgendaOpeners))]
    public void An_agenda_opener_before_an_order_keeps_the_order(string opener)
    {
        var tasks = Parse($"{opener}专项资金管理有关情况。会议要求，县财政局要在12月20日前完成专项资金清理。");
        var t = Assert.Single(tasks);
        Assert.Equal(["县财政局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    public static TheoryData<string> DeliverableExhortations => Of(l => l.DeliverableExhortations);

    [Theory, MemberData(nameof(DeliverableExhortations))]
    public void An_exhortation_is_no_part_of_the_deliverable(string words)
    {
        var t = Single($"县发改局要{words}，于12月20日前完成年度投资计划编制。");
        Assert.Equal(["县发改局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
        Assert.Contains("年度投资计划", t.Deliverable);
        Assert.DoesNotContain(words, t.Deliverable);
    }

    public static TheoryData<string> DeliverableElaborations => Of(l => l.DeliverableElaborations);

    /// <summary>"制定工作方案，明确时间节点": what the product must state is no second job; alone, it is the job.</summary>
    [Theory, MemberData(nameof(DeliverableElaborations))]
    public void What_spells_out_a_product_is_no_part_of_the_deliverable(string word)
    {
        var t = Single($"各责任单位要于12月20日前制定工作方案，{word}时间节点、责任人。");
        Assert.Equal("工作方案", t.Deliverable);
        var alone = Single($"县应急管理局要于12月20日前{word}各乡镇防汛责任人。");
        Assert.Contains("各乡镇防汛责任人", alone.Deliverable);
    }

    public static TheoryData<string> DocumentHeads => Of(l => l.DocumentHeads);

    [Theory, MemberData(nameof(DocumentHeads))]
    public void A_document_to_draw_up_is_the_deliverable_without_its_verb(string head)
    {
        var t = Single($"县发改局要于12月20日前拿出产业扶持{head}。");
        Assert.Equal(["县发改局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
        Assert.Equal($"产业扶持{head}", t.Deliverable);
    }

    public static TheoryData<string> NominalHeads => Of(l => l.NominalHeads);

    [Theory, MemberData(nameof(NominalHeads))]
    public void Completion_made_a_noun_is_no_part_of_the_deliverable(string head)
    {
        var t = Single($"各牵头单位要于12月20日前制订办理方案，明确工作目标、完成{head}。");
        Assert.Equal(Dec20, t.Deadline);
        Assert.Equal("办理方案", t.Deliverable);
    }
}
