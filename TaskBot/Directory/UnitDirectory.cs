namespace TaskBot.Directory;

/// <summary>
/// An immutable snapshot of the units and people. It is the one lexicon of unit names: the directive parser reads
/// <see cref="SurfaceForms"/> and calls <see cref="ResolveUnit"/>; tasks store only canonical names.
/// </summary>
public sealed class UnitDirectory
{
    public static readonly UnitDirectory Empty = new([], []);

    private readonly Dictionary<string, Unit> unitsByName;
    private readonly Dictionary<string, Unit> exact;            // name or alias → unit
    private readonly Dictionary<string, Unit?> normalised;      // normalised form → unit, null when ambiguous
    private readonly Dictionary<string, Person> people;

    public UnitDirectory(IEnumerable<Unit> units, IEnumerable<Person> people)
    {
        Units = units.OrderBy(u => u.Name, StringComparer.Ordinal).ToList();
        People = people.OrderBy(p => p.AadObjectId, StringComparer.Ordinal).ToList();
        unitsByName = Units.ToDictionary(u => u.Name, StringComparer.Ordinal);
        this.people = People.ToDictionary(p => p.AadObjectId, StringComparer.OrdinalIgnoreCase);
        exact = new(StringComparer.Ordinal);
        normalised = new(StringComparer.Ordinal);
        foreach (var unit in Units)
            exact[unit.Name] = unit;            // canonical names win over anyone's alias
        foreach (var unit in Units)
            foreach (var alias in unit.Aliases)
                exact.TryAdd(alias, unit);
        foreach (var (form, unit) in exact)
        {
            var key = Normalise(form);
            normalised[key] = normalised.TryGetValue(key, out var other) && other != unit ? null : unit;
        }
    }

    public IReadOnlyList<Unit> Units { get; }
    public IReadOnlyList<Person> People { get; }

    /// <summary>Every name or alias that denotes a unit, mapped to its canonical name.</summary>
    public IReadOnlyDictionary<string, string> SurfaceForms =>
        exact.ToDictionary(kv => kv.Key, kv => kv.Value.Name, StringComparer.Ordinal);

    /// <summary>
    /// The unit a piece of text names: an exact canonical name or alias first, then a match that ignores
    /// whitespace and a leading 县/市/区 (县工信局 = 工信局). Null when unknown or when the loose match is ambiguous.
    /// </summary>
    public Unit? ResolveUnit(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        if (exact.TryGetValue(trimmed, out var unit)) return unit;
        return normalised.TryGetValue(Normalise(trimmed), out var loose) ? loose : null;
    }

    public Unit? FindUnit(string canonicalName) => unitsByName.GetValueOrDefault(canonicalName);

    public Person? FindPerson(string aadObjectId) => people.GetValueOrDefault(aadObjectId);

    /// <summary>Who acts for a unit: its chiefs first, then its liaisons.</summary>
    public IReadOnlyList<Person> ContactsOf(string unit) =>
        People.Where(p => p.ActsForUnit(unit)).OrderBy(p => p.Role).ThenBy(p => p.AadObjectId, StringComparer.Ordinal).ToList();

    public IReadOnlyList<Person> WithRole(PersonRole role) => People.Where(p => p.Role == role).ToList();

    internal static string Normalise(string text)
    {
        var chars = text.Where(c => !char.IsWhiteSpace(c)).ToArray();
        var s = new string(chars);
        return s.Length > 2 && s[0] is '县' or '市' or '区' ? s[1..] : s;
    }
}
