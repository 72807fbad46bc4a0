using Microsoft.Extensions.Time.Testing;
using TaskBot.Directory;
using TaskBot.Storage;
using TaskBot.Tasks;
using static TaskBot.Tests.Tasks.TestData;

namespace TaskBot.Tests.Storage;

/// <summary>
/// What every store must do, run once per backend (SQLite in a temp folder, Azure Tables on Azurite). Each test
/// gets empty storage with the test county's directory imported.
/// </summary>
public abstract partial class StoreContract : IAsyncLifetime
{
    protected readonly FakeTimeProvider Time = new(Now);
    protected IStorageBackend Store = null!;
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>A new store instance over the same storage: a second process's worth of client.</summary>
    protected abstract IStorageBackend OpenInstance();

    public virtual async Task InitializeAsync()
    {
        Store = OpenInstance();
        await Store.ImportDirectoryAsync(County, None);
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    private async Task<DirectiveTask> CreateAsync(TaskDraft? draft = null, Person? issuer = null)
    {
        var result = await Store.CreateTasksAsync([draft ?? NewDraft()], issuer ?? Leader, None);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Tasks.Single();
    }

    private async Task<DirectiveTask> ApplyAsync(DirectiveTask task, TaskCommand command)
    {
        var result = await Store.ApplyAsync(task.Id, command, None);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Task!;
    }

    [Fact]
    public async Task Created_tasks_read_back_whole_with_consecutive_readable_ids()
    {
        var created = await Store.CreateTasksAsync([NewDraft("工信局"), NewDraft(Shangwu, [])], Leader, None);

        Assert.Equal(["DB-2026-000001", "DB-2026-000002"], created.Tasks.Select(t => t.Id.ToString()));
        var read = (await Store.GetAsync(created.Tasks[0].Id, None))!;
        Assert.Equal(Gongxin, read.LeadUnits.Single().Unit);            // stored under the canonical name
        Assert.Equal([Caizheng, Jinrong], read.CoLeadUnits.Select(u => u.Unit));
        Assert.Equal("工信局牵头，会同财政局、金融办在一个月内拿出差异化支持政策初稿", read.SourceText);
        Assert.Equal(new SourceSpan(0, 31), read.SourceSpan);
        Assert.Equal(new Deadline(new DateOnly(2026, 10, 10), "一个月内"), read.Deadline);
        Assert.Equal("差异化支持政策初稿", read.Deliverable);
        Assert.Equal(Leader.Ref, read.IssuedBy);
        Assert.Equal(Now, read.IssuedAt);
        Assert.Equal(Office.Ref, read.Supervisor);
        Assert.Equal(DirectiveTaskStatus.Assigned, read.Status);
        Assert.Equal(1, read.Version);
        var history = await Store.GetHistoryAsync(read.Id, None);
        Assert.Equal(TaskAction.Create, history.Single().Action);
    }

    [Fact]
    public async Task A_draft_naming_a_unit_missing_from_the_directory_creates_nothing_and_says_which()
    {
        var result = await Store.CreateTasksAsync([NewDraft(), NewDraft("县宇宙局")], Leader, None);

        Assert.Equal(TaskErrorCode.UnknownUnit, result.Error!.Code);
        Assert.Equal("单位名录中没有「县宇宙局」，请选择名录中的单位。", result.Error.Message);
        Assert.Empty(await Store.ListOpenByUnitAsync(Gongxin, None));
        Assert.Equal("DB-2026-000001", (await CreateAsync()).Id.ToString());   // no id was used up either
    }

    [Fact]
    public async Task An_unknown_task_id_is_a_typed_answer_not_an_exception()
    {
        var id = TaskId.Parse("DB-2026-009999");
        Assert.Null(await Store.GetAsync(id, None));
        var result = await Store.ApplyAsync(id, new AcknowledgeTask(GongxinChief, Gongxin), None);
        Assert.Equal(TaskErrorCode.NotFound, result.Error!.Code);
        Assert.Equal("找不到任务 DB-2026-009999。", result.Error.Message);
        Assert.Empty(await Store.GetHistoryAsync(id, None));
    }

    [Fact]
    public async Task A_units_open_tasks_include_co_led_ones_by_deadline_and_leave_out_finished_ones()
    {
        var later = await CreateAsync(NewDraft(Gongxin, [Caizheng], Today.AddDays(40)));
        var sooner = await CreateAsync(NewDraft(Caizheng, [Gongxin], Today.AddDays(5)));
        var cancelled = await CreateAsync(NewDraft(Gongxin, []));
        await ApplyAsync(cancelled, new CancelTask(Office, "重复交办"));
        await CreateAsync(NewDraft(Shangwu, []));

        Assert.Equal([sooner.Id, later.Id], (await Store.ListOpenByUnitAsync(Gongxin, None)).Select(t => t.Id));
        Assert.Empty(await Store.ListOpenByUnitAsync(Jinrong, None));
    }

    [Fact]
    public async Task A_persons_tasks_are_those_they_issued_or_supervise_newest_first()
    {
        var first = await CreateAsync();
        Time.Advance(TimeSpan.FromMinutes(5));
        var second = await CreateAsync(NewDraft() with { Supervisor = null }, Office);
        Time.Advance(TimeSpan.FromMinutes(5));
        var third = await CreateAsync(NewDraft() with { Supervisor = null });

        Assert.Equal([third.Id, first.Id], (await Store.ListByPersonAsync(Leader.AadObjectId, 10, None)).Select(t => t.Id));
        Assert.Equal([second.Id, first.Id], (await Store.ListByPersonAsync(Office.AadObjectId, 10, None)).Select(t => t.Id));
        Assert.Single(await Store.ListByPersonAsync(Leader.AadObjectId, 1, None));
    }

    [Fact]
    public async Task Tasks_past_their_deadline_are_found_per_unit_and_overall()
    {
        var overdue = await CreateAsync(NewDraft(Gongxin, [Caizheng], Today.AddDays(-3)));
        var overdueElsewhere = await CreateAsync(NewDraft(Shangwu, [], Today.AddDays(-40)));
        await CreateAsync(NewDraft(Gongxin, [], Today.AddDays(3)));
        var done = await CreateAsync(NewDraft(Gongxin, [], Today.AddDays(-10)));
        await ApplyAsync(done, new CancelTask(Office, "不再需要"));

        Assert.Equal([overdue.Id], (await Store.ListDeadlineBeforeAsync(Today, Caizheng, None)).Select(t => t.Id));
        Assert.Equal([overdueElsewhere.Id, overdue.Id], (await Store.ListDeadlineBeforeAsync(Today, null, None)).Select(t => t.Id));
    }

    [Fact]
    public async Task Due_reminders_come_earliest_first_and_only_those_due()
    {
        var late = await CreateAsync(NewDraft(next: Now.AddMinutes(-5)));
        var early = await CreateAsync(NewDraft(next: Now.AddDays(-2)));
        var future = await CreateAsync(NewDraft(next: Now.AddHours(1)));
        await CreateAsync(NewDraft());

        Assert.Equal([early.Id, late.Id], (await Store.QueryDueAsync(Now, 100, None)).Select(t => t.Id));
        Assert.Equal([early.Id], (await Store.QueryDueAsync(Now, 1, None)).Select(t => t.Id));

        Assert.True(await Store.SetNextReminderAsync(early.Id, Now.AddDays(1), None));
        Assert.True(await Store.SetNextReminderAsync(future.Id, Now.AddMinutes(-1), None));
        Assert.Equal([late.Id, future.Id], (await Store.QueryDueAsync(Now, 100, None)).Select(t => t.Id));
        Assert.Equal(1, (await Store.GetAsync(early.Id, None))!.Version);   // planning a reminder is not a change of the task
        Assert.False(await Store.SetNextReminderAsync(TaskId.Parse("DB-2026-000999"), Now, None));
    }

    [Fact]
    public async Task A_cancelled_task_stops_being_due()
    {
        var task = await CreateAsync(NewDraft(next: Now.AddMinutes(-5)));
        await ApplyAsync(task, new CancelTask(Office, "已撤销"));
        Assert.Empty(await Store.QueryDueAsync(Now, 100, None));
    }

    [Fact]
    public async Task A_tasks_whole_life_is_in_its_history_in_order_with_who_and_the_values_before_and_after()
    {
        var task = await CreateAsync();
        task = await ApplyAsync(task, new AcknowledgeTask(GongxinChief, Gongxin));
        Time.Advance(TimeSpan.FromHours(1));
        task = await ApplyAsync(task, new ReportProgress(GongxinLiaison, Gongxin, 30, "已起草框架"));
        task = await ApplyAsync(task, new RequestExtension(GongxinChief, Gongxin, Today.AddMonths(2), "需征求省厅意见"));
        task = await ApplyAsync(task, new ApproveExtension(Leader, "同意延期"));
        task = await ApplyAsync(task, new SubmitTask(GongxinChief, Gongxin, "初稿已报送", "https://example.invalid/a"));
        task = await ApplyAsync(task, new ReturnTask(Office, "缺少资金测算"));
        task = await ApplyAsync(task, new SubmitTask(GongxinChief, Gongxin, "已补充资金测算"));
        task = await ApplyAsync(task, new CompleteTask(Leader, "同意办结"));

        Assert.Equal(DirectiveTaskStatus.Completed, (await Store.GetAsync(task.Id, None))!.Status);
        var history = await Store.GetHistoryAsync(task.Id, None);
        Assert.Equal(
            [TaskAction.Create, TaskAction.Acknowledge, TaskAction.ReportProgress, TaskAction.RequestExtension, TaskAction.ApproveExtension,
             TaskAction.Submit, TaskAction.Return, TaskAction.Submit, TaskAction.Complete],
            history.Select(e => e.Action));
        Assert.Equal(Enumerable.Range(1, 9).Select(v => (long)v), history.Select(e => e.Version));
        var progress = history[2];
        Assert.Equal(GongxinLiaison.Ref, progress.Actor);
        Assert.Equal(Now.AddHours(1), progress.At);
        Assert.Equal(Gongxin, progress.Unit);
        Assert.Contains(new FieldChange("status", "已签收", "办理中"), progress.Changes);
        Assert.Contains(new FieldChange("deadline", "2026-10-10", "2026-11-10"), history[4].Changes);
        Assert.Equal("缺少资金测算", history[6].Note);
    }

    [Fact]
    public async Task A_forbidden_transition_is_refused_with_the_reason_and_changes_nothing()
    {
        var task = await CreateAsync();
        var result = await Store.ApplyAsync(task.Id, new CompleteTask(Leader), None);

        Assert.Equal(TaskErrorCode.IllegalTransition, result.Error!.Code);
        Assert.Equal("任务 DB-2026-000001 当前状态为「已交办」，不能确认办结。", result.Error.Message);
        Assert.Equal(1, (await Store.GetAsync(task.Id, None))!.Version);
        Assert.Single(await Store.GetHistoryAsync(task.Id, None));
    }

    [Fact]
    public async Task A_click_on_a_card_older_than_the_task_is_refused_as_stale()
    {
        var task = await CreateAsync();
        await ApplyAsync(task, new AcknowledgeTask(GongxinChief, Gongxin));
        var result = await Store.ApplyAsync(task.Id, new AcknowledgeTask(CaizhengChief, Caizheng) { ExpectedVersion = 1 }, None);
        Assert.Equal(TaskErrorCode.StaleVersion, result.Error!.Code);
    }

    [Fact]
    public async Task Reassigning_through_the_store_resolves_units_from_the_stored_directory()
    {
        var task = await CreateAsync();
        task = await ApplyAsync(task, new DisputeTask(JinrongChief, Jinrong, "不属于本单位职责"));
        task = await ApplyAsync(task, new ReassignTask(Office, ["工信局"], ["商务局"]));
        Assert.Equal([Gongxin, Shangwu], task.Units.Select(u => u.Unit));
        Assert.Single(await Store.ListOpenByUnitAsync(Shangwu, None));
        Assert.Empty(await Store.ListOpenByUnitAsync(Jinrong, None));
    }

    [Fact]
    public async Task Fifty_parallel_progress_reports_through_two_store_instances_are_all_kept()
    {
        var task = await CreateAsync();
        await ApplyAsync(task, new AcknowledgeTask(GongxinChief, Gongxin));
        var other = OpenInstance();
        var results = await Task.WhenAll(Enumerable.Range(1, 50).Select(i => Task.Run(() =>
            (i % 2 == 0 ? Store : other).ApplyAsync(task.Id, new ReportProgress(GongxinChief, Gongxin, i, $"第{i}次反馈"), None))));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.Message));
        var history = await Store.GetHistoryAsync(task.Id, None);
        var notes = history.Where(e => e.Action == TaskAction.ReportProgress).Select(e => e.Note!).ToHashSet();
        Assert.Equal(Enumerable.Range(1, 50).Select(i => $"第{i}次反馈").ToHashSet(), notes);
        Assert.Equal(Enumerable.Range(1, 52).Select(v => (long)v), history.Select(e => e.Version));
        Assert.Equal(52, (await other.GetAsync(task.Id, None))!.Version);
    }

    [Fact]
    public async Task A_key_is_claimed_once_released_on_failure_and_never_again_once_completed()
    {
        var lease = TimeSpan.FromMinutes(5);
        Assert.True(await Store.TryClaimAsync("reminder/DB-2026-000001#县财政局?due:2026-09-10", lease, None));
        Assert.False(await Store.TryClaimAsync("reminder/DB-2026-000001#县财政局?due:2026-09-10", lease, None));

        Assert.True(await Store.TryClaimAsync("k2", lease, None));
        await Store.ReleaseClaimAsync("k2", None);    // the send failed: a later sweep may try again
        Assert.True(await Store.TryClaimAsync("k2", lease, None));
        await Store.CompleteClaimAsync("k2", "DB-2026-000001,DB-2026-000002", None);
        await Store.ReleaseClaimAsync("k2", None);    // a completed claim is not released
        Time.Advance(TimeSpan.FromDays(1));
        Assert.False(await Store.TryClaimAsync("k2", lease, None));
        var claim = (await Store.GetClaimAsync("k2", None))!;
        Assert.True(claim.Completed);
        Assert.Equal("DB-2026-000001,DB-2026-000002", claim.Result);
        Assert.Null(await Store.GetClaimAsync("never", None));
    }

    [Fact]
    public async Task A_claim_whose_holder_died_can_be_taken_over_after_its_lease()
    {
        Assert.True(await Store.TryClaimAsync("k", TimeSpan.FromMinutes(5), None));
        Time.Advance(TimeSpan.FromMinutes(4));
        Assert.False(await Store.TryClaimAsync("k", TimeSpan.FromMinutes(5), None));
        Time.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await Store.TryClaimAsync("k", TimeSpan.FromMinutes(5), None));
        Assert.False(await Store.TryClaimAsync("k", TimeSpan.FromMinutes(5), None));
    }

    [Fact]
    public async Task Of_twenty_racing_claimants_on_two_instances_exactly_one_wins()
    {
        var other = OpenInstance();
        var wins = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            (i % 2 == 0 ? Store : other).TryClaimAsync("dispatch:preview-42", TimeSpan.FromMinutes(5), None))));
        Assert.Equal(1, wins.Count(w => w));
    }

    [Fact]
    public async Task A_conversation_reference_is_kept_as_given_and_replaced_by_a_newer_one()
    {
        Assert.Null(await Store.GetConversationReferenceAsync("user:aad-gx", None));
        await Store.SaveConversationReferenceAsync("user:aad-gx", """{"conversation":{"id":"a:1"}}""", None);
        await Store.SaveConversationReferenceAsync("channel:19:abc@thread.tacv2", """{"conversation":{"id":"19:abc"}}""", None);
        await Store.SaveConversationReferenceAsync("user:aad-gx", """{"conversation":{"id":"a:2"},"name":"郑海涛"}""", None);
        Assert.Equal("""{"conversation":{"id":"a:2"},"name":"郑海涛"}""", await Store.GetConversationReferenceAsync("user:aad-gx", None));
        Assert.Equal("""{"conversation":{"id":"19:abc"}}""", await Store.GetConversationReferenceAsync("channel:19:abc@thread.tacv2", None));
    }

    [Fact]
    public async Task Importing_the_same_directory_twice_changes_nothing_the_second_time()
    {
        var file = DirectoryCsv.Parse(System.Text.Encoding.UTF8.GetBytes(
            "unit,aliases,person,aad_object_id,role\n" +
            "县发改局,发改局|县发展和改革局,周志强,aad-fg,chief\n" +
            "县财政局,财政局|县财政,冯国庆,aad-cz,chief\n" +      // alias added, same person
            "县水利局,水利局,施洋,aad-sl,boss\n"));                // bad row: skipped, reported
        Assert.Single(file.Problems);

        var first = await Store.ImportDirectoryAsync(file.Directory!, None);
        Assert.Equal((1, 1, 1, 0), (first.UnitsAdded, first.UnitsUpdated, first.PeopleAdded, first.PeopleUpdated));
        var second = await Store.ImportDirectoryAsync(file.Directory!, None);
        Assert.True(second.IsEmpty);

        var directory = await OpenInstance().GetDirectoryAsync(None);
        Assert.Equal("县发改局", directory.ResolveUnit("发改局")!.Name);
        Assert.Equal("县财政局", directory.ResolveUnit("县财政")!.Name);
        Assert.Equal("郑海涛", directory.FindPerson("aad-gx")!.Name);   // earlier people are kept
        Assert.Null(directory.FindUnit("县水利局"));
    }

    [Fact]
    public async Task Refused_actions_are_kept_per_task_in_order_and_apart_from_the_history()
    {
        var task = await CreateAsync();
        var id = task.Id.ToString();
        await Store.RecordRefusalAsync(new RefusedAction(id, Now, "aad-sw", "孙伟", "complete", 1, "NotPermitted", "只有领导或督查室可以确认办结。"), None);
        Time.Advance(TimeSpan.FromMinutes(1));
        await Store.RecordRefusalAsync(new RefusedAction(id, Now.AddMinutes(1), "aad-gx", "郑海涛", "ack", 0, "StaleVersion", "请刷新后再操作。"), None);
        await Store.RecordRefusalAsync(new RefusedAction(id, Now.AddMinutes(1), "aad-gx", "郑海涛", "ack", 0, "StaleVersion", "请刷新后再操作。"), None);
        await Store.RecordRefusalAsync(new RefusedAction("DB-2026-000999", Now, null, null, "submit", null, "NotFound", "找不到任务 DB-2026-000999。"), None);

        var refusals = await OpenInstance().GetRefusalsAsync(id, None);
        Assert.Equal(["NotPermitted", "StaleVersion", "StaleVersion"], refusals.Select(r => r.Code));
        Assert.Equal(new RefusedAction(id, Now, "aad-sw", "孙伟", "complete", 1, "NotPermitted", "只有领导或督查室可以确认办结。"), refusals[0]);
        Assert.Single(await Store.GetRefusalsAsync("DB-2026-000999", None));
        Assert.Empty(await Store.GetRefusalsAsync("DB-2026-000002", None));
        Assert.Single(await Store.GetHistoryAsync(task.Id, None));     // a refusal changes nothing, so it is no task event
    }

    [Fact]
    public async Task Documents_written_before_a_cutoff_are_deleted_by_kind_and_newer_ones_kept()
    {
        await Store.SaveDocumentAsync("preview", "old-1", "{}", None);
        await Store.SaveDocumentAsync("preview", "old-2", "{}", None);
        await Store.SaveDocumentAsync("other", "old-3", "{}", None);
        Time.Advance(TimeSpan.FromDays(8));
        await Store.SaveDocumentAsync("preview", "new-1", "{}", None);

        Assert.Equal(2, await Store.DeleteDocumentsWrittenBeforeAsync("preview", Time.GetUtcNow() - TimeSpan.FromDays(7), None));
        Assert.Null(await Store.GetDocumentAsync("preview", "old-1", None));
        Assert.Null(await Store.GetDocumentAsync("preview", "old-2", None));
        Assert.Equal("{}", await Store.GetDocumentAsync("other", "old-3", None));
        Assert.Equal("{}", await Store.GetDocumentAsync("preview", "new-1", None));
    }

    /// <summary>A 300-row table's preview is a few hundred KB of JSON: more than one Azure Tables property holds.</summary>
    [Fact]
    public async Task A_large_document_comes_back_whole_and_a_small_one_replaces_it()
    {
        var rows = string.Join(",", Enumerable.Range(0, 5000).Select(i => $$"""{"source":"第{{i}}行：推进第{{i}}项重点工作，县发改局牵头，县财政局配合，{{i % 12 + 1}}月底前完成。","n":{{i}}}"""));
        var json = $$"""{"items":[{{rows}}]}""";
        Assert.True(json.Length > 200_000);
        await Store.SaveDocumentAsync("preview", "big", json, None);
        Assert.Equal(json, await OpenInstance().GetDocumentAsync("preview", "big", None));
        await Store.SaveDocumentAsync("preview", "big", "{}", None);
        Assert.Equal("{}", await OpenInstance().GetDocumentAsync("preview", "big", None));
    }

    [Fact]
    public async Task A_document_is_kept_by_kind_and_key_and_replaced_by_a_newer_one()
    {
        Assert.Null(await Store.GetDocumentAsync("preview", "p-1", None));
        await Store.SaveDocumentAsync("preview", "p-1", """{"items":[{"lead":["县工信局"]}]}""", None);
        await Store.SaveDocumentAsync("other", "p-1", """{"kind":"other"}""", None);
        await Store.SaveDocumentAsync("preview", "p/2#?", "{}", None);
        await Store.SaveDocumentAsync("preview", "p-1", """{"items":[],"cancelled":true}""", None);

        var other = OpenInstance();
        Assert.Equal("""{"items":[],"cancelled":true}""", await other.GetDocumentAsync("preview", "p-1", None));
        Assert.Equal("""{"kind":"other"}""", await other.GetDocumentAsync("other", "p-1", None));
        Assert.Equal("{}", await other.GetDocumentAsync("preview", "p/2#?", None));
        Assert.Null(await Store.GetConversationReferenceAsync("p-1", None));   // documents are not conversation references
    }

    [Fact]
    public async Task Creating_again_with_the_same_idempotency_key_returns_the_first_tasks_and_creates_none()
    {
        var first = await Store.CreateTasksAsync([NewDraft(), NewDraft(Shangwu, [])], Leader, "dispatch:preview-7", None);
        var retry = await OpenInstance().CreateTasksAsync([NewDraft(), NewDraft(Shangwu, [])], Leader, "dispatch:preview-7", None);

        Assert.Equal(["DB-2026-000001", "DB-2026-000002"], first.Tasks.Select(t => t.Id.ToString()));
        Assert.Equal(first.Tasks.Select(t => t.Id), retry.Tasks.Select(t => t.Id));
        Assert.Single(await Store.ListOpenByUnitAsync(Shangwu, None));
        Assert.Equal("DB-2026-000003", (await CreateAsync()).Id.ToString());                   // no ids used up by the retry
        var other = await Store.CreateTasksAsync([NewDraft()], Leader, "dispatch:preview-8", None);
        Assert.Equal("DB-2026-000004", other.Tasks.Single().Id.ToString());                    // another key creates anew
    }

    [Fact]
    public async Task Ten_racing_creations_with_one_idempotency_key_on_two_instances_make_one_set_of_tasks()
    {
        var other = OpenInstance();
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            (i % 2 == 0 ? Store : other).CreateTasksAsync([NewDraft(), NewDraft(Shangwu, [])], Leader, "dispatch:preview-9", None))));

        var ids = results[0].Tasks.Select(t => t.Id).ToList();
        Assert.Equal(2, ids.Count);
        Assert.All(results, r => Assert.Equal(ids, r.Tasks.Select(t => t.Id)));
        Assert.Single(await Store.ListOpenByUnitAsync(Shangwu, None));
        Assert.Equal(2, (await Store.ListByPersonAsync(Leader.AadObjectId, 100, None)).Count);
    }
}
