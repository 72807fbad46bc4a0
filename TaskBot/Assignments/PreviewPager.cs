using System.Globalization;
using System.Text.Json.Nodes;
using TaskBot.Cards;
using static TaskBot.Cards.CardContract;

namespace TaskBot.Assignments;

/// <summary>
/// A preview too long for one card is shown a page at a time (<see cref="PreviewCards.Preview"/>). 上一页 / 下一页
/// save the edits of the page they were clicked on and show the other page; 确认交办, clicked on any page, sends
/// only that page's inputs, so the items of the other pages are filled in from the stored preview
/// (<see cref="Complete"/>) before the dispatcher reads the form.
/// </summary>
public sealed class PreviewPager(PreviewStore previews, DirectoryCache directoryCache, PreviewActionGuard guard)
{
    public async Task<Reply> PageAsync(IncomingAction action, CancellationToken cancellationToken)
    {
        if (await guard.CheckAsync(action, cancellationToken) is { } refused) return refused;
        var preview = (await previews.GetAsync(Text(action.Data, PreviewIdKey) ?? "", cancellationToken))!;
        if (preview.Cancelled || preview.Outcome is not null)
            return Reply.Show(PreviewCards.Notice("预览已处理", preview.Cancelled ? "此预览已取消。" : "此预览已交办，发送「我的任务」查看。").ToJson());
        var directory = await directoryCache.GetAsync(cancellationToken);
        var edited = Dispatcher.ApplyEdits(preview, Complete(preview, action.Data));
        await previews.SaveAsync(edited, cancellationToken);
        var page = (int)Math.Clamp(Long(action.Data, PageKey) ?? 0, 0, int.MaxValue);
        return Reply.Show(PreviewCards.Preview(edited, directory, null, page).ToJson());
    }

    /// <summary>The click with the stored values of every item whose inputs were not on the clicked page.</summary>
    public async Task<IncomingAction> CompleteAsync(IncomingAction action, CancellationToken cancellationToken) =>
        await previews.GetAsync(Text(action.Data, PreviewIdKey) ?? "", cancellationToken) is { } preview
            ? action with { Data = Complete(preview, action.Data) }
            : action;

    public static JsonObject Complete(Preview preview, JsonObject data)
    {
        var full = data.DeepClone().AsObject();
        for (var i = 0; i < preview.Items.Count; i++)
        {
            if (OnPage(data, i)) continue;
            var item = preview.Items[i];
            full[Inputs.Lead(i)] = string.Join(",", item.Lead);
            full[Inputs.Co(i)] = string.Join(",", item.Co);
            for (var q = 0; q < item.Questions.Count; q++) full[Inputs.Pick(i, q)] = string.Join(",", item.Questions[q].Chosen);
            // An imported row still without a date stays without one: the dispatcher asks for it.
            if (!(preview.SourceFile is not null && item.DeadlineDefaulted))
                full[Inputs.Deadline(i)] = item.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            full[Inputs.Deliverable(i)] = item.Deliverable;
            if (item.Supervisor is not null) full[Inputs.Supervisor(i)] = item.Supervisor;
            full[Inputs.Include(i)] = item.Include ? "true" : "false";
        }
        return full;
    }

    /// <summary>An item was on the page when its required inputs came with the click.</summary>
    private static bool OnPage(JsonObject data, int i) =>
        data.ContainsKey(Inputs.Deadline(i)) || data.ContainsKey(Inputs.Deliverable(i)) || data.ContainsKey(Inputs.Include(i));
}
