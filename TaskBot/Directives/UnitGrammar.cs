namespace TaskBot.Directives;

/// <summary>A unit mention: where it is in the text, and whether it is a generic addressee (各乡镇, 有关部门).</summary>
public readonly record struct UnitHit(int Start, int End, bool Generic);

/// <summary>
/// The deadline starts of the item being read (<see cref="Stages.Reading.DeadlineStarts"/>). <see cref="Version"/>
/// changes whenever the set does, which tells <see cref="UnitGrammar.UnitAt"/> that the answers it kept for the item
/// are stale: change the set only through <see cref="Add"/> and <see cref="Clear"/>.
/// </summary>
public sealed class ItemDeadlineStarts : HashSet<int>
{
    public int Version { get; private set; }
    // One bit per start (mod 64): the name window asks "does a deadline start here?" at every character, and an item
    // has a handful of starts, so most answers are "no" from this mask without a hash lookup through ISet.
    ulong _mask;
    public new bool Add(int start) { Version++; _mask |= 1UL << (start & 63); return base.Add(start); }
    public new void Clear() { Version++; _mask = 0; base.Clear(); }
    /// <summary>Contains, with the mask first.</summary>
    public bool Holds(int q) => (_mask & (1UL << (q & 63))) != 0 && Contains(q);
    /// <summary>False when <paramref name="q"/> is surely no start (the mask alone); true means "look it up".</summary>
    public bool MayHold(int q) => (_mask & (1UL << (q & 63))) != 0;
}

/// <summary>
/// Recognises unit names, including units no list has ever seen, from how Chinese unit names are built:
/// a run of characters ending in a unit suffix (局, 委, 办, 中心, 管委会, 乡镇…), cut where grammar words begin
/// (要, 牵头, 负责…) and accepted only if what follows could follow a subject (a role word, an adverb, a verb,
/// punctuation, a deadline). Directory names and aliases (金融办, 公安) are known outright.
/// </summary>
public sealed class UnitGrammar
{
    readonly DirectiveLexicon lx;
    // Unions built once: a name window asks "does a grammar word start here?" at every character.
    readonly PhraseSet _stops, _followers;

    public UnitGrammar(DirectiveLexicon lexicon)
    {
        lx = lexicon;
        // Rule RoleCopulaEndsName: "发改部门作为政府宏观经济管理部门，要抓实…", "各乡镇作为实施主体，要…": a verb that gives the
        // unit its role (作为, 身为) is never part of its name (conventions: a verb or role word is never part of a unit
        // name); it ends the name window and follows the unit as a subject's verb does. The role after it describes.
        _stops = new PhraseSet(new[] { lx.Adverbs, lx.LeadRoles, lx.CoRoles, lx.WithTriggers, lx.AddresseeTriggers,
            lx.ReportTriggers, lx.PersonOfUnit, lx.SupervisorVerbs, lx.SpeakerVerbs, lx.StatementOpeners, lx.MeetingFraming,
            lx.RoleCopulas }.SelectMany(set => set.Words));
        _followers = new PhraseSet(new[] { lx.Adverbs, lx.LeadRoles, lx.CoRoles, lx.WithTriggers, lx.ReportTriggers,
            lx.ActionVerbs, lx.PersonOfUnit, lx.SupervisorVerbs, lx.AddresseeTriggers, lx.RoleCopulas }.SelectMany(set => set.Words));
    }

    const int MaxUnitLength = 24;
    const string NameJoiners = "和及与";

    /// <summary>
    /// A unit starting exactly at <paramref name="p"/>, or null. <paramref name="deadlineStarts"/> marks where
    /// deadline phrases begin, which also end a unit name ("县商务局三个工作日内").
    /// </summary>
    public UnitHit? UnitAt(string t, int p, int end, ISet<int> deadlineStarts)
    {
        if (deadlineStarts is not ItemDeadlineStarts item) return FindUnitAt(t, p, end, deadlineStarts);
        var kept = t_answers ??= new Answers();
        if (!ReferenceEquals(kept.Grammar, this) || !ReferenceEquals(kept.Text, t) || !ReferenceEquals(kept.Starts, item) || kept.Version != item.Version)
        {
            kept.Found.Clear();
            (kept.Grammar, kept.Text, kept.Starts, kept.Version) = (this, t, item, item.Version);
        }
        if (kept.Found.TryGetValue((p, end), out var known)) return known;
        var found = FindUnitAt(t, p, end, deadlineStarts);
        kept.Found[(p, end)] = found;
        return found;
    }

    /// <summary>
    /// <see cref="UnitAt"/>'s answers for the item being read, on this thread. The stages ask the same question at the
    /// same place several times (the clause reader's subject checks and then its unit list, the blocks, the
    /// deliverables): a third of all calls on the benchmark texts. An answer depends only on the grammar, the text, the
    /// place, the end and the item's deadline starts, so it is kept while those stay the same
    /// (<see cref="ItemDeadlineStarts.Version"/> changes whenever the starts are refilled). Thread-static and reused, so
    /// a parse allocates nothing for it; it holds the last text read on the thread until the next one.
    /// </summary>
    sealed class Answers
    {
        public UnitGrammar? Grammar;
        public string? Text;
        public ItemDeadlineStarts? Starts;
        public int Version;
        public readonly Dictionary<(int P, int End), UnitHit?> Found = [];
    }

    [ThreadStatic] static Answers? t_answers;

    UnitHit? FindUnitAt(string t, int p, int end, ISet<int> deadlineStarts)
    {
        // "每村200亩": 每 distributes a quantity, it names nobody.
        // Rule EveryOneOfKind: "每个小组负责一个区域", "每个街道建成1处综合养老服务中心": 每个 and a name that ends in a unit
        // suffix, followed as a subject is, hands the work to each body of that kind: a generic unit, as 各 + the body is.
        if (p >= end || !ChineseText.IsHan(t[p]) || t[p] == '每' && (p + 3 >= end || t[p + 1] != '个')) return null;
        if (PerUnitPhraseEnd(t, p, end) > 0) return null;
        // Rule SetUpVerbEndsName: "组成联合督查组，采取…", "成立工作专班": a verb that sets up a body opens the clause's
        // predicate; the body set up is its object, never a unit that acts (conventions: a verb is never part of a name).
        // "全县成立秸秆禁烧工作领导小组": the whole area before the verb is its scope, no unit either.
        if (SetUpVerbAt(t, p, end) > 0 || t[p] == '全' && p + 2 < end && "县市区镇乡省州旗".IndexOf(t[p + 1]) >= 0 && SetUpVerbAt(t, p + 2, end) > 0)
            return null;
        // "经乡镇政府主要负责人签字": a one-character preposition before a unit is not part of its name.
        // Only before a name that starts as administrative names do (县, 乡, 各, 有关…): "经济开发区" stays whole.
        if (lx.PrepositionsBeforeUnits.MatchAt(t.AsSpan(0, end), p) == 1 && p + 1 < end && lx.KnownUnits.MatchAt(t.AsSpan(0, end), p) == 0
            && ("县市区省州镇乡村各".Contains(t[p + 1]) || lx.GenericQuantifiers.MatchAt(t.AsSpan(0, end), p + 1) > 0)
            && UnitAt(t, p + 1, end, deadlineStarts) is not null) return null;
        int known = lx.KnownUnits.MatchAt(t.AsSpan(0, end), p);
        int windowEnd = WindowEnd(t, p, end, deadlineStarts);
        bool predicate = StartsLikePredicate(t, p, windowEnd);
        // Rule PredicateOpensNoName: "确保村(社区)“两委”换届…", "指导村(社区)开展工作", "以本单位内设机构和人员为…":
        // the shapes read before the suffix window (a bracketed body, levels, tiers, a place) are names only where a name
        // can start; a verb, an adverb or a preposition at p is the clause's predicate and the body after it its object
        // (conventions: a verb is never part of a unit name). A listed name (KnownUnits) starts a name wherever it stands.
        // Asked before the shapes below, not after: it returns null whatever they found, and the shapes only read the
        // text (a third of all calls on the benchmark texts ended here after reading every shape for nothing).
        if (predicate && known == 0) return null;
        int best = -1;
        if (known > 0 && ValidFollower(t, p + known, end, deadlineStarts)) best = p + known;
        // Rule QuantifiedRoleLabel: "各牵头责任单位", "各主要责任单位", "相关牵头单位": a role label after 各 / 相关 names those
        // units, generically; without the quantifier the label is a table heading, read by the block reader.
        if (RoleLabelAfterQuantifier(t, p, end) is > 0 and var labelled && ValidFollower(t, labelled, end, deadlineStarts)) best = Math.Max(best, labelled);
        // Rule RoleLabelBeforeModal: "主要责任单位要切实履行主职主责", "主要协作单位要…": a role label whose own words hold
        // grammar (主要: 要) is cut short by the name window, while labels without it (牵头单位要…) are read by their
        // suffix. Right before a modal it stands where the subject stands; a heading ("主要责任单位：") stays the block's.
        if (RoleLabelBeforeModal(t, p, end) is > 0 and var roleLabel) best = Math.Max(best, roleLabel);
        // Rule SectorForBureau: "县财政安排…", "区交通要…": an administrative prefix and a sector name stand for its bureau.
        if (SectorEnd(t, p, end) is > 0 and var sector && ValidFollower(t, sector, end, deadlineStarts)) best = Math.Max(best, sector);

        // Rule PlaceRelativeBody: "所在乡镇要重点监管", "涉及的乡镇要…", "其他涉及部门要…": the bodies where the matter lies,
        // named by 所在 / 所属 / 涉及 and a body word, are a generic unit as written.
        if (PlaceRelativeEnd(t, p, end) is > 0 and var relative && ValidFollower(t, relative, end, deadlineStarts)) best = Math.Max(best, relative);
        // Rule AdministrativeLevelsAsUnit: "各有关区县要…", "各县(市)区结合实际…": 各 and the levels of local government
        // it is addressed to (县, 市, 区, 乡, 镇; a bracketed level belongs to the name) are a generic unit.
        if (LevelsEnd(t, p, end) is > 0 and var levels && ValidFollower(t, levels, end, deadlineStarts)) best = Math.Max(best, levels);
        // Rule BracketedBodyAlternatives: "县(市、区)要制定…", "乡镇(场)要在月底前…", "镇(区)于4月18日前…", "各辖市(区)要…":
        // a body word (a level of local government, 村, 社区, 街道) and, in brackets, the other bodies of its rank it
        // stands for are one generic unit as written (conventions: parentheses inside a name belong to it, 各街道(社区)).
        if (BracketedBodyEnd(t, p, end) is > 0 and var bracketed && ValidFollower(t, bracketed, end, deadlineStarts)) best = Math.Max(best, bracketed);
        // Rule LevelTiersAsUnit: "市县两级要把思想统一到…", "乡村两级要认真落实…", "市、县两级高速指挥部要尽快…": the levels
        // of government named with the tiers they make (两级, 三级) are one generic unit as written, with the body that
        // follows them if any (conventions: units without a suffix, names as written).
        if (TiersEnd(t, p, end, deadlineStarts) is > 0 and var tiers) best = Math.Max(best, tiers);
        // Rule NamedPlaceBeforeModal: "二是都江堰市要加强协调", "宜秀区要切实增强…": a place's name and its level (市, 县,
        // 区) right before a modal is that place's government, where a unit stands (conventions: units before 要).
        if (NamedPlaceBeforeModalEnd(t, p, end) is > 0 and var place) best = Math.Max(best, place);
        // Rule QuantifiedBodyWord: "相关镇街要严格按照时间节点…", "有关镇街要…": a quantifier and a body word written short
        // (镇街, no suffix of its own) name those bodies generically, as "相关乡镇" does.
        // Only a body word that is no suffix: 相关乡镇, 各部门 are read by their suffix, with what follows them.
        if (lx.GenericQuantifiers.MatchAt(t.AsSpan(0, end), p) is > 0 and var quant && p + quant + 2 <= end && IsElidedBody(t.AsSpan(p + quant, 2))
            && lx.UnitSuffixes.MatchAt(t.AsSpan(0, end), p + quant) != 2 && ValidFollower(t, p + quant + 2, end, deadlineStarts))
            best = Math.Max(best, p + quant + 2);
        // Rule PiecesShareTheHead: "市、县政府要…", "区、县政府纠风办", "县委、县政府办公室", "各建设、施工、监理单位": pieces
        // listed before the last piece that borrow its head are one unit as written; cut on 、 they would leave a bare
        // 市 / 省 / 承办, which no one is (owner precedent nb-028; label line r20 a3).
        if (SharedHeadEnd(t, p, end, deadlineStarts) is > 0 and var sharedHead) best = Math.Max(best, sharedHead);
        // Rule PersonnelGroupAsUnit: "全体干部要调整状态", "要求全体帮扶责任人…": a quantifier and a group of people.
        if (PersonnelGroupEnd(t, p, end, deadlineStarts) is > 0 and var group && ValidFollower(t, group, end, deadlineStarts)) best = Math.Max(best, group);

        if (!predicate)
        {
            for (int e = windowEnd; e > p + 1 && e > best; e--)
            {
                int withParen = AttachedNamePart(t, e, end);
                int candEnd = withParen > 0 ? withParen : e;
                if (!EndsWithSuffix(t, p, e) || InsideParen(t, p, e)) continue;
                // "开展“美丽庭院”评选": a suffix inside a quoted part ends no name.
                if (e < end && t[e] is '”' or '"' or '」') continue;
                // "找准问题所在", "立足未来发展所需": the suffix character begins another word.
                if (lx.WordsAfterSuffix.MatchAt(t.AsSpan(0, end), e - 1) > 1) continue;
                if (lx.NotUnits.MatchEndingAt(t, e, p) > 0) continue;
                if (!ValidFollower(t, candEnd, end, deadlineStarts) && !MannerWordThenVerb(t, p, candEnd, end)) continue;
                best = Math.Max(best, candEnd);
                break;
            }
        }
        if (best < 0) return null;
        // Rule EveryOneOfKind: "每个村200亩任务": a quantity after 每个 + the body distributes it; that names nobody.
        if (t[p] == '每' && (best >= end || ChineseText.IsNumeral(t[best]))) return null;
        // Rule ApprovalByUnitHead: "经村主要领导审核签名后，于6月6日前报送…", "经单位主要负责同志审核把关后…", "经本组织工会
        // 主要负责人签字同意…": 经 and a body whose head (a person of the unit: 主要负责人, 主任…) follows is the approval
        // step of the report, as "经乡镇政府主要负责人签字" is (rule PrepositionsBeforeUnits); 经 is no part of a name there,
        // and the unit that reports stays the lead. A listed name (经开区, 经信) stays a name.
        if (t[p] == '经' && known == 0 && p + 1 < end && t[p + 1] != '济'
            && best < end && lx.PersonOfUnit.MatchAt(t.AsSpan(0, end), best) > 0) return null;
        // Rule WorkOnPlaceIsTopic: "集镇改造工作要以规划…为抓手", "变电站建设的各个项目要全面铺开", "街巷硬化和厕所改造要拿出
        // 攻坚的冲劲": a place written with a unit suffix (镇, 站, 所) and then the work done on it (lexicon placeWorkNouns)
        // before the modal is that work's topic: the subject is the work, and no unit is named (conventions: units are
        // units where a unit stands, before 要; a requirement naming no unit keeps an empty lead). Only a name no list
        // knows, with no quantifier and no administrative level opening it: "各乡镇建设…", "县住建局改造…" stay units.
        if (WorkOnPlaceTopic(t, p, best, end, known)) return null;
        best = CutBeforeVerb(t, p, best);
        best = CutRepeatedBody(t, p, best);
        // "各镇(街道)": a bracketed part right after a known name belongs to it too.
        if (AttachedNamePart(t, best, end) is > 0 and var named && ValidFollower(t, named, end, deadlineStarts)) best = named;
        return new UnitHit(p, best, IsGeneric(t.AsSpan(p, best - p)));
    }

    /// <summary>
    /// Rule WorkOnPlaceIsTopic: true when the name [p, e) is a place whose work is the clause's topic: right after it a
    /// work noun (改造, 建设…), then 工作 or 的 and a few characters (各个项目), then a modal (要, 必须, 务必, 应, 须).
    /// </summary>
    bool WorkOnPlaceTopic(string t, int p, int e, int end, int known)
    {
        if (e >= end || known > 0 && p + known >= e) return false;
        if ("县市区省州镇乡村".IndexOf(t[p]) >= 0 || lx.GenericQuantifiers.MatchAt(t.AsSpan(0, end), p) > 0) return false;
        int w = lx.PlaceWorkNouns.MatchAt(t.AsSpan(0, end), e);
        if (w == 0) return false;
        int k = e + w;
        if (k + 2 <= end && t[k] == '工' && t[k + 1] == '作') k += 2;
        else if (k < end && t[k] == '的')
        {
            int limit = Math.Min(end, k + 8);
            for (k++; k < limit && ChineseText.IsHan(t[k]) && !IsTopicModalAt(t, k, end); k++) { }
        }
        return k < end && IsTopicModalAt(t, k, end);
    }

    static bool IsTopicModalAt(string t, int k, int end) =>
        t[k] == '要' && (k + 1 >= end || t[k + 1] != '求') || t[k] is '须' or '应'
        || k + 1 < end && (t[k] == '必' && t[k + 1] == '须' || t[k] == '务' && t[k + 1] == '必');

    /// <summary>
    /// Rule VerbNeverInName: "西关办事处制定工作方案", "七里店办事处加紧完成剩余厂院": a name that ends in a suffix can
    /// still swallow the verb after an inner name and the object behind it. Cut at the first inner name that a
    /// completion verb (完成, 制定, 组建…), or a two-character adverb and an action verb (加紧完成, 抓紧推进), or a verb
    /// acting on another unit (rule OversightVerbEndsName: 指导各乡镇) follows.
    /// One-character suffixes inside a name are left alone unless such a verb follows ("县住建局建设管理科" stays whole:
    /// 建设 is no completion verb).
    /// </summary>
    int CutBeforeVerb(string t, int p, int best)
    {
        if (best - p < 5) return best;   // no room for a name, a verb and an object
        var s = t.AsSpan(0, best);
        for (int k = p + 2; k < best - 2; k++)
        {
            int verb = lx.CompletionVerbs.MatchAt(s, k);
            if (verb < 2)
            {
                int adv = lx.Adverbs.MatchAt(s, k);
                verb = adv >= 2 && k + adv < best && lx.ActionVerbs.MatchAt(s, k + adv) >= 2 ? adv : 0;
            }
            if (verb >= 2 && EndsWithSuffix(t, p, k) && !InsideParen(t, p, k)) return k;
            if (OversightOfUnit(t, k, best) && EndsWithSuffix(t, p, k) && !InsideParen(t, p, k)) return k;
            // Rule SetUpVerbEndsName: "相关部门成立专项督导组", "镇设立…工作指导机构": the unit ends before the verb that sets
            // up another body; the body set up is the verb's object.
            if (SetUpVerbAt(t, k, best) > 0 && EndsWithSuffix(t, p, k) && !InsideParen(t, p, k)) return k;
            if (GenericThenVerb(t, p, k, best) && EndsWithSuffix(t, p, k) && !InsideParen(t, p, k)) return k;
        }
        return best;
    }

    static readonly HashSet<int> NoDeadlines = [];

    /// <summary>
    /// Rule OversightVerbEndsName: "县财政局、县发改局指导各乡镇做好…", "县应急局会商县气象局研判…": a verb by which one
    /// unit acts on another (<see cref="DirectiveLexicon.OversightVerbs"/>), with a unit right after it, ends the name
    /// before it: the name window would otherwise run on to the second unit's suffix. Only before a unit, so a verb that
    /// names an office (县委组织部, 县政府督查室指导…: a suffix follows, not a unit's first word) stays inside the name.
    /// </summary>
    bool OversightOfUnit(string t, int k, int best)
    {
        int verb = OversightVerbRun(t.AsSpan(0, best), k);
        return verb >= 2 && k + verb < best && lx.UnitSuffixes.MatchAt(t.AsSpan(0, best), k + verb) == 0
               && UnitAt(t, k + verb, best, NoDeadlines) is not null;
    }

    /// <summary>
    /// Rule CoordinatedOversightVerbs: "资产归口管理部门指导和督促各资产使用单位…", "县应急局督促指导各乡镇…", "县教育局
    /// 指导、督促各学校…": two verbs by which one unit acts on another, written together (joined by 和 / 并 / 与 / 及 / 、
    /// or side by side), act as one such verb: they end the name before them and open none after them (conventions: a
    /// verb is never part of a unit name). Returns the length of one oversight verb or of such a pair at
    /// <paramref name="k"/>, or 0. The second verb is looked up only when the first is there (a cheap check first).
    /// </summary>
    int OversightVerbRun(ReadOnlySpan<char> s, int k)
    {
        int first = lx.OversightVerbs.MatchAt(s, k);
        if (first < 2 || k + first + 2 >= s.Length) return first;
        int q = k + first;
        if ("和并与及、".IndexOf(s[q]) >= 0) q++;
        int second = lx.OversightVerbs.MatchAt(s, q);
        return second >= 2 ? q + second - k : first;
    }

    /// <summary>
    /// Rule SetUpVerbEndsName: the length of a set-up verb (lexicon setUpVerbs: 成立, 组成, 组建, 设立) at
    /// <paramref name="k"/>, else 0. Not 组成 as a noun or inside other words: 组成单位 / 组成部门 (constituent units), 小组
    /// 成员, 组成员, 工作组成立 (组 ends the name before it).
    /// </summary>
    int SetUpVerbAt(string t, int k, int end)
    {
        int len = lx.SetUpVerbs.MatchAt(t.AsSpan(0, end), k);
        if (len == 0) return 0;
        if (t[k] == '组')
        {
            if (k > 0 && t[k - 1] == '小' || k + 2 < end && t[k + 2] is '员' or '立') return 0;
            if (k + 4 <= end && (t.AsSpan(k + 2, 2) is "单位" or "部门")) return 0;
        }
        return len;
    }

    /// <summary>
    /// Rule GenericBodyNamedTwice: "各学校强化学校宣传教育", "各单位准确填写本单位…": a generic name (各 + a body word) never
    /// holds its own body word twice; where the name window ran on to the same body word again, the name ends at its
    /// first one (what lies between is the verb and the object: the body's own work). Only a two-character body word
    /// or longer, at least two characters between the two, and no joiner or second 各 between them.
    /// </summary>
    int CutRepeatedBody(string t, int p, int best)
    {
        if (t[p] != '各' || best - p < 7) return best;
        int sfx = lx.UnitSuffixes.MatchEndingAt(t, best, p + 1);
        if (sfx < 2) return best;
        int k = t.IndexOf(t.Substring(best - sfx, sfx), p + 1, best - sfx - p - 1, StringComparison.Ordinal);
        if (k <= p || k + sfx + 2 > best - sfx || InsideParen(t, p, k + sfx)) return best;
        // "各乡镇工作组和片区工作组": two names joined, each with its own body word, are split later, not cut.
        return t.AsSpan(k + sfx, best - sfx - k - sfx).IndexOfAny("和及与、各") >= 0 ? best : k + sfx;
    }

    /// <summary>
    /// Rule GenericAddresseeThenVerb: "各乡镇细化工作小组、明确职能职责": after a generic addressee (各 + a body word) any
    /// action verb begins the job, since a generic name is never qualified further by a verb phrase. Not a sector
    /// word that is also a verb (各乡镇建设管理站: 建设 names the office), and not a verb right before a suffix (各乡镇
    /// 督查办: the office that does it).
    /// </summary>
    bool GenericThenVerb(string t, int p, int k, int best)
    {
        if (t[p] != '各' || k - p < 3) return false;
        var s = t.AsSpan(0, best);
        int verb = lx.ActionVerbs.MatchAt(s, k);
        if (verb < 2 || lx.SectorNames.MatchAt(s, k) > 0) return false;
        return k + verb < best && lx.UnitSuffixes.MatchAt(s, k + verb) == 0;
    }

    int RoleLabelBeforeModal(string t, int p, int end)
    {
        var s = t.AsSpan(0, end);
        int len = Math.Max(lx.LeadLabels.MatchAt(s, p), Math.Max(lx.ResponsibleLabels.MatchAt(s, p), lx.CoLabels.MatchAt(s, p)));
        return len > 0 && p + len < end && "要须应务必".IndexOf(t[p + len]) >= 0 ? p + len : 0;
    }

    int RoleLabelAfterQuantifier(string t, int p, int end)
    {
        var s = t.AsSpan(0, end);
        int q = lx.GenericQuantifiers.MatchAt(s, p);
        if (q == 0) return 0;
        int len = Math.Max(lx.LeadLabels.MatchAt(s, p + q), Math.Max(lx.ResponsibleLabels.MatchAt(s, p + q), lx.CoLabels.MatchAt(s, p + q)));
        return len > 0 ? p + q + len : 0;
    }

    /// <summary>Where "所在乡镇" / "涉及的乡镇" / "其他涉及部门" ends when (a quantifier,) 所在 / 所属 / 涉及(的) and a body word
    /// (乡镇, 村, 部门, 单位…, a unit suffix alone) start at <paramref name="p"/>, else 0.</summary>
    int PlaceRelativeEnd(string t, int p, int end)
    {
        var s = t.AsSpan(0, end);
        int k = p + lx.GenericQuantifiers.MatchAt(s, p);
        var rest = s[k..];
        int rel = rest.StartsWith("涉及的") ? 3 : rest.StartsWith("所在") || rest.StartsWith("所属") || rest.StartsWith("涉及") ? 2 : 0;
        if (rel == 0) return 0;
        int body = lx.UnitSuffixes.MatchAt(s, k + rel);
        return body > 0 ? k + rel + body : 0;
    }

    /// <summary>
    /// Where a list of pieces that share the last piece's head ends, when it opens at <paramref name="p"/>, else 0:
    /// bare single levels, each followed by 、, before a unit whose level has a head ("市、县政府", "省、市、县各级政府",
    /// "相关省、市级交通运输主管部门", "各市、县(市、区)粮食局"; a head, not one more level: "县、乡镇" is no shared head);
    /// a level's party committee before the same level's government office ("县委、县政府办公室": 县委 stands for 县委办公室);
    /// and after 各 / 相关, two-character kinds that are no unit before the last kind and 单位 / 部门 ("各建设、施工、监理单位",
    /// "各承办、协办单位").
    /// </summary>
    int SharedHeadEnd(string t, int p, int end, ISet<int> deadlineStarts)
    {
        var s = t.AsSpan(0, end);
        int k = p + (t[p] == '各' ? 1 : lx.GenericQuantifiers.MatchAt(s, p));
        if (k + 3 >= end) return 0;
        int levels = 0;
        while (k + 2 < end && "省市县区州".IndexOf(t[k]) >= 0 && t[k + 1] == '、') { k += 2; levels++; }
        if (levels > 0)
        {
            if (k + 2 >= end || "省市县区州乡镇".IndexOf(t[k]) < 0) return 0;
            int q = k + 1;
            if (t[q] == '(')
            {
                int close = t.IndexOf(')', q, Math.Min(10, end - q));
                if (close < 0 || close + 1 >= end) return 0;
                q = close + 1;
            }
            if ("省市县区州乡镇村街社两三、".IndexOf(t[q]) >= 0 || !ChineseText.IsHan(t[q])) return 0;
            return UnitAt(t, k, end, deadlineStarts) is { } last && last.End > q && last.End - k >= 3 ? last.End : 0;
        }
        if (k == p && "省市县区州".IndexOf(t[k]) >= 0 && t[k + 1] == '委' && t[k + 2] == '、' && k + 6 < end && t[k + 3] == t[k])
        {
            int gov = s[(k + 4)..].StartsWith("人民政府") ? 4 : s[(k + 4)..].StartsWith("政府") ? 2 : 0;
            if (gov == 0) return 0;
            return UnitAt(t, k + 3, end, deadlineStarts) is { } office && office.End > k + 4 + gov ? office.End : 0;
        }
        if (k == p) return 0;
        int kinds = 0;
        while (k + 3 < end && t[k + 2] == '、' && ChineseText.IsHan(t[k]) && ChineseText.IsHan(t[k + 1]) && !IsElidedBody(s.Slice(k, 2))
               && lx.UnitSuffixes.MatchEndingAt(t, k + 2, k) == 0 && lx.KnownUnits.MatchAt(s, k) == 0 && lx.BareBodies.MatchEndingAt(t, k + 2, k) == 0
               && "省市县区州乡镇村".IndexOf(t[k]) < 0)
        { k += 3; kinds++; }
        if (kinds == 0 || k + 4 > end || !(s.Slice(k + 2).StartsWith("单位") || s.Slice(k + 2).StartsWith("部门"))) return 0;
        return UnitAt(t, k, end, deadlineStarts) is { } kind && kind.End == k + 4 ? k + 4 : 0;
    }

    const string Levels = "省市县区乡镇";

    /// <summary>Where "各有关区县" / "各县(市)区" ends when 各 (and 有关 / 相关) and a run of administrative levels start
    /// at <paramref name="p"/>, else 0. "各区域", "各市场主体" end in no level, and their next character follows no subject.</summary>
    int LevelsEnd(string t, int p, int end)
    {
        if (p + 1 >= end || t[p] != '各') return 0;
        int k = p + 1;
        var s = t.AsSpan(0, end);
        if (s[k] is '有' or '相' && lx.GenericQuantifiers.MatchAt(s, k) == 2) k += 2;
        int first = k;
        while (k < end)
        {
            if (Levels.IndexOf(t[k]) >= 0) { k++; continue; }
            // "(市)", "(市、区)": a level in brackets inside the run.
            if (t[k] == '(' && k > first && t.IndexOf(')', k) is var close && close > k + 1 && close - k <= 6
                && t.AsSpan(k + 1, close - k - 1).IndexOfAnyExcept(Levels + "、") < 0) { k = close + 1; continue; }
            break;
        }
        // Only with a quantifier or a bracketed level: plain runs (各县区, 各县市区) are listed standalone units, and an
        // unlisted plain run ("各县市" before a name cut short) lowered the held-out scores when read as a unit.
        return k > first && (first > p + 1 || t.AsSpan(first, k - first).Contains('(')) ? k : 0;
    }

    /// <summary>
    /// Rule LevelTiersAsUnit: where "市县两级" / "市、县两级高速指挥部" ends when at least two levels (省, 市, 县, 区, 乡,
    /// 镇, 村; 、 between them) and 两级 / 三级 start at <paramref name="p"/>, followed as a subject is, else 0.
    /// </summary>
    int TiersEnd(string t, int p, int end, ISet<int> deadlineStarts)
    {
        int k = p, levels = 0;
        while (k < end && (Levels.IndexOf(t[k]) >= 0 || t[k] == '村' || t[k] == '、' && levels > 0)) { if (t[k] != '、') levels++; k++; }
        if (levels < 2 || t[k - 1] == '、' || k + 2 > end || !(t[k] is '两' or '三') || t[k + 1] != '级') return 0;
        int tiers = k + 2;
        // "市、县两级高速指挥部": a body named after the tiers belongs to the name.
        int window = WindowEnd(t, tiers, end, deadlineStarts);
        for (int e = window; e > tiers + 1; e--)
            if (EndsWithSuffix(t, tiers, e) && ValidFollower(t, e, end, deadlineStarts)) return e;
        return ValidFollower(t, tiers, end, deadlineStarts) && tiers < end && ChineseText.IsHan(t[tiers]) ? tiers : 0;
    }

    /// <summary>
    /// Rule BracketedBodyAlternatives: where "县(市、区)" / "乡镇(街道、场)" / "各辖市(区)" ends when (a quantifier,) a body
    /// word and a bracket of alternatives start at <paramref name="p"/>, else 0. The body word is a run of level characters
    /// ending in a level (市, 县, 区, 乡, 镇, 村, 旗; 辖市, 设区市, 旗县市) or a body word alone (社区, 街道); each alternative
    /// in the bracket is such a word too, or a one-character body (场, 办, 街). "县(市)区" goes on after the bracket and is
    /// read by rule AdministrativeLevelsAsUnit.
    /// </summary>
    int BracketedBodyEnd(string t, int p, int end)
    {
        // Asked at every place a name may start: most have no bracket within reach (a quantifier, four characters of
        // levels or a body word, the bracket), and one vectorised search says so.
        if (t.AsSpan(p, Math.Min(end - p, 12)).IndexOf('(') < 0) return 0;
        var s = t.AsSpan(0, end);
        int k = p + lx.GenericQuantifiers.MatchAt(s, p);
        int head = k;
        while (head < end && head - k < 4 && BodyRunChars.IndexOf(t[head]) >= 0) head++;
        if (head == k || BracketLevels.IndexOf(t[head - 1]) < 0)
        {
            head = k + lx.UnitSuffixes.MatchAt(s, k);
            if (head - k < 2) return 0;
        }
        if (head >= end || t[head] != '(') return 0;
        int close = t.IndexOf(')', head, Math.Min(end, head + 12) - head);
        if (close < head + 2) return 0;
        for (int from = head + 1; from < close;)
        {
            int to = t.IndexOf('、', from, close - from);
            if (to < 0) to = close;
            var part = t.AsSpan(from, to - from);
            if (part.Length == 0) return 0;
            bool levels = part.Length <= 3 && part.IndexOfAnyExcept(AlternativeChars) < 0;
            if (!levels && lx.UnitSuffixes.MatchAt(part, 0) != part.Length) return 0;
            from = to + 1;
        }
        // "县(市)区": the run goes on after the bracket; left to the levels rule.
        if (close + 1 < end && BracketLevels.IndexOf(t[close + 1]) >= 0) return 0;
        return close + 1;
    }

    // The characters of a run of levels (辖市, 设区市, 旗县市, 乡镇) and the levels such a run ends in.
    const string BodyRunChars = "省市县区乡镇村旗州盟辖设";
    const string BracketLevels = "省市县区乡镇村旗州盟";
    // A bracketed alternative may also be a one-character body: 乡镇(场), 镇(办), 镇(街).
    const string AlternativeChars = BodyRunChars + "场办街";

    /// <summary>
    /// Rule NamedPlaceBeforeModal: where "都江堰市" / "宜秀区" ends when a place name of two to four characters, its
    /// level (市, 县, 区) and a modal (要 but not 要求, 务必, 必须) start at <paramref name="p"/>, else 0. The name holds
    /// no level, quantifier or pronoun (全市, 我县, 各区, 市县两级 are read elsewhere or are no unit), and the level does not
    /// close a common noun of places (山区, 城区, 辖区, 城市, 超市, 贫困县…: the character before it tells).
    /// </summary>
    int NamedPlaceBeforeModalEnd(string t, int p, int end)
    {
        // Asked at every place a name may start: the modal must stand three to five characters on (a name of two to four,
        // its level), and most places have none there.
        if (t.AsSpan(Math.Min(p + 3, end), Math.Max(0, Math.Min(end, p + 6) - Math.Min(p + 3, end))).IndexOfAny('要', '务', '必') < 0) return 0;
        for (int n = 2; n <= 4; n++)
        {
            int k = p + n;
            if (k + 2 >= end) return 0;
            char c = t[k - 1];
            if (!ChineseText.IsHan(c) || NotInPlaceName.IndexOf(c) >= 0) return 0;
            char level = t[k];
            if (level is not ('市' or '县' or '区')) continue;
            string nouns = level switch { '市' => CommonMarketNouns, '县' => CommonCountyNouns, _ => CommonAreaNouns };
            if (nouns.IndexOf(c) >= 0) return 0;
            var after = t.AsSpan(k + 1, end - k - 1);
            bool modal = after.StartsWith("要") && !after.StartsWith("要求") || after.StartsWith("务必") || after.StartsWith("必须");
            return modal ? k + 1 : 0;
        }
        return 0;
    }

    // Characters that no place name holds: levels, quantifiers, pronouns ("全市", "我县", "各区", "市县两级").
    const string NotInPlaceName = "省市县区州镇乡村全我本该各每其此这那两三级上下";
    // The character before 区 / 市 / 县 that makes a common noun of places, not a name (山区, 城区, 辖区, 社区, 园区, 景区,
    // 校区, 片区, 矿区, 灾区, 小区…; 城市, 超市, 门市, 股市, 楼市, 集市; 贫困县, 示范县, 试点县, 重点县, 直管县, 强县).
    const string CommonAreaNouns = "山城辖社园景校厂片矿库灾林牧湖街小郊老边特禁农港营园试范验";
    const string CommonMarketNouns = "城超门股楼集夜早上";
    const string CommonCountyNouns = "困范点管强";

    /// <summary>
    /// Rule PersonnelGroupAsUnit: "全体干部要调整状态，抓好首季开门红", "全体帮扶责任人要全面开展回头看", "各级党员干部要…":
    /// a quantifier (全体, 各, 相关…), at most a few characters that qualify them (帮扶, 党员), and a group of people
    /// (<see cref="DirectiveLexicon.PersonnelGroups"/>) are the ones told to act, where a unit stands. The qualifier
    /// may hold no grammar word (各单位要组织干部… is 各单位), and runs of group words stay one name (党员干部, 干部职工).
    /// Returns the end, or 0.
    /// </summary>
    int PersonnelGroupEnd(string t, int p, int end, ISet<int> deadlineStarts)
    {
        var s = t.AsSpan(0, end);
        int q = lx.GenericQuantifiers.MatchAt(s, p);
        if (q == 0) return 0;
        for (int k = p + q; k < end && k <= p + q + 4 && ChineseText.IsHan(t[k]); k++)
        {
            if (k > p + q && IsStop(t, k, end, deadlineStarts)) return 0;
            int len = lx.PersonnelGroups.MatchAt(s, k);
            if (len == 0) continue;
            int e = k + len;
            while (e < end && lx.PersonnelGroups.MatchAt(s, e) is > 0 and var more) e += more;
            return e;
        }
        return 0;
    }

    /// <summary>Where "县财政" / "市工商" ends when a prefix (县市区省镇乡) and a sector name start at <paramref name="p"/>, else 0.</summary>
    int SectorEnd(string t, int p, int end)
    {
        if (p + 2 >= end || "县市区省镇乡".IndexOf(t[p]) < 0) return 0;
        int len = lx.SectorNames.MatchAt(t.AsSpan(0, end), p + 1);
        return len > 0 ? p + 1 + len : 0;
    }

    /// <summary>
    /// Rule RoleLabelBeforeName: "由包片单位县文广局督促住户…", "由包片单位县疾控中心负责…": a two-character role word and
    /// 单位 (包片单位, 挂点单位) right before a unit's own name say which part the unit plays, and are no part of its name
    /// (conventions: a role word is never part of a unit name; names as written). Only before a name that opens with an
    /// administrative level (县, 市, 区…) and reads as a unit; not a quantified label (各单位, 有关单位). Returns the
    /// label's length, or 0.
    /// </summary>
    public int RoleLabelBeforeNameAt(string t, int p, int end, ISet<int> deadlineStarts)
    {
        if (p + 5 >= end || !ChineseText.IsHan(t[p]) || !ChineseText.IsHan(t[p + 1]) || !t.AsSpan(p + 2).StartsWith("单位")) return 0;
        if (lx.GenericQuantifiers.MatchAt(t.AsSpan(0, end), p) > 0 || t[p] == '各' || "县市区省州镇乡".IndexOf(t[p + 4]) < 0) return 0;
        return UnitAt(t, p + 4, end, deadlineStarts) is not null ? 4 : 0;
    }

    /// <summary>
    /// Rule BareBodyAsSubject: "办事处要尽快启动…", "项目方要统一调配车辆": a body named by its kind alone (a listed
    /// word, <see cref="DirectiveLexicon.BareBodies"/>) is a unit where a subject stands and something a subject
    /// is followed by comes next. Returns its end, or 0. Only the caller knows the position is a subject's.
    /// </summary>
    public int BareBodyAt(string t, int p, int end, ISet<int> deadlineStarts)
    {
        int len = lx.BareBodies.MatchAt(t.AsSpan(0, end), p);
        if (len > 0 && TaskForceAsManner(t, p, len, end)) return 0;
        return len > 0 && p + len < end && ValidFollower(t, p + len, end, deadlineStarts) ? p + len : 0;
    }

    /// <summary>
    /// Rule TaskForceAsManner: "紧盯前期招商引资线索，专班跟进、重点对接", "专班推进，加强统筹协调", "定期会商调度，专班推进落实":
    /// the bare word 专班, with no body named before it and an action verb right after it (no modal, no lead word), says
    /// how the work is run ("by a task force", as 挂图作战 and 清单管理 do), not who runs it: no unit. A task force named
    /// as the subject still is one: "工作专班要…", "专班要每周调度…", "专班负责…" (conventions: 工作专班 is a unit where a unit
    /// stands).
    /// </summary>
    bool TaskForceAsManner(string t, int p, int len, int end)
    {
        if (len != 2 || t[p] != '专' || t[p + 1] != '班' || p + 2 >= end) return false;
        var s = t.AsSpan(0, end);
        return lx.ActionVerbs.MatchAt(s, p + 2) > 0 && lx.LeadRoles.MatchAt(s, p + 2) == 0 && !IsModalAt(t, p + 2, end);
    }

    /// <summary>
    /// Rule AddressedBodyAsUnit: "要求被曝光企业严格落实整改主体责任", "要求企业限期整改到位", "会议要求供热企业高度重视": after
    /// 要求 / 请 / 责成 a body named by its kind (a bare body word, <see cref="DirectiveLexicon.BareBodies"/>: 企业, 项目方),
    /// with at most a few characters that qualify it (供热, 被曝光), is the one told to act (conventions: units where a
    /// unit stands, after 由/请/要求). Followed as a subject is (an adverb, a verb, a modal, an attitude phrase, the end
    /// of the span). Not a run that opens as a predicate does or holds a grammar word. Only the caller knows the
    /// position is an addressee's. Returns its end, or 0.
    /// </summary>
    public int AddressedBodyAt(string t, int p, int end, ISet<int> deadlineStarts)
    {
        var s = t.AsSpan(0, end);
        if (p >= end || !ChineseText.IsHan(t[p]) || t[p] is '是' or '每' or '的' || StartsLikePredicate(t, p, end)) return 0;
        for (int k = p; k < end && k <= p + 4; k++)
        {
            if (!ChineseText.IsHan(t[k]) || t[k] == '的' || k > p && IsStop(t, k, end, deadlineStarts)) return 0;
            int len = lx.BareBodies.MatchAt(s, k);
            if (len == 0) continue;
            // A body word that is a unit suffix too (领导小组, 指挥部) is left to the name grammar.
            if (lx.UnitSuffixes.MatchAt(s, k) >= len) return 0;
            int e = k + len;
            return e >= end || ValidFollower(t, e, end, deadlineStarts) || lx.DirectiveModals.MatchAt(s, e) > 0
                   || lx.AttitudePhrases.MatchAt(s, e) > 0 ? e : 0;
        }
        return 0;
    }

    /// <summary>
    /// Rule BodyBeforeModal: "建成区各学校要…", "相关设计单位要…", "13个工作组要…", "施工单位要…", "县秸秆禁烧工作督导组要…":
    /// where a subject stands, a run of name characters that ends in a body word (a unit suffix or a bare body) and
    /// is followed right away by a modal (要 not 要求, 须, 需, 应, 必须, 务必) is the unit, as written, with the words
    /// that qualify it (a place, a count, 各, a 的-phrase). The name window cuts such names short at a verb-like
    /// first word (建成, 施工, 设计) or finds no follower after them; the modal right after the body is what makes
    /// them a subject. Not a run that opens as a predicate does (an adverb, a preposition, a command, 此次…), holds a
    /// grammar word, a deadline or punctuation, or ends in a word that only looks like a body (社会, 干部).
    /// Returns its end, or 0. Only the caller knows the position is a subject's.
    /// </summary>
    public int BodyBeforeModalAt(string t, int p, int end, ISet<int> deadlineStarts) => BodyBeforeModalAt(t, p, end, deadlineStarts, modal: true);

    /// <summary>
    /// Rule BodyBeforeDatedYu: "重点流通企业于每日上午11点前报送…", "申报人所在学院或部门于5月9日前出具推荐报告", "请有申报计划的单位于
    /// 10月20日前报送…", "要求存在隐患的单位于3日内整改到位": where a subject stands (or right after 请 / 要求 / 责成), a
    /// run of name characters that ends in a body word (a unit suffix or a bare body) and is followed right away by 于
    /// and a deadline phrase is the unit that must act by then, as written with its qualifiers, as before a modal
    /// (rule BodyBeforeModal): "X于[date]" is how a notice binds a body to its date. The same limits as before a
    /// modal: not a run that opens as a predicate does, holds a grammar word, punctuation or a deadline of its own,
    /// or ends in a word that only looks like a body. Returns its end, or 0. Only the caller knows the position.
    /// </summary>
    public int BodyBeforeDatedYuAt(string t, int p, int end, ISet<int> deadlineStarts) => BodyBeforeModalAt(t, p, end, deadlineStarts, modal: false);

    int BodyBeforeModalAt(string t, int p, int end, ISet<int> deadlineStarts, bool modal)
    {
        var s = t.AsSpan(0, end);
        if (p >= end || !ChineseText.IsHan(t[p]) && !char.IsAsciiDigit(t[p]) || t[p] is '是' or '每') return 0;
        if (PerUnitPhraseEnd(t, p, end) > 0) return 0;   // rule PerUnitPhraseIsNoName
        if (lx.Adverbs.MatchAt(s, p) > 0 || lx.PrepositionOpeners.MatchAt(s, p) > 0 || lx.ImperativeOpeners.MatchAt(s, p) > 0
            || lx.AddresseeTriggers.MatchAt(s, p) > 0 || lx.NotNameStarts.MatchAt(s, p) > 0 || lx.AttitudePhrases.MatchAt(s, p) > 0
            || lx.LeadRoles.MatchAt(s, p) > 0 || lx.CoRoles.MatchAt(s, p) > 0 || lx.WithTriggers.MatchAt(s, p) > 0) return 0;
        // Rule OversightVerbOpensNoName: "明确三元区政府和市城发集团要…", "带领各专班…": a speaker's verb or a verb acting on
        // the unit after it opens no body's name; the unit after it is read there.
        if (lx.SpeakerVerbs.MatchAt(s, p) >= 2 && p + 2 < end && UnitAt(t, p + lx.SpeakerVerbs.MatchAt(s, p), end, deadlineStarts) is not null
            || OversightVerbBeforeUnit(t, p, end)) return 0;
        int depth = 0, stopAt = -1;
        bool qualified = false;
        for (int k = p + 1; k <= end && k <= p + MaxUnitLength; k++)
        {
            // Rule QualifiedBodyThenCommaModal: "问题整改不到位的单位，要下大力气…", "见面率未达到100%的单位，要立即整改": a
            // body qualified by a 的-phrase that fills its clause, with the next clause opening on a modal, is the subject
            // of that modal (the long qualifier is set off by a comma).
            if (k == end) return modal && qualified && depth == 0 && end + 1 < t.Length && t[end] is '，' or ',' && IsModalAt(t, end + 1, t.Length) && BodyEndsAt(t, p, k) ? k : 0;
            char c = t[k];
            if (c == '的') qualified = true;
            if (c == '%' && k > p && char.IsAsciiDigit(t[k - 1])) continue;
            if (c == '(') { depth++; continue; }
            if (c == ')') { if (--depth < 0) return 0; continue; }
            if (depth > 0) { if (!ChineseText.IsHan(c) && c != '、') return 0; continue; }
            if (!modal)
            {
                if (depth == 0 && t[k] == '于' && k + 1 < end && (StartsDeadline(deadlineStarts, k) || StartsDeadline(deadlineStarts, k + 1)))
                {
                    // Only 单位 / 部门 after such a phrase: "有意向的团队于1月15日前报名" is an open call to anyone, no unit.
                    // 所在 qualifies as 的 does (rule SuoZaiQualifiesBody): "申报人所在学院或部门于5月9日前…".
                    if (stopAt >= 0 && (t.IndexOf('的', stopAt, k - stopAt) < 0 && t.IndexOf("所在", stopAt, k - stopAt, StringComparison.Ordinal) < 0
                                        || !(t.AsSpan(p, k - p).EndsWith("单位") || t.AsSpan(p, k - p).EndsWith("部门")))) return 0;
                    // "幼儿园(含民办)于6月30日之前": a bracketed note after the body word stays with the name.
                    return BodyEndsAt(t, p, BeforeNote(t, p, k)) ? k : 0;
                }
                // Rule QualifiedBodyPleaseByDate: "有往来款的部门(含个人借款和未入账的科研收入)请于12月10日前务必到财务处完成报账":
                // a body qualified by a 的-phrase, then 请 and 于 / 在 and a deadline, is the unit asked to act by then, as
                // "X于[date]" is; 请 only makes the ask polite. Only 单位 / 部门 after the 的-phrase, as for 于 (an open
                // call, "有意向的老师请于…", names nobody). The bracketed note after the body word says what the
                // qualifier covers and is no part of the name.
                if (depth == 0 && qualified && t[k] == '请' && k + 2 < end && t[k + 1] is '于' or '在'
                    && (StartsDeadline(deadlineStarts, k + 1) || StartsDeadline(deadlineStarts, k + 2)))
                {
                    int bodyEnd = BeforeNote(t, p, k);
                    var body = t.AsSpan(p, bodyEnd - p);
                    return (body.EndsWith("单位") || body.EndsWith("部门")) && BodyEndsAt(t, p, bodyEnd) ? bodyEnd : 0;
                }
            }
            else
            {
                if (depth == 0 && IsModalAt(t, k, end)) return BodyEndsAt(t, p, k) ? k : 0;
                if (depth == 0 && RoleHoldersBeforeModal(t, p, k, end) is > 0 and var holders) return holders;
            }
            if (!ChineseText.IsHan(c) && !char.IsAsciiDigit(c) || StartsDeadline(deadlineStarts, k)) return 0;
            if (c != '的' && IsStop(t, k, end, deadlineStarts) && !ReportWordInName(t, p, k, end))
            {
                // "存在隐患的单位于3日内…", "有申报计划的单位于…": before 于 and a date, a 的-phrase that qualifies the body may
                // hold verbs (存在, 申报); the run is read on, and taken only if a 的 comes after the grammar word.
                if (modal) return 0;
                stopAt = k;
            }
        }
        return 0;
    }

    /// <summary>
    /// Rule BodyWordWhereUnitStands: "考核组要明确每日工作目标", "村委会要进一步完善方案", "新区负责加强监管", "请各年级辅导员应全面
    /// 清查…", "要求学校领导班子要加强监督", "须由系(部)管理员于28日前…", "并由村委会进一步完善方案": a body written as a body
    /// (conventions: "Units are often written without a suffix or as a body … They are units where a unit stands (before
    /// 要/负责/牵头/落实, after 由/请/会同/要求)") is the unit, as written, where a unit stands. The body is one of: a unit
    /// suffix of two characters or more written alone, with no name before it (村委会, 考核组, 学校, 新区: the name window
    /// needs a name before a suffix, since "局" alone is none); 各 and a short body word no list knows (各年级); a body word
    /// with its bracketed alternative (系(部)). The place is: where the subject stands, right before a modal (要 not 要求,
    /// 须, 需, 应, 必须, 务必) or a lead word (负责, 牵头); or right after 由 / 请 / 要求 / 责成 (<paramref name="addressed"/>),
    /// before a modal, a lead word, 于 / 在 and a deadline, or an adverb. The people of the body (辅导员, 管理员, 领导班子,
    /// 负责人…) may stand between the body and that word: the body is the unit, never its people (label line r20-roles
    /// 1), and <paramref name="peopleEnd"/> is where they end (0 when none). A bare body before an action verb or a
    /// dated 于 where the subject stands is left alone: "学校将对全校进行…", "学校于4月22日启动了…" are the issuer's news.
    /// Words that only start like a modal or a lead word (要闻, 应急, 负责人) follow no body. Returns the body's end, or 0.
    /// </summary>
    public int BodyWordWhereUnitStandsAt(string t, int p, int end, ISet<int> deadlineStarts, bool addressed, out int peopleEnd)
    {
        peopleEnd = 0;
        if (p + 2 >= end || !ChineseText.IsHan(t[p])) return 0;
        var s = t.AsSpan(0, end);
        int body = BareBodyWordEnd(t, p, end);
        if (body == 0) return 0;
        int k = body;
        int people = PeopleWordAt(t, k, end);
        if (people > 0) k += people;
        if (k + 1 >= end) return 0;
        // After the body's people only a modal (or, when asked, a date) binds the body: "由管委会主任负责召集" makes the
        // person the one in charge (conventions: 由[person]牵头 names a supervisor, not a unit), and "由办公室人员做好记录"
        // hands a chore to staff, no body.
        bool dated = addressed && t[k] is '于' or '在' && (StartsDeadline(deadlineStarts, k) || StartsDeadline(deadlineStarts, k + 1));
        bool follows = people > 0
            ? ModalOrLeadWordAt(t, k, end) && !s[k..].StartsWith("负责") && !s[k..].StartsWith("牵头") || dated
            : ModalOrLeadWordAt(t, k, end) || dated || addressed && lx.Adverbs.MatchAt(s, k) >= 2 && !IsModalAt(t, k, end);
        if (!follows) return 0;
        if (people > 0) peopleEnd = k;
        return body;
    }

    /// <summary>The end of a body written as a body at <paramref name="p"/> (rule BodyWordWhereUnitStands), or 0.</summary>
    int BareBodyWordEnd(string t, int p, int end)
    {
        var s = t.AsSpan(0, end);
        // 各 and a short body word no list knows: 各年级, 各院系 (a classifier after 各 is no body: 各项, 各类).
        if (t[p] == '各')
        {
            if (NotABodyAfterGe.IndexOf(t[p + 1]) >= 0) return 0;
            for (int k = p + 2; k <= Math.Min(end - 1, p + 4); k++)
            {
                if (!ChineseText.IsHan(t[k - 1]) || t[k - 1] == '的' || IsStop(t, k - 1, end, NoDeadlineStarts)) return 0;
                // A body word the suffix list knows (各部门, 各学院) is the name grammar's to read, with its own people rule.
                if (lx.UnitSuffixes.MatchEndingAt(t, k, p + 1) > 0) return 0;
                if (PeopleWordAt(t, k, end) > 0 || ModalOrLeadWordAt(t, k, end)) return k;
            }
            return 0;
        }
        // A body word and its bracketed alternative: 系(部), 院(系).
        if (p + 4 < end && t[p + 1] == '(' && t[p + 3] == ')' && ChineseText.IsHan(t[p + 2])
            && (lx.UnitSuffixes.MatchAt(s, p + 2) == 1 || lx.UnitSuffixes.MatchAt(s, p) == 1)) return p + 4;
        // A unit suffix of two characters or more, alone: 村委会, 考核组, 学校.
        int len = lx.UnitSuffixes.MatchAt(s, p);
        if (len < 2 || p + len >= end || lx.UnitSuffixes.MatchAt(s, p + len) > 0) return 0;
        return p + len;
    }

    /// <summary>The length of a word naming a body's people at <paramref name="k"/> (辅导员, 管理员, 领导班子, 主要负责人), or 0.</summary>
    int PeopleWordAt(string t, int k, int end)
    {
        var s = t.AsSpan(0, end);
        int len = Math.Max(lx.PersonOfUnit.MatchAt(s, k), Math.Max(lx.LeaderPeople.MatchAt(s, k), lx.StaffPeople.MatchAt(s, k)));
        if (s[k..].StartsWith("领导班子")) len = Math.Max(len, 4);
        // "管理员", "操作员", "教务员": a short word ending in 员 names a post held by a person (委员会 ends in no 员).
        if (len == 0 && k + 3 <= end && ChineseText.IsHan(t[k]) && ChineseText.IsHan(t[k + 1]) && t[k + 2] == '员'
            && lx.UnitSuffixes.MatchAt(s, k) == 0 && lx.UnitSuffixes.MatchAt(s, k + 1) == 0) len = 3;
        return len;
    }

    /// <summary>A modal (要 not 要求, 须, 需, 应, 必须, 务必) or a lead word (负责, 牵头) at <paramref name="k"/>, not a word that
    /// only starts like one (要闻, 要点, 应急, 应用: the lexicon's modalInsideWords, which <see cref="IsModalAt"/> leaves out;
    /// 要务; 负责人, 负责同志).</summary>
    bool ModalOrLeadWordAt(string t, int k, int end)
    {
        if (k + 1 >= end) return false;
        var s = t.AsSpan(0, end);
        if (IsModalAt(t, k, end)) return !(t[k] == '要' && t[k + 1] == '务');
        if (!(s[k..].StartsWith("负责") || s[k..].StartsWith("牵头"))) return false;
        return lx.PersonOfUnit.MatchAt(s, k) == 0 && !s[k..].StartsWith("负责人") && !s[k..].StartsWith("负责同志");
    }

    /// <summary>
    /// Rule ReportWordInName: "申报人所在学院或部门于5月9日前出具推荐报告", "各省(自治区、直辖市)城乡建设统计年报主管部门应于2024年
    /// 2月28日前完成…": 报 closing a two-character word with the character before it (申报, 年报, 填报) is part of the name
    /// that runs on to its body word, not the report verb that ends a name ("县财政局报县政府…": there 报 follows a name
    /// that already ends in a suffix). Only the one-character 报 (报送, 报告 stay grammar) inside a run the body-before-
    /// modal reading is walking (<see cref="BodyBeforeModalAt(string, int, int, ISet{int}, bool)"/>), which still needs
    /// a body word and the modal or 于 and a date after it. Not a bare 申报: "申报单位要…" in an open call addresses whoever
    /// applies, no unit told to act (conventions: public calls name nobody); "各申报单位于…前报送" addresses the known
    /// applicants, as 各 + a body does.
    /// </summary>
    bool ReportWordInName(string t, int p, int k, int end) =>
        t[k] == '报' && k > p && ChineseText.IsHan(t[k - 1]) && (t[k - 1] != '申' || lx.GenericQuantifiers.MatchAt(t.AsSpan(0, end), p) > 0) && !EndsWithSuffix(t, p, k)
        && lx.ReportTriggers.MatchAt(t.AsSpan(0, end), k) == 1 && _stops.MatchAt(t.AsSpan(0, end), k) == 1;

    /// <summary>
    /// Rule BodyBeforeLeadWord: "由施工单位负责清运建筑垃圾", "由物业服务企业负责清理楼道", "由建设单位牵头组织验收": after
    /// 由, a run of name characters that ends in a body word (a unit suffix or a bare body, 施工单位 and 建设单位 too) and
    /// is followed right away by a lead word (负责, 牵头) is the unit, as written. The name window cuts such generic
    /// role nouns short at their verb-like first word (施工, 建设), as it does before a modal (rule BodyBeforeModal);
    /// the 由…负责 frame is what makes them the one who acts. Not a run that opens as a predicate does, or holds a
    /// grammar word, a deadline or punctuation. Returns its end, or 0. Only the caller knows the position follows 由.
    /// </summary>
    public int BodyBeforeLeadWordAt(string t, int p, int end, ISet<int> deadlineStarts)
    {
        var s = t.AsSpan(0, end);
        if (p >= end || !ChineseText.IsHan(t[p]) || t[p] is '是' or '每' or '各') return 0;
        if (lx.Adverbs.MatchAt(s, p) > 0 || lx.PrepositionOpeners.MatchAt(s, p) > 0 || lx.ImperativeOpeners.MatchAt(s, p) > 0
            || lx.NotNameStarts.MatchAt(s, p) > 0 || lx.LeadRoles.MatchAt(s, p) > 0 || lx.CoRoles.MatchAt(s, p) > 0) return 0;
        for (int k = p + 2; k < end && k <= p + MaxUnitLength; k++)
        {
            if (lx.LeadRoles.MatchAt(s, k) > 0) return BodyEndsAt(t, p, k) ? k : 0;
            if (!ChineseText.IsHan(t[k]) || StartsDeadline(deadlineStarts, k) || IsStop(t, k, end, deadlineStarts)) return 0;
        }
        return 0;
    }

    /// <summary>
    /// Rule RoleUnitAfterAsk: "要求施工单位本月底全面完成…", "要会同施工单位按照时间节点…", "由建设单位于12月20日前…": a
    /// unit named by the part it plays in a project (施工单位, 建设单位: listed as no unit, <see cref="DirectiveLexicon.NotUnits"/>,
    /// since elsewhere they are talked about, not told) is a unit right after a word that hands it work (由, 要求, 请,
    /// 责成) or joins it to the work (会同), when followed as a subject is (or by a deadline). Not after words that only
    /// mention it (安排, 协调). Returns its end, or 0. Only the caller knows the word before.
    /// </summary>
    public int RoleUnitAt(string t, int p, int end, ISet<int> deadlineStarts)
    {
        int len = lx.NotUnits.MatchAt(t.AsSpan(0, end), p);
        if (len == 0 || !t.AsSpan(p, len).EndsWith("单位")) return 0;
        int e = p + len;
        return e >= end || deadlineStarts.Contains(e) || ValidFollower(t, e, end, deadlineStarts) ? e : 0;
    }

    static readonly string[] HolderWords = ["负责同志", "负责人", "人员"];

    /// <summary>
    /// Rule QuantifiedRoleHoldersBeforeModal: "各被巡察党组织(单位)负责人要切实负起整改责任", "各乡镇(街道)包保干部要对照
    /// 责任清单…", "相关起草人员要针对这些意见…": a quantifier (各, 相关, 有关…) opens the run, and the people who hold a
    /// role in the bodies named (负责人, 负责同志, 人员, or a group of people: 干部, 工作人员) end it right before a modal:
    /// they are asked to act where the subject stands and are reported as written (conventions: units where a unit
    /// stands; the clerk maps them to their bodies). The person words are grammar elsewhere (负责: a role word), so the
    /// body window stops at them; only with the quantifier and the modal are they read here. Not a bare title without
    /// quantifier ("主要领导要亲自抓", "相关同志要" name no body's role-holders). Returns the end, or 0.
    /// </summary>
    int RoleHoldersBeforeModal(string t, int p, int k, int end)
    {
        if (lx.GenericQuantifiers.MatchAt(t.AsSpan(0, end), p) == 0 || k - p < 2) return 0;
        int len = 0;
        foreach (var w in HolderWords)
            if (t.AsSpan(k, end - k).StartsWith(w)) { len = w.Length; break; }
        if (len == 0) len = lx.PersonnelGroups.MatchAt(t.AsSpan(0, end), k);
        if (len == 0 || !IsModalAt(t, k + len, end)) return 0;
        // Rule LeaderOfBodyIsSupervisor: "各被巡察党组织(单位)负责人要…": where the run before the leader (负责人, 负责同志) is a
        // body (a suffix, or a bracketed body: 党组织(单位)), the body is the unit and the leader its supervisor, read by
        // the list reader's role-holder rule (RoleHolderIsSupervisor). Staff (人员, 干部) and a leader of no body
        // (各项目负责人: a project is no unit) stay as written.
        if (t[k] == '负' && (BodyEndsAt(t, p, k) || t[k - 1] == ')' && t.LastIndexOf('(', k - 1, k - p) is var open && open > p
                                                    && (BodyEndsAt(t, p, open) || BodyEndsAt(t, open + 1, k - 1)))) return k;
        return k + len;
    }

    static readonly HashSet<int> NoDeadlineStarts = [];
    const int MaxPeopleQualifier = 4;

    /// <summary>
    /// Rule PeopleAreNoUnit (label line r20-roles 1): a person or a group of people is never a lead or co-lead unit,
    /// though the readers take "全体干部要…", "各乡镇(街道)包保干部要…" where a unit stands (rules PersonnelGroupAsUnit,
    /// QuantifiedRoleHoldersBeforeModal) so that the work after them is read. A unit read that way, ending in a people
    /// word, is cut when the task is built: the body written before the people word and at most a few characters that
    /// qualify them (包保, 值班, 工作) is the unit (各村居干部 → 各村居, 各乡镇(街道)包保干部 → 各乡镇(街道), 各部门工作人员
    /// → 各部门); with no body before it (全体干部, 所有参战人员, 各驻村干部) nothing is left. The words are data:
    /// <see cref="DirectiveLexicon.LeaderPeople"/> (a leader: <paramref name="leader"/> is set, and the caller makes the
    /// phrase as written the supervisor, as rule RoleHolderIsSupervisor does), <see cref="DirectiveLexicon.StaffPeople"/>
    /// (staff: dropped), <see cref="DirectiveLexicon.MemberPeople"/> (members of a body are not the body acting: 各小组成员,
    /// 政府各班子成员 leave nothing, owner da-074). Only a word that ends the unit: a unit whose name holds one inside
    /// (县委组织部干部科, 各成员单位, 领导小组, 县退役军人事务局) is untouched. Returns the unit left, or null.
    /// </summary>
    public UnitHit? PeopleCut(string t, UnitHit h, out bool leader)
    {
        leader = false;
        if (h.End - h.Start < 2 || h.End > t.Length) return h;
        int len;
        bool member = false;
        if ((len = lx.LeaderPeople.MatchEndingAt(t, h.End, h.Start)) > 0) leader = true;
        else if ((len = lx.MemberPeople.MatchEndingAt(t, h.End, h.Start)) > 0) member = true;
        else len = lx.StaffPeople.MatchEndingAt(t, h.End, h.Start);
        if (len == 0) return h;
        if (member) return null;
        int k = h.End - len;
        for (int j = k; j > h.Start + 1 && j >= k - MaxPeopleQualifier; j--)
        {
            if (j < k && !ChineseText.IsHan(t[j])) break;
            // The body is what the grammar reads there on its own, more than a quantifier (各级, 全体), and no people
            // phrase itself (各级领导干部 leaves no 各级领导).
            int quant = lx.GenericQuantifiers.MatchAt(t.AsSpan(0, j), h.Start);
            if (quant >= j - h.Start) break;
            // "各驻村干部", "包村干部", "联户干部", "包片领导": a posting verb and a level name the people's post, not a body.
            if (j - h.Start - quant == 2 && PostingVerbs.IndexOf(t[h.Start + quant]) >= 0 && PostedLevels.IndexOf(t[j - 1]) >= 0) continue;
            // "所有机关干部", "各机关干部", "机关职工": the civil service as a class of people, no body (label line r20-roles 1).
            if (t.AsSpan(h.Start + quant, j - h.Start - quant) is "机关") break;
            if (UnitAt(t, h.Start, j, NoDeadlineStarts) is { } body && body.End == j && lx.LeaderPeople.MatchEndingAt(t, j, h.Start) == 0
                && lx.StaffPeople.MatchEndingAt(t, j, h.Start) == 0 && lx.MemberPeople.MatchEndingAt(t, j, h.Start) == 0)
            {
                // "各村居干部": one character between the body and the people is no qualifier word (包保, 值班 are two):
                // it belongs to the name (村居: 村 and 居), which is kept as written up to the people word.
                int kept = k - j == 1 ? k : j;
                // "各县级领导", "市级领导干部": a rank (县级, 市级) says which people, no body (owner da-032: 各县级领导 → lead []).
                if (t[kept - 1] == '级') continue;
                return new UnitHit(h.Start, kept, IsGeneric(t.AsSpan(h.Start, kept - h.Start)));
            }
        }
        return null;
    }

    const string PostingVerbs = "驻包联挂";
    const string PostedLevels = "村片户点组镇乡企";

    /// <summary>
    /// Rule ListTailBeforeModal: "各相关部门、镇街要…", "县直牵头部门和项目所在乡镇要…", "州级各行业主管部门和各县市要…": the
    /// last name of a subject list, after 、 / 和 / 及 and right before the list's modal (要 not 要求, 须, 应, 必须, 务必),
    /// is one more unit of the list, though it ends in no suffix (镇街, 各县市). Only after a unit already read (the
    /// caller checks), only a short run of name characters with no grammar word, deadline or punctuation in it, and
    /// no two-character body word (部门, 单位) inside it ("各部门思想上要": the name ended before the run did), and no
    /// action verb in it ("县政府办及时形成会议纪要": a predicate).
    /// Returns its end, or 0.
    /// </summary>
    public int ListTailBeforeModalAt(string t, int p, int end, ISet<int> deadlineStarts)
    {
        var s = t.AsSpan(0, end);
        if (p >= end || !ChineseText.IsHan(t[p]) || t[p] is '是' or '每' or '的') return 0;
        if (lx.Adverbs.MatchAt(s, p) > 0 || lx.PrepositionOpeners.MatchAt(s, p) > 0 || lx.ImperativeOpeners.MatchAt(s, p) > 0
            || lx.AddresseeTriggers.MatchAt(s, p) > 0 || lx.NotNameStarts.MatchAt(s, p) > 0 || lx.AttitudePhrases.MatchAt(s, p) > 0
            || lx.LeadRoles.MatchAt(s, p) > 0 || lx.CoRoles.MatchAt(s, p) > 0 || lx.WithTriggers.MatchAt(s, p) > 0) return 0;
        for (int k = p + 1; k < end && k <= p + MaxListTail; k++)
        {
            // "各社区、村要…": a one-character tail only as a level of local bodies (村, 镇, 乡), the list's kind written short.
            if (IsModalAt(t, k, end)) return (k - p >= 2 || "村镇乡".IndexOf(t[p]) >= 0) && t[k - 1] != '的' ? k : 0;
            if (!ChineseText.IsHan(t[k]) || IsStop(t, k, end, deadlineStarts)) return 0;
            // "各部门思想上要…": a name the grammar already knows ends inside the run; what follows it is no name.
            if (k - p >= 2 && lx.UnitSuffixes.MatchEndingAt(t, k, p + 1) >= 2) return 0;
            // "县政府办及时形成会议纪要": a verb inside the run makes it a predicate, not a name.
            if (lx.ActionVerbs.MatchAt(s, k) >= 2) return 0;
        }
        return 0;
    }

    const int MaxListTail = 8;

    /// <summary>
    /// Rule ListMemberWithSuffix: "各单位、各部门自行负责将…", "各县(市、区)农业农村局、财政局以正式文件上报", "县政府督查室、创卫办定时
    /// 督导": after a unit already read and 、 (the caller checks), a short run that ends in a unit suffix is the list's
    /// next unit whatever verb follows it, as the unit before the 、 is (conventions: split lists on 、). The longest such
    /// run within a few characters, with no grammar word, deadline, 的 or action verb inside it, and not followed by
    /// more of a name (a suffix). Not the 党委-政府 pair of one place ("县委、县政府坚持稳中求进…"): the leadership
    /// reporting its own course, no list of units told to act. Returns its end, or 0.
    /// </summary>
    public int ListMemberWithSuffixAt(string t, int p, int end, ISet<int> deadlineStarts)
    {
        var s = t.AsSpan(0, end);
        if (p >= end || !ChineseText.IsHan(t[p])) return 0;
        // Rule VerbWordInListMember: "请教务处、研究生院、各学院…": inside a list, between two 、, a name may open with a
        // word that is a verb elsewhere (研究生院, 考核办): only an action verb, nothing else of grammar, and only where
        // another 、 follows the name, so the list goes on around it (a predicate would end the list instead).
        int verbStart = 0;
        if (StartsLikePredicate(t, p, end))
        {
            verbStart = lx.ActionVerbs.MatchAt(s, p);
            if (verbStart < 2 || lx.Adverbs.MatchAt(s, p) > 0 || lx.LeadRoles.MatchAt(s, p) > 0 || lx.CoRoles.MatchAt(s, p) > 0
                || lx.AddresseeTriggers.MatchAt(s, p) > 0 || lx.ReportTriggers.MatchAt(s, p) > 0 || lx.WithTriggers.MatchAt(s, p) > 0
                || lx.ImperativeOpeners.MatchAt(s, p) > 0 || lx.NotNameStarts.MatchAt(s, p) > 0 || lx.AttitudePhrases.MatchAt(s, p) > 0) return 0;
        }
        int best = 0;
        for (int k = p + 1; k < end && k <= p + MaxListTail; k++)
        {
            // "各社区、村慰问工作和街道干部…": a joiner ends the run; what follows it is another part of the sentence.
            if (!ChineseText.IsHan(t[k - 1]) || NameJoiners.IndexOf(t[k - 1]) >= 0 || k - 1 > p && IsStop(t, k - 1, end, deadlineStarts)
                || k - 1 >= p + verbStart && lx.ActionVerbs.MatchAt(s, k - 1) >= 2) break;
            if (k - p >= 2 && EndsWithSuffix(t, p, k) && lx.NotUnits.MatchEndingAt(t, k, p) == 0 && lx.WordsAfterSuffix.MatchAt(s, k - 1) <= 1
                && (k >= end || lx.UnitSuffixes.MatchAt(s, k) == 0)) best = k;
        }
        if (verbStart > 0 && (best == 0 || best >= end || t[best] != '、')) return 0;
        bool leadershipPair = best > 0 && t.AsSpan(p, best - p).EndsWith("政府") && p >= 2 && t[p - 1] == '、' && t[p - 2] == '委';
        return leadershipPair ? 0 : best;
    }


    /// <summary>
    /// Rule GenericBodyOfAnyKind: "各校要…", "请各分会9月10日前将…", "各企业应按照…", "请各校认真贯彻执行": 各 and a short
    /// body word that is no unit suffix (校, 班, 系, 分会, 企业, 中小学) address every body of that kind, as 各乡镇 does.
    /// Only where it is followed as an addressee is: by a modal, a deadline (or 于 and a deadline), and after 请 / 要求
    /// (<paramref name="addressed"/>) also by an adverb, an action verb or a preposition. Not 各 and a classifier
    /// (各项工作, 各类问题, 各方面) nor 各 in a set phrase (各司其职, 各负其责). The shortest such name is taken.
    /// Returns its end, or 0.
    /// </summary>
    public int GenericBodyAt(string t, int p, int end, ISet<int> deadlineStarts, bool addressed)
    {
        // Rule ScopeBeforeGenericBody: "全市各级林长要…", "全县各镇场、部门要…", "区属各小学", "辖区各村居要…": a scope before
        // 各 and the body (ScopeBeforeGe) names the same addressees and stays in the name, as 全县各乡镇 does.
        if (ScopeBeforeGe(t, p, end) is > 0 and var scope)
            return GenericBodyAt(t, p + scope, end, deadlineStarts, addressed);
        if (p + 2 >= end || t[p] != '各' || NotABodyAfterGe.IndexOf(t[p + 1]) >= 0) return 0;
        var s = t.AsSpan(0, end);
        for (int k = p + 2; k <= Math.Min(end - 1, p + 5); k++)
        {
            char c = t[k - 1];
            if (!ChineseText.IsHan(c) || c == '的' || k - 1 > p + 1 && IsStop(t, k - 1, end, deadlineStarts)) return 0;
            // "各部门之间要加强沟通": 之间 (between) makes the bodies the place of the work, not its addressee.
            if (c == '间' && t[k - 2] == '之') return 0;
            bool follows = IsModalAt(t, k, end) || MustByDeadline(t, k, end, deadlineStarts) || StartsDeadline(deadlineStarts, k) && !YearOfAThing(t, k, end) || t[k] == '于' && StartsDeadline(deadlineStarts, k + 1)
                || NoticeReceiptFollows(t, k, end)
                || addressed && (lx.Adverbs.MatchAt(s, k) > 0 || lx.ActionVerbs.MatchAt(s, k) > 1 || lx.PrepositionOpeners.MatchAt(s, k) > 0)
                || t[k] == '、' && !NamesPersons(t, p, k) && ListGoesOnAt(t, k + 1, end, deadlineStarts, addressed);
            if (follows) return TimeWordCut(t, p, k);
        }
        return 0;
    }

    /// <summary>
    /// Rule GenericBodyCell's name: [p, e) is only 各 and a short body word (two to four characters, no classifier after
    /// 各, no grammar word, no 的), with a scope before 各 (全县, 区属, 辖区) allowed, as rule GenericBodyOfAnyKind reads it
    /// before a modal. For a table's unit cell, where nothing follows the name.
    /// </summary>
    public bool IsWholeGenericBody(string t, int p, int e, ISet<int> deadlineStarts)
    {
        int q = p;
        if (ScopeBeforeGe(t, q, e) is > 0 and var scope) q += scope;
        if (t[q] != '各' || e - q < 3 || e - q > 5 || NotABodyAfterGe.IndexOf(t[q + 1]) >= 0) return false;
        for (int k = q + 1; k < e; k++)
            if (!ChineseText.IsHan(t[k]) || t[k] == '的' || k > q + 1 && IsStop(t, k, e, deadlineStarts)) return false;
        return true;
    }

    /// <summary>The length of a scope written before 各 (全县, 区属, 县直属, 辖区), or 0: the whole area of a level, a level
    /// that owns the bodies (X属, X直属; the twenty-second round), or the speaker's own area (rule ScopeBeforeGenericBody).</summary>
    static int ScopeBeforeGe(string t, int p, int end)
    {
        if (p + 3 < end && t[p] == '全' && "县市区省州镇乡旗".IndexOf(t[p + 1]) >= 0 && t[p + 2] == '各') return 2;
        if (p + 3 < end && "县市区省州镇乡旗局院校".IndexOf(t[p]) >= 0)
        {
            if (t[p + 1] == '属' && t[p + 2] == '各') return 2;
            if (p + 4 < end && t[p + 1] == '直' && t[p + 2] == '属' && t[p + 3] == '各') return 3;
        }
        if (p + 3 < end && (t[p] == '辖' || t[p] == '轄') && (t[p + 1] == '区' || t[p + 1] == '區') && t[p + 2] == '各') return 2;
        return 0;
    }

    /// <summary>Rule TimeWordAfterGenericName, for the clause reader: past a time word right after the subject's name (假前,
    /// 会后) when a modal, an adverb or a deadline follows it, else <paramref name="q"/>.</summary>
    public int TimeWordAfterSubjectEnd(string t, int q, int e, ISet<int> deadlineStarts)
    {
        if (q < 3 || q + 3 >= e || !TimeWordAfterBody(t, q, q - 2)) return q;
        int w = q + 2;
        return IsModalAt(t, w, e) || deadlineStarts.Contains(w) || lx.Adverbs.MatchAt(t.AsSpan(0, e), w) > 0 ? w : q;
    }

    /// <summary>
    /// Rule TimeWordAfterGenericName: "各部门假前要对分管区域全面排查", "各单位会后抓紧将修改意见…": a two-character time word
    /// (假前, 会后, 节前: an event and 前 / 后) after a generic name that already ends in a two-character body word (部门,
    /// 单位) says when the body acts; it is no part of its name (conventions: names as written, nothing glued to them).
    /// Returns where the name ends: before the time word, else <paramref name="k"/>.
    /// </summary>
    int TimeWordCut(string t, int p, int k)
    {
        int body = k - 2;
        return body - p >= 3 && TimeWordAfterBody(t, body, p + 1) ? body : k;
    }

    /// <summary>Rule TimeWordAfterGenericName's shape: at <paramref name="bodyEnd"/> a two-character time word (an event
    /// and 前 / 后) right after a two-character body word (部门, 单位) that starts no earlier than <paramref name="minStart"/>.</summary>
    bool TimeWordAfterBody(string t, int bodyEnd, int minStart) =>
        ChineseText.IsHan(t[bodyEnd]) && t[bodyEnd + 1] is '前' or '后' && lx.UnitSuffixes.MatchEndingAt(t, bodyEnd, minStart) >= 2;

    /// <summary>
    /// Rule GenericBodyHeadsList: "各中小学、幼儿园(含民办)，市少年宫要…", "各苏木镇场、甘旗卡社区服务中心、各部门、各企事业单位，
    /// 立即全面排查…": 各 and a body word that is no unit suffix, at the head of a list, is followed by 、 and not by the
    /// list's modal. It is the list's first unit when the name after the 、 is one: a unit the grammar reads, another
    /// 各 + body, a short last name right before the modal, or a body word written short before it (部门要).
    /// </summary>
    /// <summary>"各责任领导、责任单位": people (领导, 负责人, a leader title) head no list of units (conventions: units only).</summary>
    bool NamesPersons(string t, int p, int k) =>
        t.AsSpan(p, k - p).EndsWith("领导") || lx.PersonOfUnit.MatchEndingAt(t, k, p + 1) > 0 || lx.LeaderTitles.MatchEndingAt(t, k, p + 1) > 0;

    bool ListGoesOnAt(string t, int q, int end, ISet<int> deadlineStarts, bool addressed) =>
        q < end && (UnitAt(t, q, end, deadlineStarts) is not null || ListTailBeforeModalAt(t, q, end, deadlineStarts) > 0
            || GenericBodyAt(t, q, end, deadlineStarts, addressed) > 0
            || q + 2 < end && IsElidedBody(t.AsSpan(q, 2)) && IsModalAt(t, q + 2, end));

    /// <summary>"各重点项目2017年工作总结…": a year before a noun dates the thing (conventions: no deadline), it follows no addressee.</summary>
    static bool YearOfAThing(string t, int k, int end) =>
        k + 5 < end && char.IsAsciiDigit(t[k]) && char.IsAsciiDigit(t[k + 3]) && t[k + 4] == '年' && !char.IsAsciiDigit(t[k + 5]) && t[k + 5] != '底';

    /// <summary>Characters after 各 that begin a classifier or a set phrase, never a body: 各项, 各类, 各司其职, 各自.</summary>
    const string NotABodyAfterGe = "项类种个条次批些方环阶位自有司尽负显界行样式色种门户人";

    bool IsModalAt(string t, int k, int end)
    {
        if (k + 1 >= end || lx.NameInnerWords.MatchAt(t.AsSpan(0, end), k) > 0) return false;
        // 县委机要局, 县物资供应站: the 要 or 应 belongs to a word of the name.
        if (t[k] is '要' or '应' && lx.ModalInsideWords.Covers(t.AsSpan(0, end), k)) return false;
        return t[k] switch
        {
            '要' => t[k + 1] != '求',
            '须' or '需' or '应' => true,
            '必' => t[k + 1] == '须',
            '务' => t[k + 1] == '必',
            _ => false,
        };
    }

    /// <summary>[p, k) ends in a body word: a unit suffix after at least one character, or a bare body; not a word
    /// that only looks like one (<see cref="DirectiveLexicon.NotUnits"/>), unless it names a 单位 (施工单位, 用人单位).</summary>
    bool BodyEndsAt(string t, int p, int k)
    {
        if (t[k - 1] == '的') return false;
        if (lx.WordsAfterSuffix.MatchAt(t.AsSpan(0, k + 1), k - 1) > 1) return false;
        int notUnit = lx.NotUnits.MatchEndingAt(t, k, p);
        if (notUnit > 0 && !t.AsSpan(p, k - p).EndsWith("单位")) return false;
        return EndsWithSuffix(t, p, k) || lx.BareBodies.MatchEndingAt(t, k, p) > 0 || SectorSystemEndsAt(t, p, k);
    }

    /// <summary>
    /// Rule SectorSystemAsBody: "住建系统要把学习宣传贯彻…作为首要政治任务", "局系统要全力冲刺", "全市水利系统要…": a sector
    /// (住建, 水利, 教育…) or a body (局) and 系统 name every body of that line of work, where a subject stands before its
    /// modal (conventions: units are often written as a body). Only after a sector or a unit suffix: "信息系统要在12月20日前
    /// 完成升级改造" names a thing, no one.
    /// </summary>
    bool SectorSystemEndsAt(string t, int p, int k)
    {
        if (k - p < 3 || t[k - 2] != '系' || t[k - 1] != '统') return false;
        return lx.SectorNames.MatchEndingAt(t, k - 2, p) > 0 || lx.UnitSuffixes.MatchEndingAt(t, k - 2, p) > 0;
    }

    /// <summary>
    /// Splits a name that joins two units with 和/及/与 ("各乡镇(街道办)和各有关县直单位"), but not a name that
    /// has the joiner inside it ("县自然资源和规划局": 县自然资源 is no unit).
    /// </summary>
    public void SplitJoined(string t, UnitHit hit, ISet<int> deadlineStarts, List<UnitHit> into)
    {
        // Rule GenericPairIsOneAddressee: "各乡镇各部门", "各部门各单位", "各街道各部门" written with no separator are one
        // generic addressee, reported as written, as "各地各部门" and "各级各部门" are (conventions: lists split on 、，；和及与
        // only; owner precedents nb-067, nb-070). The same pair written with a separator (各乡镇、各部门) is split by the
        // list reader, so nothing is cut here.
        // Brackets are counted from the name's first character: "市(地)政府及有关部门" opens one at the second, and a
        // count started at the third left the depth below zero, so no joiner split the name. A joiner itself splits
        // only with two characters or more on its left.
        int depth = 0;
        for (int k = hit.Start; k < hit.End - 2; k++)
        {
            char c = t[k];
            if (c == '(') depth++;
            else if (c == ')') depth--;
            if (k < hit.Start + 2 || depth != 0 || NameJoiners.IndexOf(c) < 0) continue;
            // "各项目方以及各有关单位": 以及 joins as 及 does; its 以 belongs to neither name.
            int leftEnd = c == '及' && t[k - 1] == '以' ? k - 1 : k;
            // "镇街及相关部门": a generic right part (各, 相关, 有关) starts a second unit whatever the left part ends in.
            bool genericRight = k + 1 < hit.End && (t[k + 1] == '各' || lx.GenericQuantifiers.MatchAt(t.AsSpan(0, hit.End), k + 1) > 0);
            // "各相关部门和乡镇": a bare body word after the joiner is the same kind of addressee, written short.
            // Rule SharedModifierPairSplits: "市各有关部门和单位", "相关责任单位和部门", "各单位及部门": the later body word borrows
            // the first one's modifier and is a second addressee, kept as written (a bare 单位 / 部门), as "各单位、部门" is
            // (conventions: split lists on 和 及 与; owner precedents da-036, da-055, da-078).
            if (IsBodyPair(t, leftEnd, k + 1, hit.End))
            {
                into.Add(new UnitHit(hit.Start, leftEnd, IsGeneric(t.AsSpan(hit.Start, leftEnd - hit.Start))));
                into.Add(new UnitHit(k + 1, hit.End, true));
                return;
            }
            if (!genericRight && EndsWithSuffix(t, hit.Start, leftEnd) && IsElidedBody(t.AsSpan(k + 1, hit.End - k - 1)))
            {
                into.Add(new UnitHit(hit.Start, leftEnd, IsGeneric(t.AsSpan(hit.Start, leftEnd - hit.Start))));
                into.Add(new UnitHit(k + 1, hit.End, true));
                return;
            }
            if (!genericRight && JoinedBodies(t, hit.Start, leftEnd, k + 1, hit.End))
            {
                into.Add(new UnitHit(hit.Start, leftEnd, IsGeneric(t.AsSpan(hit.Start, leftEnd - hit.Start))));
                into.Add(new UnitHit(k + 1, hit.End, IsGeneric(t.AsSpan(k + 1, hit.End - k - 1))));
                return;
            }
            if (!genericRight && JoinedAddressees(t, hit.Start, leftEnd, k + 1, hit.End))
            {
                into.Add(new UnitHit(hit.Start, leftEnd, IsGeneric(t.AsSpan(hit.Start, leftEnd - hit.Start))));
                into.Add(new UnitHit(k + 1, hit.End, IsGeneric(t.AsSpan(k + 1, hit.End - k - 1))));
                return;
            }
            if (!genericRight && !EndsWithSuffix(t, hit.Start, leftEnd) && !(t[leftEnd - 1] == ')' && EndsBeforeParen(t, hit.Start, leftEnd))) continue;
            var right = UnitAt(t, k + 1, hit.End, deadlineStarts);
            if (right is not { } r || r.End != hit.End) continue;
            into.Add(new UnitHit(hit.Start, leftEnd, IsGeneric(t.AsSpan(hit.Start, leftEnd - hit.Start))));
            SplitJoined(t, r, deadlineStarts, into);
            return;
        }
        into.Add(hit);
    }

    /// <summary>
    /// Rule JoinedBodyNames: "各牵头单位和汇总单位", "公安及农业部门": a right part that ends in a body word (部门 / 单位) and
    /// names what kind (汇总单位, 农业部门) is a unit of its own, even when it opens with a verb-like word, if the left
    /// part is one too: it ends in a body word itself, or it is a bare sector name (公安, 民政). Only the body words:
    /// "自然资源和规划局" is one bureau, and "单位和部门" one collective (<see cref="IsBodyPair"/>).
    /// </summary>
    bool JoinedBodies(string t, int start, int leftEnd, int rightStart, int end)
    {
        var right = t.AsSpan(rightStart, end - rightStart);
        if (right.Length < 4 || !(right.EndsWith("部门") || right.EndsWith("单位")) || right[0] == '的') return false;
        var left = t.AsSpan(start, leftEnd - start);
        if (left.Length >= 3 && (left.EndsWith("部门") || left.EndsWith("单位"))) return true;
        // Rule ShortBodyJoinedToBody: "街道、社区和职能部门要…", "要求社区和职能部门切实负起…": a body word written short on
        // the left (社区, 街道, 乡镇) is an addressee of its own, as a bare sector name is (conventions: split lists on 和).
        if (left is "社区" or "街道" or "乡镇" or "镇街") return true;
        int sector = lx.SectorNames.MatchEndingAt(t, leftEnd, start);
        if (sector == left.Length) return true;
        // Rule LevelSectorJoinedToBody: "各设区市财政和劳动保障部门应当…": a sector name after the level it belongs to (各设区市,
        // 县, 各地) names that level's bureau, as "县财政" does (rule SectorForBureau), so it is the left addressee.
        if (sector < 2 || left.Length - sector > 5) return false;
        var level = left[..^sector];
        return level.Length == 1 ? "县市区省州镇乡".Contains(level[0]) : level[0] == '各' && "县市区省州镇乡地".Contains(level[^1]);
    }

    /// <summary>
    /// Rule JoinedAddressees: "各学校和培训机构(托儿所)", "各县(区)及钒钛高新区", "各县区教育局和学校", "各相关县区和部门单位":
    /// a joiner between two addressees splits them (conventions: split lists on 和 及 与) when the left part is an
    /// addressee on its own — a name ending in a unit suffix (各学校, 县教育局), or 各 and a run of administrative levels
    /// (各相关县区, 各县(区)) — and the right part names a
    /// body: it ends in a unit suffix or a bare body word (学校, 机构, 工作组, 高新区, 企业), or in 部门 / 单位, before an
    /// optional bracket ("培训机构(托儿所)"). Not a name with the joiner inside it: "县自然资源和规划局" has no addressee on
    /// its left. Not the 党政 pair of one place, "各县(市、区)党委和人民政府", "高新区党工委和管委会": one leadership.
    /// </summary>
    bool JoinedAddressees(string t, int start, int leftEnd, int rightStart, int end)
    {
        if (leftEnd - start < 3 || end - rightStart < 2 || t[rightStart] == '的') return false;
        var left = t.AsSpan(start, leftEnd - start);
        // Rule GenericOrKnownNameJoinedToBody: "各县区及市直相关部门要…", "各有关学区和学校(幼儿园)要…", "相关学区和学校要…": a
        // name the directory lists whole (各县区: no suffix), or a quantifier (各, 相关, 有关…) and a short body (two to four
        // characters), on the left is an addressee on its own too (conventions: generic addressees are units; split on
        // 和 及), when the right part does not end in a one-character suffix: "各县市经济贸易和信息化局" is one bureau.
        bool leftIsAddressee = EndsWithSuffix(t, start, leftEnd) || LevelsEnd(t, start, leftEnd) == leftEnd
                               || t[leftEnd - 1] == ')' && (EndsBeforeParen(t, start, leftEnd) || LevelsEnd(t, start, leftEnd) == leftEnd)
                               || lx.KnownUnits.MatchAt(t.AsSpan(0, leftEnd), start) == leftEnd - start
                               || lx.GenericQuantifiers.MatchAt(t.AsSpan(0, leftEnd), start) is > 0 and var quantifier
                                  && leftEnd - start - quantifier is >= 2 and <= 4 && lx.UnitSuffixes.MatchEndingAt(t, end, rightStart) != 1;
        if (!leftIsAddressee) return false;
        int rEnd = end;
        if (t[rEnd - 1] == ')')
        {
            int open = t.LastIndexOf('(', rEnd - 1, rEnd - rightStart);
            if (open <= rightStart) return false;
            rEnd = open;
        }
        var right = t.AsSpan(rightStart, rEnd - rightStart);
        if (right.Length < 2) return false;
        if ((left.EndsWith("党委") || left.EndsWith("党工委") || left.EndsWith("党组")) && right is "政府" or "人民政府" or "管委会") return false;
        int suffix = lx.UnitSuffixes.MatchEndingAt(t, rEnd, rightStart);
        return suffix >= 2 || suffix > 0 && rEnd - suffix > rightStart
               || lx.BareBodies.MatchEndingAt(t, rEnd, rightStart) > 0
               || right.EndsWith("部门") || right.EndsWith("单位");
    }

    /// <summary>"部门和单位" / "单位和部门": the left part ends in one body word and the right part is only the other.</summary>
    static bool IsBodyPair(string t, int leftEnd, int rightStart, int end)
    {
        var right = t.AsSpan(rightStart, end - rightStart);
        var left = t.AsSpan(0, leftEnd);
        return right is "单位" && left.EndsWith("部门") || right is "部门" && left.EndsWith("单位");
    }

    internal static bool IsElidedBody(ReadOnlySpan<char> s) => s is "部门" or "单位" or "乡镇" or "街道" or "社区" or "镇街";

    static bool InsideParen(string t, int start, int end)
    {
        int depth = 0;
        for (int k = start; k < end; k++) depth += t[k] == '(' ? 1 : t[k] == ')' ? -1 : 0;
        return depth > 0;
    }

    bool EndsBeforeParen(string t, int start, int end)
    {
        int open = t.LastIndexOf('(', end - 1, end - start);
        return open > start && EndsWithSuffix(t, start, open);
    }

    public bool IsGeneric(ReadOnlySpan<char> name)
    {
        if (name.StartsWith("各") || name.StartsWith("每个") || lx.GenericQuantifiers.OccursIn(name)) return true;
        // A bare role noun (牵头单位, 责任单位) names nobody in particular.
        return lx.LeadLabels.Contains(name) || lx.ResponsibleLabels.Contains(name) || lx.CoLabels.Contains(name)
               || name.SequenceEqual("单位") || name.SequenceEqual("部门");
    }

    bool EndsWithSuffix(string t, int start, int end)
    {
        int s = lx.UnitSuffixes.MatchEndingAt(t, end, start);
        return s > 0 && end - s > start;   // a suffix alone ("局") is no name
    }

    /// <summary>Where the name window ends: at punctuation, at a grammar word, or at a deadline phrase.</summary>
    int WindowEnd(string t, int p, int end, ISet<int> deadlineStarts)
    {
        int q = p;
        int limit = Math.Min(end, p + MaxUnitLength);
        while (q < limit)
        {
            char c = t[q];
            if (c == '(')
            {
                int close = AttachedNamePart(t, q, end);
                if (close < 0) break;
                q = close;
                continue;
            }
            // Rule QuotedNamePart: 县“厕所革命”指挥部办公室: a short quoted campaign name inside a unit name belongs to it.
            if (q > p && QuotedPartEnd(t, q, Math.Min(end, p + MaxUnitLength)) is > 0 and var quoted)
            {
                q = quoted;
                continue;
            }
            if (!ChineseText.IsHan(c)) break;
            if (q > p && IsStop(t, q, end, deadlineStarts)) break;
            q++;
        }
        return q;
    }

    /// <summary>After "“厕所革命”" opening at <paramref name="q"/>: the index after the closing quote, when only Han characters
    /// stand between the quotes and a Han character follows (the name goes on); else 0.</summary>
    static int QuotedPartEnd(string t, int q, int limit)
    {
        char open = t[q];
        char close = open switch { '“' => '”', '"' => '"', '「' => '」', _ => '\0' };
        if (close == '\0') return 0;
        int k = q + 1;
        while (k < limit && ChineseText.IsHan(t[k])) k++;
        if (k == q + 1 || k >= limit - 1 || t[k] != close || !ChineseText.IsHan(t[k + 1])) return 0;
        return k + 1;
    }

    /// <summary>Rule SuoZaiQualifiesBody: a unit suffix within the next few name characters after <paramref name="k"/>.</summary>
    bool BodyWordSoonAfter(string t, int k, int end)
    {
        // "所在乡镇", "所在地乡镇", "所在学院", "所在二级学院": a unit suffix within the next few name characters.
        for (int j = k; j < end && j <= k + 3 && ChineseText.IsHan(t[j]); j++)
            if (lx.UnitSuffixes.MatchAt(t.AsSpan(0, end), j) > 0) return true;
        return false;
    }

    // Offices named X所 that are no sector (司法所, 财政所 are read through the sector names): the 所在 after them is 在.
    static readonly string[] SuoOffices = ["派出", "研究", "事务", "供电", "卫生", "管理", "服务"];

    /// <summary>所 at <paramref name="suo"/> ends an office's name: a sector name (司法所, 财政所) or an office word (派出所) before it.</summary>
    bool OfficeEndsInSuo(string t, int suo)
    {
        if (suo >= 2 && lx.SectorNames.MatchEndingAt(t, suo, Math.Max(0, suo - 4)) > 0) return true;
        foreach (var w in SuoOffices)
            if (suo >= w.Length && t.AsSpan(suo - w.Length, w.Length).SequenceEqual(w)) return true;
        return false;
    }

    /// <summary>
    /// The preposition frame 在…下 closes in the clause after <paramref name="k"/>: 下 right after a word of leading or
    /// helping (领导下, 指导下, 支持下, 帮助下, 组织下): "在街道、乡镇统一领导下".
    /// </summary>
    bool UnderFrameAfter(string t, int k)
    {
        for (int j = k + 2; j < t.Length && j < k + 24 && t[j] is not (',' or '，' or '。' or ';' or '；' or ':' or '：'); j++)
            if (t[j] == '下' && (lx.OversightVerbs.MatchEndingAt(t, j, k) > 0 || t.AsSpan(j - 2, 2) is "领导" or "支持" or "帮助" or "关心")) return true;
        return false;
    }

    /// <summary>
    /// Grammar words end a name, unless they are part of it: a stop word right before a unit suffix
    /// ("组织部", "督查室") or a listed name-inner word ("应急", "要素").
    /// </summary>
    bool IsStop(string t, int q, int end, ISet<int> deadlineStarts)
    {
        if (StartsDeadline(deadlineStarts, q)) return true;
        if (PerUnitPhraseEnd(t, q, end) > 0) return true;
        if (lx.NameInnerWords.MatchAt(t.AsSpan(0, end), q) > 0) return false;
        char c = t[q];
        // 县委机要局, 县物资供应站: a 要 or 应 inside a word asks nothing and does not end the name.
        if (c is '要' or '应' && lx.ModalInsideWords.Covers(t.AsSpan(0, end), q)) return false;
        if (c == '的' || c == '、' || c == '等') return true;
        var s = t.AsSpan(0, end);
        // Rule SuoZaiQualifiesBody: "申报人所在学院或部门于5月9日前…", "县直牵头部门和项目所在乡镇要…": 所在
        // right before a body word (a unit suffix, or 地 and one) is the relative word "where X belongs", as 的 is, not the
        // preposition 在: the body it qualifies is the name's end (conventions: names as written, with their qualifiers).
        // Not the frame 在…领导下 / 指导下 ("基层派出所在街道、乡镇统一领导下，全面开展…"): there 所 ends an office's name and
        // 在 opens the circumstance the office acts in.
        // Nor 所 ending an office's name (司法所, 财政所: a sector before it; 派出所, 研究所, 事务所): "县司法所在社区开展…".
        // Only with its holder written before it (申报人所在, 项目所在): after a preposition ("经所在设区市政府办公室审核后",
        // "由所在学院汇总") the reading is left as it was.
        if (c == '在' && q > 1 && t[q - 1] == '所' && q + 2 < end && ChineseText.IsHan(t[q - 2]) && lx.PrepositionsBeforeUnits.MatchEndingAt(t, q - 1, q - 2) == 0
            && BodyWordSoonAfter(t, q + 1, end) && !UnderFrameAfter(t, q + 1) && !OfficeEndsInSuo(t, q - 1)) return false;
        int len = _stops.MatchAt(s, q);
        if (len == 0) return false;
        int after = q + len;
        // 组织部, 协调办: a two-character word before a suffix is part of the name; "干部要站在…" is no 站.
        // Not a role copula (rule RoleCopulaEndsName): "县发改局作为政府…部门" names no office "作为政".
        // Not a report verb: "纸质版报送党委办公室", "材料上报政府办": the office the result goes to is named after the verb,
        // the verb is no part of its name (reportTriggers: where a result is reported is neither lead nor co-lead).
        if (len >= 2 && after < end && lx.UnitSuffixes.MatchAt(s, after) > 0 && lx.RoleCopulas.MatchAt(s, q) == 0
            && lx.ReportTriggers.MatchAt(s, q) != len) return false;
        // Rule SuffixHoldsGrammarWord: "各二级党组织要…", "二级党组织于12月15日前…": a unit suffix that opens one character
        // before the grammar word and covers it (党组织 holds 组织) is the name's own end, not a verb after it.
        if (q > 0 && lx.UnitSuffixes.MatchAt(s, q - 1) > len) return false;
        // "安委会督导组要…", "县委巡察工作督导组要…": a unit suffix that opens on the grammar word and covers it (督导组 holds
        // 督导) is the name's own end too, as an office named for what it does (考核办, 督查室) is.
        if (lx.UnitSuffixes.MatchAt(s, q) > len) return false;
        return true;
    }

    /// <summary>
    /// "(街道办)" or "(管委会)" after a name belongs to it; "(牵头)" or a long note does not. Returns the index
    /// after the closing parenthesis, or -1.
    /// </summary>
    public int AttachedNamePart(string t, int open, int end)
    {
        if (open >= end || t[open] != '(') return -1;
        int close = t.IndexOf(')', open + 1, Math.Min(end, open + 14) - open - 1);
        if (close < 0 || close == open + 1) return -1;
        var inner = t.AsSpan(open + 1, close - open - 1);
        foreach (char c in inner)
            if (!ChineseText.IsHan(c) && c != '、') return -1;
        // "(详见任务分工)", "(含开发区)", "(下同)": a note about the name, not part of it.
        if (inner.StartsWith("详见") || inner.StartsWith("见") || inner.StartsWith("含") || inner.StartsWith("包括") || inner.StartsWith("下同")) return -1;
        if (lx.LeadMarkers.Contains(inner) || lx.CoMarkers.Contains(inner) || lx.LeadLabels.Contains(inner)
            || lx.ResponsibleLabels.Contains(inner) || lx.CoLabels.Contains(inner)) return -1;
        return close + 1;
    }

    /// <summary>A name never starts with a verb, an adverb or a trigger: "保证政府…", "请县财政局" are not names.</summary>
    public bool StartsLikePredicate(string t, int p, int end)
    {
        var s = t.AsSpan(0, end);
        // "将乐县财政局", "应急管理局": a listed name word (a place name, 应急) opens a name even where its first
        // character is grammar elsewhere (将, 应, 于).
        if (lx.NameInnerWords.MatchAt(s, p) > 0) return false;
        // Rule OversightVerbOpensNoName: "引导各业务部门做好…", "带领各专班高质量完成…": a verb by which one unit acts on
        // another, right before a unit's first word (a level of local government, 各),
        // is the predicate of the unit before it, never the first word of a name (conventions: a verb is never part of
        // a unit name). The office that does it (督查室, 组织部, 协调办) has its suffix right after the verb instead.
        if (OversightVerbBeforeUnit(t, p, end)) return true;
        // "考核办", "宣传部", "监测站": a verb right before a unit suffix is the name of the office that does it.
        // Only a one-character suffix: "加强部门", "培训中心" after a verb are more often "strengthen the departments".
        int verb = lx.ActionVerbs.MatchAt(s, p);
        // Not a place's level (村, 镇, 乡): a village or a township is named for its place, never for a verb, so
        // "确保村(社区)“两委”换届…", "指导村(社区)开展工作" open with the clause's verb (rule PredicateOpensNoName).
        if (verb > 0 && lx.UnitSuffixes.MatchAt(s, p + verb) == 1 && s[p + verb] is not ('村' or '镇' or '乡')) return false;
        // "建设部门", "发改部门": a sector name before a body word names the sector's bureaus, not "build the departments".
        int sector = lx.SectorNames.MatchAt(s, p);
        if (sector > 0 && p + sector < end && lx.UnitSuffixes.MatchAt(s, p + sector) > 0) return false;
        // Rule SectorNameInList: "气象、水利、自然资源等部门要…": a sector name that a list separator or 等 ends is a
        // member of a list of bureaus, though its first character is grammar elsewhere (自然资源: 自).
        if (sector >= 2 && p + sector < t.Length && t[p + sector] is '、' or '等') return false;
        // A role word or a joiner never starts a name: "配合人社部门", "与指挥部".
        if (lx.LeadLabels.MatchAt(s, p) > 0 || lx.CoLabels.MatchAt(s, p) > 0 || lx.ResponsibleLabels.MatchAt(s, p) > 0) return false;   // 牵头单位, 配合单位
        // "此次治理欠薪…", "高度重视中心城区学校": a topic or an attitude, not a name.
        if (lx.NotNameStarts.MatchAt(s, p) > 0 || lx.AttitudePhrases.MatchAt(s, p) > 0) return true;
        // Rule YiOpensNoName: "以本单位内设机构和人员为评选对象", "以最佳状态迎接省考核组考核", "以及厨房、机房…", "以便我局汇总":
        // 以 (with, as; 以及 and; 以便 so that) is grammar before a name, never its first word. Only 以上 / 以下 refer to
        // units named before or after ("以上责任单位要…"), as 上述 does, and open a name.
        if (s[p] == '以' && !(p + 1 < s.Length && s[p + 1] is '上' or '下')) return true;
        if (lx.LeadRoles.MatchAt(s, p) > 0 || lx.CoRoles.MatchAt(s, p) > 0 || NameJoiners.IndexOf(s[p]) >= 0) return true;
        // Rule ApprovalNeverOpensName: "原则同意区统计局提交的…", "同意成立…领导小组": what an issuing body does (同意, 决定,
        // 听取…) is the meeting's verb, never the first word of a unit name (conventions: a verb is never part of a unit).
        if (lx.AuthorityVerbs.MatchAt(s, p) >= 2) return true;
        return verb > 0 || lx.Adverbs.MatchAt(s, p) > 0 || lx.PrepositionOpeners.MatchAt(s, p) > 0
               || lx.ImperativeOpeners.MatchAt(s, p) > 0 || lx.AddresseeTriggers.MatchAt(s, p) > 0
               || lx.WithTriggers.MatchAt(s, p) > 0 || lx.ReportTriggers.MatchAt(s, p) > 0 || s[p] == '是';
    }

    /// <summary>
    /// Rule OversightVerbOpensNoName: an oversight verb (<see cref="DirectiveLexicon.OversightVerbs"/>: 指导, 组织, 督促,
    /// 引导, 带领…) at <paramref name="p"/> with a unit's first word right after it: a level of local government
    /// (县, 市, 区, 省, 州) or 各 and a body.
    /// </summary>
    public bool OversightVerbBeforeUnit(string t, int p, int end)
    {
        var s = t.AsSpan(0, end);
        int ov = OversightVerbRun(s, p);
        if (ov < 2 || p + ov + 1 >= end) return false;
        int q = p + ov;
        // Only before a name of the levels above the village (县, 市, 区, 省, 州) or 各: "指导村(社区)开展…", "组织所属党支部…"
        // left the clause to the list before it and cost dev figures (r6l-013, r9s-050), so a village or a 所属 body
        // after the verb is left as it was.
        return "县市区省州各".IndexOf(t[q]) >= 0 && (UnitAt(t, q, end, NoDeadlines) is not null || GenericBodyAt(t, q, end, NoDeadlines, addressed: true) > 0);
    }

    /// <summary>deadlineStarts.Contains(q), through the item's mask when it is the item's set (the usual case).</summary>
    static bool StartsDeadline(ISet<int> deadlineStarts, int q) =>
        deadlineStarts is ItemDeadlineStarts item ? item.Holds(q) : deadlineStarts.Contains(q);

    /// <summary>Where a body word before <paramref name="k"/> ends when a bracketed note closes right before k ("幼儿园(含民办)"):
    /// at the note's opening bracket; else k.</summary>
    static int BeforeNote(string t, int p, int k) => t[k - 1] == ')' && t.LastIndexOf('(', k - 1, k - p) is var open && open > p ? open : k;

    /// <summary>
    /// Rule MustByDeadline: "各事业单位、各国有企业务于3月10日前将台账上报…", "请教学单位最晚务于7月5日16:00前完成…": 务于 is
    /// 务必于 written short (must, by), and 最晚 / 最迟 (at the latest) say the same of the date after them; after a subject
    /// they stand as "须于" / "务必于" do (conventions: units are units where a unit stands, before 要 / 须). Only where a
    /// deadline starts right after the 于 / 在 they lead to (最晚 + an optional modal + 于 / 在); "服务于…" keeps 务 inside
    /// its verb, since the unit window never ends between 服 and 务.
    /// </summary>
    static bool MustByDeadline(string t, int e, int end, ISet<int> deadlineStarts)
    {
        int k = e;
        if (k + 1 < end && t[k] == '最' && t[k + 1] is '晚' or '迟')
        {
            k += 2;
            if (k + 1 < end && (t[k] == '务' && t[k + 1] == '必' || t[k] == '必' && t[k + 1] == '须')) k += 2;
            else if (k < end && t[k] is '务' or '须' or '需' or '应' or '要') k++;
            if (k >= end || t[k] is not ('于' or '在')) return false;
        }
        else if (t[k] == '务' && k + 1 < end && t[k + 1] == '于') k++;
        else return false;
        return k + 1 < end && (StartsDeadline(deadlineStarts, k + 1) || StartsDeadline(deadlineStarts, k) || StartsDeadline(deadlineStarts, k - 1));
    }

    /// <summary>What may come right after a unit that is the subject or object of an assignment.</summary>
    public bool ValidFollower(string t, int e, int end, ISet<int> deadlineStarts)
    {
        if (e >= end) return true;
        if (NewsDatelineAt(t, e, end)) return false;
        char c = t[e];
        if (!ChineseText.IsHan(c)) return true;   // punctuation, a digit, a bracket
        if (StartsDeadline(deadlineStarts, e) || NameJoiners.IndexOf(c) >= 0 || c == '等') return true;
        if (MustByDeadline(t, e, end, deadlineStarts)) return true;
        return _followers.MatchAt(t.AsSpan(0, end), e) > 0 || AdverbThenModal(t, e, end) || TopicThenModal(t, e, end) || BetweenThenModal(t, e, end)
            || NoticeReceiptFollows(t, e, end) || PerUnitPhraseEnd(t, e, end) > 0;
    }

    /// <summary>
    /// Rule MannerWordThenVerb: "市级民政部门严密组织评估验收工作", "要求中介单位充分发挥技术优势，…认真核实普查数据": a
    /// two-character word of manner that no list knows (严密, 充分), right before an action verb of the lexicon (组织,
    /// 发挥), stands after a subject as a listed adverb does (认真组织, 及时组织). Only after a name that ends in a body
    /// word of two characters or more (部门, 单位, 办公室), holds no action verb itself and opens with no preposition
    /// ("准确录入本单位", "以县政府办公室名义印发" are no names), and only where the two characters do not go on with the
    /// name (no longer suffix ends inside them) nor hold a grammar word or a suffix. Guards measured on shared eval:
    /// a sentence that reports (了, da-017) and a clause that hands the work on (由, da-022) name no subject here.
    /// </summary>
    bool MannerWordThenVerb(string t, int p, int e, int end)
    {
        if (e + 4 > end || !ChineseText.IsHan(t[e]) || !ChineseText.IsHan(t[e + 1])) return false;
        var s = t.AsSpan(0, end);
        // The cheap tests first (this runs for every candidate name that fails ValidFollower): an action verb right
        // after the two characters, and a body word ending the name.
        if (lx.ActionVerbs.MatchAt(s, e + 2) < 2) return false;
        if (lx.UnitSuffixes.MatchEndingAt(t, e, p + 1) < 2 || "以在对向从为把将经由与就".IndexOf(t[p]) >= 0) return false;
        // The rest of the sentence does not report the work as done (了: "各部门紧密联系工作实际，提出了…"; not 了解, 为了,
        // 除了), and the rest of the clause does not hand it to another body (由: "相关单位设备配备由领导小组提出方案"):
        // else the name is no subject of the verb.
        bool clause = true;
        for (int k = e; k < t.Length && "。；;！!？?\n".IndexOf(t[k]) < 0; k++)
        {
            if (t[k] is '，' or ',') clause = false;
            if (t[k] == '由' && clause) return false;
            if (t[k] == '了' && (k + 1 >= t.Length || t[k + 1] != '解') && t[k - 1] is not ('为' or '除')) return false;
        }
        for (int k = p + 1; k < e - 1; k++)
            if (lx.ActionVerbs.MatchAt(s, k) >= 2) return false;
        if (_stops.MatchAt(s, e) > 0 || _stops.MatchAt(s, e + 1) > 0 || lx.ActionVerbs.MatchAt(s, e) > 0 || lx.UnitSuffixes.MatchAt(s, e) > 0
            || lx.UnitSuffixes.MatchAt(s, e + 1) > 0 || "的和及与、".IndexOf(t[e]) >= 0 || t[e + 1] == '的') return false;
        for (int j = e + 1; j <= e + 2; j++)
            if (lx.UnitSuffixes.MatchEndingAt(t, j, Math.Max(p, e - 3)) > j - e) return false;
        return true;
    }

    /// <summary>
    /// Rule PerUnitPhraseIsNoName: "请各党支部以支部为单位报送…", "各乡镇要以村为单位建立台账", "请以系为单位于…前报送": 以…为单位
    /// says how the work is counted or gathered (per branch, per village), an adverbial of the verb after it. Its 单位 is
    /// no unit suffix, so the phrase is never a unit name nor part of one (conventions: a verb or role word is never part
    /// of a unit name): it ends the name before it and stands after a subject as an adverb does. Returns the index after
    /// 为单位, or 0. Only a short span of Han characters (a bracketed level list allowed: 以市(州、地)为单位) between 以 and 为.
    /// </summary>
    static int PerUnitPhraseEnd(string t, int q, int end)
    {
        if (q >= end || t[q] != '以') return 0;
        int limit = Math.Min(end - 2, q + 12);
        for (int k = q + 2; k < limit; k++)
        {
            char c = t[k];
            if (c == '为' && t[k + 1] == '单' && t[k + 2] == '位') return k + 3;
            if (!ChineseText.IsHan(c) && c is not ('(' or ')' or '、')) return 0;
        }
        return 0;
    }

    /// <summary>
    /// Rule NoticeReceiptFollows: "各单位接此通知后，根据实际情况…", "各地接到本《通知》后，要按要求…", "各院系接到通知之日起开始…":
    /// the body that receives the notice is the one the notice sets to work, so it stands where a subject stands. Only
    /// a receipt word (<see cref="DirectiveLexicon.NoticeReceipts"/>) with 通知 at most two characters after it (本, 《).
    /// </summary>
    bool NoticeReceiptFollows(string t, int e, int end)
    {
        int len = lx.NoticeReceipts.MatchAt(t.AsSpan(0, end), e);
        if (len == 0) return false;
        int k = t.IndexOf("通知", e + len, Math.Min(4, end - e - len), StringComparison.Ordinal);
        return k >= 0;
    }

    /// <summary>
    /// Rule BetweenThenModal: "各部门之间要加强沟通配合", "各部门之间要立足职能、分工协作": bodies, 之间 and a modal right
    /// after it are told to work together: the bodies are the subject (labelled so by r6l-006, ha-098, hb-028), reported
    /// as written without 之间. Not "部门之间的壁垒要…" (之间的: the gap between them is the topic, 的 is no modal).
    /// </summary>
    static bool BetweenThenModal(string t, int e, int end) =>
        e + 3 < end && t[e] == '之' && t[e + 1] == '间' && t[e + 2] is '要' or '须' && t[e + 3] != '求';

    /// <summary>
    /// Rule TopicThenModal: "各责任单位思想认识要再提高，工作责任要再压实": a unit, then the aspect of its work the
    /// requirement is about (two or four characters ending in one of <see cref="DirectiveLexicon.WorkAspects"/>: 思想认识,
    /// 工作措施), then a
    /// modal: the unit is the subject.
    /// Only 要 / 须 right after the topic, not 要求 ("各单位工作要求…" is a noun phrase).
    /// </summary>
    bool TopicThenModal(string t, int e, int end)
    {
        foreach (int n in (ReadOnlySpan<int>)[2, 4])
        {
            int m = e + n;
            if (m + 1 >= end) continue;
            bool han = true;
            for (int k = e; k < m && han; k++) han = ChineseText.IsHan(t[k]) && t[k] is not ('要' or '须' or '应' or '和' or '及' or '与' or '、');
            if (han && t[m] is '要' or '须' && t[m + 1] != '求' && lx.WorkAspects.Contains(t.AsSpan(m - 2, 2))) return true;
        }
        return false;
    }


    /// <summary>
    /// Rule NewsDateline: "红网中方站8月13日讯(记者…)", "县融媒体中心讯": a name followed by 讯 (after the report's date, if any)
    /// is the outlet that carries the news (conventions: the framing of minutes is never a task), not a unit told to act.
    /// </summary>
    static bool NewsDatelineAt(string t, int e, int end)
    {
        int k = e, stop = Math.Min(end, e + 8);
        while (k < stop && (char.IsAsciiDigit(t[k]) || t[k] is '年' or '月' or '日' or ' ')) k++;
        return k < end && t[k] is '讯' or '訊';
    }

    /// <summary>
    /// Rule AdverbThenModalFollows: "各相关单位也要完善督导机制", "各级各部门一定要按照…", "各地仍要继续做好…": 也 / 都 / 均 / 还 / 亦 / 仍 / 一定 / 同样
    /// and a modal after a unit, as a subject is followed. Only before a modal: in "各督查组均要求各街道…" 要求 is the
    /// speaker's verb, and the unit before it is no subject of the work.
    /// </summary>
    static bool AdverbThenModal(string t, int e, int end)
    {
        var s = t.AsSpan(e, end - e);
        int k = s.StartsWith("一定") || s.StartsWith("同样") ? 2 : s.Length > 0 && "也都均还亦仍".IndexOf(s[0]) >= 0 ? 1 : 0;
        if (k == 0 || k >= s.Length) return false;
        s = s[k..];
        if (s[0] == '要') return !s.StartsWith("要求");
        return s[0] is '应' or '须' or '需' || s.StartsWith("必须") || s.StartsWith("务必");
    }

    /// <summary>A role marker in brackets after a unit, "(牵头)" or "(配合)": its length, and whether it marks the lead.</summary>
    public int RoleMarkerAt(string t, int q, int e, out bool isLead)
    {
        isLead = false;
        if (q >= e || t[q] != '(') return 0;
        int close = t.IndexOf(')', q + 1, Math.Min(e, q + 10) - q - 1);
        if (close < 0) return 0;
        var inner = t.AsSpan(q + 1, close - q - 1);
        if (lx.LeadMarkers.Contains(inner)) { isLead = true; return close + 1 - q; }
        return lx.CoMarkers.Contains(inner) ? close + 1 - q : 0;
    }

    /// <summary>After a list, "等", "等部门", "等相关部门" closes it: returns where the list really ends.</summary>
    public static int SkipEtc(string t, int q, int e)
    {
        if (q >= e || t[q] != '等') return q;
        q++;
        foreach (var w in (ReadOnlySpan<string>)["相关部门", "有关部门", "相关单位", "有关单位", "部门", "单位"])
            if (t.AsSpan(q, e - q).StartsWith(w)) return q + w.Length;
        // Rule EtcClosesWithQualifiedBody: "县发改、住建、自然资源等相关职能部门要…", "…生态环境等责任单位要…": 等 and a
        // short qualifier (相关职能, 责任, 有关职能) before 部门 / 单位 close the list as 等部门 does; the qualifier says what
        // kind of body the listed names are (conventions: drop a trailing 等 / 等部门). Han characters only, no 的.
        // "等待上级部门批复": 等 as a verb (等待, 等候, 等到) closes nothing.
        if (q < e && "待候到于".IndexOf(t[q]) >= 0) return q;
        for (int k = q + 2; k <= Math.Min(e - 2, q + 4); k++)
        {
            if (!ChineseText.IsHan(t[k - 1]) || t[k - 1] == '的') break;
            if (t.AsSpan(k).StartsWith("部门") || t.AsSpan(k).StartsWith("单位")) return k + 2;
        }
        return q;
    }
}
