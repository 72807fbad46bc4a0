namespace TaskBot.Directives.Stages;

/// <summary>Where a unit list stands in its clause: it decides the role of the units unless a role word does.</summary>
internal enum Slot { Subject, Addressee, With, ReportTo }

internal sealed class Clause(int start, int end)
{
    public int Start = start, End = end;
    public readonly List<UnitHit> Lead = [], Co = [];
    public bool CoByCooperation;          // "Y配合": helpers of whoever leads
    /// <summary>Co-leads named after 要与 (rule PartnerAfterYuCooperates): they help with this clause's work only, so a
    /// later task that takes this one's units leaves them out. Null when none (most clauses).</summary>
    public List<UnitHit>? Partners;
    public string? Supervisor;
    public DeadlineMatch? Deadline, Vague;
    public string? Deliverable;
    public int DeliverableRank;           // 2 = a completion verb's object, 1 = any action's
    /// <summary>The clause's words after its subject, when no verb of the lexicon gave a <see cref="Deliverable"/>.</summary>
    public string? Content;
    public bool HasAction, Skip, Imperative, Cue, Statement, RoleWord;
    /// <summary>The clause opens with a modal and names no unit: "要加快推进…", "必须在月底前…" asks for something.</summary>
    public bool ModalOpen;
    /// <summary>Opened by 同时 / 此外: one more job of whoever the sentence before spoke to.</summary>
    public bool Also;
    /// <summary>"进一步加快项目申报", "切实做好…" with no subject: a command after exhortative adverbs. It splits tasks
    /// (rule SubjectlessSentenceStartsTask) but, unlike a bare command, does not by itself make a sentence ask.</summary>
    public bool ExhortedCommand;
    /// <summary>"配合县财政局完成…" with no subject: the units read are the lead, the helpers are whoever came before.</summary>
    public bool HelpsNamedLead;
    /// <summary>"会同公安机关开展…" with no subject: work the subject does with the units read (its co-leads).</summary>
    public bool JointWork;
    /// <summary>"二要…": the number of a requirement in a numbered list of 一要、二要…, else 0.</summary>
    public int Ordinal;
    /// <summary>The unit is followed by an exhortative adverb ("各责任单位切实履行…"): asked for, in official style.</summary>
    public bool Exhorted;
    /// <summary>A 将/把 construction ("将办理工作纳入…"): something is to be done with something.</summary>
    public bool Disposal;
    /// <summary>Units were named after 要求 / 请 / 安排 / 责成: someone was told to act.</summary>
    public bool Addressed;
    /// <summary>"确保…", "为…", "以便…": the clause says what the job is for, not another job.</summary>
    public bool Purpose;
    /// <summary>"在做好…工作的同时": what goes on alongside the job.</summary>
    public bool Concession;
    /// <summary>The named unit is followed by a command verb (做好, 完成, 落实…): "县财政局做好资金保障".</summary>
    public bool Commanded;
    /// <summary>The unit is followed by a modal and something that is not only an attitude ("有关部门要做到一天一测一报").</summary>
    public bool ModalWork;
    /// <summary>The named unit is followed by a modal, whatever comes after it ("各成员单位要认真落实…精神").</summary>
    public bool ModalAfterUnits;
    /// <summary>Rule LeaderWhoOverseesIsSupervisor moved the clause's leaders to its supervisor.</summary>
    public bool OverseenByLeader;
    public int UnitsEnd;                  // after the last unit named as an actor: the verb comes later
    public bool LeadByLeadWord;           // "X牵头"
    public bool RoleOnlyCo;               // the clause opens with 配合/协助 and names no unit
    public bool LeadByImplementer;        // "Y具体负责", "Y负责实施"
    /// <summary>
    /// The clause of a sentence that asks only for an attitude (SentenceRules AttitudeOnly): it keeps its units,
    /// whom the next sentences speak to, and does no work (a draft of it alone is dropped as NothingToDo).
    /// </summary>
    public void DoesNoWork()
    {
        HasAction = ModalWork = ModalAfterUnits = RoleWord = Exhorted = Commanded = false;
        Deliverable = null;
        DeliverableRank = 0;
        Vague = null;
    }

    /// <summary>Only units, nothing they must do: an addressee line ("各乡镇:") whose task follows.</summary>
    public bool BareUnits;
    /// <summary>Rule GenericSubjectAfterOpeningDeadline: where 各 + a body after an opening by-date starts, or -1.</summary>
    public int SubjectAfterDeadline = -1;
    /// <summary>Where the clause's content starts (after its subject, else after its openers); -1 when the reader stopped
    /// before the content (a skipped clause, or one that is only an opener such as 会议要求): its deadline is not placed.</summary>
    public int ContentStart = -1;
}

/// <summary>
/// Stage 2, clause reading: one comma clause is read for who (lead, co-lead, the unit a result is reported to,
/// the supervising leader), what (the object of its main verb: the deliverable) and how it speaks (a cue such as
/// 会议要求, a modal, a command, a statement, narrative). Where its deadline is is left to
/// <see cref="DeadlinePlacement"/>; which task it belongs to, to <see cref="GroupingStage"/>.
/// </summary>
internal readonly struct ClauseReader
{
    readonly Reading r;
    readonly string t, original;
    readonly DirectiveLexicon lx;
    readonly UnitGrammar units;
    readonly HashSet<int> deadlineStarts;
    /// <summary>Rule ShortObjectKeepsVerb: a completion verb's object shorter than this says too little without its verb.</summary>
    const int ShortObj = 8;

    public ClauseReader(Reading reading)
    {
        r = reading;
        t = r.T;
        original = r.Original;
        lx = r.Lx;
        units = r.Units;
        deadlineStarts = r.DeadlineStarts;
    }

    int DeadlineAt(int i, int e) => r.DeadlineAt(i, e);

    /// <summary>The next place at or after <paramref name="i"/> where a slot word may start or a deadline phrase starts, else <paramref name="e"/>.</summary>
    int NextSlotWordOrDeadline(int i, int e)
    {
        if (i >= e) return e;
        int k = t.AsSpan(i, e - i).IndexOfAny(lx.SlotWordStarts);
        int next = k < 0 ? e : i + k;
        foreach (var d in deadlineStarts)
            if (d >= i && d < next) next = d;
        return next;
    }
    int SkipSpace(int i, int e) => r.SkipSpace(i, e);

    /// <summary>
    /// "全力配合项目公司…", "要积极配合县民政局…" with no subject: adverbs, a 配合 word and the unit helped, which is read
    /// as the clause's lead; returns where the unit list ends, else 0. Only 配合: "全力协助社区解决实际困难" helps whom
    /// the work is for, and the clause's lead is the unit named before.
    /// </summary>
    int HelperAfterAdverbs(Clause c, int p, int e)
    {
        int r = SkipAdverbs(p, e);
        if (r == p || r >= e) return 0;
        int role = lx.CoRoles.MatchAt(t, r);
        if (role == 0 || !t.AsSpan(r, role).EndsWith("配合")) return 0;
        int j = SkipSpace(r + role, e);
        int helped = ReadUnitList(c, j, e, Slot.Addressee);
        if (helped > j && c.Lead.Count > 0) return helped;
        // Nothing to lead (a marked helper only): the clause is read as before.
        c.Lead.Clear();
        c.Co.Clear();
        c.RoleWord = c.LeadByLeadWord = c.LeadByImplementer = false;
        c.UnitsEnd = 0;
        return 0;
    }

    /// <summary>
    /// After a short heading that a blank ends ("总结阶段(11月) ", "切实加强动态报告工作 "): where the text after the
    /// blank starts, else 0. The heading holds no punctuation that ends a clause or a sentence, and at most 30 characters.
    /// </summary>
    int HeadingGapEnd(int p, int e)
    {
        for (int k = p + 2; k < Math.Min(e, p + 30); k++)
        {
            char ch = t[k];
            if (ch is ' ' or '\u3000')
            {
                int q = k;
                while (q < e && t[q] is ' ' or '\u3000') q++;
                return q < e && ChineseText.IsHan(t[q]) ? q : 0;
            }
            if (ch is '。' or ',' or ';' or ':' or '!' or '?' or '\n') return 0;
        }
        return 0;
    }

    /// <summary>
    /// Rule GenericSubjectActs: at <paramref name="v"/>, right after the subject, a listed verb, 对 + its object (not 对于,
    /// 对此), or 按照 / 根据 / 依照 / 依据 (the rule the unit acts by).
    /// </summary>
    bool GenericSubjectWorks(int v, int e)
    {
        if (v + 2 >= e) return false;
        if (lx.ActionVerbs.MatchAt(t, v) > 0 || lx.CompletionVerbs.MatchAt(t, v) > 0) return true;
        if (t[v] == '对') return t[v + 1] is not ('于' or '此');
        var w = t.AsSpan(v, 2);
        // "各部门进行形式审查": the light verb 进行 with its object (the lexicon files 进行 as an adverb of the verb after it).
        if (w.SequenceEqual("进行") && v + 3 < e && ChineseText.IsHan(t[v + 2])) return true;
        return w.SequenceEqual("按照") || w.SequenceEqual("根据") || w.SequenceEqual("依照") || w.SequenceEqual("依据");
    }

    /// <summary>The clause starting at <paramref name="s"/> follows a comma of its sentence (it does not open the sentence).</summary>
    bool AfterComma(int s)
    {
        int k = CommaBefore(s);
        return k >= 0 && t[k] == ',';
    }

    /// <summary>
    /// Rule CausedBeneficiaryIsNoUnit: true when the clause that ends at the comma <paramref name="comma"/> only frames
    /// what follows: a clause opener alone (会议要求, 会议决定), or words that end in a speaker's verb (县长强调) or 决定.
    /// </summary>
    bool AfterFramingClause(int comma)
    {
        if (EndsWithSpeakerVerb(comma) || comma >= 2 && t[comma - 2] == '决' && t[comma - 1] == '定') return true;
        int k = comma - 1;
        while (k >= 0 && t[k] is not (',' or '。' or ';' or ':' or '\n' or '!' or '?')) k--;
        int start = SkipSpace(k + 1, comma);
        int len = lx.ClauseOpeners.MatchAt(t.AsSpan(0, comma), start);
        return len > 0 && SkipSpace(start + len, comma) == comma;
    }

    /// <summary>Where the character before the clause starting at <paramref name="s"/> stands, blanks skipped (its comma, if
    /// any; -1 at the text's start).</summary>
    int CommaBefore(int s)
    {
        int k = s - 1;
        while (k >= 0 && t[k] is ' ' or '\t') k--;
        return k;
    }

    /// <summary>"金元村、石宝沟村要…": a unit list at <paramref name="q"/> followed by a modal word (要, 须, 务必, 必须).</summary>
    bool UnitsThenModal(int q, int e)
    {
        for (int guard = 0; guard < 8 && q < e; guard++)
        {
            if (units.UnitAt(t, q, e, deadlineStarts) is not { } u) break;
            q = u.End;
            if (q < e && t[q] is '、' or ',' or '和' or '及') q++;
        }
        return q < e && t[q] is '要' or '须' or '务' or '必' or '应';
    }

    /// <summary>Reads the clause [s, e) of the current item. A clause marked <see cref="Clause.Skip"/> is no part of any task.</summary>
    public Clause Read(int s, int e)
    {
        var c = new Clause(s, e);
        var span = t.AsSpan(s, e - s);
        int p = SkipSpace(s, e);
        if (p >= e) { c.Skip = true; return c; }

        if (IsNarrative(s, e) || MarkerCounts(lx.SanctionMarkers, s, e) || IsTransmittal(p, e)) { c.Skip = true; return c; }

        // Rule ArticleLabelBeforeSubject: "第四条 人大常委会办公厅负责汇总…": a regulation's article label (第 + a numeral + 条,
        // then a blank or a colon) stands before the subject as a list number does; 第四 is not the opener 第四, (rules
        // RegulationArticle and CalendarDutyOfNamedUnit decide whether the article asks anything).
        p = ArticleLabelEnd(p, e);

        // Openers: 会议要求, 一是, 特别是, 同时 …
        for (int guard = 0; guard < 4 && p < e; guard++)
        {
            int len = lx.ClauseOpeners.MatchAt(t, p);
            if (len == 0) break;
            if (t.AsSpan(p, len).StartsWith("会议")) c.Cue = true;
            if (t.AsSpan(p, len) is "同时" or "此外" or "另外") c.Also = true;
            if (lx.StatementOpeners.MatchEndingAt(t, p + len, p) > 0) c.Statement = true;
            p = SkipSpace(p + len, e);
            // 会议要求各乡镇… : the opener may end in an addressee verb that the scan below should see.
            if (p > s && lx.AddresseeTriggers.MatchAt(t, p) == 0 && EndsWithSpeakerVerb(p)) c.Cue = true;
        }
        // "同时，做好…": an opener standing alone passes its 同时 on to the next clause (rule WaitingAlsoJoins).
        if (p >= e) { c.Skip = !c.Cue && !c.Also; return c; }

        // "一要…，二要…": a numbered requirement; the 要 after the number is read as the clause's modal.
        if (p + 2 < e && t[p + 1] == '要' && "一二三四五六七八九十".IndexOf(t[p]) is >= 0 and var n && ChineseText.IsHan(t[p + 2]))
        {
            c.Ordinal = n + 1;
            p++;
        }

        // A condition ("对…的", "凡…的") names who is affected, not who must act.
        if (lx.PrepositionOpeners.MatchAt(t, p) > 0 && t[e - 1] == '的' && units.UnitAt(t, p, e, deadlineStarts) is null) { c.Skip = true; return c; }

        // 是…: a statement about something, not an assignment.
        if (t[p] == '是') { c.Skip = true; return c; }
        if (lx.StatementOpeners.MatchAt(t, p) > 0) c.Statement = true;

        // "8月7日前金元村、石宝沟村要完成…": a deadline opening the clause stands before its subject; the units after it
        // are the clause's own, not a task of the clause before.
        // Only a date that says "by" (前, 底, 内) and units that go on to 要/须/务必: "12月3日县政府召开…" is an event.
        // "今年县住建局要完成…": the year of a target stands there too.
        if (DeadlineAt(p, e) is var afterDate && afterDate > p && (t[afterDate - 1] is '前' or '底' or '内' || afterDate - p == 2 && t[afterDate - 1] == '年')
            && SkipSpace(afterDate, e) is var q && q < e && units.UnitAt(t, q, e, deadlineStarts) is { } first
            && UnitsThenModal(q, e)) p = q;
        // Rule GenericSubjectAfterOpeningDeadline: "11月5日前各学院将评优名单报学生处", "12月20日前各养殖场全部完成粪污处理设施
        // 建设": a by-date opening the clause (前, 底, 内) and a generic addressee (各 + a body) right after it: the date
        // is set for those bodies, as a date after 请 is, so they are the subject whatever verb or adverb follows them
        // (将, 全部, an action verb), though no modal does. Only 各: "12月20日前县住建局牵头…" is read by its role word,
        // and a dated event ("12月3日县政府召开…") opens with no by-date.
        // A list number before the date ("2、11月5日前各学院…") is the entry's, not the clause's.
        else if (ListNumberEnd(p, e) is var numbered && DeadlineAt(numbered, e) is var dated && dated > numbered && t[dated - 1] is '前' or '底' or '内'
                 && SkipSpace(dated, e) is var g && g + 2 < e && t[g] == '各' && GenericSubjectAt(g, e) is not null)
        {
            p = g;
            c.SubjectAfterDeadline = g;
        }
        // Rule EventTimeBeforeGenericSubject: "放假前各部门要对本单位的员工开展一次安全教育", "项目实施结束后各镇(街)要做好面积
        // 统计", "接下来各个社区要开展整治动员会": a short time phrase (an event and 前 / 后, or 接下来) opening the clause says
        // when the generic addressee right after it acts; it is no part of the name (conventions: names as written).
        else if (EventTimeEnd(p, e) is var afterEvent && afterEvent > p && GenericSubjectAt(afterEvent, e) is not null)
        {
            p = afterEvent;
            c.SubjectAfterDeadline = afterEvent;
        }
        // Rule HeadingBeforeSubject: "(二)摸底和集中整治阶段(5月-8月) 各县(市、区)环保专项行动领导小组组织…": a pasted
        // heading and a blank stand before the subject on the same line; the units after the blank are the subject.
        if (units.UnitAt(t, p, e, deadlineStarts) is null && HeadingGapEnd(p, e) is > 0 and var afterHeading
            && units.UnitAt(t, afterHeading, e, deadlineStarts) is not null) p = afterHeading;
        // Rule OversightVerbOpensNoName: "会议要求，明确三元区政府和市城发集团要分别做好…": a speaker's verb opening the clause
        // (no speaker before it) with units and a modal right after it: those units are the subject, as after "明确，".
        // 要求 is left to the addressee scan.
        // Rule UrgedUnitsBeforeModal: "同时督促产权单位、物业管理单位要对地下空间落实…", "叮嘱县农技部门要对大棚温度湿度…": an
        // overseer's verb (督促, 指导) opening the clause, after 同时 / 并 at most, with units and a modal right after it, as a
        // speaker's verb: the units urged are the subject of that modal (conventions: "督促各村委会" names 各村委会; the
        // speaker or overseer is no unit). Without the modal after the units the verb is the task's own ("要加强巡查，督促各
        // 部门担负起路长责任": no lead is read there).
        int urgeAt = lx.Adverbs.MatchAt(t, p) is > 0 and var adv && p + adv < e && lx.OversightVerbs.MatchAt(t, p + adv) >= 2 ? p + adv : p;
        int bareVerb = lx.SpeakerVerbs.MatchAt(t, urgeAt) is >= 2 and var said && lx.AddresseeTriggers.MatchAt(t, urgeAt) == 0 ? said
                       : lx.OversightVerbs.MatchAt(t, urgeAt) is >= 2 and var urged ? urged : 0;
        if (bareVerb > 0 && urgeAt + bareVerb < e
            && units.UnitAt(t, urgeAt, e, deadlineStarts) is null && units.UnitAt(t, urgeAt + bareVerb, e, deadlineStarts) is not null && UnitsThenModal(urgeAt + bareVerb, e))
            p = urgeAt + bareVerb;
        // Rule RequirementsPutToUnits: "区新农村办对各镇提出三点要求：一是…", "杜志明…对基建处提出以下几点要求：一是…":
        // the units after 对, before 提出 and the requirements that end the clause, are those asked (conventions: units
        // where a unit stands, after 要求; the clerk carries them to each entry that names nobody). Whoever puts the
        // requirements forward is the speaker, neither lead nor co-lead. Read as "要求各镇：" is: the units addressed,
        // nothing done yet. Only when the units run exactly up to 提出 and the clause ends with the requirements:
        // "对下步工作提出三点要求" names no unit, "对存在的问题作出具体要求" no addressee.
        if (RequirementsPutTo(p, e) is var (to, toEnd) && toEnd > to)
        {
            int read = ReadUnitList(c, to, toEnd, Slot.Addressee);
            if (read == toEnd && c.Lead.Count > 0 && c.Co.Count == 0)
            {
                c.Addressed = true;
                c.Cue = true;
                return c;
            }
            c.Lead.Clear();
            c.Co.Clear();
        }
        int i;
        // Rule ApprovedDraftNamesItsDrafter: "会议原则同意区统计局提交的下步工作方案，要求修改完善后组织实施", "会议同意县农业
        // 农村局拟草并经合法性审查的《…方案》，修改完善后印发实施": minutes that approve a draft name the unit that drew it up
        // (提交, 拟草, 起草…的); the follow-up (修改完善, 组织实施) is that unit's work, so it is the lead (conventions: units
        // where a unit stands; the approving meeting is no unit). The approval verb (同意) is no part of the name.
        if (DrafterAfterApproval(p, e) is > 0 and var draftVerb && ReadUnitList(c, ApprovalEnd(p), draftVerb, Slot.Subject) is var drafterEnd
            && drafterEnd > ApprovalEnd(p))
        {
            p = ApprovalEnd(p);
            i = drafterEnd;
        }
        else i = ReadUnitList(c, p, e, Slot.Subject);
        // "会议要求各乡镇高度重视": the opener ended in the addressee verb (会议要求), so its units are asked as after 要求.
        if (i == p && c.Cue && p > s && EndsWithSpeakerVerb(p) && AddresseeBeforeAttitude(c, p, e) is var asked && asked > p)
        {
            c.Addressed = true;
            i = asked;
        }
        bool subject = i > p;
        if (subject)
        {
            int after = SkipSpace(i, e);
            c.BareUnits = after >= e && c.Lead.Count + c.Co.Count > 0 && !c.RoleWord;
        }
        else if (HelperAfterAdverbs(c, p, e) is > 0 and var helpedEnd)
        {
            // Rule HelperAfterAdverbs: "…各单位要各司其职，全力配合项目公司按照节点推进工作": adverbs (全力, 要积极) before
            // 配合 and the unit helped: that unit leads, whoever the sentence spoke to helps (GroupingRules.HelpersOfNamedLead).
            c.RoleWord = true;
            c.HelpsNamedLead = true;
            c.UnitsEnd = i = helpedEnd;
        }
        else if (Math.Max(lx.LeadRoles.MatchAt(t, p), lx.CoRoles.MatchAt(t, p)) is > 0 and var roleLen)
        {
            // "县交通运输局：牵头负责…": the role word's units stood on the line before.
            c.RoleWord = true;
            c.RoleOnlyCo = lx.CoRoles.MatchAt(t, p) > 0;
            c.UnitsEnd = i = p + roleLen;
            // Rule HelperOfNamedLead: "同时，配合县财政局完成资金筹措": the unit helped leads; whoever the sentence
            // spoke to before helps (GroupingRules.HelpersOfNamedLead).
            if (c.RoleOnlyCo && ReadUnitList(c, SkipSpace(i, e), e, Slot.Addressee) is var helped && helped > SkipSpace(i, e) && c.Lead.Count > 0)
            {
                c.HelpsNamedLead = true;
                c.RoleOnlyCo = false;
                c.UnitsEnd = i = helped;
            }
        }
        else
        {
            int afterSpeaker = SpeakerEnd(p, e);
            if (afterSpeaker > p)
            {
                c.Cue = true;
                i = afterSpeaker;
                // Rule SpeakerThenSubject: "吴高峰指出各单位要加快推动…": no comma after the speaker's verb, and units and a
                // modal right after it: those units are the subject, as after "指出，". Only before a modal: "指出各单位
                // 存在的问题" reports what was found. 要求 is left to the addressee scan below.
                int who = SkipSpace(i, e);
                if (lx.AddresseeTriggers.MatchAt(t, i) == 0 && who < e && UnitsThenModal(who, e) && ReadUnitList(c, who, e, Slot.Subject) is var listEnd && listEnd > who)
                {
                    subject = true;
                    i = listEnd;
                }
                else if (lx.StatementOpeners.MatchAt(t, i) > 0 || lx.StatementOpeners.MatchEndingAt(t, i, p) > 0) c.Statement = true;
            }
            else if (lx.ImperativeOpeners.MatchAt(t, p) > 0) c.Imperative = true;
            else if (lx.ImperativeOpeners.MatchAt(t.AsSpan(0, e), SkipExhortation(p, e)) > 0) c.ExhortedCommand = true;
            else if (CommandAfterTarget(p, e)) c.Imperative = true;
            else if (SentenceView.ModalAt(t, p, e, lx) is > 0 and var ml && t[p] is '要' or '必' or '务' or '须' or '应' && lx.AddresseeTriggers.MatchAt(t, p) == 0) c.ModalOpen = ml > 0;
        }

        c.Purpose = t.AsSpan(p, e - p) is var rest && (rest.StartsWith("确保") || rest.StartsWith("为了") || rest.StartsWith("以便") || rest.StartsWith("力争") || rest.StartsWith("使") || rest.StartsWith("保证") || RemovalAim(rest))
            || MeansOpening(SkipOpeners(i, e), e);
        // Sixteenth round, rule EnsuredBodyByDate: "…列入新建改厕计划，确保各县(市、涉农区)在9月底前完成农村问题户厕整改和验收",
        // "确保各乡镇在12月底前完成排查整改": after 确保 / 保证, a generic addressee (各 + a body) and 在 / 于 with a date by
        // which to act name the bodies bound to that date, as "各乡镇要在12月底前…" does (conventions: units where a unit
        // stands). Only a generic name and only before a by-date: "确保县住建局的资金到位" names whose money, not who acts.
        if (!subject && c.Purpose && c.Lead.Count + c.Co.Count == 0 && (t.AsSpan(p).StartsWith("确保") || t.AsSpan(p).StartsWith("保证"))
            && p + 3 < e && t[p + 2] == '各' && units.UnitAt(t, p + 2, e, deadlineStarts) is { Generic: true } ensured
            && ensured.End + 1 < e && t[ensured.End] is '在' or '于' && (deadlineStarts.Contains(ensured.End) || deadlineStarts.Contains(ensured.End + 1)))
        {
            int ensuredEnd = ReadUnitList(c, p + 2, ensured.End, Slot.Subject);
            if (ensuredEnd > p + 2) { subject = true; i = ensuredEnd; }
        }
        // "在做好经济社会发展等工作的同时，…": what goes on alongside is no job of this task.
        c.Concession = t.AsSpan(p, e - p).TrimEnd(" ,;。").EndsWith("的同时");
        int subjectEnd = i;
        if (subject)
        {
            int v = SkipSpace(Math.Max(i, c.UnitsEnd), e);
            for (int guard = 0; guard < 3 && DeadlineAt(v, e) > v; guard++) v = SkipSpace(DeadlineAt(v, e), e);
            v = SkipAdverbs(v, e) is var a && a > v && lx.ImperativeOpeners.MatchAt(t.AsSpan(0, e), a) > 0 ? a : v;
            if (lx.ExhortativeAdverbs.MatchAt(t.AsSpan(0, e), v) > 0) c.Exhorted = true;
            if (lx.ImperativeOpeners.MatchAt(t.AsSpan(0, e), v) > 0) c.Commanded = true;
            // Eighteenth round, rule GenericSubjectActs: "各部门进行形式审查，…", "各乡镇对辖区内企业开展排查", "各市州工信局按照政府
            // 引导、企业自愿的原则，优先推荐…", "各乡镇根据本地情况，选择…": a generic addressee (各 + a body) that opens its
            // sentence and goes straight on to its work (a listed verb, 对 + the object, or the rule it acts by: 按照, 根据,
            // 依照, 依据) is told to do it, as after a command verb: notices hand work to 各… addressees without a modal
            // (conventions: units where a unit stands; 各… addressees are units). A report says so with 了, 汇报 or a
            // past span, and rule DirectiveForce still drops such a sentence; a generic name in a later clause of a
            // sentence ("…做动员部署，各村(社区)递交责任状") is part of its narrative, and a specific name ("县住建局开展…")
            // is left to the modal and verb lists, since news tells what a named office does in just these words.
            else if (c.Lead.Count > 0 && c.Co.Count == 0 && c.Lead.TrueForAll(h => h.Generic) && !AfterComma(c.Start) && GenericSubjectWorks(v, e)) c.Commanded = true;
            // "各成员单位要认真落实…": the role word read with the units (落实) may stand after the modal.
            int lastUnit = 0;
            foreach (var h in c.Lead) lastUnit = Math.Max(lastUnit, h.End);
            foreach (var h in c.Co) lastUnit = Math.Max(lastUnit, h.End);
            if (lastUnit > 0 && SentenceView.ModalAt(t, SkipSpace(lastUnit, e), e, lx) > 0) c.ModalAfterUnits = true;
            if (SentenceView.ModalAt(t, v, e, lx) is > 0 and var ml)
            {
                int w = v + ml;
                c.ModalAfterUnits = true;
                c.ModalWork = w < e && lx.AttitudePhrases.MatchAt(t.AsSpan(0, e), w) == 0 && ChineseText.IsHan(t[w]);
            }
        }
        while (i < e)
        {
            int dl = DeadlineAt(i, e);
            if (dl > i) { i = dl; continue; }
            if (!lx.SlotWordStarts.Contains(t[i])) { i = NextSlotWordOrDeadline(i + 1, e); continue; }
            int not = lx.NotTriggers.MatchAt(t, i);
            int len;
            if ((len = lx.AddresseeTriggers.MatchAt(t, i)) > 0 && len >= not)
            {
                // Rule CausedBeneficiaryIsNoUnit (twenty-fourth round): "…要推进智慧城市建设，让各族群众在智慧交通等领域中受益",
                // "…要高度重视，让各单位、各部门的创新活动得到充分展示": a later clause of a sentence that opens with 让 says what
                // the work brings about; whoever follows 让 there is the one it benefits, never a unit asked to act (conventions:
                // units are units where a unit stands). The opening clause of a sentence ("让县住建局牵头…") and a clause right after
                // the framing ("会议要求，让各乡镇…", "会议决定，让县财政局…": the ask itself) are left as they were.
                if (len == 1 && t[i] == '让' && i == SkipOpeners(p, e) && AfterComma(c.Start) && !AfterFramingClause(CommaBefore(c.Start)))
                {
                    i += len;
                    continue;
                }
                int j = SkipSpace(i + len, e);
                // "希望各地各有关部门高度重视，…": units that run up to the attitude phrase ending the clause are read whole
                // first (rule AddresseeBeforeAttitude), before a shorter generic name is cut from them.
                int after = AddresseeBeforeAttitude(c, j, e);
                if (after == j) after = ReadUnitList(c, j, e, Slot.Addressee);
                if (after == j) after = GenericAddresseeBeforeVerb(c, j, e);
                if (after > j) c.Addressed = true;
                if (after == j && t.AsSpan(i, len).SequenceEqual("由")) after = ReadPersonSupervisor(c, j, e);
                // "要求，…" asks for what follows; "提出明确要求。" only tells that someone asked.
                if (after == j && j < e && lx.SpeakerVerbs.MatchAt(t, i) > 0) c.Cue = true;
                i = Math.Max(after, i + len);
                continue;
            }
            if ((len = lx.WithTriggers.MatchAt(t, i)) > 0 && len >= not)
            {
                // Rule OrganisedUnitsAreNoHelpers: "领导小组组织有关部门对…开展集中整治", "防汛指挥部办公室要迅速组织各相关单位
                // 熟悉预案", "请各地经信部门组织好当地企业和单位进行申报": the units the lead 组织 (organises) are the
                // object of its work, neither lead nor co-lead (the conventions' helpers are 会同/配合/协助/协同/参与 ones).
                // Also in a clause of its own ("…，迅速组织各相关单位…"): the task's lead organises. "县卫健局要牵头组织相关部门…":
                // organised by the lead word, they still help.
                bool organised = t.AsSpan(i, len).SequenceEqual("组织") && !(i >= 2 && t.AsSpan(i - 2, 2).SequenceEqual("牵头"));
                // Rule JointWorkOpensClause: "…，会同公安机关开展入户调查", "并联合气象部门做好预测预报": a clause with no
                // subject that opens with 会同 / 联合 and units names work the subject does together with them
                // (GroupingRules.JointWorkIsAnotherTask). Only at the clause's opening: "由县经信局牵头，联合各镇…" or
                // "开展联合执法" are no such opening.
                bool joint = !subject && c.Lead.Count + c.Co.Count == 0 && i == SkipOpeners(p, e) && t.AsSpan(i, len) is "会同" or "联合";
                int after = ReadUnitList(c, i + len, e, organised ? Slot.ReportTo : Slot.With);
                if (joint && c.Lead.Count == 0 && c.Co.Count > 0) c.JointWork = true;
                i = Math.Max(after, i + len);
                continue;
            }
            if ((len = lx.ReportTriggers.MatchAt(t, i)) > 0 && len >= not)
            {
                int after = ReadUnitList(c, i + len, e, Slot.ReportTo);
                i = Math.Max(after, i + len);
                continue;
            }
            if ((len = lx.SupervisorVerbs.MatchAt(t, i)) > 0)
            {
                var who = t.AsSpan(p, i - p).Trim();
                if (HasLeaderTitle(who)) c.Supervisor ??= original.Substring(p, i - p).Trim();
                i += len;
                continue;
            }
            i++;
        }

        // Twenty-third round, rule PartnerAfterYuCooperates: "县直各单位要与乡(镇)密切配合", "各街道…要与各相关部门密切配合、
        // 协作联动", "要与施工单位等相互配合": units after 要与 / 应与 / 须与 that the clause then says to 配合 with are the
        // subject's helpers, as after 会同 (conventions: Co-lead). Only where 与 follows the modal and a 配合 word closes
        // the names: "加强与驻点招商局沟通协作" or "与指挥部统筹协作" name a partner of talks, not a co-lead, and 与 between
        // two names ("县财政局与县住建局要…") is a list joiner, read with the subject.
        if (t.AsSpan(p, e - p).IndexOf('与') >= 0) ReadPartnerAfterYu(c, p, e);
        // Deadline placement (the next stage) checks relative spans against where the clause's content starts.
        c.ContentStart = subject ? subjectEnd : p;
        ReadAction(c, Math.Max(subjectEnd, c.UnitsEnd), e);
        // "带领调查员深入各调查点进行实地调查": no listed verb, yet the clause says what to do; the composer may use it.
        if (c.Deliverable is null && !c.BareUnits)
        {
            c.Content = Deliverables.Clean(original, t, SkipOpeners(Math.Max(c.ContentStart, c.UnitsEnd), e), e, lx, headNoun: false, spans: r);
        }
        return c;
    }

    /// <summary>
    /// Rule AddresseeBeforeAttitude: "会议要求各乡镇高度重视，12月底前完成排查": after 要求 / 请, units followed by an
    /// attitude phrase (高度重视, 提高思想认识) that ends the clause are those asked, and so the lead of the work asked
    /// next in the sentence. The attitude phrase is no word a unit is followed by elsewhere ("县住建局高度重视安全生产，…"
    /// reports), so it counts only here: after an addressee verb, and only as the clause's whole remainder.
    /// Returns where the units end (<paramref name="j"/> when the rule does not hold).
    /// </summary>
    int AddresseeBeforeAttitude(Clause c, int j, int e)
    {
        int b = e;
        while (b > j && t[b - 1] is ' ' or '。' or '，' or ',' or ';' or '；') b--;
        // The phrase must end the clause: find where it starts by its end, then read the units up to there.
        int len = lx.AttitudePhrases.MatchEndingAt(t, b, j + 2);
        if (len == 0) return j;
        // Read with the phrase's start as the end: a unit ending there is followed, as by 要 in "要求各乡镇要…".
        return ReadUnitList(c, j, b - len, Slot.Addressee);
    }

    /// <summary>
    /// Rule GenericAddresseeBeforeVerb: "会议要求各乡镇调整种植结构", "要求全体干部调整状态": after 要求 / 请, a generic
    /// addressee (各…, 全体…, 有关…) is the one asked whatever verb follows it, though that verb is in no list of words a
    /// unit is followed by. Only a generic name: "要求县住建局指导各乡镇…" is left to the word lists, since a specific name
    /// may run on into a verb and its object. The longest name that ends exactly before a Han character, and is not cut
    /// inside a suffix, is taken. Returns where the units end (<paramref name="j"/> when the rule does not hold).
    /// Asked only by the addressee scan, not after an opener that ends in 要求 ("会议要求各乡镇…"): tried there too, it
    /// cost holdout-a a spurious task.
    /// </summary>
    int GenericAddresseeBeforeVerb(Clause c, int j, int e)
    {
        var s = t.AsSpan(0, e);
        if (lx.GenericQuantifiers.MatchAt(s, j) == 0) return j;
        for (int k = Math.Min(e - 1, j + 12); k >= j + 2; k--)
        {
            if (!ChineseText.IsHan(t[k]) || lx.UnitSuffixes.MatchAt(s, k) > 0) continue;
            if (units.UnitAt(t, j, k, deadlineStarts) is not { Generic: true } u || u.End != k) continue;
            return ReadUnitList(c, j, k, Slot.Addressee);
        }
        return j;
    }

    /// <summary>Reads "A、B和C(牵头)等" at <paramref name="p"/>, files the units by slot and role word, returns the end.</summary>
    int ReadUnitList(Clause c, int p, int e, Slot slot)
    {
        var found = new List<UnitHit>();
        List<UnitHit>? markedLead = null;   // made only when a 牵头 marker is met (few lists have one)
        int q = p;
        UnitHit? joined = null;   // rule JoinedNameGoesOnList: the name after 和 / 及, already found
        while (q < e)
        {
            // Rule RoleLabelBeforeName (UnitGrammar.RoleLabelBeforeNameAt): "由包片单位县文广局督促…" names 县文广局.
            if (joined is null) q += units.RoleLabelBeforeNameAt(t, q, e, deadlineStarts);
            var hit = joined ?? units.UnitAt(t, q, e, deadlineStarts);
            joined = null;
            if (hit is null && found.Count > 0 && ElidedUnitAt(q, e) is > 0 and var elided)
            {
                // "各有关乡镇、部门": after a list separator, a bare 部门 / 单位 is the same kind of body, written short.
                hit = new UnitHit(q, q + elided, true);
            }
            if (hit is null && slot != Slot.ReportTo && (q == p && slot == Slot.Subject || found.Count > 0 && t[q - 1] == '、')
                && units.BareBodyAt(t, q, e, deadlineStarts) is > 0 and var bare)
            {
                // Rule BareBodyAsSubject (UnitGrammar.BareBodyAt): "办事处要…", "办事处党委、政府要…".
                hit = new UnitHit(q, bare, false);
            }
            if (hit is null && slot == Slot.Addressee && q == p && AfterAskingVerb(q) && units.AddressedBodyAt(t, q, e, deadlineStarts) is > 0 and var addressedBody)
            {
                // Rule AddressedBodyAsUnit (UnitGrammar.AddressedBodyAt): "要求被曝光企业严格落实…", "会议要求供热企业高度重视".
                hit = new UnitHit(q, addressedBody, units.IsGeneric(t.AsSpan(q, addressedBody - q)));
            }
            if (hit is null && q == p && (slot == Slot.Addressee && (AfterAskingVerb(q) || AfterYou(q)) || slot == Slot.With && (After(q, "会同") || After(q, "与")))
                && units.RoleUnitAt(t, q, e, deadlineStarts) is > 0 and var role)
            {
                // Rule RoleUnitAfterAsk (UnitGrammar.RoleUnitAt): "要求施工单位本月底完成…", "会同施工单位按照…", "要与施工单位
                // 相互配合" (rule PartnerAfterYuCooperates, the only reader of a With slot after 与).
                hit = new UnitHit(q, role, false);
            }
            if (hit is null && slot == Slot.Addressee && q == p && AfterYou(q) && units.BodyBeforeLeadWordAt(t, q, e, deadlineStarts) is > 0 and var led)
            {
                // Rule BodyBeforeLeadWord (UnitGrammar.BodyBeforeLeadWordAt): "由施工单位负责清运…", "由物业服务企业负责…".
                hit = new UnitHit(q, led, units.IsGeneric(t.AsSpan(q, led - q)));
            }
            if (hit is null && slot == Slot.Addressee && q == p && t[q] == '各' && AddressedGenericAt(q, e) is { } addressed)
            {
                // Rule AddresseeNeedsNoFollower: "请各乡镇接此通知后…", "要求各单位结合实际…": after 请 / 要求 the
                // generic addressee is named whatever verb follows it.
                hit = addressed;
            }
            if (hit is null && slot == Slot.Subject && q == p && q == c.SubjectAfterDeadline && GenericSubjectAt(q, e) is { } afterDate)
            {
                // Rule GenericSubjectAfterOpeningDeadline: "11月5日前各学院将评优名单报学生处".
                hit = afterDate;
            }
            if (hit is null && slot == Slot.Subject && q == p && CountedUnitAt(q, e) is { } counted)
            {
                // Rule CountedUnits: "6个督察工作组要…": a number of bodies of one kind, named as written.
                hit = counted;
            }
            if (hit is null && q == p && (slot == Slot.Subject || slot == Slot.Addressee) && units.GenericBodyAt(t, q, e, deadlineStarts, slot == Slot.Addressee) is > 0 and var kind)
            {
                // Rule GenericBodyOfAnyKind (UnitGrammar.GenericBodyAt): "各校要…", "请各分会9月10日前…".
                hit = new UnitHit(q, kind, true);
            }
            if (hit is null && slot == Slot.Subject && q == p && units.BodyBeforeModalAt(t, q, e, deadlineStarts) is > 0 and var body)
            {
                // Rule BodyBeforeModal (UnitGrammar.BodyBeforeModalAt): "建成区各学校要…", "施工单位要…".
                hit = new UnitHit(q, body, units.IsGeneric(t.AsSpan(q, body - q)));
            }
            if (hit is null && q == p && (slot == Slot.Subject || slot == Slot.Addressee && AfterAskingVerb(q))
                && units.BodyBeforeDatedYuAt(t, q, e, deadlineStarts) is > 0 and var dated)
            {
                // Rule BodyBeforeDatedYu (UnitGrammar.BodyBeforeDatedYuAt): "重点流通企业于每日上午11点前报送…".
                hit = new UnitHit(q, dated, units.IsGeneric(t.AsSpan(q, dated - q)));
            }
            int peopleEnd = 0;
            if (hit is null && q == p && (slot == Slot.Subject || slot == Slot.Addressee && (AfterAskingVerb(q) || AfterYou(q)))
                && units.BodyWordWhereUnitStandsAt(t, q, e, deadlineStarts, slot == Slot.Addressee, out peopleEnd) is > 0 and var bodyWord)
            {
                // Rule BodyWordWhereUnitStands (UnitGrammar.BodyWordWhereUnitStandsAt): "考核组要…", "请各年级辅导员应…", "由村委会
                // 进一步完善…": a body written as a body, where a unit stands; its people after it are read past.
                hit = new UnitHit(q, bodyWord, units.IsGeneric(t.AsSpan(q, bodyWord - q)));
            }
            if (hit is null && slot == Slot.Subject && found.Count > 0 && t[q - 1] is '、' or '和' or '及'
                && units.ListTailBeforeModalAt(t, q, e, deadlineStarts) is > 0 and var tail)
            {
                // Rule ListTailBeforeModal (UnitGrammar.ListTailBeforeModalAt): "各相关部门、镇街要…".
                hit = new UnitHit(q, tail, units.IsGeneric(t.AsSpan(q, tail - q)));
            }
            if (hit is null && slot != Slot.ReportTo && found.Count > 0 && t[q - 1] == '、'
                && units.ListMemberWithSuffixAt(t, q, e, deadlineStarts) is > 0 and var member)
            {
                // Rule ListMemberWithSuffix (UnitGrammar.ListMemberWithSuffixAt): "各单位、各部门自行负责…".
                hit = new UnitHit(q, member, units.IsGeneric(t.AsSpan(q, member - q)));
            }
            // Rule GenericBodyGoesOnList: "各社区、各卡口对于电动车进出的管控不可松懈", "请教务处、各学院结合实际…": after a unit
            // already read and 、, 各 and a body of any kind is the list's next addressee, followed as an addressee is
            // (an adverb, an action verb, a preposition), as after 请: the list has already made its place a subject's.
            // Last of the list readers: a name with a suffix (各妇委会早宣传: 各妇委会) is read by them first.
            if (hit is null && q > p && found.Count > 0 && t[q - 1] == '、' && t[q] == '各' && (slot == Slot.Subject || slot == Slot.Addressee)
                && units.GenericBodyAt(t, q, e, deadlineStarts, addressed: true) is > 0 and var listed)
                hit = new UnitHit(q, listed, true);
            if (hit is null)
            {
                // "公安、执法部门": a short bare name counts when the list around it has units.
                int sep = ListSeparatorAfterBareName(q, e);
                if (sep < 0 || units.StartsLikePredicate(t, q, sep) || !EtcDepartments(sep, e) && !ListEndsInUnit(sep + 1, e)) break;
                hit = new UnitHit(q, sep, false);
            }
            var h = hit.Value;
            int before = found.Count;
            units.SplitJoined(t, h, deadlineStarts, found);
            q = h.End;
            if (peopleEnd > q) q = peopleEnd;
            int marker = units.RoleMarkerAt(t, q, e, out bool isLead);
            if (marker > 0)
            {
                if (isLead)
                    for (int m = before; m < found.Count; m++) (markedLead ??= []).Add(found[m]);
                q += marker;
            }
            if (q < e && t[q] == '、') { q++; continue; }
            if (q + 2 < e && t.AsSpan(q).StartsWith("以及")) { q += 2; continue; }
            // Rule ListTailBeforeModal: "县直牵头部门和项目所在乡镇要…": 和 / 及 before the list's last name goes on with it.
            if (slot == Slot.Subject && q + 1 < e && t[q] is '和' or '及' && lx.Adverbs.MatchAt(t.AsSpan(0, e), q) == 0 && units.ListTailBeforeModalAt(t, q + 1, e, deadlineStarts) > 0) { q++; continue; }
            // Rule JoinedNameGoesOnList: "各镇和相关单位抽调精干力量…", "请各责任单位和镇街把…", "要求各村和责任部门充分认识…":
            // 和 / 及 between two names the grammar reads as units joins them into one list whatever verb follows the
            // last, as 、 does (conventions: split lists on 、，和 及; several units before one verb are joint leads).
            // Only for the subject and the addressee of an ask; not 与 (与X对接: a partner), not an adverb (及时).
            if ((slot == Slot.Subject || slot == Slot.Addressee) && q + 1 < e && t[q] is '和' or '及' && lx.Adverbs.MatchAt(t.AsSpan(0, e), q) == 0
                && JoinedNameAt(q + 1, e) is { } next) { joined = next; q++; continue; }
            // Rule EtcThenMoreUnits: "区财政局、住建局等部门及相关街道要…": 等(部门) closes a group of the list, and a
            // joiner and a unit after it go on with the list.
            if (UnitGrammar.SkipEtc(t, q, e) is var etc && etc > q && etc + 1 < e)
            {
                int join = t.AsSpan(etc).StartsWith("以及") ? 2 : t[etc] is '及' or '和' or '与' or '、' ? 1 : 0;
                if (join > 0 && units.UnitAt(t, etc + join, e, deadlineStarts) is not null) { q = etc + join; continue; }
            }
            break;
        }
        if (found.Count == 0) return p;
        q = UnitGrammar.SkipEtc(t, q, e);
        // Rule TimeWordAfterGenericName: "各部门假前要…", "各单位会后抓紧将…": the time word after the subject is read past, so
        // the work starts where the modal or the adverb does.
        if (slot == Slot.Subject) q = units.TimeWordAfterSubjectEnd(t, q, e, deadlineStarts);
        if (slot != Slot.ReportTo) c.UnitsEnd = Math.Max(c.UnitsEnd, q);

        // The role word after the list decides, unless the slot already did.
        int r = SkipAdverbs(SkipNote(q, e), e);
        int person = lx.PersonOfUnit.MatchAt(t, r);
        // Rule RoleHolderIsSupervisor: "各乡镇党政主要负责人要严格落实…", "县自然资源局全体班子成员要…": the role-holders
        // written after a unit (主要负责人, 负责人, 班子成员, 主要领导) are cut from it: the unit leads, and the whole
        // role-holder phrase, as written, is the supervisor (conventions: a role word is never part of a unit name;
        // owner precedents gt24-03, wh23-n6).
        if (person > 0)
        {
            c.Supervisor ??= original.Substring(found[0].Start, r + person - found[0].Start);
            if (slot == Slot.ReportTo) return r + person;
        }
        if (slot == Slot.ReportTo) return q;
        // "县委、县政府决定…", "县政府要求各乡镇…": the body that decides or asks is not the one assigned. Only where the
        // authority verb is the unit's own predicate: after a modal ("县发改局要召开专题会议", "县政府办尽快印发方案") the
        // verb is the work asked of the unit, which stays the lead.
        int own = SkipNote(q, e);
        if (slot == Slot.Subject && person == 0
            && (lx.AuthorityVerbs.MatchAt(t, own) > 0 || lx.AuthorityVerbs.MatchAt(t, r) > 0 && !ModalBetween(own, r, e))) return q;
        if (markedLead is { Count: > 0 })
        {
            c.RoleWord = true;
            c.Lead.AddRange(markedLead);
            foreach (var f in found)
                if (!markedLead.Contains(f)) c.Co.Add(f);
            return q;
        }
        bool co = slot == Slot.With;
        int roleLen;
        if (person == 0 && (roleLen = lx.CoRoles.MatchAt(t, r)) > 0)
        {
            co = true;
            c.RoleWord = true;
            q = r + roleLen;
            // "各乡镇要积极配合县民政局做好…": the unit helped is the lead.
            int helped = ReadUnitList(c, q, e, Slot.Addressee);
            if (helped > q) { c.Co.AddRange(found); return helped; }
            // "Y配合" at the end of a clause, or "Y要做好协作配合": helpers of whoever leads.
            if (slot != Slot.With) c.CoByCooperation = c.Lead.Count == 0;
        }
        else if (person == 0 && (roleLen = lx.LeadRoles.MatchAt(t, r)) > 0 && slot != Slot.With)
        {
            co = false;
            c.RoleWord = true;
            if (t.AsSpan(r, roleLen).StartsWith("牵头")) c.LeadByLeadWord = true;
            else if (r > q) c.LeadByImplementer = true;   // an adverb came first: 具体负责, 具体落实
            q = r + roleLen;
        }
        else if (person == 0 && slot == Slot.Subject && CooperationEndsClause(r, e) is > 0 and var coopEnd)
        {
            // Rule CooperationEndsClause: "区委组织部…和区相关部门要及早介入、全力配合", "住建局、发改局等其他相关单位加强配合
            // 协调", "其他责任单位要积极履行配合职责": a subject whose whole job is to 配合 is a helper of whoever leads,
            // like "Y配合" (conventions: Co-lead), though a short verb stands before the 配合 word.
            co = true;
            c.RoleWord = true;
            c.CoByCooperation = c.Lead.Count == 0;
            q = coopEnd;
        }
        (co ? c.Co : c.Lead).AddRange(found);
        if (slot != Slot.ReportTo) c.UnitsEnd = Math.Max(c.UnitsEnd, person > 0 ? r + person : q);
        // "县农业农村局牵头、各乡镇配合": another list after the role word.
        if (q < e && t[q] == '、' && q > p) return ReadUnitList(c, q + 1, e, slot == Slot.With ? Slot.Subject : slot);
        return q;
    }

    /// <summary>Rule PartnerAfterYuCooperates: after 要与 / 应与 / 须与 in [<paramref name="p"/>, <paramref name="e"/>), the units
    /// that a 配合 word (coRoles, after a cooperationModifiers word such as 相互) follows are read as co-leads. Nothing is
    /// kept when the names do not run up to the 配合 word.</summary>
    void ReadPartnerAfterYu(Clause c, int p, int e)
    {
        for (int k = t.IndexOf('与', p, e - p); k > p && k + 1 < e; k = k + 1 < e ? t.IndexOf('与', k + 1, e - k - 1) : -1)
        {
            if (t[k - 1] is not ('要' or '应' or '须')) continue;
            int j = k + 1, coop = CooperationWordAfterPartner(j, e);
            if (coop <= j) continue;
            int co = c.Co.Count, lead = c.Lead.Count, unitsEnd = c.UnitsEnd;
            bool roleWord = c.RoleWord, byCooperation = c.CoByCooperation, helps = c.HelpsNamedLead;
            // A modifier before the 配合 word (相互配合) follows no unit in the unit grammar: the names are read up to it.
            int end = ReadUnitList(c, j, lx.CooperationModifiers.MatchAt(t, coop) > 0 ? coop : e, Slot.With);
            if (c.Co.Count > co && c.Lead.Count == lead && UnitGrammar.SkipEtc(t, end, e) >= coop)
            {
                (c.Partners ??= []).AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(c.Co)[co..]);
                int m = coop + lx.CooperationModifiers.MatchAt(t, coop);
                c.UnitsEnd = Math.Max(c.UnitsEnd, m + lx.CoRoles.MatchAt(t, m));
                return;
            }
            c.Co.RemoveRange(co, c.Co.Count - co);
            c.Lead.RemoveRange(lead, c.Lead.Count - lead);
            c.UnitsEnd = unitsEnd; c.RoleWord = roleWord; c.CoByCooperation = byCooperation; c.HelpsNamedLead = helps;
        }
    }

    /// <summary>Where the 配合 word (or the modifier before it: 相互配合, 紧密配合) after the names at <paramref name="j"/>
    /// starts, within a short span and before any punctuation, else 0.</summary>
    int CooperationWordAfterPartner(int j, int e)
    {
        int limit = Math.Min(e, j + 18);
        for (int m = j + 1; m < limit; m++)
        {
            if (!ChineseText.IsHan(t[m]) && t[m] is not ('(' or ')' or '（' or '）')) return 0;
            int mod = lx.CooperationModifiers.MatchAt(t, m);
            if (lx.CoRoles.MatchAt(t, m + mod) > 0) return m;
        }
        return 0;
    }

    /// <summary>
    /// Where the clause [<paramref name="r"/>, <paramref name="e"/>) ends when all it says is a short verb and a 配合 / 协助
    /// word that closes it ("及早介入、全力配合", "加强配合协调", "积极履行配合职责"), else 0. Not when the unit has a job of
    /// its own before the 配合 ("完成管网改造并做好配合": a completion verb) or the clause goes on after it ("配合做好…",
    /// read by the role word branch): a 配合 word counts only where it ends the clause.
    /// </summary>
    int CooperationEndsClause(int r, int e)
    {
        // Only where a lead is marked earlier in the sentence (roleMarkers.lead: "由X牵头，…Y要全力配合", "主要责任单位要履行主职
        // 主责…；其他责任单位要积极履行配合职责"): in "…各行业主管部门要…；各乡镇街道、各行业部门要加强协调配合，为…做好保障工作"
        // nobody is marked as lead, and the units go on to a requirement of their own.
        int from = r;
        while (from > 0 && t[from - 1] is not ('。' or '\n')) from--;
        if (!lx.LeadMarkers.OccursIn(t.AsSpan(from, r - from))) return 0;
        int end = e;
        while (end > r && !ChineseText.IsHan(t[end - 1])) end--;
        var rest = t.AsSpan(r, end - r);
        if (rest.EndsWith("协调") || rest.EndsWith("职责") || rest.EndsWith("工作")) end -= 2;
        if (end <= r || end - r > 10) return 0;
        var s = t.AsSpan(0, end);
        for (int k = r; k < end; k++)
        {
            if (lx.CompletionVerbs.MatchAt(s, k) > 0 || lx.LeadRoles.MatchAt(s, k) > 0) return 0;
            int len = lx.CoRoles.MatchAt(s, k);
            if (len > 0 && k + len == end && (t.AsSpan(k, len).EndsWith("配合") || t.AsSpan(k, len).SequenceEqual("协助"))) return e;
        }
        return 0;
    }

    /// <summary>The longest short 各… name at <paramref name="q"/> that is a unit when cut there (各乡镇, 各有关单位).</summary>
    /// <summary>Rule GenericSubjectAfterOpeningDeadline: 各 + a body read as after 请 (<see cref="AddressedGenericAt"/>, or a body
    /// of any kind followed as an addressee is, <see cref="UnitGrammar.GenericBodyAt"/>), at <paramref name="q"/>.</summary>
    /// <summary>The end of an article label "第四条 " / "第十二条：" at <paramref name="p"/> (blanks after it skipped), else <paramref name="p"/>.</summary>
    int ArticleLabelEnd(int p, int e)
    {
        if (p + 4 >= e || ChineseText.ArticleLabelEnd(t, p, e) is not (> 0 and var label)) return p;
        return SkipSpace(label, e);
    }

    /// <summary>After a list number "2、" / "3." at <paramref name="p"/> (one or two digits), else <paramref name="p"/>.</summary>
    int ListNumberEnd(int p, int e)
    {
        int k = p;
        while (k < e && k - p < 2 && char.IsAsciiDigit(t[k])) k++;
        // "2.5亿元" is a number, not a list number: after "." no digit may follow; after "、" one may ("2、11月5日前").
        return k > p && k + 1 < e && (t[k] == '、' || t[k] is '.' or '．' && !char.IsAsciiDigit(t[k + 1])) ? k + 1 : p;
    }

    /// <summary>
    /// Rule EventTimeBeforeGenericSubject: the end of "放假前" / "项目实施结束后" / "接下来" at <paramref name="p"/> when 各
    /// follows it right away, else <paramref name="p"/>. Han characters only (a date is the deadline rules'), two to
    /// eight of them, the last 前 or 后, and no unit of its own at <paramref name="p"/> ("县直各单位" stays one name).
    /// </summary>
    int EventTimeEnd(int p, int e)
    {
        if (p + 3 < e && t.AsSpan(p).StartsWith("接下来") && t[p + 3] == '各') return p + 3;
        // The shape first (it is rare, and the word lists below are read only when it is there).
        int at = -1;
        for (int k = p + 2; k < e - 2 && k <= p + 8; k++)
        {
            if (!ChineseText.IsHan(t[k - 1])) return p;
            if (t[k] != '各' || t[k - 1] is not ('前' or '后')) continue;
            if (t[k + 1] is '项' or '类' or '种' or '方') return p;
            at = k;
            break;
        }
        if (at < 0) return p;
        // "做好政府当前各项工作…": a clause that opens with a verb or a preposition is no time phrase; 各项 / 各类 count things.
        var s = t.AsSpan(0, e);
        if (lx.ActionVerbs.MatchAt(s, p) > 0 || lx.ImperativeOpeners.MatchAt(s, p) > 0 || lx.PrepositionOpeners.MatchAt(s, p) > 0
            || lx.Adverbs.MatchAt(s, p) > 0 || lx.AddresseeTriggers.MatchAt(s, p) > 0 || lx.SpeakerVerbs.MatchAt(s, p) > 0) return p;
        return units.UnitAt(t, p, at, deadlineStarts) is null ? at : p;
    }

    UnitHit? GenericSubjectAt(int q, int e) =>
        AddressedGenericAt(q, e) is { Generic: true } h ? h
        : units.GenericBodyAt(t, q, e, deadlineStarts, addressed: true) is > 0 and var kind ? new UnitHit(q, kind, true)
        : BracketedGenericAt(q, e);

    /// <summary>
    /// "各养殖场(户)全部按要求完成…", "各学校(园)完成…": 各, a short body word and a bracketed part that belongs to the name
    /// (UnitGrammar.AttachedNamePart), then the work: the bracket ends the name, so whatever Han word follows (全部,
    /// 按要求) begins the work. Only where the caller knows a subject stands (after an opening by-date).
    /// </summary>
    UnitHit? BracketedGenericAt(int q, int e)
    {
        int open = t.IndexOf('(', q + 2, Math.Min(4, Math.Max(0, e - q - 2)));
        if (open < 0) return null;
        for (int k = q + 1; k < open; k++)
            if (!ChineseText.IsHan(t[k]) || t[k] is '的' or '、') return null;
        int close = units.AttachedNamePart(t, open, e);
        return close > 0 && close < e && ChineseText.IsHan(t[close]) && t[close] is not ('的' or '之') ? new UnitHit(q, close, true) : null;
    }

    UnitHit? AddressedGenericAt(int q, int e)
    {
        // Rule AddressedGenericKeepsItsBody: "请各乡镇人民政府抓住时机…", "请各县市经济贸易和信息化局节日期间…": the generic
        // name runs on to the body that ends it (人民政府, 信息化局), though the verb after it is in no follower list;
        // a verb inside the run still ends the name first (GenericAddresseeThenVerb: 各村组织村民 is 各村).
        for (int k = Math.Min(e, q + 16); k > q + 5; k--)
            if (units.UnitAt(t, q, k, deadlineStarts) is { } h && h.End == k) return h;
        for (int k = Math.Min(e, q + 5); k >= q + 2; k--)
            if (units.UnitAt(t, q, k, deadlineStarts) is { } h && h.End == k) return h;
        return null;
    }

    /// <summary>"6个督察工作组", "两个专项组": a count, 个, and a unit right after it.</summary>
    UnitHit? CountedUnitAt(int q, int e)
    {
        int k = q;
        while (k < e && k - q < 3 && ChineseText.IsNumeral(t[k])) k++;
        if (k == q || k + 1 >= e || t[k] != '个') return null;
        return units.UnitAt(t, k + 1, e, deadlineStarts) is { } inner ? new UnitHit(q, inner.End, inner.Generic) : null;
    }

    /// <summary>
    /// Rule JoinedNameGoesOnList: the unit that starts at <paramref name="k"/>, right after a 和 / 及 that follows a
    /// unit of the list: a name the grammar reads, or a body word (部门, 单位, 乡镇, 街道, 社区, 镇街) with or without a
    /// quantifier (相关, 有关, 各). Null when there is none.
    /// </summary>
    UnitHit? JoinedNameAt(int k, int e)
    {
        if (units.UnitAt(t, k, e, deadlineStarts) is { } named) return named;
        // "各镇和相关单位抽调…", "请各责任单位和镇街把…": a quantified body word or a bare one (部门, 单位, 镇街…) is the
        // same kind of addressee, written short; the list before the joiner has already put it where a subject stands.
        int quant = lx.GenericQuantifiers.MatchAt(t.AsSpan(0, e), k);
        int body = k + quant;
        if (body + 2 > e || !UnitGrammar.IsElidedBody(t.AsSpan(body, 2))) return null;
        // Not a longer name that merely starts with the body word (街道办事处…): UnitAt would have read it.
        if (body + 2 < e && lx.UnitSuffixes.MatchAt(t.AsSpan(0, e), body + 2) > 0) return null;
        return new UnitHit(k, body + 2, true);
    }

    int ElidedUnitAt(int q, int e)
    {
        if (q == 0 || t[q - 1] != '、') return 0;
        foreach (var w in (ReadOnlySpan<string>)["部门", "单位", "街道", "社区", "乡镇"])
            if (t.AsSpan(q, e - q).StartsWith(w) && units.ValidFollower(t, q + w.Length, e, deadlineStarts)) return w.Length + BracketedPartAt(q + w.Length, e);
        return 0;
    }

    /// <summary>
    /// Rule ElidedBodyKeepsBrackets: "各相关单位、乡镇(办)要…": a bracketed part right after a short body word belongs to
    /// its name (conventions: parentheses inside a name belong to it). Only a few Han characters, and not a role
    /// marker such as "(牵头)" or a note such as "(详见附件)" (UnitGrammar.AttachedNamePart). Returns its length, else 0.
    /// </summary>
    int BracketedPartAt(int k, int e)
    {
        if (k >= e || t[k] != '(' || units.RoleMarkerAt(t, k, e, out _) > 0) return 0;
        int close = units.AttachedNamePart(t, k, e);
        return close > k && units.ValidFollower(t, close, e, deadlineStarts) ? close - k : 0;
    }

    /// <summary>"生态环境、经信、发改部门": bare names may follow each other as long as the list ends in a unit.</summary>
    bool ListEndsInUnit(int q, int e)
    {
        for (int guard = 0; guard < 8 && q < e; guard++)
        {
            if (units.UnitAt(t, q, e, deadlineStarts) is not null) return true;
            int sep = ListSeparatorAfterBareName(q, e);
            if (sep < 0 || units.StartsLikePredicate(t, q, sep)) return false;
            if (EtcDepartments(sep, e)) return true;
            q = sep + 1;
        }
        return false;
    }

    /// <summary>
    /// Where the separator after a bare name (2–4 characters) at <paramref name="q"/> stands, else -1.
    /// Rule EtcClosesLongBareName: "民政、乡村振兴、残联、退役军人事务等部门要…": the last name before 等部门 / 等单位 may
    /// run to <see cref="MaxClosedBareName"/> characters, since the body word after 等 says what it is; before a 、
    /// alone a longer run is more often a phrase than a name.
    /// </summary>
    int ListSeparatorAfterBareName(int q, int e)
    {
        for (int k = q; k < Math.Min(e, q + MaxClosedBareName + 1); k++)
        {
            if (k > q && EtcDepartments(k, e)) return k - q >= 2 ? k : -1;
            if (t[k] == '、') return k - q >= 2 && k - q <= 4 ? k : -1;
            if (!ChineseText.IsHan(t[k])) return -1;
        }
        return -1;
    }

    const int MaxClosedBareName = 6;

    /// <summary>"城管等部门": 等 + a body word closes a list of bare names.</summary>
    bool EtcDepartments(int k, int e) => t[k] == '等' && UnitGrammar.SkipEtc(t, k, e) > k + 1;

    /// <summary>"牵头单位(无牵头单位的，责任单位即为牵头单位)要…": a parenthetical note between a unit and its verb.</summary>
    int SkipNote(int q, int e)
    {
        if (q >= e || t[q] != '(') return q;
        int depth = 0;
        for (int k = q; k < e; k++)
        {
            if (t[k] == '(') depth++;
            else if (t[k] == ')' && --depth == 0) return k + 1;
        }
        return q;
    }

    /// <summary>
    /// Rule CommandAfterTarget: "对查出问题的学校立即发放整改通知单": the clause names whom the job is done to (对…的X, a
    /// short head after 的) and then opens its predicate with a command word (立即, 抓紧, 实行…): the command opens the
    /// clause as much as at its start. Only right after the target's head, and not in a deed told ("…立即下达了…").
    /// </summary>
    bool CommandAfterTarget(int p, int e)
    {
        if (t[p] != '对' && !t.AsSpan(p, e - p).StartsWith("针对")) return false;
        // "对…的商户立即下达了整改通知书": a deed done (了, 已) is told, not commanded.
        if (t.AsSpan(p, e - p).IndexOfAny('了', '已') >= 0) return false;
        int de = t.AsSpan(p, Math.Min(e - p, 24)).IndexOf('的');
        if (de < 0) return false;
        for (int q = p + de + 1; q < e && q <= p + de + 6 && ChineseText.IsHan(t[q]); q++)
            if (q > p + de + 1 && lx.ImperativeOpeners.MatchAt(t.AsSpan(0, e), q) > 0) return true;
        return false;
    }

    /// <summary>"进一步加快…", "切实做好…": the exhortative adverbs before a command verb (rule ExhortedCommand).</summary>
    int SkipExhortation(int q, int e)
    {
        for (int guard = 0; guard < 2 && q < e; guard++)
        {
            // 加快 is both: "进一步加快项目申报" commands with it.
            if (guard > 0 && lx.ImperativeOpeners.MatchAt(t.AsSpan(0, e), q) > 0) break;
            int len = lx.ExhortativeAdverbs.MatchAt(t.AsSpan(0, e), q);
            if (len == 0) break;
            q += len;
        }
        return q;
    }

    /// <summary>A modal (要, 须, 尽快, 抓紧…) among the adverbs between <paramref name="a"/> and <paramref name="b"/>.</summary>
    bool ModalBetween(int a, int b, int e)
    {
        for (int k = a; k < b; k++)
            if (SentenceView.ModalAt(t, k, e, lx) > 0) return true;
        return false;
    }

    int SkipAdverbs(int q, int e)
    {
        for (int guard = 0; guard < 4 && q < e; guard++)
        {
            // A role word that is also listed as an adverb (负责) must stay visible.
            if (lx.LeadRoles.MatchAt(t, q) > 0 || lx.CoRoles.MatchAt(t, q) > 0 || lx.PersonOfUnit.MatchAt(t, q) > 0) break;
            int len = lx.Adverbs.MatchAt(t, q);
            if (len == 0) break;
            q += len;
            // "各司其职、密切配合": adverbs listed with 、 before the role word.
            if (q + 1 < e && t[q] == '、' && (lx.Adverbs.MatchAt(t, q + 1) > 0 || lx.CoRoles.MatchAt(t, q + 1) > 0)) q++;
        }
        return q;
    }

    /// <summary>"由分管副县长李长根牵头": a leader, not a unit, is the supervisor.</summary>
    int ReadPersonSupervisor(Clause c, int p, int e)
    {
        int k = p;
        while (k < e && k - p < 16 && ChineseText.IsHan(t[k]) && lx.LeadRoles.MatchAt(t, k) == 0 && lx.SupervisorVerbs.MatchAt(t, k) == 0) k++;
        if (k == p || !HasLeaderTitle(t.AsSpan(p, k - p))) return p;
        c.Supervisor ??= original.Substring(p, k - p);
        int role = Math.Max(lx.LeadRoles.MatchAt(t, k), lx.SupervisorVerbs.MatchAt(t, k));
        return k + role;
    }

    bool HasLeaderTitle(ReadOnlySpan<char> s) => lx.LeaderTitles.OccursIn(s);

    /// <summary>"江辰当即要求", "刘小宁强调": a short name, an optional adverb, a speaking verb.</summary>
    /// <summary>Where the units after an approval verb start: after 同意 / 原则同意 at <paramref name="p"/>, or at
    /// <paramref name="p"/> when the opener before it ended in 同意 (会议同意); else <paramref name="p"/>.</summary>
    int ApprovalEnd(int p)
    {
        int len = lx.AuthorityVerbs.MatchAt(t, p);
        return len > 0 && t.AsSpan(p, len).EndsWith("同意") ? p + len : p;
    }

    static readonly string[] DraftingVerbs = ["提交", "拟草", "起草", "草拟", "拟定", "编制", "制定", "制订", "修订", "报送", "上报", "报来"];

    /// <summary>
    /// After 同意 / 原则同意 (at <paramref name="p"/>, or just before it in the opener 会议同意): a unit, then a drafting verb
    /// (提交, 拟草, 起草…) and, within a short stretch without punctuation, 的 before what was drafted. Returns where the
    /// drafting verb starts (the units end there), else 0.
    /// </summary>
    int DrafterAfterApproval(int p, int e)
    {
        int j = ApprovalEnd(p);
        if (j == p && !(p >= 2 && t.AsSpan(p - 2, 2).SequenceEqual("同意"))) return 0;
        for (int k = j + 2; k < Math.Min(e, j + 24); k++)
        {
            if (!ChineseText.IsHan(t[k]) && t[k] is not ('(' or ')' or '、')) return 0;
            foreach (var verb in DraftingVerbs)
            {
                if (!t.AsSpan(k, e - k).StartsWith(verb)) continue;
                if (units.UnitAt(t, j, k, deadlineStarts) is not { } u || u.End != k && UnitGrammar.SkipEtc(t, u.End, k) != k && t[u.End] != '、') continue;
                for (int m = k + verb.Length; m < Math.Min(e, k + verb.Length + 12); m++)
                {
                    if (t[m] == '的') return k;
                    if (!ChineseText.IsHan(t[m])) break;
                }
            }
        }
        return 0;
    }

    /// <summary>The words right before <paramref name="p"/> ask someone to act: 要求, 请, 责成 (not 由, which also
    /// introduces a description of who does what, nor 配合, whose unit is the one helped).</summary>
    bool AfterAskingVerb(int p)
    {
        int k = p;
        while (k > 0 && t[k - 1] is ' ' or '\u3000') k--;
        var before = t.AsSpan(0, k);
        return before.EndsWith("要求") || before.EndsWith("责成") || k >= 1 && t[k - 1] == '请';
    }

    /// <summary>
    /// Rule RequirementsPutToUnits: the clause [p, e) holds 对 + units + 提出(了) + a short Han modifier (三点, 以下几点,
    /// 具体, 建议) + 要求 / 意见, and ends there. Returns where the units start and end, or (0, 0).
    /// </summary>
    (int From, int To) RequirementsPutTo(int p, int e)
    {
        int b = e;
        while (b > p && t[b - 1] is ' ' or ':' or '。') b--;
        if (b - p < 6 || !(t.AsSpan(p, b - p).EndsWith("要求") || t.AsSpan(p, b - p).EndsWith("意见"))) return (0, 0);
        int put = t.LastIndexOf("提出", b - 2, b - 2 - p + 1, StringComparison.Ordinal);
        if (put <= p + 1) return (0, 0);
        // Between 提出 and the requirements: 了 and a short modifier, Han only ("以下几点", "具体", "建议").
        int mod = put + 2 < b && t[put + 2] == '了' ? put + 3 : put + 2;
        if (b - 2 - mod > 6) return (0, 0);
        for (int k = mod; k < b - 2; k++) if (!ChineseText.IsHan(t[k])) return (0, 0);
        // 对 (not 对于, 针对: a topic) opening the units, within a short reach of 提出.
        for (int k = put - 2; k >= p && k >= put - 20; k--)
        {
            if (t[k] != '对' || k > p && t[k - 1] == '针' || t[k + 1] == '于') continue;
            return (k + 1, put);
        }
        return (0, 0);
    }

    bool After(int p, string word) => p >= word.Length && t.AsSpan(p - word.Length, word.Length).SequenceEqual(word);

    /// <summary>The word right before <paramref name="p"/> is 由 (交由): the one named next is who does the work.</summary>
    bool AfterYou(int p)
    {
        int k = p;
        while (k > 0 && t[k - 1] is ' ' or '\u3000') k--;
        return k >= 1 && t[k - 1] == '由';
    }

    int SpeakerEnd(int p, int e)
    {
        for (int n = 2; n <= MaxTitledSpeaker && p + n < e; n++)
        {
            if (!ChineseText.IsHan(t[p + n - 1])) return p;
            // Rule TitledSpeaker: "局领导吴高峰指出", "县委副书记吴高峰强调": a title before the name makes the speaker
            // longer than a bare name; past four characters only a span holding a leader title (or 领导) is a speaker.
            if (n > 4 && !HasLeaderTitle(t.AsSpan(p, n)) && !t.AsSpan(p, n).Contains("领导", StringComparison.Ordinal)) continue;
            int k = p + n;
            foreach (var adv in (ReadOnlySpan<string>)["当即", "当场", "随即", "进一步", "同时", "再次", "还", "也", "特别", "明确"])
                if (t.AsSpan(k, e - k).StartsWith(adv)) { k += adv.Length; break; }
            int verb = lx.SpeakerVerbs.MatchAt(t, k);
            if (verb == 0) continue;
            // Fourteenth round: "根据您所提出的工作建议": 所 + the verb is a relative clause about something said before,
            // no speaker speaking now (rule ReportedListGoesOn reads the list after such an introduction as told).
            if (t[k - 1] == '所') return p;
            // 要求 doubles as the addressee trigger: leave it for the scan. Other verbs just end the speaker.
            return lx.AddresseeTriggers.MatchAt(t, k) > 0 ? k : k + verb;
        }
        return p;
    }

    const int MaxTitledSpeaker = 10;

    bool EndsWithSpeakerVerb(int p) => p >= 2 && (lx.SpeakerVerbs.MatchEndingAt(t, p, Math.Max(0, p - 2)) > 0);


    /// <summary>The main verb's object is the deliverable: "拿出…的差异化支持政策初稿" → 差异化支持政策初稿.</summary>
    public void ReadAction(Clause c, int from, int e)
    {
        ReadActionPhrase(c, from, e);
        RemedyTakesItsProblem(c);
    }

    /// <summary>
    /// Rule RemedyTakesItsProblem: the 通报's list "2、人武部片区：建设路东段少数人行道道沿破损。\n整改措施：由县住建局负责修复。"
    /// gives each problem a line of its own and its remedy the next line, opened by the label 整改措施. A remedy that is
    /// only a verb (修复, 及时清运, 清除) says nothing of what is to be mended; the problem line above it does. The job is
    /// the problem (past its number and area label, to its first comma) with the verb: 建设路东段少数人行道道沿破损修复.
    /// The label counts only at the start of its line, right after a numbered line; a remedy with its own object
    /// (更换破损垃圾桶) keeps it.
    /// </summary>
    void RemedyTakesItsProblem(Clause c)
    {
        if (c.Deliverable is not { Length: >= 2 and <= 4 } verb || !IsBareVerb(c, verb)) return;
        int ls = c.Start > 0 ? t.LastIndexOf('\n', c.Start - 1) + 1 : 0;
        int p = SkipSpace(ls, c.Start);
        if (!t.AsSpan(p).StartsWith("整改措施") || p + 4 >= t.Length || t[p + 4] is not (':' or '：')) return;
        int pe = ls - 1;
        while (pe > 0 && ChineseText.IsSpace(t[pe - 1])) pe--;
        if (pe <= 0) return;
        int ps = t.LastIndexOf('\n', pe - 1) + 1;
        ps = SkipSpace(ps, pe);
        int n = ps;
        while (n < pe && char.IsAsciiDigit(t[n])) n++;
        if (n == ps || n >= pe || t[n] is not ('、' or '.' or '．')) return;
        int colon = t.IndexOfAny([':', '：'], n, pe - n);
        int s0 = colon > 0 ? colon + 1 : n + 1;
        int s1 = t.IndexOfAny([',', '，', '。', ';', '；'], s0, pe - s0);
        if (s1 < 0) s1 = pe;
        var problem = original.Substring(s0, s1 - s0).Trim();
        if (problem.Length < 4 || problem.Length > MaxProblem) return;
        c.Deliverable = problem + verb;
    }

    const int MaxProblem = 24;

    /// <summary>The remedy is only its verb: the verb (修复, 及时清运) ends the clause right after 负责 or the unit.</summary>
    bool IsBareVerb(Clause c, string verb)
    {
        int ce = t.IndexOfAny(['。', '\n', ';', '；', ',', '，'], c.Start);
        if (ce < 0) ce = t.Length;
        int vs = ce - verb.Length;
        if (vs <= c.Start || original.Substring(vs, verb.Length) != verb) return false;
        return vs >= 2 && t.AsSpan(vs - 2, 2) is "负责" || c.UnitsEnd == vs;
    }

    void ReadActionPhrase(Clause c, int from, int e)
    {
        if (ObjectBeforeItsVerb(c, from, e)) return;
        int firstAction = -1, firstActionLen = 0, loneChu = -1;
        for (int i = from; i < e; i++)
        {
            int dl = DeadlineAt(i, e);
            if (dl > i) { i = dl - 1; continue; }
            // "要高度重视…", "压实责任": an attitude, not the job; the job may still follow in the clause.
            int attitude = lx.AttitudePhrases.MatchAt(t.AsSpan(0, e), i);
            if (attitude > 0) { i += attitude - 1; continue; }
            if (t[i] is '将' or '把' && i + 1 < e)
            {
                int objEnd = i + 1;
                int quote = 0;
                while (objEnd < e && (quote > 0 || lx.ReportTriggers.MatchAt(t, objEnd) == 0 && !(t[objEnd] == '纳' && t.AsSpan(objEnd).StartsWith("纳入"))))
                {
                    // "将《政府工作报告》确定的任务…": a title's words (报告) are no verb.
                    if (t[objEnd] is '《' or '“') quote++;
                    else if (t[objEnd] is '》' or '”' && quote > 0) quote--;
                    objEnd++;
                }
                if (objEnd < e && objEnd - i > 2)
                {
                    // Rule DisposalKeepsItsVerb: "将办理工作纳入绩效目标管理": what is put where is the job, whole;
                    // "将修改意见报县发改局": what is sent is the deliverable, its destination is not.
                    if (t[objEnd] == '纳') SetDeliverable(c, i, e, 2, headNoun: false);
                    else
                    {
                        SetDeliverable(c, i + 1, objEnd, 2);
                        if (c.Deliverable is not null && Deliverables.Destination(original, t, objEnd, e, lx, r, e) is { } to)
                            c.Deliverable += "(" + to + ")";
                    }
                    c.HasAction = true;
                    c.Disposal = true;
                    return;
                }
                // Rule StateToReachIsNoJob: "把奖补资金兑现到位", "将全部问题整改到位": the state to reach (到位, 落实…) is
                // no head of the job, nor is the bare verb before it ("兑现到位"); what is brought there is. The job is the
                // object with its verb and state. 将 followed by a verb or an adverb is "will" ("将认真贯彻落实"), no object.
                if (objEnd >= e && (t[i] == '把' || lx.FutureAfterJiang.MatchAt(t.AsSpan(0, e), i + 1) == 0) && StateReached(i + 1, e))
                {
                    SetDeliverable(c, i + 1, e, 1, headNoun: false);
                    if (c.Deliverable is not null) { c.HasAction = true; return; }
                }
            }
            int len = lx.CompletionVerbs.MatchAt(t, i);
            bool noProduct = len > 0 && BareChuWithoutDocument(i, len, e);
            // A lone 出 that brings out no document is mostly half of another word (突出, 出现): the work starts at
            // the clause's next verb, if it has one.
            if (noProduct && len == 1)
            {
                if (loneChu < 0) loneChu = i;
                continue;
            }
            if (len > 0 && !(len == 1 && i + 1 < e && ChineseText.IsHan(t[i + 1]) && lx.ActionVerbs.MatchAt(t, i) > 1) && !noProduct)
            {
                c.HasAction = true;
                SetDeliverable(c, i + len, e, 2);
                // Rule ShortObjectKeepsVerb: "组建验收专班" cut to "验收专班", "解决拖欠…问题" to "问题": a short head noun
                // says too little; the clerk writes the verb with it. A long one ("差异化支持政策初稿") stands alone.
                // A document ("旅游节活动方案") is the product by itself; a short job that is no document ("验收专班",
                // "资金保障") is written with its verb and its words: 组建验收专班, 做好资金保障.
                if (c.Deliverable is { Length: var objLen } obj && e - i > len + 1
                    && (objLen < 4 || objLen < ShortObj && lx.DocumentHeads.MatchEndingAt(obj, objLen, 0) == 0))
                    SetDeliverable(c, i, e, 2, headNoun: false);
                // "加快推进国土空间规划编制": the verb ends the clause, so the phrase before it is the job.
                if (c.Deliverable is null) SetDeliverable(c, firstAction >= 0 ? firstAction : from, i + len, 1);
                return;
            }
            if (firstAction < 0 && (len = lx.ActionVerbs.MatchAt(t, i)) > 0) { firstAction = i; firstActionLen = len; }
        }
        // Only a lone 出 ("暂停公交和出租车运营", "突出重点时段"): the clause's words are the work. A clause that opens
        // with a preposition ("围绕当前存在的突出问题") is the work's setting: its words are a job only when the task has
        // no other (rank 0, see Compose).
        if (firstAction < 0 && loneChu >= 0)
        {
            c.HasAction = true;
            int p0 = SkipSpace(from, e), m = p0 + SentenceView.ModalAt(t, p0, e, lx);
            if (lx.PrepositionOpeners.MatchAt(t.AsSpan(0, e), p0) > 0 || lx.PrepositionOpeners.MatchAt(t.AsSpan(0, e), m) > 0) return;
            firstAction = SkipOpeners(from, e);
        }
        if (firstAction >= 0)
        {
            c.HasAction = true;
            // "县财政局负责资金筹措": the object may come before its verb; start right after the role word then.
            int start = c.RoleWord && c.UnitsEnd > 0 && c.UnitsEnd < firstAction && lx.Adverbs.MatchAt(t, c.UnitsEnd) == 0 ? c.UnitsEnd : firstAction;
            if (start == firstAction && TopicBeforeFinalVerb(from, firstAction, e) is var topic && topic >= 0) start = topic;
            SetDeliverable(c, start, e, 1);
        }
        else if (c.RoleWord && c.UnitsEnd > 0 && c.UnitsEnd < e) SetDeliverable(c, c.UnitsEnd, e, 1);
    }

    /// <summary>
    /// Rule ObjectBeforeItsVerb: "对县城投公司债务情况开展专项审计调查": 对 brings the object before a light verb (开展,
    /// 进行, 实施), whose own object only names the kind of work. The job is both: 县城投公司债务情况专项审计调查, not
    /// 开展专项审计调查. Without a light verb, a clause that ends in its verb ("对整改情况逐项自查") is the object with its
    /// verb. 对照 / 对接 / 对标 / 对于 and 针对 / 面对 are other words; a light verb with nothing after it ("对存在问题进行")
    /// is a clause cut short, left to the usual reading.
    /// </summary>
    bool ObjectBeforeItsVerb(Clause c, int from, int e)
    {
        if (ObjectClauseBeforeItsVerb(c, from, e)) return true;
        if (ObjectClauseBeforeBareVerb(c, from, e)) return true;
        // Past modals, adverbs and a deadline ("要尽快对…"); the opener list may take 对 itself.
        int p = PastOpenersAndDeadline(from, e);
        if (p > from && t[p - 1] == '对') p--;
        if (p + 4 >= e || t[p] != '对' || t[p + 1] is '照' or '接' or '标' or '于' or '比' or '外' or '上' or '此') return false;
        for (int q = p + 3; q + 2 <= e; q++)
        {
            if (t[q] is ',' or '，' or ';' or '；' or '。' or ':' or '：') return false;
            // "对整改情况逐项自查": no light verb, the clause ends in its verb; the object and the verb are the job.
            if (q + 2 == e || t[q + 2] is ',' or '，' or ';' or '；' or '。')
            {
                int end = q + 2;
                if (lx.ActionVerbs.MatchEndingAt(t, end, p + 3) is var v && v >= 2 && !IsLightVerb(t.AsSpan(end - 2, 2))
                    && !t.AsSpan(c.Start, p - c.Start).Contains("会议", StringComparison.Ordinal))
                {
                    if (Deliverables.Clean(original, t, p + 1, end, lx, headNoun: false, spans: r, units: false) is { } job)
                    {
                        c.Deliverable = job;
                        c.DeliverableRank = 1;
                        c.HasAction = true;
                        return true;
                    }
                }
                return false;
            }
            if (!IsLightVerb(t.AsSpan(q, 2))) continue;
            // "会议进一步对水利重点工作进行部署": the meeting's own act is narrative, nobody's job.
            if (t.AsSpan(c.Start, p - c.Start).Contains("会议", StringComparison.Ordinal)) return false;
            // The object is kept whole ("涉及的工作任务"): only a deadline or an adverb before the verb is no part of it.
            int oe = q;
            for (int k = p + 1; k < q; k++)
                if (DeadlineAt(k, q) > k) { oe = k; break; }
            while (oe > p + 1 && lx.Adverbs.MatchEndingAt(t, oe, p + 3) is var adv && adv > 0) oe -= adv;
            while (oe > p + 1 && t[oe - 1] is '在' or '于') oe--;
            if (oe - p - 1 < 2) return false;
            var obj = original.Substring(p + 1, oe - p - 1).Trim();
            var work = Deliverables.Clean(original, t, q + 2, e, lx, headNoun: false, spans: r);
            if (work is null) return false;
            c.Deliverable = obj + work;
            c.DeliverableRank = 1;
            c.HasAction = true;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Rule ObjectClauseBeforeItsVerb: "对辖区内矛盾纠纷和不稳定因素，开展一次拉网式排查", "对排查出的有安全隐患的经营性自建房，
    /// 要立即采取措施进行整改": the object of <see cref="ObjectBeforeItsVerb"/> stands in a clause of its own (对 + a noun
    /// phrase, set off by a comma), and the clause after it opens (past its unit, modals and adverbs, within a few words)
    /// with the light verb. The job is the object with the work: 辖区内矛盾纠纷和不稳定因素一次拉网式排查. The 对-clause must
    /// open at a clause boundary and hold no verb of its own outside a 的-phrase (对…的支持 / 对照 / 对接 are other words).
    /// </summary>
    bool ObjectClauseBeforeItsVerb(Clause c, int from, int e)
    {
        int ps = ObjectClauseStart(c, out int comma);
        if (ps < 0) return false;
        // "县信访局要对…": the 对 may follow the clause's unit and modal ("要对", "应当对").
        if (t[ps] != '对' && t.IndexOf('对', ps, comma - ps) is var dui && dui > ps && lx.Adverbs.MatchEndingAt(t, dui, ps) > 0) ps = dui;
        if (ps + 5 > comma || t[ps] != '对' || DuiOpensOtherWord(t[ps + 1])) return false;
        // A verb of the object clause is only inside a 的-phrase ("排查出的…自建房"): none after its last 的.
        if (ObjectClauseHasVerb(ps + 1, comma)) return false;
        // Past the modals, adverbs and a deadline ("要于12月20日前逐户进行核查").
        int p = PastOpenersAndDeadline(from, e);
        for (int q = p; q + 2 < e && q <= p + MaxWordsBeforeLightVerb; q++)
        {
            if (t[q] is ',' or '，' or ';' or '；' or '。' or '、') return false;
            if (!IsLightVerb(t.AsSpan(q, 2)) && !(t.AsSpan(q, 2) is "予以" or "加以")) continue;
            var work = Deliverables.Clean(original, t, q + 2, e, lx, headNoun: false, spans: r);
            // Longer than most of the 台账's line, the object would crowd out the task's other jobs (Compose's JoinBudget):
            // the clause keeps its usual reading.
            var obj = original.Substring(ps + 1, comma - ps - 1).Trim();
            if (work is null || obj.Length + work.Length > MaxObjectJob) return false;
            c.Deliverable = obj + work;
            c.DeliverableRank = 1;
            c.HasAction = true;
            return true;
        }
        return false;
    }

    const int MaxObjectClause = 30, MaxWordsBeforeLightVerb = 6, MaxObjectJob = 20;

    /// <summary>Past the clause's modals and adverbs and a deadline among them ("要于12月20日前逐户…"): where its words start.</summary>
    int PastOpenersAndDeadline(int from, int e)
    {
        int p = SkipOpeners(from, e);
        for (int k = from; k <= p && k < e; k++)
            if (DeadlineAt(k, e) is var dl && dl > k) return SkipOpeners(dl, e);
        return p;
    }

    /// <summary>对 + one of these is another word (对照, 对接, 对标, 对于…, 对此, 对号, 对称), not 对 before an object clause.</summary>
    static bool DuiOpensOtherWord(char next) => next is '照' or '接' or '标' or '于' or '比' or '外' or '上' or '此' or '号' or '称';

    /// <summary>
    /// Where the clause before this one starts (past spaces), when this clause follows it after a comma and it opens at a
    /// clause boundary within <see cref="MaxObjectClause"/> characters; -1 otherwise. <paramref name="comma"/>: the comma.
    /// </summary>
    int ObjectClauseStart(Clause c, out int comma)
    {
        comma = c.Start - 1;
        if (comma < 5 || t[comma] is not (',' or '，')) return -1;
        int ps = comma;
        while (ps > 0 && t[ps - 1] is not (',' or '，' or '。' or ';' or '；' or ':' or '：' or '\n') && comma - ps < MaxObjectClause) ps--;
        if (ps > 0 && t[ps - 1] is not (',' or '，' or '。' or ';' or '；' or ':' or '：' or '\n')) return -1;
        return SkipSpace(ps, comma);
    }

    /// <summary>
    /// An object clause [from, comma) holds a verb of its own (action, completion, light verb, a deadline) after its last
    /// 的: a verb inside a 的-phrase ("排查出的…自建房", "检查中发现的问题") only qualifies the object.
    /// </summary>
    bool ObjectClauseHasVerb(int from, int comma)
    {
        int head = t.LastIndexOf('的', comma - 1, comma - from);
        for (int k = Math.Max(head + 1, from); k < comma; k++)
            if (lx.ActionVerbs.MatchAt(t.AsSpan(0, comma), k) > 0 || lx.CompletionVerbs.MatchAt(t.AsSpan(0, comma), k) > 0
                || DeadlineAt(k, comma) > k || k + 2 <= comma && (IsLightVerb(t.AsSpan(k, 2)) || t.AsSpan(k, 2) is "予以" or "加以")) return true;
        return false;
    }

    /// <summary>
    /// Rule ObjectClauseBeforeBareVerb: "对检查中发现的问题，责任单位要积极整改", "对于强镇中涉及的数据，各县(区)要逐个认真核实",
    /// "针对存在的问题，县政府要积极协调": the object stands in a clause of its own (对 / 对于 / 针对 + a noun phrase, set off
    /// by a comma, as in <see cref="ObjectClauseBeforeItsVerb"/>), and the clause after it is its unit, modals and manner
    /// words and one verb that ends it, with no object of its own. The bare verb (整改, 核实) says nothing; the job is the
    /// object with its verb: 检查中发现的问题整改. The words between the modals and the verb hold no other verb.
    /// </summary>
    bool ObjectClauseBeforeBareVerb(Clause c, int from, int e)
    {
        int ps = ObjectClauseStart(c, out int comma);
        if (ps < 0) return false;
        int os;
        if (t.AsSpan(ps).StartsWith("对于") || t.AsSpan(ps).StartsWith("针对")) os = ps + 2;
        else if (t[ps] == '对' && !DuiOpensOtherWord(t[ps + 1])) os = ps + 1;
        else return false;
        if (os + 4 > comma) return false;
        // A verb of the object clause is only inside a 的-phrase ("检查中发现的问题"): none after its last 的.
        if (ObjectClauseHasVerb(os, comma)) return false;
        int end = e;
        while (end > from && t[end - 1] is ',' or '，' or ';' or '；' or '。' or ' ' or '、') end--;
        int p = PastOpenersAndDeadline(from, end);
        int v = lx.ActionVerbs.MatchEndingAt(t, end, p);
        if (v < 2 || end - v < p || end - v - p > MaxWordsBeforeLightVerb || IsLightVerb(t.AsSpan(end - v, 2))) return false;
        for (int k = p; k < end - v; k++)
            if (t[k] is ',' or '，' or ';' or '；' or '。' or '、' or ':' or '：' || lx.ActionVerbs.MatchAt(t.AsSpan(0, end), k) > 0) return false;
        var obj = original.Substring(os, comma - os).Trim();
        var verb = original.Substring(end - v, v);
        if (obj.Length < 3 || obj.Length + verb.Length > MaxObjectJob) return false;
        c.Deliverable = obj + verb;
        c.DeliverableRank = 1;
        c.HasAction = true;
        return true;
    }

    /// <summary>
    /// Rule TopicBeforeFinalVerb: "争取3月底主体工程全面完工", "要在年底前未开工农房全面开工": the clause's only verb ends it,
    /// and what it acts on stands before it as the topic. The job is the topic with its verb (主体工程全面完工), not the
    /// bare verb (完工). The topic starts past the clause's modals, adverbs and deadline; a clause whose words before the
    /// verb open with a preposition (按照节点推进, 与县自然资源局对接, 在全区推进) has no topic there: it keeps its verb.
    /// Only a clause read by the fallback (its first listed verb is its last word) is asked; the phrase stays rank 1.
    /// Returns where the topic starts, or -1.
    /// </summary>
    int TopicBeforeFinalVerb(int from, int verb, int e)
    {
        int end = e;
        while (end > verb && t[end - 1] is ',' or '，' or ';' or '；' or '。' or ' ' or '、') end--;
        // The verb, or verbs joined by 并 / 和 ("完工并验收"), end the clause.
        for (int q = verb, guard = 0; ; guard++)
        {
            int v = lx.ActionVerbs.MatchAt(t.AsSpan(0, end), q);
            if (v == 0 || guard > 2) return -1;
            q += v;
            if (q == end) break;
            if (t[q] is not ('并' or '和')) return -1;
            q++;
        }
        int p = SkipSpace(from, verb);
        for (int guard = 0; guard < 4 && p < verb; guard++)
        {
            int dl = DeadlineAt(p, verb);
            if (dl > p) { p = SkipSpace(dl, verb); continue; }
            int len = Math.Max(SentenceView.ModalAt(t, p, verb, lx), lx.Adverbs.MatchAt(t.AsSpan(0, verb), p));
            if (len == 0) break;
            // A preposition (按照, 对, 在…) opens a setting, not a topic; 在 / 于 before a deadline is the deadline's.
            var word = t.AsSpan(p, len);
            if (lx.PrepositionOpeners.MatchAt(t.AsSpan(0, verb), p) > 0 || word is "按" or "把" or "将" || word.EndsWith("在") || word.EndsWith("于"))
                if (DeadlineAt(p + len, verb) <= p + len) return -1;
            p += len;
        }
        // "逐个认真核实", "分类整治": an adverb or a manner word of two characters before the verb is no topic.
        int te = verb;
        while (te > p && lx.Adverbs.MatchEndingAt(t, te, p) is var adv && adv > 0) te -= adv;
        if (te - p < 3 || t[p] is '与' or '向' or '和' or '同' or '跟' or '就' or '以' or '由' or '从' or '给' or '为') return -1;
        if (lx.PrepositionOpeners.MatchAt(t.AsSpan(0, verb), p) > 0 || lx.AttitudePhrases.MatchAt(t.AsSpan(0, verb), p) > 0) return -1;
        // A manner ("有组织地开展", "实际、及早谋划") or a verb made light ("采取措施进行整改") is no topic either.
        if (t[te - 1] == '地') return -1;
        for (int k = p; k < verb; k++)
            if (t[k] is ',' or '，' or ';' or '；' or '。' or ':' or '：' or '、') return -1;
        var before = t.AsSpan(p, verb - p);
        if (before.Contains("进行", StringComparison.Ordinal) || before.Contains("進行", StringComparison.Ordinal)
            || before.Contains("加以", StringComparison.Ordinal) || before.Contains("予以", StringComparison.Ordinal)) return -1;
        // The topic is marked off from its verb by an adverb ("主体工程全面完工", "隐患问题立即整改") or is a noun phrase
        // with 的 ("发现的问题"). Without either, the words before the verb are mostly its manner or a verb of their own
        // ("强化统筹协调", "加班加点推进"): the clause keeps its verb.
        return te < verb || lx.ExhortativeAdverbs.MatchEndingAt(t, verb, p) > 0 || t.AsSpan(p, te - p).Contains('的') ? p : -1;
    }

    /// <summary>The clause ends in a state to reach (deliverableTrim.stateHeads) after an object and its verb.</summary>
    bool StateReached(int s, int e)
    {
        while (e > s && t[e - 1] is ',' or '，' or ';' or '；' or '。' or ' ') e--;
        int len = lx.StateHeads.MatchEndingAt(t, e, s);
        // Two characters of object and two of verb before the state at least: "把问题整改到位", not "把好关口落实".
        return len > 0 && e - len - s >= 4 && lx.ActionVerbs.MatchEndingAt(t, e - len, s) > 0;
    }

    static bool IsLightVerb(ReadOnlySpan<char> w) => w is "开展" or "进行" or "实施";

    /// <summary>
    /// Rule BareChuNeedsADocument: 出 (拿出, 出台, 列出…) yields a product only when what comes out is a document:
    /// "拿出复兴路拆迁方案", "出台管理办法". Otherwise it is a work phrase ("拿出实际行动", "出台实施") or no verb at all
    /// but half a word ("突出重点", "出现问题", "出售烟花"): the scan goes on, and the clause keeps its work.
    /// </summary>
    bool BareChuWithoutDocument(int i, int len, int e)
    {
        var verb = t.AsSpan(i, len);
        if (!(verb is "出" or "拿出" or "出台")) return false;
        int stop = i + len;
        while (stop < e && t[stop] is not (',' or '，' or '、' or ';' or '；' or '。')) stop++;
        for (int k = i + len; k < stop; k++)
            if (lx.DocumentHeads.MatchAt(t.AsSpan(0, stop), k) is var n && n > 0 && (n >= 2 || k + n == stop)) return false;
        return true;
    }

    /// <summary>
    /// Seventeenth round, rule RemovalAimIsPurpose: "开展自查，发现隐患问题及时整改，消除火灾隐患": a clause that opens with 消除
    /// (or 及时 / 彻底 / 全面 消除) after the job names what the job is for, as 确保… does; the removal asked by a modal
    /// ("5408座病险水库要消除安全隐患") or by a subject is the job itself (消除 is an action verb).
    /// </summary>
    static bool RemovalAim(ReadOnlySpan<char> rest) =>
        rest.StartsWith("消除") || rest.StartsWith("及时消除") || rest.StartsWith("彻底消除") || rest.StartsWith("全面消除");

    /// <summary>
    /// Rule MeansIsNoJob: "要通过这次专项调查，全面摸清…": 通过 + 这次 / 本次 / 此次 or a verb names the means to the job
    /// that follows, not a job; "年底前通过验收" (通过 + its object) is one.
    /// </summary>
    bool MeansOpening(int q, int e)
    {
        if (q + 3 > e || !t.AsSpan(q).StartsWith("通过")) return false;
        int k = q + 2;
        return t[k] is '这' or '此' or '本' || lx.ActionVerbs.MatchAt(t.AsSpan(0, e), k) > 0;
    }

    /// <summary>Past the modals and adverbs that open a clause's content ("要进一步…").</summary>
    int SkipOpeners(int i, int e)
    {
        i = SkipSpace(i, e);
        for (int guard = 0; guard < 4 && i < e; guard++)
        {
            int len = Math.Max(SentenceView.ModalAt(t, i, e, lx), lx.Adverbs.MatchAt(t.AsSpan(0, e), i));
            if (len == 0) break;
            i += len;
        }
        return i;
    }

    void SetDeliverable(Clause c, int s, int e, int rank, bool? headNoun = null)
    {
        var text = Deliverables.Clean(original, t, s, e, lx, headNoun: headNoun ?? rank == 2, spans: r);
        if (text is null) return;
        c.Deliverable = text;
        c.DeliverableRank = rank;
    }


    /// one. Each counts only as the clause's own predicate: not after a modal ("要把已经下达的资金…") and not
    /// inside a 的-phrase ("已完成整改的项目"), so a word never deletes a directive that merely contains it.
    /// </summary>
    bool IsNarrative(int s, int e)
    {
        if (MarkerCounts(lx.NarrativeMarkers, s, e, upToATarget: true)) return true;
        // Both walks jump between the characters they look for (every clause is read here, and most have neither).
        for (int k = s; k + 1 < e; k++)
        {
            int next = t.AsSpan(k, e - 1 - k).IndexOfAny('共', '已');
            if (next < 0) break;
            k += next;
            if ((lx.ActionVerbs.MatchAt(t, k + 1) > 0 || lx.CompletionVerbs.MatchAt(t, k + 1) > 0) && Predicative(s, k, k + 2, e)) return true;
        }
        for (int k = s + 1; k < e; k++)
        {
            int next = t.AsSpan(k, e - k).IndexOf('了');
            if (next < 0) break;
            k += next;
            char before = t[k - 1], after = k + 1 < e ? t[k + 1] : ' ';
            if (before is '为' or '除' or '不' || after is '解' or '结') continue;
            if (ChineseText.IsHan(before) && Predicative(s, k, k + 1, e)) return true;
        }
        return false;
    }

    /// <summary>A word of <paramref name="words"/> in the clause that stands as its predicate (see <see cref="Predicative"/>),
    /// unless, with <paramref name="upToATarget"/>, it counts up to a target (<see cref="CountsUpToATarget"/>) and so
    /// tells nothing done. A flag, not a delegate: a delegate over this struct's method boxed the reader on every
    /// clause (a twentieth of parse time in a trace, with the collections it caused).</summary>
    bool MarkerCounts(PhraseSet words, int s, int e, bool upToATarget = false)
    {
        var clause = t.AsSpan(0, e);
        for (int k = s; k < e; k++)
        {
            // Most places start no listed word: jump to the next one that may.
            int skip = clause[k..].IndexOfAny(words.FirstChars);
            if (skip < 0) break;
            k += skip;
            int len = words.MatchAt(clause, k);
            if (len > 0 && Predicative(s, k, k + len, e) && !(upToATarget && CountsUpToATarget(k))) return true;
        }
        return false;
    }

    /// <summary>
    /// Rule cumulative_target: "到2027年，累计完成15台(套)左右老旧化工装置更新替代", "到2024年，全市累计建成5G基站1万个",
    /// "争取到2027年累计完成改造规模1000万千瓦以上": 累计 after a year target that opens its sentence (到/力争到 a year not yet
    /// past) counts up to that target; it is the target's figure, not progress told (conventions: "2027年全面建成…" →
    /// 2027-12-31; progress reports yield no task). Only 累计 (not 已, 同比…), only after such a target in the same sentence
    /// with no 已 between: "到2022年底，全县已累计完成…" and "今年以来累计完成…" still report.
    /// </summary>
    bool CountsUpToATarget(int at)
    {
        if (at + 1 >= t.Length || t[at] != '累' || t[at + 1] != '计') return false;
        int from = at;
        while (from > 0 && t[from - 1] is not ('。' or ';' or '\n' or '!' or '?')) from--;
        if (t.IndexOf('已', from, at - from) >= 0) return false;
        foreach (var d in r.Deadlines)
        {
            if (d.Start < from || d.End > at || d.Invalid || d.Soft || d.Kind != DeadlineKind.PeriodEnd || d.Date is not { } date) continue;
            if (!d.Target && t[d.Start] != '到') continue;
            if (r.Reference is { } rf && date < rf) continue;
            return true;
        }
        return false;
    }

    /// <summary>No modal before the word in its clause, and no 的 right after it: the word is what the clause says.</summary>
    bool Predicative(int s, int at, int end, int e)
    {
        for (int k = s; k < at; k++)
            if (SentenceView.ModalAt(t, k, at, lx) > 0) return false;
        for (int k = end; k < Math.Min(e, end + 6); k++)
            if (t[k] == '的') return false;
        return true;
    }

    /// <summary>"现将有关事项通知如下", "请遵照执行": a transmittal formula opens or closes its clause.</summary>
    bool IsTransmittal(int p, int e)
    {
        if (lx.TransmittalMarkers.MatchAt(t.AsSpan(0, e), p) > 0) return true;
        int end = e;
        while (end > p && (t[end - 1] is ' ' or '。' or '!' or ',')) end--;
        return lx.TransmittalMarkers.MatchEndingAt(t, end, p) > 0;
    }
}
