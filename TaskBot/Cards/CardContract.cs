using System.Globalization;
using System.Text.Json.Nodes;

namespace TaskBot.Cards;

/// <summary>
/// What the cards submit and the handlers read: the verbs, the two keys of an action's <c>data</c> (an id and a
/// version, nothing else: who may act is decided on the server), and the ids of the inputs each verb sends.
/// </summary>
public static class CardContract
{
    public const string TaskIdKey = "taskId";
    public const string PreviewIdKey = "previewId";
    public const string VersionKey = "version";
    /// <summary>In a 上一页 / 下一页 action's data: the page to show (0-based).</summary>
    public const string PageKey = "page";
    /// <summary>In a dialog's Action.Submit data only (see <see cref="DialogCards"/>): the verb Action.Execute would carry.</summary>
    public const string VerbKey = "verb";

    public static class Verbs
    {
        public const string Dispatch = "dispatch";
        /// <summary>上一页 / 下一页 on a preview too long for one card: keeps the page's edits, shows another page.</summary>
        public const string PreviewPage = "previewPage";
        public const string CancelPreview = "cancelPreview";
        public const string Refresh = "refresh";
        public const string Acknowledge = "ack";
        public const string Progress = "progress";
        public const string Extend = "extend";
        public const string Submit = "submit";
        public const string Dispute = "dispute";
        public const string ApproveExtension = "approveExtension";
        public const string DenyExtension = "denyExtension";
        public const string Complete = "complete";
        public const string Return = "return";
        public const string Reassign = "reassign";
        public const string RejectDispute = "rejectDispute";
    }

    public static class Inputs
    {
        public const string ProgressPercent = "progressPercent";
        public const string ProgressNote = "progressNote";
        public const string ExtendDate = "extendDate";
        public const string ExtendReason = "extendReason";
        public const string SubmitSummary = "submitSummary";
        public const string SubmitLink = "submitLink";
        public const string DisputeReason = "disputeReason";
        public const string DenyReason = "denyReason";
        public const string ReturnReason = "returnReason";
        public const string ReassignLead = "reassignLead";
        public const string ReassignCo = "reassignCo";
        public const string RejectDisputeUnit = "rejectDisputeUnit";
        public const string RejectDisputeReason = "rejectDisputeReason";

        // Preview inputs carry the task's index: t0.lead, t0.co, t0.pick1, t0.deadline …
        public static string Lead(int task) => $"t{task}.lead";
        public static string Co(int task) => $"t{task}.co";
        public static string Pick(int task, int question) => $"t{task}.pick{question}";
        public static string Deadline(int task) => $"t{task}.deadline";
        public static string Deliverable(int task) => $"t{task}.deliverable";
        public static string Supervisor(int task) => $"t{task}.supervisor";
        public static string Include(int task) => $"t{task}.include";
    }

    /// <summary>The inputs each task verb reads (besides the id and version); the renderer test checks the cards
    /// submit them.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> InputsOf = new Dictionary<string, IReadOnlyList<string>>
    {
        [Verbs.Acknowledge] = [],
        [Verbs.Refresh] = [],
        [Verbs.Progress] = [Inputs.ProgressPercent, Inputs.ProgressNote],
        [Verbs.Extend] = [Inputs.ExtendDate, Inputs.ExtendReason],
        [Verbs.Submit] = [Inputs.SubmitSummary, Inputs.SubmitLink],
        [Verbs.Dispute] = [Inputs.DisputeReason],
        [Verbs.ApproveExtension] = [],
        [Verbs.DenyExtension] = [Inputs.DenyReason],
        [Verbs.Complete] = [],
        [Verbs.Return] = [Inputs.ReturnReason],
        [Verbs.Reassign] = [Inputs.ReassignLead, Inputs.ReassignCo],
        [Verbs.RejectDispute] = [Inputs.RejectDisputeUnit, Inputs.RejectDisputeReason],
    };

    public static JsonObject TaskData(string taskId, long version) => new() { [TaskIdKey] = taskId, [VersionKey] = version };
    public static JsonObject PreviewData(string previewId, long version) => new() { [PreviewIdKey] = previewId, [VersionKey] = version };

    /// <summary>A submitted value as text, whatever JSON type the client used (Teams sends numbers as strings).</summary>
    public static string? Text(JsonObject? data, string key) => data?[key] switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<long>(out var l) => l.ToString(CultureInfo.InvariantCulture),
        JsonValue v when v.TryGetValue<double>(out var d) => d.ToString(CultureInfo.InvariantCulture),
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "false",
        _ => null,
    };

    public static long? Long(JsonObject? data, string key) =>
        long.TryParse(Text(data, key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    public static IReadOnlyList<string> List(JsonObject? data, string key) =>
        (Text(data, key) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
