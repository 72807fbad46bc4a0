using System.Diagnostics.Metrics;

namespace TaskBot.Observability;

/// <summary>
/// Every metric the bot reports, on one <see cref="Meter"/> named <see cref="MeterName"/>: what operators watch
/// (directives read, tasks created, reminders sent or failed) and how long a turn takes. Made through the host's
/// <see cref="IMeterFactory"/>, so each app instance (and each test host) has its own meter; OpenTelemetry exports
/// it (see <see cref="ObservabilityServices"/>).
/// </summary>
public sealed class TaskBotMetrics
{
    public const string MeterName = "TaskBot";

    private readonly Counter<long> directivesParsed;
    private readonly Counter<long> tasksCreated;
    private readonly Counter<long> remindersSent;
    private readonly Counter<long> remindersFailed;
    private readonly Histogram<double> turnDuration;

    public TaskBotMetrics(IMeterFactory meterFactory)
    {
        Meter = meterFactory.Create(MeterName);
        directivesParsed = Meter.CreateCounter<long>("taskbot.directives.parsed", "{directive}",
            "Messages in which the parser found at least one task");
        tasksCreated = Meter.CreateCounter<long>("taskbot.tasks.created", "{task}", "Tasks created by 确认交办");
        remindersSent = Meter.CreateCounter<long>("taskbot.reminders.sent", "{reminder}", "Reminders delivered to a person");
        remindersFailed = Meter.CreateCounter<long>("taskbot.reminders.failed", "{reminder}", "Reminders that could not be delivered");
        turnDuration = Meter.CreateHistogram<double>("taskbot.turn.duration", "ms", "Time to handle one request to /api/messages",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000] });
    }

    /// <summary>The meter itself: a test's <see cref="MeterListener"/> listens to this instance only.</summary>
    public Meter Meter { get; }

    /// <param name="source"><c>chat</c> (a message to the bot) or <c>message_action</c> (转为督办任务 on a message).</param>
    public void DirectiveParsed(string source) => directivesParsed.Add(1, new KeyValuePair<string, object?>("source", source));

    public void TasksCreated(int count) => tasksCreated.Add(count);

    public void ReminderSent() => remindersSent.Add(1);

    /// <param name="reason">A short fixed word (e.g. <c>no_conversation</c>, <c>send_failed</c>), never free text: it is a metric dimension.</param>
    public void ReminderFailed(string reason) => remindersFailed.Add(1, new KeyValuePair<string, object?>("reason", reason));

    /// <param name="activityType">The Bot Framework activity type (message, invoke…); anything else is reported as <c>other</c>.</param>
    public void TurnCompleted(TimeSpan elapsed, string? activityType, bool failed) =>
        turnDuration.Record(elapsed.TotalMilliseconds,
            new KeyValuePair<string, object?>("activity.type", KnownActivityType(activityType)),
            new KeyValuePair<string, object?>("outcome", failed ? "error" : "ok"));

    /// <summary>Only known values become a dimension, so a caller cannot grow the metric's cardinality.</summary>
    private static string KnownActivityType(string? type) => type switch
    {
        "message" or "invoke" or "conversationUpdate" or "installationUpdate" or "messageReaction" or "event" or "typing" => type,
        _ => "other",
    };
}
