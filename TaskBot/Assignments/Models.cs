using System.Text.Json.Nodes;
using TaskBot.Tasks;

namespace TaskBot.Assignments;

/// <summary>A chat message as the use cases see it: who (AAD object id), what, and the sender's local date.</summary>
/// <param name="ConversationId">With <paramref name="ActivityId"/>, identifies the message, so a redelivered message
/// yields the same preview (and the same claim-once key).</param>
/// <param name="ConversationKey">Where the message was written, as a conversation store key (an open call's card
/// goes back there when no channel is configured); null when unknown.</param>
public sealed record IncomingMessage(string? AadObjectId, string Text, DateOnly LocalDate, string ConversationId, string? ActivityId,
    string? ConversationKey = null);

/// <summary>A click on a card button: the verb and the data (id, version, and the card's input values).</summary>
/// <param name="ConversationKey">Where the clicked card is (a conversation store key), and
/// <paramref name="MessageId"/> the message that holds it: a reply that is completed later updates that message.
/// A dialog's submit has no message to update.</param>
public sealed record IncomingAction(string? AadObjectId, string Verb, JsonObject Data, DateOnly LocalDate,
    string? ConversationKey = null, string? MessageId = null);

/// <summary>What the bot answers: plain text, a card, or both. <see cref="Summary"/> is the notification toast.</summary>
public sealed record Reply(string? Text, JsonObject? Card, string? Summary = null)
{
    /// <summary>A refusal: shown only to the person who clicked, never written over a shared card.</summary>
    public bool Refused { get; init; }
    /// <summary>For the person who clicked only (their own application): never written over a shared card.</summary>
    public bool Private { get; init; }

    /// <summary>A file to offer (the Teams file consent card): the bot uploads it only after the user accepts.</summary>
    public FileOffer? Offer { get; init; }
    /// <summary>A file the bot uploaded, shown as Teams' file card that opens it.</summary>
    public UploadedFile? Uploaded { get; init; }

    public static Reply Say(string text) => new(text, null);
    public static Reply Show(JsonObject card, string? summary = null) => new(null, card, summary);
}

/// <summary>A file offered to the user: its name, size and description, and what comes back on accept or decline
/// (the selection only: who may have the file is decided again from the person who accepts).</summary>
public sealed record FileOffer(string Name, long Size, string Description, JsonObject Context);

/// <summary>Where Teams put an uploaded file (from the consent's uploadInfo).</summary>
public sealed record UploadedFile(string Name, string ContentUrl, string? UniqueId, string? FileType);

/// <summary>A leader's message read into tasks, waiting for 确认交办. Stored, so any instance can dispatch it.</summary>
public sealed record Preview
{
    public required string Id { get; init; }
    public required string IssuerAadObjectId { get; init; }
    public required DateOnly ReferenceDate { get; init; }
    /// <summary>True when <see cref="ReferenceDate"/> is the meeting date the text states, not the message's date.</summary>
    public bool ReferenceStated { get; init; }
    public required IReadOnlyList<PreviewItem> Items { get; init; }
    /// <summary>The file the tasks were read from (a task-division table sent in chat), or null for typed text.</summary>
    public string? SourceFile { get; init; }
    public long Version { get; init; } = 1;
    public bool Cancelled { get; init; }
    /// <summary>Set once dispatched: the ids created and the units nobody could be told about.</summary>
    public DispatchOutcome? Outcome { get; init; }
    /// <summary>When the preview was first stored; it expires <see cref="DirectiveOptions.PreviewTtl"/> later.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}

public sealed record PreviewItem
{
    public required string SourceText { get; init; }
    public SourceSpan? Span { get; init; }
    /// <summary>Directory units by canonical name.</summary>
    public required IReadOnlyList<string> Lead { get; init; }
    public required IReadOnlyList<string> Co { get; init; }
    /// <summary>Units the text named that the directory cannot settle (各乡镇, an unknown name): the leader picks.</summary>
    public IReadOnlyList<UnitQuestion> Questions { get; init; } = [];
    public required DateOnly Deadline { get; init; }
    public string? DeadlinePhrase { get; init; }
    /// <summary>True when the text gave no date and <see cref="Deadline"/> is the configured default.</summary>
    public bool DeadlineDefaulted { get; init; }
    public required string Deliverable { get; init; }
    public string? Supervisor { get; init; }
    public IReadOnlyList<string> Notes { get; init; } = [];
    public bool Include { get; init; } = true;
}

public sealed record UnitQuestion(string Surface, UnitRole Role, IReadOnlyList<string> Candidates)
{
    public IReadOnlyList<string> Chosen { get; init; } = [];
}

public sealed record DispatchOutcome(IReadOnlyList<string> TaskIds, IReadOnlyList<string> UnreachableUnits);

/// <summary>Bound from <c>TaskBot:Directives</c>.</summary>
public sealed class DirectiveOptions
{
    public const string Section = "TaskBot:Directives";
    /// <summary>会议纪要 items without a date are due this many days after the message (moved to a working day).</summary>
    public int DefaultDeadlineDays { get; set; } = 20;
    /// <summary><c>TaskBot:Directives:PreviewTtl</c>: an unconfirmed preview is forgotten this long after it was made.</summary>
    public TimeSpan PreviewTtl { get; set; } = TimeSpan.FromDays(7);
    /// <summary><c>TaskBot:Directives:MaxPerMinute</c>: directives one person may send in any minute.</summary>
    public int MaxPerMinute { get; set; } = 30;
}

public sealed class DirectiveOptionsValidator : Microsoft.Extensions.Options.IValidateOptions<DirectiveOptions>
{
    public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, DirectiveOptions o)
    {
        var problems = new List<string>();
        if (o.DefaultDeadlineDays is < 1 or > 366)
            problems.Add($"{DirectiveOptions.Section}:DefaultDeadlineDays 应在 1 到 366 之间 / must be between 1 and 366 (is {o.DefaultDeadlineDays})");
        if (o.PreviewTtl < TimeSpan.FromMinutes(1) || o.PreviewTtl > TimeSpan.FromDays(366))
            problems.Add($"{DirectiveOptions.Section}:PreviewTtl 应在 00:01:00 到 366.00:00:00 之间 / must be between 00:01:00 and 366.00:00:00 (is {o.PreviewTtl:c})");
        if (o.MaxPerMinute is < 1 or > 1_000_000)
            problems.Add($"{DirectiveOptions.Section}:MaxPerMinute 应在 1 到 1000000 之间 / must be between 1 and 1000000 (is {o.MaxPerMinute})");
        return problems.Count == 0 ? Microsoft.Extensions.Options.ValidateOptionsResult.Success : Microsoft.Extensions.Options.ValidateOptionsResult.Fail(problems);
    }
}

public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
    public static string Show(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).ToString("yyyy-MM-dd HH:mm");
}
