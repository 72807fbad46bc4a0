using System.Globalization;
using TaskBot.Calendar;

namespace TaskBot.Tests.Calendar;

public class FestivalTests
{
    private static readonly ChinaWorkingCalendar Calendar = ChinaWorkingCalendar.Default;

    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("元旦", Festival.NewYear)]
    [InlineData("春节", Festival.SpringFestival)]
    [InlineData("农历新年", Festival.SpringFestival)]
    [InlineData("农历年", Festival.SpringFestival)]
    [InlineData("过年", Festival.SpringFestival)]
    [InlineData("清明节", Festival.Qingming)]
    [InlineData("清明", Festival.Qingming)]
    [InlineData("五一", Festival.LabourDay)]
    [InlineData("劳动节", Festival.LabourDay)]
    [InlineData("端午节", Festival.DragonBoat)]
    [InlineData("端午", Festival.DragonBoat)]
    [InlineData("中秋节", Festival.MidAutumn)]
    [InlineData("中秋", Festival.MidAutumn)]
    [InlineData("国庆节", Festival.NationalDay)]
    [InlineData("国庆", Festival.NationalDay)]
    [InlineData("十一", Festival.NationalDay)]
    public void Each_festival_name_and_alias_names_its_festival(string name, Festival expected)
    {
        Assert.True(FestivalNames.TryParse(name, out var festival));
        Assert.Equal(expected, festival);
    }

    [Fact]
    public void The_name_table_holds_exactly_the_tested_names()
    {
        // Keeps the theory above in step with the table: a new alias needs a new test row.
        Assert.Equal(16, FestivalNames.All.Count);
    }

    [Fact]
    public void Every_festival_has_a_canonical_name_that_reads_back_as_itself()
    {
        foreach (var festival in Enum.GetValues<Festival>())
        {
            Assert.True(FestivalNames.TryParse(FestivalNames.Canonical(festival), out var parsed));
            Assert.Equal(festival, parsed);
        }
    }

    [Fact]
    public void An_unknown_name_is_not_a_festival()
    {
        Assert.False(FestivalNames.TryParse("圣诞节", out _));
    }

    [Theory]
    [InlineData(Festival.NewYear, 2026, "2026-01-01")]
    [InlineData(Festival.SpringFestival, 2024, "2024-02-10")]
    [InlineData(Festival.SpringFestival, 2025, "2025-01-29")]
    [InlineData(Festival.SpringFestival, 2026, "2026-02-17")]
    [InlineData(Festival.SpringFestival, 2030, "2030-02-03")]
    [InlineData(Festival.Qingming, 2024, "2024-04-04")]
    [InlineData(Festival.Qingming, 2025, "2025-04-04")]
    [InlineData(Festival.Qingming, 2026, "2026-04-05")]
    [InlineData(Festival.Qingming, 2030, "2030-04-05")]
    [InlineData(Festival.LabourDay, 2026, "2026-05-01")]
    [InlineData(Festival.DragonBoat, 2020, "2020-06-25")] // after 闰四月: 五月 is the lunar year's 6th month
    [InlineData(Festival.DragonBoat, 2023, "2023-06-22")] // after 闰二月
    [InlineData(Festival.DragonBoat, 2026, "2026-06-19")]
    [InlineData(Festival.MidAutumn, 2023, "2023-09-29")]
    [InlineData(Festival.MidAutumn, 2025, "2025-10-06")] // after 闰六月
    [InlineData(Festival.MidAutumn, 2026, "2026-09-25")]
    [InlineData(Festival.NationalDay, 2026, "2026-10-01")]
    public void Each_festival_falls_on_its_solar_or_lunar_day(Festival festival, int year, string expected)
    {
        Assert.Equal(D(expected), FestivalDays.Of(festival, year));
    }

    [Fact]
    public void Spring_festival_2030_is_the_first_day_of_the_first_lunar_month()
    {
        var lunar = new ChineseLunisolarCalendar();
        var newYear = DateOnly.FromDateTime(lunar.ToDateTime(2030, 1, 1, 0, 0, 0, 0));
        Assert.Equal(D("2030-02-03"), newYear);
        Assert.Equal(newYear, FestivalDays.Of(Festival.SpringFestival, 2030));
    }

    [Fact]
    public void Every_official_period_holds_its_festival_day()
    {
        foreach (int year in new[] { 2024, 2025, 2026 })
            foreach (var festival in Enum.GetValues<Festival>())
            {
                var period = Calendar.FestivalPeriod(festival, year);
                var day = FestivalDays.Of(festival, year);
                Assert.False(period.Provisional, $"{festival} {year}");
                Assert.InRange(day, period.From, period.To);
            }
    }

    [Theory]
    [InlineData(Festival.SpringFestival, 2026, "2026-02-15", "2026-02-23")]
    [InlineData(Festival.MidAutumn, 2026, "2026-09-25", "2026-09-27")]
    [InlineData(Festival.MidAutumn, 2025, "2025-10-01", "2025-10-08")] // merged into 国庆 by the 2025 notice
    [InlineData(Festival.NationalDay, 2025, "2025-10-01", "2025-10-08")]
    [InlineData(Festival.DragonBoat, 2024, "2024-06-10", "2024-06-10")]
    public void A_festival_period_is_the_official_one_when_the_year_has_data(Festival festival, int year, string from, string to)
    {
        Assert.Equal(new FestivalPeriod(festival, D(from), D(to), Provisional: false), Calendar.FestivalPeriod(festival, year));
    }

    [Fact]
    public void A_festival_period_without_official_data_is_the_statutory_one_and_provisional()
    {
        Assert.Equal(
            new FestivalPeriod(Festival.SpringFestival, D("2030-02-02"), D("2030-02-05"), Provisional: true),
            Calendar.FestivalPeriod(Festival.SpringFestival, 2030));
    }

    [Theory]
    [InlineData(Festival.SpringFestival, "2026-01-10", "2026-02-14", false)] // make-up Saturday before 2-15..23
    [InlineData(Festival.SpringFestival, "2025-12-28", "2026-02-14", false)] // late December means next year's
    [InlineData(Festival.SpringFestival, "2026-02-14", "2026-02-14", false)] // asked on the deadline itself
    [InlineData(Festival.SpringFestival, "2026-02-20", "2027-02-04", true)]  // during 春节: next year's, no data yet: before the statutory 除夕
    [InlineData(Festival.SpringFestival, "2024-01-10", "2024-02-09", false)]
    [InlineData(Festival.NationalDay, "2026-09-01", "2026-09-30", false)]
    [InlineData(Festival.NationalDay, "2025-09-01", "2025-09-30", false)]
    [InlineData(Festival.MidAutumn, "2026-09-01", "2026-09-24", false)]
    [InlineData(Festival.MidAutumn, "2025-09-01", "2025-09-30", false)]      // 2025's 中秋 is inside 国庆
    [InlineData(Festival.LabourDay, "2026-04-01", "2026-04-30", false)]
    [InlineData(Festival.Qingming, "2026-03-01", "2026-04-03", false)]
    [InlineData(Festival.DragonBoat, "2026-06-01", "2026-06-18", false)]
    [InlineData(Festival.NewYear, "2025-12-15", "2025-12-31", false)]
    [InlineData(Festival.NewYear, "2026-12-15", "2026-12-31", true)]         // 2027's schedule is not in the data
    public void Before_a_festival_means_the_last_working_day_before_its_next_holiday_period(
        Festival festival, string reference, string expected, bool provisional)
    {
        Assert.Equal(new FestivalDeadline(festival, D(expected), provisional), Calendar.NextFestivalDeadline(festival, D(reference)));
    }

    [Fact]
    public void Before_spring_festival_in_a_year_without_data_is_the_last_working_day_before_the_statutory_holiday_and_provisional()
    {
        // 2030-02-03, 正月初一, is a Sunday; the statutory holiday starts on 除夕, Saturday 02-02: Friday 2030-02-01.
        Assert.Equal(
            new FestivalDeadline(Festival.SpringFestival, D("2030-02-01"), Provisional: true),
            Calendar.NextFestivalDeadline(Festival.SpringFestival, D("2030-01-10")));
    }

    [Theory]
    [InlineData("2026-09-01", Festival.MidAutumn, "2026-09-24", false)]
    [InlineData("2026-09-26", Festival.NationalDay, "2026-09-30", false)] // 中秋 has already begun
    [InlineData("2025-09-01", Festival.NationalDay, "2025-09-30", false)] // one period for both: named 国庆
    [InlineData("2026-01-10", Festival.SpringFestival, "2026-02-14", false)]
    [InlineData("2025-12-20", Festival.NewYear, "2025-12-31", false)]
    [InlineData("2026-10-08", Festival.NewYear, "2026-12-31", true)]
    public void A_bare_before_the_festival_takes_the_nearest_upcoming_festival(
        string reference, Festival festival, string expected, bool provisional)
    {
        Assert.Equal(new FestivalDeadline(festival, D(expected), provisional), Calendar.NextAnyFestivalDeadline(D(reference)));
    }
}
