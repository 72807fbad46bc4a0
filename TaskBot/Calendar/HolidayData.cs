using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TaskBot.Calendar;

/// <summary>One holiday period of an official notice, From and To inclusive.</summary>
internal sealed record OfficialPeriod(Festival Festival, DateOnly From, DateOnly To);

/// <summary>One year's official schedule: its holiday periods and make-up working days (调休上班).</summary>
internal sealed record OfficialYear(int Year, string? Notice, IReadOnlyList<OfficialPeriod> Holidays, IReadOnlyList<DateOnly> Workdays);

/// <summary>
/// Reads and checks Data/holidays.json. An administrator edits this file by hand, so every mistake is reported
/// with the year and the entry it is in, at startup rather than in the middle of parsing a directive.
/// </summary>
internal static class HolidayData
{
    // The longest official period so far is 2020's extended 春节 (10 days); anything much longer is a typo.
    private const int MaxPeriodDays = 15;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelt key ("form") or a year entered twice would otherwise be dropped without a word.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
    };

    private sealed record FileDto(Dictionary<string, YearDto>? Years);
    private sealed record YearDto(string? Notice, List<HolidayDto>? Holidays, List<string>? Workdays);
    private sealed record HolidayDto(string? Festival, string? From, string? To);

    /// <exception cref="InvalidDataException">The text is not valid holiday data; the message names the entry.</exception>
    public static IReadOnlyList<OfficialYear> Parse(string json)
    {
        FileDto? file;
        try
        {
            file = JsonSerializer.Deserialize<FileDto>(json, Options);
        }
        catch (JsonException e)
        {
            // The message alone does not always say where (a duplicate year, for one); the path does.
            throw Invalid($"not the expected JSON at {e.Path ?? "$"} ({e.Message})", e);
        }
        if (file?.Years is null) throw Invalid("the top-level \"years\" object is missing");

        var years = new List<OfficialYear>();
        // Which entry claimed each date, so a clash names both entries.
        var claimed = new Dictionary<DateOnly, string>();
        foreach (var (key, dto) in file.Years.OrderBy(y => y.Key, StringComparer.Ordinal))
        {
            if (key.Length != 4 || !int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out int year))
                throw Invalid($"year \"{key}\" is not a four-digit year");
            if (year is < FestivalDays.MinYear or > FestivalDays.MaxYear)
                throw Invalid($"year {year} is outside the supported {FestivalDays.MinYear}..{FestivalDays.MaxYear}");
            if (dto?.Holidays is null) throw Invalid($"year {year} has no \"holidays\" list");

            var holidays = new List<OfficialPeriod>();
            for (int i = 0; i < dto.Holidays.Count; i++)
            {
                var entry = dto.Holidays[i];
                string where = $"year {year}, holidays[{i}] ({entry?.Festival ?? "no festival"})";
                if (entry?.Festival is null || !FestivalNames.TryParse(entry.Festival, out var festival))
                    throw Invalid($"{where}: \"festival\" must be one of {string.Join("、", FestivalNames.All.Keys)}");
                if (holidays.Any(h => h.Festival == festival))
                    throw Invalid($"{where}: {FestivalNames.Canonical(festival)} is listed twice");
                var from = ParseDate(entry.From, year, $"{where}, \"from\"");
                var to = ParseDate(entry.To, year, $"{where}, \"to\"");
                if (from > to) throw Invalid($"{where}: \"from\" {from:O} is after \"to\" {to:O}");
                if (to.DayNumber - from.DayNumber + 1 > MaxPeriodDays)
                    throw Invalid($"{where}: {from:O}..{to:O} is longer than {MaxPeriodDays} days");
                for (var d = from; d <= to; d = d.AddDays(1))
                    Claim(claimed, d, where);
                holidays.Add(new OfficialPeriod(festival, from, to));
            }

            var workdays = new List<DateOnly>();
            var workdayTexts = dto.Workdays ?? [];
            for (int i = 0; i < workdayTexts.Count; i++)
            {
                string where = $"year {year}, workdays[{i}] ({workdayTexts[i]})";
                var day = ParseDate(workdayTexts[i], year, where);
                // Make-up working days exist to replace a weekend; a weekday here is a typo.
                if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                    throw Invalid($"{where}: {day:O} is a {day.DayOfWeek}, but make-up working days fall on weekends");
                Claim(claimed, day, where);
                workdays.Add(day);
            }
            years.Add(new OfficialYear(year, dto.Notice, holidays, workdays));
        }
        return years;
    }

    private static DateOnly ParseDate(string? text, int year, string where)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw Invalid($"{where}: \"{text}\" is not a date in yyyy-MM-dd form");
        // A notice may reach into the neighbouring month (the 2019 notice gave 元旦 as 2018-12-30..2019-01-01),
        // but never further: a date outside that window is a mistyped year.
        if (date < new DateOnly(year - 1, 12, 1) || date > new DateOnly(year + 1, 1, 31))
            throw Invalid($"{where}: {date:O} is outside year {year}");
        return date;
    }

    private static void Claim(Dictionary<DateOnly, string> claimed, DateOnly date, string where)
    {
        if (!claimed.TryAdd(date, where))
            throw Invalid($"{where}: {date:O} is already listed in {claimed[date]}");
    }

    private static InvalidDataException Invalid(string message, Exception? inner = null) =>
        new($"Holiday data: {message}.", inner);
}
