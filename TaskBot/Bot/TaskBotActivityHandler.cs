using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TaskBot.Assignments;
using TaskBot.Cards;

namespace TaskBot.Bot;

/// <summary>
/// Translates Teams activities into the use cases and back. Every activity first passes the tenant filter and has
/// its conversation reference stored. Messages: in group chats and channels only when the bot is @mentioned, with
/// the mention removed. Card buttons (Action.Execute) arrive as <c>adaptiveCard/action</c> invokes; the card the
/// use case returns replaces the clicked card (and, in shared chats, is also written over the message for all).
/// </summary>
public sealed class TaskBotActivityHandler(
    ChatService chat, Dispatcher dispatcher, TaskActionHandler actions, ConversationReferences references,
    TenantFilter tenants, TimeProvider time, ILogger<TaskBotActivityHandler> logger) : TeamsActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (!tenants.Allows(activity))
        {
            logger.LogWarning("Ignored a {Type} activity from tenant {TenantId}: not in TaskBot:AllowedTenants", activity.Type, TenantFilter.TenantOf(activity));
            if (activity.Type == ActivityTypes.Invoke)
                await turnContext.SendActivityAsync(new Activity { Type = ActivityTypesEx.InvokeResponse, Value = new InvokeResponse { Status = (int)HttpStatusCode.OK } }, cancellationToken);
            return;
        }
        await references.CaptureAsync(activity, cancellationToken);
        await base.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = (Activity)turnContext.Activity;
        if (IsShared(activity))
        {
            if (!activity.MentionsRecipient()) return;   // in shared chats, only what is addressed to the bot
            activity.RemoveRecipientMention();
        }
        var text = (activity.Text ?? "").Replace("&nbsp;", " ").Trim();
        var message = new IncomingMessage(activity.From.AadObjectId, text, LocalDateOf(activity), activity.Conversation.Id, activity.Id);
        var reply = await chat.OnMessageAsync(message, activity.From.Id, cancellationToken);
        await turnContext.SendActivityAsync(Replies.From(reply), cancellationToken);
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var activity = (Activity)turnContext.Activity;
        var action = new IncomingAction(activity.From.AadObjectId, invokeValue.Action?.Verb ?? "",
            Replies.ToJsonObject(invokeValue.Action?.Data), LocalDateOf(activity));
        var reply = action.Verb switch
        {
            CardContract.Verbs.Dispatch => await dispatcher.ConfirmAsync(action, cancellationToken),
            CardContract.Verbs.CancelPreview => await dispatcher.CancelAsync(action, cancellationToken),
            _ => await actions.HandleAsync(action, activity.From.Id, cancellationToken),
        };
        var card = reply.Card ?? PreviewCards.Notice("提示", reply.Text ?? "").ToJson();
        if (IsShared(activity) && !string.IsNullOrEmpty(activity.ReplyToId) && action.Verb != CardContract.Verbs.Refresh)
            await UpdateForEveryoneAsync(turnContext, activity.ReplyToId, card, cancellationToken);
        return new AdaptiveCardInvokeResponse { StatusCode = 200, Type = AdaptiveCard.ContentType, Value = Replies.ToJToken(card) };
    }

    /// <summary>The invoke answer replaces the card only for the person who clicked; in a group chat or channel the
    /// message itself is updated too, so nobody else is left with stale buttons.</summary>
    private async Task UpdateForEveryoneAsync(ITurnContext turnContext, string activityId, System.Text.Json.Nodes.JsonObject card, CancellationToken cancellationToken)
    {
        var shared = card.DeepClone().AsObject();
        shared.Remove("refresh");   // the refresh's user list names the clicker only
        var update = MessageFactory.Attachment(Replies.Attachment(shared));
        update.Id = activityId;
        try { await turnContext.UpdateActivityAsync(update, cancellationToken); }
        catch (Exception e) when (e is not OperationCanceledException) { logger.LogWarning(e, "Could not update card {ActivityId} for everyone", activityId); }
    }

    private static bool IsShared(Activity activity) => activity.Conversation?.ConversationType is "groupChat" or "channel";

    /// <summary>The sender's own date: <c>localTimestamp</c> carries their offset; else the UTC timestamp in China time.
    /// The server clock is used only when Teams sent neither.</summary>
    private DateOnly LocalDateOf(Activity activity) =>
        activity.LocalTimestamp is { } local ? DateOnly.FromDateTime(local.DateTime)
        : ChinaTime.DateOf(activity.Timestamp ?? time.GetUtcNow());
}
