using System.Globalization;
using System.Text.Json;
using TaskBot.Calendar;

namespace TaskBot.Tests.Calendar;

public class HolidayDataTests
{
    private static string DataFile => Path.Combine(AppContext.BaseDirectory, "Data", "holidays.json");

    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    // Read the file independently of the loader, so the check does not trust the code it checks.
    private static IEnumerable<(string Year, JsonElement Entry)> Years()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(DataFile));
        foreach (var year in document.RootElement.GetProperty("years").EnumerateObject())
            yield return (year.Name, year.Value.Clone());
    }

    [Fact]
    public void Every_make_up_day_in_the_data_is_a_working_day_and_every_holiday_day_is_not()
    {
        var calendar = ChinaWorkingCalendar.Default;
        int holidays = 0, workdays = 0;
        foreach (var (year, entry) in Years())
        {
            foreach (var period in entry.GetProperty("holidays").EnumerateArray())
                for (var d = D(period.GetProperty("from").GetString()!); d <= D(period.GetProperty("to").GetString()!); d = d.AddDays(1), holidays++)
                    Assert.False(calendar.IsWorkingDay(d), $"{year}: holiday {d:O} counted as a working day");
            foreach (var day in entry.GetProperty("workdays").EnumerateArray())
            {
                Assert.True(calendar.IsWorkingDay(D(day.GetString()!)), $"{year}: make-up day {day} counted as off");
                workdays++;
            }
        }
        Assert.Equal((28 + 28 + 33, 8 + 5 + 6), (holidays, workdays));
    }

    [Theory]
    [InlineData(2024, 28, 8)]
    [InlineData(2025, 28, 5)]
    [InlineData(2026, 33, 6)]
    public void The_data_holds_each_years_official_schedule(int year, int holidayDays, int makeUpDays)
    {
        var (_, entry) = Years().Single(y => y.Year == year.ToString(CultureInfo.InvariantCulture));
        int days = entry.GetProperty("holidays").EnumerateArray()
            .Sum(p => D(p.GetProperty("to").GetString()!).DayNumber - D(p.GetProperty("from").GetString()!).DayNumber + 1);
        Assert.Equal(holidayDays, days);
        Assert.Equal(makeUpDays, entry.GetProperty("workdays").GetArrayLength());
        Assert.True(ChinaWorkingCalendar.Default.HasOfficialData(year));
    }

    [Theory]
    [InlineData("""{"years":{"2026":{"holidays":[{"festival":"春节","from":"2026-02-30","to":"2026-02-23"}]}}}""",
        "year 2026, holidays[0] (春节), \"from\": \"2026-02-30\" is not a date")]
    [InlineData("""{"years":{"2026":{"holidays":[{"festival":"春节","from":"2026-02-23","to":"2026-02-15"}]}}}""",
        "year 2026, holidays[0] (春节): \"from\" 2026-02-23 is after \"to\" 2026-02-15")]
    [InlineData("""{"years":{"2026":{"holidays":[{"festival":"圣诞","from":"2026-12-25","to":"2026-12-25"}]}}}""",
        "year 2026, holidays[0] (圣诞): \"festival\" must be one of")]
    [InlineData("""{"years":{"2026":{"holidays":[{"festival":"春节","from":"2026-02-15","to":"2026-02-23"}],"workdays":["2026-02-14","2026-02-22"]}}}""",
        "year 2026, workdays[1] (2026-02-22): 2026-02-22 is already listed in year 2026, holidays[0] (春节)")]
    [InlineData("""{"years":{"2026":{"holidays":[{"festival":"春节","from":"2026-02-15","to":"2026-02-23"},{"festival":"元旦","from":"2026-02-23","to":"2026-02-23"}]}}}""",
        "year 2026, holidays[1] (元旦): 2026-02-23 is already listed in year 2026, holidays[0] (春节)")]
    [InlineData("""{"years":{"2026":{"holidays":[{"festival":"春节","from":"2026-02-15","to":"2026-02-23"},{"festival":"春节节","from":"2026-02-24","to":"2026-02-24"}]}}}""",
        "year 2026, holidays[1] (春节节)")]
    [InlineData("""{"years":{"2026":{"holidays":[{"festival":"中秋","from":"2026-09-25","to":"2026-09-27"},{"festival":"中秋节","from":"2026-09-28","to":"2026-09-28"}]}}}""",
        "year 2026, holidays[1] (中秋节): 中秋 is listed twice")]
    [InlineData("""{"years":{"2026":{"holidays":[],"workdays":["2026-03-02"]}}}""",
        "year 2026, workdays[0] (2026-03-02): 2026-03-02 is a Monday")]
    [InlineData("""{"years":{"2026":{"holidays":[{"festival":"国庆","from":"2062-10-01","to":"2062-10-07"}]}}}""",
        "year 2026, holidays[0] (国庆), \"from\": 2062-10-01 is outside year 2026")]
    [InlineData("""{"years":{"2026":{"holidays":[{"festival":"国庆","from":"2026-10-01","to":"2026-12-07"}]}}}""",
        "year 2026, holidays[0] (国庆): 2026-10-01..2026-12-07 is longer than 15 days")]
    [InlineData("""{"years":{"26":{"holidays":[]}}}""", "year \"26\" is not a four-digit year")]
    [InlineData("""{"years":{"2026":{"workdays":[]}}}""", "year 2026 has no \"holidays\" list")]
    [InlineData("""{"years":{"2026":{"holidays":[{"festival":"国庆","form":"2026-10-01","to":"2026-10-07"}]}}}""", "at $.years.2026.holidays[0].form")]
    [InlineData("""{"years":{"2026":{"holidays":[]},"2026":{"holidays":[]}}}""", "at $.years.2026 (Duplicate")]
    [InlineData("""{"year":{}}""", "year")]
    [InlineData("""not json""", "not the expected JSON")]
    public void A_malformed_data_file_is_rejected_with_a_message_naming_the_entry(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => ChinaWorkingCalendar.FromJson(json));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_malformed_file_is_named_in_the_error()
    {
        string path = Path.Combine(Path.GetTempPath(), $"holidays-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"years":{"2026":{"holidays":[{"festival":"春节","from":"2026-02-23","to":"2026-02-15"}]}}}""");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => ChinaWorkingCalendar.Load(path));
            Assert.StartsWith(path, error.Message);
            Assert.Contains("year 2026, holidays[0] (春节)", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_holiday_period_may_reach_into_the_previous_december()
    {
        // The 2019 notice gave 元旦 as 2018-12-30..2019-01-01.
        var calendar = ChinaWorkingCalendar.FromJson(
            """{"years":{"2019":{"holidays":[{"festival":"元旦","from":"2018-12-30","to":"2019-01-01"}],"workdays":["2018-12-29"]}}}""");

        Assert.False(calendar.IsWorkingDay(D("2018-12-31")));
        Assert.True(calendar.IsWorkingDay(D("2018-12-29")));
        Assert.Equal(D("2018-12-29"), calendar.NextFestivalDeadline(Festival.NewYear, D("2018-12-20")).Date);
    }
}
