using TaskBot.Delivery;
using TaskBot.Storage;
using TaskBot.Tasks;
using static TaskBot.Tests.Tasks.TestData;

namespace TaskBot.Tests.Storage;

// The transactional outbox, on both stores: the intents a change causes are recorded with it, or not at all.
public abstract partial class StoreContract
{
    private static IntentsFor CardsToUnits(DateTimeOffset due) => task => task.Units
        .Select(u => new OutboxIntent
        {
            Key = OutboxKeys.Assign(task.Id, u.Unit, task.Version, $"aad-{u.Unit}"),
            Partition = task.Id.ToString(),
            ConversationKey = $"user:aad-{u.Unit}",
            Summary = $"新督办任务 {task.Id}",
            CardJson = """{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"请签收：差异化支持政策初稿"}]}""",
            DueAt = due,
        }).ToList();

    [Fact]
    public async Task Creating_tasks_records_their_cards_to_send_in_the_same_write_and_a_retry_records_none_twice()
    {
        var result = await Store.CreateTasksAsync([NewDraft(), NewDraft(Shangwu, [])], Leader, "dispatch:p1", CardsToUnits(Now), None);
        Assert.True(result.Succeeded);

        var pending = await Store.PendingIntentsAsync(Now.AddSeconds(1), 100, None);
        Assert.Equal(4, pending.Count);   // 工信局 + 财政局 + 金融办, and 商务局
        Assert.Contains(pending, i => i.Key == $"assign/{result.Tasks[0].Id}/{Gongxin}/v1/aad-{Gongxin}" && i.CardJson!.Contains("请签收"));
        Assert.All(pending, i => Assert.Equal(OutboxState.Pending, i.State));

        // The same dispatch again (a crash before the claim was completed): the same tasks, no second set of cards.
        var again = await Store.CreateTasksAsync([NewDraft(), NewDraft(Shangwu, [])], Leader, "dispatch:p1", CardsToUnits(Now), None);
        Assert.Equal(result.Tasks.Select(t => t.Id), again.Tasks.Select(t => t.Id));
        Assert.Equal(4, (await Store.PendingIntentsAsync(Now.AddSeconds(1), 100, None)).Count);
        Assert.Equal(3, (await Store.IntentsOfAsync(result.Tasks[0].Id.ToString(), None)).Count);
    }

    [Fact]
    public async Task A_refused_change_records_no_message_and_an_accepted_one_records_its_own()
    {
        var task = (await Store.CreateTasksAsync([NewDraft()], Leader, None)).Tasks.Single();
        IntentsFor note = t => [new OutboxIntent
        {
            Key = OutboxKeys.Note(t.Id, t.Version, Leader.AadObjectId), Partition = t.Id.ToString(),
            ConversationKey = $"user:{Leader.AadObjectId}", Summary = "县工业和信息化局 郑海涛 签收", Text = "县工业和信息化局 郑海涛 签收", DueAt = Now,
        }];

        var refused = await Store.ApplyAsync(task.Id, new AcknowledgeTask(ShangwuChief, Shangwu), note, None);   // not its unit
        Assert.False(refused.Succeeded);
        Assert.Empty(await Store.IntentsOfAsync(task.Id.ToString(), None));

        var signed = await Store.ApplyAsync(task.Id, new AcknowledgeTask(GongxinChief, Gongxin), note, None);
        Assert.True(signed.Succeeded);
        var intent = Assert.Single(await Store.IntentsOfAsync(task.Id.ToString(), None));
        Assert.Equal($"note/{task.Id}/v2/aad-leader", intent.Key);
        Assert.Equal("县工业和信息化局 郑海涛 签收", intent.Text);
    }

    [Fact]
    public async Task A_sent_message_is_no_longer_pending_and_a_retry_waits_for_its_time()
    {
        var task = (await Store.CreateTasksAsync([NewDraft()], Leader, "dispatch:p2", CardsToUnits(Now), None)).Tasks.Single();
        var intents = await Store.IntentsOfAsync(task.Id.ToString(), None);
        Assert.Equal(3, intents.Count);

        await Store.UpdateIntentAsync(intents[0] with { State = OutboxState.Sent, ActivityId = "activity-7", Attempts = 1, Result = "sent:1" }, None);
        await Store.UpdateIntentAsync(intents[1] with { Attempts = 1, DueAt = Now.AddMinutes(5), Result = "failed:500" }, None);
        await Store.UpdateIntentAsync(intents[2] with { State = OutboxState.Undeliverable, Result = "unreachable:404" }, None);

        Assert.Empty(await Store.PendingIntentsAsync(Now.AddSeconds(1), 100, None));
        var later = Assert.Single(await Store.PendingIntentsAsync(Now.AddMinutes(6), 100, None));
        Assert.Equal(intents[1].Key, later.Key);
        Assert.Equal(1, later.Attempts);
        var sent = await Store.GetIntentAsync(task.Id.ToString(), intents[0].Key, None);
        Assert.Equal("activity-7", sent!.ActivityId);

        // Recording the same intent again (a re-click, a second instance) keeps what was recorded: no second send.
        await Store.AddIntentsAsync([intents[0]], None);
        Assert.Equal(OutboxState.Sent, (await Store.GetIntentAsync(task.Id.ToString(), intents[0].Key, None))!.State);
    }

    [Fact]
    public async Task Messages_that_belong_to_no_task_are_recorded_once_and_found_when_due()
    {
        var status = new OutboxIntent
        {
            Key = OutboxKeys.DispatchStatus("p3"), Partition = OutboxKeys.DispatchPartition("p3"), ConversationKey = "user:aad-leader",
            Summary = "已交办 2 项", UpdateActivityId = "activity-1", DueAt = Now,
        };
        await Store.AddIntentsAsync([status], None);
        await Store.AddIntentsAsync([status with { Summary = "changed" }], None);
        var found = Assert.Single(await Store.PendingIntentsAsync(Now.AddSeconds(1), 100, None));
        Assert.Equal("已交办 2 项", found.Summary);
        Assert.Equal("activity-1", found.UpdateActivityId);
        Assert.Equal("status", found.Kind);
    }
}

public abstract partial class StoreContract
{
    /// <summary>The sending turn: one instance sends at a time; it renews its lease, and another takes over only
    /// when the holder stops renewing (it died).</summary>
    [Fact]
    public async Task One_instance_holds_the_sending_turn_renews_it_and_another_takes_over_only_when_it_lapses()
    {
        var lease = TimeSpan.FromSeconds(10);
        Assert.True(await Store.TryHoldAsync(SendingTurn.Key, "instance-a", lease, None));
        Assert.False(await Store.TryHoldAsync(SendingTurn.Key, "instance-b", lease, None));
        Time.Advance(TimeSpan.FromSeconds(6));
        Assert.True(await Store.TryHoldAsync(SendingTurn.Key, "instance-a", lease, None));    // renewed: 10 s from now
        Time.Advance(TimeSpan.FromSeconds(6));
        Assert.False(await Store.TryHoldAsync(SendingTurn.Key, "instance-b", lease, None));   // still a's (renewed)
        Time.Advance(TimeSpan.FromSeconds(5));                                                // a stopped renewing
        Assert.True(await Store.TryHoldAsync(SendingTurn.Key, "instance-b", lease, None));
        Assert.False(await Store.TryHoldAsync(SendingTurn.Key, "instance-a", lease, None));   // a, back, waits its turn

        // Through SendingTurn, as two processes would use it.
        var a = new SendingTurn(Store, lease, Time);
        var b = new SendingTurn(Store, lease, Time);
        Time.Advance(TimeSpan.FromSeconds(11));
        Assert.True(await a.IsMineAsync(None));
        Assert.False(await b.IsMineAsync(None));
        for (var i = 0; i < 5; i++)
        {
            Time.Advance(TimeSpan.FromSeconds(3));
            Assert.True(await a.IsMineAsync(None));    // a keeps sending, renewing as it goes
            Assert.False(await b.IsMineAsync(None));
        }
        Time.Advance(TimeSpan.FromSeconds(11));        // a died
        Assert.True(await b.IsMineAsync(None));
    }
}
