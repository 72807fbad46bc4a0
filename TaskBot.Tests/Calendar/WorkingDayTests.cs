using TaskBot.Calendar;

namespace TaskBot.Tests.Calendar;

public class WorkingDayTests
{
    private static readonly ChinaWorkingCalendar Calendar = ChinaWorkingCalendar.Default;

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-10-10", true)]  // Saturday, make-up working day after 国庆
    [InlineData("2026-01-04", true)]  // Sunday, make-up working day after 元旦
    [InlineData("2024-09-14", true)]  // Saturday, make-up working day before 中秋
    [InlineData("2026-10-01", false)] // 国庆
    [InlineData("2026-02-23", false)] // last day of 春节, a Monday
    [InlineData("2025-10-08", false)] // last day of 2025's merged 国庆 and 中秋
    [InlineData("2026-10-11", false)] // an ordinary Sunday
    [InlineData("2026-10-08", true)]  // first Thursday after 国庆
    public void Weekends_and_official_holidays_are_off_and_make_up_days_are_on(string date, bool working)
    {
        Assert.Equal(working, Calendar.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2026-09-24", 10, "2026-10-15")] // skips 中秋 9-25..27 and 国庆 10-1..7, counts Saturday 10-10
    [InlineData("2026-04-29", 5, "2026-05-09")]  // skips 劳动节, ends on the make-up Saturday
    [InlineData("2026-02-12", 3, "2026-02-24")]  // counts make-up Saturday 2-14, skips 春节 2-15..23
    [InlineData("2025-12-31", 1, "2026-01-04")]  // across the year: 元旦 1-1..3 off, Sunday 1-4 on
    [InlineData("2026-10-03", 1, "2026-10-08")]  // starting on a holiday
    [InlineData("2026-10-09", 1, "2026-10-10")]  // Friday, then the make-up Saturday
    [InlineData("2026-10-01", 0, "2026-10-01")]  // zero keeps the start even on a holiday
    public void Adding_working_days_counts_only_working_days_strictly_after_the_start(string start, int n, string expected)
    {
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(start), n));
    }

    [Theory]
    [InlineData("2026-10-15", -10, "2026-09-24")]
    [InlineData("2026-10-08", -1, "2026-09-30")]  // back across 国庆
    [InlineData("2026-02-24", -3, "2026-02-12")]  // back across 春节, counting make-up Saturday 2-14
    [InlineData("2026-01-05", -1, "2026-01-04")]  // the make-up Sunday counts backwards too
    [InlineData("2026-01-04", -1, "2025-12-31")]  // back across 元旦 into the previous year
    public void Subtracting_working_days_counts_only_working_days_strictly_before_the_start(string start, int n, string expected)
    {
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(start), n));
    }

    [Theory]
    [InlineData("2026-10-08", "2026-09-30")] // across 国庆
    [InlineData("2026-02-24", "2026-02-14")] // across 春节 to the make-up Saturday
    [InlineData("2025-02-05", "2025-01-27")] // across 2025's 春节 1-28..2-4
    [InlineData("2026-10-12", "2026-10-10")] // a Monday after a make-up Saturday
    public void The_last_working_day_before_a_date_skips_holidays_and_weekends(string date, string expected)
    {
        Assert.Equal(D(expected), Calendar.LastWorkingDayBefore(D(date)));
    }

    [Theory]
    [InlineData("2026-09-30", "2026-10-08")] // over 国庆
    [InlineData("2026-10-09", "2026-10-10")] // onto the make-up Saturday
    [InlineData("2026-10-08", "2026-10-09")] // the next day is never the date itself
    public void The_next_working_day_is_strictly_after_the_date(string date, string expected)
    {
        Assert.Equal(D(expected), Calendar.NextWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2026-10-10", "2026-10-10")] // a working day stays
    [InlineData("2026-10-11", "2026-10-12")] // a Sunday moves on
    [InlineData("2026-10-02", "2026-10-08")] // a holiday moves past the period
    public void Next_or_same_working_day_keeps_a_working_day_and_moves_anything_else_forward(string date, string expected)
    {
        Assert.Equal(D(expected), Calendar.NextOrSameWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2026-09-24", "2026-10-15", 10)]
    [InlineData("2026-10-15", "2026-09-24", -10)] // swapped arguments negate
    [InlineData("2026-09-30", "2026-10-07", 0)]   // a holiday week holds no working day
    [InlineData("2026-02-13", "2026-02-24", 2)]   // make-up Saturday 2-14 and 2-24
    [InlineData("2026-10-08", "2026-10-08", 0)]
    [InlineData("2026-10-07", "2026-10-08", 1)]   // the end counts, the start does not
    [InlineData("2026-10-08", "2026-10-09", 1)]
    public void Working_days_between_counts_the_half_open_interval_after_from_up_to_to(string from, string to, int expected)
    {
        Assert.Equal(expected, Calendar.WorkingDaysBetween(D(from), D(to)));
    }

    [Fact]
    public void Counting_the_working_days_up_to_an_added_date_gives_back_the_number_added()
    {
        for (var start = D("2023-12-01"); start <= D("2027-01-31"); start = start.AddDays(3))
        {
            foreach (int n in new[] { 1, 2, 5, 10, 20, 60 })
            {
                var end = Calendar.AddWorkingDays(start, n);
                Assert.Equal(n, Calendar.WorkingDaysBetween(start, end));
                Assert.Equal(-n, Calendar.WorkingDaysBetween(end, start));
                Assert.True(Calendar.IsWorkingDay(end));
            }
        }
    }

    [Fact]
    public void Adding_working_days_allocates_nothing()
    {
        var start = D("2026-09-24");
        Calendar.AddWorkingDays(start, 10);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
            Calendar.AddWorkingDays(start, 10);
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Adding_more_working_days_than_the_calendar_holds_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D("9999-12-30"), 5));
    }
}
