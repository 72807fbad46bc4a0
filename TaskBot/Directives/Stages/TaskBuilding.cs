namespace TaskBot.Directives.Stages;

/// <summary>
/// Stage 5, task building: a grouped <see cref="Draft"/> becomes a <see cref="ParsedTask"/>: unit names cut from the
/// original text and made distinct, the deadline's date and phrase, the warnings a clerk must see before 确认交办
/// (generic unit, no lead, unknown unit, vague or unresolved deadline, provisional calendar, recurrence), and a
/// confidence. Rule NothingToDo drops a task that hands nothing over.
/// </summary>
internal readonly struct TaskBuilder(Reading r)
{
    /// <summary>At most this many tasks from one text: a work budget, with <see cref="DirectiveParser.MaxChars"/>.</summary>
    public const int MaxTasks = 200;

    readonly List<ParsedTask> results = [];
    /// <summary>The draft each task of <see cref="results"/> was built from, same index.</summary>
    readonly List<Draft> built = [];
    readonly DirectiveLexicon lx = r.Lx;

    public int Count => results.Count;
    public List<ParsedTask> Tasks => results;

    public void Add(Draft d) => Emit(d, -1);

    /// <summary>
    /// Rule RecapDatesWorkAbove, the builder's side: every task already built whose draft has no dated deadline takes
    /// <paramref name="due"/> and is built again in its place. Returns how many took it.
    /// </summary>
    public int DateUndated(DeadlineMatch due)
    {
        int n = 0;
        for (int i = 0; i < built.Count; i++)
        {
            var d = built[i];
            if (d.Deadline?.Date is not null) continue;
            d.Deadline = due;
            Emit(d, i);
            n++;
        }
        return n;
    }

    /// <summary>
    /// Rule RecapOfThisWorkDatesIt, the builder's side: the task the recap points back to takes <paramref name="due"/> and is
    /// built again in its place: the last task built from the item (starting at or after <paramref name="itemStart"/>)
    /// when the recap is singular (此项工作), every such task when it is plural (这些工作). Only tasks with no dated
    /// deadline; a singular recap whose last task already has a date dates nothing. Returns how many took it.
    /// </summary>
    public int DateLastUndated(DeadlineMatch due, int itemStart, bool all)
    {
        int n = 0;
        for (int i = built.Count - 1; i >= 0; i--)
        {
            var d = built[i];
            if (d.Start < itemStart) break;
            if (d.Deadline?.Date is not null)
            {
                if (all) continue;
                break;
            }
            d.Deadline = due;
            Emit(d, i);
            n++;
            if (!all) break;
        }
        return n;
    }

    /// <summary>The last task built names the same lead and co-leads as <paramref name="d"/> (by surface form).</summary>
    public bool LastHasUnits(Draft d) =>
        built.Count > 0 && built[^1].Lead.Count > 0 && Same(built[^1].Lead, d.Lead) && Same(built[^1].Co, d.Co);

    bool Same(List<UnitHit> a, List<UnitHit> b) =>
        a.Count == b.Count && a.Select(r.Surface).OrderBy(x => x).SequenceEqual(b.Select(r.Surface).OrderBy(x => x));

    /// <summary>Some task was already built from the item that starts at <paramref name="itemStart"/>.</summary>
    public bool HasTaskSince(int itemStart) => built.Count > 0 && built[^1].Start >= itemStart;

    void Emit(Draft d, int at)
    {
        if (at < 0 && results.Count >= MaxTasks) return;
        // Rule NothingToDo: units told only to care ("各部门要高度重视…") or merely listed hand nothing over.
        if (!d.FromBlock && !d.HasWork && d.Vague is null)
        {
            r.Trace?.TaskDropped(d, "NothingToDo");
            return;
        }
        // Helpers of leaders who only oversee (rule LeaderWhoOverseesIsSupervisor) stay helpers: the leader picks the lead.
        if (d.Lead.Count == 0 && d.CoByCooperation && !d.Overseen)
        {
            // "各级各部门要协同配合…" with nobody else named: the helpers are the ones who must act.
            d.Lead.AddRange(d.Co);
            d.Co.Clear();
        }
        // Rule PeopleAreNoUnit: people read where a unit stands leave the body before them, or nothing.
        var leadHits = WithoutPeople(d, d.Lead);
        var coHits = WithoutPeople(d, d.Co);
        var lead = Distinct(leadHits, null);
        var co = Distinct(coHits, lead);
        var warnings = new List<ParseWarning>();
        // Plain loops, no LINQ: this runs for every task of every parse (the iterators were a twentieth of its allocations).
        var generic = new List<string>();
        AddGeneric(leadHits, generic);
        AddGeneric(coHits, generic);
        foreach (var g in generic)
            warnings.Add(new(WarningCodes.GenericUnit, $"「{g}」是泛指单位，交办前请指定具体单位"));
        if (lead.Count == 0) warnings.Add(new(WarningCodes.NoUnit, "未识别到牵头单位，交办前请指定"));
        if (lx.HasDirectory)
        {
            WarnUnknown(lead, generic, warnings);
            WarnUnknown(co, generic, warnings);
        }

        DateOnly? date = d.Deadline?.Date;
        string? deadlineText = d.Deadline is { } dl ? Cut(dl.TextStart, dl.End) : d.Vague is { } v ? Cut(v.Start, v.End) : null;
        if (d.Deadline is { } m)
        {
            if (m.Date is null && m.NeedsReference)
                warnings.Add(new(WarningCodes.DeadlineUnresolved, $"期限「{deadlineText}」缺少参照日期，无法换算为具体日期"));
            if (m.Provisional)
                warnings.Add(new(WarningCodes.ProvisionalCalendar, $"{date?.Year}年的国务院放假安排尚未收录，期限按法定节假日推算（临时日历），请核对"));
            if (m.Recurrence is { } rec)
                warnings.Add(new(WarningCodes.Recurring, date is { } first ? $"周期性任务（{rec}），首次期限为{first:yyyy-MM-dd}" : $"周期性任务（{rec}）"));
        }
        else if (d.Vague is not null)
            warnings.Add(new(WarningCodes.DeadlineVague, $"期限「{deadlineText}」没有具体日期，交办前请确定"));

        var deliverable = d.FromBlock ? d.Deliverable : Deliverables.Compose(d.Parts, d.Deliverable, lx);
        double confidence = 0.35
            + (lead.Count > 0 ? 0.25 : 0)
            + (date is not null ? 0.2 : d.Deadline is null && d.Vague is null ? 0.05 : 0)
            + (deliverable is not null ? 0.1 : 0)
            + (d.FromBlock ? 0.05 : 0)
            - (generic.Count > 0 ? 0.1 : 0);
        var task = new ParsedTask(lead, co, d.Supervisor, date, deadlineText, d.Deadline?.Recurrence,
            deliverable, r.SourceSpan(d.Start, d.End), Math.Round(Math.Clamp(confidence, 0.05, 0.99), 2), warnings)
        {
            GenericUnits = generic,
        };
        if (at >= 0) { results[at] = task; return; }
        results.Add(task);
        built.Add(d);
        r.Trace?.TaskBuilt(d, results[^1]);
    }

    /// <summary>
    /// <paramref name="hits"/> with rule PeopleAreNoUnit applied (UnitGrammar.PeopleCut): the list itself when no unit
    /// ends in a people word (the common case allocates nothing); a leader's phrase becomes the draft's supervisor
    /// if it has none. The draft's own lists stay as read, so building it again gives the same task.
    /// </summary>
    List<UnitHit> WithoutPeople(Draft d, List<UnitHit> hits)
    {
        List<UnitHit>? kept = null;
        for (int i = 0; i < hits.Count; i++)
        {
            var cut = r.Units.PeopleCut(r.T, hits[i], out bool leader);
            if (cut == hits[i] && kept is null) continue;
            if (kept is null) { kept = new List<UnitHit>(hits.Count); for (int j = 0; j < i; j++) kept.Add(hits[j]); }
            if (leader) d.Supervisor ??= Surface(hits[i]);
            if (cut is { } u) kept.Add(u);
        }
        return kept ?? hits;
    }

    /// <summary>The generic units (各乡镇, 有关部门) among <paramref name="hits"/>, each surface once, in order.</summary>
    void AddGeneric(List<UnitHit> hits, List<string> generic)
    {
        foreach (var u in hits)
            if (u.Generic && Surface(u) is var g && !generic.Contains(g)) generic.Add(g);
    }

    void WarnUnknown(List<string> units, List<string> generic, List<ParseWarning> warnings)
    {
        foreach (var u in units)
            if (!lx.KnownUnits.Contains(u) && !generic.Contains(u))
                warnings.Add(new(WarningCodes.UnknownUnit, $"「{u}」不在单位名录中"));
    }

    List<string> Distinct(List<UnitHit> hits, List<string>? exclude)
    {
        var list = new List<string>(hits.Count);
        foreach (var h in hits)
        {
            var s = Surface(h);
            if (s.Length > 0 && !list.Contains(s) && (exclude is null || !exclude.Contains(s))) list.Add(s);
        }
        return list;
    }

    string Surface(UnitHit h) => r.Surface(h);
    string Cut(int s, int e) => r.Cut(s, e);
}
