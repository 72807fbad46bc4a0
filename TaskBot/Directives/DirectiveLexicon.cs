using System.Text.Json;

namespace TaskBot.Directives;

/// <summary>
/// The vocabulary of the directive grammar, loaded from Data/directive-lexicon.json (editable without a rebuild)
/// plus the unit names of the directory, so the parser and the directory never keep two lists of units.
/// </summary>
public sealed class DirectiveLexicon
{
    public PhraseSet UnitSuffixes { get; }
    public PhraseSet NotUnits { get; }
    public PhraseSet GenericQuantifiers { get; }
    public PhraseSet LeadRoles { get; }
    public PhraseSet CoRoles { get; }
    public PhraseSet WithTriggers { get; }
    public PhraseSet AddresseeTriggers { get; }
    public PhraseSet ReportTriggers { get; }
    public PhraseSet NotTriggers { get; }
    public PhraseSet LeadLabels { get; }
    public PhraseSet ResponsibleLabels { get; }
    public PhraseSet CoLabels { get; }
    public PhraseSet LeadMarkers { get; }
    public PhraseSet CoMarkers { get; }
    public PhraseSet DeadlineLabels { get; }
    /// <summary>牵头领导: / 责任领导: in task tables name the supervising leader.</summary>
    public PhraseSet SupervisorLabels { get; }
    /// <summary>A table's time-limit cell for a standing task (持续推进, 长期坚持): a cell of the row, no date. Only a whole cell counts.</summary>
    public PhraseSet StandingTimeLimits { get; }
    public PhraseSet PersonOfUnit { get; }
    public PhraseSet LeaderTitles { get; }
    public PhraseSet SupervisorVerbs { get; }
    /// <summary>
    /// First characters of the words the clause reader looks for after a clause's subject (addressee, with, report and
    /// supervisor words): between them, and between deadline phrases, it has nothing to read and jumps.
    /// </summary>
    public System.Buffers.SearchValues<char> SlotWordStarts { get; }
    public PhraseSet Adverbs { get; }
    public PhraseSet ActionVerbs { get; }
    public PhraseSet CompletionVerbs { get; }
    public PhraseSet ImperativeOpeners { get; }
    public PhraseSet ClauseOpeners { get; }
    public PhraseSet SpeakerVerbs { get; }
    /// <summary>What an issuing body does (决定, 同意, 要求…): a unit before these decides or asks, it is not assigned.</summary>
    public PhraseSet AuthorityVerbs { get; }
    /// <summary>Verbs that report a view (指出, 认为): what follows is a statement unless a unit is told to act.</summary>
    public PhraseSet StatementOpeners { get; }
    public PhraseSet PrepositionOpeners { get; }
    public PhraseSet NarrativeMarkers { get; }
    public PhraseSet TransmittalMarkers { get; }
    public PhraseSet SanctionMarkers { get; }
    /// <summary>What a sanction clause ends in (问责, 约谈…): after a condition (对…的) it threatens, it assigns nothing.</summary>
    public PhraseSet SanctionEndings { get; }
    public PhraseSet VagueDeadlines { get; }
    /// <summary>
    /// What a "现将…如下" line announces when it opens the list of work asked (要求, 任务, 措施, 分工: "现将具体要求通知如下",
    /// "现将重点工作任务分工如下"): rule AnnouncesWhatFollows leaves such a line, and the preamble before it, to the list's rules.
    /// </summary>
    public PhraseSet AnnouncedAskedMatters { get; }
    public PhraseSet ServiceLimitBefore { get; }
    public PhraseSet DeliverablePrefixes { get; }
    public PhraseSet DeliverableSuffixes { get; }
    /// <summary>Jobs a clerk never writes down: the whole phrase is an exhortation ("狠抓落实", "形成工作合力").</summary>
    public PhraseSet DeliverableExhortations { get; }
    /// <summary>Verbs that spell out a product named before ("制订工作方案，明确时间节点"): not a job of their own.</summary>
    public PhraseSet DeliverableElaborations { get; }
    /// <summary>Endings that make a job a frame: "落实市委、市政府决策部署", "落实…的要求" say whose orders, not what to do.</summary>
    public PhraseSet FrameEndings { get; }
    /// <summary>deliverableTrim.supportVerbs: verbs that only say where to look (聚焦老旧小区治理难点): the 台账 writes
    /// what is looked at, see Deliverables' rule SupportVerbIsNoPart.</summary>
    public PhraseSet SupportVerbs { get; }
    /// <summary>States a job brings its object to ("…整改到位", "…落实"): no head of the deliverable, see StateToReachIsNoJob.</summary>
    public PhraseSet StateHeads { get; }
    /// <summary>deliverableTrim.effectOpeners: the verb of an effect clause (减少, 维护, 形成, 提高), with <see cref="EffectHeads"/>.</summary>
    public PhraseSet EffectOpeners { get; }
    /// <summary>deliverableTrim.effectHeads: what an effect clause ends in (态势, 局面, 意识, 安全, 影响…).</summary>
    public PhraseSet EffectHeads { get; }
    /// <summary>Nouns that make the verb before them a noun: "完成时限", "任务完成情况" are no 完成 to do.</summary>
    public PhraseSet NominalHeads { get; }
    /// <summary>Heads of a document to hand over ("…方案", "…清单"): such an object is the deliverable without its verb.</summary>
    public PhraseSet DocumentHeads { get; }
    public PhraseSet NameInnerWords { get; }
    /// <summary>Verbs that give a unit its role in the work ("县财政局作为牵头单位，要…", "各乡镇作为实施主体"): they end the
    /// unit's name and follow it as a subject's verb does (rule RoleCopulaEndsName).</summary>
    public PhraseSet RoleCopulas { get; }
    /// <summary>Words that may stand between a partner named after 要与 and its 配合 word ("要与施工单位相互配合"), rule
    /// PartnerAfterYuCooperates.</summary>
    public PhraseSet CooperationModifiers { get; }
    /// <summary>Words that ask something of someone (要, 须, 请 …): a sentence with one is never dropped as narrative.</summary>
    public PhraseSet DirectiveModals { get; }
    /// <summary>Words that hold a modal's character without asking anything (主要, 需要, 要点, 机要, 交通要道, 供应, 应急):
    /// a 要 or 应 inside one of them is part of the word (<see cref="PhraseSet.Covers"/>).</summary>
    public PhraseSet ModalInsideWords { get; }
    /// <summary>Phrases that tell of the meeting itself (主持召开, 会议于): such a sentence frames the minutes.</summary>
    public PhraseSet MeetingFraming { get; }
    /// <summary>Labels of the minutes' header lines (出席：, 列席：, 记录：).</summary>
    public PhraseSet MinutesHeaderLabels { get; }
    /// <summary>"会上，…" opens a report of what was said or done at the meeting.</summary>
    public PhraseSet MeetingNarrativeOpeners { get; }
    /// <summary>征求意见, 公示, 如有异议: an invitation to the public, not an assignment.</summary>
    public PhraseSet PublicNoticeMarkers { get; }
    /// <summary>发现, 未按要求: findings of an inspection, not an assignment.</summary>
    public PhraseSet FindingMarkers { get; }
    /// <summary>高度重视, 提高认识, 压实责任: an attitude asked for, nothing handed over; never a task's action on its own.</summary>
    public PhraseSet AttitudePhrases { get; }
    /// <summary>"会议议定：", "会议决定如下：": what follows in minutes is decided, declarative or not.</summary>
    public PhraseSet DecisionHeaders { get; }
    /// <summary>What may follow a future 将 ("将进一步…", "将进行整理"): the writer announcing its own plans.</summary>
    public PhraseSet FutureAfterJiang { get; }
    /// <summary>我局, 该县, 下一步: the writer speaking of itself or of its plans.</summary>
    public PhraseSet SelfReferences { get; }
    /// <summary>切实, 认真, 积极: the official style of asking, after a unit, without 要.</summary>
    public PhraseSet ExhortativeAdverbs { get; }
    /// <summary>以来, 取得, 成效: a sentence telling of results, even if it uses the words of asking.</summary>
    public PhraseSet ReportMarkers { get; }
    /// <summary>所在, 处理, 部署: a one-character unit suffix that is really the start of another word.</summary>
    public PhraseSet WordsAfterSuffix { get; }
    /// <summary>一般在…内办结, 原则上, 凡是, 视为: a standing procedural rule, not an assignment.</summary>
    public PhraseSet StandingRuleMarkers { get; }
    /// <summary>实行 / 推行 …制(度): a body declaring how it works.</summary>
    public PhraseSet InstitutionVerbs { get; }
    /// <summary>预计, 有望, 计划于: a forecast of when something will be done, not an order to do it.</summary>
    public PhraseSet ForecastMarkers { get; }
    /// <summary>收到, 受理: events that recur case by case; a time limit counted from them is a standing procedure.</summary>
    public PhraseSet RecurringEventVerbs { get; }
    /// <summary>问题, 不足, 短板: what a finding (存在…问题) ends in.</summary>
    public PhraseSet ProblemNouns { get; }
    /// <summary>印发, 下发, 出台: a document issued; an ask after 印发了 / 下发《…》 reports what the document asked.</summary>
    public PhraseSet IssuingVerbs { get; }
    /// <summary>下达, 提出, 出具: a notice handed out to whoever was inspected ("下达了整改通知书").</summary>
    public PhraseSet NoticeVerbs { get; }
    /// <summary>发至, 下发至, 签发给: a body sending what it drew up on to others (SentenceRules HandsOutToAddressees).</summary>
    public PhraseSet HandOutVerbs { get; }
    /// <summary>通知书, 整改意见, 督办单: the notices an inspection hands out; an ask after one handed out reports what it asked.</summary>
    public PhraseSet NoticeDocuments { get; }
    /// <summary>
    /// 责任单位, 时间节点, 完成时限: the headings of an assignment (who, by when). A sentence that says the meeting or the
    /// body 明确(了) these, and names no job, tells that work was assigned elsewhere (rule AssignmentDescribed).
    /// </summary>
    public PhraseSet AssignmentCategories { get; }
    /// <summary>
    /// 纸质版, 电子版, 签字确认后: a clause opened by the form a material is handed in (rule HandInOfWorkAbove).
    /// </summary>
    public PhraseSet HandInForms { get; }
    /// <summary>签字, 盖章, 审核: the sign-off in "经…审核签字后" that opens a clause telling how the material above is handed in.</summary>
    public PhraseSet SignOffWords { get; }
    /// <summary>同比, 完成率, 累计完成: figures reported.</summary>
    public PhraseSet StatisticsMarkers { get; }

    /// <summary>
    /// Twenty-first round, rule Explanation: what a kind of document or practice is (是一种, 是指) or an example of
    /// it (比如, 例如, 譬如): a text that explains, with nothing handed over (conventions: "a description of a document").
    /// </summary>
    public PhraseSet ExplanationMarkers { get; }

    /// <summary>
    /// Twenty-second round, rule RallyEnding: 而奋斗, 而努力奋斗, 继续奋斗: what a rally's last clause ends in ("为建设…而努力奋斗"):
    /// a call to effort, the close of a speech, nothing handed over (conventions: "exhortations with nothing to hand over").
    /// </summary>
    public PhraseSet RallyEndings { get; }

    /// <summary>
    /// Twenty-second round, rule CountStated: 共有, 共计, 总共, 合计 before a number and its measure word ("共有12类45件",
    /// "总共112件"): a total told, a statistic (conventions: "progress reports and statistics").
    /// </summary>
    public PhraseSet CountMarkers { get; }
    /// <summary>
    /// Twelfth round: 率为, 率是: a rate stated with a copula and its figure ("按期办结率为100%"), read off, not a target to
    /// reach (SentenceRules RateStated).
    /// </summary>
    public PhraseSet RateCopulas { get; }
    /// <summary>Twelfth round: 定于: the writer fixes the time of its own event or work (SentenceRules ScheduledOwnEvent).</summary>
    public PhraseSet ScheduleMarkers { get; }
    /// <summary>
    /// Twenty-first round: 目标, 节点, 要求, 时限: a noun that names a date as the target or time node of the work
    /// ("按照9月30日建成通车的目标", "围绕12月28日节点目标", "以3月15日为时间节点"): the date before it is the work's deadline
    /// (DeadlinePlacement rule date_named_as_target).
    /// </summary>
    public PhraseSet TargetNouns { get; }
    /// <summary>
    /// Nineteenth round: 至关重要, 重要举措, 面临考验, 时间紧、任务重: the predicate of a judgement on how much a matter weighs
    /// or how hard it will be, ending a sentence that asks nothing (SentenceRules JudgementStated).
    /// </summary>
    public PhraseSet JudgementEndings { get; }
    /// <summary>Twelfth round: 鼓励 opening a sentence: it invites, it assigns nothing (SentenceRules EncouragementOnly).</summary>
    public PhraseSet EncouragementOpeners { get; }

    /// <summary>
    /// Twenty-fourth round, rule PledgeReported: the verb that reports what someone said in reply (表示), closing the
    /// clause that names the speaker ("被巡察党组织主要负责人表示，…", "居民志愿者们纷纷表示，…").
    /// </summary>
    public PhraseSet PledgeVerbs { get; }
    /// <summary>
    /// Twenty-fourth round, rule PronounSubjectReport: a third-person plural pronoun (他们, 她们) opening a sentence as its
    /// subject ("他们深入野外用火点检查督促防火工作，…"): the people the text has just told about, told about again.
    /// </summary>
    public PhraseSet PronounSubjects { get; }
    /// <summary>会议审议, 会议听取, 会议对: a sentence opened so tells what the meeting took up.</summary>
    public PhraseSet MeetingAgendaOpeners { get; }
    /// <summary>Words that tell of work deployed or asked (部署, 布置, 安排, 强调了, 提出了): a report of the meeting that
    /// tells a leader deployed or asked for work, right before a numbered list, introduces the work (rule
    /// StatementIntroAsksList).</summary>
    public PhraseSet ListDeployWords { get; }
    /// <summary>目标, 工作, 相关 before 要求: the noun (a requirement set elsewhere), not the verb that asks.</summary>
    public PhraseSet RequirementNounModifiers { get; }
    /// <summary>为, 按照, 根据: a preamble opens with its purpose or basis.</summary>
    public PhraseSet PreambleOpeners { get; }
    /// <summary>如下, 特制定本方案: a preamble ends by announcing what follows.</summary>
    public PhraseSet PreambleEndings { get; }
    /// <summary>要求, 精神, 部署: what a clause citing the basis of the text ends in ("按照《…》要求，") (rule CitedBasisIsNoJob).</summary>
    public PhraseSet BasisEndings { get; }
    /// <summary>高度重视, 紧迫感, 工作合力: what a clause that only asks for an attitude ends in.</summary>
    public PhraseSet AttitudeEndings { get; }
    /// <summary>推进工作, 开展工作, 各方面工作: a verb on 工作 itself names no job (rule BareWorkNamesNothing).</summary>
    public PhraseSet BareWorkEndings { get; }
    /// <summary>改造, 建设, 整治: work done on a place, which makes the place before it the work's topic (rule
    /// WorkOnPlaceIsTopic).</summary>
    public PhraseSet PlaceWorkNouns { get; }
    /// <summary>成立, 组成, 组建, 设立: a verb that sets up a body (a group, a team); the body after it is set up, never
    /// the unit that acts, and the verb is no part of a name (rule SetUpVerbEndsName).</summary>
    public PhraseSet SetUpVerbs { get; }
    /// <summary>The formula that closes a report sent up to a superior: 特此报告, 专此报告.</summary>
    public PhraseSet ReportClosings { get; }
    /// <summary>情况, 报送, 总结, 反馈 …: a sentence about the work above that holds one asks for a report of that work
    /// (a task of its own), not for the work to be finished by a date (rule RecapDatesWorkAbove).</summary>
    public PhraseSet WorkReportWords { get; }
    /// <summary>The public as an addressee of 请 in a notice: 居民, 群众, 市民, 公众, 各界人士.</summary>
    public PhraseSet PublicAddressees { get; }
    /// <summary>
    /// 近日, 日前, 昨日, 据悉, 据了解, 记者了解到: the opening of a news report, a time just past or the reporter's source
    /// (SentenceRules NewsOpening): what follows is told as news, not handed over.
    /// </summary>
    public PhraseSet NewsOpeners { get; }
    /// <summary>
    /// 印发给你们, 现予以印发: a cover letter hands its document over (SentenceRules CoverLetter). Not among the
    /// <see cref="SentenceRuleCues"/>: every marker holds 印发, one of the <see cref="IssuingVerbs"/> already looked for.
    /// </summary>
    public PhraseSet CoverLetterMarkers { get; }
    /// <summary>贯彻执行, 目标任务: what the stock closing clauses of a cover letter end in (SentenceRules CoverLetter).</summary>
    public PhraseSet CoverLetterClosings { get; }
    /// <summary>纳入, 列入, 作为: where a 将/把 construction puts its object ("将办理工作纳入绩效目标").</summary>
    public PhraseSet DisposalTargets { get; }
    /// <summary>Every word some sentence rule looks for, in one set: most sentences hold none, and are passed in one scan.</summary>
    public PhraseSet SentenceRuleCues { get; }
    /// <summary>此次, 当前, 任何: words that open a phrase about something, never a unit's name.</summary>
    public PhraseSet NotNameStarts { get; }
    /// <summary>经, 由, 对 …: a one-character preposition before a unit is not part of its name.</summary>
    public PhraseSet PrepositionsBeforeUnits { get; }
    /// <summary>财政, 交通, 住建: a sector written for its bureau ("县财政安排…", "区交通要…"), after an administrative prefix.</summary>
    public PhraseSet SectorNames { get; }
    /// <summary>办事处, 指挥部, 项目方: a body named by its kind alone, a unit only where a subject stands.</summary>
    public PhraseSet BareBodies { get; }
    /// <summary>Groups of people a quantifier addresses like a unit: 全体干部, 全体帮扶责任人 (UnitGrammar rule PersonnelGroupAsUnit).</summary>
    public PhraseSet PersonnelGroups { get; }
    /// <summary>
    /// 领导, 负责人, 书记: leaders of a body, never a unit (UnitGrammar rule PeopleAreNoUnit, label line r20-roles 1):
    /// written where a unit stands, the body before them leads and the phrase as written is the supervisor.
    /// </summary>
    public PhraseSet LeaderPeople { get; }
    /// <summary>干部, 工作人员, 辅导员: staff, never a unit (rule PeopleAreNoUnit): the body before them leads, else nobody.</summary>
    public PhraseSet StaffPeople { get; }
    /// <summary>成员: members of a body, never the body acting (rule PeopleAreNoUnit; owner da-074 政府各班子成员 → lead []).</summary>
    public PhraseSet MemberPeople { get; }
    /// <summary>
    /// 认识, 责任, 措施: the aspects of a unit's work a requirement speaks of ("各责任单位思想认识要再提高", UnitGrammar rule
    /// TopicThenModal). A closed set, so that "全镇上下要", "区委常委下周要" never cut a name or take a time for a topic.
    /// </summary>
    public PhraseSet WorkAspects { get; }
    /// <summary>
    /// 接到, 接此, 收到: a unit receiving the notice ("各单位接此通知后…", UnitGrammar rule NoticeReceiptFollows); the unit is
    /// the subject of the work that follows. Only before 通知 (a few characters on), so "收到" alone reads nobody.
    /// </summary>
    public PhraseSet NoticeReceipts { get; }
    /// <summary>
    /// 指导, 督促, 协调, 统筹, 抽调, 会商…: what one unit does to another ("县财政局指导各乡镇…", UnitGrammar rule
    /// OversightVerbEndsName). Only before another unit does such a verb end the name, so 县委组织部, 县政府督查室 stay whole.
    /// </summary>
    public PhraseSet OversightVerbs { get; }
    /// <summary>
    /// 审核, 汇总, 对…: what the unit a result is sent to does with it, said right after that unit names
    /// itself again ("…提交学院，学院审核后报…"; OverGeneration rule ReceiverActsOnReport). Only in that position.
    /// </summary>
    public PhraseSet ReceiverActions { get; }

    /// <summary>
    /// 上述, 前述: a back-reference to the items listed above, the mark of a closing recap ("请各责任单位针对上述问题尽快整改";
    /// SentenceRule RecapOfListedItems). Only read inside the recap's first clause, after its addressee.
    /// </summary>
    public PhraseSet RecapReferences { get; }

    /// <summary>整改, 落实, 整改到位…: the verbs a recap closes its clause on, restating the listed work without naming any.</summary>
    public PhraseSet RecapVerbs { get; }

    /// <summary>整改结果, 整改情况, 落实情况: a recap's later clause opening on the result of the listed work, to be reported.</summary>
    public PhraseSet RecapResults { get; }
    /// <summary>
    /// 列第一位为牵头, 排名第一位为牵头, 第一责任单位为牵头: a note after a 责任单位 list ("(第一责任单位为牵头单位,下同)") that
    /// makes the first unit listed the lead and the others its co-leads (Blocks rule FirstListedLeadsNote).
    /// </summary>
    public PhraseSet FirstListedLeadNotes { get; }
    /// <summary>Directory units and aliases (surface forms) that the grammar alone might miss, e.g. 金融办, 公安.</summary>
    public PhraseSet KnownUnits { get; private set; }

    DirectiveLexicon(JsonElement root, IEnumerable<string> knownUnits)
    {
        PhraseSet Set(string name) => new(Strings(root, name));
        PhraseSet Nested(string parent, string name) => new(Strings(root.GetProperty(parent), name));
        UnitSuffixes = Set("unitSuffixes");
        NotUnits = Set("notUnits");
        GenericQuantifiers = Set("genericQuantifiers");
        LeadRoles = Set("leadRoles");
        CoRoles = Set("coRoles");
        WithTriggers = Set("withTriggers");
        AddresseeTriggers = Set("addresseeTriggers");
        ReportTriggers = Set("reportTriggers");
        NotTriggers = Set("notTriggers");
        LeadLabels = Nested("roleLabels", "lead");
        ResponsibleLabels = Nested("roleLabels", "responsible");
        CoLabels = Nested("roleLabels", "co");
        LeadMarkers = Nested("roleMarkers", "lead");
        CoMarkers = Nested("roleMarkers", "co");
        DeadlineLabels = Set("deadlineLabels");
        SupervisorLabels = Set("supervisorLabels");
        StandingTimeLimits = Set("standingTimeLimits");
        PersonOfUnit = Set("personOfUnit");
        LeaderTitles = Set("leaderTitles");
        SupervisorVerbs = Set("supervisorVerbs");
        SlotWordStarts = System.Buffers.SearchValues.Create([.. new[] { AddresseeTriggers, WithTriggers, ReportTriggers, SupervisorVerbs }
            .SelectMany(set => set.Words).Select(w => w[0]).Distinct()]);
        Adverbs = Set("adverbs");
        ActionVerbs = Set("actionVerbs");
        CompletionVerbs = Set("completionVerbs");
        ImperativeOpeners = Set("imperativeOpeners");
        ClauseOpeners = Set("clauseOpeners");
        SpeakerVerbs = Set("speakerVerbs");
        AuthorityVerbs = Set("authorityVerbs");
        StatementOpeners = Set("statementOpeners");
        PrepositionOpeners = Set("prepositionOpeners");
        NarrativeMarkers = Set("narrativeMarkers");
        TransmittalMarkers = Set("transmittalMarkers");
        SanctionMarkers = Set("sanctionMarkers");
        SanctionEndings = Set("sanctionEndings");
        VagueDeadlines = Set("vagueDeadlines");
        AnnouncedAskedMatters = Set("announcedAskedMatters");
        ServiceLimitBefore = Set("serviceLimitBefore");
        DeliverablePrefixes = Nested("deliverableTrim", "prefixes");
        DeliverableSuffixes = Nested("deliverableTrim", "suffixes");
        DeliverableExhortations = Nested("deliverableTrim", "exhortations");
        DeliverableElaborations = Nested("deliverableTrim", "elaborations");
        FrameEndings = Nested("deliverableTrim", "frameEndings");
        SupportVerbs = Nested("deliverableTrim", "supportVerbs");
        StateHeads = Nested("deliverableTrim", "stateHeads");
        EffectOpeners = Nested("deliverableTrim", "effectOpeners");
        EffectHeads = Nested("deliverableTrim", "effectHeads");
        NominalHeads = Nested("deliverableTrim", "nominalHeads");
        DocumentHeads = Nested("deliverableTrim", "documentHeads");
        NameInnerWords = Set("nameInnerWords");
        RoleCopulas = Set("roleCopulas");
        CooperationModifiers = Set("cooperationModifiers");
        DirectiveModals = Set("directiveModals");
        ModalInsideWords = Set("modalInsideWords");
        MeetingFraming = Set("meetingFraming");
        MinutesHeaderLabels = Set("minutesHeaderLabels");
        MeetingNarrativeOpeners = Set("meetingNarrativeOpeners");
        PublicNoticeMarkers = Set("publicNoticeMarkers");
        FindingMarkers = Set("findingMarkers");
        AttitudePhrases = Set("attitudePhrases");
        DecisionHeaders = Set("decisionHeaders");
        SelfReferences = Set("selfReferences");
        ExhortativeAdverbs = Set("exhortativeAdverbs");
        ReportMarkers = Set("reportMarkers");
        WordsAfterSuffix = Set("wordsAfterSuffix");
        StandingRuleMarkers = Set("standingRuleMarkers");
        InstitutionVerbs = Set("institutionVerbs");
        ForecastMarkers = Set("forecastMarkers");
        RecurringEventVerbs = Set("recurringEventVerbs");
        ProblemNouns = Set("problemNouns");
        IssuingVerbs = Set("issuingVerbs");
        NoticeVerbs = Set("noticeVerbs");
        HandOutVerbs = Set("handOutVerbs");
        NoticeDocuments = Set("noticeDocuments");
        AssignmentCategories = Set("assignmentCategories");
        HandInForms = Set("handInForms");
        SignOffWords = Set("signOffWords");
        StatisticsMarkers = Set("statisticsMarkers");
        ExplanationMarkers = Set("explanationMarkers");
        RallyEndings = Set("rallyEndings");
        CountMarkers = Set("countMarkers");
        RateCopulas = Set("rateCopulas");
        JudgementEndings = Set("judgementEndings");
        ScheduleMarkers = Set("scheduleMarkers");
        TargetNouns = Set("targetNouns");
        EncouragementOpeners = Set("encouragementOpeners");
        PledgeVerbs = Set("pledgeVerbs");
        PronounSubjects = Set("pronounSubjects");
        NotNameStarts = Set("notNameStarts");
        MeetingAgendaOpeners = Set("meetingAgendaOpeners");
        ListDeployWords = Set("listDeployWords");
        RequirementNounModifiers = Set("requirementNounModifiers");
        DisposalTargets = Set("disposalTargets");
        AttitudeEndings = Set("attitudeEndings");
        BareWorkEndings = Set("bareWorkEndings");
        PlaceWorkNouns = Set("placeWorkNouns");
        SetUpVerbs = Set("setUpVerbs");
        ReportClosings = Set("reportClosings");
        WorkReportWords = Set("workReportWords");
        PublicAddressees = Set("publicAddressees");
        NewsOpeners = Set("newsOpeners");
        CoverLetterMarkers = Set("coverLetterMarkers");
        CoverLetterClosings = Set("coverLetterClosings");
        PreambleOpeners = Set("preambleOpeners");
        PreambleEndings = Set("preambleEndings");
        BasisEndings = Set("basisEndings");
        PrepositionsBeforeUnits = Set("prepositionsBeforeUnits");
        SectorNames = Set("sectorNames");
        BareBodies = Set("bareBodies");
        PersonnelGroups = Set("personnelGroups");
        LeaderPeople = Set("leaderPeople");
        StaffPeople = Set("staffPeople");
        MemberPeople = Set("memberPeople");
        WorkAspects = Set("workAspects");
        NoticeReceipts = Set("noticeReceipts");
        OversightVerbs = Set("oversightVerbs");
        ReceiverActions = Set("receiverActions");
        RecapReferences = Set("recapReferences");
        RecapVerbs = Set("recapVerbs");
        RecapResults = Set("recapResults");
        FirstListedLeadNotes = Set("firstListedLeadNotes");
        SentenceRuleCues = new PhraseSet(new[] { MeetingFraming, MeetingNarrativeOpeners, PublicNoticeMarkers, FindingMarkers,
            StandingRuleMarkers, InstitutionVerbs, ForecastMarkers, StatisticsMarkers, ExplanationMarkers, RallyEndings, CountMarkers, MeetingAgendaOpeners, AttitudeEndings,
            RateCopulas, ScheduleMarkers, EncouragementOpeners, JudgementEndings, PledgeVerbs, RecapReferences, PronounSubjects }.SelectMany(set => set.Words));
        FutureAfterJiang = new PhraseSet(new[] { Adverbs, ActionVerbs, CompletionVerbs, ReportTriggers }.SelectMany(set => set.Words).Concat(Strings(root, "futureAfterJiang")));
        _standalone = Strings(root, "standaloneUnits").ToArray();
        var directory = knownUnits.ToArray();
        HasDirectory = directory.Length > 0;
        KnownUnits = new PhraseSet(directory.Concat(_standalone));
    }

    /// <summary>
    /// Whether any word that can give a block its role (牵头, 配合, a 牵头单位/责任单位/配合单位 label, a first-listed note)
    /// occurs in <paramref name="span"/>: Blocks asks it before reading a bracket as a block, since a bracket without one
    /// ("(主要是房屋建筑和城市基础设施)") can never be one, and most brackets are such asides.
    /// </summary>
    internal bool MayGiveBlockRole(ReadOnlySpan<char> span) =>
        (_blockRoleWords ??= new PhraseSet(new[] { LeadRoles, CoRoles, LeadLabels, CoLabels, ResponsibleLabels, FirstListedLeadNotes }
            .SelectMany(set => set.Words))).OccursIn(span);
    PhraseSet? _blockRoleWords;

    /// <summary>
    /// One bit per character (65,536 bits): the characters at which <see cref="SentenceView.MightMatchARule"/> can find a
    /// cue, i.e. the single characters it tests and the first characters of the word lists it asks. Its scan of every
    /// sentence skips any other character with one test instead of a dozen comparisons and three list lookups.
    /// Keep in step with <see cref="SentenceView.MightMatchARule"/>.
    /// </summary>
    internal ulong[] RuleCueChars => _ruleCueChars ??= RuleCueBits();
    ulong[]? _ruleCueChars;

    ulong[] RuleCueBits() => CharBits.Of("了将已存的正以决明本此该截是内工制凡提由%％".Concat(
        new[] { IssuingVerbs, RecurringEventVerbs, SentenceRuleCues }.SelectMany(set => set.Words).Select(w => w[0])));

    /// <summary>
    /// One bit per character: the first characters of the labels <see cref="Blocks"/> reads before a colon (lead, co,
    /// responsible, supervisor and deadline labels). Its walk over an item with a colon skips any other character with
    /// one test, before it asks whether the place lies in a block already found (a walk over those blocks).
    /// </summary>
    internal ulong[] BlockLabelChars => _blockLabelChars ??= CharBits.Of(
        new[] { LeadLabels, CoLabels, ResponsibleLabels, SupervisorLabels, DeadlineLabels }.SelectMany(set => set.Words).Select(w => w[0]));
    ulong[]? _blockLabelChars;

    /// <summary>Whether directory units were given: only then is a unit missing from it worth a warning.</summary>
    public bool HasDirectory { get; private set; }

    /// <summary>Addressees with no unit suffix ("各县", "各地"): always known, whatever the directory holds.</summary>
    readonly string[] _standalone;
    public IReadOnlyList<string> StandaloneUnits => _standalone;

    static IEnumerable<string> Strings(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var arr) && arr.ValueKind == JsonValueKind.Array
            ? arr.EnumerateArray().Select(e => e.GetString() ?? "").ToArray()
            : throw new InvalidDataException($"directive lexicon: missing word list '{name}' / 词表缺少 '{name}'");

    public static DirectiveLexicon FromJson(string json, IEnumerable<string>? knownUnits = null)
    {
        using var doc = JsonDocument.Parse(json);
        return new DirectiveLexicon(doc.RootElement, knownUnits ?? []);
    }

    public static DirectiveLexicon Load(string path, IEnumerable<string>? knownUnits = null) =>
        FromJson(File.ReadAllText(path), knownUnits);

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Data", "directive-lexicon.json");

    /// <summary>A copy that knows the given directory units (names and aliases); every word list is shared.</summary>
    public DirectiveLexicon WithKnownUnits(IEnumerable<string> units)
    {
        var copy = (DirectiveLexicon)MemberwiseClone();
        var directory = units.ToArray();
        copy.HasDirectory = directory.Length > 0;
        copy.KnownUnits = new PhraseSet(directory.Concat(_standalone));
        return copy;
    }
}
