namespace TaskBot.Directives.Stages;

/// <summary>A task being grouped: the clauses merged into it so far. <see cref="TaskBuilder"/> turns it into a <see cref="ParsedTask"/>.</summary>
internal sealed class Draft(int start)
{
    public int Start = start, End = start;
    public readonly List<UnitHit> Lead = [], Co = [];
    public bool CoByCooperation;
    /// <summary>Co-leads named for one clause's work (rule PartnerAfterYuCooperates), not carried to a task started like
    /// this one; null when none.</summary>
    public List<UnitHit>? Partners;
    public string? Supervisor;
    public DeadlineMatch? Deadline, Vague;
    public string? Deliverable;
    public int DeliverableRank;
    /// <summary>Every clause's job, in text order: <see cref="Deliverables.Compose"/> makes the clerk's phrase of them.</summary>
    public readonly List<DeliverablePart> Parts = [];
    public bool FromBlock;
    public int Sentence;
    /// <summary>Some clause of the task names something to do (an action verb) or a time to do it by.</summary>
    public bool HasWork;
    /// <summary>How long the sentence that started the task was: a short first sentence of an item is its heading.</summary>
    public int FirstSentenceLength;
    /// <summary>Opened by a numbered requirement ("二要抓好…"): its short first sentence is its heading.</summary>
    public bool OpenedByOrdinal;
    /// <summary>Opened by a target a time opening its sentence set ("到2027年，…"): rules OpeningTargetIsTask, TargetListGoesOn.</summary>
    public bool OpenedByTarget;
    /// <summary>The sentence in which the lead was named with 牵头: a later 具体负责 in it is the implementer.</summary>
    public int LeadByRoleWordInSentence = -1;
    /// <summary>Rule OthersActUnderLead put units that acted in the lead's sentence under it: the sentence shared out work
    /// among several units, so a requirement after it that names nobody is none of theirs (rule SharedOutSentenceNamesNobody).</summary>
    public bool OthersActedUnder;
    /// <summary>The 牵头 lead was named in a request (请 / 要求 X牵头): rule OthersActUnderLead leaves the units after it alone.</summary>
    public bool LeadAskedInRequest;
    /// <summary>The paragraph (text between line breaks) the task was opened in: minutes speak to a new matter in each.</summary>
    public int Paragraph;
    /// <summary>Opened by a unit followed by a verb, with no modal, role word or date ("曲霞镇组织各村负责人进行了巡回督查"): a clause that may tell what the unit did.</summary>
    public bool OpenedByBareVerb;
    /// <summary>A clause of the task asked with a modal (X要…, 要…), and some clause of it names a job: a later
    /// 要-clause of the sentence is one more job (rule ModalClauseIsAnotherTask).</summary>
    public bool Asked, Acted;
    /// <summary>Every clause of the task only asks for an attitude (高度重视…, 提高思想认识, 严格落实主体责任): it hands
    /// nothing over by itself (rule AttitudeFoldsIntoNext).</summary>
    public bool OnlyAttitude = true;
    /// <summary>Every clause of the task asks for an attitude or only pushes some work along ("稳步推进合村工作",
    /// "积极做好相关组织申报工作"): it names no product of its own (rule GenericWorkFoldsIntoDated).</summary>
    public bool OnlyGenericWork = true;
    /// <summary>Rule LeaderWhoOverseesIsSupervisor: the leaders named oversee the task; its helpers help them, they lead nothing.</summary>
    public bool Overseen;
    /// <summary>The sentence that opened the task has a cue or a statement opener (X强调, 会议要求, 会议指出): the units
    /// named there are spoken to, not named in passing (rule UnitsNamedMidRunKeepTheirSentence).</summary>
    public bool OpenedInCuedSentence;
    /// <summary>Rule UnitsNamedMidRunKeepTheirSentence opened the task for nobody where the units before would have
    /// carried: units named later in its sentence start their own task, as they did beside the carried units.</summary>
    public bool RunsOnNobody;

    /// <summary>A copy of what the task says about its work, without its units, parts and partners (the caller gives the
    /// copy its own): rule RespectiveUnitsShareOutList shares one task out among its units. Left at their defaults are the
    /// fields that say how the units were named (LeadByRoleWordInSentence, OthersActedUnder, LeadAskedInRequest,
    /// OpenedInCuedSentence, RunsOnNobody). Kept beside the fields so that a new field is weighed where it is declared.</summary>
    public Draft CopyWithoutUnits() => new(Start)
    {
        End = End, CoByCooperation = CoByCooperation, Supervisor = Supervisor, Deadline = Deadline, Vague = Vague,
        Deliverable = Deliverable, DeliverableRank = DeliverableRank, FromBlock = FromBlock, Sentence = Sentence, HasWork = HasWork,
        FirstSentenceLength = FirstSentenceLength, OpenedByOrdinal = OpenedByOrdinal, OpenedByTarget = OpenedByTarget,
        Paragraph = Paragraph, OpenedByBareVerb = OpenedByBareVerb, Asked = Asked, Acted = Acted, OnlyAttitude = OnlyAttitude,
        OnlyGenericWork = OnlyGenericWork, Overseen = Overseen,
    };
}

/// <summary>
/// The state the grouping rules (<see cref="GroupingRules"/>) read and change while the clauses of one item are
/// grouped into tasks: the tasks so far, the task being built (<see cref="Cur"/>), what waits for the next
/// clause (an addressee line, a supervisor, a deadline opening the sentence), what the sentence has said so far
/// (for <c>DirectiveForce</c>), and the clause being placed (<see cref="C"/>).
/// </summary>
internal sealed partial class Grouping(Reading r)
{
    public Reading R => r;
    public Item Item { get; private set; }
    public readonly List<Draft> Drafts = [];
    /// <summary>The task the last clause went to: the one a following clause joins.</summary>
    public Draft? Cur;
    public string? PendingSupervisor;
    /// <summary>"同时，" stood alone: the next clause opens with it.</summary>
    public bool PendingAlso;
    /// <summary>"各乡镇人民政府，县政府各部门：": units that head what they are asked to do next.</summary>
    public Clause? PendingAddressees;

    // ---- the sentence being grouped ----
    public Sentence Sentence { get; private set; }
    public int SentenceNo { get; private set; }
    /// <summary>The sentence has a cue (会议要求, X强调) / a statement opener (会议指出) / something that asks for work.</summary>
    public bool Cue, Statement, Force;
    /// <summary>The sentence opens with a bare date and nothing else ("3月15日，县委召开…"): it tells of an event.</summary>
    public bool EventDate;
    public bool OpeningWindow;   // the sentence opens with a window not yet over (rule OpeningWindowIsNoEvent)
    public bool FirstClause;
    bool? _selfReference;
    public int DraftsBefore;
    /// <summary>The sentence just before this one asked for something (rule AlsoSentenceIsAsked).</summary>
    public bool PreviousAsked;
    /// <summary>The paragraph of the sentence: it goes up at each line break that is no table cell's (see <see cref="Sentence.CellBreak"/>).</summary>
    public int ParagraphNo { get; private set; }
    /// <summary>The paragraph has been opened as a new matter by a cue, a statement or a number (会议要求, X强调, 会议指出, 会议原则同意…并指出, 三要…).</summary>
    public bool ParagraphSpoken { get; private set; }
    /// <summary>A deadline that opened the sentence ("到2019年6月底，基本实现…"): it goes to what follows.</summary>
    public DeadlineMatch? PendingDeadline;
    /// <summary>The clause whose date waits (rule OpeningDeadlineWaits): its words after the date may state a target.</summary>
    public Clause? PendingDeadlineClause;
    /// <summary>Rule StagePeriodDatesStage: the period of the stage going on, the sentence and paragraph that opened it.</summary>
    public DeadlineMatch? StagePeriod;
    public int StageSentence, StageParagraph;
    /// <summary>Rule ClosingDateBindsOtherUnits: a subjectless date that joined <see cref="ClosingDateTask"/>; it binds the
    /// sentence's other tasks only if the sentence ends without a new task after it (<see cref="ClosingDateDrafts"/>).</summary>
    public DeadlineMatch? ClosingDate;
    public Draft? ClosingDateTask;
    public int ClosingDateDrafts;

    /// <summary>The clause being placed.</summary>
    public Clause C = null!;

    /// <summary>
    /// Rule ListEntryIsAsked: the numbered list going on was asked for as a whole ("会议要求：一是…。二是…", or the
    /// decisions part of minutes): a cue that asks (not 会议指出 / 听取) ended the item before the list, and every item
    /// since was one of its entries. Kept across items (reset when an item that is no list entry ends without such a cue).
    /// </summary>
    public bool ListAsked;
    /// <summary>Rule StatementIntroAsksList fired at this item's end: its statement sentence asks for the list that follows.</summary>
    public bool StatementIntroAsks;
    /// <summary>The clauses of the item's first sentence that no grouping rule placed, while the item was an entry of an
    /// asked list (rule AskedEntryReadAsNarrative).</summary>
    public readonly List<Clause> EntryUnplaced = [];
    /// <summary>Every clause in <see cref="EntryUnplaced"/> stood in an asked entry's first sentence that reports nothing.</summary>
    public bool EntryUnplacedAsked;
    /// <summary>The last sentence of the item that a sentence rule set aside (rule StatementIntroAsksList reads it).</summary>
    public Sentence? LastSetAside;
    /// <summary>The item opens after a list marker (一是, 二、, 3., 4、, (五)): an entry of a numbered list.</summary>
    public bool ItemIsListEntry { get; private set; }

    /// <summary>The sentence is the first of an entry of a numbered list that was asked for (rule ListEntryIsAsked).</summary>
    public bool InAskedListEntry => SentenceNo == 1 && ItemIsListEntry && (ListAsked || Item.InDecisions);
    /// <summary>Every clause grouped so far in the sentence only opened it with a modal ("要锁定…," with no listed verb):
    /// what follows is still the sentence's first job (rule ListEntryIsAsked). "回去后，要将所学…，提高…" is past it.</summary>
    public bool OnlyModalsBefore;
    /// <summary>Rule StatedRequirementAsksFirstJob: every clause grouped so far in the sentence was a speaker's statement cue
    /// (会议指出, X指出) or a 要-opening with no listed verb (要坚持…, 要提高政治站位), and at least one such opening came.</summary>
    public bool StatedModalsBefore, StatedModalSeen;

    /// <summary>At an item's end: a cue that asks, in its last sentence read, asks for the numbered list that follows.</summary>
    public void EndItemList()
    {
        // Rule ListIntroNamesAddressees: "各乡镇、各部门要：" opens the list with its modal, cue or not.
        // Rule StatementIntroAsksList: "X指出，要抓住…，从七个方面努力：一是…" asks with its modal (see GroupingRules).
        bool opened = Cue && !Statement || ListIntroLead.Count > 0 || StatementIntroAsks;
        StatementIntroAsks = false;
        _listJustOpened = opened;
        if (opened) { ListLead.Clear(); ListLead.AddRange(ListIntroLead.Count > 0 ? ListIntroLead : CueAddressees); }
        else if (!(ListAsked && ItemIsListEntry)) ListLead.Clear();
        ListIntroLead.Clear();
        ListAsked = opened || ListAsked && ItemIsListEntry;
        // Rule ReportedListGoesOn: the item before the list only reported or told the writer's own plan.
        ListReported = !opened && !Item.InDecisions && (ReportEndsItem() || ListReported && ItemIsListEntry);
        // Rule OpeningUnitLeadsEntries: what the entry tells the entries after it (see EntryCarry.cs).
        EndEntryCarry();
    }

    /// <summary>
    /// Fourteenth round, rule ReportedListGoesOn: the numbered list going on was introduced by a sentence that hands
    /// nothing over, a report or the writer's own plan ("今年以来，市自然资源局认真做好土地供应工作。一是组织编制…",
    /// "《行动方案》明确了5方面20项重点任务。一是…", "下一步，我局将…：一是…"): its entries are what was done or will be
    /// done, told, not asked (conventions: progress reports, descriptions of a document and the writer's own
    /// announcements yield no task). Kept across the list's entries, like <see cref="ListAsked"/>.
    /// </summary>
    public bool ListReported;

    /// <summary>The item begun is an entry of a list whose introduction only reported (rule ReportedListGoesOn).</summary>
    public bool ItemIsReportedEntry => ItemIsListEntry && ListReported && !ListAsked && !Item.InDecisions;

    /// <summary>The item handed nothing over and its last sentence was set aside as a report, a plan or a description.</summary>
    bool ReportEndsItem()
    {
        if (Drafts.Count > 0) return false;
        // "我局下一步将采取以下工作措施：", read and found to hand nothing over: the writer names itself and what it will do.
        if (Sentence.View is { } read && Sentence.Start >= Item.Start && Sentence.End <= Item.End && EndsItem(Sentence) && !read.HasAsk(strongOnly: true))
        {
            if (Sentence.SkippedBy is null && read.OpensOwnPlan()) return true;
            // "县交通运输系统将认真贯彻落实会议精神。": an attitude pledged (将, no modal before it), not asked; rule AttitudeOnly
            // keeps such a sentence's subject, so it is read (hollow), not set aside.
            if (Sentence.Hollow && Sentence.SkippedBy == "AttitudeOnly" && read.HasFutureJiang()) return true;
        }
        if (LastSetAside is not { SkippedBy: { } by } last) return false;
        bool told = by is "PerfectiveReport" or "SinceSpanReport" or "ProgressAspect" or "ReportGoesOn" or "NewsOpening" or "Statistics"
            or "OwnAnnouncement" or "OwnPlanAhead" or "PlanGoesOn" or "UnitOwnPlan" or "DocumentDescribed";
        // Not ReportItemAsksNothing: minutes' framing ("…进行了安排部署。现将会议研究确定的主要事项纪要如下：") is set
        // aside with its item as a report, and the numbered decisions after it are asked.
        // "会上…传达了…会议精神，…作出以下强调：一是…", "…提出了三点要求：": a report that goes on to a speaker's words or a
        // deployment introduces what was asked, not what was done. A speaker verb in the perfective describes a
        // document ("《行动方案》明确了5方面20项重点任务").
        return told && EndsItem(last) && !SpeaksAsk(last);
    }

    /// <summary>The sentence holds a deployment word (部署, 提出了…) or a speaker's verb not closed by 了.</summary>
    bool SpeaksAsk(Sentence s)
    {
        var t = r.T;
        var span = t.AsSpan(0, s.End);
        for (int k = s.Start; k < s.End; k++)
        {
            if (r.Lx.ListDeployWords.MatchAt(span, k) > 0) return true;
            int len = r.Lx.SpeakerVerbs.MatchAt(span, k);
            if (len > 0 && !(k + len < s.End && t[k + len] == '了')) return true;
        }
        return false;
    }

    /// <summary>Only punctuation and space follow the sentence in its item.</summary>
    bool EndsItem(Sentence last)
    {
        var t = r.T;
        for (int k = last.End; k < Item.End; k++)
            if (!ChineseText.IsSpace(t[k]) && t[k] is not ('。' or ':' or ',' or ';' or '!')) return false;
        return true;
    }

    /// <summary>"陆晓延要求相关部门、乡镇：一是…": the units the cue that opened the list named; each entry that names
    /// nobody is theirs (rule ListEntryIsAsked).</summary>
    public readonly List<UnitHit> ListLead = [];
    /// <summary>The units the introduction of the list that follows named ("各乡镇、各部门要：", rule ListIntroNamesAddressees).</summary>
    public readonly List<UnitHit> ListIntroLead = [];
    /// <summary>The units named after the sentence's cue (要求相关部门、乡镇), if any.</summary>
    readonly List<UnitHit> CueAddressees = [];

    /// <summary>
    /// The item is an entry of a numbered list of requirements: its marker is 一是 / 二是 (a speaker's list), or a
    /// numeral marker (二、, 3., 4、, (五)) of a list that a colon opened ("会议要求：\n1、…"). A numbered line in a
    /// table's progress cell ("…事项。1.根据方案…") or a rule book's section is no such entry.
    /// </summary>
    bool ListEntryAt(int start)
    {
        var t = r.T;
        int k = start - 1;
        while (k >= 0 && t[k] is ' ' or '\t' or '\u3000') k--;
        if (k < 1) return _colonList = false;
        char m = t[k];
        int n = k - 1;
        while (n >= 0 && ("一二三四五六七八九十".IndexOf(t[n]) >= 0 || char.IsAsciiDigit(t[n]))) n--;
        if (n == k - 1) return _colonList = false;
        if (m == '是') return true;
        if (m is not ('、' or '.' or ')')) return _colonList = false;
        if (m == ')') { if (n < 0 || t[n] != '(') return _colonList = false; n--; }
        while (n >= 0 && ChineseText.IsSpace(t[n])) n--;
        // The first entry follows the colon; later ones follow the entry before.
        return _colonList = n >= 0 && t[n] == ':' || _colonList && ItemIsListEntry;
    }
    bool _colonList, _listJustOpened;

    /// <summary>The entry's number is the first (一是, 1、, (一)): a list starts here.</summary>
    bool FirstEntryAt(int start)
    {
        var t = r.T;
        int k = start - 1;
        while (k >= 0 && t[k] is ' ' or '\t' or '\u3000') k--;
        return k >= 1 && t[k - 1] is '一' or '1' && (k < 2 || !char.IsAsciiDigit(t[k - 2]) && "一二三四五六七八九十".IndexOf(t[k - 2]) < 0);
    }

    public void BeginItem(Item item)
    {
        Item = item;
        ItemIsListEntry = ListEntryAt(item.Start);
        // "…一是…二是…。同时，对重点工作进行了强调：一是…": a new list that no cue of its own opened speaks to nobody named.
        if (ItemIsListEntry && !_listJustOpened && FirstEntryAt(item.Start)) ListLead.Clear();
        BeginEntryCarry(item);
        Drafts.Clear();
        Cur = null;
        EntryUnplaced.Clear();
        EntryUnplacedAsked = true;
        LastSetAside = null;
        PendingSupervisor = null;
        PendingAddressees = null;
        OrdinalLead.Clear();
        OrdinalCo.Clear();
        OrdinalToneHeading = -1;
        PendingOrdinalEntry = 0;
        StagePeriod = null;
        ParagraphNo = 0;
        ParagraphSpoken = false;
        _grouped = false;
        ListGoesOn = false;
    }

    /// <summary>
    /// The sentence follows a semicolon, and the sentence before it asked for work or was itself an item of the list
    /// ("要明确责任，进一步做好…；进一步加快…；进一步规范…"): it is one more item of that list, asked by the same modal
    /// (rule SemicolonListGoesOn).
    /// </summary>
    public bool ListGoesOn { get; private set; }
    /// <summary>Rule SemicolonListGoesOn opened a task in this sentence: rule DirectiveForce keeps it.</summary>
    public bool ListItemOpened;
    /// <summary>The sentence that opened the semicolon list going on (see <see cref="ListGoesOn"/>).</summary>
    public int ListStart { get; private set; }
    bool _grouped;

    public void BeginSentence(Sentence s)
    {
        // Only the sentence just before counts: one set aside by a sentence rule breaks the list.
        bool goesOn = _grouped && SentenceNo == s.No - 1 && AfterSemicolon(s.Start) && (SentenceAsks() || ListItemOpened);
        if (goesOn && !ListGoesOn) ListStart = SentenceNo;
        PreviousAsked = _grouped && SentenceNo == s.No - 1 && SentenceAsks();
        ListGoesOn = goesOn;
        _grouped = true;
        Sentence = s;
        SentenceNo = s.No;
        if (!s.CellBreak && LineBreakAt(s.Start)) { ParagraphNo++; ParagraphSpoken = false; }
        Cue = Statement = Force = EventDate = OpeningWindow = ListItemOpened = false;
        CueAddressees.Clear();
        OnlyModalsBefore = true;
        StatedModalsBefore = true;
        StatedModalSeen = false;
        FirstClause = true;
        _selfReference = null;
        DraftsBefore = Drafts.Count;
        PendingDeadline = null;
        ClosingDate = null;
        ClosingDateTask = null;
        PendingAlso = false;
    }

    /// <summary>
    /// Rule AgendaOpensNewMatter: "…各部门、街镇要高度重视…。会议听取并原则同意关于…工作要点的情况汇报。会议指出，…。要聚焦短板
    /// 弱项…": minutes take up the next matter with a sentence that tells what the meeting took up (sentence rule
    /// MeetingAgenda). Like a new paragraph, it ends what the sentences before spoke to: a requirement after it that
    /// names nobody is no task of the units named for the matter before (rule NewParagraphNamesNobody then holds).
    /// </summary>
    public void SetAside(Sentence s)
    {
        LastSetAside = s;
        if (s.SkippedBy != "MeetingAgenda") return;
        ParagraphNo++;
        ParagraphSpoken = false;
    }

    /// <summary>
    /// What the clause tells about its sentence, gathered before any rule runs (rule DirectiveForce decides at the
    /// sentence's end whether the sentence asked for anything).
    /// </summary>
    public void Witness(Clause c)
    {
        var lx = r.Lx;
        WitnessEntryCarry(c);
        Cue |= c.Cue;
        // "X要求相关部门、乡镇：", "会议要求各乡镇：": the units after the cue, with nothing asked of them yet.
        // Rule AskedUnitsOpenTheList: "同时要求各乡镇：1、加强领导…": a clause that opens with 要求 itself (no speaker, so no
        // cue) names the units asked just as well; when the list that follows is asked (StatementIntroAsksList), its
        // entries are theirs (conventions: units after 要求 are units; the clerk carries them to each entry).
        if ((c.Cue || c.Addressed) && (c.Addressed || c.BareUnits) && !c.HasAction && c.Co.Count == 0) CueAddressees.AddRange(c.Lead);
        ParagraphSpoken |= c.Cue || c.Statement || c.Ordinal > 0;
        Statement |= c.Statement;
        // Rule OpeningWindowIsNoEvent: "2.9月24日-9月30日,学院认定工作组…开展认定工作", "11月29日—12月3日,各学院…公示五个工作日":
        // a window (start and end) not yet over opens a step of a schedule: once the step says what is done, the
        // window is the time given for their work (rule OpeningPeriodWaits), not the date of an event, and the step is
        // asked like any dated work (a step naming no unit is a task with an empty lead, as any requirement without one).
        // A single day ("3月15日，县委…"), a window over by the reference ("2023年9月26日至10月13日,对6项工地开展督查…" read
        // on 10月13日), a step that is a meeting's news ("7月29日至30日，全县…动员会议召开") and a unit that 将 does
        // something (its own plan: "学生处将与相关部门…完成复查") still tell of an event.
        if (FirstClause && c.Lead.Count + c.Co.Count == 0 && !c.HasAction && c.Deadline is { } opening && !r.SaysBy(opening))
        {
            EventDate = true;
            OpeningWindow = opening.Rule == "range" && opening.Date is { } windowEnd && (r.Reference is not { } rf || windowEnd > rf);
        }
        else if (OpeningWindow && EventDate && c.HasAction && !AnnouncesAfterUnits(c) && !EndsWithEvent(c)) EventDate = false;
        // 会议指出 / 认为 tells a view: a cue only when it asks (会议要求, 强调).
        Force |= c.Cue && !c.Statement || c.RoleWord || c.Vague is not null || c.Deadline is { Soft: false } || FirstClause && c.Imperative
                 || c.Exhorted || c.Disposal || c.Addressed || c.ModalWork || c.Commanded && !(_selfReference ??= Sentence.View.Contains(lx.SelfReferences));
        FirstClause = false;
    }

    /// <summary>"…动员会议召开", "…培训班举行": the clause closes on the event itself, the news of a meeting (rule OpeningWindowIsNoEvent).</summary>
    bool EndsWithEvent(Clause c)
    {
        int e = c.End;
        while (e > c.Start && ChineseText.IsSpace(r.T[e - 1])) e--;
        var span = r.T.AsSpan(c.Start, e - c.Start);
        return span.EndsWith("召开") || span.EndsWith("举行") || span.EndsWith("举办") || span.EndsWith("开幕");
    }

    /// <summary>"学生处将与相关部门…": 将 right after the units tells the unit's own plan (rule OpeningWindowIsNoEvent).</summary>
    bool AnnouncesAfterUnits(Clause c)
    {
        // Only after units: a clause that opens with 将 ("将加盖公章的材料报送…") uses it as 把.
        if (c.Lead.Count == 0 || c.UnitsEnd <= c.Start) return false;
        int p = r.SkipSpace(c.UnitsEnd, c.End);
        return p < c.End && r.T[p] == '将';
    }

    /// <summary>
    /// The sentence asks for work: a modal (要, 须, 请); or, unless it opens with an event's date, something else that
    /// asks (<see cref="Force"/>) and no sign of a report (了, 汇报, "1-11月份"), or the decisions part of minutes.
    /// </summary>
    public bool SentenceAsks() => Sentence.View.HasAsk() || !EventDate && (Force && !SentenceReports() || Item.InDecisions || InAskedListEntry && !SentenceReports());

    /// <summary>The sentence opens with 同时 / 此外 / 另外 (only there: "同时" inside a clause adds nothing).</summary>
    public bool SentenceOpensWithAlso()
    {
        int p = r.SkipSpace(Sentence.Start, Sentence.End);
        return r.T.AsSpan(p, Sentence.End - p) is var rest && (rest.StartsWith("同时") || rest.StartsWith("此外") || rest.StartsWith("另外"));
    }

    /// <summary>The sentence shows a sign of a report: 了, 汇报, "1-11月份".</summary>
    public bool SentenceReports()
    {
        var view = Sentence.View;
        return view.HasPerfective() || view.Contains(r.Lx.ReportMarkers) || view.OpensWithMonthSpan();
    }

    public bool SaysBy(DeadlineMatch d) => r.SaysBy(d);

    /// <summary>The clause opens with a speaker's verb (要求…, 并强调…): what follows is asked; "吃透政策要求" is a noun.</summary>
    public bool OpensWithSpeakerVerb(Clause c)
    {
        int p = r.SkipSpace(c.Start, c.End);
        if (p < c.End && r.T[p] == '并') p++;
        return p < c.End && r.Lx.SpeakerVerbs.MatchAt(r.T, p) > 0;
    }

    /// <summary>The sentence starting at <paramref name="i"/> follows a semicolon of the same line.</summary>
    bool AfterSemicolon(int i)
    {
        var t = r.T;
        int k = i - 1;
        while (k >= 0 && t[k] is ' ' or '\t') k--;
        return k >= 0 && t[k] is ';' or '；';
    }

    /// <summary>A line break in the blank run around <paramref name="i"/> (a sentence's start).</summary>
    bool LineBreakAt(int i)
    {
        var t = r.T;
        for (int k = i - 1; k >= 0 && ChineseText.IsSpace(t[k]); k--) if (t[k] == '\n') return true;
        for (int k = i; k < t.Length && ChineseText.IsSpace(t[k]); k++) if (t[k] == '\n') return true;
        return false;
    }

    /// <summary>The clause opens its sentence (only set-aside clauses such as "会议要求" may stand before it).</summary>
    public bool FirstClauseOfSentence(Clause c) => Drafts.Count == DraftsBefore && (Cur is null || Cur.End <= Sentence.Start || Cur.Sentence != SentenceNo);

    /// <summary>
    /// Rule ProgressRowIsReport: the item is a flattened table row (it opens with a bare row number and a space or a
    /// "|": "53 …", "3 | …"; "1." and "1、" open numbered prose), one of its cells is a progress report (a sentence a
    /// report rule sets aside, <see cref="SentenceRules.ContinuedKind"/>) and no cell asks anything (要, 须, 负责, 牵头…).
    /// A row whose cells only name the target, the unit and the date is a task, whatever its number.
    /// </summary>
    public bool IsProgressRow()
    {
        var t = r.T;
        int e = Item.End;
        // The row number stands before the item (the item marker), or opens it.
        int p = Item.Start;
        while (p > 0 && t[p - 1] is ' ' or '\t' or '|' or '\u3000') p--;
        int digitsEnd = p;
        while (p > 0 && char.IsAsciiDigit(t[p - 1])) p--;
        bool numbered = p < digitsEnd && digitsEnd - p <= 3 && digitsEnd < Item.Start && (p == 0 || ChineseText.IsCellGap(t[p - 1]));
        if (!numbered)
        {
            p = Item.Start;
            while (p < e && ChineseText.IsCellGap(t[p])) p++;
            int digits = p;
            while (p < e && char.IsAsciiDigit(t[p])) p++;
            if (p == digits || p - digits > 3 || p >= e || t[p] is not (' ' or '\t' or '|' or '\u3000')) return false;
        }
        bool report = false;
        foreach (var (ss, se) in Segmenter.Sentences(t, Item.Start, e, Item.Blocks.Ranges))
        {
            var view = r.View(ss, se, Item.InDecisions, null, e, Item.Start);
            if (view.HasAsk(strongOnly: true)) return false;
            if (SentenceRules.Match(view) is { } rule && SentenceRules.ContinuedKind(rule) == "Report") report = true;
        }
        return report;
    }

    /// <summary>
    /// The clause, after its units and modal, only asks for an attitude: its predicate opens with one (高度重视…,
    /// 提高思想认识) or the clause ends in one (…主体责任, …工作合力). Only the predicate's position counts: "建立高度重视
    /// 安全的考核机制" names a job.
    /// </summary>
    public bool AttitudeClause(Clause c)
    {
        var t = r.T;
        int a = r.SkipSpace(Math.Max(c.Start, c.UnitsEnd), c.End), b = c.End;
        while (b > a && t[b - 1] is ' ' or '”' or '"' or '。' or '!' or ';' or '；' or ',' or '，') b--;
        if (a >= b) return false;
        // 要 / 须 / 应 and the exhorting adverbs (切实, 进一步) stand before the predicate.
        for (int m = 0; a < b; )
        {
            if (t[a] is '要' or '须' or '应' or '等') { a++; continue; }
            if ((m = r.Lx.ExhortativeAdverbs.MatchAt(t.AsSpan(0, b), a)) > 0) { a += m; continue; }
            break;
        }
        return a < b && (r.Lx.AttitudePhrases.MatchAt(t.AsSpan(0, b), a) > 0 || r.Lx.AttitudeEndings.MatchEndingAt(t, b, a) > 0
                         || BareWorkNamesNothing(c, a, b));
    }

    /// <summary>
    /// Rule BareWorkNamesNothing (twentieth round, line r20-exhort (b)): "善于从讲政治高度思考和推进工作", "在县委领导下开展工作",
    /// "规范党的建设各方面工作": a verb whose object is 工作 itself, or 各方面工作, names no job (lexicon bareWorkEndings); the
    /// clause is effort with no object, like 推进各项工作. Not when a unit stands inside the predicate or a role word joins
    /// units ("各乡镇要全力配合县住建局按照节点推进工作", "指导村(社区)开展工作"): helping or guiding a named unit is a
    /// task of that unit's work.
    /// </summary>
    bool BareWorkNamesNothing(Clause c, int a, int b)
    {
        if (c.RoleWord || r.Lx.BareWorkEndings.MatchEndingAt(r.T, b, a) == 0) return false;
        foreach (var u in c.Lead) if (u.Start >= a) return false;
        foreach (var u in c.Co) if (u.Start >= a) return false;
        return true;
    }

    /// <summary>
    /// The clause's job is a work named only by its field: its words end with 工作 ("稳步推进合村工作", "做好相关组织申报
    /// 工作") and it holds no date. Only the clause's end counts: "完成合村工作的检查验收" names a product.
    /// </summary>
    public bool GenericWorkClause(Clause c)
    {
        var t = r.T;
        int b = c.End;
        while (b > c.Start && t[b - 1] is ' ' or '”' or '"' or '。' or '!' or ';' or '；' or ',' or '，') b--;
        return c.HasAction && c.Deadline is null && c.Vague is null && b - c.Start >= 4 && t[b - 2] == '工' && t[b - 1] == '作';
    }

    public bool SameUnits(List<UnitHit> a, List<UnitHit> b) =>
        a.Count == b.Count && a.Select(r.Surface).OrderBy(x => x).SequenceEqual(b.Select(r.Surface).OrderBy(x => x));

    public static bool SameDeadline(DeadlineMatch a, DeadlineMatch b) =>
        a.Date is { } x && b.Date is { } y ? x == y : a.Rule == b.Rule && a.Start == b.Start;

    /// <summary>"一要抓好隐患排查整改。" opening an item, naming nobody: what follows in the item spells it out.</summary>
    public static bool IsItemHeading(Draft d) =>
        (d.Sentence == 1 && d.Lead.Count + d.Co.Count == 0 || d.OpenedByOrdinal) && d.Deadline is null && d.FirstSentenceLength <= 20;

    /// <summary>The units in force when a numbered list (一要…) began: each numbered requirement starts with them.</summary>
    public List<UnitHit> OrdinalLead = [], OrdinalCo = [];
    /// <summary>The sentence of the requirement that only set a tone and began the numbered list (rule
    /// OrdinalHeadingOpensList), or -1.</summary>
    public int OrdinalToneHeading = -1;
    /// <summary>The number of a later requirement (二要 → 2) that only set a tone while nothing has opened its task yet
    /// (rules LaterToneHeadingOpensEntry, ToneHeadedEntryStartsTask), or 0.</summary>
    public int PendingOrdinalEntry;
    /// <summary>The first task of the numbered list (一要…).</summary>
    public int OrdinalFirstDraft;

    /// <summary>A new task, opened by clause <paramref name="c"/>.</summary>
    public Draft Start(Clause c)
    {
        var d = new Draft(c.Start)
        {
            Sentence = SentenceNo, FirstSentenceLength = Sentence.Length, Paragraph = ParagraphNo, OpenedInCuedSentence = Cue || Statement,
            OpenedByBareVerb = c.Lead.Count > 0 && c.Commanded && !c.ModalWork && !c.ModalOpen && !c.RoleWord && !c.Addressed && c.Deadline is null && c.Vague is null
                               && c.Lead[^1].End < c.End && r.T[r.SkipSpace(c.Lead[^1].End, c.End)] is not ('要' or '须' or '应' or '请' or '必' or '务'),
        };
        Drafts.Add(d);
        Merge(d, c);
        // Whatever opened a task, a tone-only 二要 that waited for its entry's task has one now.
        PendingOrdinalEntry = 0;
        return d;
    }

    /// <summary>A new task for the same units as <paramref name="from"/>, opened by clause <paramref name="c"/>.</summary>
    public Draft StartLike(Clause c, Draft from, bool withCooperation)
    {
        var d = Start(c);
        d.Lead.AddRange(from.Lead);
        // Rule PartnerAfterYuCooperates: "各街道要与各相关部门密切配合…；要对重点工作任务进行分解": the partner helped with
        // that work, not with the next one the same subject is given.
        if (from.Partners is null) d.Co.AddRange(from.Co);
        else foreach (var h in from.Co) if (!from.Partners.Contains(h)) d.Co.Add(h);
        d.Supervisor = from.Supervisor;
        if (withCooperation) d.CoByCooperation = from.CoByCooperation;
        return d;
    }

    public static void Merge(Draft d, Clause c)
    {
        d.HasWork |= c.HasAction || c.Deadline is { Soft: false } || c.RoleWord || c.ModalWork;
        d.Asked |= c.ModalWork || c.ModalOpen || c.ModalAfterUnits;
        d.Acted |= c.HasAction && !c.Purpose;
        d.End = Math.Max(d.End, c.End);
        d.Start = Math.Min(d.Start, c.Start);
        if (c.Lead.Count > 0 && d.Lead.Count > 0 && d.CoByCooperation)
        {
            // The helpers were named first ("各部门要协同配合，县财政局牵头…"): they stay helpers.
            d.Co.AddRange(d.Lead);
            d.Lead.Clear();
        }
        d.Lead.AddRange(c.Lead);
        d.Co.AddRange(c.Co);
        if (c.Partners is not null) (d.Partners ??= []).AddRange(c.Partners);
        if (c.Co.Count > 0 && c.Lead.Count == 0 && d.Lead.Count == 0) d.CoByCooperation |= c.CoByCooperation;
        if (c.Lead.Count > 0) d.CoByCooperation = false;
        d.Supervisor ??= c.Supervisor;
        d.Overseen |= c.OverseenByLeader;
        if (d.Deadline is null && c.Deadline is not null) d.Deadline = c.Deadline;
        d.Vague ??= c.Vague;
        // "确保今年任务必须完成": a purpose with its own date is the target the task is held to: a job, and one that
        // ranks with the products.
        if ((c.Deliverable ?? c.Content) is { } job && !c.Concession)
            d.Parts.Add(c.Purpose && c.Deadline is not null && c.Deliverable is not null ? new(job, 2, false)
                : new(job, c.Deliverable is null ? 0 : c.DeliverableRank, c.Purpose));
        if (c.Deliverable is not null && c.DeliverableRank > d.DeliverableRank)
        {
            d.Deliverable = c.Deliverable;
            d.DeliverableRank = c.DeliverableRank;
        }
        else if (c.Deliverable is { Length: >= 3 } more && c.DeliverableRank == d.DeliverableRank && d.Deliverable is { } so && !c.Purpose)
        {
            // "组建验收专班，启动自行验收工作": the clerk lists each job the task's clauses name; a one-word job
            // ("解决", "研究") gives way to a fuller one, and a purpose ("确保…") is no job of its own.
            if (so.Length < 3) d.Deliverable = more;
            else if (so.Length + more.Length < 30 && !so.Contains(more)) d.Deliverable = so + "，" + more;
        }
    }
}
