using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.Storage;
using TaskBot.Tasks;
using TaskBot.Tests.EndToEnd;
using static TaskBot.Tests.EndToEnd.People;

namespace TaskBot.Tests.Security;

/// <summary>Issue 11, point 3: only the issuing leader, the task's supervisor or the 督查室 decide on a task.</summary>
public sealed class DecisionRightsTests : IAsyncLifetime
{
    private BotUnderTest bot = null!;
    public async Task InitializeAsync() { bot = await BotUnderTest.StartAsync(); await Flow.InstallEveryoneAsync(bot); await bot.InstallAsync(OtherLeader); }
    public async Task DisposeAsync() => await bot.DisposeAsync();

    private async Task<TaskId> SubmittedTaskAsync(IDictionary<string, string>? edits = null)
    {
        var (_, ids) = await Flow.ConfirmAsync(bot, await Flow.PreviewAsync(bot, "请县发改局牵头，于4月15日前报送防汛工作方案。"), edits);
        var id = Assert.Single(ids);
        var card = (await Flow.CardForAsync(bot, FagaiChief, id.ToString())).Card!;
        var (_, signed) = await bot.ClickAsync(FagaiChief, card, "ack");
        var (_, submitted) = await bot.ClickAsync(FagaiChief, signed!, "submit", new Dictionary<string, string> { ["submitSummary"] = "方案已报送" });
        Assert.Equal(DirectiveTaskStatus.Submitted, (await bot.Store.GetAsync(id, default))!.Status);
        return id;
    }

    private Task<(HttpResponseMessage, JsonObject?)> DecideAsync(TeamsUser who, TaskId id, string verb, JsonObject? extra = null)
    {
        var data = new JsonObject { ["taskId"] = id.ToString(), ["version"] = bot.Store.GetAsync(id, default).Result!.Version };
        foreach (var (k, v) in extra ?? []) data[k] = v?.DeepClone();
        return bot.InvokeAsync(who, verb, data);
    }

    [Fact]
    public async Task A_leader_who_neither_issued_nor_supervises_a_task_can_neither_confirm_nor_return_it_and_sees_no_decision_buttons()
    {
        var id = await SubmittedTaskAsync();
        var (_, complete) = await DecideAsync(OtherLeader, id, "complete");
        Assert.Contains("王建国、督办领导或督查室可以确认办结，钱立新不能", Flow.Json(complete));
        var (_, returned) = await DecideAsync(OtherLeader, id, "return", new JsonObject { ["returnReason"] = "重写" });
        Assert.Contains("只有交办此任务的王建国", Flow.Json(returned));
        Assert.Equal(DirectiveTaskStatus.Submitted, (await bot.Store.GetAsync(id, default))!.Status);
        var audited = await bot.App.Services.GetRequiredService<IRefusalStore>().GetRefusalsAsync(id.ToString(), default);
        Assert.Equal(2, audited.Count(r => r.Code == "NotPermitted"));

        // His view of the task offers no decision buttons; the 督查室 may decide.
        var mark = bot.Connector.Calls.Count;
        await bot.SayAsync(OtherLeader, $"任务 {id}");
        var detail = await Flow.CardForAsync(bot, OtherLeader, id.ToString(), mark);
        Assert.DoesNotContain("确认办结", string.Join(",", CardClient.Verbs(detail.Card!)));
        Assert.DoesNotContain("complete", CardClient.Verbs(detail.Card!));
        var (_, done) = await DecideAsync(Office, id, "complete");
        Assert.Contains("已确认办结", Flow.Json(done));
    }

    [Fact]
    public async Task The_tasks_supervisor_may_confirm_it()
    {
        var id = await SubmittedTaskAsync(new Dictionary<string, string> { ["t0.supervisor"] = "钱立新" });
        var (_, done) = await DecideAsync(OtherLeader, id, "complete");
        Assert.Equal(DirectiveTaskStatus.Completed, (await bot.Store.GetAsync(id, default))!.Status);
    }
}
