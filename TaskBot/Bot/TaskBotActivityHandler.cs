using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using TaskBot.Assignments;
using TaskBot.Cards;

namespace TaskBot.Bot;

/// <summary>
/// Translates Teams activities into the use cases and back. Every activity first passes the tenant filter and has
/// its conversation reference stored. Messages: in group chats and channels only when the bot is @mentioned, with
/// the mention removed. Card buttons (Action.Execute) arrive as <c>adaptiveCard/action</c> invokes; the card the
/// use case returns replaces the clicked card (and, in shared chats, is also written over the message for all,
/// unless it is a refusal: that goes only to the person who clicked).
/// The message action 转为督办任务 (manifest command <see cref="MessageActionCommandId"/>) opens the preview of the
/// message it was used on in a dialog (<c>composeExtension/fetchTask</c>); the dialog's 确认交办 comes back as
/// <c>composeExtension/submitAction</c> and dispatches through the same claim-once path as the chat card.
/// </summary>
public sealed class TaskBotActivityHandler(
    ChatService chat, Assignments.OpenCalls.OpenCallService openCalls, TableImport tableImport, LedgerExport ledger, Dispatcher dispatcher, PreviewActionGuard previewGuard, PreviewPager pager, TaskActionHandler actions, ConversationReferences references,
    TenantFilter tenants, TimeProvider time, ServiceUrlPolicy serviceUrls, ILogger<TaskBotActivityHandler> logger) : TeamsActivityHandler
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
        // Only an authenticated activity whose token names its service URL may say where a person's messages go.
        if (serviceUrls.MayStoreReference(activity.ServiceUrl, turnContext.TurnState.Get<System.Security.Claims.ClaimsIdentity>(BotAdapter.BotIdentityKey)))
            await references.CaptureAsync(activity, cancellationToken);
        else
            logger.LogWarning("Did not store the conversation reference of a {Type} activity: unauthenticated or its token names another serviceUrl", activity.Type);
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
        // A file sent in chat (Teams: supportsFiles): a task-division table to read into a preview.
        if (activity.Attachments?.FirstOrDefault(a => a.ContentType == FileDownloadInfo.ContentType) is { } file)
        {
            var info = file.Content is JObject j ? j : JObject.FromObject(file.Content ?? new object());
            var incoming = new IncomingFile(activity.From.AadObjectId, UserText.Clean(file.Name ?? ""), info.Value<string>("downloadUrl"), LocalDateOf(activity),
                activity.Conversation.Id, activity.Id);
            await turnContext.SendActivityAsync(Replies.From(await tableImport.OnFileAsync(incoming, cancellationToken)), cancellationToken);
            return;
        }
        var text = UserText.Clean((activity.Text ?? "").Replace("&nbsp;", " ")).Trim();
        var message = new IncomingMessage(activity.From.AadObjectId, text, LocalDateOf(activity), activity.Conversation.Id, activity.Id,
            ConversationReferences.KeyOf(activity));
        var reply = await chat.OnMessageAsync(message, activity.From.Id, cancellationToken);
        // Teams sends and receives a bot's files in personal chats only: the ledger is offered there.
        if (reply.Offer is not null && IsShared(activity))
            reply = Reply.Say("督办台账以文件形式发送，Teams 只支持在与督办助手的私聊中收发文件。请在私聊中发送「导出台账」。");
        await turnContext.SendActivityAsync(Replies.From(reply), cancellationToken);
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var activity = (Activity)turnContext.Activity;
        var action = new IncomingAction(activity.From.AadObjectId, invokeValue.Action?.Verb ?? "",
            UserText.Clean(Replies.ToJsonObject(invokeValue.Action?.Data)), LocalDateOf(activity),
            ConversationReferences.KeyOf(activity), string.IsNullOrEmpty(activity.ReplyToId) ? null : activity.ReplyToId);
        var reply = action.Verb switch
        {
            CardContract.Verbs.Dispatch => await previewGuard.CheckAsync(action, cancellationToken) ?? await dispatcher.ConfirmAsync(await pager.CompleteAsync(action, cancellationToken), cancellationToken),
            CardContract.Verbs.PreviewPage => await pager.PageAsync(action, cancellationToken),
            CardContract.Verbs.CancelPreview => await previewGuard.CheckAsync(action, cancellationToken) ?? await dispatcher.CancelAsync(action, cancellationToken),
            OpenCallCards.Verbs.Publish or OpenCallCards.Verbs.CancelPreview => await openCalls.PublishAsync(action, cancellationToken),
            OpenCallCards.Verbs.Apply or OpenCallCards.Verbs.Edit or OpenCallCards.Verbs.WithdrawApplication or OpenCallCards.Verbs.Refresh
                => await openCalls.ApplicationAsync(action, cancellationToken),
            OpenCallCards.Verbs.Choose or OpenCallCards.Verbs.Extend or OpenCallCards.Verbs.Withdraw => await openCalls.DecideAsync(action, cancellationToken),
            _ => await actions.HandleAsync(action, activity.From.Id, cancellationToken),
        };
        var card = reply.Card ?? PreviewCards.Notice("提示", reply.Text ?? "").ToJson();
        // A refusal is the clicker's alone (the invoke answer); only a change is written over a shared card.
        if (IsShared(activity) && !string.IsNullOrEmpty(activity.ReplyToId) && action.Verb != CardContract.Verbs.Refresh && !reply.Refused && !reply.Private)
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

    /// <summary>导出台账 accepted: upload the workbook to the URL Teams gives, then show Teams' file card.</summary>
    protected override async Task OnTeamsFileConsentAcceptAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse response, CancellationToken cancellationToken)
    {
        var activity = (Activity)turnContext.Activity;
        var context = Replies.ToJsonObject(response.Context);
        var upload = response.UploadInfo;
        var reply = (string?)context["kind"] != LedgerExport.ContextKind
            ? Reply.Say("督办助手不认识这个文件请求，没有上传任何文件。")
            : await ledger.AcceptAsync(activity.From.AadObjectId, context, upload?.UploadUrl, upload?.Name, upload?.ContentUrl, upload?.UniqueId, upload?.FileType,
                LocalDateOf(activity), cancellationToken);
        await turnContext.SendActivityAsync(Replies.From(reply), cancellationToken);
    }

    protected override Task OnTeamsFileConsentDeclineAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse response, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(Replies.From(LedgerExport.Declined()), cancellationToken);

    public const string MessageActionCommandId = "createTaskFromMessage";
    private const string DialogTitle = "转为督办任务";

    protected override async Task<MessagingExtensionActionResponse> OnTeamsMessagingExtensionFetchTaskAsync(
        ITurnContext<IInvokeActivity> turnContext, MessagingExtensionAction action, CancellationToken cancellationToken)
    {
        if (action.CommandId != MessageActionCommandId)
            return Dialog(PreviewCards.Notice("无法识别的操作", "督办助手不认识这个命令，请更新应用后重试。").ToJson());
        var activity = (Activity)turnContext.Activity;
        var payload = action.MessagePayload;
        var text = UserText.Clean(TeamsMessageText.FromBody(payload?.Body?.Content, payload?.Body?.ContentType));
        // The message's own date is the reference for 本周五, 月底前…; it was written in China, so its UTC time is
        // read in China time. The action's own date only when Teams sent no creation time.
        var date = DateTimeOffset.TryParse(payload?.CreatedDateTime, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var created) ? ChinaTime.DateOf(created) : LocalDateOf(activity);
        // The preview id comes from the conversation and the message's id: the same message gives the same preview,
        // so the claim-once key stops a second dispatch of one message.
        var message = new IncomingMessage(activity.From.AadObjectId, text, date, activity.Conversation.Id, payload?.Id ?? activity.Id);
        var reply = await chat.PreviewMessageAsync(message, cancellationToken);
        return Dialog(reply.Card ?? PreviewCards.Notice("提示", reply.Text ?? "").ToJson());
    }

    protected override async Task<MessagingExtensionActionResponse> OnTeamsMessagingExtensionSubmitActionAsync(
        ITurnContext<IInvokeActivity> turnContext, MessagingExtensionAction action, CancellationToken cancellationToken)
    {
        var activity = (Activity)turnContext.Activity;
        var data = UserText.Clean(Replies.ToJsonObject(action.Data));
        var verb = CardContract.Text(data, CardContract.VerbKey) ?? "";
        var incoming = new IncomingAction(activity.From.AadObjectId, verb, data, LocalDateOf(activity));
        var reply = action.CommandId != MessageActionCommandId ? null : verb switch
        {
            CardContract.Verbs.Dispatch => await previewGuard.CheckAsync(incoming, cancellationToken) ?? await dispatcher.ConfirmAsync(await pager.CompleteAsync(incoming, cancellationToken), cancellationToken),
            CardContract.Verbs.PreviewPage => await pager.PageAsync(incoming, cancellationToken),
            CardContract.Verbs.CancelPreview => await previewGuard.CheckAsync(incoming, cancellationToken) ?? await dispatcher.CancelAsync(incoming, cancellationToken),
            _ => null,
        };
        // The answer stays in the dialog: the summary after 确认交办, or the preview again with what needs fixing.
        return Dialog(reply?.Card ?? PreviewCards.Notice("无法识别的操作", reply?.Text ?? "督办助手不认识这个操作，请关闭后重试。").ToJson());
    }

    private static MessagingExtensionActionResponse Dialog(System.Text.Json.Nodes.JsonObject card) => new()
    {
        Task = new TaskModuleContinueResponse
        {
            Value = new TaskModuleTaskInfo { Title = DialogTitle, Card = Replies.Attachment(DialogCards.ForDialog(card)), Height = "large", Width = "large" },
        },
    };

    private static bool IsShared(Activity activity) => activity.Conversation?.ConversationType is "groupChat" or "channel";

    /// <summary>The sender's own date: <c>localTimestamp</c> carries their offset; else the UTC timestamp in China time.
    /// The server clock is used only when Teams sent neither.</summary>
    private DateOnly LocalDateOf(Activity activity) =>
        activity.LocalTimestamp is { } local ? DateOnly.FromDateTime(local.DateTime)
        : ChinaTime.DateOf(activity.Timestamp ?? time.GetUtcNow());
}
