using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace TaskBot.Hosting;

/// <summary>
/// Runs every <c>ValidateOnStart</c> validation before the host starts, so that a missing or invalid setting ends
/// the process with one line per problem, naming the key in Chinese and English, instead of a stack trace from inside
/// host start. The messages come from the options' validators; each names its key, e.g.
/// <c>配置错误 / Configuration error: TaskBot:Storage:AzureTables:Endpoint 未设置 …</c>.
/// </summary>
public static partial class StartupCheck
{
    public const string Prefix = "配置错误 / Configuration error: ";
    /// <summary>The exit code for a configuration error (EX_CONFIG in sysexits.h).</summary>
    public const int ExitCode = 78;

    public static IReadOnlyList<string> Problems(IServiceProvider services)
    {
        var problems = new List<string>();
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
        }
        catch (Exception e) when (Describe(e) is { Count: > 0 } described)
        {
            problems.AddRange(described);
        }
        // The official calendar (Data/holidays.json, edited by hand): its own message names the file and the entry.
        try { services.GetService<TaskBot.Calendar.IWorkingDayCalendar>(); }
        catch (InvalidDataException e) { problems.Add($"Data/holidays.json 有误 / is invalid: {e.Message}"); }
        return problems;
    }

    /// <summary>Writes each problem as one line to <paramref name="error"/>; true when there was none.</summary>
    public static bool Passes(IServiceProvider services, TextWriter error)
    {
        var problems = Problems(services);
        foreach (var p in problems) error.WriteLine(Prefix + p);
        return problems.Count == 0;
    }

    private static List<string> Describe(Exception e) => e switch
    {
        OptionsValidationException v => [.. v.Failures],
        AggregateException a => a.InnerExceptions.SelectMany(Describe).ToList(),
        // The binder's own failure (a number that is not one): it names the key, in English only.
        InvalidOperationException when BindingFailure().Match(e.Message) is { Success: true } m =>
            [$"{m.Groups["key"].Value} 的值无法识别 / has a value that cannot be read as {m.Groups["type"].Value.Replace("System.", "")}"],
        _ => [],
    };

    [GeneratedRegex(@"^Failed to convert configuration value .*?at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.ExplicitCapture)]
    private static partial Regex BindingFailure();
}
