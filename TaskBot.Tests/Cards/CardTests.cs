using System.Text.Json.Nodes;
using TaskBot.Assignments;
using TaskBot.Calendar;
using TaskBot.Cards;
using TaskBot.Directives;
using TaskBot.Directory;
using TaskBot.Tasks;
using TaskBot.Tests.EndToEnd;

namespace TaskBot.Tests.Cards;

public class CardTests
{
    private const string Injection = "[点我领奖](http://evil.example/x) **紧急** <at>全体</at>\n- 列表 https://phish.example";
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly IWorkingDayCalendar Calendar = ChinaWorkingCalendar.Default;
    private static readonly UnitDirectory Directory = DirectoryCsv.Parse(string.Join("\n", People.DirectoryCsv.Split('\n').Select(l => l.Trim()))).Directory!;
    private static readonly Person Chief = Directory.FindPerson("aad-fagai-chief")!;
    private static readonly Person Leader = Directory.FindPerson("aad-leader")!;

    private static DirectiveTask Task(DirectiveTaskStatus status, string text = "完成项目资金方案") => new()
    {
        Id = new TaskId(2026, 42),
        SourceText = text,
        IssuedBy = Leader.Ref,
        IssuedAt = DateTimeOffset.Parse("2026-03-10T02:00:00Z"),
        ReferenceDate = Today,
        Units = [new UnitAssignment("县发改局", UnitRole.Lead) { Acknowledged = status == DirectiveTaskStatus.Assigned ? null : new(Chief.Ref, DateTimeOffset.Parse("2026-03-10T03:00:00Z")), Progress = new(30, text, Chief.Ref, DateTimeOffset.Parse("2026-03-11T03:00:00Z")) },
                 new UnitAssignment("县财政局", UnitRole.CoLead) { DisputeReason = status == DirectiveTaskStatus.Disputed ? text : null }],
        Deadline = new Deadline(new DateOnly(2026, 3, 31), text),
        Deliverable = text,
        Status = status,
        Extensions = status == DirectiveTaskStatus.ExtensionRequested
            ? [new ExtensionRequest("县发改局", Chief.Ref, DateTimeOffset.Parse("2026-03-12T03:00:00Z"), new(2026, 3, 31), new(2026, 4, 30), text, DirectiveTaskStatus.InProgress)] : [],
        Submission = status == DirectiveTaskStatus.Submitted ? new Submission("县发改局", text, "javascript:alert(1)", Chief.Ref, DateTimeOffset.Parse("2026-03-20T03:00:00Z")) : null,
        Version = 3,
    };

    private static Preview APreview(string text) => new()
    {
        Id = "P1", IssuerAadObjectId = Leader.AadObjectId, ReferenceDate = Today,
        Items = [new PreviewItem { SourceText = text, Lead = ["县发改局"], Co = [], Deadline = new(2026, 3, 31), DeadlinePhrase = text, Deliverable = text, Supervisor = text, Notes = [text],
                 Questions = [new UnitQuestion(text, UnitRole.Lead, ["城关镇"])] }],
    };

    /// <summary>Every card the code draws, from text a user could have typed.</summary>
    public static IEnumerable<object[]> AllCards()
    {
        foreach (var status in Enum.GetValues<DirectiveTaskStatus>())
            foreach (var viewer in new[] { Chief, Leader })
                yield return [$"{status} for {viewer.Role}", TaskCards.View(Task(status, Injection), viewer, Today, Calendar, Directory, CardBanner.Refused(Injection)).ToJson()];
        yield return ["preview", PreviewCards.Preview(APreview(Injection), Directory, [Injection]).ToJson()];
        yield return ["dispatched", PreviewCards.Dispatched([Task(DirectiveTaskStatus.Assigned, Injection)], new TaskBot.Assignments.DeliveryTally(1, 1, [], [(Injection, Injection)])).ToJson()];
        yield return ["my tasks", ListCards.ByColour(Injection, [Task(DirectiveTaskStatus.InProgress, Injection)], Today, Calendar, Injection).ToJson()];
        yield return ["detail", ListCards.Detail(Task(DirectiveTaskStatus.Submitted, Injection),
            [new TaskEvent(new TaskId(2026, 42), 2, DateTimeOffset.Parse("2026-03-10T03:00:00Z"), new PersonRef("x", Injection), TaskAction.Acknowledge, "县发改局", [], Injection)],
            Leader, Today, Calendar, Directory, null).ToJson()];
        yield return ["help", ListCards.Help(true).ToJson()];
    }

    [Theory]
    [MemberData(nameof(AllCards))]
    public void User_text_cannot_become_a_link_bold_text_or_a_list_in_any_card(string name, JsonObject card)
    {
        if (name == "help") return;   // no user text in it
        // What is rendered as markdown: TextBlocks and facts. Input values are plain text in an edit box.
        var shown = CardClient.Walk(card).Where(o => o["type"]?.GetValue<string>()?.StartsWith("Input.") != true)
            .SelectMany(o => new[] { o["text"], o["title"], o["value"] }.OfType<JsonValue>())
            .Select(v => v.TryGetValue<string>(out var s) ? s : "").ToList();
        Assert.Contains(shown, s => s.Contains("点我领奖"));   // the text is there…
        foreach (var s in shown.Where(s => s.Contains("点我领奖") || s.Contains("phish")))
        {
            Assert.DoesNotContain("](", s);                   // …but not as a link,
            Assert.DoesNotContain("**", s);                   // nor bold,
            Assert.DoesNotContain("://", s);                  // nor a bare URL Teams would link,
            Assert.DoesNotContain("\n- ", s);                 // nor a list.
        }
        Assert.DoesNotContain(CardClient.Walk(card), o => o["type"]?.GetValue<string>() == "Action.OpenUrl" && o["url"]!.GetValue<string>().StartsWith("javascript"));
    }

    [Theory]
    [MemberData(nameof(AllCards))]
    public void Every_card_is_version_1_5_and_its_buttons_carry_only_an_id_and_a_version(string name, JsonObject card)
    {
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        foreach (var action in CardClient.Walk(card).Where(o => o["type"]?.GetValue<string>() == "Action.Execute"))
        {
            var keys = action["data"]!.AsObject().Select(kv => kv.Key).Order().ToList();
            Assert.True(keys.SequenceEqual(["taskId", "version"]) || keys.SequenceEqual(["previewId", "version"]), $"{name}: {action.ToJsonString()}");
        }
        var ids = CardClient.Walk(card).Where(o => o["id"] is not null).Select(o => o["id"]!.GetValue<string>()).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);   // duplicate input ids break the renderer
    }

    [Theory]
    [InlineData(DirectiveTaskStatus.Assigned, "aad-fagai-chief", new[] { "ack", "dispute" })]
    [InlineData(DirectiveTaskStatus.InProgress, "aad-fagai-chief", new[] { "progress", "extend", "submit", "dispute" })]
    [InlineData(DirectiveTaskStatus.ExtensionRequested, "aad-leader", new[] { "approveExtension", "denyExtension" })]
    [InlineData(DirectiveTaskStatus.Submitted, "aad-leader", new[] { "complete", "return" })]
    [InlineData(DirectiveTaskStatus.Disputed, "aad-leader", new[] { "rejectDispute", "reassign" })]
    [InlineData(DirectiveTaskStatus.Completed, "aad-leader", new string[0])]
    [InlineData(DirectiveTaskStatus.InProgress, "aad-shuili-chief", new string[0])]
    public void A_task_card_offers_exactly_the_buttons_the_viewer_may_use_now_with_the_inputs_their_handler_reads(DirectiveTaskStatus status, string viewer, string[] verbs)
    {
        var card = TaskCards.View(Task(status), Directory.FindPerson(viewer), Today, Calendar, Directory).ToJson();
        Assert.Equal(verbs.Order(), CardClient.Verbs(card).Where(v => v != "refresh").Order());
        foreach (var verb in verbs)
        {
            var (_, data) = CardClient.Submit(card, verb);
            foreach (var input in CardContract.InputsOf[verb]) Assert.True(data.ContainsKey(input), $"{verb} does not submit {input}");
        }
    }

    [Fact]
    public void A_generic_unit_asks_for_a_choice_among_the_matching_units_and_a_missing_deadline_gets_the_default()
    {
        var parser = new DirectiveParser(DirectiveLexicon.Load(DirectiveLexicon.DefaultPath), Calendar);
        var text = "会议议定：各乡镇要抓紧排查安全隐患，形成报告。";
        var builder = new PreviewBuilder(Calendar, new DirectiveOptions { DefaultDeadlineDays = 20 });
        var preview = builder.Build("P2", Leader.AadObjectId, text, Today, parser.Parse(text, Today), Directory);
        var item = Assert.Single(preview.Items);
        var question = Assert.Single(item.Questions);
        Assert.Equal("各乡镇", question.Surface);
        Assert.Equal(["城关镇", "青山镇"], question.Candidates.Order());
        Assert.True(item.DeadlineDefaulted);
        Assert.Equal(new DateOnly(2026, 3, 30), item.Deadline);   // 3-10 + 20 days, a Monday
        var card = PreviewCards.Preview(preview, Directory).ToJson();
        var pick = CardClient.Walk(card).Single(o => o["id"]?.GetValue<string>() == CardContract.Inputs.Pick(0, 0));
        Assert.True(pick["isRequired"]!.GetValue<bool>());
        Assert.Contains("抓紧", Flow.Json(card));
        Assert.Contains("2026-03-30", CardClient.Walk(card).Single(o => o["id"]?.GetValue<string>() == CardContract.Inputs.Deadline(0))["value"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("我的任务", ChatCommand.MyTasks, "")]
    [InlineData("my tasks", ChatCommand.MyTasks, "")]
    [InlineData("本单位任务", ChatCommand.UnitTasks, "")]
    [InlineData("逾期任务", ChatCommand.Overdue, "")]
    [InlineData("OVERDUE", ChatCommand.Overdue, "")]
    [InlineData("任务 DB-2026-000123", ChatCommand.Task, "DB-2026-000123")]
    [InlineData("任务DB-2026-000123", ChatCommand.Task, "DB-2026-000123")]
    [InlineData("task db-2026-000123", ChatCommand.Task, "db-2026-000123")]
    [InlineData("帮助", ChatCommand.Help, "")]
    public void Commands_are_recognised_by_their_exact_words_and_english_aliases(string text, ChatCommand command, string argument)
    {
        Assert.True(CommandRouter.TryRoute(text, out var c, out var a));
        Assert.Equal((command, argument), (c, a));
    }

    [Theory]
    [InlineData("请各单位梳理我的任务清单")]
    [InlineData("任务分解：县发改局牵头")]
    [InlineData("帮助企业纾困，县商务局牵头")]
    public void A_directive_that_merely_contains_a_command_word_is_not_a_command(string text) =>
        Assert.False(CommandRouter.TryRoute(text, out _, out _));
}
