using System.Collections.Concurrent;
using System.Collections.Frozen;
using Microsoft.Extensions.Logging;

namespace TaskBot.Calendar;

/// <summary>
/// China's official working-day calendar: weekends off, the State Council's holidays off, its make-up
/// working days (调休上班) on. Years missing from the data fall back to the statutory holidays of
/// 《全国年节及纪念日放假办法》 (<see cref="StatutoryPeriod"/>) plus weekends, with no make-up days, and are reported
/// as provisional. Immutable after loading and safe to share between threads.
/// </summary>
public sealed class ChinaWorkingCalendar : IWorkingDayCalendar
{
    private static readonly Lazy<ChinaWorkingCalendar> DefaultCalendar =
        new(() => Load(Path.Combine(AppContext.BaseDirectory, "Data", "holidays.json")));

    private readonly FrozenDictionary<int, OfficialYear> _years;
    // One flag per day from _firstDay on, weekends and official data already merged, so that the per-day
    // question the parser asks in a loop is an array read.
    private readonly bool[] _working;
    private readonly int _firstDay;
    private readonly ILogger? _logger;
    private readonly ConcurrentDictionary<int, byte> _warnedYears = new();
    // Statutory holidays of the years without official data, outside the range the array covers.
    private readonly FrozenSet<int> _statutoryOff;

    private ChinaWorkingCalendar(IReadOnlyList<OfficialYear> years, ILogger? logger)
    {
        _years = years.ToFrozenDictionary(y => y.Year);
        _logger = logger;
        var statutory = new HashSet<int>();
        for (int year = FestivalDays.MinYear; year <= FestivalDays.MaxYear; year++)
            if (!_years.ContainsKey(year))
                foreach (var festival in Enum.GetValues<Festival>())
                {
                    var (from, to) = StatutoryPeriod(festival, year);
                    for (int day = from.DayNumber; day <= to.DayNumber; day++) statutory.Add(day);
                }
        _statutoryOff = statutory.ToFrozenSet();
        if (years.Count == 0)
        {
            _working = [];
            return;
        }

        var dates = years.SelectMany(y => y.Holidays.SelectMany(h => new[] { h.From, h.To }).Concat(y.Workdays)).ToList();
        var first = new DateOnly(years.Min(y => y.Year), 1, 1);
        var last = new DateOnly(years.Max(y => y.Year), 12, 31);
        if (dates.Count > 0)
        {
            first = DateOnly.FromDayNumber(Math.Min(first.DayNumber, dates.Min().DayNumber));
            last = DateOnly.FromDayNumber(Math.Max(last.DayNumber, dates.Max().DayNumber));
        }

        _firstDay = first.DayNumber;
        _working = new bool[last.DayNumber - first.DayNumber + 1];
        for (int i = 0; i < _working.Length; i++)
            _working[i] = IsWeekday(_firstDay + i) && !_statutoryOff.Contains(_firstDay + i);
        foreach (var year in years)
        {
            foreach (var period in year.Holidays)
                for (int day = period.From.DayNumber; day <= period.To.DayNumber; day++)
                    _working[day - _firstDay] = false;
            foreach (var workday in year.Workdays)
                _working[workday.DayNumber - _firstDay] = true;
        }
    }

    /// <summary>The calendar in Data/holidays.json next to the application, loaded on first use.</summary>
    public static ChinaWorkingCalendar Default => DefaultCalendar.Value;

    /// <summary>Loads and checks a holiday data file.</summary>
    /// <param name="logger">Receives one warning per year that has to fall back to weekends only.</param>
    /// <exception cref="InvalidDataException">The file is malformed; the message names the file, year and entry.</exception>
    public static ChinaWorkingCalendar Load(string path, ILogger? logger = null)
    {
        try
        {
            return FromJson(File.ReadAllText(path), logger);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    /// <inheritdoc cref="Load"/>
    public static ChinaWorkingCalendar FromJson(string json, ILogger? logger = null) =>
        new(HolidayData.Parse(json), logger);

    /// <inheritdoc/>
    public bool IsWorkingDay(DateOnly date)
    {
        WarnIfUnofficial(date, date);
        return IsWorkingDay(date.DayNumber);
    }

    /// <inheritdoc/>
    public DateOnly AddWorkingDays(DateOnly start, int n)
    {
        int step = n < 0 ? -1 : 1;
        int day = start.DayNumber;
        for (int remaining = n; remaining != 0; )
        {
            day += step;
            if (day < DateOnly.MinValue.DayNumber || day > DateOnly.MaxValue.DayNumber)
                throw new ArgumentOutOfRangeException(nameof(n), n, $"{start:O} plus {n} working days is outside the range of DateOnly.");
            if (IsWorkingDay(day)) remaining -= step;
        }
        var result = DateOnly.FromDayNumber(day);
        WarnIfUnofficial(start, result);
        return result;
    }

    /// <inheritdoc/>
    public DateOnly NextWorkingDay(DateOnly date) => AddWorkingDays(date, 1);

    /// <inheritdoc/>
    public DateOnly NextOrSameWorkingDay(DateOnly date) => IsWorkingDay(date) ? date : NextWorkingDay(date);

    /// <inheritdoc/>
    public DateOnly LastWorkingDayBefore(DateOnly date) => AddWorkingDays(date, -1);

    /// <inheritdoc/>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var (low, high, sign) = from <= to ? (from, to, 1) : (to, from, -1);
        int count = 0;
        for (int day = low.DayNumber + 1; day <= high.DayNumber; day++)
            if (IsWorkingDay(day)) count++;
        WarnIfUnofficial(low, high);
        return sign * count;
    }

    /// <inheritdoc/>
    public bool HasOfficialData(int year) => _years.ContainsKey(year);

    /// <inheritdoc/>
    public bool IsProvisional(DateOnly date) => !HasOfficialData(date.Year);

    /// <inheritdoc/>
    public FestivalPeriod FestivalPeriod(Festival festival, int year)
    {
        var day = FestivalDays.Of(festival, year);
        if (_years.TryGetValue(year, out var official))
        {
            // By name first; otherwise the period that holds the festival day, because a notice may merge two
            // festivals under one name (2025: 中秋 on 10-06 falls inside the 国庆 period 10-01..10-08).
            var period = official.Holidays.FirstOrDefault(p => p.Festival == festival)
                ?? official.Holidays.FirstOrDefault(p => p.From <= day && day <= p.To);
            if (period is not null) return new FestivalPeriod(festival, period.From, period.To, Provisional: false);
        }
        WarnIfUnofficial(day, day);
        var (statutoryFrom, statutoryTo) = year is >= FestivalDays.MinYear and <= FestivalDays.MaxYear ? StatutoryPeriod(festival, year) : (day, day);
        return new FestivalPeriod(festival, statutoryFrom, statutoryTo, Provisional: true);
    }

    /// <summary>
    /// The statutory holiday of a festival (《全国年节及纪念日放假办法》, as revised in 2024), for years whose
    /// 国务院办公厅 notice is not in the data: 元旦 Jan 1; 春节 除夕 to 正月初三 (4 days); 清明, 端午 and 中秋 their
    /// day; 劳动节 May 1–2; 国庆 Oct 1–3.
    /// </summary>
    public static (DateOnly From, DateOnly To) StatutoryPeriod(Festival festival, int year)
    {
        var day = FestivalDays.Of(festival, year);
        return festival switch
        {
            Festival.SpringFestival => (day.AddDays(-1), day.AddDays(2)),
            Festival.LabourDay => (day, day.AddDays(1)),
            Festival.NationalDay => (day, day.AddDays(2)),
            _ => (day, day),
        };
    }

    /// <inheritdoc/>
    public FestivalDeadline NextFestivalDeadline(Festival festival, DateOnly reference) =>
        NextOccurrence(festival, reference).Deadline;

    /// <inheritdoc/>
    public FestivalDeadline NextAnyFestivalDeadline(DateOnly reference)
    {
        // 节前 is read against the same reference date all through a text (and every text of a meeting): the last answer
        // is kept, since finding it walks every festival's periods and working days (about 1% of parse time in a trace).
        // One immutable pair, swapped whole: a thread reads either the old answer or the new one.
        if (_lastAnyFestival is { } last && last.Reference == reference) return last.Deadline;
        var deadline = FindNextAnyFestivalDeadline(reference);
        _lastAnyFestival = new(reference, deadline);
        return deadline;
    }

    private sealed record AnyFestivalAnswer(DateOnly Reference, FestivalDeadline Deadline);
    private AnyFestivalAnswer? _lastAnyFestival;

    private FestivalDeadline FindNextAnyFestivalDeadline(DateOnly reference)
    {
        Occurrence? best = null;
        foreach (var festival in Enum.GetValues<Festival>())
        {
            var next = NextOccurrence(festival, reference);
            // Where one period serves two festivals (2025's 国庆 with 中秋), name it after the festival it opens with.
            if (best is not { } b || (next.Period.From, next.Day).CompareTo((b.Period.From, b.Day)) < 0) best = next;
        }
        return best!.Value.Deadline;
    }

    private readonly record struct Occurrence(FestivalPeriod Period, DateOnly Day, FestivalDeadline Deadline);

    private Occurrence NextOccurrence(Festival festival, DateOnly reference)
    {
        // This year's period may already have started; next year's always starts after the reference
        // (or, for 元旦, possibly late in December of this year).
        for (int year = reference.Year; ; year++)
        {
            var period = FestivalPeriod(festival, year);
            if (period.From <= reference) continue;
            // Without official data the period is the festival day itself, and the working day before it is the
            // last weekday before it, as the conventions ask.
            var date = LastWorkingDayBefore(period.From);
            return new Occurrence(period, FestivalDays.Of(festival, year),
                new FestivalDeadline(festival, date, period.Provisional || IsProvisional(date)));
        }
    }

    private bool IsWorkingDay(int dayNumber)
    {
        int i = dayNumber - _firstDay;
        return (uint)i < (uint)_working.Length ? _working[i] : IsWeekday(dayNumber) && !_statutoryOff.Contains(dayNumber);
    }

    // Day number 0 is Monday 0001-01-01.
    private static bool IsWeekday(int dayNumber) => dayNumber % 7 < 5;

    private void WarnIfUnofficial(DateOnly a, DateOnly b)
    {
        if (_logger is null) return;
        var (first, last) = a <= b ? (a.Year, b.Year) : (b.Year, a.Year);
        for (int year = first; year <= last; year++)
        {
            if (!_years.ContainsKey(year) && _warnedYears.TryAdd(year, 0))
                _logger.LogWarning(
                    "No official holiday schedule for {Year} in the holiday data: provisional calendar, its working days skip weekends and the statutory holidays (元旦, 春节 4 days, 清明, 劳动节 2 days, 端午, 中秋, 国庆 3 days) and know no make-up days; its deadlines are provisional. Add the year's 国务院办公厅 notice to Data/holidays.json.",
                    year);
        }
    }
}
