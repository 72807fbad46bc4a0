using System.Text;

namespace TaskBot.Directory;

/// <summary>One problem found in a directory file. Line 0 means the file as a whole.</summary>
public sealed record ImportProblem(int Line, string Message)
{
    public override string ToString() => Line == 0 ? Message : $"第 {Line} 行：{Message}";
}

/// <summary>
/// What reading a directory file gave. <see cref="Refused"/> means nothing may be imported (wrong header, not
/// UTF-8, the same person twice); otherwise <see cref="Directory"/> holds every good row and
/// <see cref="Problems"/> lists the rows that were skipped.
/// </summary>
public sealed record DirectoryFile(UnitDirectory? Directory, IReadOnlyList<ImportProblem> Problems)
{
    public bool Refused => Directory is null;
}

/// <summary>
/// Reads the administrator's CSV: <c>unit,aliases,person,aad_object_id,role</c>, UTF-8, aliases separated by '|'.
/// A row with only unit and aliases declares a unit nobody acts for yet. Whole-file refusals: wrong header, bytes
/// that are not UTF-8, one aad_object_id on two rows (which of the two is right cannot be guessed). A single
/// malformed row (wrong column count, unknown role, missing name, an alias another unit already uses) is
/// skipped and reported with its line number; the other rows load.
/// </summary>
public static class DirectoryCsv
{
    public const string Header = "unit,aliases,person,aad_object_id,role";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DirectoryFile Parse(ReadOnlySpan<byte> bytes)
    {
        string text;
        try
        {
            if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return Refuse(0, $"文件不是有效的 UTF-8 编码（第 {e.Index + 1} 个字节附近），请另存为 UTF-8 后重新导入。未导入任何内容。");
        }
        return Parse(text);
    }

    public static DirectoryFile Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || !string.Equals(lines[0].Trim(), Header, StringComparison.OrdinalIgnoreCase))
            return Refuse(1, $"表头应为「{Header}」，实为「{(lines.Length > 0 ? lines[0].Trim() : "")}」。未导入任何内容。");

        var problems = new List<ImportProblem>();
        var units = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var aliasOwner = new Dictionary<string, string>(StringComparer.Ordinal);
        var people = new Dictionary<string, (Person Person, int Line)>(StringComparer.OrdinalIgnoreCase);
        var duplicates = new List<ImportProblem>();

        for (var i = 1; i < lines.Length; i++)
        {
            var lineNo = i + 1;
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#')) continue;
            var error = ParseRow(line, out var fields);
            if (error is null && fields.Count != 5) error = $"应有 5 列，实有 {fields.Count} 列";
            if (error is not null) { problems.Add(new(lineNo, error + "，已跳过。")); continue; }

            var unit = fields[0].Trim();
            var aliases = fields[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(a => a != unit).Distinct().ToList();
            var (name, aad, roleText) = (fields[2].Trim(), fields[3].Trim(), fields[4].Trim());
            var declaresPerson = name.Length + aad.Length + roleText.Length > 0;

            PersonRole role = default;
            error = declaresPerson switch
            {
                true when name.Length == 0 => "缺少姓名",
                true when aad.Length == 0 => "缺少 aad_object_id",
                true when aad.Any(char.IsWhiteSpace) => $"aad_object_id「{aad}」含空白",
                true when !PersonRoles.TryParse(roleText, out role) => $"角色「{roleText}」无效，应为 leader、office、chief 或 liaison",
                _ => null,
            };
            if (error is null && unit.Length == 0 && !(declaresPerson && role is PersonRole.Leader))
                error = "缺少单位（只有领导可以不填单位）";
            if (error is null && unit.Length > 0)
            {
                var clash = aliases.Prepend(unit).FirstOrDefault(a =>
                    (aliasOwner.TryGetValue(a, out var owner) && owner != unit) || (a != unit && units.ContainsKey(a)));
                if (clash is not null)
                    error = $"名称「{clash}」已属于单位「{(aliasOwner.TryGetValue(clash, out var o) ? o : clash)}」";
            }
            if (error is not null) { problems.Add(new(lineNo, error + "，已跳过。")); continue; }

            if (unit.Length > 0)
            {
                var known = units.TryGetValue(unit, out var list) ? list : units[unit] = [];
                aliasOwner[unit] = unit;
                foreach (var alias in aliases.Where(a => !known.Contains(a)))
                {
                    known.Add(alias);
                    aliasOwner[alias] = unit;
                }
            }
            if (!declaresPerson) continue;
            var person = new Person(aad, name, unit.Length == 0 ? null : unit, role);
            if (people.TryGetValue(aad, out var first))
                duplicates.Add(new(lineNo, $"与第 {first.Line} 行是同一人（aad_object_id {aad}）"));
            else
                people[aad] = (person, lineNo);
        }

        if (duplicates.Count > 0)
            return new(null, duplicates.Append(new(0, "同一人出现多次，无法判断以哪一行为准。未导入任何内容。")).ToList());
        var directory = new UnitDirectory(units.Select(u => new Unit(u.Key, u.Value)), people.Values.Select(p => p.Person));
        return new(directory, problems);
    }

    private static DirectoryFile Refuse(int line, string message) => new(null, [new(line, message)]);

    /// <summary>Splits one CSV line; quoted fields may hold commas and doubled quotes.</summary>
    private static string? ParseRow(string line, out List<string> fields)
    {
        fields = [];
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"') current.Append(c);
                else if (i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"' && current.Length == 0) quoted = true;
            else if (c == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        if (quoted) return "引号未闭合";
        fields.Add(current.ToString());
        return null;
    }
}
