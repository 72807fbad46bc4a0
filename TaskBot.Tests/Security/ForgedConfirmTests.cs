using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.Storage;
using TaskBot.Tests.EndToEnd;
using static TaskBot.Tests.EndToEnd.People;

namespace TaskBot.Tests.Security;

/// <summary>Issue 11, point 4: every refused 确认交办 / 取消 is audited; a click without a version is stale.</summary>
public sealed class ForgedConfirmTests : IAsyncLifetime
{
    private BotUnderTest bot = null!;
    public async Task InitializeAsync() { bot = await BotUnderTest.StartAsync(); await Flow.InstallEveryoneAsync(bot); }
    public async Task DisposeAsync() => await bot.DisposeAsync();

    private async Task<int> AuditedAsync() =>
        (await bot.App.Services.GetRequiredService<IRefusalStore>().GetRefusalsAsync(TaskBot.Assignments.RefusalLog.NoTask, default)).Count;

    [Fact]
    public async Task Eight_forged_confirm_clicks_are_each_refused_audited_and_logged_and_create_nothing()
    {
        var preview = await Flow.PreviewAsync(bot);
        var (_, data) = CardClient.Submit(preview, "dispatch");
        JsonObject With(Action<JsonObject> edit) { var d = data.DeepClone().AsObject(); edit(d); return d; }
        var forged = new (TeamsUser Who, string Verb, JsonObject Data)[]
        {
            (Stranger, "dispatch", data),                                           // not in the directory
            (FagaiChief, "dispatch", data),                                         // a chief
            (CaizhengChief, "cancelPreview", data),                                 // a chief cancelling
            (Leader, "dispatch", With(d => d["previewId"] = "p-made-up")),          // no such preview
            (Leader, "dispatch", With(d => d["previewId"] = "'; DROP TABLE x; --")),
            (Leader, "dispatch", With(d => d.Remove("version"))),                   // no version: stale
            (Leader, "dispatch", With(d => d["version"] = 99)),                     // a version never issued
            (Leader, "cancelPreview", With(d => d.Remove("version"))),
        };
        var logsBefore = bot.Logs.Count(l => l.StartsWith("Warning: Refused"));
        foreach (var (who, verb, d) in forged)
        {
            var (response, card) = await bot.InvokeAsync(who, verb, d.DeepClone().AsObject());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var json = Flow.Json(card);
            Assert.DoesNotContain("已交办", json);
            Assert.DoesNotContain("已取消", json);
            Assert.DoesNotContain("项目资金方案", json);   // a refusal never shows the preview's content
        }
        Assert.Equal(forged.Length, await AuditedAsync());
        Assert.Equal(forged.Length, bot.Logs.Count(l => l.StartsWith("Warning: Refused")) - logsBefore);
        Assert.Empty(await bot.Store.ListByPersonAsync(Leader.AadObjectId, 10, default));

        // The leader's own card still works.
        await Flow.ConfirmAsync(bot, preview);
    }

    [Fact]
    public async Task A_task_click_without_a_version_is_refused_as_stale_and_audited()
    {
        var (_, ids) = await Flow.ConfirmAsync(bot, await Flow.PreviewAsync(bot, "请县发改局牵头，于4月15日前报送防汛工作方案。"));
        var id = Assert.Single(ids);
        var (_, card) = await bot.InvokeAsync(FagaiChief, "ack", new JsonObject { ["taskId"] = id.ToString() });
        Assert.Contains("请刷新后再操作", Flow.Json(card));
        var task = await bot.Store.GetAsync(id, default);
        Assert.Equal(1, task!.Version);
        var audited = await bot.App.Services.GetRequiredService<IRefusalStore>().GetRefusalsAsync(id.ToString(), default);
        Assert.Contains(audited, r => r.Code == "StaleVersion");
    }
}
