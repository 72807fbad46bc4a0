namespace TaskBot.Directives;

/// <summary>
/// The assignment blocks of a task-division item, where units are listed apart from the sentence:
/// a parenthesis "(区发改局牵头,区财政局、区水务局等部门配合)", labels "牵头单位:市教育局;责任单位:各区人民政府",
/// and flattened table cells "县商务局 县市场监管局 9月底前". When an item has one, the whole item is one task.
/// </summary>
public sealed class Blocks
{
    public List<UnitHit> Lead { get; } = [];
    public List<UnitHit> Co { get; } = [];
    /// <summary>Text ranges read as blocks, which the sentence reader skips.</summary>
    public List<(int Start, int End)> Ranges { get; } = [];
    public int? DeadlineLabelAt { get; private set; }
    /// <summary>The leader a "牵头领导:" label names.</summary>
    public (int Start, int End)? Supervisor { get; private set; }
    (int Start, int End)? _cells;
    public bool HasRoles => Lead.Count + Co.Count > 0;
    public bool InDeadlineCell(int k) => _cells is { } c && k >= c.Start && k < c.End;

    enum Role { None, Lead, Co, Responsible }

    /// <summary>What a unit column of a table holds, by its header: 牵头单位, 责任单位, 配合单位.</summary>
    public enum ColumnRole { Lead, Responsible, Co }

    IReadOnlyList<ColumnRole>? _columns;
    Blocks? _rowAbove;

    /// <summary>
    /// Rule HeaderRow: an item with no full stop that has a cell which is only a column name (序号, 牵头单位,
    /// 主要责任单位, 协同配合单位, 完成时限, 分管领导 …) is a table's header row: it hands nothing over, and its unit
    /// columns say what the unit cells of the rows under it are (主要责任单位 | 协同配合单位 → lead | co). Returns
    /// null when [s,e) is no header, else its unit columns in order (possibly none). A label followed by its units
    /// ("牵头单位:区发改局") is a label, not a header: its cell is more than the name.
    /// </summary>
    public static List<ColumnRole>? HeaderColumns(string t, int s, int e, DirectiveLexicon lx)
    {
        if (t.IndexOf('。', s, e - s) >= 0) return null;
        var roles = new List<ColumnRole>();
        bool header = false;
        int k = s;
        while (k < e)
        {
            while (k < e && ChineseText.IsCellGap(t[k])) k++;
            int c = k;
            while (c < e && !ChineseText.IsCellGap(t[c])) c++;
            if (c == k) break;
            var cell = t.AsSpan(k, c - k);
            ColumnRole? role = Whole(lx.LeadLabels, t, k, c) ? ColumnRole.Lead
                : Whole(lx.CoLabels, t, k, c) ? ColumnRole.Co
                : Whole(lx.ResponsibleLabels, t, k, c) ? ColumnRole.Responsible : null;
            if (role is { } r) { roles.Add(r); header = true; }
            else if (cell.SequenceEqual("序号") || Whole(lx.SupervisorLabels, t, k, c) || Whole(lx.DeadlineLabels, t, k, c)) header = true;
            k = c;
        }
        return header ? roles : null;
    }

    static bool Whole(PhraseSet words, string t, int k, int c) => words.MatchAt(t.AsSpan(0, c), k) == c - k;

    readonly string _t;
    readonly DirectiveLexicon _lx;
    readonly UnitGrammar _units;
    readonly ISet<int> _deadlineStarts;
    readonly List<(UnitHit Hit, Role Role)> _found = [];

    Blocks(string t, DirectiveLexicon lx, UnitGrammar units, ISet<int> deadlineStarts)
    {
        _t = t; _lx = lx; _units = units; _deadlineStarts = deadlineStarts;
    }

    /// <summary>The item holds nothing to read (a table's header row).</summary>
    public static Blocks None(string t, DirectiveLexicon lx, UnitGrammar units, ISet<int> deadlineStarts) => new(t, lx, units, deadlineStarts);

    /// <param name="columns">The unit columns a table's header row named, in order (<see cref="HeaderColumns"/>), or null.</param>
    /// <param name="rowAbove">Rule SubRow: the row whose unit cell this sub-row shares (ItemStage.SubRows), or null.</param>
    public static Blocks Find(string t, int s, int e, DirectiveLexicon lx, UnitGrammar units, ISet<int> deadlineStarts, IReadOnlyList<ColumnRole>? columns = null,
        Blocks? rowAbove = null)
    {
        var b = new Blocks(t, lx, units, deadlineStarts) { _columns = columns, _rowAbove = rowAbove };
        b.FindParentheses(s, e);
        b.FindLabels(s, e);
        b.FindCells(s, e);
        b.Resolve();
        b.Ranges.Sort();
        return b;
    }

    void FindParentheses(int s, int e)
    {
        // "(区发改局牵头)" and "〔责任单位：省市场监管局〕" (folded to […]): a bracketed note naming who does the item.
        foreach (var (o, c) in (ReadOnlySpan<(char, char)>)[('(', ')'), ('[', ']')])
        {
            int depth = 0, open = -1;
            for (int i = s; i < e; i++)
            {
                // Only the brackets matter: jump to the next one (most items have none).
                int next = _t.AsSpan(i, e - i).IndexOfAny(o, c);
                if (next < 0) break;
                i += next;
                if (_t[i] == o) { if (depth++ == 0) open = i; }
                else if (_t[i] == c && depth > 0 && --depth == 0)
                {
                    // Rule BlockBeforeNote: "[市水务局牵头,市工信委配合,各县(市)区政府负责落实。以下均需…不再列出]": the
                    // assignment is the bracket's first sentence; what follows the full stop is a note on the next rows.
                    if (InRanges(open)) continue;
                    int stop = _t.IndexOf('。', open + 1, i - open - 1);
                    if (ReadBlock(open + 1, i, requireRoleOrLabel: true)
                        || stop > open + 1 && ReadBlock(open + 1, stop, requireRoleOrLabel: true)) Ranges.Add((open, i + 1));
                }
            }
        }
    }

    void FindLabels(int s, int e)
    {
        // Every label this reads (责任单位:, 牵头领导:, 完成时限:) stands before a colon: without one there is none, and
        // most sentences have none (this loop asked five word lists at every character).
        if (_t.AsSpan(s, e - s).IndexOf(':') < 0) return;
        var labelChars = _lx.BlockLabelChars;
        for (int i = s; i < e; i++)
        {
            // A place where no label word starts reads nothing below: skipped with one bit test, before the walk over
            // the blocks already found (a long item with many bracketed blocks made that walk per character quadratic).
            if (!CharBits.Has(labelChars, _t[i])) continue;
            if (InRanges(i)) continue;
            int len = LabelAt(i, e, out _);
            if (len > 0)
            {
                int end = i + len;
                // Rule LabelOnItsLine: "责任单位:\n市政园林工程处" (a form pasted field by field): a label that ends its
                // line takes the next line, unless that line is another label.
                int v = end;
                while (v < e && _t[v] is ' ' or '\t' or '\r') v++;
                if (v < e && _t[v] == '\n')
                {
                    while (v < e && ChineseText.IsSpace(_t[v])) v++;
                    if (v < e && LabelAt(v, e, out _) == 0 && _lx.DeadlineLabels.MatchAt(_t, v) == 0 && _lx.SupervisorLabels.MatchAt(_t, v) == 0) end = v;
                }
                // Up to the sentence end or the next label: "牵头单位：A 配合单位：B" holds two blocks.
                while (end < e && _t[end] is not ('。' or '\n') && LabelAt(end, e, out _) == 0) end++;
                // Stop at a deadline label: "责任单位:…;完成时限:2027年3月底前" keeps the deadline readable.
                for (int k = i + len; k < end; k++)
                    if (_lx.DeadlineLabels.MatchAt(_t, k) > 0 && NextIsColon(k + _lx.DeadlineLabels.MatchAt(_t, k), end)) { end = k; break; }
                if (ReadBlock(i, end, requireRoleOrLabel: true)) Ranges.Add((i, end));
                i = end - 1;
                continue;
            }
            int sl = _lx.SupervisorLabels.MatchAt(_t, i);
            if (sl > 0 && NextIsColon(i + sl, e))
            {
                int from = i + sl;
                while (from < e && _t[from] is ' ' or ':') from++;
                int end = from;
                while (end < e && _t[end] is not (';' or '。' or '\n' or ',')) end++;
                if (end > from) Supervisor ??= (from, end);
                Ranges.Add((i, end));
                i = end - 1;
                continue;
            }
            int dl = _lx.DeadlineLabels.MatchAt(_t, i);
            if (dl > 0 && NextIsColon(i + dl, e))
            {
                DeadlineLabelAt ??= i;
                // "完成时限:…" is no sentence to read a deliverable from. Rule LabelAfterStop: "(完成时限:…)县财政局要…" —
                // a bracket the label sits in closes it; the sentence after the bracket is read again.
                int end = i, depth = 0;
                for (; end < e && _t[end] is not (';' or '。' or '\n'); end++)
                    if (_t[end] is '(' or '[') depth++;
                    else if (_t[end] is ')' or ']' && --depth < 0) { end++; break; }
                Ranges.Add((i, end));
                i = end - 1;
            }
        }
    }

    /// <summary>
    /// Trailing cells, separated by whitespace or "|", that are all units, unit lists or deadlines: a flattened table
    /// row ("启动建设…工程。 县水务局 县住建局 12月底前"). Rules, each with its tests in TableRowRuleTests:
    /// <list type="bullet">
    /// <item>ListCell: a cell may hold a list of units ("区工信局、区住建局,各乡镇人民政府。"), read as several units.</item>
    /// <item>GluedUnitCell: a row flattened with no separators ends in a sentence that is only a unit list
    /// ("…知晓率达90%以上。市委宣传部、市城管委,各区(市)县政府(管委会)"): that sentence is the unit cell.</item>
    /// <item>IssueFooter: a document's foot ("…办公室 2021年8月16日印", "县政府办公室 2021年3月1日") names the issuer and
    /// the issue date, not a row's units and time limit: no cells.</item>
    /// </list>
    /// </summary>
    void FindCells(int s, int e)
    {
        int end = e;
        while (end > s && ChineseText.IsCellGap(_t[end - 1])) end--;
        int cellsStart = end, unitsSeen = 0, k = end, cells = 0;
        bool lastIsDate = false, skippedTitle = false;
        var hits = new List<UnitHit>();
        // The signature is read as a block with no roles: the sentence reader skips it, so its units name no one.
        if (SignatureLines(s, end, hits, out int signed)) { Ranges.Add((signed, end)); return; }
        while (k > s)
        {
            int tokEnd = k;
            int tokStart = tokEnd;
            tokStart = TokenStart(s, tokStart);   // back over the cell's text, to the gap before it (FindCells reads every item)
            if (tokStart == tokEnd) break;
            if (IsIssueDate(tokStart, tokEnd)) return;
            int before = hits.Count;
            if (tokStart == s)
            {
                // The first token is the task text itself, never a cell: it is not read as one (a whole sentence read
                // as a unit list was most of this method's work); a unit list glued after its last full stop is a cell.
                int stop = _t.LastIndexOf('。', tokEnd - 1, tokEnd - s);
                if (stop > s && stop + 1 < tokEnd && ReadUnitList(stop + 1, tokEnd, hits) && hits.Count - before > 1)
                {
                    unitsSeen += hits.Count - before;
                    cellsStart = stop + 1;
                    cells++;
                }
                else hits.RemoveRange(before, hits.Count - before);
                break;
            }
            // Rule StandingCell: "持续推进" as a whole cell is the time limit of a standing task.
            bool isDeadline = _deadlineStarts.Contains(tokStart) || _lx.StandingTimeLimits.MatchAt(_t.AsSpan(0, tokEnd), tokStart) == tokEnd - tokStart;
            bool isUnit = !isDeadline && (ReadUnitList(tokStart, tokEnd, hits) || BareSuffixCell(tokStart, tokEnd, hits) || GenericBodyCell(tokStart, tokEnd, hits));
            // NextRowTitle: the cell before a passed-over title must be this row's time limit, its last column.
            if (skippedTitle && cells == 0 && !isDeadline) { hits.RemoveRange(before, hits.Count - before); return; }
            if (!isUnit && !isDeadline)
            {
                hits.RemoveRange(before, hits.Count - before);
                // Rule NextRowTitle: "…目录。|办公室|年底前|深化政策解读形式|" — a table whose title column stands
                // before 序号 puts the next row's title after this row's cells: one short cell, no sentence, after the
                // last cell is passed over, when the cell before it is a time limit.
                if (cells == 0 && !skippedTitle && tokEnd - tokStart <= 20 && _t.IndexOf('。', tokStart, tokEnd - tokStart) < 0 && _t[tokStart - 1] != ' ')
                {
                    skippedTitle = true;
                    k = tokStart;
                    while (k > s && ChineseText.IsCellGap(_t[k - 1])) k--;
                    end = cellsStart = k;
                    continue;
                }
                break;
            }
            if (isUnit) unitsSeen += hits.Count - before;
            if (cells == 0) lastIsDate = isDeadline && IsFullDate(tokStart, tokEnd);
            cells++;
            cellsStart = tokStart;
            k = tokStart;
            while (k > s && ChineseText.IsCellGap(_t[k - 1])) k--;
        }
        if (unitsSeen == 0)
        {
            // Rule SubRow: a sub-row's cells are only its time limit; its units are the row's above (a merged cell).
            if (_rowAbove is { } above && cells > 0)
            {
                Lead.AddRange(above.Lead);
                Co.AddRange(above.Co);
                _cells = (cellsStart, end);
                Ranges.Add((cellsStart, end));
            }
            return;
        }
        // "县政府办公室\n2021年3月1日" after the last sentence: a signature, one unit and the day it signed.
        // Rule RowNumberNoSignature: "1\n启动建设县城防洪工程。\n县水务局\n2026年6月30日" — after a bare row number (a
        // 序号 cell, no "." or "、") the same cells are a row's unit and its time limit, not a signature.
        if (lastIsDate && cells == 2 && unitsSeen == 1 && cellsStart > s && _t[cellsStart - 1] == '\n' && !AfterRowNumber(s)) return;
        // The units were collected from the last cell back; each list cell was read forwards.
        hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        var cellOf = CellIndexes(hits);
        foreach (var (h, i) in hits.Zip(cellOf)) _found.Add((h, ColumnOf(i)));
        _cells = (cellsStart, end);
        // Rule BarredRowText: "|1|新建城东污水处理厂|县水务局|12月底前|" — the bars and the bare row number around the
        // work cell are the table's ruling, not words of the work: they are read with the cells, and the work cell
        // alone is the task's text (before: the deliverable came out as "|1|新建城东污水处理厂|").
        int from = cellsStart;
        while (from > s && ChineseText.IsCellGap(_t[from - 1])) from--;
        Ranges.Add((from, end));
        int lead = LeadingRowNumber(s, from);
        if (lead > s) Ranges.Add((s, lead));
    }

    /// <summary>
    /// Rule SignatureLinesAreNoRow: "…及时将发放明细表和电子档案上报区民政局。\n特此通知\n      福州市鼓楼区民政局\n\n  2022年3月31日",
    /// "…随后学校将组织专人对各学院治理情况予以检查。\n实验室建设与管理处 保卫处 后勤管理处\n2021年6月22日": the item ends with
    /// a line of a whole signing date (year, month, day, no 前) under a line holding only units, each on its own line
    /// (indent allowed): the document's signature, the issuers and the day they signed (conventions: the framing is
    /// never a task; the writer is no unit of the task), not a table row's unit and time limit, however many issuers
    /// sign, whatever line stands above them (IssueFooter only knew one issuer right after a line break, as the last
    /// two cells: "2024年,全镇计划…" above, read as a cell, or an indent, hid it). A row under a bare row number keeps
    /// its cells (rule RowNumberNoSignature). <paramref name="scratch"/> is the caller's list, left as it was;
    /// <paramref name="signed"/> is where the issuers' first line starts.
    /// </summary>
    bool SignatureLines(int s, int end, List<UnitHit> scratch, out int signed)
    {
        signed = end;
        // The date line: one token, a whole date, alone on the last line.
        int ds = end;
        while (ds > s && !ChineseText.IsCellGap(_t[ds - 1])) ds--;
        if (ds == end || !IsFullDate(ds, end) && !IsDashedFullDate(ds, end) || !LineBreakBetween(s, ds, out int ue)) return false;
        // The issuers' lines, bottom up: each holds only units; the line above the first is the text itself (a
        // sentence, not a cell: a line of cells above belongs to a table, whose last row this may be).
        int before = scratch.Count, lines = 0;
        bool signature = false;
        while (ue > s)
        {
            int ls = ue;
            while (ls > s && _t[ls - 1] != '\n') ls--;
            if (!OnlyUnits(ls, ue, scratch)) { signature = lines > 0 && IsTextLine(ls, ue); break; }
            signed = ls;
            // A unit line that opens the item has no text above it: a row's unit cell, not a signature.
            if (ls == s || !LineBreakBetween(s, ls, out ue)) break;
            lines++;
        }
        scratch.RemoveRange(before, scratch.Count - before);
        return signature && !AfterRowNumber(s);
    }

    /// <summary>The line [ls,ue) holds only unit lists, separated by blanks.</summary>
    bool OnlyUnits(int ls, int ue, List<UnitHit> scratch)
    {
        int q = ls;
        bool any = false;
        while (q < ue)
        {
            while (q < ue && ChineseText.IsCellGap(_t[q])) q++;
            int c = q;
            while (c < ue && !ChineseText.IsCellGap(_t[c])) c++;
            if (c > q && !ReadUnitList(q, c, scratch)) return false;
            any |= c > q;
            q = c;
        }
        return any;
    }

    /// <summary>
    /// The line is prose, not a row of cells: no bar on it and no blank inside its words, and it ends a sentence or a
    /// title (。！；) 》 ”), is a closing line (特此通知, at most 6 characters) or is longer than a cell (20 characters).
    /// </summary>
    bool IsTextLine(int ls, int ue)
    {
        for (int k = ls; k < _t.Length && _t[k] != '\n'; k++) if (_t[k] == '|') return false;
        int a = ls;
        while (a < ue && ChineseText.IsCellGap(_t[a])) a++;
        for (int k = a; k < ue; k++) if (ChineseText.IsCellGap(_t[k])) return false;
        return ue > a && (_t[ue - 1] is '。' or '!' or ';' or ')' or '》' or '”' || ue - a <= 6 || ue - a >= 20);
    }

    /// <summary>The blank run before <paramref name="k"/> holds a line break; <paramref name="textEnd"/> is where the text before it ends.</summary>
    bool LineBreakBetween(int s, int k, out int textEnd)
    {
        bool br = false;
        textEnd = k;
        while (textEnd > s && ChineseText.IsCellGap(_t[textEnd - 1])) { br |= _t[textEnd - 1] == '\n'; textEnd--; }
        return br && textEnd > s;
    }

    /// <summary>The unit cell each hit sits in, counted from 0: hits of one list cell share it.</summary>
    List<int> CellIndexes(List<UnitHit> hits)
    {
        var idx = new List<int>(hits.Count);
        int cell = 0;
        for (int i = 0; i < hits.Count; i++)
        {
            if (i > 0)
                for (int j = hits[i - 1].End; j < hits[i].Start; j++)
                    if (ChineseText.IsCellGap(_t[j])) { cell++; break; }
            idx.Add(cell);
        }
        return idx;
    }

    /// <summary>Rule HeaderRow: the header's n-th unit column; past the last one, the last. No header: joint leads.</summary>
    Role ColumnOf(int cell)
    {
        if (_columns is not { Count: > 0 } cols) return Role.Responsible;
        return cols[Math.Min(cell, cols.Count - 1)] switch { ColumnRole.Lead => Role.Lead, ColumnRole.Co => Role.Co, _ => Role.Responsible };
    }


    /// <summary>Every character <see cref="ChineseText.IsCellGap"/> holds, for a vectorized search back to the previous gap.</summary>
    static readonly System.Buffers.SearchValues<char> CellGaps =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 65536).Select(c => (char)c).Where(ChineseText.IsCellGap)]);

    /// <summary>The start of the run of non-gap characters ending at <paramref name="k"/> (not before <paramref name="s"/>).</summary>
    int TokenStart(int s, int k)
    {
        int gap = _t.AsSpan(s, k - s).LastIndexOfAny(CellGaps);
        return gap < 0 ? s : s + gap + 1;
    }

    /// <summary>[s,e) is a list of units ("区发改委", "区工信局、区住建局,各乡镇人民政府等部门。"), added to <paramref name="into"/>.</summary>
    bool ReadUnitList(int s, int e, List<UnitHit> into)
    {
        int before = into.Count, q = s;
        while (e > s && _t[e - 1] is '。' or ';' or ',') e--;
        while (q < e)
        {
            var hit = _units.UnitAt(_t, q, e, _deadlineStarts);
            if (hit is not { } h || h.End <= q) break;
            _units.SplitJoined(_t, h, _deadlineStarts, into);
            q = UnitGrammar.SkipEtc(_t, h.End, e);
            if (q < e && _t[q] is '、' or ',' or ';') { q++; continue; }
            break;
        }
        if (q == e && into.Count > before) return true;
        into.RemoveRange(before, into.Count - before);
        return false;
    }

    /// <summary>
    /// Rule BareSuffixCell: "|办公室|" — a cell of a table row (between line breaks or bars) that is only a unit word
    /// (办公室, 办事处) names the office of the document's own body: a unit where a unit cell stands.
    /// </summary>
    bool BareSuffixCell(int s, int e, List<UnitHit> into)
    {
        if (s == 0 || _t[s - 1] is not ('\n' or '|') || e >= _t.Length || _t[e] is not ('\n' or '|' or '\r')) return false;
        if (e - s < 3 || _lx.UnitSuffixes.MatchAt(_t.AsSpan(0, e), s) != e - s) return false;
        into.Add(new UnitHit(s, e, false));
        return true;
    }

    /// <summary>
    /// Rule GenericBodyCell: "| 區屬各小學 |", "|各小学|" — a unit cell of a table row that is only 各 and a body word with
    /// no unit suffix (小学, 校, 分会), with the scope written before it (区属, 全县, 辖区), addresses every body of that
    /// kind, as "各小学要…" does in a sentence (rule GenericBodyOfAnyKind). The cell has no modal after it, which the
    /// sentence reading needs; standing as a whole cell between bars or line breaks is what makes it a unit cell.
    /// </summary>
    bool GenericBodyCell(int s, int e, List<UnitHit> into)
    {
        if (s == 0 || e >= _t.Length && !_t.AsSpan(s).Contains('|') || e < _t.Length && _t[e] is not ('\n' or '|' or ' ' or '\r')) return false;
        if (!_t.AsSpan(0, s).TrimEnd(' ').EndsWith("|") && _t[s - 1] != '\n') return false;
        if (!_units.IsWholeGenericBody(_t, s, e, _deadlineStarts)) return false;
        into.Add(new UnitHit(s, e, true));
        return true;
    }

    /// <summary>Rule BarredRowText: where the work cell starts after leading bars and a bare row number ("|1|", "| "), or s.</summary>
    int LeadingRowNumber(int s, int e)
    {
        int k = s;
        while (k < e && ChineseText.IsCellGap(_t[k])) k++;
        int d = k;
        while (d < e && char.IsAsciiDigit(_t[d]) && d - k < 3) d++;
        // A number is a 序号 cell only when a bar closes it: "|1|", not "1 新建…" nor "2座人行天桥".
        if (d > k && d < e && _t[d] == '|') k = d;
        else if (k == s || _t.IndexOf('|', s, k - s) < 0) return s;
        while (k < e && ChineseText.IsCellGap(_t[k])) k++;
        return k < e ? k : s;
    }

    /// <summary>
    /// Rule RowNumberNoSignature: the item at <paramref name="s"/> follows a bare row number on its own cell
    /// ("1\n", "|1|", the line start or a cell gap before it): a 序号 cell, which only a table row has.
    /// </summary>
    bool AfterRowNumber(int s)
    {
        int k = s;
        if (k == 0 || !ChineseText.IsCellGap(_t[k - 1])) return false;
        while (k > 0 && ChineseText.IsCellGap(_t[k - 1])) k--;
        int d = k;
        while (d > 0 && char.IsAsciiDigit(_t[d - 1]) && k - d < 3) d--;
        return d < k && (d == 0 || _t[d - 1] is '\n' or '|');
    }

    /// <summary>"2021年8月16日印", "2021年8月16日印发": the day a document was printed, at its foot.</summary>
    bool IsIssueDate(int s, int e)
    {
        int k = e;
        if (k > s && _t[k - 1] == '发') k--;
        return k > s && _t[k - 1] == '印' && k - 1 > s && _t[k - 2] == '日';
    }

    /// <summary>
    /// Twenty-third round, rule DashedSigningDate (family schedrows): "…课程名称请与学期教学任务表上的课程名称一致。\n成都职业
    /// 技术学院教务处\n2009-6-5": a signature's date is as often written with dashes, dots or slashes between a four-digit
    /// year, the month and the day (2009-6-5, 2021.11.19, 2023/4/21) as with 年月日; the notice was read as one row of its
    /// signer (its lines lost). Only the whole date alone on its line, for the signature (rule SignatureLinesAreNoRow):
    /// a table's date cells are read as before.
    /// </summary>
    bool IsDashedFullDate(int s, int e)
    {
        if (e - s is < 8 or > 10) return false;
        for (int k = s; k < s + 4; k++) if (!char.IsAsciiDigit(_t[k])) return false;
        char sep = _t[s + 4];
        if (sep is not ('-' or '.' or '/')) return false;
        int parts = 1, digits = 0;
        for (int k = s + 5; k < e; k++)
        {
            if (char.IsAsciiDigit(_t[k])) { if (++digits > 2) return false; continue; }
            if (_t[k] != sep || digits == 0) return false;
            parts++; digits = 0;
        }
        return parts == 2 && digits > 0;
    }

    /// <summary>"2021年3月1日": a whole day with its year and no 前: a signing date, not a time limit.</summary>
    bool IsFullDate(int s, int e) => e - s >= 9 && _t[e - 1] == '日' && _t.IndexOf('年', s, e - s) == s + 4 && _t.IndexOf('前', s, e - s) < 0;

    /// <summary>Reads "X牵头,Y、Z配合" or "牵头单位:X;责任单位:Y" in [s,e). Returns whether it assigned anyone.</summary>
    bool ReadBlock(int s, int e, bool requireRoleOrLabel)
    {
        // A block that must name a role needs a role word, a label or a note (or a bracketed role marker, "(牵头)"):
        // without any, the reading below could only end in false, so it is not done.
        if (requireRoleOrLabel && _t.AsSpan(s, e - s).IndexOf('(') < 0 && !_lx.MayGiveBlockRole(_t.AsSpan(s, e - s))) return false;
        var local = new List<(UnitHit, Role)>();
        var pending = new List<UnitHit>();
        Role label = Role.None;
        bool explicitRole = false, firstListedLeads = false;
        foreach (var (ss, se) in SplitSegments(s, e))
        {
            int p = Skip(ss, se);
            if (_t[ss - (ss > s ? 1 : 0)] == ';') label = Role.None;
            // Rule FirstListedLeadsNote: "(市教育局,市委农办,各县人民政府,排名第一位为牵头单位,下同)": the note is a segment
            // of the list itself; "下同" after it only carries it on.
            if (p < se && _lx.FirstListedLeadNotes.MatchAt(_t.AsSpan(0, se), p) > 0) { firstListedLeads = explicitRole = true; continue; }
            if (firstListedLeads && _t.AsSpan(p, se - p).Trim() is "下同") continue;
            // "(县发改局牵头，县直各相关部门配合，2024年12月底前完成)": a deadline may share the block.
            if (_deadlineStarts.Contains(p)) continue;
            int len = LabelAt(p, se, out var labelRole);
            if (len > 0) { label = labelRole; explicitRole = true; p = Skip(p + len, se); }
            var hits = new List<UnitHit>();
            var markedLead = new List<UnitHit>();
            int q = p;
            while (q < se)
            {
                var hit = _units.UnitAt(_t, q, se, _deadlineStarts);
                int next;
                if (hit is { } h) { _units.SplitJoined(_t, h, _deadlineStarts, hits); next = h.End; }
                else
                {
                    // A bare cell ("公安") counts inside a labelled list.
                    next = q;
                    while (next < se && ChineseText.IsHan(_t[next]) && _t[next] != '等') next++;
                    if (label == Role.None || next - q < 2 || next - q > 12) break;
                    hits.Add(new UnitHit(q, next, _units.IsGeneric(_t.AsSpan(q, next - q))));
                }
                q = next;
                int marker = _units.RoleMarkerAt(_t, q, se, out bool lead);
                if (marker > 0) { if (lead) markedLead.Add(hits[^1]); explicitRole = true; q += marker; }
                q = UnitGrammar.SkipEtc(_t, q, se);
                if (q < se && _t[q] == '、') { q++; continue; }
                break;
            }
            if (hits.Count == 0) { if (label == Role.None) return false; continue; }
            int r = q;
            while (r < se && (_t[r] == ' ')) r++;
            // Rule FirstListedLeadsNote: "责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)": a bracketed note right after
            // the list says its first unit leads and the others are co-leads.
            if (r < se && _t[r] == '(' && _t.IndexOf(')', r + 1, se - r - 1) is var noteEnd && noteEnd > r && FirstListedNoteIn(r + 1, noteEnd))
            {
                firstListedLeads = explicitRole = true;
                r = noteEnd + 1;
            }
            // "按职责分工负责", "共同负责": adverbs may stand between the list and its role word.
            var seg = _t.AsSpan(0, se);   // a role word must end inside this segment, not run into the next label
            for (int guard = 0; guard < 3 && r < se; guard++)
            {
                if (_lx.LeadRoles.MatchAt(seg, r) > 0 || _lx.CoRoles.MatchAt(seg, r) > 0) break;
                int adv = _lx.Adverbs.MatchAt(seg, r);
                if (adv == 0) break;
                r += adv;
            }
            Role role = label;
            int roleLen;
            // Only 牵头 makes the lead outright; "负责" lists are responsible units: joint leads unless someone leads.
            if ((roleLen = _lx.LeadRoles.MatchAt(seg, r)) > 0)
            {
                role = _t.AsSpan(r).StartsWith("牵头") ? Role.Lead : Role.Responsible; explicitRole = true; r += roleLen;
                // "各县(市)区政府负责落实": two role words in a row are one role (the first says which).
                r += _lx.LeadRoles.MatchAt(seg, r);
            }
            else if ((roleLen = _lx.CoRoles.MatchAt(seg, r)) > 0) { role = Role.Co; explicitRole = true; r += roleLen; }
            if (Skip(r, se) < se) return false;   // more words after the list: a sentence, not a block
            foreach (var h in hits)
            {
                var hr = markedLead.Contains(h) ? Role.Lead : role;
                if (hr == Role.None) pending.Add(h);
                else
                {
                    // "区财政局、区水务局等部门,区国投公司配合": a list without a role takes the next role word's.
                    foreach (var ph in pending) local.Add((ph, hr == Role.Lead ? Role.Responsible : hr));
                    pending.Clear();
                    local.Add((h, markedLead.Count > 0 && !markedLead.Contains(h) ? Role.Co : hr));
                }
            }
        }
        if (requireRoleOrLabel && !explicitRole) return false;
        foreach (var ph in pending) local.Add((ph, Role.Responsible));
        if (local.Count == 0) return false;
        if (firstListedLeads && !local.Exists(f => f.Item2 == Role.Lead))
        {
            // Rule FirstListedLeadsNote: the first unit listed leads; the others help it (conventions: co-leads of a
            // responsibility list whose first unit is marked as the lead).
            bool first = true;
            for (int i = 0; i < local.Count; i++)
                if (local[i].Item2 == Role.Responsible) { local[i] = (local[i].Item1, first ? Role.Lead : Role.Co); first = false; }
        }
        _found.AddRange(local);
        return true;
    }

    /// <summary>
    /// Rule FirstListedLeadsNote: [s, e) holds a note that the first unit of the list leads (列第一位为牵头, 排名第一位为牵头,
    /// 第一责任单位为牵头单位, <see cref="DirectiveLexicon.FirstListedLeadNotes"/>), after at most a short preamble
    /// ("除标注“分别牵头”外,"). Only short spans are asked: a note, not a sentence that mentions the convention.
    /// </summary>
    bool FirstListedNoteIn(int s, int e)
    {
        if (e - s > 30) return false;
        for (int k = s; k < e; k++)
            if (_lx.FirstListedLeadNotes.MatchAt(_t.AsSpan(0, e), k) > 0) return true;
        return false;
    }

    /// <summary>责任单位 lists lead unless someone is marked as lead (无牵头单位的，责任单位即为牵头单位).</summary>
    void Resolve()
    {
        bool anyLead = _found.Exists(f => f.Role == Role.Lead);
        foreach (var (hit, role) in _found)
        {
            var list = role == Role.Lead || role == Role.Responsible && !anyLead ? Lead : Co;
            if (!Lead.Contains(hit) && !Co.Contains(hit)) list.Add(hit);
        }
    }

    IEnumerable<(int, int)> SplitSegments(int s, int e)
    {
        int start = s, depth = 0;
        for (int i = s; i < e; i++)
        {
            char c = _t[i];
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && c is ',' or ';')
            {
                if (i > start) yield return (start, i);
                start = i + 1;
            }
            else if (depth == 0 && c == ' ' && i > start)
            {
                // Twenty-third round, rule BlankBeforeLabelSplits: "(牵头单位:市商务局  责任单位:市编办、市发改委)": in a
                // bracket, blanks before another label end the list before it, as ";" does (FindLabels splits at the next
                // label outside brackets): the units after 责任单位 are its own list, co-leads of the marked lead.
                int k = i;
                while (k < e && _t[k] == ' ') k++;
                if (k < e && LabelAt(k, e, out _) > 0)
                {
                    yield return (start, i);
                    start = k;
                    i = k - 1;
                }
            }
        }
        if (e > start) yield return (start, e);
    }

    int LabelAt(int i, int e, out Role role)
    {
        role = Role.None;
        int len;
        if ((len = _lx.LeadLabels.MatchAt(_t, i)) > 0) role = Role.Lead;
        else if ((len = _lx.CoLabels.MatchAt(_t, i)) > 0) role = Role.Co;
        else if ((len = _lx.ResponsibleLabels.MatchAt(_t, i)) > 0) role = Role.Responsible;
        if (len == 0 || !NextIsColon(i + len, e)) { role = Role.None; return 0; }
        int k = i + len;
        while (k < e && _t[k] == ' ') k++;
        return k + 1 - i;
    }

    bool NextIsColon(int k, int e)
    {
        while (k < e && _t[k] == ' ') k++;
        return k < e && _t[k] == ':';
    }

    int Skip(int i, int e)
    {
        while (i < e && (ChineseText.IsSpace(_t[i]) || _t[i] is ',' or ';' or ':')) i++;
        return i;
    }

    bool InRanges(int i)
    {
        foreach (var (s, e) in Ranges)
            if (i >= s && i < e) return true;
        return false;
    }
}
