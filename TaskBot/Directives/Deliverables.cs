namespace TaskBot.Directives;

/// <summary>One clause's job within a task: its cleaned phrase, how sure the reader was it names a product
/// (2 = a completion verb's object, 1 = any action's), and whether the clause only says what the job is for (确保…).</summary>
public readonly record struct DeliverablePart(string Text, int Rank, bool Purpose);

/// <summary>
/// What <see cref="Deliverables"/> may ask of the reading of a clause: where the unit name or the deadline phrase that
/// starts at <c>k</c> ends, within <c>e</c>. An interface the reading implements, not two delegates, because the
/// cleaner runs several times per clause and closures over the clause's end were a tenth of the parser's allocations.
/// </summary>
public interface IClauseSpans
{
    /// <summary>Where the unit name starting at <paramref name="k"/> ends, or -1.</summary>
    int UnitEnd(int k, int e);
    /// <summary>Where the deadline phrase starting at <paramref name="k"/> ends, or <paramref name="k"/> when none starts there.</summary>
    int DeadlineEnd(int k, int e);
}

/// <summary>Turns the object of a directive's verb into the short noun phrase a clerk writes in the 台账.</summary>
public static class Deliverables
{
    const int MaxLength = 40;

    /// <param name="spans">Where units and deadline phrases end (both read within <paramref name="e"/> as given):
    /// "报县政府" is where the thing goes, "排查报告" is the thing; "在年底前完成" keeps its date out of the job.</param>
    /// <param name="units">Whether unit names are asked of <paramref name="spans"/> (false: deadlines only).</param>
    public static string? Clean(string original, string t, int s, int e, DirectiveLexicon lx, bool headNoun = true, IClauseSpans? spans = null,
        bool units = true)
    {
        int limit = e;
        var unitSpans = units ? spans : null;
        while (s < e && IsTrim(t[s])) s++;
        while (e > s && IsTrim(t[e - 1])) e--;
        // Rule DeadlineIsNoPart: "确保项目工作在今年年底前全部完成": the date goes in the deadline field; the phrase
        // without it (and its 于 / 在) is the job. A date after 至 / 到 is a measure ("压缩至90个工作日以内"), kept.
        int gapS = -1, gapE = -1;
        string? destination = null;
        if (spans is not null)
            for (int k = s + 1; k < e; k++)
                if (spans.DeadlineEnd(k, limit) is var de0 && de0 > k)
                {
                    int cut = k;
                    while (cut > s && t[cut - 1] is '于' or '在' or '并') cut--;
                    // Only a date that says "by" is the deadline's: "全年目标任务", "定期调度" keep their words.
                    if (t[k - 1] is '至' or '到' || cut == k && t[de0 - 1] is not ('前' or '内' or '底' or '末')) break;
                    if (de0 >= e) { if (cut - s >= 2) e = cut; }
                    else if (cut - s >= 2) { gapS = cut; gapE = de0; }
                    break;
                }
        while (e > s && IsTrim(t[e - 1])) e--;
        // "…政策初稿，包括…" is cut by the clause splitter; a trailing "报县政府" is cut here.
        for (int k = s + 2; k < e; k++)
            if (t[k] is '报' or '提' or '上' or '送' or '向' && lx.ReportTriggers.MatchAt(t.AsSpan(0, e), k) is > 0 and var len
                && lx.NotTriggers.MatchAt(t.AsSpan(0, e), k) < len && (unitSpans is null || unitSpans.UnitEnd(k + len, limit) > k + len))
            {
                if (unitSpans is not null) destination = Destination(original, t, k, e, lx, unitSpans, limit);
                e = k;
                break;
            }
        // What a completion verb yields is the head noun after the last 的: "拿出针对…企业的差异化支持政策初稿" →
        // "差异化支持政策初稿". Other verbs keep their whole phrase: "加大对片区的管控力度".
        int de = t.LastIndexOf('的', e - 1, e - s);
        if (headNoun && de >= s && e - de - 1 >= 2 && !InsideQuote(t, s, de)) s = de + 1;
        for (int guard = 0; guard < 3; guard++)
        {
            int len = lx.DeliverablePrefixes.MatchAt(t.AsSpan(0, e), s);
            if (len == 0 || e - s - len < 2) break;
            s += len;
        }
        int e0 = e;
        for (int guard = 0; guard < 3; guard++)
        {
            int len = lx.DeliverableSuffixes.MatchEndingAt(t, e, s);
            if (len == 0 || e - s - len < 2) break;
            e -= len;
        }
        // Rule TaskKeptAfterBareVerb: "完成建设任务", "完成全部工作任务": a completion verb with 任务 as its only object
        // keeps it; cut, the bare verb (完成建设, 完成全部) says nothing of what is finished.
        if (e < e0 && e - s <= 4 && t.AsSpan(s, e0 - s).EndsWith("任务") && OpensWithCompletionVerb(t, s, e, lx)) e = e0;
        while (s < e && IsTrim(t[s])) s++;
        while (e > s && IsTrim(t[e - 1])) e--;
        if (e - s < 2) return null;
        string phrase;
        if (gapS >= s && gapE <= e)
        {
            // Spliced: the parts before and after the date, read as one phrase.
            phrase = string.Concat(original.AsSpan(s, gapS - s), original.AsSpan(gapE, e - gapE));
            if (phrase.Length > MaxLength) phrase = phrase[..MaxLength];
        }
        else
        {
            if (e - s > MaxLength) e = ClauseBoundaryBefore(t, s, s + MaxLength);
            phrase = original.Substring(s, e - s);
        }
        return destination is null ? phrase : phrase + "(" + destination + ")";
    }

    /// <summary>"完成建设", "完成全部": a completion verb opens what is left; 明确 / 分解 + 任务 stay a manner, cut.</summary>
    static bool OpensWithCompletionVerb(string t, int s, int e, DirectiveLexicon lx) => lx.CompletionVerbs.MatchAt(t.AsSpan(0, e), s) > 0;

    /// <summary>A task's phrase joins its jobs up to this length: the 台账's column holds a line, not a paragraph.</summary>
    const int JoinBudget = 30;

    /// <summary>
    /// The clerk's phrase for a task from its clauses' jobs, by these rules (each tested in DeliverableRuleTests):
    /// <list type="bullet">
    /// <item>EveryJobJoined: each job the task's clauses name, in text order, joined with "," (as the 台账 writes) within
    /// <see cref="JoinBudget"/> ("组建验收专班,启动自行验收").</item>
    /// <item>PurposeIsNoJob: a purpose clause ("确保顺利开展") counts only when it names a target to reach
    /// ("确保完成年度目标任务": a completion verb's object) or when the task names nothing else.</item>
    /// <item>ExhortationIsNoJob: a clause whose whole job is an exhortation ("狠抓落实", "形成工作合力") is left out.</item>
    /// <item>ElaborationIsNoJob: "制订工作方案，明确时间节点、责任人": the 明确 clause spells out the product named
    /// before it, so the product alone is the job.</item>
    /// </list>
    /// </summary>
    public static string? Compose(IReadOnlyList<DeliverablePart> parts, string? fallback, DirectiveLexicon lx)
    {
        if (parts.Count == 0) return fallback;
        var texts = new string?[parts.Count];
        var effects = new string?[parts.Count];
        bool product = false, namedJob = false;
        for (int i = 0; i < parts.Count; i++)
        {
            var p = parts[i];
            var text = WithoutLeadingExhortations(p.Text, lx);
            bool job = text.Length >= 2 && (!p.Purpose || p.Rank == 2) && !IsExhortation(text, lx) && !IsFragment(text, lx) && !IsFrame(text, lx)
                       && !(product && p.Rank == 1 && lx.DeliverableElaborations.MatchAt(text, 0) > 0);
            if (p.Rank == 2 && !p.Purpose) product = true;
            if (job && i > 0 && IsEffect(text, lx)) { effects[i] = text; continue; }
            if (job)
            {
                // Decided on the whole words (an exhortation stays one); a job keeps only the work after its support verb.
                text = WithoutSupportVerb(text, lx);
                texts[i] = text;
                if (text.Length >= 3) namedJob = true;
            }
        }
        // EffectIsNoJob: the effect is left out only beside a job that names something ("加强宣传" → 宣传 says too
        // little: the effect after it stays).
        if (!namedJob)
            for (int i = 0; i < parts.Count; i++) texts[i] ??= effects[i];
        // Rule ProductsFirst: when the jobs do not all fit, what is to be made or reached (a completion verb's object)
        // is kept before what is only to be pushed on; the kept ones are written in text order.
        var chosen = new bool[parts.Count];
        int length = 0, count = 0;
        // Clauses that name no verb of the lexicon (rank 0) are the job only when no clause names one.
        for (int pass = 2; pass >= 0 && !(pass == 0 && count > 0); pass--)
            for (int i = 0; i < parts.Count; i++)
            {
                if (texts[i] is not { } text || parts[i].Rank != pass || chosen[i]) continue;
                if (count > 0 && (text.Length < 3 || length + text.Length >= JoinBudget)) continue;
                chosen[i] = true;
                length += text.Length + 1;
                count++;
            }
        string? so = null;
        for (int i = 0; i < parts.Count; i++)
        {
            if (!chosen[i]) continue;
            var text = texts[i]!;
            if (so is null || so.Length < 3 || text.StartsWith(so, StringComparison.Ordinal)) so = text;
            else if (!so.Contains(text)) so = so + "," + text;
        }
        // Only purposes and exhortations: the first of them says what the task is about, better than nothing.
        return so ?? parts[0].Text;
    }

    /// <summary>
    /// Rule FragmentIsNoJob: "确定的目标任务" (the verb only qualifies a noun: 《报告》确定的目标任务), "的责任事项…"
    /// (a phrase cut inside a 的-phrase), and "完成时限、分管领导" / "时限、…" (完成 made a noun by 时限: what the
    /// product must state, not a 完成 to do) are pieces of a noun phrase, not a job.
    /// </summary>
    static bool IsFragment(string text, DirectiveLexicon lx)
    {
        if (text[0] == '的' || lx.NominalHeads.MatchAt(text, 0) > 0) return true;
        // "落实、干到位”的理念": a phrase that starts inside a quotation.
        int close = text.IndexOf('”');
        if (close >= 0 && text.LastIndexOf('“', close) < 0) return true;
        int v = lx.ActionVerbs.MatchAt(text, 0);
        return v > 0 && v < text.Length && (text[v] == '的' || lx.NominalHeads.MatchAt(text, v) > 0);
    }

    /// <summary>
    /// Rule EffectIsNoJob: "做好排水设施，减少内涝积水对群众生产生活的影响", "做好教育创强宣传，形成良好的创建氛围": a clause that
    /// opens with an effect verb (deliverableTrim.effectOpeners) and ends in an effect (effectHeads: 态势, 局面, 意识,
    /// 安全, 影响…) says what the job is for, as 确保… does; the job is the clause beside it. Alone in its task it is still
    /// the task's phrase (Compose falls back to the first part); a job that only holds the words ("形成问题清单",
    /// "提高补助标准") is none: both ends must be there.
    /// </summary>
    static bool IsEffect(string text, DirectiveLexicon lx) =>
        lx.EffectOpeners.MatchAt(text, 0) is var open && open > 0 && lx.EffectHeads.MatchEndingAt(text, text.Length, open) is var head
        && head > 0 && text.Length - open - head >= 1;

    /// <summary>
    /// Rule ExhortationIsNoJob, within a clause: "提高站位、压实责任、细化举措，实施疫情分区分类防控管理" lists attitudes
    /// before the job; each listed attitude (followed by 、 or ，) is dropped, the job stays.
    /// </summary>
    static string WithoutLeadingExhortations(string text, DirectiveLexicon lx)
    {
        int s = 0;
        for (int guard = 0; guard < 4 && s < text.Length; guard++)
        {
            int len = Math.Max(lx.DeliverableExhortations.MatchAt(text, s), lx.AttitudePhrases.MatchAt(text, s));
            if (len == 0 || s + len < text.Length && text[s + len] is not ('、' or '，' or ',')) break;
            s += len + 1;
        }
        return s >= text.Length ? "" : text[s..];
    }

    /// <summary>
    /// Rule SupportVerbIsNoPart: "聚焦城市民生短板弱项", "聚焦重大项目谋划储备": 聚焦 (deliverableTrim.supportVerbs) only
    /// says where the units are to look; the 台账 writes what is looked at. Decided after the job tests, so that a whole
    /// exhortation stays one. Kept when fewer than three characters would be left ("聚焦重点"), and before a list mark.
    /// </summary>
    static string WithoutSupportVerb(string text, DirectiveLexicon lx)
    {
        int len = lx.SupportVerbs.MatchAt(text, 0);
        if (len == 0 || text.Length - len < 3 || text[len] is '、' or '，' or ',' or '的') return text;
        return text[len..];
    }

    /// <summary>
    /// Rule FrameIsNoJob: "落实市委、市政府决策部署", "落实省防控指挥部3号令的要求": a phrase that ends in whose orders it
    /// follows names the frame of the work, not the work; so does "在…任务分解的基础上" (what the work builds on, not the
    /// work); the clause beside it ("实施最严格的防范措施") is the job. Alone,
    /// it still says what the task is about (Compose falls back to the first part).
    /// </summary>
    static bool IsFrame(string text, DirectiveLexicon lx) =>
        lx.FrameEndings.MatchEndingAt(text, text.Length, 0) is var len && len > 0 && text.Length - len >= 2;

    /// <summary>The whole phrase is an exhortation; a job that merely contains one ("落实责任清单编制") is not.</summary>
    static bool IsExhortation(string text, DirectiveLexicon lx)
    {
        int n = text.Length;
        if (lx.AttitudePhrases.MatchAt(text, 0) == n) return true;
        return lx.DeliverableExhortations.MatchEndingAt(text, n, 0) is var len && len > 0 && n - len <= 2 && lx.DeliverableExhortations.MatchAt(text, n - len) == len;
    }

    /// <summary>
    /// Rule ReportedToNoted: "将工作方案报区人民政府办公室" → 工作方案(报区人民政府办公室): where the product goes is no part
    /// of the phrase, and no unit of the task, but the 台账 notes it after the product, as the clerk does. The trigger
    /// (报 / 报送 / 上报 / 提交…) and the units named after it (A、B和C); "向县政府报告" is left as it is.
    /// </summary>
    /// <param name="unitLimit">The end units are read within (the caller's clause end).</param>
    public static string? Destination(string original, string t, int k, int e, DirectiveLexicon lx, IClauseSpans spans, int unitLimit)
    {
        int len = lx.ReportTriggers.MatchAt(t.AsSpan(0, e), k);
        if (len == 0 || t[k] == '向' || lx.NotTriggers.MatchAt(t.AsSpan(0, e), k) >= len) return null;
        int q = k + len;
        if (q < e && t[q] is '至' or '到' or '给') q++;
        int end = spans.UnitEnd(q, unitLimit);
        if (end <= q) return null;
        for (int guard = 0; guard < 4 && end < e; guard++)
        {
            int next = end + (t[end] is '、' or '和' or '及' ? 1 : 0);
            if (next == end || spans.UnitEnd(next, unitLimit) is var more && more <= next) break;
            end = more;
        }
        return original.Substring(k, Math.Min(end, e) - k);
    }

    /// <summary>Rule LongJobEndsAtAClause: a phrase too long for the 台账 keeps its whole first clauses, not half a word.</summary>
    static int ClauseBoundaryBefore(string t, int s, int limit)
    {
        for (int k = limit; k > s + MaxLength / 2; k--)
            if (t[k - 1] is ',' or ';' or '、') return k - 1;
        return limit;
    }

    // A flattened table's cell separator ("提交论文初稿 |") is never part of what is produced.
    static bool IsTrim(char c) => ChineseText.IsSpace(c) || c is ',' or ';' or ':' or '。' or '、' or '.' or '!' or '?' or '|';

    static bool InsideQuote(string t, int s, int k)
    {
        int open = t.LastIndexOf('“', k, k - s + 1);
        return open >= 0 && t.IndexOf('”', open, k - open) < 0;
    }
}
