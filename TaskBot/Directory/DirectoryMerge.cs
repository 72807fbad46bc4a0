namespace TaskBot.Directory;

/// <summary>What an import writes: only units and people that are new or differ from what is stored.
/// Nothing is deleted, so importing the same file twice writes nothing the second time.</summary>
public sealed record DirectoryChanges(IReadOnlyList<Unit> Units, IReadOnlyList<Person> People, int UnitsAdded, int PeopleAdded)
{
    public int UnitsUpdated => Units.Count - UnitsAdded;
    public int PeopleUpdated => People.Count - PeopleAdded;
    public bool IsEmpty => Units.Count == 0 && People.Count == 0;

    public static DirectoryChanges Between(UnitDirectory stored, UnitDirectory incoming)
    {
        var units = incoming.Units.Where(u => stored.FindUnit(u.Name) is not { } s || !s.Aliases.SequenceEqual(u.Aliases)).ToList();
        var people = incoming.People.Where(p => stored.FindPerson(p.AadObjectId) != p).ToList();
        return new(units, people,
            units.Count(u => stored.FindUnit(u.Name) is null),
            people.Count(p => stored.FindPerson(p.AadObjectId) is null));
    }
}
