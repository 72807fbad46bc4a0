namespace TaskBot.Directory;

/// <summary>What a person may do: leaders issue, the supervision office (督查室) confirms, reassigns and cancels,
/// a unit's chief or liaison acts for the unit.</summary>
public enum PersonRole { Leader, Office, Chief, Liaison }

/// <summary>A unit by its canonical name (the name tasks store) and the other names people use for it.</summary>
public sealed record Unit(string Name, IReadOnlyList<string> Aliases)
{
    public IEnumerable<string> SurfaceForms => Aliases.Prepend(Name);
}

/// <summary>A person known by their Teams (AAD) object id. <see cref="Unit"/> is the canonical unit name; a leader
/// may have none.</summary>
public sealed record Person(string AadObjectId, string Name, string? Unit, PersonRole Role)
{
    public bool ActsForUnit(string unit) => Role is PersonRole.Chief or PersonRole.Liaison && Unit == unit;
    public bool MayIssue => Role is PersonRole.Leader or PersonRole.Office;
    public PersonRef Ref => new(AadObjectId, Name);
}

/// <summary>Who did something, as the audit trail records it: the Teams identity and the name at that time.</summary>
public sealed record PersonRef(string AadObjectId, string Name);

public static class PersonRoles
{
    public static string Chinese(this PersonRole role) => role switch
    {
        PersonRole.Leader => "领导",
        PersonRole.Office => "督查室",
        PersonRole.Chief => "局长",
        _ => "联络员",
    };

    public static bool TryParse(string text, out PersonRole role)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "leader": role = PersonRole.Leader; return true;
            case "office": role = PersonRole.Office; return true;
            case "chief": role = PersonRole.Chief; return true;
            case "liaison": role = PersonRole.Liaison; return true;
            default: role = default; return false;
        }
    }
}
