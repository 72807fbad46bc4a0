using TaskBot.Tasks;

namespace TaskBot.Delivery;

/// <summary>
/// The one key builder for proactive messages. A key names the message, not the attempt: the same cause gives the
/// same key, so recording it twice (a retried write, a second instance, a re-click) keeps one intent and sends once.
/// Segments are separated by '/'; unit names and ids never contain one.
/// </summary>
public static class OutboxKeys
{
    /// <summary>A unit's assignment card for one version of the task, to one of its people.</summary>
    public static string Assign(TaskId task, string unit, long version, string aadObjectId) => $"assign/{task}/{unit}/v{version}/{aadObjectId}";

    /// <summary>The one-line note (or decision card) about a change of the task, to one person.</summary>
    public static string Note(TaskId task, long version, string aadObjectId) => $"note/{task}/v{version}/{aadObjectId}";

    /// <summary>A card someone holds, redrawn in place for a later version.</summary>
    public static string Refresh(TaskId task, string unit, long version, string aadObjectId) => $"refresh/{task}/{unit}/v{version}/{aadObjectId}";

    /// <summary>A reminder of one kind on one working day, to one person.</summary>
    public static string Nudge(TaskId task, string unit, string kind, DateOnly day, string aadObjectId) =>
        $"nudge/{task}/{unit}/{kind}/{day:yyyy-MM-dd}/{aadObjectId}";

    /// <summary>The leader's answer to 确认交办, updated in place as the assignment cards go out.</summary>
    public static string DispatchStatus(string previewId) => $"status/{previewId}";

    /// <summary>The partition of intents that belong to no task: the dispatch of one preview.</summary>
    public static string DispatchPartition(string previewId) => $"dispatch|{previewId}";

    /// <summary>The partition of an open call's messages (on Azure Tables, the call's own partition).</summary>
    public static string CallPartition(string callId) => Storage.CallRows.Partition(callId);

    /// <summary>The 榜单 card of a call, posted once to a channel (<paramref name="target"/> <c>channel</c>) or to one
    /// person (their object id); drawn when sent, from the call as it is then.</summary>
    public static string CallBoard(string callId, string target) => $"callboard/{callId}/{target}";

    /// <summary>A posted 榜单 card redrawn in place for a later version of the call.</summary>
    public static string CallBoardUpdate(string callId, long version, string target) => $"callboardupd/{callId}/v{version}/{target}";

    /// <summary>The publishing leader's choice card when sign-up closes, once per round (延长报名 starts another).</summary>
    public static string CallChoice(string callId, int round, string aadObjectId) => $"callchoice/{callId}/r{round}/{aadObjectId}";

    /// <summary>The thanks to an applicant that was not chosen.</summary>
    public static string CallThanks(string callId, string applicationKey, string aadObjectId) =>
        $"callthanks/{callId}/{applicationKey.Replace('/', '_')}/{aadObjectId}";

    /// <summary>The one-line note to the publishing leader about a change of the call.</summary>
    public static string CallNote(string callId, long version, string aadObjectId) => $"callnote/{callId}/v{version}/{aadObjectId}";

    /// <summary>The unit an assignment key names (<c>assign/{task}/{unit}/…</c>), else null.</summary>
    public static string? UnitOf(string key) => key.Split('/') is ["assign" or "refresh", _, var unit, ..] ? unit : null;
}
