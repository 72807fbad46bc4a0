using Microsoft.Extensions.Options;
using TaskBot.Digest;

using TaskBot.Reminders;

namespace TaskBot.Scheduling;

/// <summary>
/// Every <c>TaskBot:Reminders</c> key checked at start, one bilingual line per problem naming the key, so that a value
/// the sweep or the retry policy cannot use (a retry count of 0, a zero timeout) stops the start instead of turning
/// every request into a 500 later.
/// </summary>
public sealed class ReminderOptionsValidator : IValidateOptions<ReminderOptions>
{
    private const string S = ReminderOptions.Section;

    public ValidateOptionsResult Validate(string? name, ReminderOptions o)
    {
        var problems = new List<string>();
        void Range(string key, TimeSpan value, TimeSpan min, TimeSpan max)
        {
            if (value < min || value > max) problems.Add($"{S}:{key} 应在 {min:c} 到 {max:c} 之间 / must be between {min:c} and {max:c} (is {value:c})");
        }
        void Between(string key, double value, double min, double max)
        {
            if (double.IsNaN(value) || value < min || value > max) problems.Add($"{S}:{key} 应在 {min} 到 {max} 之间 / must be between {min} and {max} (is {value})");
        }
        if (!WorkingHours.TryParse(o.WorkingHours, out _))
            problems.Add($"{S}:WorkingHours 应形如 09:00-18:00（00:00-24:00 表示全天） / must look like 09:00-18:00 (00:00-24:00 = always), is '{o.WorkingHours}'");
        Range("SweepInterval", o.SweepInterval, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));
        Between("SweepBatchSize", o.SweepBatchSize, 1, 100_000);
        Between("MaxConcurrentTasks", o.MaxConcurrentTasks, 1, 1024);
        var d = o.Delivery;
        Between("Delivery:PerConversationBurst", d.PerConversationBurst, 1, 100);
        Between("Delivery:GlobalBurst", d.GlobalBurst, 1, 1000);
        if (d.PerConversationPerSecond <= d.PerConversationBurst + 1 || d.PerConversationPerSecond > 1000)
            problems.Add($"{S}:Delivery:PerConversationPerSecond 应比 PerConversationBurst 至少大 2 且不超过 1000 / must be at least 2 above PerConversationBurst and at most 1000 (is {d.PerConversationPerSecond})");
        if (d.GlobalPerSecond <= d.GlobalBurst + 1 || d.GlobalPerSecond > 10_000)
            problems.Add($"{S}:Delivery:GlobalPerSecond 应比 GlobalBurst 至少大 2 且不超过 10000 / must be at least 2 above GlobalBurst and at most 10000 (is {d.GlobalPerSecond})");
        Between("Delivery:MaxRetryAttempts", d.MaxRetryAttempts, 1, 20);
        Range("Delivery:RetryBaseDelay", d.RetryBaseDelay, TimeSpan.FromMilliseconds(1), TimeSpan.FromHours(1));
        Range("Delivery:MaxRetryDelay", d.MaxRetryDelay, d.RetryBaseDelay > TimeSpan.Zero ? d.RetryBaseDelay : TimeSpan.FromMilliseconds(1), TimeSpan.FromHours(1));
        Range("Delivery:AttemptTimeout", d.AttemptTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(10));
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

/// <summary><c>TaskBot:Digest</c>: a valid Quartz cron, and conversation keys the digest can be sent to.</summary>
public sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions o)
    {
        var problems = new List<string>();
        if (!Quartz.CronExpression.TryParse(o.Cron, out _))
            problems.Add($"{DigestOptions.Section}:Cron 不是有效的 Quartz cron 表达式 / is not a valid Quartz cron expression (is '{o.Cron}')");
        foreach (var c in o.Channels.Where(c => string.IsNullOrWhiteSpace(c) || c.Length > 300))
            problems.Add($"{DigestOptions.Section}:Channels 含有无效的会话 / has an invalid conversation key: '{(c ?? "").Trim()}'");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
