using TaskBot.Directives.OpenCalls;
using TaskBot.OpenCalls;
using TaskBot.Storage;
using static TaskBot.Tests.Tasks.TestData;

namespace TaskBot.Tests.Storage;

// Open calls (揭榜挂帅), on both stores: publication once per key, changes over the version read, applications and
// the audit trail kept beside the call, the messages a change causes recorded with it or not at all.
public abstract partial class StoreContract
{
    public static OpenCall CallDraft(DateOnly? signUp = null) => new()
    {
        Id = "",
        Title = "高山茶园病虫害绿色防控关键技术攻关",
        Goal = "高山茶园病虫害绿色防控关键技术攻关",
        Support = "给予最高30万元资金支持",
        SignUpDeadline = signUp ?? Today.AddDays(10),
        SignUpClosesAt = new DateTimeOffset((signUp ?? Today.AddDays(10)).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)),
        TermMonths = 12,
        TermText = "项目周期一年",
        Eligibility = CallEligibility.AllUnits,
        Publisher = Leader.Ref,
        PublishedAt = Now,
        SourceText = "揭榜挂帅：围绕高山茶园病虫害绿色防控关键技术攻关……",
        Status = OpenCallStatus.Open,
        Version = 0,
    };

    private static readonly ApplicationForm Plan = new("组建专班，三个月完成试验", "郑海涛", "形成技术规程", "试验田 50 亩", null);

    private static CallIntentsFor Note(string what) => call =>
    [
        new OutboxIntent
        {
            Key = $"callnote/{call.Id}/v{call.Version}/{what}", Partition = CallRows.Partition(call.Id), ConversationKey = "user:aad-leader",
            Summary = $"{what} {call.Version}", DueAt = Now,
        },
    ];

    [Fact]
    public async Task A_call_is_published_once_per_key_with_a_readable_id_its_event_and_its_messages()
    {
        var call = await Store.PublishCallAsync(CallDraft(), "publish:p1", Note("card"), None);
        var again = await Store.PublishCallAsync(CallDraft(), "publish:p1", Note("card"), None);
        var other = await Store.PublishCallAsync(CallDraft(), "publish:p2", null, None);

        Assert.Equal("JB-2026-000001", call.Id);
        Assert.Equal(call.Id, again.Id);
        Assert.Equal("JB-2026-000002", other.Id);
        var read = (await Store.GetCallAsync(call.Id, None))!;
        Assert.Equal((OpenCallStatus.Open, 1L, 12, "给予最高30万元资金支持", Leader.Ref), (read.Status, read.Version, read.TermMonths, read.Support, read.Publisher));
        Assert.Single(await Store.IntentsOfAsync(CallRows.Partition(call.Id), None));
        Assert.Equal([CallAction.Publish], (await Store.GetCallHistoryAsync(call.Id, None)).Select(e => e.Action));
        Assert.Equal([other.Id, call.Id], (await Store.ListCallsAsync(None)).Select(c => c.Id));
        Assert.Null(await Store.GetCallAsync("JB-2026-000099", None));
    }

    [Fact]
    public async Task Applications_are_one_per_unit_editable_and_withdrawable_and_each_change_is_audited_with_its_messages()
    {
        var call = await Store.PublishCallAsync(CallDraft(), "publish:p1", null, None);
        Assert.True((await Store.ApplyToCallAsync(call.Id, new ApplyToCall(GongxinChief, Plan), Note("applied"), None)).Succeeded);
        // The liaison of the same unit: a second application of the unit is refused, nothing written.
        var second = await Store.ApplyToCallAsync(call.Id, new ApplyToCall(GongxinLiaison, Plan), Note("second"), None);
        Assert.Equal(CallErrorCode.AlreadyApplied, second.Error!.Code);
        Assert.True((await Store.ApplyToCallAsync(call.Id, new EditApplication(GongxinLiaison, Plan with { Outcome = "技术规程和示范基地" }), null, None)).Succeeded);
        Assert.True((await Store.ApplyToCallAsync(call.Id, new ApplyToCall(CaizhengChief, Plan), null, None)).Succeeded);
        Assert.True((await Store.ApplyToCallAsync(call.Id, new WithdrawApplication(CaizhengChief), null, None)).Succeeded);

        var read = (await Store.GetCallAsync(call.Id, None))!;
        Assert.Equal(5, read.Version);
        Assert.Equal([Gongxin], read.Active.Select(a => a.Key));
        var gx = read.ApplicationOf(Gongxin)!;
        Assert.Equal(("技术规程和示范基地", GongxinLiaison.Ref), (gx.Form.Outcome, gx.Applicant));
        Assert.NotNull(read.ApplicationOf(Caizheng)!.WithdrawnAt);
        Assert.Equal([CallAction.Publish, CallAction.Apply, CallAction.EditApplication, CallAction.Apply, CallAction.WithdrawApplication],
            (await Store.GetCallHistoryAsync(call.Id, None)).Select(e => e.Action));
        Assert.Equal([$"callnote/{call.Id}/v2/applied"], (await Store.IntentsOfAsync(CallRows.Partition(call.Id), None)).Select(i => i.Key));
    }

    [Fact]
    public async Task After_the_sign_up_deadline_nobody_applies_the_call_closes_once_and_only_its_leader_chooses()
    {
        var call = await Store.PublishCallAsync(CallDraft(Today), "publish:p1", null, None);
        Assert.True((await Store.ApplyToCallAsync(call.Id, new ApplyToCall(GongxinChief, Plan), null, None)).Succeeded);
        Time.Advance(TimeSpan.FromDays(1));

        Assert.Equal(CallErrorCode.SignUpClosed, (await Store.ApplyToCallAsync(call.Id, new ApplyToCall(ShangwuChief, Plan), null, None)).Error!.Code);
        Assert.True((await Store.ApplyToCallAsync(call.Id, new CloseSignUp(OpenCallLifecycle.System), Note("choice"), None)).Succeeded);
        Assert.False((await Store.ApplyToCallAsync(call.Id, new CloseSignUp(OpenCallLifecycle.System), Note("choice-again"), None)).Succeeded);
        Assert.Equal(CallErrorCode.NotPermitted,
            (await Store.ApplyToCallAsync(call.Id, new ChooseWinners(GongxinChief, [Gongxin], ["DB-2026-000001"], 1), null, None)).Error!.Code);
        var chosen = await Store.ApplyToCallAsync(call.Id, new ChooseWinners(Leader, [Gongxin], ["DB-2026-000001"], 1), Note("thanks"), None);
        Assert.True(chosen.Succeeded, chosen.Error?.Message);

        var read = (await Store.GetCallAsync(call.Id, None))!;
        Assert.Equal(OpenCallStatus.Awarded, read.Status);
        Assert.Equal([Gongxin], read.Winners);
        Assert.Equal(["DB-2026-000001"], read.TaskIds);
        Assert.Equal(2, (await Store.IntentsOfAsync(CallRows.Partition(call.Id), None)).Count);   // the choice card and the thanks, once each
    }

    [Fact]
    public async Task Two_instances_changing_one_call_at_once_both_succeed_on_fresh_data()
    {
        var call = await Store.PublishCallAsync(CallDraft(), "publish:p1", null, None);
        var other = OpenInstance();
        var results = await Task.WhenAll(
            Store.ApplyToCallAsync(call.Id, new ApplyToCall(GongxinChief, Plan), null, None),
            other.ApplyToCallAsync(call.Id, new ApplyToCall(CaizhengChief, Plan), null, None),
            Store.ApplyToCallAsync(call.Id, new ApplyToCall(ShangwuChief, Plan), null, None));
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.Message));
        var read = (await Store.GetCallAsync(call.Id, None))!;
        Assert.Equal((4L, 3), (read.Version, read.Active.Count()));
    }
}
