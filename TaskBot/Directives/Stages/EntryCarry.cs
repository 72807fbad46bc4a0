namespace TaskBot.Directives.Stages;

/// <summary>
/// Twentieth round, rule OpeningUnitLeadsEntries (line r20-split (d)1, eval/corpus/relabels/r20-split.md): the state
/// it keeps across the entries of one numbered list (一是…二是…, 1.…2.…), which are items of their own. A run of
/// numbered entries under one opening is one block: when the block's opening requirement (its first 要 / 务必 / 必须 /
/// 请 clause) has units as its subject ("会议要求，一是各部门要…；二是要…"), those units lead the later entries'
/// requirements that name no unit, up to the first requirement that names another unit (owner da-068, da-039).
/// Nothing carries when the opening requirement names no unit (line (d)2), when the list's introduction already asked
/// something or named the addressees (rules ListIntroNamesAddressees, ListEntryIsAsked), or when a unit turns up only
/// after a requirement of nobody's opened the list (line (d)3, undecided: left as it was).
/// </summary>
internal sealed partial class Grouping
{
    /// <summary>The units of the list's opening requirement, carried to its later entries (empty: nothing carries).</summary>
    public readonly List<UnitHit> EntryCarryLead = [];
    /// <summary>In the list's first entry, its opening requirement is still to come.</summary>
    bool _entryOpeningWanted;
    /// <summary>The units that are the subject of the first entry's opening requirement (empty when it names none).</summary>
    List<UnitHit>? _entryOpeningUnits;
    /// <summary>Where, inside a later entry, a clause named another unit or a cue (会议强调, X要求) opened a new frame,
    /// or -1: the carry stops there.</summary>
    int _entryStopAt = -1;
    /// <summary>The item just ended made a task in its last sentence: an introduction that asked something itself.</summary>
    bool _itemEndedAsking;
    bool _firstEntry;
    /// <summary>The later entry's clauses that open with a modal and name nobody ("二是要…"): the clause's start and its
    /// sentence's span (a 要-opening set aside as tone asks for the job after it in the sentence).</summary>
    public readonly List<(int At, int SentenceStart, int SentenceEnd)> EntryModalOpenings = [];

    /// <summary>The task is a requirement opened by a modal: a modal opening of its own, or one before it in its sentence.</summary>
    public bool OpenedByModal(Draft d) =>
        EntryModalOpenings.Any(o => o.At < d.End && (o.At >= d.Start || d.Start >= o.SentenceStart && d.Start < o.SentenceEnd));

    /// <summary>The item is an entry after the first of a list whose opening requirement's units carry.</summary>
    public bool CarriesEntryLead => ItemIsListEntry && !_firstEntry && EntryCarryLead.Count > 0;

    /// <summary>Where the carry stops in this entry: at a cue that opens a new frame, else the item's end.</summary>
    public int EntryCarryEnd => _entryStopAt >= 0 ? _entryStopAt : int.MaxValue;

    void BeginEntryCarry(Item item)
    {
        _entryStopAt = -1;
        EntryModalOpenings.Clear();
        _entryOpeningUnits = null;
        _entryOpeningWanted = false;
        bool entry = ItemIsListEntry && SpeakersEntryAt(item.Start);
        _firstEntry = entry && FirstEntryAt(item.Start);
        // Another block (a top-level item 一、二、, a paragraph that is no entry of the list, a list that only reports)
        // ends the carry.
        if (!entry || ItemIsReportedEntry) { EntryCarryLead.Clear(); _firstEntry = false; return; }
        if (!_firstEntry) return;
        EntryCarryLead.Clear();
        // The introduction named the addressees (ListLead, rule ListEntryIsAsked carries them), asked a job itself, or
        // holds a requirement of its own ("会议要求当前重点要抓好五项工作：一是…", r8l-019): then the block's opening
        // requirement is not in the first entry, and it names no unit.
        _entryOpeningWanted = ListLead.Count == 0 && !_itemEndedAsking && !IntroductionAsks(item.Start);
    }

    void WitnessEntryCarry(Clause c)
    {
        // "三是抓垦地共建。农垦要开足马力…" (r8l-019): another unit named, as an actor or a helper, stops the carry there,
        // whether or not its clause makes a task of its own; so does a new cue frame.
        if (CarriesEntryLead && _entryStopAt < 0
            && (c.Cue || c.Co.Count > 0 || c.Lead.Count > 0 && !SameUnits(c.Lead, EntryCarryLead) || c.Supervisor is not null
                || c.Lead.Count == 0 && SubjectBeforeModal(c)))
            _entryStopAt = c.Start;
        if (CarriesEntryLead && c.ModalOpen && c.Lead.Count + c.Co.Count == 0) EntryModalOpenings.Add((c.Start, Sentence.Start, Sentence.End));
        if (!_entryOpeningWanted) return;
        int m = RequirementModalAt(c);
        if (m < 0) return;
        _entryOpeningWanted = false;
        _entryOpeningUnits = UnitsAreSubject(c, m) ? [.. c.Lead] : [];
    }

    void EndEntryCarry()
    {
        if (_firstEntry)
        {
            // The opening requirement is the entry's first task, led by its subject (a heading before it was folded or dropped).
            if (_entryOpeningUnits is { Count: > 0 } u && Drafts.Count > 0 && Drafts[0] is { FromBlock: false } d && SameUnits(d.Lead, u))
                EntryCarryLead.AddRange(u);
        }
        else if (CarriesEntryLead && (_entryStopAt >= 0 || Drafts.Any(d => d.Lead.Count + d.Co.Count > 0 && !SameUnits(d.Lead, EntryCarryLead))))
            EntryCarryLead.Clear();   // the carry stops at the first requirement that names another unit
        _itemEndedAsking = Drafts.Count > 0 && Drafts[^1].Sentence == SentenceNo;
    }

    /// <summary>The entry is numbered as a speaker's requirement (一是, 二是): a top-level item (一、, 1.) is a block of its own.</summary>
    bool SpeakersEntryAt(int start)
    {
        var t = r.T;
        int k = start - 1;
        while (k >= 0 && t[k] is ' ' or '\t' or '\u3000') k--;
        return k >= 1 && t[k] == '是' && "一二三四五六七八九十".IndexOf(t[k - 1]) >= 0;
    }

    /// <summary>The introduction of the list, from the start of its sentence to the first entry, holds a requirement
    /// modal ("下阶段要做好几项工作：", not "会议要求，" nor "提出几点要求："): the block opened with a requirement of nobody's.</summary>
    bool IntroductionAsks(int entryStart)
    {
        var t = r.T;
        int b = entryStart - 1;
        while (b >= 0 && ChineseText.IsSpace(t[b])) b--;
        // Back over the marker (一是) to the sentence's start: a full stop or a line break.
        int s = b - 1;
        while (s > 0 && t[s - 1] is not ('。' or '!' or '?' or '\n')) s--;
        if (s < 0) s = 0;
        return RequirementModalIn(s, b - 1, withQing: false) >= 0;
    }

    /// <summary>
    /// "刚边乡、高增乡、西山镇要加快工作进度" (r8l-004): words before the clause's 要 / 务必 / 必须 that open with no
    /// preposition and are no short adverb are a subject the unit grammar did not read (a unit it does not know, or a topic): somebody else may
    /// be asked, so the carry stops there.
    /// </summary>
    bool SubjectBeforeModal(Clause c)
    {
        var t = r.T;
        int s = r.SkipSpace(c.Start, c.End), m = RequirementModalAt(c);
        if (m <= s || t[m] == '请') return false;
        if ("对通按围针在为把将以从就结合根依".IndexOf(t[s]) >= 0) return false;
        // A short adverb before the modal (同时要, 还要, 更要, 一定要) is no subject; a verb inside the words
        // ("预计年底能完成任务的几个乡要…") only qualifies the subject.
        var before = t.AsSpan(s, m - s).Trim();
        return !(before.Length <= 2 && (before is "同时" or "并" or "还" or "也" or "都" or "更" or "一定" or "首先" or "最后" or "切实" or "务必"));
    }

    /// <summary>
    /// Where the clause's requirement modal stands (要, 务必, 必须, 请: the words of line (d)1), or -1. 要求 is a speaker's
    /// cue and 需 / 应 a rule's register, not these; 请示 / 申请 / 邀请 / 请假 ask nobody.
    /// </summary>
    int RequirementModalAt(Clause c) => RequirementModalIn(c.Start, c.End, withQing: true);

    /// <summary>The first requirement modal in <paramref name="from"/>..<paramref name="to"/> (要, 务必, 必须, and 请 when
    /// <paramref name="withQing"/>: an introduction's 请 addresses the list, it asks nothing itself), or -1.</summary>
    int RequirementModalIn(int from, int to, bool withQing)
    {
        var t = r.T;
        for (int k = from; k < to; k++)
        {
            char ch = t[k], next = k + 1 < to ? t[k + 1] : ' ', before = k > 0 ? t[k - 1] : ' ';
            if (ch == '要' && next != '求' && SentenceView.ModalAt(t, k, to, r.Lx) > 0) return k;
            if (ch == '务' && next == '必' || ch == '必' && next == '须') return k;
            if (withQing && ch == '请' && "申邀提聘敬报".IndexOf(before) < 0 && "示假求教柬销".IndexOf(next) < 0) return k;
        }
        return -1;
    }

    /// <summary>
    /// The clause's units are the subject of its modal at <paramref name="m"/>: they stand right before 要 / 务必 / 必须
    /// ("各部门要…", "各部门和乡镇务必…"), or right after 请 ("请各单位…"). A leader moved to the supervisor, a
    /// salutation (an addressee line has no modal) or units named later in the clause are no subject.
    /// </summary>
    bool UnitsAreSubject(Clause c, int m)
    {
        if (c.Lead.Count == 0 || c.Supervisor is not null || c.OverseenByLeader) return false;
        var t = r.T;
        if (t[m] == '请') return c.Addressed && r.SkipSpace(m + 1, c.End) == c.Lead[0].Start;
        // "各相关乡镇要加快推进…" (read as units + command verb): the modal follows the units directly.
        return c.Lead[^1].End <= m && r.SkipSpace(c.Lead[^1].End, m) == m;
    }
}
