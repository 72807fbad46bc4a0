using System.Security.Cryptography;
using System.Text;
using TaskBot.Calendar;
using TaskBot.Directives;
using TaskBot.Directory;
using TaskBot.Tasks;

namespace TaskBot.Assignments;

/// <summary>Turns parsed tasks into a preview: units resolved against the directory, the rest left as questions
/// for the leader, a missing deadline replaced by the configured default.</summary>
public sealed class PreviewBuilder(IWorkingDayCalendar calendar, DirectiveOptions options)
{
    public Preview Build(string previewId, string issuer, string text, DateOnly reference, IReadOnlyList<ParsedTask> parsed, UnitDirectory directory) => new()
    {
        Id = previewId,
        IssuerAadObjectId = issuer,
        ReferenceDate = reference,
        Items = parsed.Select(p => Item(text, reference, p, directory)).ToList(),
    };

    /// <summary>The same message (conversation + activity id) always gives the same preview id, so Teams redelivering
    /// it cannot lead to two dispatches.</summary>
    public static string PreviewIdFor(string conversationId, string? activityId)
    {
        var seed = activityId is null ? Guid.NewGuid().ToString("N") : $"{conversationId}\n{activityId}";
        return "P" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..20];
    }

    private PreviewItem Item(string text, DateOnly reference, ParsedTask p, UnitDirectory directory)
    {
        var start = Math.Clamp(p.Source.Start, 0, text.Length);
        var source = text.Substring(start, Math.Clamp(p.Source.Length, 0, text.Length - start)).Trim();
        var lead = new List<string>();
        var co = new List<string>();
        var questions = new List<UnitQuestion>();
        void Place(IEnumerable<string> surfaces, UnitRole role, List<string> into)
        {
            foreach (var surface in surfaces)
            {
                var unit = p.GenericUnits.Contains(surface) ? null : directory.ResolveUnit(surface);
                if (unit is not null) { if (!lead.Contains(unit.Name) && !co.Contains(unit.Name)) into.Add(unit.Name); }
                else questions.Add(new UnitQuestion(surface, role, UnitMatcher.Candidates(surface, directory)));
            }
        }
        Place(p.Lead, UnitRole.Lead, lead);
        Place(p.Co, UnitRole.CoLead, co);
        if (p.Lead.Count == 0)
            questions.Insert(0, new UnitQuestion("（原文未指明）", UnitRole.Lead, directory.Units.Select(u => u.Name).ToList()));

        var defaulted = p.Deadline is null;
        var deadline = p.Deadline ?? calendar.NextOrSameWorkingDay(reference.AddDays(options.DefaultDeadlineDays));
        var deliverable = string.IsNullOrWhiteSpace(p.Deliverable) ? Shorten(source, 60) : p.Deliverable.Trim();
        return new PreviewItem
        {
            SourceText = source,
            Span = new SourceSpan(p.Source.Start, p.Source.Length),
            Lead = lead,
            Co = co,
            Questions = questions,
            Deadline = deadline,
            DeadlinePhrase = p.DeadlineText,
            DeadlineDefaulted = defaulted,
            Deliverable = deliverable,
            Supervisor = p.Supervisor,
            // Unit warnings are shown as questions and a missing date by the prefilled date input's own line; the
            // rest (provisional calendar, recurrence, truncation…) as notes.
            Notes = p.Warnings.Where(w => w.Code is not (WarningCodes.GenericUnit or WarningCodes.UnknownUnit or WarningCodes.NoUnit)
                                          && !(defaulted && w.Code is WarningCodes.DeadlineVague or WarningCodes.DeadlineUnresolved))
                .Select(w => w.Code == WarningCodes.ProvisionalCalendar ? ProvisionalNote(reference, deadline) : w.Message)
                .Concat(defaulted && calendar.IsProvisional(deadline) ? [ProvisionalNote(reference, deadline)] : [])
                .Distinct().ToList(),
        };
    }

    /// <summary>
    /// The years whose 国务院办公厅 notice is missing, named right: those between the reference and the deadline, or,
    /// when both are in recorded years (元旦前 in December), the next year, whose festival the deadline is before.
    /// </summary>
    private string ProvisionalNote(DateOnly reference, DateOnly deadline)
    {
        var (from, to) = reference <= deadline ? (reference.Year, deadline.Year) : (deadline.Year, reference.Year);
        var years = Enumerable.Range(from, to - from + 1).Where(y => !calendar.HasOfficialData(y)).ToList();
        if (years.Count == 0) years.Add(to + 1);
        return $"临时日历：{string.Join("、", years.Select(y => $"{y}年"))}的国务院办公厅放假安排尚未收录，期限暂按法定节假日（元旦，春节4天，清明，劳动节2天，端午，中秋，国庆3天）和周末推算，未计调休，请核对。";
    }

    internal static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

/// <summary>Which directory units a leader probably meant by a generic or unknown unit name.</summary>
public static class UnitMatcher
{
    private static readonly string[] Quantifiers = ["各相关", "各有关", "有关", "相关", "全县", "县直", "各"];
    private static readonly HashSet<string> AnyDepartment = ["部门", "单位", "部门单位", "单位部门", "成员单位", "县直单位", "县直部门", "责任单位"];
    private const string CommonChars = "县市区局委办室会各有关相部门单位的";

    public static IReadOnlyList<string> Candidates(string surface, UnitDirectory directory)
    {
        var core = surface.Trim().TrimEnd('等');
        foreach (var q in Quantifiers)
            if (core.StartsWith(q, StringComparison.Ordinal)) { core = core[q.Length..]; break; }
        static bool IsTownship(string name) => name.EndsWith('乡') || name.EndsWith('镇') || name.EndsWith("街道", StringComparison.Ordinal);
        var all = directory.Units.Select(u => u.Name).ToList();
        if (core.Contains('乡') || core.Contains('镇') || core.Contains("街道", StringComparison.Ordinal))
            return all.Where(IsTownship).ToList();
        if (AnyDepartment.Contains(core) || core.Length == 0)
            return all.Where(n => !IsTownship(n)).ToList();
        var significant = core.Where(c => !CommonChars.Contains(c)).ToHashSet();
        var scored = directory.Units
            .Select(u => (u.Name, Score: u.SurfaceForms.Max(f => f.Count(significant.Contains))))
            .Where(s => s.Score > 0).OrderByDescending(s => s.Score).ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => s.Name).ToList();
        return scored.Count > 0 ? scored : all;
    }
}
