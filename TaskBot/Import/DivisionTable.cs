using System.Text.RegularExpressions;
using TaskBot.Calendar;
using TaskBot.Directives;

namespace TaskBot.Import;

/// <summary>What a column of a task-division table holds, from its header.</summary>
public enum ColumnKind { None, Seq, Category, Task, Lead, Responsible, Co, Leader, Deadline }

/// <summary>One row of a table read as a task, before the directory is consulted.</summary>
/// <param name="Row">The row's number in its sheet or table (1-based, as Excel and Word show it).</param>
/// <param name="Source">The row's cells as one line of text: what the preview and the task keep as 原文.</param>
public sealed record ImportedTask(string Table, int Row, string? Seq, string Source, IReadOnlyList<string> Lead, IReadOnlyList<string> Co,
    IReadOnlyList<string> Generic, string? Supervisor, DateOnly? Deadline, string? DeadlineText, string? Recurrence, string Deliverable)
{
    public bool MissingUnit => Lead.Count == 0;
    public bool MissingDeadline => Deadline is null;
}

public sealed record ImportedTable(IReadOnlyList<ImportedTask> Tasks, DateOnly Reference, bool ReferenceStated, IReadOnlyList<string> TablesRead);

/// <summary>
/// Reads task-division tables (重点工作任务分工方案): finds the header row under titles and notes, tells the columns
/// apart by their header words, and turns each row into a task, with the conventions of
/// shared/notes/directive-conventions.md: units in a 牵头 column lead; a 责任单位 column leads when there is no lead
/// column (all joint leads, unless one is marked （牵头）), else it is co-lead; 配合/协办 columns are co-leads; the
/// 责任领导 / 分管领导 column is the supervisor. Deadlines are read by the directive grammar from the time column
/// (or, without one, from the task text). A row that names no unit or no readable date is kept and flagged.
/// Plain C#: no Bot Framework, storage or scheduler types.
/// </summary>
public sealed class DivisionTableReader(DirectiveLexicon lexicon, IWorkingDayCalendar calendar)
{
    readonly UnitGrammar _units = new(lexicon);

    // Header words, most specific first: "牵头责任单位" is a lead column, "责任单位" alone is not.
    static readonly (string Word, ColumnKind Kind)[] HeaderWords =
    [
        ("序号", ColumnKind.Seq), ("编号", ColumnKind.Seq), ("任务项", ColumnKind.Seq),
        ("协同配合单位", ColumnKind.Co), ("配合单位", ColumnKind.Co), ("配合部门", ColumnKind.Co), ("协办单位", ColumnKind.Co),
        ("协作单位", ColumnKind.Co), ("协同单位", ColumnKind.Co), ("参与单位", ColumnKind.Co), ("协助单位", ColumnKind.Co),
        ("牵头责任单位", ColumnKind.Lead), ("主要责任单位", ColumnKind.Lead), ("牵头单位", ColumnKind.Lead), ("牵头部门", ColumnKind.Lead),
        ("主办单位", ColumnKind.Lead), ("主责单位", ColumnKind.Lead), ("主责部门", ColumnKind.Lead), ("牵头科室", ColumnKind.Lead),
        ("责任单位", ColumnKind.Responsible), ("责任部门", ColumnKind.Responsible), ("承办单位", ColumnKind.Responsible),
        ("实施单位", ColumnKind.Responsible), ("责任主体", ColumnKind.Responsible), ("责任科室", ColumnKind.Responsible), ("落实单位", ColumnKind.Responsible),
        ("责任处室", ColumnKind.Responsible), ("责任股室", ColumnKind.Responsible), ("承办部门", ColumnKind.Responsible), ("主办部门", ColumnKind.Lead),
        ("协办部门", ColumnKind.Co), ("参与部门", ColumnKind.Co), ("协同部门", ColumnKind.Co),
        ("责任领导", ColumnKind.Leader), ("分管领导", ColumnKind.Leader), ("牵头领导", ColumnKind.Leader), ("县领导", ColumnKind.Leader),
        ("市领导", ColumnKind.Leader), ("区领导", ColumnKind.Leader), ("包保领导", ColumnKind.Leader), ("联系领导", ColumnKind.Leader),
        ("完成时限", ColumnKind.Deadline), ("时间节点", ColumnKind.Deadline), ("完成时间", ColumnKind.Deadline), ("时限要求", ColumnKind.Deadline),
        ("完成期限", ColumnKind.Deadline), ("办结时限", ColumnKind.Deadline), ("时间安排", ColumnKind.Deadline), ("进度安排", ColumnKind.Deadline),
        ("时间要求", ColumnKind.Deadline), ("截止时间", ColumnKind.Deadline), ("截止日期", ColumnKind.Deadline), ("完成日期", ColumnKind.Deadline), ("办结时间", ColumnKind.Deadline),
        ("具体措施", ColumnKind.Task), ("工作措施", ColumnKind.Task), ("主要措施", ColumnKind.Task), ("具体任务", ColumnKind.Task),
        ("工作任务", ColumnKind.Task), ("重点任务", ColumnKind.Task), ("任务内容", ColumnKind.Task), ("主要内容", ColumnKind.Task),
        ("目标任务", ColumnKind.Task), ("工作内容", ColumnKind.Task), ("主要任务", ColumnKind.Task), ("责任分解内容", ColumnKind.Task),
        ("工作目标", ColumnKind.Task), ("目标与任务", ColumnKind.Task), ("任务事项", ColumnKind.Task), ("督办事项", ColumnKind.Task),
        ("具体工作", ColumnKind.Task), ("工作事项", ColumnKind.Task), ("交办事项", ColumnKind.Task),
        ("重点工作", ColumnKind.Category), ("工作类别", ColumnKind.Category), ("类别", ColumnKind.Category), ("项目名称", ColumnKind.Category),
        ("领域", ColumnKind.Category), ("项目", ColumnKind.Category),
        ("时限", ColumnKind.Deadline), ("任务", ColumnKind.Task),
    ];

    // Which task column describes the task best, when several do (重点工作 + 具体措施): the most specific.
    static readonly string[] TaskPreference = ["具体措施", "工作措施", "主要措施", "具体任务", "责任分解内容", "工作任务", "重点任务", "任务内容", "目标任务", "主要任务", "工作内容", "主要内容", "任务事项", "督办事项", "目标与任务", "工作目标", "任务"];

    static readonly Regex TitleYear = new(@"((?:19|20)\d{2})\s*年", RegexOptions.CultureInvariant);
    static readonly Regex FullDate = new(@"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日", RegexOptions.CultureInvariant);
    static readonly Regex YearOnly = new(@"^(?:(?<y>(?:19|20)\d{2})年)?(?:全年|年度|年内|全年度|度)?(?:内|完成|底)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    static readonly Regex YearMonth = new(@"^(?<y>(?:19|20)\d{2})[.\-/年](?<m>\d{1,2})月?(?:份|内|完成)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    static readonly Regex FullNumericDate = new(@"^(?<y>(?:19|20)\d{2})[-./年](?<m>\d{1,2})[-./月](?<d>\d{1,2})日?(?:前|之前|以前)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    static readonly Regex PeriodHeader = new(@"(?:第?[一二三四1-4]季度|上半年|下半年)", RegexOptions.CultureInvariant);
    static readonly Regex MonthOnly = new(@"^(?<m>\d{1,2})月(?:份)?(?:底|末)?(?:前|之前|以前)?(?:完成)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    // "牵头单位：县发改局；配合单位：县财政局" written in one cell.
    static readonly Regex LeadLabel = new(@"(?:牵头单位|牵头部门|牵头责任单位|主责单位|牵头)[:：]\s*(?<u>[^；;\n]*)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    static readonly Regex CoLabel = new(@"(?:配合单位|配合部门|协办单位|协同单位|参与单位|责任单位|配合)[:：]\s*(?<u>[^；;\n]*)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    static readonly char[] UnitSeparators = ['、', ',', '，', ';', '；', '/', '／', '\n', ' ', '\t', '\u3000'];

    /// <summary>Reads every table of the file that has a recognisable header; throws <see cref="TableImportException"/>
    /// when none has.</summary>
    /// <param name="messageDate">The message's local date: the reference when the file states neither a date nor a year.</param>
    public ImportedTable Read(TableFileContent file, DateOnly messageDate)
    {
        var tasks = new List<ImportedTask>();
        var read = new List<string>();
        bool anyCells = false;
        foreach (var table in file.Tables)
        {
            anyCells |= table.Rows.Any(r => r.Any(c => c.Length > 0));
            var header = FindHeader(table);
            if (header is null) continue;
            read.Add(table.Name);
        }
        if (!anyCells)
            throw new TableImportException("这个文件里没有表格内容。督办助手读取的是任务分工表：每行一项任务，列有「工作任务」「牵头单位」「责任单位」「完成时限」等。");
        if (read.Count == 0)
            throw new TableImportException("没有在这个文件中找到任务分工表的表头。请确认表格有一行表头，写明「工作任务（或重点工作、主要内容）」和「牵头单位（或责任单位）」「完成时限（或时间节点）」等列。");
        var (reference, stated) = ReferenceOf(file, messageDate);
        foreach (var table in file.Tables)
        {
            var header = FindHeader(table);
            if (header is null) continue;
            ReadRows(table, header, reference, tasks);
        }
        return new ImportedTable(tasks, reference, stated, read);
    }

    /// <summary>
    /// The reference date for deadlines without a year: a full date written above the table (印发 date), else
    /// January 1 of the year its title names (a 2024 方案's "6月底前" is June 2024, whenever it is sent), else
    /// the file's creation date, else the message's date.
    /// </summary>
    static (DateOnly, bool) ReferenceOf(TableFileContent file, DateOnly messageDate)
    {
        var head = file.TextOutsideTables + "\n" + string.Join("\n", file.Tables.SelectMany(t => t.Rows.Take(4)).Select(r => r.FirstOrDefault(c => c.Length > 0) ?? ""));
        var folded = ChineseText.Fold(head);
        var full = FullDate.Match(folded);
        if (full.Success && DateOnly.TryParse($"{full.Groups[1].Value}-{full.Groups[2].Value}-{full.Groups[3].Value}", System.Globalization.CultureInfo.InvariantCulture, out var d))
            return (d, true);
        var year = TitleYear.Match(folded);
        if (year.Success && int.TryParse(year.Groups[1].Value, out var y) && y > 1990 && y < 2100) return (new DateOnly(y, 1, 1), true);
        return file.Created is { } created ? (created, true) : (messageDate, false);
    }

    sealed record Header(int Row, ColumnKind[] Kinds, string[] Names, int RowsUsed);

    /// <summary>The first row in the table's opening 15 where at least two kinds of column are named, one of them a
    /// unit or task column; a second header row under it (责任单位 split into 牵头单位 | 配合单位) refines it.</summary>
    static Header? FindHeader(TableGrid table)
    {
        for (int r = 0; r < Math.Min(15, table.Rows.Count); r++)
        {
            var (kinds, names) = Classify(table.Rows[r]);
            var set = kinds.Where(k => k is not ColumnKind.None and not ColumnKind.Seq).ToHashSet();
            bool units = set.Contains(ColumnKind.Lead) || set.Contains(ColumnKind.Responsible) || set.Contains(ColumnKind.Co);
            bool task = set.Contains(ColumnKind.Task) || set.Contains(ColumnKind.Category);
            if (set.Count < 2 || !units || !task) continue;
            int used = 1;
            if (r + 1 < table.Rows.Count)
            {
                var (sub, subNames) = Classify(table.Rows[r + 1]);
                var below = table.Rows[r + 1];
                // A second header row names columns in every cell it does not share (merged) with the row above:
                // a data row ("1", "完成项目资金方案。", "县发改局") has cells that are no header word.
                bool allHeaders = below.Select((cell, i) => cell.Trim().Length == 0 || sub[i] != ColumnKind.None || i < table.Rows[r].Count && cell == table.Rows[r][i]).All(x => x);
                if (allHeaders && sub.Where((k, i) => k != ColumnKind.None && i < kinds.Length && below[i] != table.Rows[r][i]).Any())
                {
                    for (int i = 0; i < kinds.Length && i < sub.Length; i++)
                        if (sub[i] != ColumnKind.None) { kinds[i] = sub[i]; names[i] = subNames[i]; }
                    used = 2;
                }
            }
            // Two task columns: the more general one is the category (重点工作 | 具体措施).
            var taskCols = Enumerable.Range(0, kinds.Length).Where(i => kinds[i] == ColumnKind.Task).ToList();
            if (taskCols.Count > 1)
            {
                var best = taskCols.OrderBy(i => Rank(names[i])).First();
                foreach (var i in taskCols) if (i != best) kinds[i] = ColumnKind.Category;
            }
            if (!kinds.Contains(ColumnKind.Task))
            {
                // Only a category-like column (项目名称, 重点工作): it is the task.
                int c = Array.IndexOf(kinds, ColumnKind.Category);
                if (c >= 0) kinds[c] = ColumnKind.Task;
            }
            return new Header(r, kinds, names, used);
        }
        return null;

        static int Rank(string name)
        {
            for (int i = 0; i < TaskPreference.Length; i++) if (name.Contains(TaskPreference[i], StringComparison.Ordinal)) return i;
            return TaskPreference.Length;
        }
    }

    static (ColumnKind[] Kinds, string[] Names) Classify(IReadOnlyList<string> row)
    {
        var kinds = new ColumnKind[row.Count];
        var names = new string[row.Count];
        var seen = new HashSet<string>();
        for (int i = 0; i < row.Count; i++)
        {
            var cell = Compact(row[i]);
            names[i] = cell;
            // A header cell is short; a long cell that happens to contain 任务 is a task's text, not a header.
            if (cell.Length is 0 or > 12) continue;
            // A header merged across two columns is one column: the second copy is nothing.
            if (!seen.Add(cell) && i > 0 && Compact(row[i - 1]) == cell) continue;
            foreach (var (word, kind) in HeaderWords)
                if (cell.Contains(word, StringComparison.Ordinal)) { kinds[i] = kind; break; }
        }
        return (kinds, names);
    }

    static string Compact(string s) => new(s.Where(c => !char.IsWhiteSpace(c) && c != '\u3000').ToArray());

    void ReadRows(TableGrid table, Header header, DateOnly reference, List<ImportedTask> into)
    {
        var kinds = header.Kinds;
        int Col(ColumnKind k) => Array.IndexOf(kinds, k);
        string Cell(IReadOnlyList<string> row, int col) => col >= 0 && col < row.Count ? row[col].Trim() : "";
        int seqCol = Col(ColumnKind.Seq), taskCol = Col(ColumnKind.Task), catCol = Col(ColumnKind.Category), leadCol = Col(ColumnKind.Lead),
            respCol = Col(ColumnKind.Responsible), coCol = Col(ColumnKind.Co), leaderCol = Col(ColumnKind.Leader), timeCol = Col(ColumnKind.Deadline);
        string? section = null;
        // No time column, but a column header names the period the rows are for ("四季度任务分解", "三季度目标"):
        // that period's end is the rows' deadline unless a row says otherwise.
        (DateOnly? Date, string? Phrase, string? Recurrence) period = (null, null, null);
        if (timeCol < 0)
            foreach (var name in header.Names)
                if (name is not null && PeriodHeader.Match(ChineseText.Fold(name)) is { Success: true } pm
                    && Deadline(pm.Value, reference) is { Date: not null } found) { period = found; break; }
        for (int r = header.Row + header.RowsUsed; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var nonEmpty = row.Where(c => c.Trim().Length > 0).Select(c => c.Trim()).Distinct().ToList();
            if (nonEmpty.Count == 0) continue;
            // A section heading ("一、扩大有效投资"), merged across the row or written in one cell only.
            if (nonEmpty.Count == 1 && Cell(row, leadCol).Length + Cell(row, respCol).Length + Cell(row, coCol).Length + Cell(row, timeCol).Length == 0
                || nonEmpty.Count == 1 && row.Count(c => c.Trim() == nonEmpty[0]) >= Math.Max(2, row.Count - 1))
            {
                section = nonEmpty[0];
                continue;
            }
            // The header repeated on a new page of the table.
            var (again, _) = Classify(row);
            if (again.Count(k => k != ColumnKind.None) >= 3) continue;

            var taskText = Cell(row, taskCol);
            var category = Cell(row, catCol);
            if (taskText.Length == 0) taskText = category;
            if (taskText.Length == 0 && Cell(row, leadCol).Length + Cell(row, respCol).Length == 0) continue;

            var lead = new List<string>();
            var co = new List<string>();
            var generic = new List<string>();
            if (leadCol >= 0) AddUnits(Cell(row, leadCol), lead, lead, generic);
            // One unit cell that labels the roles itself: "牵头单位：县发改局；配合单位：县财政局、县审计局".
            var labelled = respCol >= 0 ? Cell(row, respCol) : leadCol >= 0 ? Cell(row, leadCol) : "";
            var folded = ChineseText.Fold(labelled);
            if (LeadLabel.IsMatch(folded))
            {
                lead.Clear();
                foreach (Match m in LeadLabel.Matches(folded)) AddUnits(labelled.Substring(m.Groups["u"].Index, m.Groups["u"].Length), lead, lead, generic);
                foreach (Match m in CoLabel.Matches(folded)) AddUnits(labelled.Substring(m.Groups["u"].Index, m.Groups["u"].Length), co, co, generic);
            }
            else if (respCol >= 0)
            {
                var resp = Cell(row, respCol);
                // Beside a lead column the 责任单位 help; alone they lead (joint leads, or the one marked （牵头）).
                if (leadCol >= 0) AddUnits(resp, co, co, generic);
                else AddUnits(resp, lead, co, generic, markedLeadsOnly: true);
            }
            if (coCol >= 0) AddUnits(Cell(row, coCol), co, co, generic);
            co.RemoveAll(lead.Contains);

            var supervisor = Cell(row, leaderCol) is { Length: > 0 } s ? Regex.Replace(s, @"\s+", " ") : null;
            var (deadline, phrase, recurrence) = Deadline(Cell(row, timeCol), reference);
            if (deadline is null && phrase is null && timeCol < 0 || deadline is null && Cell(row, timeCol).Length == 0)
            {
                // No time column, or an empty cell: a date written in the task itself ("2021年2月底前，…").
                var (d2, p2, r2) = Deadline(taskText, reference, inText: true);
                if (d2 is not null) (deadline, phrase, recurrence) = (d2, p2, r2);
                else if (period.Date is not null) (deadline, phrase, recurrence) = period;
            }
            var source = string.Join("；", new[]
            {
                category.Length > 0 && category != taskText ? category.TrimEnd('。', '；', ';') : section,
                taskText.TrimEnd('。', '；', ';'),
                lead.Count > 0 ? "牵头：" + string.Join("、", lead) : null,
                co.Count > 0 ? "配合：" + string.Join("、", co) : null,
                supervisor is null ? null : "责任领导：" + supervisor,
                Cell(row, timeCol) is { Length: > 0 } t ? "时限：" + t : null,
            }.Where(x => !string.IsNullOrWhiteSpace(x)));
            into.Add(new ImportedTask(table.Name, r + 1, Cell(row, seqCol) is { Length: > 0 } q ? q : null, source, lead, co, generic,
                supervisor, deadline, phrase, recurrence, Deliverable(taskText)));
        }
    }

    /// <summary>
    /// The units of one cell, by the unit grammar: split at list separators outside brackets, each piece read as a
    /// unit name ("区城管大队法制办及街道城管中队" is two); a piece the grammar does not know is kept as written (it
    /// stands in a unit column). "（牵头）" marks a lead; 等 / 等部门 at the end is dropped.
    /// </summary>
    void AddUnits(string cell, List<string> into, List<string> others, List<string> generic, bool markedLeadsOnly = false)
    {
        var pieces = SplitOutsideBrackets(cell);
        var marked = pieces.Where(p => LeadMark.IsMatch(ChineseText.Fold(p))).ToList();
        foreach (var raw in pieces)
        {
            var folded = ChineseText.Fold(raw);
            bool isMarkedLead = LeadMark.IsMatch(folded);
            var name = RoleMark.Replace(folded, "").Trim();
            name = Regex.Replace(name, @"(等|等部门|等单位|等相关部门|分别牵头|按职责分工负责|负责)$", "");
            if (name.Length < 2 || !name.Any(ChineseText.IsHan)) continue;
            // The surface form is cut from the original text: fold maps one char to one char.
            var original = raw.Trim();
            var target = markedLeadsOnly && marked.Count > 0 && !isMarkedLead ? others : into;
            foreach (var unit in Units(name, original))
            {
                if (target.Contains(unit) || into.Contains(unit) || others.Contains(unit)) continue;
                target.Add(unit);
                if (_units.IsGeneric(ChineseText.Fold(unit))) generic.Add(unit);
            }
        }
    }

    static readonly Regex LeadMark = new(@"\((?:牵头|牵头单位|主责|负责)\)", RegexOptions.CultureInvariant);
    static readonly Regex RoleMark = new(@"\((?:牵头|牵头单位|主责|负责|配合|协助|责任单位)\)", RegexOptions.CultureInvariant);

    IEnumerable<string> Units(string folded, string original)
    {
        // Recover the original surface (full-width brackets) for the cleaned, folded name.
        int at = ChineseText.Fold(original).IndexOf(folded, StringComparison.Ordinal);
        string Surface(int s, int e) => at >= 0 ? original.Substring(at + s, e - s) : folded[s..e];
        var hit = _units.UnitAt(folded, 0, folded.Length, new HashSet<int>());
        if (hit is { } h && h.End == folded.Length)
        {
            var parts = new List<UnitHit>();
            _units.SplitJoined(folded, h, new HashSet<int>(), parts);
            foreach (var p in parts) yield return Surface(p.Start, p.End).Trim();
            yield break;
        }
        yield return Surface(0, folded.Length).Trim();
    }

    static List<string> SplitOutsideBrackets(string cell)
    {
        var pieces = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i < cell.Length; i++)
        {
            char c = cell[i];
            if (c is '(' or '（') depth++;
            else if (c is ')' or '）') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && Array.IndexOf(UnitSeparators, c) >= 0)
            {
                pieces.Add(cell[start..i]);
                start = i + 1;
            }
        }
        pieces.Add(cell[start..]);
        return pieces.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
    }

    /// <summary>
    /// The deadline of a time cell. Several dates ("6月底前启动，12月底前完成") give the last: the row's task is done
    /// by then (the earlier dates are milestones, kept in the phrase). A year alone or 全年 is that year's Dec 31;
    /// 2024.6 or 2024年6月 the end of that month. 长期坚持, 持续推进 are no date: the row is flagged.
    /// </summary>
    (DateOnly? Date, string? Phrase, string? Recurrence) Deadline(string cell, DateOnly reference, bool inText = false)
    {
        if (cell.Length == 0) return (null, null, null);
        var folded = ChineseText.Fold(cell);
        var compact = Compact(folded);
        if (!inText)
        {
            var full = FullNumericDate.Match(compact);
            if (full.Success && DateOnly.TryParseExact($"{full.Groups["y"].Value}-{int.Parse(full.Groups["m"].Value):D2}-{int.Parse(full.Groups["d"].Value):D2}", "yyyy-MM-dd", out var exact))
                return (exact, cell.Trim(), null);
            var mo = MonthOnly.Match(compact);
            if (mo.Success && int.TryParse(mo.Groups["m"].Value, out var month) && month is >= 1 and <= 12)
            {
                // "12月": the end of that month, the next one on or after the reference.
                var end = new DateOnly(reference.Year, month, DateTime.DaysInMonth(reference.Year, month));
                if (end < reference) end = new DateOnly(reference.Year + 1, month, DateTime.DaysInMonth(reference.Year + 1, month));
                return (end, cell.Trim(), null);
            }
            var ym = YearMonth.Match(compact);
            if (ym.Success && int.TryParse(ym.Groups["m"].Value, out var m) && m is >= 1 and <= 12)
            {
                int y = int.Parse(ym.Groups["y"].Value);
                return (new DateOnly(y, m, DateTime.DaysInMonth(y, m)), cell.Trim(), null);
            }
            var yo = YearOnly.Match(compact);
            if (yo.Success && compact.Length > 0 && (yo.Groups["y"].Success || compact.Contains("全年") || compact.Contains("年内") || compact.Contains("年度")))
                return (new DateOnly(yo.Groups["y"].Success ? int.Parse(yo.Groups["y"].Value) : reference.Year, 12, 31), cell.Trim(), null);
        }
        var matches = DeadlineGrammar.Scan(folded, 0, folded.Length, new DeadlineContext(reference, calendar, null), lexicon.VagueDeadlines)
            .Where(x => !x.Invalid).ToList();
        var dated = matches.Where(x => x.Date is not null).ToList();
        if (dated.Count > 0)
        {
            var last = dated.MaxBy(x => x.Date!.Value)!;
            var phrase = inText ? cell.Substring(last.TextStart, last.End - last.TextStart) : cell.Trim();
            return (last.Date, phrase, last.Recurrence);
        }
        if (inText) return (null, null, null);
        return (null, cell.Trim(), null);
    }

    /// <summary>The deliverable: the task cell, without its leading number, cut to what a card line holds.</summary>
    static string Deliverable(string task)
    {
        var t = Regex.Replace(task.Trim(), @"^[\(（]?[0-9一二三四五六七八九十]+[\)）\.、．]\s*", "");
        t = Regex.Replace(t, @"\s+", "");
        return t.Length <= 200 ? t : t[..199] + "…";
    }
}
