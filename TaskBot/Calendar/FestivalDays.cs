using System.Globalization;

namespace TaskBot.Calendar;

/// <summary>The day each festival falls on, independent of any official holiday schedule.</summary>
public static class FestivalDays
{
    /// <summary>First year supported: the 清明 formula below is the 21st-century one.</summary>
    public const int MinYear = 2000;

    /// <summary>Last year supported, for the same reason (and within ChineseLunisolarCalendar's range).</summary>
    public const int MaxYear = 2099;

    private static readonly ChineseLunisolarCalendar Lunar = new();

    /// <summary>The festival's day in the given Gregorian year, e.g. 正月初一 for 春节.</summary>
    public static DateOnly Of(Festival festival, int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        return festival switch
        {
            Festival.NewYear => new DateOnly(year, 1, 1),
            Festival.SpringFestival => LunarDay(year, 1, 1),
            Festival.Qingming => new DateOnly(year, 4, QingmingDay(year)),
            Festival.LabourDay => new DateOnly(year, 5, 1),
            Festival.DragonBoat => LunarDay(year, 5, 5),
            Festival.MidAutumn => LunarDay(year, 8, 15),
            Festival.NationalDay => new DateOnly(year, 10, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(festival), festival, null),
        };
    }

    // The lunar year that starts in Gregorian year `year` holds every lunar festival of that Gregorian year:
    // 春节 is never later than February 20, so 五月初五 and 八月十五 always follow it in the same Gregorian year.
    private static DateOnly LunarDay(int year, int month, int day)
    {
        // ChineseLunisolarCalendar numbers a leap month as its own month: in a year with 闰四月,
        // GetLeapMonth returns 5 and 五月 is month 6. Without this shift 端午 of 2020 would land a month early.
        int leap = Lunar.GetLeapMonth(year);
        int index = leap != 0 && month >= leap ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    // 清明 is a solar term, not a fixed date. The usual approximation for 2000–2099,
    // day = ⌊Y·0.2422 + 4.81⌋ − ⌊Y/4⌋ with Y = year mod 100, agrees with a low-precision solar-longitude
    // computation for every year of the century (2069 and 2073 fall within half an hour of midnight).
    private static int QingmingDay(int year)
    {
        int y = year % 100;
        return (int)Math.Floor(y * 0.2422 + 4.81) - y / 4;
    }
}
