using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TaskBot.Assignments;
using TaskBot.Cards;

namespace TaskBot.Bot;

/// <summary>Activities made from the use cases' replies. Text is sent as plain text and escaped too (Teams renders
/// some markdown and HTML whatever the text format says), so that nothing a user typed becomes markdown, HTML or a
/// link; cards escape their own text (<see cref="Md"/>) and travel as Newtonsoft JSON, which is what the SDK
/// serialises.</summary>
public static class Replies
{
    public static Activity Plain(string text)
    {
        var activity = MessageFactory.Text(Md.Escape(text));
        activity.TextFormat = TextFormatTypes.Plain;
        return activity;
    }

    public static Activity From(Reply reply, bool notify = false)
    {
        if (reply.Offer is { } offer) return ConsentCard(offer, reply.Text);
        if (reply.Uploaded is { } file) return FileCard(file, reply.Text);
        var activity = reply.Card is null ? Plain(reply.Text ?? "") : (Activity)MessageFactory.Attachment(Attachment(reply.Card));
        if (reply.Card is not null && reply.Text is not null) { activity.Text = Md.Escape(reply.Text); activity.TextFormat = TextFormatTypes.Plain; }
        if (reply.Summary is not null) activity.Summary = Md.Escape(reply.Summary);
        if (notify) activity.TeamsNotifyUser();
        return activity;
    }

    /// <summary>Teams' file consent card: the user accepts (Teams then gives an upload URL) or declines.</summary>
    public static Activity ConsentCard(FileOffer offer, string? text)
    {
        var consent = new Microsoft.Bot.Schema.Teams.FileConsentCard
        {
            Description = offer.Description,
            SizeInBytes = offer.Size,
            AcceptContext = ToJToken(offer.Context),
            DeclineContext = ToJToken(offer.Context),
        };
        var activity = MessageFactory.Attachment(new Attachment { ContentType = Microsoft.Bot.Schema.Teams.FileConsentCard.ContentType, Name = offer.Name, Content = consent });
        if (text is not null) { activity.Text = Md.Escape(text); activity.TextFormat = TextFormatTypes.Plain; }
        return (Activity)activity;
    }

    /// <summary>Teams' file card for a file the bot uploaded: opens it from OneDrive.</summary>
    public static Activity FileCard(UploadedFile file, string? text)
    {
        var activity = MessageFactory.Attachment(new Attachment
        {
            ContentType = Microsoft.Bot.Schema.Teams.FileInfoCard.ContentType,
            ContentUrl = file.ContentUrl,
            Name = file.Name,
            Content = new Microsoft.Bot.Schema.Teams.FileInfoCard { UniqueId = file.UniqueId, FileType = file.FileType },
        });
        if (text is not null) { activity.Text = Md.Escape(text); activity.TextFormat = TextFormatTypes.Plain; }
        return (Activity)activity;
    }

    public static Attachment Attachment(JsonObject card) => new() { ContentType = AdaptiveCard.ContentType, Content = ToJToken(card) };

    /// <summary>The JSON as is, for the SDK's Newtonsoft serializer: written raw, never parsed into a JObject (that
    /// round trip was a third of a card turn's CPU).
    /// Chinese is written as UTF-8, not \u escapes: half the bytes, against Teams' ~28 KB message limit.</summary>
    public static JRaw ToJToken(JsonObject json)
    {
        var text = json.ToJsonString(AdaptiveCard.WireJson);
        // The last line of defence for Teams' size limit: the cards are built to fit, and one that does not is
        // replaced by a notice rather than refused by Teams with nothing shown.
        if (System.Text.Encoding.UTF8.GetByteCount(text) > AdaptiveCard.MaxBytes && json["type"]?.GetValue<string>() == "AdaptiveCard")
            text = PreviewCards.Notice("内容过长", "这张卡片的内容超出了 Teams 的大小限制，无法完整显示。请缩小查询范围，或发送「任务 编号」查看单项任务。",
                ContainerStyle.Warning).ToJson().ToJsonString(AdaptiveCard.WireJson);
        return new(text);
    }

    public static JsonObject ToJsonObject(object? value) => value switch
    {
        JObject j => JsonNode.Parse(j.ToString(Newtonsoft.Json.Formatting.None)) as JsonObject ?? [],
        null => [],
        _ => JsonNode.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(value)) as JsonObject ?? [],
    };
}
