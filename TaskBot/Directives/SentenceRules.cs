namespace TaskBot.Directives;

/// <summary>One sentence of folded text, with the questions the non-directive rules ask of it.</summary>
public sealed class SentenceView(string text, int start, int end, DirectiveLexicon lx, IReadOnlySet<int>? deadlineStarts = null, bool inDecisions = false,
    string? after = null, int itemEnd = -1, int itemStart = -1, Func<int, bool>? pastAt = null,
    Func<int, bool>? dueAt = null, Func<int, int, int>? unitEndAt = null)
{
    /// <summary>
    /// What the sentence before it, in the same item, was set aside as, where the next one may go on with it
    /// (<see cref="SentenceRules.ContinuedKind"/>: "Procedure", "Report", "Notice"), else null.
    /// </summary>
    public string? After => after;

    /// <summary>The sentence before it, in the same item, set out a standing procedure.</summary>
    public bool InProcedure => after == "Procedure";

    /// <summary>The sentence stands after "会议议定：" in minutes: what it states is decided, declarative or not.</summary>
    public bool InDecisions => inDecisions;

    public int Start => start;
    public int End => end;
    public ReadOnlySpan<char> Span => text.AsSpan(start, end - start);
    public DirectiveLexicon Lexicon => lx;

    /// <summary>Where the words start: after spaces and an opener such as 一是, 同时.</summary>
    public int ContentStart => _contentStart >= 0 ? _contentStart : _contentStart = ScanContentStart();

    // Asked by most rules and by the cue scan at every cue character: found once per sentence.
    int _contentStart = -1;

    int ScanContentStart()
    {
        int p = start;
        while (p < end && (ChineseText.IsSpace(text[p]) || text[p] is ',' or ':' or '、')) p++;
        return p;
    }

    public bool Contains(PhraseSet words) => words.OccursIn(Span);

    /// <summary>
    /// <see cref="ContentStart"/> past a short clause opener and the comma after it ("同时，", "此外"): where an opening
    /// such as 该县…, 截至…, 这是… or a news opener stands.
    /// </summary>
    int StartAfterOpener()
    {
        int p = ContentStart;
        int opener = lx.ClauseOpeners.MatchAt(text.AsSpan(0, end), p);
        if (opener > 0 && opener <= 2) { p += opener; while (p < end && text[p] is ' ' or ',') p++; }
        return p;
    }

    /// <summary>
    /// Rule Findings' marker, only where it reports what was found ("督查中发现，…", "进展缓慢"). 发现 that is itself
    /// a duty, to detect and deal with ("火情早发现、早处置", "及时发现并处置问题", "发现和消除管网漏点隐患"), or the 发现 of
    /// "滥发现象" (现象 is the word), reports nothing.
    /// </summary>
    public bool ReportsFinding()
    {
        var words = lx.FindingMarkers;
        for (int i = start; i < end; i++)
        {
            int len = words.MatchAt(text.AsSpan(0, end), i);
            if (len == 0) continue;
            if (text.AsSpan(i, len) is "发现")
            {
                bool duty = i > start && text[i - 1] is '早' || i - 2 >= start && text.AsSpan(i - 2, 2) is "及时" or "随时"
                            || i + len < end && text[i + len] is '和' or '并' or '、';
                bool phenomenon = i + len < end && text[i + len] == '象';
                if (duty || phenomenon || FoundThingIsTopic(i, len)) continue;
            }
            return true;
        }
        return false;
    }

    /// <summary>
    /// 发现的X opening its clause as what the clause then acts on ("对检查中发现的问题,落实整改责任", "针对检查发现的问题,
    /// 抓好整改", "及时将新发现的隐患点纳入预案"): the found things are the topic of an order, not a finding reported. An
    /// agent before 对 ("督导组对发现的问题建立台账") or a joiner ("并对发现的…进行处理") makes it a narrative again.
    /// </summary>
    bool FoundThingIsTopic(int i, int len)
    {
        if (i + len >= end || text[i + len] != '的') return false;
        int c = ClauseStart(i);
        while (c < i && ChineseText.IsSpace(text[c])) c++;
        if (c + 2 <= i && text.AsSpan(c, 2) is "及时") c += 2;
        return text[c] is '对' or '将' || c + 2 <= i && text.AsSpan(c, 2) is "针对";
    }

    public bool OpensWith(PhraseSet words, int within = 0)
    {
        int p = ContentStart;
        for (int k = p; k <= Math.Min(end - 1, p + within); k++)
            if (words.MatchAt(text.AsSpan(0, end), k) > 0) return true;
        return false;
    }

    /// <summary>
    /// A header line of minutes: "出席：…", "列席 县发改局…", "时间：12月1日". Minutes often space out a short label
    /// ("时  间：", "主　持："), so spaces between its characters are read through.
    /// </summary>
    public bool OpensWithLabel(PhraseSet labels)
    {
        int p = ContentStart;
        int len = labels.MatchAt(text.AsSpan(0, end), p);
        if (len > 0) return p + len < end && text[p + len] is ':' or ' ' or '\t';
        if (p + 1 >= end || text[p + 1] != ' ') return false;
        foreach (var w in labels.Words)
        {
            int q = p, i = 0;
            for (; i < w.Length && q < end && text[q] == w[i]; i++)
            {
                q++;
                if (i + 1 < w.Length) while (q < end && text[q] == ' ') q++;
            }
            while (i == w.Length && q < end && text[q] == ' ') q++;
            if (i == w.Length && q < end && text[q] == ':') return true;
        }
        return false;
    }

    /// <summary>
    /// "为全面贯彻落实…，现就…制定分工方案如下。": a preamble that opens with its purpose or basis (为, 按照, 根据) and
    /// ends by announcing what follows (如下, 特制定本方案): the document describing itself.
    /// </summary>
    public bool IsPurposePreamble()
    {
        if (!OpensWith(lx.PreambleOpeners)) return false;
        int b = end;
        while (b > start && text[b - 1] is ' ' or '。' or ':') b--;
        return lx.PreambleEndings.MatchEndingAt(text, b, start) > 0;
    }

    /// <summary>
    /// "(一)每周调度工作制度", "一是专题会议制度": a short line that only names a system (ends in 制度 / 机制, opens
    /// with no verb) is the title of the description after it. "建立例会制度" opens with a verb: an order.
    /// </summary>
    public bool IsSystemTitle()
    {
        int b = end;
        while (b > start && text[b - 1] is ' ' or '。') b--;
        // 制度, 机制, or a name in 制 (河长制, 签到制).
        if (b - start > 24 || b - start < 4 || !(text[b - 1] == '制' || text[b - 2] == '制' && text[b - 1] == '度')) return false;
        int p = ContentStart;
        // Past the item's number: "(一)", "1.", "一是".
        if (p < b && text[p] == '(') { int close = text.IndexOf(')', p, b - p); if (close > 0) p = close + 1; }
        while (p < b && (char.IsAsciiDigit(text[p]) || text[p] is '.' or '、' or ' ')) p++;
        int opener = lx.ClauseOpeners.MatchAt(text.AsSpan(0, b), p);
        if (opener > 0 && opener <= 2) p += opener;
        return lx.ImperativeOpeners.MatchAt(text.AsSpan(0, b), p) == 0 && lx.ActionVerbs.MatchAt(text.AsSpan(0, b), p) == 0
               && lx.Adverbs.MatchAt(text.AsSpan(0, b), p) == 0;
    }

    /// <summary>
    /// "一是建立“一把手”例会制度。由管委会主任负责召集，…原则上两个月召开一次。": a short line, a verb and the name of a
    /// system (制度 / 机制), with no unit and no comma, followed in its item by sentences that only tell how the system
    /// works (nobody is told to do anything: no 要 / 请 / 务必 / 责成, no date): the heading of a description, as
    /// <see cref="IsSystemTitle"/> with the verb. Alone ("完善企业上市协调机制。") or followed by an order it is the order.
    /// </summary>
    public bool IsSystemHeading()
    {
        if (itemEnd <= end + 1 || !IsSystemHeadingLine()) return false;
        for (int k = end; k < itemEnd; k++)
        {
            if (ModalAt(text, k, itemEnd, lx) > 0 && text[k] is '要' or '请' or '务' or '责') return false;
            if (DatedAt(k, itemEnd)) return false;
        }
        return true;
    }

    bool IsSystemHeadingLine()
    {
        int b = end;
        while (b > start && text[b - 1] is ' ' or '。') b--;
        if (b - start > 24 || b - start < 6 || text[b - 2] is not ('制' or '机') || text[b - 1] is not ('度' or '制')) return false;
        if (text[b - 2] == '机' != (text[b - 1] == '制')) return false;
        int p = ContentStart;
        if (p < b && text[p] == '(') { int close = text.IndexOf(')', p, b - p); if (close > 0) p = close + 1; }
        while (p < b && (char.IsAsciiDigit(text[p]) || text[p] is '.' or '、' or ' ')) p++;
        int opener = lx.ClauseOpeners.MatchAt(text.AsSpan(0, b), p);
        if (opener > 0 && opener <= 2) p += opener;
        for (int k = p; k < b; k++) if (text[k] is ',' or ';' or ':') return false;
        // The line must open with the verb: "县政府建立例会制度" names who acts.
        return lx.ImperativeOpeners.MatchAt(text.AsSpan(0, b), p) > 0;
    }

    /// <summary>
    /// "第五条 议题每个月报送一次。议题主办单位在每个月20日之前，将…报送市政府办公厅。": the item is an article of a
    /// regulation (第 + a numeral + 条, then a space or a colon): whatever it says it says to whoever holds the role, every
    /// time, a standing rule. "第一条道路由县交通运输局负责…" (no space: 条 counts roads) is no article. Twentieth round: a
    /// named unit's calendar recurrence in the article ("议题主办单位在每个月20日之前…报送") is a recurring task
    /// (<see cref="CalendarDutyOfNamedUnit"/>, label line r20-roles 2).
    /// </summary>
    public bool InRegulationArticle()
    {
        if (itemStart < 0) return false;
        int p = itemStart;
        while (p < end && ChineseText.IsSpace(text[p])) p++;
        return p + 3 < end && ChineseText.ArticleLabelEnd(text, p, end) > 0;
    }

    /// <summary>
    /// Twentieth round, rule CalendarDutyOfNamedUnit (label lines r20-roles 2 and 3; owner nb-051 于每年9月10日前, gt24-02
    /// 每季度汇总…向县政府报告, da-066 每月): "第五条 …议题主办单位在每个月20日之前,将…议题报送市政府办公厅", "人大常委会办公厅负责
    /// 汇总…,应当在每年的一月二十日前提出…年度计划草案", "温泉镇根据…,定于每月5日前和每季度最后一个月23日前,对全镇…进行月评价":
    /// a named unit opens the sentence (after an article label 第N条 or a list number; the unit grammar reads it, and a
    /// person or group of people is no unit: PeopleCut) and a later deadline phrase is a calendar recurrence (每 … with
    /// a calendar point: a day 5日 / 20号, a month end 6月底, a part of a month 下旬, a weekday 每周五; or 次年N月): the unit's
    /// recurring duty, a task, even in a regulation's article or the writer's own schedule. Not: a frequency with no
    /// calendar point (每月巡河至少1次, 每个月报送一次), no unit opening the sentence (原则上每季度末20日召开例会, 调查标准时点为
    /// 每月10日), a person (需汇报工作的人员…每周二…上报), a meeting rhythm (召开 or 例会 in the recurrence's clause), and
    /// the limits counted from each case (收到…后N日内: no 每, rules RecurringEventLimit, RuleRegisterTimeLimit …).
    /// Read only by the rules that set aside a whole article or schedule (RegulationArticle, ScheduledOwnEvent) and by
    /// ProcedureItemAsksNothing; the rules of the per-case limits and of narrative (SystemRoutine: 该县还推行…月报告制度) are untouched.
    /// </summary>
    public bool CalendarDutyOfNamedUnit() => _calendarDuty ??= ScanCalendarDutyOfNamedUnit();

    bool? _calendarDuty;

    bool ScanCalendarDutyOfNamedUnit()
    {
        if (unitEndAt is null || deadlineStarts is null) return false;
        for (int k = start; k < end; k++)
        {
            if (!DatedAt(k, end) || !CalendarRecurrenceAt(k, out int at)) continue;
            int c = ClauseStart(at);
            int e = at;
            while (e < end && text[e] is not (',' or ';' or '。' or ':')) e++;
            var clause = text.AsSpan(c, e - c);
            if (clause.IndexOf("召开", StringComparison.Ordinal) >= 0 || clause.IndexOf("例会", StringComparison.Ordinal) >= 0) continue;
            // The subject: the nearest clause, this one or one before it in the sentence, that opens with a named unit.
            for (int cs = c; ; cs = ClauseStart(cs - 1))
            {
                if (OpensWithNamedUnit(cs)) return true;
                if (cs <= start) break;
            }
        }
        return false;
    }

    /// <summary>
    /// The clause at <paramref name="cs"/> opens (after an article label 第N条 or a list number) with a unit the grammar
    /// reads where a subject stands, not a person (<see cref="unitEndAt"/>).
    /// </summary>
    bool OpensWithNamedUnit(int cs)
    {
        int p = cs;
        while (p < end && (ChineseText.IsSpace(text[p]) || text[p] is ',' or ':' or ';' or '、')) p++;
        if (ChineseText.ArticleLabelEnd(text, p, end) is > 0 and var label) p = label;
        while (p < end && (char.IsAsciiDigit(text[p]) || text[p] is '.' or '、' or ' ' or '\t' or '\u3000')) p++;
        // Within its own clause, as the clause reader reads a subject.
        int ce = ClauseEndFrom(p);
        return ce > p && unitEndAt!(p, ce) > p;
    }

    /// <summary>
    /// The deadline phrase at <paramref name="k"/> (past 于 / 在 / 应当 …) is a calendar recurrence: 每 and, before the
    /// clause ends, a calendar point (a numbered day 日 / 号, a numbered month's end 月底 / 月末, 上旬 / 中旬 / 下旬, or a weekday
    /// straight after 每周 / 每星期); or 次年 and a numbered month. <paramref name="at"/>: where 每 / 次 stands.
    /// </summary>
    bool CalendarRecurrenceAt(int k, out int at)
    {
        int q = k;
        while (q < end && q < k + 3 && text[q] is '应' or '当' or '须' or '需' or '于' or '在') q++;
        at = q;
        if (q + 2 >= end) return false;
        if (text[q] == '次' && text[q + 1] == '年')
        {
            int m = q + 2;
            if (m < end && text[m] == '的') m++;
            int n = m;
            while (n < end && ChineseText.IsNumeral(text[n])) n++;
            return n > m && n < end && text[n] == '月';
        }
        if (text[q] != '每') return false;
        if (q + 2 < end && text[q + 1] is '周' or '期' && "一二三四五六日天1234567".Contains(text[q + 2])) return true;
        if (q + 3 < end && text.AsSpan(q + 1, 2) is "星期" or "个周" && "一二三四五六日天1234567".Contains(text[q + 3])) return true;
        for (int j = q + 2; j < Math.Min(end, q + 16); j++)
        {
            if (text[j] is ',' or ';' or '。' or ':') break;
            if (text[j] is '日' or '号' && ChineseText.IsNumeral(text[j - 1])) return true;
            if (text[j] is '底' or '末' && text[j - 1] == '月' && j >= 2 && ChineseText.IsNumeral(text[j - 2])) return true;
            if (text[j] == '旬' && text[j - 1] is '上' or '中' or '下') return true;
        }
        return false;
    }

    /// <summary>
    /// "每月15日前", "每周一": the sentence has a dated time and every one it has recurs (its phrase opens with 每).
    /// </summary>
    public bool HasOnlyRecurringDeadlines()
    {
        if (deadlineStarts is null) return false;
        bool any = false;
        for (int k = start; k < end; k++)
        {
            if (!DatedAt(k, end)) continue;
            if (text[k] != '每') return false;
            any = true;
        }
        return any;
    }

    /// <summary>
    /// "2018年7月30日市人大常委会会议后，市审计局及时向…出具整改任务清单", "7月30日上午召开会议通报…结果": the sentence
    /// dates something, and every dated time in it is over at the reference (the meeting or message date, known): like
    /// 了, the time says the event has happened. A date still to come ("12月20日前完成") or one that cannot be resolved
    /// (no reference) makes no report.
    /// </summary>
    public bool HasOnlyPastDates()
    {
        if (deadlineStarts is null || pastAt is null) return false;
        bool any = false;
        for (int k = start; k < end; k++)
        {
            if (!DatedAt(k, end)) continue;
            if (!pastAt(k)) return false;
            any = true;
        }
        return any;
    }

    /// <summary>
    /// Twelfth round, rule RateStated: "按期办结率为100%", "巡河率为99.4%", "孕产妇死亡率为0": a rate joined to its figure by
    /// a copula (<see cref="DirectiveLexicon.RateCopulas"/>) is a figure read off, a statistic. A target is reached (达到,
    /// 达, 提高到) or bounded: "知晓率为90%以上" (以上 / 以下 / 以内 after the figure) is not read here.
    /// </summary>
    public bool StatesRate()
    {
        var s = text.AsSpan(0, end);
        for (int k = start; (k = lx.RateCopulas.NextMatch(s, k, out int len)) >= 0 && k + 2 < end; k++)
        {
            if (k + len >= end) continue;
            int j = k + len;
            if (!char.IsAsciiDigit(text[j]) && text[j] != '零') continue;
            while (j < end && (char.IsAsciiDigit(text[j]) || text[j] is '.' or '%' or '‰' or '零')) j++;
            if (j + 1 < end && text[j] == '以' && text[j + 1] is '上' or '下' or '内') continue;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Twelfth round, rule ScheduledOwnEvent: "定于“五一”节前后对全校教学秩序组织集中检查", "全镇春季农业生产工作定于4月20日全面
    /// 完成…", "温泉镇…定于每月5日前和每季度最后一个月23日前，对全镇…进行月评价": the writer, or the body it reports on, fixes
    /// the time of its own event or work (<see cref="DirectiveLexicon.ScheduleMarkers"/> going straight on to a time: a
    /// figure, a quoted festival, 每, 近期, 本/下/今/明, a deadline phrase). Nobody is handed anything unless something is
    /// asked besides the requirement the sentence complies with (<see cref="HasAskBesidesCompliance"/>). As with
    /// <see cref="BodyDecidesItself"/>, only a schedule that closes its item: one followed in its item by more ("我局决定于
    /// 9月27日至10月8日启动监测日报制度。样本企业于每日12点前报送…") opens the arrangements that hand the work over; and
    /// 决定于 is that rule's decision, not read here.
    /// </summary>
    public bool SchedulesOwnEvent()
    {
        for (int k = end; k < itemEnd; k++)
            if (!ChineseText.IsSpace(text[k]) && text[k] is not ('。' or ';' or '!')) return false;
        var s = text.AsSpan(0, end);
        for (int k = start; (k = lx.ScheduleMarkers.NextMatch(s, k, out int len)) >= 0 && k + 1 < end; k++)
        {
            if (k + len >= end || k > start && text[k - 1] == '决') continue;
            char n = text[k + len];
            if (char.IsAsciiDigit(n) || n is '“' or '"' or '每' or '近' or '本' or '下' or '今' or '明' || DatedAt(k + len, end)) return true;
        }
        return false;
    }

    /// <summary>
    /// Anything asked (<see cref="ModalAt"/>) other than a 要求 that the clause complies with (根据 / 按照 / 依照 / 依据 …
    /// earlier in the same clause, however long the document title between): "温泉镇根据《…指导意见》和上级部门要求，…"
    /// cites why the body acts, it asks nobody.
    /// </summary>
    public bool HasAskBesidesCompliance()
    {
        for (int k = start; k < end; k++)
        {
            int len = ModalAt(text, k, end, lx);
            if (len == 0 || AsksNothingHere(k, len)) continue;
            if (len == 2 && text[k] == '要' && text[k + 1] == '求' && ClauseCitesBasis(k)) continue;
            return true;
        }
        return false;
    }

    /// <summary>根据 / 按照 / 依照 / 依据 stands earlier in the clause of k (back to the last , ; : 。).</summary>
    bool ClauseCitesBasis(int k)
    {
        for (int j = k - 1; j > start && text[j] is not (',' or ';' or ':' or '。'); j--)
        {
            char a = text[j - 1], b = text[j];
            if (b == '照' && a is '按' or '依' || b == '据' && a is '根' or '依') return true;
        }
        return false;
    }

    /// <summary>
    /// Twelfth round, rule EncouragementOnly: "鼓励企业、科研院所…以联合体方式申报", "鼓励各单位结合带薪年休假等制度落实，安排
    /// 职工在除夕休息": the sentence opens by encouraging (<see cref="DirectiveLexicon.EncouragementOpeners"/>): it invites
    /// whoever wishes, it hands nobody a job. 鼓励 inside a sentence ("各镇要加大宣传力度，鼓励引导村民复耕复种") is one more
    /// thing the unit is asked to do, and is not read here.
    /// </summary>
    public bool OpensWithEncouragement() => lx.EncouragementOpeners.MatchAt(text.AsSpan(0, end), ContentStart) > 0;

    /// <summary>
    /// Twenty-fourth round, rule PledgeReported: "被巡察党组织主要负责人表示，…被巡察党组织将全盘认领反馈问题…", "会后，各位党员、
    /// 居民志愿者们纷纷表示，要再接再厉…": the sentence reports what someone said in reply (<see
    /// cref="DirectiveLexicon.PledgeVerbs"/> closing its first or second clause, the speaker before it): a pledge or a
    /// view, told. By position only: 表示 must close its clause (表示感谢, 表示祝贺 are no report of speech). A leader's
    /// 表示 that asks ("吴炜炜表示，要加大征迁力度，相关镇街要…") hands the work over and is not read here, unless the
    /// speakers are a crowd (纷纷表示): the audience's own resolve, whatever modal it holds.
    /// </summary>
    public bool ReportsPledge()
    {
        var s = text.AsSpan(0, end);
        int clauses = 0;
        for (int k = ContentStart; k < end; k++)
        {
            char c = text[k];
            if (c is ',' or ';' or ':') { if (++clauses >= 2) return false; continue; }
            int len = lx.PledgeVerbs.MatchAt(s, k);
            if (len == 0 || k + len >= end || text[k + len] is not (',' or ':')) continue;
            // Nothing before the verb may ask: "县长要求各乡镇表示…" is no report of a reply.
            for (int j = ContentStart; j < k; j++) if (ModalAt(text, j, k, lx) > 0) return false;
            bool crowd = k - 2 >= ContentStart && text[k - 2] == '纷' && text[k - 1] == '纷';
            return crowd || !HasAsk();
        }
        return false;
    }

    /// <summary>
    /// Rule cumulative_target, the sentence's side: "到2027年，累计完成15台(套)左右老旧化工装置更新替代": every statistics
    /// word of the sentence is a 累计 word that follows a target it counts up to (a deadline phrase opened by 到, not yet
    /// past), with no 已 in the sentence: the figure is the target's, not a report (see ClauseReader.CountsUpToATarget).
    /// </summary>
    public bool CountsUpToATarget()
    {
        if (deadlineStarts is null || Span.IndexOf('已') >= 0) return false;
        int first = -1;
        for (int k = start; (k = lx.StatisticsMarkers.NextMatch(text.AsSpan(0, end), k, out _)) >= 0; k++)
        {
            if (text[k] != '累' || k + 1 >= end || text[k + 1] != '计') return false;
            if (first < 0) first = k;
        }
        if (first < 0) return false;
        for (int k = start; k < first; k++)
            if (text[k] == '到' && DatedAt(k, end) && (dueAt?.Invoke(k) ?? false)) return true;
        return false;
    }

    /// <summary>
    /// Ninth round, rule MeetingRule: "全局会议由行政办公室负责承办", "会议通知应明确会议时间、地点…", "每次会议召开后，由办公室
    /// 负责整理会议纪要", "联席会议根据工作需要不定期召开会议": the sentence's subject is a kind of meeting (or its notice, its
    /// minutes, the time before or after every meeting), and what follows it says how such meetings are run (由 whom, 应,
    /// 原则上, 实行, 分为, 根据工作需要 …): a standing procedural rule of a meeting system (conventions: "standing procedural
    /// rules"), whoever holds the role, every time. A meeting that speaks ("会议要求…", "会议议定…") or reports ("会议听取…")
    /// is not its subject that way; 会议室 is a place and 联席会议办公室 a unit. A short line that only names the meeting's
    /// part ("会议组织") is the heading of such rules.
    /// </summary>
    public bool OpensWithMeetingRule()
    {
        int p = ContentStart;
        // A short label first: "议题确定:会议前一周，…".
        for (int k = p; k < Math.Min(end, p + 7); k++)
        {
            if (text[k] is ':' or '：') { p = k + 1; break; }
            if (!ChineseText.IsHan(text[k])) break;
        }
        // The kind of meeting: a short run of Han characters ending in 会议 / 例会 ("全局会议", "主任办公会议", "每次会议").
        for (int k = p + 1; k < Math.Min(end, p + 9); k++)
        {
            if (!ChineseText.IsHan(text[k - 1])) return false;
            bool meeting = text[k - 1] == '会' && text[k] == '议' || text[k - 1] == '例' && text[k] == '会';
            if (!meeting) continue;
            int q = k + 1;
            // A heading that opens with 会议 and names its part: "会议组织", "会议纪律" ("每月一例会" names a system).
            if (k == p + 1 && end - p <= 6 && !text.AsSpan(p, end - p).ContainsAny(",，:：")) return true;
            if (q < end && text[q] is '室' or '厅') return false;
            // 会议办公室, 会议领导小组: a unit whose name holds the meeting.
            if (lx.UnitSuffixes.MatchAt(text.AsSpan(0, end), q) > 0 || text.AsSpan(q, end - q).StartsWith("领导")) return false;
            // The meeting's own paper or part: "会议通知应…", "会议纪要由…", "会议的组织工作由…".
            foreach (var part in MeetingParts)
                if (text.AsSpan(q, end - q).StartsWith(part)) { q += part.Length; break; }
            if (q < end && text[q] is ',' or '，') q++;
            foreach (var how in MeetingRuleWords)
                if (text.AsSpan(q, end - q).StartsWith(how)) return true;
            // A time limit counted from every meeting: "会议前一周，…", "会议召开前3个工作日" ("调度会议后，县政府办及时…"
            // dates this meeting's follow-up).
            if (q < end && text[q] == '前' && q + 1 < end && (text[q + 1] is '一' or '两' or '二' or '三' or '五' or '七' or '十' || char.IsAsciiDigit(text[q + 1])))
                return true;
            return false;
        }
        return false;
    }

    /// <summary>
    /// Twenty-first round, rule Explanation: "交办函是一种行政文书，指上级机关将某项工作交给下级机关负责处理，并规定完成时限和质量
    /// 要求", "督办更像“监工”，紧盯每个环节，比如要求3天内汇报进度，5天内提交初步方案", "例如：“责任部门：环保局；完成时限：…”":
    /// the sentence says what a kind of document or practice is (是一种, 是指) or gives an example of it (比如, 例如,
    /// 譬如; <see cref="DirectiveLexicon.ExplanationMarkers"/>): an explanation, nothing handed over (conventions: "a
    /// description of a document or of how it is organised"). By position only: a definition counts where nothing in the
    /// sentence is asked or dated ("“一户一档”是指…，县住建局要于12月20日前建档" is read); an example counts where nothing is
    /// asked or dated before it, since what it then asks is the example's ("各乡镇要加强宣传，比如…" is read). 是指导, 是指定,
    /// 是指挥 ("三是指导要更细") are 是 and another word.
    /// </summary>
    public bool Explains()
    {
        var s = text.AsSpan(0, end);
        for (int k = ContentStart; (k = lx.ExplanationMarkers.NextMatch(s, k, out int len)) >= 0; k++)
        {
            bool example = text[k + len - 1] == '如';
            if (!example && text[k + len - 1] == '指' && k + len < end && text[k + len] is '导' or '挥' or '定' or '示' or '出' or '派' or '引' or '明' or '标')
                continue;
            for (int j = start; j < k; j++)
                if (ModalAt(text, j, k, lx) is > 0 and var m && !AsksNothingHere(j, m) || DatedAt(j, k)) return false;
            if (example) return true;
            if (HasDatedLimit()) return false;
            // A definition: what it says the thing is may hold duties (负责处理, 应当), but no order (要, 请, 务必, 责成) is
            // handed over after it; 要求 closing a noun phrase ("规定完成时限和质量要求") names a requirement, it asks none.
            for (int j = k + len; j < end; j++)
            {
                if (ModalAt(text, j, end, lx) is not (> 0 and var m) || text[j] is not ('要' or '请' or '务' or '责') || AsksNothingHere(j, m)) continue;
                bool noun = m == 2 && text[j] == '要' && text[j + 1] == '求' && (j + 2 >= end || text[j + 2] is ',' or ';' or '。' or '等' or '和' or '的');
                if (!noun) return false;
            }
            return true;
        }
        return false;
    }

    /// <summary>
    /// Twenty-first round, rule LimitPerMeeting: "由市政府办公室根据会议决定在会后2个工作日内整理出纪要，经秘书长审核后，报请…
    /// 签发", "监理方负责…整理会议纪要，并在会后三日内签发给各有关单位", "提交经理办公会议讨论的材料…于会前3个工作日送办公室":
    /// a span counted from every meeting (会后 / 会前 / 会议前 / 会议召开前 / 会议结束后 + N日 / N天 / N周 / N个工作日) is how each
    /// meeting of a system is prepared or followed up, a standing procedural rule (conventions: "standing procedural rules
    /// (一般在N日内办结)"). The rule's other conditions keep a one-off job: an order modal (要, 请, 务必, 责成: "各党支部要…于
    /// 会后一周内向机关党委报送", r10l-020), a calendar date, a decision of minutes, or this text's own meeting (本次 / 此次 /
    /// 这次). 工会, 委员会, 协会 before 后 / 前 are bodies, not meetings. What is timed must be the meeting's own papers
    /// (<see cref="MeetingPapers"/>: its minutes, agenda items, record, notice, the papers put to it): "会后3日内，县住建局将
    /// 整改方案报县政府" times a job the meeting handed over and is read.
    /// </summary>
    public bool SetsLimitPerMeeting()
    {
        bool papers = false;
        foreach (var w in MeetingPapers) papers |= Span.IndexOf(w, StringComparison.Ordinal) >= 0;
        if (!papers) return false;
        for (int k = start; k + 1 < end; k++)
            if (text[k] is '本' or '此' or '这' && text[k + 1] == '次') return false;
        var s = text.AsSpan(0, end);
        for (int k = start; k + 2 < end; k++)
        {
            if (text[k] != '会') continue;
            if (k > start && text[k - 1] is '工' or '员' or '协' or '商' or '学') continue;
            int j = k + 1;
            foreach (var tail in MeetingTimeTails)
                if (s[j..].StartsWith(tail)) { j += tail.Length; break; }
            if (j == k + 1) continue;
            if (j < end && text[j] == '的') j++;
            if (MeetingSpanAt(j)) return true;
        }
        return false;
    }

    /// <summary>
    /// Twenty-second round, rule RallyEnding: "…，为建设具有独特魅力的幸福水乡小镇而努力奋斗。", "…，为推动全镇经济社会高质量发展
    /// 再上新水平而团结奋斗。": the sentence's last clause is a rally, 为 + the cause + a rally ending
    /// (<see cref="DirectiveLexicon.RallyEndings"/>: 而奋斗, 而努力奋斗, 继续奋斗). A speech or a call closes on it; what
    /// comes before it in the same sentence is the effort called for (坚持…, 抢抓机遇, 真抓实干), not a job handed over
    /// (conventions: "exhortations with nothing to hand over"). Train: no sentence so closed is a task of its own
    /// (r5m-089, r11s-009, r13s-015 no task; r14l-001's is folded by its label into the task of the list entry before
    /// it, which the parser reads from the entry's earlier sentences); 奋斗 as a modifier (奋斗目标, 奋斗姿态) is no rally
    /// ending. By position
    /// only: the ending closes the sentence and 为 opens its clause (or stands in it before the cause).
    /// </summary>
    public bool EndsWithRally()
    {
        int b = end;
        while (b > start && text[b - 1] is ' ' or '。' or '!' or ';' or '”' or '"') b--;
        if (b - start < 6) return false;
        int len = lx.RallyEndings.MatchEndingAt(text, b, start);
        if (len == 0) return false;
        int a = b - len;
        while (a > start && text[a - 1] is not (',' or ';' or ':')) a--;
        for (int k = a; k < b - len; k++) if (text[k] == '为') return true;
        return false;
    }

    /// <summary>
    /// Twenty-second round, rule KindOfMatterAssigned: "两个或两个以上部门联合办理的督办事项，由牵头部门负责报告。", "9、会议的决定、
    /// 决议由校务办公室督办。": a kind of matter (a 的-phrase ending in <see cref="MatterKinds"/>: 事项, 决定, 决议) and, in one
    /// clause after it, 由 + the body that follows every such matter up (<see cref="FollowUpEndings"/>: 督办, 督查, 报告). The
    /// sentence says who oversees or reports on matters of that kind whenever they arise: a standing procedural rule of a
    /// system (conventions: "standing procedural rules"), nothing handed over now. Train: both sentences of the shape (two
    /// documents, r12s-017, r12s-028) are labelled no task. This text's own matters (本次, 此次, 这次: "本次会议确定的事项
    /// 由县政府督查室督办") and any further clause after the body ("…由县住建局负责报告，12月20日前报县政府") are not the shape.
    /// </summary>
    public bool AssignsKindOfMatter()
    {
        int p = PastItemNumber(ContentStart);
        int q = p;
        while (q < end && text[q] is not ('由' or ',' or ';' or ':' or '。')) q++;
        int kindEnd = q;
        if (q < end && text[q] == ',') { q++; while (q < end && text[q] == ' ') q++; }
        if (q >= end || text[q] != '由' || kindEnd - p < 4) return false;
        var head = text.AsSpan(p, kindEnd - p);
        if (head.IndexOf('的') < 0) return false;
        bool kind = false;
        foreach (var w in MatterKinds) kind |= head.EndsWith(w);
        if (!kind) return false;
        for (int k = start; k + 1 < end; k++)
            if (text[k] is '本' or '此' or '这' && text[k + 1] == '次') return false;
        int b = end;
        while (b > q && text[b - 1] is ' ' or '。' or ';') b--;
        for (int k = q; k < b; k++) if (text[k] is ',' or ';' or ':') return false;
        foreach (var w in FollowUpEndings) if (b - q > w.Length + 2 && text.AsSpan(q, b - q).EndsWith(w)) return true;
        return false;
    }

    /// <summary>Past an item's number or bullet at <paramref name="p"/> ("3、", "(一)", "2.") and the blanks after it.</summary>
    int PastItemNumber(int p)
    {
        while (p < end && (text[p] is '(' or ')' or '（' or '）' or '.' or '、' or ' ' || char.IsAsciiDigit(text[p]) || ChineseText.IsNumeral(text[p]) && p + 1 < end && text[p + 1] is ')' or '、' or '.' or '）')) p++;
        return p;
    }

    /// <summary>Rule KindOfMatterAssigned: the kinds of matter a standing rule is about.</summary>
    static readonly string[] MatterKinds = ["事项", "决定", "决议"];

    /// <summary>Rule KindOfMatterAssigned: how the body named after 由 follows every such matter up.</summary>
    static readonly string[] FollowUpEndings = ["督办", "督查", "报告"];

    /// <summary>
    /// Twenty-second round, rule CountStated: "我局承办的建议、提案总共112件，其中人大建议54件", "2025年，省政府民生实事共有12类45件
    /// 53个事项", "共有2家医院有建档立卡出院病人": a total marker (<see cref="DirectiveLexicon.CountMarkers"/>: 共有, 共计, 总共,
    /// 合计) right before a number and its measure word tells how many there are (conventions: "progress reports and
    /// statistics"). By position only: the marker counts where a number follows it ("共有产权房", "共计划" are no count).
    /// </summary>
    public bool StatesCount()
    {
        var s = text.AsSpan(0, end);
        for (int k = start; (k = lx.CountMarkers.NextMatch(s, k, out int len)) >= 0; k++)
        {
            int j = k + len;
            int n = j;
            while (j < end && (ChineseText.IsNumeral(text[j]) || text[j] is '百' or '千' or '万' or '.' or ',' && j + 1 < end && char.IsAsciiDigit(text[j + 1]))) j++;
            if (j > n && j < end && CountMeasures.Contains(text[j])) return true;
        }
        return false;
    }

    /// <summary>Rule CountStated: the measure words after a counted total.</summary>
    const string CountMeasures = "件个项家人户处条次类名所座批笔元亩份";

    static readonly string[] MeetingPapers = ["纪要", "议题", "会议记录", "会议通知", "会议材料", "上会材料", "讨论的材料"];

    static readonly string[] MeetingTimeTails = ["议召开前", "议结束后", "议召开后", "议前", "议后", "前", "后"];

    /// <summary>"2个工作日内", "三日内", "3个工作日", "一周": a span of days or weeks at k (after a meeting's 前 / 后).</summary>
    bool MeetingSpanAt(int k)
    {
        int j = k;
        while (j < end && ChineseText.IsNumeral(text[j])) j++;
        if (j == k) return false;
        if (j < end && text[j] == '个') j++;
        if (j + 2 < end && text[j] == '工' && text[j + 1] == '作' && text[j + 2] == '日') return true;
        return j < end && text[j] is '日' or '天' or '周';
    }

    static readonly string[] MeetingParts = ["的组织工作", "的组织", "通知", "纪要", "具体人员名单", "召开前", "召开后", "结束后"];

    /// <summary>What says how a meeting is run: by whom, how often, what it must contain, under what system.</summary>
    static readonly string[] MeetingRuleWords =
        ["由", "应", "须", "必须", "一般", "原则上", "实行", "分为", "包括", "根据工作需要", "不刻制", "不定期", "每"];

    /// <summary>
    /// Nineteenth round: "谢成海强调，做好三季度工作对稳住逆势上扬态势，实现全年目标任务至关重要": the sentence ends on
    /// the predicate of a judgement (<see cref="DirectiveLexicon.JudgementEndings"/>): what it says of the work is how
    /// much it weighs or how hard it will be, the view the next sentence's ask rests on. Only at the sentence's end:
    /// "把…作为重要举措来抓" inside a clause names how the work is done.
    /// </summary>
    public bool EndsWithJudgement()
    {
        int b = end;
        while (b > start && text[b - 1] is ' ' or '。' or '!' or ';') b--;
        return b - start >= 6 && lx.JudgementEndings.MatchEndingAt(text, b, start) > 0;
    }

    /// <summary>"县政府办公室 2026年11月22日印发": the issuing line at the foot of a document (a date, then 印发).</summary>
    public bool EndsWithIssueDate()
    {
        int b = end;
        while (b > start && text[b - 1] is ' ' or '。') b--;
        if (b - start < 4 || text[b - 1] != '发' || text[b - 2] != '印') return false;
        return text[b - 3] == '日';
    }

    /// <summary>A deadline phrase that names a date (not a vague 尽快 / 及时) starts at <paramref name="k"/>, read up to <paramref name="limit"/>.</summary>
    bool DatedAt(int k, int limit) => (deadlineStarts is ItemDeadlineStarts item ? item.Holds(k) : deadlineStarts?.Contains(k) == true) && lx.VagueDeadlines.MatchAt(text.AsSpan(0, limit), k) == 0;

    bool? _ask, _strongAsk, _orderAsk, _perfective;

    /// <summary>
    /// Something is asked of someone here: 要, 须, 应, 请, 务必, 负责 … (<see cref="ModalAt"/>). The one "does it ask?"
    /// check of the parser: the sentence rules read it (a sentence they would drop keeps its task if anything in it
    /// asks) and so does the grouping stage (a sentence that asks makes tasks). A 要 inside a word (主要, 重要, 纪要),
    /// 要求 as a noun ("紧扣…提出的目标要求", "提出相关工作要求。") and 请 inside a word (提请, 申请) ask nobody; a
    /// requirement the clause complies with ("根据委员会的工作要求，…") frames what follows as asked.
    /// <paramref name="strongOnly"/>: 请 alone (a polite invitation to the public, "请于…前提出意见") does not count.
    /// Computed once per sentence.
    /// </summary>
    public bool HasAsk(bool strongOnly = false) => strongOnly ? _strongAsk ??= ScanAsk(true) : _ask ??= ScanAsk(false);

    /// <summary>strongOnly: 请 does not count. besidesRuleRegister: the register of a rule (应, 应当, 须, 必须) does not count.
    /// besidesToldBasis: the requirement told work complied with does not count (<see cref="ComplianceBasisAt"/>).</summary>
    bool ScanAsk(bool strongOnly, bool besidesRuleRegister = false, bool besidesManner = false, bool besidesToldBasis = false)
    {
        for (int k = start; k < end; k++)
        {
            // A document's title asks nobody: "学习《关于进一步落实党政机关习惯过紧日子要求的通知》" names a notice, its 要求
            // is part of the name. Skip to the closing 》 (when the sentence has it).
            if (text[k] == '《') { int close = text.IndexOf('》', k + 1, end - k - 1); if (close > 0) { k = close; continue; } }
            int len = ModalAt(text, k, end, lx);
            if (len == 0 && !strongOnly && !besidesRuleRegister && !besidesManner && HopeAddressedToUnitAt(k)) return true;
            if (len == 0 || strongOnly && text[k] == '请') continue;
            if (AsksNothingHere(k, len)) continue;
            if (besidesRuleRegister && text.AsSpan(k, len) is "应" or "应当" or "须" or "必须") { k += len - 1; continue; }
            if (besidesManner && text[k] is not ('要' or '须' or '应' or '请' or '务' or '必' or '责')) { k += len - 1; continue; }
            if (besidesToldBasis && len == 2 && text[k] == '要' && text[k + 1] == '求' && ComplianceBasisAt(k)) { k++; continue; }
            return true;
        }
        return false;
    }

    /// <summary>
    /// Rule HopeAddressedToUnit: "指挥部对我镇的教育建设工作给予肯定,希望我镇各有关部门、施工单位继续加快推进工程建设",
    /// "教务处已印发教学通报,希望各二级学院在新学期继续高度重视教学管理工作": 希望 with a unit right after it (the unit
    /// grammar reads one where a subject stands, a person is none) hands that unit the work that follows, as 请 does
    /// (conventions: units where a unit stands, after 请/要求); the praise or the report before it (给予肯定, 已印发) is the
    /// occasion, not the sentence's point. Not 希望 as a noun or with no unit after it ("群众的希望", "希望大家…").
    /// Only the polite ask: strongOnly does not count it, as it does not count 请.
    /// </summary>
    bool HopeAddressedToUnitAt(int k)
    {
        if (unitEndAt is null || k + 3 >= end || text[k] != '希' || text[k + 1] != '望') return false;
        int ce = ClauseEndFrom(k + 2);
        return unitEndAt(k + 2, ce) is var u && u > k + 2 && u < ce;
    }

    /// <summary>
    /// 提请, 申请, 报请: 请 inside a word ("待修改后提请全会审议"). "目标要求", "相关工作要求": 要求 after a modifier
    /// is the noun; not before a colon: "提出具体要求：…" introduces what is asked.
    /// </summary>
    bool AsksNothingHere(int k, int len)
    {
        // 请示: the writer's request to a superior ("请示性公文", "《关于…的请示》"), a document or a step, not an ask.
        if (len == 1 && text[k] == '请') return k > start && "提申报邀聘呈恳".Contains(text[k - 1]) || k + 1 < end && text[k + 1] == '示';
        if (len != 2 || text[k] != '要' || text[k + 1] != '求') return false;
        if (k + 2 < end && text[k + 2] == ':') return false;
        // "对完成工作任务提出明确要求", "提出具体建议要求": 要求 ending its clause after 提出 names what was put
        // forward (a noun), it asks nobody; "提出要求：…" (the colon above) introduces the ask itself.
        if (k + 2 >= end || text[k + 2] is ',' or ';' or '。')
            for (int j = k - 2; j >= Math.Max(start, k - 12) && text[j] is not (',' or ';' or '。'); j--)
                if (text[j] == '提' && text[j + 1] == '出') return true;
        // "按照…的要求，倒排工期" still reports what was asked of someone: only a modifier makes the bare noun.
        if (lx.RequirementNounModifiers.MatchEndingAt(text, k, Math.Max(0, k - 4)) == 0) return false;
        // "成员单位根据委员会的工作要求，随时将…报告": a requirement the clause's subject complies with (根据 / 按照 /
        // 对照 / 依照 … 要求) frames what follows as asked of it, noun or not.
        return !CompliesWith(k);
    }

    /// <summary>
    /// Twenty-sixth round, the reports' ask check (PerfectiveReport, ProgressAspect, AsOfReport): an ask in a sentence
    /// told as done. "5月12日各(村)社按照街道会议安排要求开展环境卫生综合整治工作，组织群众…开展了连续2天的整治",
    /// "各种烟乡(镇)按照3月5日前完成移栽任务要求，…推动了标准化集中移栽工作": in work told as done, the requirement the
    /// work complied with (按照 / 根据 / 依照 / 对照 … 要求) says why it was done, nobody is asked anything now (conventions:
    /// narrative and progress reports yield no task). Every other ask still asks, as <see cref="HasAsk"/> reads it: a
    /// 要求 put forward (提出…要求：) or opening what is asked (要求：), and 由…牵头 / 负责 ("明确由区委办牵头").
    /// </summary>
    public bool HasAskInToldWork() => _askInTold ??= HasAsk() && ScanAsk(false, besidesToldBasis: true);

    bool? _askInTold;

    /// <summary>
    /// The 要求 at k closes the requirement its clause complies with ("按照街道会议安排要求开展…"): 按照 / 根据 … before it in
    /// the clause, nothing put forward (提出, 作出) between them, no colon after it ("根据…对基建处提出以下几点要求："), and the
    /// work after it is told as done (了 or 已 after the 要求: "…要求开展…，组织群众开展了…"). A told clause before the
    /// requirement only ("相关乡镇汇报了…，并按照…的要求，倒排施工工期") leaves the work under it asked.
    /// </summary>
    bool ComplianceBasisAt(int k)
    {
        if (k + 2 < end && text[k + 2] == ':' || !CompliesWith(k)) return false;
        for (int j = k - 1; j > start && j > k - 30 && text[j] is not (',' or ';' or ':' or '。'); j--)
            if (text[j] == '出' && text[j - 1] is '提' or '作') return false;
        return ToldAfter(k + 2);
    }

    /// <summary>A completed aspect from <paramref name="from"/> on: 了 after a verb (as <see cref="HasPerfective"/> reads it) or 已 before one.</summary>
    bool ToldAfter(int from)
    {
        for (int j = Math.Max(from, start + 1); j < end; j++)
        {
            if (PerfectiveLeAt(j)) return true;
            if (text[j] == '已' && text[j - 1] is not ('而' or '得') && j + 1 < end && ChineseText.IsHan(text[j + 1])) return true;
        }
        return false;
    }

    /// <summary>
    /// An ask other than the requirement a preamble cites as its basis: "按照《…通知》要求，现就加快办理工作通知如下" cites
    /// what was asked elsewhere to say why the document is written (the preamble's own clause, not a job); 要 / 请 / 须 …
    /// ("请各乡镇按如下要求报送") still ask.
    /// </summary>
    public bool HasAskBesidesBasis() => _askBesidesBasis ??= ScanAskBesidesBasis();

    bool? _askBesidesBasis;

    bool ScanAskBesidesBasis()
    {
        for (int k = start; k < end; k++)
        {
            int len = ModalAt(text, k, end, lx);
            if (len == 0 || AsksNothingHere(k, len)) continue;
            if (len == 2 && text[k] == '要' && text[k + 1] == '求' && OpensWithBasis(k)) continue;
            return true;
        }
        return false;
    }

    /// <summary>
    /// The clause of the 要求 at k opens with its basis (按照 / 根据 / 依照 / 依据 / 对照), however long the title of the
    /// document it cites ("按照《…关于认真做好…办理工作的通知》(霍政秘〔2019〕57号)要求").
    /// </summary>
    bool OpensWithBasis(int k)
    {
        int a = k;
        while (a > start && text[a - 1] is not (',' or ';' or ':' or '。')) a--;
        while (a < k && text[a] == ' ') a++;
        if (a + 1 >= k) return false;
        char x = text[a], y = text[a + 1];
        return y == '照' && x is '按' or '依' or '对' || y == '据' && x is '根' or '依';
    }

    /// <summary>根据 / 按照 / 依照 / 对照 opens the clause of the 要求 at k (within its clause, before it).</summary>
    bool CompliesWith(int k)
    {
        for (int j = k - 1; j > start && j > k - 30 && text[j] is not (',' or ';' or ':' or '。'); j--)
        {
            char a = text[j - 1], b = text[j];
            if (b == '照' && a is '按' or '依' or '对' || a == '根' && b == '据') return true;
        }
        return false;
    }

    /// <summary>
    /// The length of a modal at k, or 0. A 要 or 应 inside a word (主要, 需要, 要点, 机要局, 交通要道, 供应, 应急: the
    /// lexicon's modalInsideWords) and a 负责 that is a noun (负责人, 负责同志) ask nothing.
    /// </summary>
    public static int ModalAt(string text, int k, int end, DirectiveLexicon lx)
    {
        int len = lx.DirectiveModals.MatchAt(text.AsSpan(0, end), k);
        if (len == 0) return 0;
        char before = k > 0 ? text[k - 1] : ' ', after = k + len < end ? text[k + len] : ' ';
        if (len == 1 && lx.ModalInsideWords.Covers(text.AsSpan(0, end), k)) return 0;
        // 负责人, 负责同志, 牵头负责制, 牵头单位: nouns, not asks.
        if ((text.AsSpan(k, len).SequenceEqual("负责") || text.AsSpan(k, len).SequenceEqual("牵头")) && after is '人' or '同' or '制' or '单' or '部' or '负') return 0;
        // "按要求", "按照要求": as required, nobody is asked anything here.
        if (text[k] == '要' && before is '按' or '照') return 0;
        return len;
    }

    /// <summary>
    /// A future 将 ("将进一步加强…", "将进行整理"): the speaker's own plan. 将 before a noun is 把 ("将资金拨付到位"),
    /// and 要将 / 须将 are asked for.
    /// </summary>
    public bool HasFutureJiang()
    {
        var s = text.AsSpan(0, end);
        for (int k = start; k + 1 < end; k++)
        {
            if (text[k] != '将') continue;
            char before = k > start ? text[k - 1] : ' ';
            if ("要须必应需请即并".Contains(before)) continue;
            if (lx.FutureAfterJiang.MatchAt(s, k + 1) > 0) return true;
        }
        return false;
    }

    /// <summary>
    /// Fourteenth round, rule ReportedListGoesOn's introduction: "我局下一步将采取以下工作措施：" — the writer names itself
    /// as a body (我局, 本局, 该县: a self-reference opening with 我 / 本 / 该, not a time word such as 下一步) and, later in
    /// the same clause, 将 with no modal before it: what follows is its own plan.
    /// </summary>
    public bool OpensOwnPlan()
    {
        var s = text.AsSpan(0, end);
        for (int k = start; k < end; k++)
        {
            if (text[k] is not ('我' or '本' or '该')) continue;
            int len = lx.SelfReferences.MatchAt(s, k);
            if (len == 0) continue;
            for (int j = k + len; j + 1 < end && text[j] is not (',' or ';' or '。'); j++)
                if (text[j] == '将' && !"要须必应需请即并".Contains(text[j - 1])) return true;
        }
        return false;
    }

    /// <summary>"需要补正的应当…", "不符合条件的，不予…": a standing rule for whoever meets a condition, not an assignment.</summary>
    public bool HasConditionalModal()
    {
        for (int k = start + 1; k < end; k++)
        {
            // To the next 的 in one search: most sentences have few.
            int de = text.AsSpan(k - 1, end - k).IndexOf('的');
            if (de < 0) return false;
            k += de;
            int m = ModalAt(text, k, end, lx);
            if (m > 0 && text[k] is '应' or '须' or '必') return true;
        }
        return false;
    }

    /// <summary>"1-11月份，各地各部门…": a sentence opened by a span of months already passed reports on it.</summary>
    public bool OpensWithMonthSpan()
    {
        int p = ContentStart, k = p;
        while (k < end && char.IsAsciiDigit(text[k])) k++;
        if (k == p || k >= end || text[k] is not ('-' or '—' or '~' or '至')) return false;
        int q = ++k;
        while (k < end && char.IsAsciiDigit(text[k])) k++;
        return k > q && k < end && text[k] == '月';
    }

    /// <summary>
    /// Eighteenth round, rule StandingRule by position: a standing-rule marker (原则上, 视为, 逾期不, 会在 …) counts only
    /// where it makes the sentence a standing rule, not where it qualifies an ask handed to a named addressee
    /// (conventions: a substring never deletes a clause). It does not count
    /// (a) inside a bracketed aside: "请各成员单位…报送揭榜任务(原则上每个成员单位不超过2个)" limits the ask;
    /// (b) as 会在 where 会 ends a body's name (工会在, 委员会在): no "will" there;
    /// (c) as a consequence (视为, 逾期不, 逾期未) in a later clause of a sentence that opens with its addressee
    ///     ("各系团总支提前将登记表报到院团委，…视为无效", "各地经信部门…日前将材料寄送，逾期不予受理"): what follows when
    ///     the ask is missed; "逾期不报，视为自动放弃" (first clause) and "请务必…，逾期未报送的，视为放弃" (nobody named)
    ///     stay rules;
    /// (d) as 原则上 right after its subject and right before a modal, or before a date and then a modal
    ///     ("各系原则上需更新…", "乡镇(场)原则上到2021年底要创建…"): the ask allows exceptions, it is still asked;
    ///     "原则上每季度召开一次", "承办单位要积极作为，原则上10日内解决" stay rules.
    /// </summary>
    public bool HasStandingMarkerInPosition()
    {
        var s = text.AsSpan(0, end);
        int depth = 0;
        for (int k = start; k < end; k++)
        {
            char c = text[k];
            if (c == '(') { depth++; continue; }
            if (c == ')') { if (depth > 0) depth--; continue; }
            int len = lx.StandingRuleMarkers.MatchAt(s, k);
            if (len == 0) continue;
            if (depth == 0 && !QualifiesAnAsk(k, len)) return true;
            k += len - 1;
        }
        return false;
    }

    bool QualifiesAnAsk(int k, int len)
    {
        var marker = text.AsSpan(k, len);
        int clause = ClauseStart(k);
        if (marker.SequenceEqual("会在")) return lx.UnitSuffixes.MatchEndingAt(text, k + 1, clause) > 0;
        if (marker.SequenceEqual("视为") || marker.SequenceEqual("逾期不") || marker.SequenceEqual("逾期未"))
            return clause > ContentStart && OpensWithAddressee();
        if (marker.SequenceEqual("原则上"))
        {
            if (k == clause || !(ChineseText.IsHan(text[k - 1]) || text[k - 1] == ')')) return false;
            int p = k + len;
            // 需 right after 原则上 is the modal "needs to" ("各系原则上需更新…"), though no modal list holds it alone.
            if (p < end && (ModalAt(text, p, end, lx) > 0 && text[p] != '请' || text[p] == '需')) return true;
            // "原则上到2021年底要…": a date, then the modal, in the same clause.
            bool dated = false;
            for (int j = p; j < Math.Min(end, p + 2); j++) dated |= DatedAt(j, end);
            if (!dated) return false;
            for (int j = p; j < Math.Min(end, p + 14) && text[j] is not (',' or ';' or ':'); j++)
                if (ModalAt(text, j, end, lx) > 0 && text[j] != '请') return true;
        }
        return false;
    }

    /// <summary>"各系团总支…", "3. 各地经信部门…": the sentence opens (after a list number) with a generic addressee.</summary>
    bool OpensWithAddressee()
    {
        int p = ContentStart;
        while (p < end && (char.IsAsciiDigit(text[p]) || text[p] is '.' or '、' or ' ')) p++;
        return p + 1 < end && text[p] == '各' && ChineseText.IsHan(text[p + 1]);
    }

    /// <summary>
    /// Twenty-fourth round, rule RecapOfListedItems: the sentence closing a list of problems whose rows each named their
    /// unit and measure ("请各责任单位针对上述通报的问题迅速整改，落细落实。", "请各责任单位按整改要求对上述问题尽快整改落实，
    /// 县双创办将跟踪回访落实情况"). Read by position: (请) 各…单位 opening the sentence, a back-reference (上述) after it in
    /// the same clause with a problem noun after that, the clause closing on a recap verb (整改, 落实). A later clause
    /// may only restate the verb (落细落实), open on the result to be reported (整改结果书面报…), or be the writer's own
    /// follow-up (a unit, then 将: the rest of the sentence is the writer's). Anything else is a new job, and a dated
    /// limit before the writer's follow-up dates the recap: both keep the task.
    /// </summary>
    public bool RecapsListedItems()
    {
        var s = text.AsSpan(0, end);
        int p = ContentStart;
        if (p < end && text[p] == '请') p++;
        if (p + 2 >= end || text[p] != '各') return false;
        int clauseEnd = ClauseEndFrom(p);
        // The back-reference, after an addressee of Han characters that ends in a unit suffix (各责任单位, 各包片单位).
        int r = -1;
        for (int k = p + 2; k < clauseEnd && r < 0; k++)
            if (lx.RecapReferences.MatchAt(s, k) > 0) r = k;
        if (r < 0) return false;
        bool addressee = false;
        for (int a = p + 2; a <= r && !addressee; a++)
        {
            if (!ChineseText.IsHan(text[a - 1])) break;
            addressee = lx.UnitSuffixes.MatchEndingAt(text, a, p) > 0;
        }
        if (!addressee || !lx.ProblemNouns.OccursIn(text.AsSpan(r, clauseEnd - r))) return false;
        if (lx.RecapVerbs.MatchEndingAt(text, clauseEnd, r) == 0) return false;
        int own = end;
        for (int c = clauseEnd; c < end && own == end; )
        {
            while (c < end && text[c] is ',' or ';' or ':' or '。' or ' ') c++;
            if (c >= end) break;
            int ce = ClauseEndFrom(c);
            if (WritersFollowUpAt(c, ce)) own = c;
            else if (lx.RecapResults.MatchAt(s, c) > 0) { }
            else if (ce - c <= 6 && lx.RecapVerbs.MatchEndingAt(text, ce, c) > 0) { }
            else return false;
            c = ce;
        }
        for (int k = start; k < own; k++)
            if (DatedAt(k, end)) return false;
        return true;
    }

    /// <summary>"县双创办将跟踪回访…": a clause opened by a unit's name (Han characters ending in a unit suffix) and 将.</summary>
    bool WritersFollowUpAt(int c, int ce)
    {
        for (int k = c + 2; k < Math.Min(ce, c + 16); k++)
        {
            if (!ChineseText.IsHan(text[k - 1])) return false;
            if (text[k] == '将' && lx.UnitSuffixes.MatchEndingAt(text, k, c) > 0) return true;
        }
        return false;
    }

    /// <summary>Where the clause holding <paramref name="k"/> ends: the next , ; : or 。 at or after k, else the sentence's end.</summary>
    int ClauseEndFrom(int k)
    {
        while (k < end && text[k] is not (',' or ';' or ':' or '。')) k++;
        return k;
    }

    /// <summary>"12月20日", "5月底", "每月5日": a calendar day in the sentence (a standing rule names none).</summary>
    public bool HasMonthDay() => _monthDay ??= ScanMonthDay();

    bool? _monthDay, _orderModal;

    bool ScanMonthDay()
    {
        for (int k = start; k < end; k++)
        {
            if (text[k] != '月' || k == start || !(char.IsAsciiDigit(text[k - 1]) || "一二三四五六七八九十每".Contains(text[k - 1]))) continue;
            for (int j = k + 1; j < Math.Min(end, k + 5); j++)
                if (text[j] is '日' or '号' or '底' or '末') return true;
        }
        return false;
    }

    /// <summary>"县政府实行县长负责制", "会议实行签到制": 实行/推行 … 制 or 制度 ending a clause.</summary>
    public bool DeclaresInstitution()
    {
        var s = text.AsSpan(0, end);
        for (int k = start; k < end; k++)
        {
            // "实行农民工实名制制度…" opening the sentence commands it; "县政府实行…制" tells how a body works.
            if (lx.InstitutionVerbs.MatchAt(s, k) is 0 || k <= ContentStart + 1) continue;
            for (int j = k + 2; j < Math.Min(end, k + 24); j++)
            {
                if (text[j] is ',' or '。' or ';') break;
                if (text[j] == '制' && (j + 1 >= end || text[j + 1] is '度' or '。' or ',' or ';')) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A deadline phrase (DeadlineGrammar's, found for the item) starts inside the sentence; a vague one (定期, 尽快)
    /// dates nothing.
    /// </summary>
    public bool HasDeadline()
    {
        if (deadlineStarts is null) return HasMonthDay();
        if (StartsKept()) return _deadline ??= ScanDeadline();
        return ScanDeadline();
    }

    // HasDeadline and HasDatedLimit, kept while the item's deadline starts stay the same set (its Version).
    bool? _deadline, _datedLimit;
    int _startsVersion = -1;

    /// <summary>The answers kept from the deadline starts are valid: the set is the item's, unchanged since (else they are dropped).</summary>
    bool StartsKept()
    {
        if (deadlineStarts is not ItemDeadlineStarts item) return false;
        if (item.Version != _startsVersion) { _startsVersion = item.Version; _deadline = _datedLimit = null; }
        return true;
    }

    bool ScanDeadline()
    {
        // By position, not by the item's set: a parse stays linear in the text however many deadlines it holds.
        for (int k = start; k < end; k++)
            if (DatedAt(k, end)) return true;
        return false;
    }

    /// <summary>
    /// "区政府将组织相关部门…", "对于大家的意见，宁津县交通运输局将进行整理": a clause opened by a unit's name (a run of
    /// Han characters ending in a unit suffix), then 将 and a verb, adverb or 于/在/对: the body tells what it will do.
    /// 将 after a modal (要将) or before an object (县财政局将资金拨付到位: 把) is no announcement.
    /// </summary>
    public bool ClauseOpensWithUnitAndFutureJiang()
    {
        var s = text.AsSpan(0, end);
        int clause = ContentStart;
        for (int k = clause; k + 1 < end; k++)
        {
            char c = text[k];
            if (c is ',' or ';' or ':') { clause = k + 1; continue; }
            if (c != '将' || k - clause < 2 || k - clause > 16) continue;
            int name = k;
            if (text[k - 1] is '还' or '也') name--;
            bool allHan = true;
            for (int j = clause; j < name; j++) if (!ChineseText.IsHan(text[j])) { allHan = false; break; }
            if (!allHan || lx.UnitSuffixes.MatchEndingAt(text, name, clause) == 0) continue;
            char next = text[k + 1];
            // "将于7月12日对…开展督查": 将 before the time is the future; the date is when the body will act.
            if (next is '于' or '在') { _announcedDateFrom = k + 1; _unitJiang = k; return true; }
            if (IsDisposal(k + 1)) continue;
            if (next == '对' && k + 2 < end && text[k + 2] is not ('象' or '口') || lx.FutureAfterJiang.MatchAt(s, k + 1) > 0) { _unitJiang = k; return true; }
        }
        return false;
    }

    int _announcedDateFrom = -1;
    int _unitJiang = -1;

    /// <summary>
    /// Sixteenth round, UnitOwnPlan's asks: "市教育局将在9月中旬组织有关人员对各校…进行抽查，督促整改": an ask after the unit's 将
    /// that opens its own clause (督促整改, 要求限时整改) has no subject but the unit: it is how the unit carries out its plan,
    /// as <see cref="OpensWithOwnPlan"/> reads it. An ask before 将, or one with a subject of its own ("…，各乡镇要…"), asks.
    /// </summary>
    public bool HasAskBesidesUnitPlan()
    {
        if (_unitJiang < 0) return HasAsk();
        for (int j = start; j < _unitJiang; j++)
            if (ModalAt(text, j, end, lx) is > 0 and var m && !AsksNothingHere(j, m)) return true;
        return AsksAfterOwnPlan(_unitJiang);
    }

    /// <summary>
    /// Sixteenth round: "…，迎接泉州市九月下旬对我市学校安全隐患排查治理情况的检查工作": a clause opened by 迎接 / 接受 names
    /// another body's visit that the announcing body prepares for; its time is when that visit comes, not a by-when.
    /// </summary>
    bool InReceivingClause(int k)
    {
        int a = ClauseStart(k);
        while (a < k && text[a] == ' ') a++;
        return a + 1 < k && (text[a] == '迎' && text[a + 1] == '接' || text[a] == '接' && text[a + 1] == '受');
    }

    /// <summary>
    /// "我局决定对重点工作开展“大攻坚”行动", "鉴于此，市经信委决定从5月初起在全市工业系统内开展安全生产大检查活动": a clause
    /// whose subject is a body, named (a run of Han characters ending in a unit suffix) or the writer itself (我局, 我县 …),
    /// and goes straight on to 决定: the body decides what it will do itself. "经研究决定" / "区政府研究决定" (the decision
    /// of the writer handing work down, its subject not standing before 决定), "会议决定：" (the head of decisions) and
    /// 决定书 / 决定的事项 (nouns) are not. Only a decision that closes its item: one followed in its item by more ("我局决定
    /// 于9月27日至10月8日启动监测日报制度。样本企业于每日12点前报送…") opens the arrangements that hand the work over.
    /// </summary>
    public bool BodyDecidesItself()
    {
        for (int k = end; k < itemEnd; k++)
            if (!ChineseText.IsSpace(text[k]) && text[k] is not ('。' or ';' or '!')) return false;
        int clause = ContentStart;
        for (int k = clause; k + 2 < end; k++)
        {
            char c = text[k];
            if (c is ',' or ';' or ':') { clause = k + 1; continue; }
            if (c != '决' || text[k + 1] != '定' || k - clause < 2 || k - clause > 16 || text[k + 2] is ':' or '书' or '的' or ',') continue;
            bool allHan = true;
            for (int j = clause; j < k; j++) if (!ChineseText.IsHan(text[j])) { allHan = false; break; }
            if (allHan && (lx.UnitSuffixes.MatchEndingAt(text, k, clause) > 0 || lx.SelfReferences.MatchAt(text.AsSpan(0, k), clause) == k - clause)) return true;
        }
        return false;
    }

    int _sinceEnd = -1;

    /// <summary>
    /// "自8月底开展“燃气安全百日整治行动”以来，应城市组织宣传车队…", "张雷指出，今年以来，全县各级…": the sentence's first
    /// clause (after a speaker's "X指出" / "会议指出") is a span of time that ends now (…以来): it looks back over what has
    /// been done, a report. A time inside the span ("自8月底…以来") dates its start, not a job.
    /// </summary>
    public bool OpensWithSinceSpan()
    {
        int p = ContentStart, k = p;
        k = ClauseEndFrom(k);
        // A speaker's clause first: "会议指出，今年以来，…".
        if (k < end && text[k] == ',' && (k - p <= 8 && lx.SpeakerVerbs.MatchEndingAt(text, k, p) > 0 || lx.StatementOpeners.MatchAt(text.AsSpan(0, k), p) == k - p))
        {
            p = k + 1;
            while (p < end && text[p] == ' ') p++;
            k = p;
            k = ClauseEndFrom(k);
        }
        if (k >= end || text[k] != ',' || k - p < 4 || k - p > 40 || text[k - 2] != '以' || text[k - 1] != '来') return ShortSinceSpanRunsOn(p);
        _sinceEnd = k;
        return true;
    }

    /// <summary>
    /// Twenty-third round: "本周以来发放宣传手册2000余份…", "今年以来全县各级河长共计巡河17400次": a short span (two to six
    /// characters of a time, then 以来) opening the sentence and running straight on, with no comma, into what was done in
    /// it. Only at the sentence's start: "市发改委就今年以来全市重点项目推进情况进行了汇报" names the span inside a clause.
    /// </summary>
    bool ShortSinceSpanRunsOn(int p)
    {
        for (int q = p + 2; q <= Math.Min(end - 3, p + 6); q++)
        {
            if (!ChineseText.IsHan(text[q - 1])) return false;
            if (text[q] != '以' || text[q + 1] != '来') continue;
            if (!ChineseText.IsHan(text[q + 2])) return false;
            _sinceEnd = q + 2;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Twenty-third round, rule ShareStated: "完成固定资产投资1.1亿元,完成年度任务的44%", "累计完成投资362.32亿元,占年计划投资的
    /// 64.49%", "新引进项目40个,完成市考核目标45个的88.9%": a clause opened by 完成 / 占 (after 已, 已经, 累计) that closes on
    /// the share a figure makes of a whole (…的 + a percentage, nothing bounding it: 以上, 左右), after an amount counted in the
    /// sentence (a figure and its measure word, not a date): what was reached, read off, a statistic. A target names the
    /// share alone ("9月底完成全年搬迁工作任务的60%") or bounds it ("达到…的80%以上").
    /// </summary>
    public bool StatesShare()
    {
        for (int q = start + 3; q < end; q++)
        {
            int pct = text.AsSpan(q, end - q).IndexOfAny('%', '％');
            if (pct < 0) return false;
            q += pct;
            int j = q - 1;
            while (j > start && (char.IsAsciiDigit(text[j]) || text[j] == '.')) j--;
            if (j == q - 1 || text[j] != '的') continue;
            if (q + 1 < end && text[q + 1] is not (',' or ';' or '、' or '。' or ' ')) continue;
            int c = ClauseStart(j);
            while (c < j && text[c] == ' ') c++;
            if (text[c] == '已') c += c + 1 < j && text[c + 1] == '经' ? 2 : 1;
            else if (c + 1 < j && text[c] == '累' && text[c + 1] == '计') c += 2;
            if (!(text[c] == '占' || c + 1 < j && text[c] == '完' && text[c + 1] == '成')) continue;
            if (CountedAmountBefore(j)) return true;
        }
        return false;
    }

    /// <summary>A figure and its measure word before <paramref name="k"/> in the sentence (409万元, 45个, 2.753万担), not a date.</summary>
    bool CountedAmountBefore(int k)
    {
        for (int d = start; d + 1 < k; d++)
        {
            if (!char.IsAsciiDigit(text[d]) || char.IsAsciiDigit(text[d + 1]) || text[d + 1] == '.') continue;
            char m = text[d + 1];
            if (ChineseText.IsHan(m) && m is not ('年' or '月' or '日' or '号' or '时' or '点' or '季' or '周')) return true;
        }
        return false;
    }

    /// <summary>
    /// Sixteenth round: anything asked other than a tally of orders already given: "检查单位13家，查处安全隐患45处，要求停产整顿
    /// 3家": a 要求 / 责令 clause that ends in a count (a figure and its measure word: 3家, 12处) counts the orders the report
    /// is about; it asks nobody now.
    /// </summary>
    public bool HasAskBesidesTallies()
    {
        for (int k = start; k < end; k++)
        {
            int len = ModalAt(text, k, end, lx);
            if (len == 0 || AsksNothingHere(k, len)) continue;
            int ce = ClauseEndFrom(k + len);
            if (!(ce - 2 > k + len && "家处个起人次件条项户辆台".Contains(text[ce - 1]) && char.IsAsciiDigit(text[ce - 2]))) return true;
            k = ce;
        }
        return false;
    }

    /// <summary>A dated deadline after the span that <see cref="OpensWithSinceSpan"/> found (one inside it dates its start).</summary>
    public bool HasDeadlineAfterSinceSpan()
    {
        for (int k = Math.Max(start, _sinceEnd); k < end; k++)
            if (DatedAt(k, end)) return true;
        return false;
    }

    /// <summary>
    /// "下一步，县河长办将结合本次督查掌握的实际情况，对…再进行一次回头看", "下来，我镇将再接再厉，…", "我局将联合…":
    /// the sentence opens (after 同时, 三是 …) by the writer naming itself or looking ahead (selfReferences, within a
    /// few characters of its start), and its subject goes straight on to 将, with nothing asked before it: what the
    /// writer, or the body it reports on, will do itself, whatever verb follows 将 (the rule OwnAnnouncement needs one
    /// of futureAfterJiang). An ask after 将 that opens its own clause ("…进行通报，要求限时整改") is part of that plan; one
    /// with a subject of its own ("…，各乡镇要…") is not, and the sentence is read. 将 as 把 ("下一步，县财政局将整改情况报
    /// 县政府") and 要将 are no plan.
    /// </summary>
    /// <param name="goesOn">The sentence before it was such a plan: "同时将督促…" needs no subject of its own.</param>
    public bool OpensWithOwnPlan(bool goesOn = false)
    {
        var s = text.AsSpan(0, end);
        int p = ContentStart;
        for (int guard = 0; guard < 2; guard++)
        {
            int len = lx.ClauseOpeners.MatchAt(s, p);
            if (len == 0 || len > 3) break;
            p += len;
            while (p < end && text[p] is ',' or ' ') p++;
        }
        int self = 0, k = p;
        if (goesOn)
        {
            if (p >= end || text[p] != '将') return false;
        }
        else
        {
            for (; k <= Math.Min(end - 1, p + 3) && self == 0; k++) self = lx.SelfReferences.MatchAt(s, k);
            if (self == 0) return false;
            k += self - 1;
            while (k < end && text[k] is ',' or ' ') k++;
        }
        // The subject: a short run of a name, with no comma and nothing asked.
        int subject = k;
        for (; k < end && text[k] != '将'; k++)
        {
            if (k - subject > 20 || !(ChineseText.IsHan(text[k]) || text[k] is '(' or ')' or '、')) return false;
            if (ModalAt(text, k, end, lx) > 0) return false;
        }
        if (k + 1 >= end || IsDisposal(k + 1)) return false;
        if (text[k + 1] is '于' or '在') _announcedDateFrom = k + 1;
        return !AsksAfterOwnPlan(k);
    }

    /// <summary>
    /// An ask after the unit's 将 at <paramref name="jiang"/> that does not open its clause: "…将组织抽查，各乡镇要…" (a
    /// subject of its own) is an order. One that opens its clause (after 并 / 同时: "，督促整改", "，并要求限时整改") has no
    /// subject but the unit: it is how the unit carries out its plan. 督促, 负责, 限期 inside a clause ("加大督促力度") say
    /// how the plan is carried out too; only 要 / 须 / 请 … take a subject.
    /// </summary>
    bool AsksAfterOwnPlan(int jiang)
    {
        var s = text.AsSpan(0, end);
        for (int j = jiang + 1; j < end; j++)
        {
            if (text[j] is not ('要' or '须' or '请' or '务' or '必' or '责' or '应')) continue;
            if (ModalAt(text, j, end, lx) is not (> 0 and var m) || AsksNothingHere(j, m)) continue;
            int a = j;
            while (a > jiang && text[a - 1] is not (',' or ';' or ':')) a--;
            int opener = lx.ClauseOpeners.MatchAt(s, a);
            if (opener > 0 && opener <= 2) a += opener;
            if (a != j) return true;
            j += m - 1;   // 必须 is one modal: its 须 opens nothing
        }
        return false;
    }

    /// <summary>
    /// A deadline other than the time the body announces for itself ("市创城办将于7月12日…" names when it acts;
    /// "…将定期调度，每季度汇总一次并报告" still carries a duty's date).
    /// </summary>
    public bool HasDeadlineBesidesAnnouncedDate()
    {
        if (deadlineStarts is null || _announcedDateFrom < 0) return HasDeadline();
        for (int k = start; k < end; k++)
            if ((k < _announcedDateFrom || k > _announcedDateFrom + 2) && DatedAt(k, end) && !InReceivingClause(k)) return true;
        return false;
    }

    /// <summary>"将办理工作纳入…", "将责任落实情况报送牵头单位": 将 is 把 when its clause goes on to where the thing is put.</summary>
    bool IsDisposal(int from)
    {
        var s = text.AsSpan(0, end);
        for (int j = from; j < end && text[j] is not (',' or ';' or ':'); j++)
        {
            if (lx.DisposalTargets.MatchAt(s, j) > 0) return true;
            if (lx.ReportTriggers.MatchAt(s, j) is not (> 0 and var len)) continue;
            // Sixteenth round: 向 as the second character of a word (定向, 方向, 导向, 面向, 倾向 …: "进行定向定点抽查")
            // is no preposition; only 向 before whom something goes ("将整改情况向县政府报告") puts the thing somewhere.
            if (len == 1 && text[j] == '向' && j > from && IsWordBeforeXiang(text[j - 1])) continue;
            return true;
        }
        return false;
    }

    /// <summary>The first character of a word ending in 向 (定向, 方向, 导向, 面向, 转向, 倾向, 走向, 意向, 去向, 指向, 偏向, 趋向).</summary>
    static bool IsWordBeforeXiang(char c) => "定方导面转倾走意去指偏趋".Contains(c);

    /// <summary>
    /// "各责任单位要认真履责、主动配合、接受调度，形成齐抓共管工作合力": every comma clause ends in an attitude
    /// (高度重视, 紧迫感, 工作合力, 重大意义) or only says who speaks (会议强调, 同时); nothing is named to be done.
    /// A clause that ends in anything else ("…，建立隐患台账") is work, and the sentence is read.
    /// </summary>
    public bool OnlyAttitudes()
    {
        bool any = false;
        int cs = ContentStart;
        for (int k = cs; k <= end; k++)
        {
            if (k < end && text[k] is not (',' or ':')) continue;
            int a = cs, b = k;
            cs = k + 1;
            while (a < b && text[a] is ' ' or '“' or '"') a++;
            while (b > a && text[b - 1] is ' ' or '”' or '"' or '。' or '!') b--;
            if (a == b) continue;
            if (lx.AttitudeEndings.MatchEndingAt(text, b, a) > 0) { any = true; continue; }
            // "今年是…的最后一年", "也是…攻坚之年": a clause whose predicate is 是 characterises; it asks nothing.
            if (IsCopulaClause(a, b)) { any = true; (_copulas ??= []).Add((a, b)); continue; }
            // "会议强调", "同时", "李天明要求": the clause only opens what follows.
            if (lx.ClauseOpeners.MatchAt(text.AsSpan(0, b), a) == b - a) continue;
            if (b - a <= 8 && lx.SpeakerVerbs.MatchEndingAt(text, b, a) > 0) continue;
            return false;
        }
        return any;
    }

    /// <summary>
    /// Twenty-fifth round, rule AnnouncesWhatFollows: "根據區領導的指示精神,由區管委會辦公室牽頭,…組成督查組,對…進行專項督查,
    /// 現將有關事項通知如下:", "…经镇党委、政府研究,决定于春节前走访慰问困难群众。现将有关事项通知如下:", "…我党支部拟定于
    /// 2021年5月15日召开党员大会…。现将召开这次会议的有关事宜请示如下:": the sentence ends by announcing what the document
    /// sets out (…如下), or is followed by the line that does (现将…如下): the writer describes its own document and its own
    /// decision (conventions: "a description of a document", "the writer's own announcements"); the jobs, if any, are in
    /// the items that follow. An ask (要, 须, 应, 请, 务必, 必须, 责成, 要求: "请各乡镇按如下要求报送") or a by-when of its own
    /// ("决定由县住建局于12月20日前完成…") keeps the task; the date of the writer's own event (定于 / 拟于 / 决定于 a date) does not.
    /// </summary>
    public bool AnnouncesWhatFollows()
    {
        if (!NextLineAnnounces() && !ClosesAnnouncing()) return false;
        if (AsksBesidesMannerOrBasis()) return false;
        for (int k = start; k < end; k++)
        {
            if (!DatedAt(k, end) || !LimitClosesAt(k)) continue;
            // "决定于20xx年春节前走访…", "拟定于2021年5月15日召开…": the date of the writer's own event.
            // The phrase may start at its 于 (the clerk's copy starts after it).
            int b = text[k] == '于' ? k + 1 : k;
            while (b > start && (text[b - 1] is ' ' or '年' or 'x' or 'X' || char.IsAsciiDigit(text[b - 1]))) b--;
            bool ownDate = b - 2 >= start && text[b - 1] == '于' && text[b - 2] is '定' or '拟';
            if (!ownDate) return false;
        }
        return true;
    }

    /// <summary>
    /// The sentence's last clause opens with 现将 and ends in 如下 after other clauses ("…组成督查组,对…进行专项督查,现将有关事项
    /// 通知如下:"). Not a line that is only "现将…如下" or "具体要求如下" (it opens the list of what is asked: the list's own
    /// rules read it), nor one whose announced matter is what is asked (<see cref="DirectiveLexicon.AnnouncedAskedMatters"/>).
    /// </summary>
    bool ClosesAnnouncing()
    {
        if (!EndsAnnouncing(start, end)) return false;
        int b = BeforeClosers(start, end);
        int c = ClauseStart(b);
        if (c <= ContentStart || c + 2 > b || text[c] != '现' || text[c + 1] != '将') return false;
        return !ClauseNamesAskedMatter(c, b);
    }

    /// <summary>One of <see cref="DirectiveLexicon.AnnouncedAskedMatters"/> in [a, b): the announced matter is the work asked ("现将具体要求通知如下").</summary>
    bool ClauseNamesAskedMatter(int a, int b) => lx.AnnouncedAskedMatters.OccursIn(text.AsSpan(a, b - a));

    /// <summary>
    /// An ask other than a manner or role word (<see cref="HasAskBesidesManner"/>) and other than the 要求 of a basis clause
    /// ("按照…要求", "结合…实施方案要求": what the writer complies with).
    /// </summary>
    bool AsksBesidesMannerOrBasis()
    {
        for (int k = start; k < end; k++)
        {
            if (text[k] == '《') { int close = text.IndexOf('》', k + 1, end - k - 1); if (close > 0) { k = close; continue; } }
            int len = ModalAt(text, k, end, lx);
            if (len == 0 || AsksNothingHere(k, len)) continue;
            if (text[k] is not ('要' or '须' or '应' or '请' or '务' or '必' or '责')) { k += len - 1; continue; }
            if (len == 2 && text[k] == '要' && text[k + 1] == '求' && (OpensWithBasis(k) || ClauseOpensWith(k, "结合"))) continue;
            return true;
        }
        return false;
    }

    bool ClauseOpensWith(int k, string word)
    {
        int a = ClauseStart(k);
        while (a < k && text[a] == ' ') a++;
        return text.AsSpan(a, k - a).StartsWith(word, StringComparison.Ordinal);
    }

    /// <summary>The span [a, b) ends in 如下 (a colon, a full stop or spaces may close it).</summary>
    bool EndsAnnouncing(int a, int b)
    {
        b = BeforeClosers(a, b);
        return b - a >= 4 && text[b - 2] == '如' && text[b - 1] == '下';
    }

    /// <summary>Where [a, b) ends once the blanks, colon or full stop closing it are left off.</summary>
    int BeforeClosers(int a, int b)
    {
        while (b > a && text[b - 1] is ' ' or '。' or ':' or '\n' or '\r') b--;
        return b;
    }

    /// <summary>The next line of the item opens with 现将 and ends in 如下 ("现将有关事项通知如下:").</summary>
    bool NextLineAnnounces()
    {
        int limit = itemEnd > 0 ? itemEnd : text.Length;
        int p = end;
        while (p < limit && (ChineseText.IsSpace(text[p]) || text[p] is '。')) p++;
        if (p + 2 >= limit || text[p] != '现' || text[p + 1] != '将') return false;
        int q = p + 2;
        while (q < limit && q - p < 40 && text[q] is not ('。' or '\n' or ':')) q++;
        return EndsAnnouncing(p, q) && !ClauseNamesAskedMatter(p, q);
    }

    /// <summary>
    /// "现将《…报告》印发给你们，请认真抓好学习贯彻，…，确保圆满完成全年各项目标任务": a cover letter hands its document
    /// over, and what it asks after that is its stock closing, the same in every letter (学习贯彻, 抓好落实, 完成目标任务):
    /// the jobs are in the document. Only when every clause after the one that hands the document over ends in such a
    /// closing or an attitude; a letter that goes on to name a job ("请各乡镇据此制定实施方案") is read.
    /// </summary>
    public bool IsCoverLetter()
    {
        var s = text.AsSpan(0, end);
        int cs = -1;
        if (lx.CoverLetterMarkers.NextMatch(s, start, out int marker) is >= 0 and var at) cs = at + marker;
        if (cs < 0) return false;
        // The rest of the clause that hands the document over ("…印发给你们" ends it, or "现予以印发" opens it).
        while (cs < end && text[cs] is not (',' or ';')) cs++;
        for (int k = cs + 1; k <= end; k++)
        {
            if (k < end && text[k] is not (',' or ';')) continue;
            int a = cs + 1, b = k;
            cs = k;
            while (a < b && text[a] is ' ' or '“' or '"') a++;
            while (b > a && text[b - 1] is ' ' or '”' or '"' or '。' or '!') b--;
            if (a == b) continue;
            if (lx.CoverLetterClosings.MatchEndingAt(text, b, a) == 0 && lx.AttitudeEndings.MatchEndingAt(text, b, a) == 0) return false;
        }
        return true;
    }

    /// <summary>
    /// "今年是…攻坚之年", "也是…的一年": 是 as the predicate of the clause (not 一是, 但是, 还是, 是否, 特别是, 就是), with no
    /// modal or verb-led work after it ("关键是要抓好…" asks).
    /// </summary>
    List<(int A, int B)>? _copulas;

    /// <summary>
    /// A deadline that dates something: not one that is the subject of a copula ("今年是…的最后一年"), nor a time
    /// standing as a clause of its own before what happened ("上半年，…").
    /// </summary>
    public bool HasDeadlineOutsideCharacterisation()
    {
        if (deadlineStarts is null) return HasMonthDay();
        for (int k = start; k < end; k++)
        {
            if (!DatedAt(k, end)) continue;
            bool inCopula = false;
            if (_copulas is not null) foreach (var (a, b) in _copulas) if (k >= a && k < b) inCopula = true;
            if (inCopula || IsTimeClause(k)) continue;
            return true;
        }
        return false;
    }

    /// <summary>"，上半年，": the deadline phrase is the whole clause, a when (a look back or a scene), not a by-when.</summary>
    bool IsTimeClause(int k)
    {
        if (k > start && text[k - 1] is not (',' or ' ')) return false;
        int j = k;
        // 年底前, 5日内, 月底: a by-when, even standing alone.
        while (j < end && text[j] is not (',' or ';' or '。')) { if (text[j] is '前' or '内' or '底' or '末') return false; j++; }
        return j < end && text[j] == ',' && j - k <= 4;
    }

    bool IsCopulaClause(int a, int b)
    {
        for (int k = a + 1; k < b - 1; k++)
        {
            if (text[k] != '是') continue;
            char before = text[k - 1];
            if ("一二三四五六七八九十但还就别其于若凡或即要更正倒可硬总只不".Contains(before) || text[k + 1] is '否' or '要' or '把') return false;
            for (int j = k + 1; j < b; j++) if (ModalAt(text, j, b, lx) > 0) return false;
            // "是全面完成所有目标任务的攻坚之年": a verb after 是 inside a 的-phrase only modifies the noun it ends in.
            if (text.AsSpan(k + 1, b - k - 1).Contains('的')) return true;
            return lx.ActionVerbs.MatchAt(text.AsSpan(0, b), k + 1) == 0 && lx.ImperativeOpeners.MatchAt(text.AsSpan(0, b), k + 1) == 0;
        }
        return false;
    }

    /// <summary>
    /// "凡有明确时限要求的督查事项，承办单位要…": a sentence opened by 凡 and a 的-condition binds whoever meets the
    /// condition, a standing rule. 凡 must open the sentence and be followed by its 的 before the first comma.
    /// </summary>
    public bool OpensWithWhoever()
    {
        int p = ContentStart;
        if (p >= end || text[p] != '凡') return false;
        for (int k = p + 1; k < end && text[k] is not (',' or ';'); k++)
            if (text[k] == '的') return true;
        return false;
    }

    /// <summary>
    /// "部分目标任务已提前完成年度任务", "其余指标正按计划有序推进": 已 / 正在 before the predicate tells of work done or
    /// under way (progress, not a handover). 已 inside a modifier ("对已排查出的隐患…", "已完成整改的") describes the
    /// object of an order: an aspect marker counts only when no 的 follows it in its clause. 而已, 不得已 are no aspect.
    /// </summary>
    public bool HasProgressAspect()
    {
        bool any = false;
        int from = start;
        for (int k = start + 1; k + 1 < end; k++)
        {
            char c = text[k];
            bool yi = c == '已' && text[k - 1] is not ('而' or '得') && ChineseText.IsHan(text[k + 1]);
            bool zheng = c == '正' && text[k + 1] == '在' || c == '正' && text[k + 1] == '按' && k + 2 < end && ChineseText.IsHan(text[k + 2]);
            if (!yi && !zheng) continue;
            int j = k + 1;
            while (j < end && text[j] is not (',' or ';' or ':' or '。') && text[j] != '的') j++;
            // "对已排查出的隐患": 已 inside a 的-modifier is no report. Thirteenth round, rule ProgressAspect (clause-initial
            // 已): 已 opening its clause ("截至目前,已完成各级交办的…整改27件") is the clause's predicate, the 的 after it
            // modifies its object.
            if (j < end && text[j] == '的' && !(yi && text[k - 1] is ',' or ';' or ':')) continue;
            if (j < end && text[j] == '的') j = ClauseEndFrom(j);
            // "各地正在抢抓农时，…力争在2025年5月底前完成…": a dated target in a clause of its own is still set, so
            // only deadlines inside the clauses that report progress may stand in the sentence.
            if (DatedBetween(from, ClauseStart(k), pointsBefore: true)) return false;
            any = true;
            from = j;
            k = j;
        }
        return any && !DatedBetween(from, end);
    }

    int ClauseStart(int k)
    {
        while (k > start && text[k - 1] is not (',' or ';' or ':')) k--;
        return k;
    }

    /// <summary>
    /// A deadline phrase between a and b that sets a date: not the time a report is made at ("截至11月底，") nor a
    /// share of a period's plan ("完成年度计划的86%": a clause holding a percentage is a statistic).
    /// </summary>
    /// <param name="pointsBefore">
    /// Sixteenth round: the dates stand before the clause that reports progress ("9月份河长办组织各乡镇…进行排查，排查出问题
    /// 已立行立改"): a point in time with no limit after it (no 前 / 底 / 内 closing its phrase) says when the reported
    /// work was done, it sets nothing. A limit there ("力争在5月底前完成…") is still set.
    /// </param>
    bool DatedBetween(int a, int b, bool pointsBefore = false)
    {
        if (deadlineStarts is null) return false;
        for (int k = a; k < b; k++)
        {
            if (!DatedAt(k, end)) continue;
            if (k >= 2 && text[k - 2] == '截' && text[k - 1] is '至' or '止') continue;
            if (ClauseHasPercent(k)) continue;
            if (pointsBefore && !LimitClosesAt(k)) continue;
            return true;
        }
        return false;
    }

    /// <summary>The dated phrase at k is closed, in its clause, by 前 / 底 / 内 (a by-when).</summary>
    bool LimitClosesAt(int k)
    {
        for (int j = k + 1; j < Math.Min(end, k + 12) && text[j] is not (',' or ';' or ':'); j++)
            if (text[j] is '前' or '底' or '内') return true;
        return false;
    }

    bool ClauseHasPercent(int k)
    {
        for (int j = ClauseStart(k); j < end && text[j] is not (',' or ';' or '。'); j++)
            if (text[j] == '%' || text[j] == '％') return true;
        return false;
    }

    /// <summary>
    /// "…因工作变动需要更换人员的，所在单位应在一月内…": a first clause that ends in 的 names a case, not a unit; what
    /// the rest asks is asked of whoever meets the case: a standing rule (as 凡…的, without the 凡).
    /// "对排查出的问题，…" ends in a noun: the object of an order, not a case.
    /// </summary>
    /// <param name="byWhom">
    /// Rule CaseHandledBy instead: the clause right after the case opens with 由 ("需要增加责任单位的，由牵头单位商有关单位确定",
    /// "下发行政处罚建议书的，由…实施部门及时调查处理"): who handles each such case, whatever it is then asked, a standing rule.
    /// </param>
    public bool OpensWithCaseClause(bool byWhom = false)
    {
        int p = ContentStart, k = p;
        k = ClauseEndFrom(k);
        if (k >= end || text[k] != ',' || k - p < 4 || text[k - 1] != '的') return false;
        // "对存在拖欠问题的，各级各部门要…": 对 / 针对 make the 的-phrase the object the units are told to deal with.
        if (text[p] == '对' || text[p] == '针' && text[p + 1] == '对') return false;
        if (byWhom)
        {
            int q = k + 1;
            while (q < end && text[q] == ' ') q++;
            return q < end && text[q] == '由';
        }
        for (int j = p; j < k; j++) if (ModalAt(text, j, k, lx) > 0 && text[j] is '要' or '须' or '请') return false;
        // 应 / 须 is the register of a rule; 要 is how work is handed over now ("未完成的，县住建局要…").
        for (int j = k + 1; j < end; j++) if (ModalAt(text, j, end, lx) > 0 && text[j] is '应' or '须' or '必') return true;
        return false;
    }

    /// <summary>
    /// Tenth round, CaseClauseRule's second shape: "对于咨询类事项能当天答复的当天答复，不能当天答复的，应在3个工作日内办结":
    /// a case (a clause of at least four characters ending in 的, not opened by 对 / 针对) that is not the sentence's first
    /// clause, right before a clause that opens with a rule's modal (应, 须, 必须, 应当) and names nobody: the duty of
    /// whoever meets the case, a standing rule, as <see cref="OpensWithCaseClause"/> reads it at the sentence's start.
    /// "不能按期完成的，县住建局要…" names who is told now (要, a unit before it) and is read.
    /// </summary>
    public bool HasCaseBeforeRuleModal()
    {
        int a = ContentStart;
        bool first = true;
        for (int k = a; k < end; k++)
        {
            if (text[k] is not (',' or ';')) continue;
            int b = k, c = a;
            a = k + 1;
            bool wasFirst = first;
            first = false;
            while (c < b && text[c] == ' ') c++;
            if (wasFirst || b - c < 4 || text[b - 1] != '的' || text[c] == '对' || text[c] == '针' && text[c + 1] == '对') continue;
            int q = k + 1;
            while (q < end && text[q] == ' ') q++;
            if (q >= end || ModalAt(text, q, end, lx) is not (> 0 and var len) || AsksNothingHere(q, len)) continue;
            if (text[q] is '应' or '须' or '必') return true;
        }
        return false;
    }

    /// <summary>
    /// "收到企业问题受理单之后，协办部门应在3个工作日内…", "受理申请后5个工作日内…": a time limit counted from an event
    /// that recurs (each receipt, each application) is a standing procedure, not a date handed over now. An event of
    /// this text (收到本通知后) starts a real deadline.
    /// </summary>
    public bool CountsFromRecurringEvent()
    {
        var s = text.AsSpan(0, end);
        for (int k = start; (k = lx.RecurringEventVerbs.NextMatch(s, k, out int len)) >= 0; k++)
        {
            if (ThisTextsOccasionBefore(k)) continue;
            for (int j = k + len; j < Math.Min(end, k + 30); j++)
            {
                char c = text[j];
                // 收到本通知后, 收到通知后: this text's own arrival starts a real deadline.
                if (c is '本' or '此' or '该' || c == '通' && j + 1 < end && text[j + 1] == '知') break;
                if (c is ',' or ';' or '。') break;
                if (c == '后' || c == '起' && text[j - 1] == '日')
                {
                    for (int q = j + 1; q < Math.Min(end, j + 24); q++)
                        if (text[q] == '内' && (text[q - 1] is '日' or '天' or '月' or '周' or '时')) return true;
                    break;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// Twentieth round (r20-nondir line A): "本次验收结束后5个工作日内", "此次受理…后": the event is one occasion this text
    /// names (本次 / 此次 / 这次 / 该次 / 本轮, at most six characters before the verb, in its clause), not every future
    /// case: its limit is a real deadline.
    /// </summary>
    bool ThisTextsOccasionBefore(int k)
    {
        for (int j = k - 1; j >= Math.Max(start + 1, k - 6) && text[j] is not (',' or ';' or ':' or '。'); j--)
            if (text[j] is '次' or '轮' && text[j - 1] is '本' or '此' or '这' or '该') return true;
        return false;
    }

    /// <summary>
    /// Tenth round, rule DutyOnEachReceipt: "承办部门接到县府办转来的督办公文后，应按要求及时、认真办理", "局各部门对应急类
    /// 事项，应在收到转办件工单的当日…答复诉求人": a duty tied to the receipt of a kind of thing (收到 / 接到 / 受理 and
    /// its object, then 后, 当日 / 当天 or 次日), put in the register of a rule (应, 须, 必须, 应当) with no order modal (要,
    /// 请, 务必, 责成) anywhere: what whoever holds the role does with every such receipt, a standing procedure, with or
    /// without a time limit (<see cref="CountsFromRecurringEvent"/> reads the limit). The arrival of this text (收到本通知后)
    /// and a duty handed over now with 要 ("接到交办清单后，各乡镇要立即组织整改") are read.
    /// </summary>
    public bool DutyOnEachReceipt()
    {
        var s = text.AsSpan(0, end);
        bool receipt = false;
        for (int k = start; !receipt && (k = lx.RecurringEventVerbs.NextMatch(s, k, out int len)) >= 0; k++)
        {
            if (ThisTextsOccasionBefore(k)) continue;
            for (int j = k + len; j < Math.Min(end, k + 30); j++)
            {
                char c = text[j], next = j + 1 < end ? text[j + 1] : ' ';
                if (c is '本' or '此' or '该' || c == '通' && next == '知') break;
                if (c is ',' or ';' or '。') break;
                if (c == '后' || c == '当' && next is '日' or '天' || c == '次' && next == '日') { receipt = true; break; }
            }
        }
        if (!receipt) return false;
        bool rule = false;
        for (int k = start; k < end; k++)
        {
            int len = ModalAt(text, k, end, lx);
            if (len == 0 || AsksNothingHere(k, len)) continue;
            if (text[k] is '要' or '请' or '务' or '责') return false;
            if (text[k] is '应' or '须' or '必') rule = true;
            k += len - 1;
        }
        return rule;
    }

    /// <summary>
    /// "但也存在少数单位重视程度不够高…等问题": the sentence's predicate is 存在 and its object ends in 问题 / 不足 /
    /// 短板: a finding. "对存在的问题，各乡镇要…整改" puts the finding in a modifier and asks: read.
    /// </summary>
    public bool ReportsProblems()
    {
        int b = end;
        while (b > start && text[b - 1] is ' ' or '。') b--;
        if (lx.ProblemNouns.MatchEndingAt(text, b, start) == 0) return false;
        for (int k = ContentStart; k + 1 < b; k++)
            if (text[k] == '存' && text[k + 1] == '在' && (k + 2 >= b || text[k + 2] != '的')) return true;
        return false;
    }

    /// <summary>
    /// "本实施方案分为总体要求、重点任务、保障措施三个部分": a sentence whose subject is this document (本 / 此 and a
    /// document's head noun, 方案, 办法, 计划 …) describes the document or how it is organised.
    /// </summary>
    public bool OpensWithThisDocument()
    {
        int p = ContentStart;
        if (p >= end || text[p] is not ('本' or '此')) return false;
        for (int k = p + 2; k <= Math.Min(end - 1, p + 9); k++)
        {
            if (!ChineseText.IsHan(text[k - 1])) return false;
            // The head noun ends the subject: "本方案分为…", not "本方案的任务…" (a topic the order is about).
            if (lx.DocumentHeads.MatchEndingAt(text, k, p + 1) > 0 && text[k] is not ('的' or '所' or ',')) return true;
        }
        return false;
    }

    /// <summary>
    /// 要, 请, 务必, 责成: how work is handed over now, as against 应 / 须, the register of a rule ("协办部门应在3个工作日内…").
    /// </summary>
    /// <summary>A dated time limit: a dated phrase closed by 前 / 底 / 内 before the clause ends ("12月20日前", "11月底").</summary>
    public bool HasDatedLimit() => StartsKept() ? _datedLimit ??= HasDatedLimitFrom(start) : HasDatedLimitFrom(start);

    bool HasDatedLimitFrom(int from)
    {
        for (int k = from; k < end; k++)
            if (DatedAt(k, end) && LimitClosesAt(k)) return true;
        return false;
    }

    /// <summary>An order modal (<see cref="HasOrderModal"/>) other than the 要求 of a basis clause ("按照…要求,我镇…").</summary>
    public bool HasOrderBesidesBasis()
    {
        for (int k = start; k < end; k++)
        {
            int len = ModalAt(text, k, end, lx);
            if (len == 0 || text[k] is not ('要' or '请' or '务' or '责') || AsksNothingHere(k, len)) continue;
            if (len == 2 && text[k] == '要' && text[k + 1] == '求' && OpensWithBasis(k)) continue;
            return true;
        }
        return false;
    }

    /// <summary>
    /// An ask other than the register of a rule (应, 应当, 须, 必须: "延期申请应写明…", "承办单位必须在事项到期前…"): 要, 请,
    /// 务必, 责成, 要求, 负责, 牵头, 督促, 立即 … hand work over now.
    /// </summary>
    public bool HasAskBesidesRuleRegister() => _orderAsk ??= ScanAsk(strongOnly: false, besidesRuleRegister: true);

    public bool HasOrderModal() => _orderModal ??= ScanOrderModal();

    /// <summary>
    /// Twenty-first round, rule HandsOutToAddressees: "党委组织部于5月21日前将党费缴纳标准发至各党总支书记邮箱", "(一)9月23日前，
    /// 研究生学院将学籍预警名单发至各相关培养单位", "监理方…在会后三日内签发给各有关单位": a body sends what it drew up on to
    /// the generic addressees (a hand-out verb, <see cref="DirectiveLexicon.HandOutVerbs"/>, right before 各…). In a notice the
    /// body that hands out to 各… is the writer, or works for it: the sentence is the writer's own step, announced to the
    /// addressees, nothing handed over (conventions: "the writer's own announcements"). Only where nothing is asked by an
    /// order or a rule's register (要, 须, 应, 请, 务必, 必须, 责成, 要求; the manner words 负责, 督促, 立即 tell how the body
    /// works), the sentence does not open with a generic addressee (各学院将…发至各…: the addressees' own work, a task) and
    /// nothing after the hand-out is dated or opens with another 各… ("…发至各培养单位，各培养单位于10月14日前送交…": the
    /// addressees' part is read).
    /// </summary>
    public bool HandsOutToAddressees()
    {
        var s = text.AsSpan(0, end);
        int p = PastItemNumber(ContentStart);
        if (p >= end || text[p] == '各') return false;
        for (int k = p; (k = lx.HandOutVerbs.NextMatch(s, k, out int len)) >= 0; k++)
        {
            if (k + len >= end || text[k + len] != '各') continue;
            if (HasAskBesidesManner()) return false;
            for (int j = k + len + 1; j < end; j++)
            {
                if (DatedAt(j, end)) return false;
                if (text[j] == '各' && text[j - 1] is ',' or ';' or ':') return false;
            }
            return true;
        }
        return false;
    }

    /// <summary>
    /// An ask other than a manner or role word (督促, 立即, 尽快, 抓紧, 牵头, 负责, 限期 tell how the subject works): 要, 须,
    /// 应, 请, 务必, 必须, 责成, 要求.
    /// </summary>
    public bool HasAskBesidesManner() => ScanAsk(strongOnly: false, besidesManner: true);

    bool ScanOrderModal()
    {
        for (int k = start; k < end; k++)
        {
            int len = ModalAt(text, k, end, lx);
            if (len > 0 && text[k] is '要' or '请' or '务' or '责' && !AsksNothingHere(k, len)) return true;
        }
        return false;
    }

    /// <summary>"在两日内", "7个工作日内", "一月内": a time limit counted from something, with no calendar day.</summary>
    public bool HasRelativeLimit()
    {
        for (int k = start + 2; k < end; k++)
        {
            if (text[k] != '内' || text[k - 1] is not ('日' or '天' or '月' or '周')) continue;
            for (int j = k - 2; j >= Math.Max(start, k - 5); j--)
                if (ChineseText.IsNumeral(text[j])) return true;
        }
        return false;
    }

    static readonly System.Buffers.SearchValues<char> RuleModalStarts = System.Buffers.SearchValues.Create("应须必");

    /// <summary>
    /// Sixteenth round, rule RuleRegisterTimeLimit: "乡镇人民政府、街道办事处应当在10日内将审核意见…报县级人民政府民政部门",
    /// "对…难以如期办结的督办事项，应在规定时限内报告办理进展情况", "学院应在网站…公示拟获…名单，…公示时间均为5个工作日":
    /// a duty put in the register of a rule (应, 应当, 须, 必须) whose only time is a span counted from whatever each case
    /// starts with (应在N日内, 须在规定时限内, or how long something lasts: 公示N个工作日), never a day of the calendar. A regulation or a system's text states it
    /// for every such case; a directive hands work over with 要 / 请 / 负责 (the rule reads
    /// <see cref="HasAskBesidesRuleRegister"/>) or dates it. Read as a task all the same: a span counted from this text's
    /// own arrival or from the meeting (收到本通知后, 自即日起, 通知下发之日起, 会后: DeadlineGrammar's relative_from_notice
    /// anchors), and a recurring limit ("每季度结束后的15日内": the conventions date its first occurrence).
    /// </summary>
    public bool SetsStandingTimeLimit()
    {
        // Only 应, 须 or 必 opens the rule's modal (below): most sentences hold none and are answered by one search.
        if (Span.IndexOfAny(RuleModalStarts) < 0) return false;
        bool rule = false, limit = false;
        for (int k = start; k < end; k++)
        {
            char c = text[k], next = k + 1 < end ? text[k + 1] : ' ';
            // 每季度, 每月, 每周: a recurring limit, a task dated by its first occurrence.
            if (c == '每' && next is '年' or '季' or '月' or '周' or '半' or '星' or '日' or '天') return false;
            // This text's arrival or the meeting starts the span: a real deadline.
            if (c == '通' && next == '知' || c == '文' && next == '件' || c is '即' or '今' && next == '日' || c == '会' && next == '后'
                || next is '发' or '达' && c is '下' or '印') return false;
            int len = ModalAt(text, k, end, lx);
            if (len == 0 || AsksNothingHere(k, len)) { if (WorkingDaysLastingAt(k)) limit = true; continue; }
            if (text[k] is not ('应' or '须' or '必')) continue;
            rule = true;
            // 应在10日内, 须在3个月内, 应当在规定时限内: the rule's modal, 在 and the span. "须于两周内上报方案" (于, by)
            // is how a directive dates work; every rule of the corpus counts its span with 在.
            if (k + len < end && text[k + len] == '在' && SpanAt(k + len + 1)) limit = true;
            k += len - 1;
        }
        return rule && limit;
    }

    /// <summary>"10日内", "3个月内", "两周内", "规定时限内", "规定期限内": a span counted from each case, at k.</summary>
    bool SpanAt(int k)
    {
        if (k + 4 < end && text[k] == '规' && text[k + 1] == '定' && text[k + 2] is '时' or '期' && text[k + 3] == '限' && text[k + 4] == '内')
            return true;
        int j = k;
        while (j < end && ChineseText.IsNumeral(text[j])) j++;
        if (j == k) return false;
        if (j < end && text[j] == '个') j++;
        if (j + 2 < end && text[j] == '工' && text[j + 1] == '作' && text[j + 2] == '日') j += 2;
        return j + 1 < end && text[j] is '日' or '天' or '周' or '月' && text[j + 1] == '内';
    }

    /// <summary>"公示时间均为5个工作日", "另行公示10个工作日": how long something lasts, in working days (no 内 after it).</summary>
    bool WorkingDaysLastingAt(int k)
    {
        if (k + 3 >= end || text[k] != '个' || text[k + 1] != '工' || text[k + 2] != '作' || text[k + 3] != '日') return false;
        if (k == start || !ChineseText.IsNumeral(text[k - 1])) return false;
        return k + 4 >= end || text[k + 4] is not ('内' or '以' or '之');
    }

    /// <summary>
    /// Twentieth round (eval/corpus/relabels/r20-nondir.md, line A), rule AdvanceLimitPerOccasion: "市政府领导同志外出,
    /// 需提前两天向市政府主要领导同志报告", "每次召开专题会议,须提前3个工作日报备": a limit counted back from an occasion
    /// (提前N日 / N天 / N个工作日, right after the register of a rule: 需, 应, 应当, 须, 必须, with 至少 between), where the
    /// occasion is its own clause before the modal (the sentence's first clause) or every time (每次 / 每逢): how each future
    /// occasion is prepared, a standing rule. Read as a task all the same: an occasion this text itself fixes (本次, 此次, 这次,
    /// 该次, 本届, 届时); a limit whose subject runs into the modal with no occasion clause ("会议具体时间、地点…需提前1天报
    /// 机关党委备案": the notice's own dated meeting, r10l-020); and, by the rule's other conditions, an order (要, 请) or a
    /// date in the same sentence (a one-off job handed over with it).
    /// </summary>
    public bool SetsAdvanceLimitPerOccasion()
    {
        // Only a span after 提前 (AdvanceSpanAt) makes the rule: most sentences have none, one search says so.
        if (Span.IndexOf("提前", StringComparison.Ordinal) < 0) return false;
        int p0 = ContentStart;
        for (int k = p0; k < end; k++)
        {
            char c = text[k], next = k + 1 < end ? text[k + 1] : ' ';
            // This text's own occasion: 本次会议, 此次培训, 本届运动会, 届时.
            if (c is '本' or '此' or '这' or '该' && next is '次' or '届' or '轮' || c == '届' && next == '时') return false;
        }
        for (int k = p0; k < end; k++)
        {
            int len = text[k] switch
            {
                '应' => k + 1 < end && text[k + 1] == '当' ? 2 : 1,
                '必' => k + 1 < end && text[k + 1] == '须' ? 2 : 0,
                '需' or '须' => 1,
                _ => 0,
            };
            if (len == 0 || !AdvanceSpanAt(k + len)) continue;
            for (int q = p0; q + 1 < k; q++)
                if (text[q] == '每' && text[q + 1] is '次' or '逢') return true;
            // The modal opens the second clause; the first names the occasion and asks nothing of its own.
            int b = k - 1;
            while (b >= p0 && text[b] == ' ') b--;
            if (b - p0 < 2 || text[b] != ',') return false;
            for (int q = p0; q < b; q++)
            {
                if (text[q] is ',' or ';' or ':') return false;
                if (ModalAt(text, q, b, lx) is > 0 and var m && !AsksNothingHere(q, m)) return false;
            }
            return true;
        }
        return false;
    }

    /// <summary>"提前两天", "至少提前3天", "提前3个工作日", "提前1日" at k: a span counted back from an occasion.</summary>
    bool AdvanceSpanAt(int k)
    {
        if (k + 1 < end && text[k] == '至' && text[k + 1] == '少') k += 2;
        if (k + 1 >= end || text[k] != '提' || text[k + 1] != '前') return false;
        int j = k + 2, d = j;
        while (j < end && ChineseText.IsNumeral(text[j])) j++;
        if (j == d) return false;
        if (j < end && text[j] == '个') j++;
        if (j + 2 < end && text[j] == '工' && text[j + 1] == '作' && text[j + 2] == '日') return true;
        return j < end && text[j] is '日' or '天';
    }

    /// <summary>
    /// "近日，市委办公厅印发了《…实施方案》，并发出通知，要求各区县各部门认真抓好贯彻落实": the ask stands after a
    /// document was issued (印发了 / 下发《…》): the sentence reports what that document asked, undated. An ask before
    /// the issuing ("要于12月20日前印发《方案》") or a date after the ask is work handed over.
    /// </summary>
    /// <param name="notice">Read the issuing as a notice handed out after an inspection (<see cref="NoticeHandedOutAt"/>) instead.</param>
    public bool ReportsIssuedAsk(bool notice = false)
    {
        var s = text.AsSpan(0, end);
        int issued = -1;
        for (int k = start; k + 2 < end && issued < 0; k++)
        {
            if (ModalAt(text, k, end, lx) is > 0 and var m && !AsksNothingHere(k, m)) return false;
            // "第一季度:印发《…方案》" opens its clause with the verb: an order to issue, not a report of an issuing.
            if (notice) { if (NoticeHandedOutAt(k) is > 0 and var doc) issued = doc; }
            else if (lx.IssuingVerbs.MatchAt(s, k) is > 0 and var len && text[k + len] is '了' or '《' && k > start && ChineseText.IsHan(text[k - 1]))
                issued = k + len;
        }
        if (issued < 0) return false;
        // "12月20日前印发《方案》": a by-when before the verb dates the issuing, which is then asked for.
        for (int k = start; k < issued; k++)
        {
            if (!DatedAt(k, end)) continue;
            for (int j = k; j < issued; j++) if (text[j] is '前' or '内' or '底' or '末') return false;
        }
        bool asked = false;
        for (int k = issued; k < end; k++)
        {
            if (DatedAt(k, end)) return false;
            if (ModalAt(text, k, end, lx) is > 0 and var m && !AsksNothingHere(k, m)) asked = true;
        }
        return asked;
    }

    /// <summary>
    /// "全部下达了整改通知书，责令…", "提出了整改意见，要求限期整改", "已下发督办单到各村要求限期整改": a notice
    /// (<see cref="DirectiveLexicon.NoticeDocuments"/>) handed out in the completed aspect (the verb, one of
    /// <see cref="DirectiveLexicon.NoticeVerbs"/>, before 了 or after 已), its noun within a few characters of the verb in
    /// the same clause: the asks after it are what the notice said, reported. Returns where the notice's name ends, or 0.
    /// "要向施工单位下达整改通知书" (asked before, see <see cref="ReportsIssuedAsk"/>) and "现场提出整改意见，要求…于3日内…"
    /// (no aspect: the inspectors' ask as it is made) are read.
    /// </summary>
    int NoticeHandedOutAt(int k)
    {
        var s = text.AsSpan(0, end);
        if (lx.NoticeVerbs.MatchAt(s, k) is not (> 0 and var len)) return 0;
        bool done = k + len < end && text[k + len] == '了' || k > start && text[k - 1] == '已';
        if (!done) return 0;
        for (int j = k + len; j < Math.Min(end, k + len + 10) && text[j] is not (',' or ';' or ':' or '。'); j++)
            if (lx.NoticeDocuments.MatchAt(s, j) is > 0 and var doc) return j + doc;
        return 0;
    }

    /// <summary>
    /// Eleventh round, rule AssignmentDescribed: "会议围绕…四大重点，逐项明确任务清单、责任分工与时间节点，推动各项工作落地见效",
    /// "…提出了157项整改措施，明确了整改内容、整改目标、责任主体及时限要求": a clause opened by 明确 (after at most a short
    /// adverb: 逐项, 逐一, 并) whose object names at least two headings of an assignment
    /// (<see cref="DirectiveLexicon.AssignmentCategories"/>: 责任单位, 时间节点, 完成时限 …) tells that work was assigned, with
    /// its units and dates, somewhere that is not this text (conventions: a description of a document or of how it is
    /// organised). Only in a told sentence: the meeting is its subject ("会议围绕…", "会议听取了…") or it is in the completed
    /// aspect (了). "1. 制定整改方案，明确责任人和完成时限。" (an order in a list: no aspect) is read, and so is
    /// "会议要求，各乡镇制定整改方案，明确责任人和完成时限" (the rule's ask check, <see cref="HasAskOutside"/>).
    /// Returns the 明确 clause, or null.
    /// </summary>
    public (int Start, int End)? AssignmentDescription()
    {
        if (!(OpensWithMeeting() || HasPerfective())) return null;
        var s = text.AsSpan(0, end);
        int clause = ContentStart;
        for (int k = clause; k + 1 < end; k++)
        {
            char c = text[k];
            if (c is ',' or ';' or ':') { clause = k + 1; continue; }
            if (c != '明' || text[k + 1] != '确' || k - clause > 3) continue;
            int ce = ClauseEndFrom(k + 2);
            int n = 0;
            for (int j = k + 2; j < ce; j++)
                if (lx.AssignmentCategories.MatchAt(s, j) is > 0 and var len) { n++; j += len - 1; }
            if (n >= 2) return (clause, ce);
        }
        return null;
    }

    /// <summary>An ask outside <paramref name="described"/> (the clause <see cref="AssignmentDescription"/> found: its
    /// 时限要求 is a heading, not an ask).</summary>
    public bool HasAskOutside((int Start, int End) described)
    {
        for (int k = start; k < end; k++)
        {
            if (k >= described.Start && k < described.End) { k = described.End - 1; continue; }
            int len = ModalAt(text, k, end, lx);
            if (len == 0 || AsksNothingHere(k, len) || InComposition(k)) continue;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Sixteenth round: "成立由区委书记牵头、区委专职副书记具体负责、…共同组成的工作专班": 牵头 / 负责 between 由 and 组成 in
    /// one clause tell who makes up a body (its composition), they hand nobody a job.
    /// </summary>
    bool InComposition(int k)
    {
        bool you = false;
        for (int j = k - 1; j >= start && text[j] is not (',' or ';' or ':' or '。'); j--)
            if (text[j] == '由') { you = true; break; }
        if (!you) return false;
        for (int j = k + 1; j + 1 < end && text[j] is not (',' or ';' or ':' or '。'); j++)
            if (text[j] == '组' && text[j + 1] == '成') return true;
        return false;
    }

    /// <summary>
    /// "会议审议…", "会议听取并原则同意…", "会议对…进行安排": the sentence tells what the meeting took up. Thirteenth
    /// round: a two-character manner word may stand between 会议 and the verb ("会议认真听取…汇报", "会议集中学习…文件精神",
    /// "会议专题研究…"), as <see cref="AgendaVerbAfterManner"/> reads it.
    /// </summary>
    public bool OpensWithAgenda()
    {
        int p = ContentStart;
        int len = lx.MeetingAgendaOpeners.MatchAt(text.AsSpan(0, end), p);
        if (len == 0) len = AgendaVerbAfterManner(p);
        if (len == 0) return false;
        // "会议研究决定：…" heads the decisions: what follows is decided.
        return lx.DecisionHeaders.MatchAt(text.AsSpan(0, end), p) == 0 && !text.AsSpan(p + len, Math.Min(2, end - p - len)).SequenceEqual("决定");
    }

    /// <summary>
    /// "会议认真听取各部门工作汇报", "会议还专题研究了…": 会议 (还), then one two-character word of manner, then the verb of an
    /// agenda opener (the part of a <see cref="DirectiveLexicon.MeetingAgendaOpeners"/> word after 会议, two characters or
    /// more: 对 alone would read "会议专门对…" and more). The word between must not be what makes the meeting speak or
    /// decide ("会议要求研究…", "会议决定听取…", "会议同意审议…" hand something over): those are clause openers or speaker
    /// verbs. Returns the length up to the end of the verb, or 0. Only the sentence's opening is read (no scan).
    /// </summary>
    int AgendaVerbAfterManner(int p)
    {
        if (p + 5 >= end || text[p] != '会' || text[p + 1] != '议') return 0;
        int q = p + 2;
        if (text[q] == '还') q++;
        if (q + 4 > end || !ChineseText.IsHan(text[q]) || !ChineseText.IsHan(text[q + 1])) return 0;
        var s = text.AsSpan(0, end);
        if (lx.ClauseOpeners.MatchAt(s, p) > 2 || lx.SpeakerVerbs.MatchAt(s, q) > 0 || lx.DecisionHeaders.MatchAt(s, p) > 0) return 0;
        if (text.AsSpan(q, 2) is "决定" or "议定" or "同意" or "确定" or "认为") return 0;
        int v = q + 2;
        foreach (var w in lx.MeetingAgendaOpeners.Words)
        {
            if (w.Length < 4 || w[0] != '会' || w[1] != '议' || w[2] == '还') continue;
            int n = w.Length - 2;
            if (v + n <= end && text.AsSpan(v, n).SequenceEqual(w.AsSpan(2))) return v + n - p;
        }
        return 0;
    }

    /// <summary>
    /// "…特此报告。\n中川镇人民政府\n2020年10月15日": the item is a report sent up to a superior, closed by its formula
    /// (<see cref="DirectiveLexicon.ReportClosings"/>) on the last lines of the item, with at most a signature and a date
    /// after it. The writer tells what it has done; it hands nothing over. Only the formula in that closing place counts:
    /// "以“特此报告”结尾" inside a sentence is no closing.
    /// </summary>
    public bool ItemClosesAsReport()
    {
        if (itemStart < 0 || itemEnd <= itemStart) return false;
        int b = itemEnd;
        for (int lines = 0; lines <= 2; lines++)
        {
            while (b > itemStart && (ChineseText.IsSpace(text[b - 1]) || text[b - 1] is '。' or '!' or '.')) b--;
            if (b <= itemStart) return false;
            if (lx.ReportClosings.MatchEndingAt(text, b, itemStart) is int len and > 0)
            {
                int a = b - len;
                while (a > itemStart && text[a - 1] is ' ' or '\t' or '\u3000') a--;
                // The formula stands on a line of its own, or closes the last paragraph after a full stop.
                return a == itemStart || text[a - 1] is '\n' or '\r' or '。' or ',';
            }
            // Step back over one short line (a signature or a date) and look again.
            int lineStart = b;
            while (lineStart > itemStart && text[lineStart - 1] is not ('\n' or '\r')) lineStart--;
            if (lineStart == itemStart || b - lineStart > 20) return false;
            b = lineStart;
        }
        return false;
    }

    /// <summary>
    /// "请辖区居民和企事业单位职工按照…错峰就近到采样点", "请各社会单位、住宅物业服务企业及广大群众要认真自查自改": the sentence
    /// opens with 请 and the list it addresses, up to its first comma or modal, names the public as one of its members
    /// (<see cref="DirectiveLexicon.PublicAddressees"/>: 居民, 群众 … closing a member, before 、/和/及/与 or the verb): a
    /// notice to the public, nothing handed to a unit. Only the addressee counts: "请县融媒体中心通过微信公众号…" or
    /// "请各乡镇组织居民代表…" ask a unit.
    /// </summary>
    public bool AsksThePublic()
    {
        int p = ContentStart;
        if (p >= end || text[p] != '请') return false;
        var s = text.AsSpan(0, end);
        for (int k = p + 1; k < end && k < p + 40; k++)
        {
            char c = text[k];
            if (c is ',' or ';' or ':' or '。' or '要' or '于' or '在' or '按' or '对' or '将' or '通' or '组') return false;
            int len = lx.PublicAddressees.MatchAt(s, k);
            if (len == 0 || k + len >= end) continue;
            char next = text[k + len];
            if (next is '、' or '和' or '及' or '与' or '要' or '按' or '于' or '在' or '积' or '主' or '认' or ',') return true;
        }
        return false;
    }

    /// <summary>
    /// One scan for anything a rule looks for (a listed word, 了, 将, 的 before a modal, a header label): the parser
    /// runs the rules themselves only on the few sentences that have one.
    /// </summary>
    public bool MightMatchARule()
    {
        if (OpensWithLabel(lx.MinutesHeaderLabels) || EndsWithIssueDate() || OpensWith(lx.PreambleOpeners) || after is not null || InRegulationArticle()
            || ClosesAnnouncing() || NextLineAnnounces() || InNewsOfReferredBody()
            || ItemClosesAsReport() || AsksThePublic() || OpensWithMeetingRule() || OpensWithNews() || OpensWithAgenda()) return true;
        var s = text.AsSpan(0, end);
        if (pastAt is not null && deadlineStarts is not null && PastDateIn(pastAt, deadlineStarts)) return true;
        var cues = lx.RuleCueChars;
        bool matterAsked = false;   // rule KindOfMatterAssigned reads the whole sentence: asked at the first 由 only
        for (int k = start; k < end; k++)
        {
            char c = text[k];
            // Every test below starts at one of these characters (DirectiveLexicon.RuleCueChars): one bit rules out the rest.
            if (!CharBits.Has(cues, c)) continue;
            if (c is '了' or '将' or '已' or '存' || c == '的' && k + 1 < end && text[k + 1] is '应' or '须' or '必' or ',') return true;
            if (c == '正' && k + 1 < end && text[k + 1] is '在' or '按') return true;
            if (c == '以' && k + 1 < end && text[k + 1] == '来') return true;
            // Rule ShareStated: the percentage of a share (完成年度任务的44%) is its cue.
            if (c is '%' or '％') return true;
            if (c == '决' && k + 1 < end && text[k + 1] == '定') return true;
            if (c == '明' && k + 1 < end && text[k + 1] == '确') return true;
            if (lx.IssuingVerbs.MatchAt(s, k) > 0) return true;
            if (c is '本' or '此' && k == ContentStart) return true;
            if (c == '该' && k - ContentStart <= 3) return true;
            if (c == '截' && k - ContentStart <= 3) return true;
            if (c == '是' && k > start) return true;
            if (lx.RecurringEventVerbs.MatchAt(s, k) > 0) return true;
            // Rule RuleRegisterTimeLimit: a span (10日内, 5个工作日, 规定时限内) is its cue.
            if (c == '内' && k > start && text[k - 1] is '日' or '天' or '月' or '周' or '限' || c == '工' && k + 2 < end && text[k + 1] == '作' && text[k + 2] == '日') return true;
            if (c == '制' && k + 1 >= end - 2 || c == '凡' && k == ContentStart) return true;
            // Rule AdvanceLimitPerOccasion: 提前 (提前两天, 提前3个工作日) is its cue.
            if (c == '提' && k + 1 < end && text[k + 1] == '前') return true;
            // Rule KindOfMatterAssigned: 由 after a kind of matter is its cue.
            if (c == '由' && !matterAsked) { matterAsked = true; if (AssignsKindOfMatter()) return true; }
            if (lx.SentenceRuleCues.MatchAt(s, k) > 0) return true;
        }
        return false;
    }

    /// <summary>
    /// A deadline phrase of the sentence names a past date (<paramref name="pastAt"/>): looked up by the item's few phrase
    /// starts rather than by asking the set about every character of the sentence, as the scan above once did.
    /// </summary>
    bool PastDateIn(Func<int, bool> pastAt, IReadOnlySet<int> starts)
    {
        if (starts is HashSet<int> set)
        {
            foreach (int k in set)   // HashSet's own enumerator: no boxing
                if (k >= start && k < end && pastAt(k)) return true;
            return false;
        }
        for (int k = start; k < end; k++)
            if (starts.Contains(k) && pastAt(k)) return true;
        return false;
    }

    /// <summary>
    /// Tenth round, rule DoneAfterUrgency: "县公路局在收到交办函后，立即安排技术人员进行实地调查，…并在规定时间内完成了修补
    /// 工作", "由依法治镇办牵头，…对辖区进行巡查，并形成了…制度", "督促局12个科室…，已完成整改任务66项": the sentence tells
    /// of work done (了 after a verb, or 已 before the predicate, as <see cref="HasPerfective"/> and
    /// <see cref="HasProgressAspect"/> read them), and the only words in it that could ask are the manner or the
    /// roles of that work (立即, 尽快, 督促, 由…牵头, 负责 …), every one standing before the last mark of completion:
    /// the narrative says how it went, nobody is told anything (conventions: progress reports yield no task). A modal
    /// of an order (要, 须, 应, 请, 务必, 责成, 要求) anywhere, or a manner word after the completion ("已完成排查，
    /// 立即组织整改" goes on to what is still to do), keeps the sentence read.
    /// </summary>
    public bool TellsDoneWithMannerOnly()
    {
        int done = LastDoneMark();
        if (done < 0) return false;
        // "会上明确了由县住建局牵头…", "提出了…": 了 after a word of saying or deciding (SpeakerVerbs) tells what was
        // settled for others, the roles after it are assigned, not narrated.
        for (int k = start + 2; k < end; k++)
            if (text[k] == '了' && lx.SpeakerVerbs.MatchEndingAt(text, k, start) > 0) return false;
        bool manner = false;
        for (int k = start; k < end; k++)
        {
            int len = ModalAt(text, k, end, lx);
            if (len == 0 || AsksNothingHere(k, len)) continue;
            if (text[k] is '要' or '须' or '应' or '请' or '务' or '必' or '责') return false;
            if (k > done) return false;
            manner = true;
            k += len - 1;
        }
        return manner;
    }

    /// <summary>Where the last mark of completion stands: 了 after a verb, or 已 before a predicate (not in a 的-modifier); -1 if none.</summary>
    int LastDoneMark()
    {
        for (int k = end - 1; k > start; k--)
        {
            char c = text[k];
            if (c == '了')
            {
                char before = text[k - 1], after = k + 1 < end ? text[k + 1] : ' ';
                if (before is '为' or '除' or '不' or '得' or '完' || after is '解' or '结' or '然' || !ChineseText.IsHan(before)) continue;
                return k;
            }
            if (c == '已' && k + 1 < end && text[k - 1] is not ('而' or '得') && ChineseText.IsHan(text[k + 1]))
            {
                int j = k + 1;
                while (j < end && text[j] is not (',' or ';' or ':' or '。') && text[j] != '的') j++;
                if (j < end && text[j] == '的') continue;
                return k;
            }
        }
        return -1;
    }


    /// <summary>
    /// Twenty-first round, rule NewsOpening's dateline: "本报讯(通讯员谷移)日前，…", "本网讯(通讯员 苏美恋)为了…",
    /// "红网中方站8月13日讯(记者…)": the outlet's name (and the report's date) followed by 讯 / 訊 at the sentence's start,
    /// then its byline in brackets, if any. The words after it are the news itself. Returns where the dateline ends, or 0.
    /// </summary>
    int DatelineEnd(int p)
    {
        int k = p, stop = Math.Min(end, p + 20);
        while (k < stop && (ChineseText.IsHan(text[k]) || char.IsAsciiDigit(text[k]) || text[k] is ' ' or '·' or '(' or ')') && text[k] is not ('讯' or '訊')) k++;
        // 通讯 (通讯公司, 通讯保障) and 资讯 are words of their own, not an outlet's 讯.
        if (k >= stop || k == p || text[k] is not ('讯' or '訊') || text[k - 1] is '通' or '资') return 0;
        k++;
        while (k < end && text[k] == ' ') k++;
        if (k < end && text[k] is '(' or '（')
        {
            int close = text.IndexOfAny(['）', ')'], k + 1, Math.Min(end, k + 30) - k - 1);
            if (close < 0) return 0;
            k = close + 1;
        }
        while (k < end && text[k] == ' ') k++;
        return k < end ? k : 0;
    }

    /// <summary>
    /// Tenth round, rule NewsOpening: "近日，区政府督查室对我区为民办实事项目1-9月份进展情况进行跟踪督查", "据了解，2015年是合格
    /// 学校建设收官之年，县教育局积极建立工作前置机制，…": a news report's opening (<see cref="DirectiveLexicon.NewsOpeners"/>:
    /// a time just past, or the reporter's source) at the sentence's start, or standing as a whole clause among its first
    /// two ("为推进…，日前，游仙镇…"), tells what follows as news. Only in that place ("日前已下发的通知" is a modifier,
    /// "近日内" a limit), and only where the sentence asks nothing and sets no limit (the rule's condition): "近日，县政府
    /// 印发通知，要求各乡镇于12月20日前…" and "据了解，…全部工作须在10月底前完成" are read.
    /// </summary>
    public bool OpensWithNews()
    {
        var s = text.AsSpan(0, end);
        int p = StartAfterOpener();
        if (DatelineEnd(p) > 0) return true;
        if (lx.NewsOpeners.MatchAt(s, p) is > 0 and var len && p + len < end && text[p + len] is not ('内' or '起' or '的')) return true;
        int a = ContentStart;
        for (int clause = 0; clause < 2 && a < end; clause++)
        {
            int b = a;
            while (b < end && text[b] is not (',' or ';' or ':')) b++;
            int q = a;
            while (q < b && text[q] == ' ') q++;
            int r = b;
            while (r > q && text[r - 1] == ' ') r--;
            if (r > q && lx.NewsOpeners.MatchAt(s[..r], q) == r - q) return true;
            a = b + 1;
        }
        return false;
    }

    /// <summary>
    /// "希望各地各有关部门…": the sentence opens by hoping, it turns from a report to its addressees (ReportGoesOn does not
    /// go on over it; Rule ReportItemAsksNothing does not take its item as a report).
    /// </summary>
    public bool OpensWithHope()
    {
        int p = ContentStart;
        return p + 1 < end && text[p] == '希' && text[p + 1] == '望';
    }

    /// <summary>
    /// "其中，1、2#楼于4月底竣工交付使用": the sentence opens with 其中, a part of what the sentence before it counted or
    /// told; after a report (ReportGoesOn) its dates are the report's details, not a by-when for anyone.
    /// </summary>
    public bool OpensWithDetail()
    {
        int p = ContentStart;
        return p + 2 < end && text[p] == '其' && text[p + 1] == '中' && text[p + 2] is ',' or ':';
    }

    /// <summary>
    /// "…等11个项目计划下半年开工", "预计12月底全面完工": every dated phrase stands in a clause that plans or forecasts
    /// (计划 / 预计 / 力争 / 争取 before the date in its clause): what the reported work is expected to reach, no by-when
    /// set for anyone (ReportGoesOn).
    /// </summary>
    public bool DatesOnlyPlans()
    {
        bool any = false;
        for (int k = start; k < end; k++)
        {
            if (!DatedAt(k, end)) continue;
            bool plan = false;
            for (int j = ClauseStart(k); j + 1 < k && !plan; j++)
                plan = text[j] == '计' && text[j + 1] == '划' || text[j] == '预' && text[j + 1] == '计'
                       || text[j] == '力' && text[j + 1] == '争' || text[j] == '争' && text[j + 1] == '取';
            if (!plan) return false;
            any = true;
        }
        return any;
    }

    /// <summary>
    /// "今冬征兵工作将于11月1日开始", "全市征兵体检工作将在11月10日基本结束": in one of the first two clauses, a work (the
    /// subject ends in 工作, no unit) is joined by 将于 / 将在 to a time at which it starts or ends (开始 / 结束 / 启动 later
    /// in the clause). A unit's own 将于 ("物业公司将在7月7日开始断水") is not this shape.
    /// </summary>
    public bool OpensWithWorkTimetable()
    {
        int a = ContentStart;
        for (int clause = 0; clause < 2 && a < end; clause++)
        {
            int b = a;
            while (b < end && text[b] is not (',' or ';' or ':')) b++;
            for (int k = a + 2; k + 3 < b; k++)
            {
                if (text[k] != '将' || text[k - 2] != '工' || text[k - 1] != '作' || text[k + 1] is not ('于' or '在')) continue;
                for (int j = k + 3; j + 1 < b; j++)
                    if (text[j] == '开' && text[j + 1] == '始' || text[j] == '结' && text[j + 1] == '束' || text[j] == '启' && text[j + 1] == '动')
                        return true;
            }
            a = b + 1;
        }
        return false;
    }

    /// <summary>
    /// Sixteenth round, rule ReferredBodyActs: "该县公安部门派出值勤队，加强对考点周围的治安管理…，并负责处理考试中的安全突发
    /// 事件", "该局联合…开展排查": the sentence opens (after 同时, 此外 …) with a body the text points back to with 该 (该县,
    /// 该局, or 该 + a short name ending in a unit suffix): a reporter tells what a body it has already named does. A
    /// directive names the unit it hands work to; it never points back to it as 该. Whatever roles or manner the report
    /// gives (负责, 牵头, 督促, 立即) are that body's own; only a modal of an order (要, 须, 应, 请, 务必, 必须, 责成) or a
    /// dated limit ("该县要于12月20日前…") makes it read, and the ask of a speaker ("该局局长强调，各单位要…") asks.
    /// </summary>
    public bool OpensWithReferredBody()
    {
        var s = text.AsSpan(0, end);
        int p = StartAfterOpener();
        if (p + 2 >= end || text[p] != '该') return false;
        bool body = lx.SelfReferences.MatchAt(s, p) > 0;
        for (int q = p + 2; !body && q <= Math.Min(end - 1, p + 8); q++)
        {
            if (!ChineseText.IsHan(text[q - 1])) return false;
            body = lx.UnitSuffixes.MatchEndingAt(text, q, p + 1) > 0 && text[q] is not ('的' or '所');
        }
        if (!body) return false;
        for (int k = start; k < end; k++)
        {
            if (text[k] is not ('要' or '须' or '应' or '请' or '务' or '必' or '责')) continue;
            if (ModalAt(text, k, end, lx) is > 0 and var m && !AsksNothingHere(k, m)) return false;
        }
        return true;
    }

    /// <summary>
    /// Twenty-fifth round, rule ReferredBodyNewsItem: "丹阳镇从全镇15个村(居)选调普查员…,于6月30日前完成普查机构组建。8月份,该镇开展
    /// 全镇普查区划分标绘,…", "目前,该市各乡镇正采取有效措施,…确保在10月底按时高质量完成目标任务": an item in which a clause
    /// points back to an administrative body with 该 (该县, 该市, 该区, 该镇, 该乡, 该局) is a reporter's account of
    /// that body (conventions: narrative and progress reports yield no task; a directive names the unit it hands work to, it
    /// never points back to it as 该). When nothing in the whole item asks (no modal, role word or manner of an order: 要, 须,
    /// 应, 请, 务必, 必须, 责成, 要求, 负责, 牵头, 督促, 立即, 尽快, 抓紧, 限期; no 希望), every sentence of it reports, its dates
    /// included. Train: 13 items of 10 documents have the shape, all labelled no task.
    /// </summary>
    public bool InNewsOfReferredBody()
    {
        if (itemStart < 0 || itemEnd <= itemStart || itemEnd > text.Length) return false;
        // Asked by every sentence of the item (the cue scan runs it): the item's answer is kept, so a long item is read once.
        if (t_newsItem is { } kept && ReferenceEquals(kept.Text, text) && kept.Start == itemStart && kept.End == itemEnd) return kept.Value;
        bool v = ScanNewsOfReferredBody(itemStart, itemEnd);
        t_newsItem = (text, itemStart, itemEnd, v);
        return v;
    }

    [ThreadStatic] static (string Text, int Start, int End, bool Value)? t_newsItem;

    bool ScanNewsOfReferredBody(int from, int to)
    {
        // Cheap precheck: most items hold no 该 at all.
        if (text.AsSpan(from, to - from).IndexOf('该') < 0) return false;
        bool refers = false;
        for (int k = from; k < to && !refers; k++)
        {
            if (text[k] != '该') continue;
            int b = k;
            while (b > from && text[b - 1] == ' ') b--;
            if (b > from && text[b - 1] is not (',' or '。' or ';' or ':' or '\n' or '\r')) continue;
            refers = ReferredBodyAt(k, to);
        }
        if (!refers) return false;
        for (int k = from; k < to; k++)
        {
            if (text[k] == '希' && k + 1 < to && text[k + 1] == '望') return false;
            if (ModalAt(text, k, to, lx) is > 0 and var m && !AsksNothingHere(k, m)) return false;
        }
        return true;
    }

    /// <summary>
    /// 该 at p names an administrative body by its one-character kind (该县, 该市, 该区, 该镇, 该乡, 该局). A longer 该 + name is
    /// left alone here: "该功能包括系统…" ends in a unit suffix (系) without naming any body.
    /// </summary>
    bool ReferredBodyAt(int p, int to) =>
        p + 2 < to && text[p + 1] is '县' or '市' or '区' or '镇' or '乡' or '局' && text[p + 2] is not ('的' or '所');

    /// <summary>
    /// Twenty-fourth round, rule PronounSubjectReport: "他们深入野外用火点检查督促防火工作，要求办理野外用火手续，…",
    /// "他们严格落实低茬收割和粉碎还田的相关政策要求，…": the sentence opens (after 同时, 此外 …) with 他们 / 她们 as its
    /// subject (<see cref="DirectiveLexicon.PronounSubjects"/>). A directive names whom it asks; a pronoun points back
    /// at people the text has just told about (驻村干部, 林场职工), so the sentence goes on telling what they do. By
    /// position only: 他们的 / 他们所在 (a modifier: "他们所在单位要…" asks the unit) and a modal right after the
    /// pronoun ("他们要…", "他们必须…", an ask passed on to them; 他们要求… still reports) are not this opening.
    /// </summary>
    public bool OpensWithPronounSubject()
    {
        int p = StartAfterOpener();
        int len = lx.PronounSubjects.MatchAt(text.AsSpan(0, end), p);
        if (len == 0 || p + len >= end) return false;
        int q = p + len;
        if (text[q] is '的' or '所' or ',' or '、' or '和' or '与') return false;
        if (text[q] == '要' && q + 1 < end && text[q + 1] == '求') return true;
        for (int k = q; k < Math.Min(end, q + 3); k++)
            if (ModalAt(text, k, end, lx) > 0) return false;
        return true;
    }

    int _asOfEnd = -1;

    /// <summary>
    /// Sixteenth round, rule AsOfReport: "截至目前，2015年研究生考试网上报名阶段已经结束，…", "截至10月底，全市11个项目完成标准化
    /// 主体工程，…": the sentence opens (after 同时, 此外 …) with 截至 / 截止 and the time it reports at, a clause of its own
    /// (up to the first comma): what follows is the state of things at that time, a report. "截止12月20日前完成…" (前:
    /// a by-when written with 截止) and a 截止时间 label ("截止时间为…", a time limit) are not this opening.
    /// </summary>
    public bool OpensAsOf()
    {
        int p = StartAfterOpener();
        if (p + 3 >= end || !(text[p] == '截' && text[p + 1] is '至' or '止')) return false;
        int k = p + 2;
        if (k < end && text[k] is '时' or '日') return false;
        for (; k < end && k <= p + 18; k++)
        {
            // 目前 / 此前 name the time of the report; any other 前 closes a by-when.
            if (text[k] == '前' && text[k - 1] is not ('目' or '此') || text[k] is ';' or ':' or '。') return false;
            if (text[k] == ',') { _asOfEnd = k; return k > p + 2; }
        }
        return false;
    }

    /// <summary>A dated limit (前 / 底 / 内 after a dated phrase) after the as-of clause that <see cref="OpensAsOf"/> found.</summary>
    public bool HasDatedLimitAfterAsOf() => HasDatedLimitFrom(Math.Max(start, _asOfEnd));

    /// <summary>
    /// Sixteenth round, rule ThisIsDescribed: "这是西城街道为进一步提高工作效率，新采取的周报告制度，每周一下发工作交办清单…":
    /// the sentence opens with 这是 / 这也是 (after 同时, 此外 …): it says what the thing just told is, a description; nobody
    /// is its subject to be handed anything.
    /// </summary>
    public bool OpensWithThisIs()
    {
        int p = StartAfterOpener();
        if (p + 2 >= end || text[p] != '这') return false;
        return text[p + 1] == '是' || text[p + 1] == '也' && text[p + 2] == '是';
    }

    /// <summary>"12月15日开始启运新兵": the sentence opens with a dated phrase.</summary>
    public bool OpensWithDate() => DatedAt(ContentStart, end);

    /// <summary>The sentence opens with the meeting as its subject ("会议明确了…", "会议确立了…"): what it settled, not a report.</summary>
    public bool OpensWithMeeting()
    {
        int p = ContentStart;
        return p + 1 < end && text[p] == '会' && text[p + 1] == '议';
    }

    /// <summary>了 after a verb tells of what was done ("通报了", "进行了汇报"); 了解, 为了, 不了 do not.</summary>
    public bool HasPerfective() => _perfective ??= ScanPerfective();

    bool ScanPerfective()
    {
        for (int k = start + 1; k < end; k++)
            if (PerfectiveLeAt(k)) return true;
        return false;
    }

    /// <summary>The 了 at k (start &lt; k &lt; end) follows a verb: not 为了, 除了, 不了, 得了, 完了, 了解, 了结, 了然.</summary>
    bool PerfectiveLeAt(int k)
    {
        if (text[k] != '了') return false;
        char before = text[k - 1], after = k + 1 < end ? text[k + 1] : ' ';
        return before is not ('为' or '除' or '不' or '得' or '完') && after is not ('解' or '结' or '然') && ChineseText.IsHan(before);
    }
}

/// <summary>
/// A named rule that decides a whole sentence hands nothing over (conventions: "Narrative, praise, statistics and
/// slogans yield no task", the framing of minutes, public notices, findings). Every rule looks at position or
/// aspect, never at a word alone: a sentence that also asks something of someone (要, 须, 请 …) keeps its task, except
/// where the ask itself is what the rule reads (AttitudeOnly: only an attitude is asked; WhoeverRule: it is asked of
/// whoever meets a condition; ConditionalRule, StandingRule, SystemTitle, IssueLine, MinutesHeader by position).
/// </summary>
/// <see cref="KeepsSubject"/>: the sentence is still read for the units it names, since they are whom the next
/// sentences speak to ("各级各部门要高度重视。要在5月15日前完成验收。"); its clauses do no work.
public sealed record SentenceRule(string Name, Func<SentenceView, bool> When, string Example, string CounterExample, bool KeepsSubject = false);

public static class SentenceRules
{
    // In a condition, "!s.HasAsk()" stands first (after bare field reads such as !s.InDecisions): it is computed once per
    // sentence and is false for most sentences that get this far, so the rule's own scans run only on sentences that
    // ask nothing. The conditions are pure reads of the sentence; their order changes no outcome (predictions
    // byte-identical on every corpus file).
    public static IReadOnlyList<SentenceRule> All { get; } =
    [
        new("MinutesHeader",
            s => s.OpensWithLabel(s.Lexicon.MinutesHeaderLabels),
            "列席：县发改局、县财政局、县工信局主要负责同志",
            "列席会议的县发改局要在月底前报送项目清单。"),
        new("IssueLine",
            s => !s.HasAsk() && s.EndsWithIssueDate(),
            "县人民政府办公室 2026年11月22日印发",
            "县政府办公室要在12月20日前将实施方案印发。"),
        new("PurposePreamble",
            s => s.IsPurposePreamble() && !s.HasAskBesidesBasis(),
            "为全面贯彻落实县委全会精神，努力实现全年经济社会发展目标任务，现就全县重点工作制定分工方案如下。",
            "为确保目标任务完成，请各乡镇于12月20日前按如下要求报送工作方案。"),
        // Twenty-fifth round: the writer's preamble ends by announcing what follows (…如下, or the next line 现将…如下).
        new("AnnouncesWhatFollows",
            s => !s.InDecisions && s.AnnouncesWhatFollows(),
            "根据区领导的指示精神，由区管委会办公室牵头，会同区委组织部组成督查组，对重点项目进行专项督查，现将有关事项通知如下:",
            "经研究，决定由县住建局牵头于12月20日前完成老旧小区改造验收。现将有关事项通知如下:"),
        new("CoverLetter",
            s => s.IsCoverLetter() && !s.HasMonthDay(),
            "现将《2025年计划草案报告》印发给你们，请认真抓好学习贯彻，研究细化工作举措，不折不扣抓好落实，确保圆满完成全年各项目标任务。",
            "现将《2025年计划草案报告》印发给你们，请各乡镇据此制定实施方案，确保圆满完成全年各项目标任务。"),
        new("SystemTitle",
            s => !s.HasAsk() && s.IsSystemTitle() && !s.HasMonthDay(),
            "(一)每周调度工作制度",
            "建立每周调度工作制度，12月20日前印发实施。"),
        new("SystemHeading",
            s => !s.InDecisions && !s.HasAsk() && s.IsSystemHeading() && !s.HasDeadline() && !s.Contains(s.Lexicon.DecisionHeaders),
            "一是建立“一把手”例会制度。由管委会主任负责召集，各街道办事处主任参加。",
            "二、完善联席会议制度。县发改局要于12月20日前修订联席会议工作规则。"),
        new("MeetingFraming",
            s => !s.HasAsk() && s.Contains(s.Lexicon.MeetingFraming),
            "12月1日，县长主持召开县政府常务会议。",
            "会议由县长主持召开，要求县财政局于12月20日前报送预算调整方案。"),
        new("MeetingNarrative",
            s => !s.HasAsk() && s.OpensWith(s.Lexicon.MeetingNarrativeOpeners, within: 6) && !s.Contains(s.Lexicon.SpeakerVerbs),
            "会上，县自规局通报全县违法用地情况，县住建局作交流发言。",
            "会上，县长要求县自规局于12月20日前完成违法用地整改。"),
        // Twenty-sixth round (rule ToldWorkCompliesWithRequirement, SentenceView.HasAskInToldWork): here, in
        // ProgressAspect and in AsOfReport, the requirement the told work complied with ("按照…要求开展…，…开展了…") asks nobody.
        new("PerfectiveReport",
            s => !s.HasAskInToldWork() && (s.HasPerfective() || !s.InDecisions && s.HasOnlyPastDates()),
            "县发改局对全县重点领域项目储备情况进行了汇报。",
            "会议听取了县发改局的汇报，要求县发改局于12月20日前完成项目储备清单。"),
        // Rule QingAddressesUnits: "请各乡镇、街道于1月底前将调查成果…报至水管总站，…也可在农民信箱中直接回复": 请 with 各
        // after it asks the units it names; a 可在/可通过 later in the sentence offers them a second channel, it does not
        // turn the request into an invitation to the public (those say 公众, 如有异议，请…, 欢迎…; none of them 请各).
        new("PublicNotice",
            s => !s.HasAsk(strongOnly: true) && s.Contains(s.Lexicon.PublicNoticeMarkers) && s.Span.IndexOf("请各", StringComparison.Ordinal) < 0,
            "有关单位和各界人士可以在12月26日前，通过以下方式提出意见。",
            "县财政局要就预算调整方案公开征求意见，12月20日前报县政府审定。"),
        new("OwnAnnouncement",
            s => !s.HasAsk(strongOnly: true) && s.HasFutureJiang() && s.Contains(s.Lexicon.SelfReferences),
            "下一步，县交通运输局将进一步加强与国土部门的对接，坚持每日台账更新。",
            "县交通运输局要将整改情况于12月20日前报县政府。"),
        new("OwnPlanAhead",
            s => !s.InDecisions && s.OpensWithOwnPlan() && !s.HasDeadlineBesidesAnnouncedDate(),
            "下一步，县河长办将结合本次督查掌握的实际情况，对河湖“清四乱”工作再进行一次“回头看”，要求限时整改。",
            "下一步，县河长办将结合督查情况开展“回头看”，各乡镇要在12月20日前完成整改。"),
        // The writer's plan goes on over the sentence right after it that asks nothing and dates nothing ("同时将督促
        // 各级河长加强…", "全面实现“零增长”目标，…").
        new("PlanGoesOn",
            s => s.After == "Plan" && !s.InDecisions && (!s.HasAsk() || s.OpensWithOwnPlan(goesOn: true)) && !s.HasDeadline(),
            "下一步，我镇将再接再厉，强力推进“两违”整治工作。全面实现“零增长”目标，稳步推进“减存量”工作。",
            "下一步，我镇将再接再厉，强力推进“两违”整治工作。各村要于12月20日前完成违建拆除。"),
        new("SinceSpanReport",
            s => !s.InDecisions && s.OpensWithSinceSpan() && !s.HasAskBesidesTallies() && !s.HasDeadlineAfterSinceSpan(),
            "自8月底开展“燃气安全百日整治行动”以来，县住建局组织宣传车队在全县城区轮回播放宣传音频100余小时，张贴宣传海报114份。",
            "今年以来，全县燃气安全整治有序推进，各乡镇要于12月20日前完成剩余燃气安全隐患整改。"),
        new("ConditionalRule",
            s => s.HasConditionalModal(),
            "需要补正的应当当场或者在五日内一次性告知申请人。",
            "对尚未完成整改的问题，各乡镇要在12月20日前制定整改方案。"),
        new("StandingRule",
            s => s.HasStandingMarkerInPosition() && !s.HasMonthDay(),
            "没有明确报告时限的，公文一般在30日内办结，会议纪要一般在20日内办结。",
            "各乡镇原则上要在12月20日前完成危房改造验收。"),
        new("WhoeverRule",
            s => s.OpensWithWhoever() && !s.HasDeadline(),
            "凡有明确时限要求的督查事项，承办单位要按期办结并及时报告。",
            "凡涉及征地拆迁的项目，各乡镇要于12月20日前上报清单。"),
        new("RegulationArticle",
            s => !s.InDecisions && s.InRegulationArticle() && !s.HasOrderModal() && !s.CalendarDutyOfNamedUnit(),
            "第五条 议题每个月报送一次。重要、紧急事项可随时报送市政府办公厅。",
            "第一条道路由县交通运输局负责改造，12月20日前完成路面铺设。"),
        new("InstitutionDeclared",
            s => !s.HasAsk() && s.DeclaresInstitution() && !s.CalendarDutyOfNamedUnit(),
            "县政府重点工作任务实行县政府分线领导牵头负责制和部门单位具体负责制。",
            "县财政局要实行国库集中支付制度，12月20日前完成系统上线。"),
        new("Forecast",
            s => !s.HasAsk() && s.Contains(s.Lexicon.ForecastMarkers),
            "截至目前，四类重点对象完成98%，预计12月底可全面完成任务。",
            "县住建局要按计划于12月20日前完成危房改造验收。"),
        new("Statistics",
            s => !s.HasAsk() && s.Contains(s.Lexicon.StatisticsMarkers) && !s.CountsUpToATarget(),
            "第一季度完成固定资产投资3572万元，同比增长26.7%。",
            "县统计局要在12月20日前报送同比增长情况分析。"),
        // Twenty-second round: a total told (总共112件, 共有12类45件), asking nothing and setting no limit: a statistic.
        new("CountStated",
            s => !s.InDecisions && !s.HasAsk() && s.StatesCount() && !s.HasDatedLimit(),
            "今年以来，县信访局受理的群众来信总共112件，其中网上信访58件。",
            "县信访局受理的群众来信总共112件，各乡镇要于12月20日前办结剩余信访件。"),
        // Nineteenth round: a sentence that ends on a judgement of the work (至关重要, 重要举措, 面临考验, 时间紧、任务重) and
        // asks nothing is the speaker's view (conventions: "会议认为…" narrative); the ask comes in the next sentence. A
        // month and day in it ("12月20日前完成验收至关重要") still names a date the clerk tracks: the sentence is read.
        new("JudgementStated",
            s => !s.HasAsk() && s.EndsWithJudgement() && !s.HasMonthDay(),
            "谢成海强调，做好三季度工作对稳住逆势上扬态势、实现全年目标任务至关重要。",
            "谢成海强调，各乡镇要在12月20日前完成全年目标任务，这对稳住逆势上扬态势至关重要。"),
        // Twelfth round: a rate stated with its figure (率为100%), read off, not a target to reach.
        new("RateStated",
            s => !s.InDecisions && !s.HasAsk() && s.StatesRate(),
            "12月份，全区共受理12345热线工单468件，已办结468件，按期办结率为100%。",
            "县政务服务中心要于12月20日前完成工单回访，确保按期办结率为100%。"),
        // Twenty-third round: the share an amount makes of a whole (完成年度任务的44%, 占年计划投资的64.49%), read off.
        new("ShareStated",
            s => !s.InDecisions && !s.HasAsk() && s.StatesShare() && !s.HasMonthDay(),
            "上半年完成固定资产投资1.1亿元，完成年度任务的44%。",
            "各乡镇要在9月底前完成固定资产投资1.1亿元，完成年度任务的60%。"),
        // Twenty-first round: a body hands what it drew up on to 各…, asking nothing: the writer's own step.
        new("HandsOutToAddressees",
            s => !s.InDecisions && s.HandsOutToAddressees(),
            "2.县教育局于5月21日前将年度考核细则发至各中小学校长邮箱。",
            "2.各中小学于5月21日前将年度考核自评报告发至县教育局邮箱。"),
        // Twelfth round: the writer fixes the time of its own event or work (定于…): nobody is handed anything.
        new("ScheduledOwnEvent",
            s => !s.InDecisions && s.SchedulesOwnEvent() && !s.HasAskBesidesCompliance() && !s.CalendarDutyOfNamedUnit(),
            "为加强教学管理，定于“五一”节前后对全校教学秩序组织集中检查，检查时间为4月30日和5月4日。",
            "县政府定于12月22日召开安全生产会议，请各乡镇于12月20日前报送安全生产工作总结。"),
        // Twelfth round: a sentence that opens by encouraging (鼓励…) invites, it assigns nothing.
        new("EncouragementOnly",
            s => !s.InDecisions && !s.HasAsk() && s.OpensWithEncouragement(),
            "鼓励企业、科研院所、高校等以联合体方式申报，牵头单位为1家。",
            "鼓励各乡镇先行先试，县农业农村局要于12月20日前出台扶持办法。"),
        // Twenty-second round: a sentence closed by a rally (为…而努力奋斗) calls for effort; a calendar date or a dated
        // limit in it ("各乡镇要于12月20日前完成验收，为…而努力奋斗") keeps the task.
        new("RallyEnding",
            s => !s.InDecisions && s.EndsWithRally() && !s.HasMonthDay() && !s.HasDatedLimit(),
            "2027年，全镇上下要坚持以高质量发展为主线，抢抓发展机遇，夯实发展基础，为建设宜居宜业和美乡镇而努力奋斗。",
            "全镇上下要坚持以高质量发展为主线，各村要于12月20日前完成人居环境整治验收，为建设宜居宜业和美乡镇而努力奋斗。"),
        new("AttitudeOnly",
            s => s.OnlyAttitudes() && !s.HasDeadlineOutsideCharacterisation(),
            "各责任单位要认真履责、主动配合、接受调度，形成齐抓共管工作合力。",
            "各责任单位要认真履责、主动配合，12月20日前形成整改工作台账。",
            KeepsSubject: true),
        new("UnitOwnPlan",
            s => !s.InDecisions && s.ClauseOpensWithUnitAndFutureJiang() && !s.HasAskBesidesUnitPlan() && !s.HasDeadlineBesidesAnnouncedDate(),
            "区人民政府办公室将对各项工作目标任务的落实情况进行全程跟踪督办，并适时通报有关办理落实情况。",
            "区人民政府办公室要对各项工作目标任务的落实情况进行跟踪督办，12月20日前通报办理落实情况。"),
        new("BodyDecidesItself",
            s => !s.InDecisions && s.BodyDecidesItself() && !s.HasAskBesidesBasis(),
            "为加快推进今年重点工作，更快更好完成本年度目标任务，我局决定对重点项目开展“百日攻坚”行动。",
            "为加快推进今年重点工作，县政府决定开展“百日攻坚”行动，由县发改局牵头于12月20日前制定攻坚方案。"),
        new("MeetingAgenda",
            s => !s.HasAsk() && s.OpensWithAgenda(),
            "会议审议并原则同意《县政协常委会工作报告(草稿)》，待进一步修改后提请全会审议通过。",
            "会议审议《县政协常委会工作报告(草稿)》，要求县政协办公室于12月20日前修改完善后提请全会审议。"),
        new("ProgressAspect",
            s => !s.InDecisions && !s.HasAskInToldWork() && s.HasProgressAspect(),
            "从总体上看，绝大部分责任单位高度重视，部分目标任务已提前完成年度任务。",
            "对已排查出的隐患，县应急管理局于12月20日前完成整改。"),
        // Tenth round: a sentence opened as news (近日，/ 日前，/ 据了解，) that asks nothing and sets no limit.
        new("NewsOpening",
            s => !s.InDecisions && !s.HasAsk() && s.OpensWithNews() && !s.HasDatedLimit(),
            "近日，县住建局对全县在建工地扬尘防治情况进行专项检查，督查组深入工地查看防尘措施落实情况。",
            "近日，县住建局印发通知，要求各乡镇于12月20日前完成扬尘防治专项检查。"),
        // Tenth round: a report of work done whose only "asks" are its manner (立即, 督促, 由…牵头) before the completion.
        new("DoneAfterUrgency",
            s => !s.InDecisions && !s.OpensWithMeeting() && s.TellsDoneWithMannerOnly() && !s.HasDatedLimit(),
            "镇交通所在接到群众反映后，立即组织人员现场查看，并当天完成了路面修补。",
            "镇交通所已完成路面排查，要立即组织人员对破损路段进行修补，12月20日前修补到位。"),
        new("CaseClauseRule",
            s => (s.OpensWithCaseClause() || s.HasCaseBeforeRuleModal()) && !s.HasMonthDay(),
            "委员及成员单位因工作发生变动需要更换人员的，所在单位应在一月内将调整后名单报告委员会办公室备案。",
            "逾期未完成整改的，县纪委监委要于12月20日前启动问责程序。"),
        new("CaseHandledBy",
            s => s.OpensWithCaseClause(byWhom: true) && !s.HasMonthDay(),
            "落实分工任务过程中需要增加责任单位的，由牵头单位商有关单位确定。",
            "尚未完成整改的，由县住建局牵头于12月20日前组织复查验收。"),
        new("MeetingRule",
            s => !s.InDecisions && s.OpensWithMeetingRule() && !s.HasMonthDay(),
            "全局会议由行政办公室负责承办，局班子应提前通知办公室会议召开的时间、地点、参会人员及有关事宜。",
            "会议要求，县机关事务中心要于12月20日前完成会议室改造。"),
        // Twenty-first round: a span counted from every meeting (会后N日内整理纪要, 会前3个工作日送办公室).
        new("LimitPerMeeting",
            s => !s.InDecisions && s.SetsLimitPerMeeting() && !s.HasOrderModal() && !s.HasMonthDay(),
            "由县政府办公室在会后2个工作日内整理出会议纪要，经分管副县长审核后，报县长签发。",
            "会议要求，县政府办公室要在会后2个工作日内整理出会议纪要，报县长签发。"),
        // Twenty-second round: who oversees or reports on a kind of matter (…的督办事项，由牵头部门负责报告), a standing rule.
        new("KindOfMatterAssigned",
            s => !s.InDecisions && s.AssignsKindOfMatter() && !s.HasMonthDay() && !s.HasDeadline() && !s.HasOrderModal(),
            "3、涉及多个部门联合办理的督办事项，由牵头部门负责报告。",
            "3、本次会议确定的督办事项，由牵头部门于12月20日前报告。"),
        new("RecurringEventLimit",
            s => s.CountsFromRecurringEvent() && !s.HasMonthDay(),
            "收到企业问题受理单之后，协办部门应在3个工作日内将办理结果报送主办部门。",
            "收到本通知后，各乡镇要在5个工作日内报送排查清单。"),
        // Tenth round: a duty in the register of a rule, tied to each receipt of a kind of thing (接到…后, 收到…当日).
        new("DutyOnEachReceipt",
            s => !s.InDecisions && s.DutyOnEachReceipt() && !s.HasMonthDay(),
            "承办科室接到局办公室转来的群众来信后，应及时认真办理，并按时限反馈办理结果。",
            "收到本通知后，各乡镇应于12月20日前将排查清单报县应急管理局。"),
        new("ProblemsFound",
            s => !s.HasAsk() && s.ReportsProblems(),
            "但也存在少数单位重视程度不够高，责任压实不到位，工作推进不够力等问题。",
            "针对存在的问题，县住建局要于12月20日前完成整改。"),
        new("DocumentDescribed",
            s => !s.HasAsk() && s.OpensWithThisDocument() && !s.HasMonthDay(),
            "本实施方案分为总体要求、重点任务、保障措施三个部分。",
            "本方案所列任务，各牵头单位要于12月20日前报送推进计划。"),
        // Twenty-first round: what a kind of document or practice is, or an example of it (是一种, 是指, 比如, 例如, 譬如).
        new("Explanation",
            s => !s.InDecisions && s.Explains(),
            "交办函是一种行政文书，指上级机关将某项工作交给下级机关负责处理，并规定完成时限和质量要求。",
            "各乡镇要加强防火宣传，比如在村口张贴标语，12月20日前完成。"),
        new("SystemRoutine",
            s => s.InProcedure && !s.InDecisions && s.HasOnlyRecurringDeadlines() && !s.HasOrderModal(),
            "此外，该县还推行目标任务落实情况月报告制度。由县考核办牵头，每月15日前对各责任单位目标任务进展情况进行分类统计汇总。",
            "此外，该县还推行目标任务落实情况月报告制度。县考核办要于12月20日前对各责任单位目标任务进展情况进行分类统计汇总。"),
        new("ProcedureGoesOn",
            s => s.InProcedure && !s.InDecisions && s.HasRelativeLimit() && !s.HasMonthDay() && !s.HasOrderModal(),
            "审核环节，受理部门会在两日内完成初审。市局在两日内完成审批，不符合要求的将被退回。",
            "审核环节，受理部门会在两日内完成初审。县市场监管局要于12月20日前完成系统升级，并在5日内报县政府。"),
        // Sixteenth round: a duty in the register of a rule whose only time is a span counted from each case (应当在10日内,
        // 应在规定时限内, 公示时间均为5个工作日): a standing procedure of a regulation or system, nothing handed over now.
        new("RuleRegisterTimeLimit",
            s => !s.InDecisions && s.SetsStandingTimeLimit() && !s.HasAskBesidesRuleRegister() && !s.HasMonthDay(),
            "乡镇人民政府、街道办事处应当在10日内将审核意见和村民委员会提交的材料报县级人民政府民政部门。",
            "县住建局应在10日内将审核意见报县政府，县财政局负责拨付补助资金。"),
        // Twentieth round (r20-nondir line A): a limit counted back from each occasion (外出,需提前两天报告), a standing rule.
        new("AdvanceLimitPerOccasion",
            s => !s.InDecisions && s.SetsAdvanceLimitPerOccasion() && !s.HasOrderModal() && !s.HasMonthDay() && !s.HasDatedLimit(),
            "市政府领导同志外出,需提前两天向市政府主要领导同志报告,并做好外出报备工作。",
            "市政府领导同志外出,需提前两天向市政府主要领导同志报告,县政府办公室要于12月20日前修订外出报备制度。"),
        new("IssuedAskReported",
            s => !s.InDecisions && s.ReportsIssuedAsk(),
            "近日，市委办公厅、市政府办公厅印发了《城镇化建设实施方案》，并发出通知，要求各区县各部门结合实际认真抓好贯彻落实。",
            "省政府办公厅印发《城镇化建设实施方案》，要求各区县于12月20日前报送贯彻落实情况。"),
        // An inspection's notice handed out (下达了整改通知书, 已下发督办单): what the notice asked, reported, undated.
        new("NoticeAskReported",
            s => !s.InDecisions && s.ReportsIssuedAsk(notice: true),
            "检查组对排查出来的问题全部下达了整改通知书，责令经营单位负责人落实整改，复杂问题要制定整改计划。",
            "检查组现场下达整改通知书，要求县市场监管局于12月20日前督促经营单位完成整改。"),
        // A report or a public notice goes on over the sentences of its item that say nothing of their own: these two
        // rules read only the sentence right after one set aside as such (SentenceView.After).
        new("ReportGoesOn",
            s => s.After == "Report" && !s.InDecisions && !s.HasAsk() && (!s.HasDeadline() || s.OpensWithDetail() || s.DatesOnlyPlans()) && !s.OpensWithHope(),
            "截至目前，巡察反馈25个问题，已完成整改19个，整改完成率76%。在巡察整改工作中，组织处理3人，制定完善制度12项。",
            "截至目前，巡察反馈25个问题，已完成整改19个，整改完成率76%。剩余问题由县纪委监委督促于12月20日前完成整改。"),
        new("NoticeGoesOn",
            s => s.After == "Notice" && !s.InDecisions && !s.HasAsk(strongOnly: true),
            "现将草案征求意见稿向社会公开征求意见。意见建议请于12月26日前以信件方式寄至县司法局。",
            "现将草案征求意见稿向社会公开征求意见。县司法局要于12月20日前汇总各方意见报县政府。"),
        // An item closed as a report sent up (特此报告 / 专此报告, then at most a signature and a date): the writer tells
        // the superior what it did, and its 请审批 asks the addressee, not a unit; a sentence that orders and dates the
        // order ("各乡镇要于12月20日前完成…") keeps its task.
        new("ReportSentUp",
            s => !s.InDecisions && s.ItemClosesAsReport() && !(s.HasOrderBesidesBasis() && s.HasDatedLimit()),
            "县爱卫办:\n我镇高度重视，成立考核验收组对东柳村、西柳村进行自查初验，均达到省级卫生村标准，现予以申报。\n专此报告\n板桥镇人民政府\n2022年7月15日",
            "各乡镇上报的整改报告应以“特此报告”结尾，12月20日前报县政府办公室。"),
        // A notice to the public: an ask addressed, by its opening 请, to residents or the public among others.
        new("AskOfThePublic",
            s => !s.InDecisions && s.AsksThePublic(),
            "请辖区居民和企事业单位职工按照社区通知要求，错峰就近到采样点，配合工作人员做好信息登记和样本采集。",
            "请各乡镇于12月20日前组织居民代表召开座谈会，形成意见汇总报县民政局。"),
        // Eleventh round: the sentence tells that work was assigned (明确了责任单位与时间节点), not the work itself.
        new("AssignmentDescribed",
            s => !s.InDecisions && s.AssignmentDescription() is { } described && !s.HasAskOutside(described) && !s.HasDatedLimit(),
            "会议围绕春节文旅活动筹备、景区创建两大重点，逐项明确任务清单、责任分工与时间节点，推动各项工作落地见效。",
            "会议要求，各乡镇制定整改方案，明确整改责任人和完成时限，12月20日前报县政府。"),
        // Thirteenth round: a work's timetable told ("今冬征兵工作将于11月1日开始，12月31日前运送完毕"): the work, not a
        // unit, is the subject of 将于 a time 开始 / 结束; nobody is handed anything.
        new("WorkTimetable",
            s => !s.InDecisions && !s.HasAsk() && s.OpensWithWorkTimetable(),
            "今冬征兵工作将于11月1日开始，12月10日起运新兵，12月31日前运送完毕。",
            "今冬征兵工作将于11月1日开始，各乡镇武装部要于12月20日前完成体检政审。"),
        // The timetable goes on over the next sentence of its item that opens with its own date, asks nothing and holds
        // no unit suffix at all ("12月15日开始启运新兵，12月31日前运送完毕。"): a dated step of a unit ("12月20日前县农业
        // 农村局完成巡查") is read. The suffix check is coarse (处理, 部署 hold one) and errs toward keeping tasks.
        new("TimetableGoesOn",
            s => s.After == "Timetable" && !s.InDecisions && !s.HasAsk() && s.OpensWithDate() && !s.Contains(s.Lexicon.UnitSuffixes),
            "全市征兵体检工作将在11月10日基本结束。12月15日开始启运新兵，12月31日前运送完毕。",
            "全市征兵体检工作将在11月10日基本结束。12月15日前各乡镇要完成政治审查。"),
        // Sixteenth round: a body the text points back to (该县…, 该局…) is told about, not told: a report.
        new("ReferredBodyActs",
            s => !s.InDecisions && s.OpensWithReferredBody() && !s.HasDatedLimit(),
            "该县公安部门派出值勤队，加强对考点周围的治安管理、交通秩序维护等工作力度，并负责处理考试中的安全突发事件。",
            "该县公安部门要派出值勤队，加强对考点周围的治安管理，12月20日前完成考点周边整治。"),
        // Sixteenth round: a sentence opened by the time it reports at (截至目前，/ 截至10月底，) tells the state of things then.
        new("AsOfReport",
            s => !s.InDecisions && !s.HasAskInToldWork() && s.OpensAsOf() && !s.HasDatedLimitAfterAsOf(),
            "截至目前，全县11个项目完成标准化主体工程，完成装修和设备配备，总完成进度为100%。",
            "截至目前，全县仍有3个项目未完工，县住建局要于12月20日前督促完成主体工程。"),
        // Sixteenth round: "这是…的周报告制度，…": the sentence says what something just told is.
        new("ThisIsDescribed",
            s => !s.InDecisions && !s.HasAsk() && s.OpensWithThisIs() && !s.HasDatedLimit(),
            "这是西城街道为进一步提高工作效率新采取的周报告制度，每周一下发工作交办清单，明确节点，责任到人。",
            "这是今年的重点工作，县住建局要于12月20日前完成老旧小区改造。"),
        // Twenty-fifth round: an item that points back to a body with 该 and asks nothing anywhere: a reporter's account.
        new("ReferredBodyNewsItem",
            s => !s.InDecisions && s.InNewsOfReferredBody(),
            "丹阳镇从全镇15个村选调普查员，于6月30日前完成普查机构组建。8月份，该镇开展全镇普查区划分标绘。",
            "丹阳镇从全镇15个村选调普查员。该镇要于12月20日前完成普查机构组建。"),
        // Twenty-fourth round (reject2): a sentence whose subject is 他们 / 她们 tells what people already named do; a dated
        // limit keeps the task.
        new("PronounSubjectReport",
            s => !s.InDecisions && s.OpensWithPronounSubject() && !s.HasDatedLimit(),
            "他们深入野外用火点检查督促防火工作，要求办理野外用火手续，没能及时办理的下发整改通知单。",
            "他们所在的县林业局要在12月20日前完成野外用火点排查。"),
        // Twenty-fourth round: what someone said in reply (…表示，…), a pledge or a view told; a dated limit keeps the task.
        new("PledgeReported",
            s => !s.InDecisions && s.ReportsPledge() && !s.HasMonthDay() && !s.HasDatedLimit(),
            "会后，各位党员、楼院长、居民志愿者们纷纷表示，要再接再厉，争取让全部居民领会问卷的意义。",
            "县长表示，各乡镇要加大征迁力度，12月20日前完成征地拆迁。"),
        // Twenty-fourth round: a recap closing a list of problems whose rows each named their unit ("请各责任单位针对上述
        // 问题尽快整改"): it restates the listed work for the units already given it, nothing new is handed over. Its 请
        // is what the rule reads; a new job or a date of its own keeps the task.
        new("RecapOfListedItems",
            s => !s.InDecisions && s.RecapsListedItems(),
            "请各责任单位针对上述通报的问题迅速整改，落细落实。",
            "请各责任单位针对上述问题于12月20日前整改到位，整改结果书面报县双创办备存。"),
        new("Findings",
            s => !s.HasAsk() && s.ReportsFinding(),
            "督查中发现，小伊乡、同兴镇等未按要求报送相关材料。",
            "对督查中发现的问题，各乡镇要于12月20日前整改到位。"),
    ];

    /// <summary>
    /// The rules that read a standing procedure (a time limit or duty for whoever handles a case): the sentence after
    /// one, in the same item, that only sets another relative time limit goes on with it (ProcedureGoesOn).
    /// </summary>
    /// <summary>
    /// What the next sentence of the item may go on with after this rule set one aside: "Procedure" (a standing
    /// procedure or a system's description: ProcedureGoesOn, SystemRoutine), "Report" (Statistics, Forecast,
    /// ProgressAspect, NewsOpening — news goes on over what asks nothing: ReportGoesOn), "Notice" (PublicNotice: NoticeGoesOn), else null.
    /// </summary>
    public static string? ContinuedKind(SentenceRule r) => r.Name switch
    {
        "SystemTitle" or "SystemHeading" or "InstitutionDeclared" or "SystemRoutine" or "StandingRule" or "RecurringEventLimit"
            or "CaseClauseRule" or "CaseHandledBy" or "ConditionalRule" or "WhoeverRule" or "ProcedureGoesOn" or "DutyOnEachReceipt"
            or "RuleRegisterTimeLimit" or "AdvanceLimitPerOccasion" or "LimitPerMeeting" => "Procedure",
        "Statistics" or "CountStated" or "Forecast" or "ProgressAspect" or "ReportGoesOn" or "SinceSpanReport" or "RateStated" or "ShareStated" or "NewsOpening" or "AsOfReport" => "Report",
        "PublicNotice" or "NoticeGoesOn" => "Notice",
        "WorkTimetable" or "TimetableGoesOn" => "Timetable",
        "OwnPlanAhead" or "PlanGoesOn" or "OwnAnnouncement" or "UnitOwnPlan" => "Plan",
        _ => null,
    };

    // The rules as an array, in the same order: Match walks them for every sentence that has a cue, and through the
    // IReadOnlyList interface that was an enumerator allocated and two interface calls per rule.
    static readonly SentenceRule[] InOrder = [.. All];

    /// <summary>The first rule that says this sentence hands nothing over, or null.</summary>
    public static SentenceRule? Match(SentenceView s)
    {
        if (!s.MightMatchARule()) return null;
        foreach (var r in InOrder)
            if (r.When(s)) return r;
        return null;
    }
}
