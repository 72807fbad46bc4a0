using TaskBot.Cards;
using TaskBot.Directives.OpenCalls;
using TaskBot.OpenCalls;
using TaskBot.Tests.Storage;
using static TaskBot.Tests.Tasks.TestData;

namespace TaskBot.Tests.OpenCalls;

/// <summary>The rules of an open call, and its cards' size and escaping, without a store.</summary>
public sealed class OpenCallLifecycleTests
{
    private static readonly ApplicationForm Plan = new("组建专班", "郑海涛", "技术规程", "", null);
    private static OpenCall Open(CallEligibility who = CallEligibility.AllUnits, IReadOnlyList<string>? units = null) =>
        StoreContract.CallDraft() with { Id = "JB-2026-000001", Status = OpenCallStatus.Open, Version = 1, Eligibility = who, EligibleUnits = units ?? [] };

    private static OpenCall Must(CallResult r) { Assert.True(r.Succeeded, r.Error?.Message); return r.Call!; }

    [Fact]
    public void Who_may_apply_follows_the_call_and_the_directory_role_never_the_card()
    {
        var listed = Open(CallEligibility.ListedUnits, [Gongxin]);
        Assert.True(OpenCallLifecycle.Apply(listed, new ApplyToCall(GongxinChief, Plan), Now).Succeeded);
        var outside = OpenCallLifecycle.Apply(listed, new ApplyToCall(CaizhengChief, Plan), Now);
        Assert.Equal(CallErrorCode.NotPermitted, outside.Error!.Code);
        Assert.Contains("只接受县工业和信息化局揭榜", outside.Error.Message);
        Assert.Equal(CallErrorCode.NotPermitted, OpenCallLifecycle.Apply(Open(), new ApplyToCall(Leader, Plan), Now).Error!.Code);
        // Open to anyone: one application per person, a leader included.
        var anyone = Must(OpenCallLifecycle.Apply(Open(CallEligibility.Anyone), new ApplyToCall(Leader, Plan), Now));
        Assert.Equal("person:aad-leader", anyone.Applications.Single().Key);
        Assert.True(OpenCallLifecycle.Apply(anyone, new ApplyToCall(GongxinChief, Plan), Now).Succeeded);
        Assert.Equal(CallErrorCode.AlreadyApplied, OpenCallLifecycle.Apply(anyone, new ApplyToCall(Leader, Plan), Now).Error!.Code);
    }

    [Theory]
    [InlineData("", "郑海涛", "成果", null, "请填写方案摘要。")]
    [InlineData("方案", " ", "成果", null, "请填写团队负责人。")]
    [InlineData("方案", "郑海涛", "成果", "javascript:alert(1)", "附件链接应以 https:// 开头。")]
    public void A_bad_application_is_refused_with_a_clear_message_and_nothing_changes(string plan, string lead, string outcome, string? link, string message)
    {
        var call = Open();
        var r = OpenCallLifecycle.Apply(call, new ApplyToCall(GongxinChief, new ApplicationForm(plan, lead, outcome, "", link)), Now);
        Assert.Equal((CallErrorCode.Invalid, message), (r.Error!.Code, r.Error.Message));
        Assert.Null(r.Call);
    }

    [Fact]
    public void Extending_a_closed_call_opens_a_new_round_and_a_choice_from_the_old_round_is_stale()
    {
        var applied = Must(OpenCallLifecycle.Apply(Open(), new ApplyToCall(GongxinChief, Plan), Now));
        var after = applied.SignUpClosesAt.AddMinutes(1);
        var closed = Must(OpenCallLifecycle.Apply(applied, new CloseSignUp(OpenCallLifecycle.System), after));
        Assert.Equal(CallErrorCode.NotPermitted, OpenCallLifecycle.Apply(closed, new ExtendSignUp(GongxinChief, Today.AddDays(20), after.AddDays(10)), after).Error!.Code);
        var extended = Must(OpenCallLifecycle.Apply(closed, new ExtendSignUp(Leader, Today.AddDays(20), after.AddDays(10)), after));
        Assert.Equal((OpenCallStatus.Open, 2, Today.AddDays(20)), (extended.Status, extended.Round, extended.SignUpDeadline));
        Assert.True(OpenCallLifecycle.Apply(extended, new ApplyToCall(CaizhengChief, Plan), after).Succeeded);
        var reclosed = Must(OpenCallLifecycle.Apply(extended, new CloseSignUp(OpenCallLifecycle.System), after.AddDays(11)));
        Assert.Equal(CallErrorCode.StaleVersion, OpenCallLifecycle.Apply(reclosed, new ChooseWinners(Leader, [Gongxin], ["DB-2026-000001"], 1), after.AddDays(11)).Error!.Code);
        Assert.True(OpenCallLifecycle.Apply(reclosed, new ChooseWinners(Office, [Gongxin], ["DB-2026-000001"], 2), after.AddDays(11)).Succeeded);
        var withdrawn = Must(OpenCallLifecycle.Apply(reclosed, new WithdrawCall(Leader, "需求已覆盖"), after.AddDays(11)));
        Assert.Equal(OpenCallStatus.Withdrawn, withdrawn.Status);
        Assert.Equal(CallErrorCode.Invalid, OpenCallLifecycle.Apply(withdrawn, new ExtendSignUp(Leader, Today.AddDays(40), after.AddDays(30)), after.AddDays(11)).Error!.Code);
    }

    [Fact]
    public void Cards_stay_under_the_size_limit_and_show_user_text_escaped()
    {
        var hostile = "[点我](https://evil.example) **粗体** <b>x</b> " + new string('长', 1200);
        var call = Open() with { Title = hostile[..60], Goal = hostile[..500], Support = hostile[..200] };
        for (var i = 0; i < 60; i++)
            call = call with { Applications = [.. call.Applications, new CallApplication($"单位{i}", $"单位{i}", GongxinChief.Ref, new ApplicationForm(hostile[..1000], "负责人", hostile[..500], hostile[..500], "https://example.gov.cn/a.pdf"), Now)] };
        var closed = call with { Status = OpenCallStatus.Closed };
        foreach (var card in new[] { OpenCallCards.Board(call), OpenCallCards.Choice(closed), OpenCallCards.Mine(call, call.Applications[0], CardBanner.Done("已提交")),
                     OpenCallCards.List(Enumerable.Repeat(call, 40).ToList()), OpenCallCards.Thanks(call, call.Applications[0], [hostile[..300]]) })
        {
            var json = card.ToJson();
            Assert.True(AdaptiveCard.SizeOf(json) < 28_000, $"{AdaptiveCard.SizeOf(json)} bytes");
            Assert.DoesNotContain("](https://evil", json.ToJsonString());
            Assert.DoesNotContain("**粗体**", json.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        }
        Assert.Contains("另有", OpenCallCards.Choice(closed).ToJson().ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
