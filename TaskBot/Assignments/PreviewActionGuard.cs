using TaskBot.Cards;
using TaskBot.Directory;
using static TaskBot.Cards.CardContract;

namespace TaskBot.Assignments;

/// <summary>
/// Checks a 确认交办 or 取消 click before <see cref="Dispatcher"/> sees it, and audits every refusal like a refused
/// task action: a preview id that does not exist, a person outside the directory or one who neither issued the
/// preview nor works in the 督查室, and a click whose version is missing or not the preview's (treated as stale).
/// The refusal shows a notice, never the preview itself, to someone who may not confirm it.
/// </summary>
public sealed class PreviewActionGuard(PreviewStore previews, DirectoryCache directoryCache, RefusalLog refusals, TimeProvider time)
{
    /// <summary>The refusal to show, or null when the click may go on to the dispatcher.</summary>
    public async Task<Reply?> CheckAsync(IncomingAction action, CancellationToken cancellationToken)
    {
        var directory = await directoryCache.GetAsync(cancellationToken);
        var actor = directory.FindPerson(action.AadObjectId ?? "");
        var previewId = Text(action.Data, PreviewIdKey);
        var version = Long(action.Data, VersionKey);
        var preview = await previews.GetAsync(previewId ?? "", cancellationToken);

        async Task<Reply> Refuse(string code, string title, string reason, ContainerStyle style = ContainerStyle.Attention)
        {
            var shownId = previewId is null ? "" : $"（预览 {PreviewBuilder.Shorten(previewId, 40)}）";
            await refusals.RecordAsync(new Refusal(time.GetUtcNow(), action.AadObjectId, actor?.Name, action.Verb, RefusalLog.NoTask, version, code,
                reason + shownId), cancellationToken);
            return Reply.Show(PreviewCards.Notice(title, reason, style).ToJson()) with { Refused = true };
        }

        if (actor is null) return await Refuse("UnknownPerson", "操作未执行", "您不在单位名录中，无法操作督办预览。如有疑问请联系督查室。");
        if (preview is null) return await Refuse("NotFound", "预览已失效", "找不到这份预览，请重新发送指令。", ContainerStyle.Warning);
        if (!(actor.MayIssue && (actor.AadObjectId == preview.IssuerAadObjectId || actor.Role == PersonRole.Office)))
            return await Refuse("NotPermitted", "操作未执行", action.Verb == Verbs.CancelPreview
                ? "只有发出指令的领导或督查室可以取消此预览。"
                : "只有发出指令的领导或督查室可以确认交办。");
        if (version is null || version != preview.Version)
            return await Refuse("StaleVersion", "操作未执行", "这张预览卡片已过期（缺少或不符的版本号），请重新发送指令后再确认。");
        return null;
    }
}
