using System.Globalization;
using Microsoft.Extensions.Logging;
using TaskBot.Calendar;

namespace TaskBot.Tests.Calendar;

public class FallbackTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    private sealed class RecordingLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }

    private static string DataFile => Path.Combine(AppContext.BaseDirectory, "Data", "holidays.json");

    [Theory]
    [InlineData("2030-01-01", false)] // 元旦, statutory even without the 2030 notice
    [InlineData("2030-10-01", false)] // 国庆 Oct 1–3
    [InlineData("2030-10-03", false)]
    [InlineData("2030-10-04", true)]  // a Friday: the notice would decide, the fallback does not guess
    [InlineData("2030-02-04", false)] // 正月初二 (春节 is 除夕 to 正月初三)
    [InlineData("2030-02-06", true)]  // 正月初四, a Wednesday
    [InlineData("2030-01-05", false)] // Saturday
    [InlineData("2030-01-06", false)] // Sunday
    [InlineData("2030-01-07", true)]  // Monday
    public void A_year_without_data_has_weekends_and_the_statutory_holidays(string date, bool working)
    {
        Assert.Equal(working, ChinaWorkingCalendar.Default.IsWorkingDay(D(date)));
    }

    [Fact]
    public void A_year_without_data_is_reported_as_provisional()
    {
        var calendar = ChinaWorkingCalendar.Default;
        Assert.False(calendar.HasOfficialData(2030));
        Assert.True(calendar.IsProvisional(D("2030-05-06")));
        Assert.True(calendar.HasOfficialData(2026));
        Assert.False(calendar.IsProvisional(D("2026-05-06")));
    }

    [Fact]
    public void Working_days_in_a_year_without_data_skip_weekends_and_the_statutory_holidays()
    {
        // 2030-05-01 is a Wednesday; without the 2030 notice 劳动节 is the statutory May 1–2.
        Assert.Equal(D("2030-05-08"), ChinaWorkingCalendar.Default.AddWorkingDays(D("2030-04-30"), 4));
    }

    [Fact]
    public void In_December_2026_counting_into_2027_skips_new_years_day_and_the_statutory_spring_festival()
    {
        var calendar = ChinaWorkingCalendar.Default;
        Assert.False(calendar.HasOfficialData(2027));
        Assert.False(calendar.IsWorkingDay(D("2027-01-01")));
        // Thursday 12-31 is the 1st, Friday 2027-01-01 is 元旦, so the 2nd is Monday 01-04.
        Assert.Equal(D("2027-01-04"), calendar.AddWorkingDays(D("2026-12-30"), 2));
        // 2027's 春节 (正月初一 = Saturday 02-06): 除夕 Friday 02-05 to 初三 Monday 02-08 are off.
        Assert.False(calendar.IsWorkingDay(D("2027-02-05")));
        Assert.False(calendar.IsWorkingDay(D("2027-02-08")));
        Assert.True(calendar.IsWorkingDay(D("2027-02-09")));
        Assert.Equal(new FestivalPeriod(Festival.SpringFestival, D("2027-02-05"), D("2027-02-08"), Provisional: true),
            calendar.FestivalPeriod(Festival.SpringFestival, 2027));
    }

    [Fact]
    public void A_missing_year_is_logged_once_as_a_warning()
    {
        var logger = new RecordingLogger();
        var calendar = ChinaWorkingCalendar.Load(DataFile, logger);

        calendar.IsWorkingDay(D("2030-03-01"));
        calendar.AddWorkingDays(D("2030-03-01"), 10);
        calendar.NextFestivalDeadline(Festival.SpringFestival, D("2030-01-10"));

        var warning = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("2030", warning.Message);
        Assert.Contains("provisional calendar", warning.Message);
    }

    [Fact]
    public void Each_missing_year_an_answer_spans_is_logged()
    {
        var logger = new RecordingLogger();
        var calendar = ChinaWorkingCalendar.Load(DataFile, logger);

        calendar.AddWorkingDays(D("2026-12-20"), 300); // runs through 2027 into 2028

        Assert.Collection(logger.Entries,
            e => Assert.Contains("2027", e.Message),
            e => Assert.Contains("2028", e.Message));
    }

    [Fact]
    public void Counting_back_into_a_missing_year_is_logged()
    {
        var logger = new RecordingLogger();
        var calendar = ChinaWorkingCalendar.Load(DataFile, logger);

        calendar.AddWorkingDays(D("2024-01-10"), -10);

        Assert.Contains("2023", Assert.Single(logger.Entries).Message);
    }

    [Fact]
    public void Years_with_data_log_nothing()
    {
        var logger = new RecordingLogger();
        var calendar = ChinaWorkingCalendar.Load(DataFile, logger);

        calendar.AddWorkingDays(D("2024-01-02"), 500);
        calendar.NextFestivalDeadline(Festival.NationalDay, D("2026-09-01"));

        Assert.Empty(logger.Entries);
    }
}
