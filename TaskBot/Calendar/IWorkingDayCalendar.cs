namespace TaskBot.Calendar;

/// <summary>
/// Working-day arithmetic on business dates. Methods are adjusters in NodaTime's sense: a date in, a date out,
/// so "10个工作日内" is <c>AddWorkingDays(reference, 10)</c>.
/// </summary>
public interface IWorkingDayCalendar
{
    /// <summary>Weekends and official holidays are off; make-up working days (调休上班) are on.</summary>
    bool IsWorkingDay(DateOnly date);

    /// <summary>
    /// For n &gt; 0 the n-th working day strictly after <paramref name="start"/>; for n &lt; 0 the |n|-th working
    /// day strictly before it; for n = 0 <paramref name="start"/> itself, working day or not.
    /// </summary>
    DateOnly AddWorkingDays(DateOnly start, int n);

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    DateOnly NextWorkingDay(DateOnly date);

    /// <summary><paramref name="date"/> if it is a working day, else the next one.</summary>
    DateOnly NextOrSameWorkingDay(DateOnly date);

    /// <summary>The last working day strictly before <paramref name="date"/>.</summary>
    DateOnly LastWorkingDayBefore(DateOnly date);

    /// <summary>
    /// The number of working days in (from, to]; when to &lt; from, minus the number in (to, from], so that
    /// swapping the arguments negates the result.
    /// </summary>
    int WorkingDaysBetween(DateOnly from, DateOnly to);

    /// <summary>Whether the official schedule of <paramref name="year"/> is in the data.</summary>
    bool HasOfficialData(int year);

    /// <summary>True when <paramref name="date"/> was judged by weekends alone, for lack of official data.</summary>
    bool IsProvisional(DateOnly date);

    /// <summary>
    /// The festival's official holiday period in <paramref name="year"/>; without official data, the festival
    /// day alone, marked provisional.
    /// </summary>
    FestivalPeriod FestivalPeriod(Festival festival, int year);

    /// <summary>
    /// "X节前": the last working day before the festival's holiday period, for the first occurrence whose
    /// period starts strictly after <paramref name="reference"/>.
    /// </summary>
    FestivalDeadline NextFestivalDeadline(Festival festival, DateOnly reference);

    /// <summary>A bare "节前": the deadline of whichever festival's period starts first after the reference.</summary>
    FestivalDeadline NextAnyFestivalDeadline(DateOnly reference);
}

/// <summary>A festival's holiday period, From and To inclusive.</summary>
/// <param name="Provisional">True when the period is the bare festival day because the official schedule is unknown.</param>
public sealed record FestivalPeriod(Festival Festival, DateOnly From, DateOnly To, bool Provisional);

/// <summary>The deadline "X节前" resolves to.</summary>
/// <param name="Provisional">True when the official schedule behind the date is unknown; the task should say so.</param>
public sealed record FestivalDeadline(Festival Festival, DateOnly Date, bool Provisional);
