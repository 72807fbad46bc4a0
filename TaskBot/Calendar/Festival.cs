using System.Collections.Frozen;

namespace TaskBot.Calendar;

/// <summary>The festivals of China's official holiday schedule.</summary>
public enum Festival
{
    /// <summary>元旦, January 1.</summary>
    NewYear,
    /// <summary>春节, 正月初一.</summary>
    SpringFestival,
    /// <summary>清明, the solar term (April 4 or 5).</summary>
    Qingming,
    /// <summary>劳动节 / 五一, May 1.</summary>
    LabourDay,
    /// <summary>端午, 五月初五.</summary>
    DragonBoat,
    /// <summary>中秋, 八月十五.</summary>
    MidAutumn,
    /// <summary>国庆, October 1.</summary>
    NationalDay,
}

/// <summary>
/// The names a directive or the holiday data uses for each festival. A table, not code, so that adding an
/// alias is one line and one test row.
/// </summary>
public static class FestivalNames
{
    /// <summary>Every accepted name, canonical names and aliases alike.</summary>
    public static FrozenDictionary<string, Festival> All { get; } = new Dictionary<string, Festival>
    {
        ["元旦"] = Festival.NewYear,
        ["春节"] = Festival.SpringFestival,
        ["农历新年"] = Festival.SpringFestival,
        ["农历年"] = Festival.SpringFestival,
        ["过年"] = Festival.SpringFestival,
        ["清明节"] = Festival.Qingming,
        ["清明"] = Festival.Qingming,
        ["五一"] = Festival.LabourDay,
        ["劳动节"] = Festival.LabourDay,
        ["端午节"] = Festival.DragonBoat,
        ["端午"] = Festival.DragonBoat,
        ["中秋节"] = Festival.MidAutumn,
        ["中秋"] = Festival.MidAutumn,
        ["国庆节"] = Festival.NationalDay,
        ["国庆"] = Festival.NationalDay,
        ["十一"] = Festival.NationalDay,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Looks up a festival by any of its names ("国庆节", "十一", …).</summary>
    public static bool TryParse(string name, out Festival festival) => All.TryGetValue(name, out festival);

    /// <summary>The name the official notices use, e.g. 劳动节 for <see cref="Festival.LabourDay"/>.</summary>
    public static string Canonical(Festival festival) => festival switch
    {
        Festival.NewYear => "元旦",
        Festival.SpringFestival => "春节",
        Festival.Qingming => "清明",
        Festival.LabourDay => "劳动节",
        Festival.DragonBoat => "端午",
        Festival.MidAutumn => "中秋",
        Festival.NationalDay => "国庆",
        _ => throw new ArgumentOutOfRangeException(nameof(festival), festival, null),
    };
}
