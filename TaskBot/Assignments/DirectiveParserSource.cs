using TaskBot.Calendar;
using TaskBot.Directives;
using TaskBot.Directory;

namespace TaskBot.Assignments;

/// <summary>
/// The parser as the directory stands: its unit lexicon is the directory's names and aliases, so the parser and
/// the directory are one list of units, never two that drift apart. Rebuilt only when the names change.
/// </summary>
public sealed class DirectiveParserSource(DirectoryCache directory, DirectiveLexicon lexicon, IWorkingDayCalendar calendar,
    Microsoft.Extensions.Logging.ILogger<DirectiveParser>? logger = null)
{
    /// <summary>A parser exception: logged with the text's length only, never the text (it may be confidential).</summary>
    private void OnFailure(Exception ex, int length) =>
        Microsoft.Extensions.Logging.LoggerExtensions.LogError(logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger<DirectiveParser>.Instance,
            ex, "Directive parser failed on a text of {Length} characters / 指令解析出错（原文 {Length} 字）", length, length);

    private sealed record Built(string Key, DirectiveParser Parser);
    private Built? current;

    public async ValueTask<DirectiveParser> GetAsync(CancellationToken cancellationToken)
    {
        var units = (await directory.GetAsync(cancellationToken)).SurfaceForms.Keys.Order(StringComparer.Ordinal).ToList();
        var key = string.Join('\u001f', units);
        var built = Volatile.Read(ref current);
        if (built is not null && built.Key == key) return built.Parser;
        built = new Built(key, new DirectiveParser(lexicon.WithKnownUnits(units), calendar, OnFailure));
        Volatile.Write(ref current, built);
        return built.Parser;
    }

    /// <summary>The parser for a directory read from a file, for the command line.</summary>
    public static DirectiveParser ForFile(string? directoryCsvPath, DirectiveLexicon lexicon, IWorkingDayCalendar calendar)
    {
        if (directoryCsvPath is null || !File.Exists(directoryCsvPath)) return new DirectiveParser(lexicon, calendar);
        var file = DirectoryCsv.Parse(File.ReadAllBytes(directoryCsvPath));
        var units = file.Directory?.SurfaceForms.Keys ?? [];
        return new DirectiveParser(lexicon.WithKnownUnits(units), calendar);
    }
}
