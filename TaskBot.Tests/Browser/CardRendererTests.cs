using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using TaskBot.Assignments;
using TaskBot.Calendar;
using TaskBot.Cards;
using TaskBot.Delivery;
using TaskBot.Tests.EndToEnd;

namespace TaskBot.Tests.Browser;

/// <summary>
/// Renders every gallery card once with the npm adaptivecards renderer in headless Chromium (tools/browser/cards.mjs),
/// clicking every button before and after typing into the card's inputs. With TASKBOT_CARD_PICTURES set to a folder
/// (scripts/card-pictures.sh sets docs/cards) it also saves the pictures there.
/// </summary>
public sealed class RenderedGallery
{
    private readonly Lazy<Task<(IReadOnlyList<GalleryCard> Cards, JsonObject Report, string Output)>> run = new(RunAsync);
    public Task<(IReadOnlyList<GalleryCard> Cards, JsonObject Report, string Output)> Get() => run.Value;

    private static async Task<(IReadOnlyList<GalleryCard>, JsonObject, string)> RunAsync()
    {
        BrowserTools.Require();
        var cards = CardGallery.All();
        var dir = BrowserTools.Artifacts("cards");
        var gallery = new JsonObject
        {
            ["cards"] = new JsonArray([.. cards.Select(c => (JsonNode)new JsonObject
            {
                ["name"] = c.Name,
                ["card"] = c.Card.DeepClone(),
                ["fill"] = new JsonObject([.. c.Fill.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value.DeepClone()))]),
                ["picture"] = c.PictureOpens is null ? null : new JsonObject { ["open"] = c.PictureOpens },
            })]),
        };
        var galleryPath = Path.Combine(dir, "gallery.json");
        var reportPath = Path.Combine(dir, "report.json");
        File.Delete(reportPath);
        await File.WriteAllTextAsync(galleryPath, gallery.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        var args = new List<string> { galleryPath, reportPath };
        if (Environment.GetEnvironmentVariable("TASKBOT_CARD_PICTURES") is { Length: > 0 } pictures) args.AddRange(["--png", Path.GetFullPath(pictures)]);
        var (code, output) = await BrowserTools.NodeAsync("cards.mjs", args, TimeSpan.FromMinutes(2));
        Assert.True(code == 0 && File.Exists(reportPath), $"cards.mjs exited {code}:\n{output}");
        return (cards, JsonNode.Parse(await File.ReadAllTextAsync(reportPath))!.AsObject(), output);
    }
}

[Collection(BrowserCollection.Name)]
public sealed class CardRendererTests(RenderedGallery rendered) : IClassFixture<RenderedGallery>
{
    private static string S(JsonNode? n) => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : n?.ToJsonString() ?? "null";

    private static IEnumerable<(GalleryCard Card, JsonObject Result)> Pairs((IReadOnlyList<GalleryCard> Cards, JsonObject Report, string) r)
    {
        var results = r.Report["cards"]!.AsArray().Select(n => n!.AsObject()).ToList();
        Assert.Equal(r.Cards.Select(c => c.Name), results.Select(x => S(x["name"])));
        return r.Cards.Zip(results);
    }

    [BrowserFact]
    public async Task Every_card_parses_validates_and_renders_without_warnings_and_declares_version_1_5_at_most()
    {
        var r = await rendered.Get();
        var problems = new List<string>();
        foreach (var (card, result) in Pairs(r))
        {
            if (result["error"] is { } error) problems.Add($"{card.Name}: {S(error)}");
            if (result["rendered"]?.GetValue<bool>() != true) problems.Add($"{card.Name}: not rendered");
            foreach (var key in new[] { "parseEvents", "validation", "pageErrors" })
                foreach (var e in result[key]?.AsArray() ?? [])
                    problems.Add($"{card.Name}: {key}: {e!.ToJsonString()}");
            foreach (var version in new[] { S(card.Card["version"]), S(result["version"]) })
                if (!Version.TryParse(version, out var v) || v > new Version(1, 5)) problems.Add($"{card.Name}: version {version}");
        }
        Assert.True(r.Report["blocked"]!.AsArray().Count == 0, $"the renderer page asked for the network: {r.Report["blocked"]!.ToJsonString()}");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [BrowserFact]
    public async Task Clicking_each_button_submits_the_data_its_handler_reads()
    {
        var r = await rendered.Get();
        var problems = new List<string>();
        foreach (var (card, result) in Pairs(r))
        {
            var actions = result["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();
            // Every button of the card JSON was found in the rendered card and clicked.
            var inJson = CardClient.Walk(card.Card).Where(o => S(o["type"]).StartsWith("Action.") && !IsRefresh(card.Card, o)).Select(o => S(o["title"])).ToList();
            if (!inJson.Order().SequenceEqual(actions.Select(a => S(a["title"])).Order()))
                problems.Add($"{card.Name}: rendered buttons [{string.Join(",", actions.Select(a => S(a["title"])))}] ≠ card buttons [{string.Join(",", inJson)}]");
            foreach (var action in actions)
            {
                var type = S(action["type"]);
                var what = $"{card.Name} / {(action["parent"] is { } p && p.GetValueKind() == JsonValueKind.String ? S(p) + " / " : "")}{S(action["title"])}";
                if (type == "Action.ShowCard") continue;
                var sent = action["afterFill"] as JsonObject;
                if (sent is null) { problems.Add($"{what}: the click submitted nothing"); continue; }
                if (type == "Action.OpenUrl")
                {
                    var url = CardClient.Walk(card.Card).First(o => S(o["title"]) == S(action["title"]))["url"];
                    if (S(sent["type"]) != "Action.OpenUrl") problems.Add($"{what}: {sent.ToJsonString()}");
                    if (!S(url).StartsWith("https://")) problems.Add($"{what}: opens {S(url)}");
                    continue;
                }
                if (type != "Action.Execute") { problems.Add($"{what}: unexpected {type}"); continue; }
                problems.AddRange(CheckExecute(card, what, S(action["verb"]), action["beforeFill"] as JsonObject, sent["data"] as JsonObject ?? [], S(sent["verb"])));
            }
            // The refresh Teams runs when it shows the card asks for the same task at the same version.
            if (card.Card["refresh"] is JsonObject refresh)
            {
                var seen = result["refresh"] as JsonObject;
                if (seen is null || S(seen["verb"]) != CardContract.Verbs.Refresh) problems.Add($"{card.Name}: refresh not parsed: {seen?.ToJsonString()}");
                else problems.AddRange(TaskDataProblems(card, $"{card.Name} / refresh", seen["data"] as JsonObject ?? [], []));
                if (refresh["userIds"] is JsonArray ids && S(seen?["userIds"]) != ids.ToJsonString()) problems.Add($"{card.Name}: refresh userIds {S(seen?["userIds"])}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static bool IsRefresh(JsonObject card, JsonObject action) => ReferenceEquals(card["refresh"]?["action"], action);

    /// <summary>What the handlers read: <see cref="Dispatcher"/> a preview id, the version and the edited inputs;
    /// <see cref="TaskActionHandler"/> a task id, the version and <see cref="CardContract.InputsOf"/>.</summary>
    private static IEnumerable<string> CheckExecute(GalleryCard card, string what, string verb, JsonObject? beforeFill, JsonObject data, string sentVerb)
    {
        if (sentVerb != verb) yield return $"{what}: sent verb {sentVerb}, button verb {verb}";
        // Required inputs left empty on the card stop the click until they are filled in.
        var emptyRequired = RequiredEmptyInputs(card.Card, verb);
        if (emptyRequired.Count > 0 && beforeFill is not null)
            yield return $"{what}: submitted with required inputs empty ({string.Join(",", emptyRequired)}): {beforeFill.ToJsonString()}";
        if (emptyRequired.Count == 0 && beforeFill is null)
            yield return $"{what}: a click with nothing to fill in submitted nothing";

        if (OpenCallCards.Verbs.All.Contains(verb))
        {
            foreach (var p in CallDataProblems(card, what, verb, data)) yield return p;
            yield break;
        }
        if (verb is CardContract.Verbs.Dispatch or CardContract.Verbs.CancelPreview or CardContract.Verbs.PreviewPage)
        {
            if (verb == CardContract.Verbs.PreviewPage && CardContract.Long(data, CardContract.PageKey) is null)
                yield return $"{what}: 上一页/下一页 sent no page";
            var preview = card.Preview!;
            if (CardContract.Text(data, CardContract.PreviewIdKey) != preview.Id) yield return $"{what}: previewId {S(data[CardContract.PreviewIdKey])}";
            if (CardContract.Long(data, CardContract.VersionKey) != preview.Version) yield return $"{what}: version {S(data[CardContract.VersionKey])}";
            if (verb == CardContract.Verbs.CancelPreview)
            {
                if (data.Count != 2) yield return $"{what}: 取消 must not send the inputs: {data.ToJsonString()}";
                yield break;
            }
            // Every preview input that has a value arrives (the renderer, like Teams, leaves out empty inputs), and
            // the dispatcher reads the edits the leader typed.
            var inputs = CardClient.Walk(card.Card).Where(o => S(o["type"]).StartsWith("Input."))
                .Where(o => o["value"] is JsonValue v && S(v).Length > 0 || card.Fill.ContainsKey(S(o["id"]))).Select(o => S(o["id"])).ToList();
            foreach (var id in inputs.Where(id => !data.ContainsKey(id))) yield return $"{what}: input {id} not sent";
            // Items on other pages of a long preview are filled in from the stored preview, as the handler does.
            var edited = Dispatcher.ApplyEdits(preview, PreviewPager.Complete(preview, data));
            if (edited.Items[0].Deadline != new DateOnly(2026, 3, 27)) yield return $"{what}: the edited deadline reads as {edited.Items[0].Deadline}";
            if (edited.Items[0].Deliverable != S(card.Fill[CardContract.Inputs.Deliverable(0)])) yield return $"{what}: the edited deliverable reads as {edited.Items[0].Deliverable}";
            for (var i = 0; i < preview.Items.Count; i++)
            {
                if (!edited.Items[i].Include) yield return $"{what}: task {i + 1} reads as not included";
                if (!edited.Items[i].Lead.SequenceEqual(preview.Items[i].Lead)) yield return $"{what}: task {i + 1} lead units read as {string.Join("、", edited.Items[i].Lead)}";
                for (var q = 0; q < preview.Items[i].Questions.Count && data.ContainsKey(CardContract.Inputs.Deadline(i)); q++)
                {
                    var want = S(card.Fill[CardContract.Inputs.Pick(i, q)]).Split(',');
                    if (!edited.Items[i].Questions[q].Chosen.Order().SequenceEqual(want.Order()))
                        yield return $"{what}: task {i + 1} pick reads as {string.Join("、", edited.Items[i].Questions[q].Chosen)}";
                }
            }
            yield break;
        }

        if (!CardContract.InputsOf.TryGetValue(verb, out var reads)) { yield return $"{what}: verb {verb} has no handler contract"; yield break; }
        foreach (var p in TaskDataProblems(card, what, data, reads)) yield return p;
    }

    /// <summary>What <see cref="TaskBot.Assignments.OpenCalls.OpenCallService"/> reads: a preview id and version, or a
    /// call id (and the round, for the leader's choice), and <see cref="OpenCallCards.InputsOf"/> as typed.</summary>
    private static IEnumerable<string> CallDataProblems(GalleryCard card, string what, string verb, JsonObject data)
    {
        var keys = new List<string>();
        if (verb is OpenCallCards.Verbs.Publish or OpenCallCards.Verbs.CancelPreview)
        {
            if (CardContract.Text(data, CardContract.PreviewIdKey) != card.CallDraft!.PreviewId) yield return $"{what}: previewId {S(data[CardContract.PreviewIdKey])}";
            if (CardContract.Long(data, CardContract.VersionKey) != card.CallDraft.Version) yield return $"{what}: version {S(data[CardContract.VersionKey])}";
            if (verb == OpenCallCards.Verbs.CancelPreview && data.Count != 2) yield return $"{what}: 取消 must not send the inputs: {data.ToJsonString()}";
            keys.AddRange([CardContract.PreviewIdKey, CardContract.VersionKey]);
        }
        else
        {
            if (CardContract.Text(data, OpenCallCards.CallIdKey) != card.Call!.Id) yield return $"{what}: callId {S(data[OpenCallCards.CallIdKey])}";
            keys.Add(OpenCallCards.CallIdKey);
            if (verb is OpenCallCards.Verbs.Choose or OpenCallCards.Verbs.Extend or OpenCallCards.Verbs.Withdraw)
            {
                if (CardContract.Long(data, OpenCallCards.RoundKey) != card.Call.Round) yield return $"{what}: round {S(data[OpenCallCards.RoundKey])}";
                keys.Add(OpenCallCards.RoundKey);
            }
        }
        foreach (var input in OpenCallCards.InputsOf.GetValueOrDefault(verb) ?? [])
        {
            if (!data.ContainsKey(input)) { yield return $"{what}: {input} not sent: {data.ToJsonString()}"; continue; }
            var typed = S(card.Fill[input]);
            if (string.Join(",", CardContract.List(data, input).Order()) != string.Join(",", typed.Split(',').Select(x => x.Trim()).Order()))
                yield return $"{what}: {input} = {S(data[input])}, typed {typed}";
        }
        var known = new HashSet<string>([.. keys, .. CardClient.Walk(card.Card).Where(o => S(o["type"]).StartsWith("Input.")).Select(o => S(o["id"]))]);
        foreach (var key in data.Select(kv => kv.Key).Where(k => !known.Contains(k))) yield return $"{what}: unexpected key {key}";
    }

    private static IEnumerable<string> TaskDataProblems(GalleryCard card, string what, JsonObject data, IReadOnlyList<string> reads)
    {
        var task = card.Task!;
        if (CardContract.Text(data, CardContract.TaskIdKey) != task.Id.ToString()) yield return $"{what}: taskId {S(data[CardContract.TaskIdKey])}";
        if (CardContract.Long(data, CardContract.VersionKey) != task.Version) yield return $"{what}: version {S(data[CardContract.VersionKey])}";
        foreach (var input in reads)
        {
            if (!data.ContainsKey(input)) { yield return $"{what}: {input} not sent: {data.ToJsonString()}"; continue; }
            var typed = S(card.Fill[input]);
            var got = input is CardContract.Inputs.ReassignLead or CardContract.Inputs.ReassignCo
                ? string.Join(",", CardContract.List(data, input).Order()) : CardContract.Text(data, input);
            var want = input is CardContract.Inputs.ReassignLead or CardContract.Inputs.ReassignCo ? string.Join(",", typed.Split(',').Order()) : typed;
            if (got != want) yield return $"{what}: {input} = {S(data[input])}, typed {typed}";
        }
        // Nothing beyond the id, the version and the card's own inputs: authorization is the server's.
        var known = new HashSet<string>([CardContract.TaskIdKey, CardContract.VersionKey, .. CardClient.Walk(card.Card).Where(o => S(o["type"]).StartsWith("Input.")).Select(o => S(o["id"]))]);
        foreach (var key in data.Select(kv => kv.Key).Where(k => !known.Contains(k))) yield return $"{what}: unexpected key {key}";
    }

    /// <summary>Required inputs with no value, of the form the button belongs to (the card for a root button, the
    /// shown card for its 提交), when the button sends inputs at all.</summary>
    private static List<string> RequiredEmptyInputs(JsonObject card, string verb)
    {
        var button = CardClient.FindAction(card, verb)!;
        if (S(button["associatedInputs"]) == "none") return [];
        var form = CardClient.Walk(card).Where(o => S(o["type"]) == "Action.ShowCard")
            .Select(o => o["card"]!.AsObject()).FirstOrDefault(c => CardClient.Walk(c).Any(x => ReferenceEquals(x, button)));
        var scope = form is null ? (JsonNode)card["body"]! : form["body"]!;
        return CardClient.Walk(scope).Where(o => S(o["type"]).StartsWith("Input.") && o["isRequired"]?.GetValue<bool>() == true
                && string.IsNullOrEmpty(o["value"] is JsonValue v ? S(v) : null))
            .Select(o => S(o["id"])).ToList();
    }
}

/// <summary>The gallery stays complete as cards are added, and docs/cards has a picture of each.</summary>
public sealed class CardGalleryTests
{
    [Fact]
    public void The_gallery_draws_every_card_factory_and_every_button_verb()
    {
        var cards = CardGallery.All();
        // The bot's cards (TaskBot.Cards) and the proactive ones: reminders and the weekly digest (NudgeMessage).
        var factories = typeof(AdaptiveCard).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Where(m => t.Namespace == "TaskBot.Cards" && m.ReturnType == typeof(AdaptiveCard) || m.ReturnType == typeof(NudgeMessage))
                .Select(m => $"{t.Name}.{m.Name}"))
            .Distinct().Order().ToList();
        Assert.Contains("NudgeCard.Build", factories);
        Assert.Contains("DigestCard.Build", factories);
        Assert.NotEmpty(factories);
        Assert.Empty(factories.Except(cards.Select(c => c.Factory)));
        var verbs = typeof(CardContract.Verbs).GetFields().Select(f => (string)f.GetValue(null)!).Where(v => v != CardContract.Verbs.Refresh)
            .Concat(OpenCallCards.Verbs.All.Where(v => v != OpenCallCards.Verbs.Refresh)).ToList();
        var drawn = cards.SelectMany(c => CardClient.Verbs(c.Card)).ToHashSet();
        Assert.Empty(verbs.Except(drawn));
        Assert.Equal(cards.Count, cards.Select(c => c.Name).Distinct().Count());
    }

    [Fact]
    public void The_gallery_has_a_nudge_in_each_colour_and_a_digest_with_and_without_view_all()
    {
        var cards = CardGallery.All();
        var nudges = cards.Where(c => c.Factory == "NudgeCard.Build").ToList();
        Assert.Equal(["accent", "attention", "warning"], nudges.Select(c => c.Card["body"]![0]!["style"]!.GetValue<string>()).Distinct().Order());
        var digests = cards.Where(c => c.Factory == "DigestCard.Build").ToList();
        Assert.Contains(digests, c => c.Card["actions"] is null);
        Assert.Contains(digests, c => c.Card["actions"] is JsonArray { Count: > 0 });
    }

    /// <summary>A nudge offers a unit only what the task card would offer it that day, so no click is refused for
    /// the task's state or the unit's role; escalations to leaders only open the task (refresh).</summary>
    [Fact]
    public void Nudge_buttons_are_the_task_cards_buttons_for_the_recipient()
    {
        foreach (var nudge in CardGallery.All().Where(c => c.Factory == "NudgeCard.Build"))
        {
            var verbs = CardClient.Verbs(nudge.Card);
            Assert.NotEmpty(verbs);
            var person = nudge.Recipient!;
            if (person.Unit is null || nudge.Task!.UnitNamed(person.Unit) is null)
            {
                Assert.Equal([CardContract.Verbs.Refresh], verbs);
                continue;
            }
            var taskCard = TaskCards.View(nudge.Task!, person, nudge.Day!.Value, ChinaWorkingCalendar.Default, CardGallery.Directory).ToJson();
            var offered = CardClient.Verbs(taskCard).Where(v => v != CardContract.Verbs.Refresh).ToList();
            Assert.True(verbs.All(offered.Contains), $"{nudge.Name}: nudge [{string.Join(",", verbs)}], task card [{string.Join(",", offered)}]");
            Assert.Equal(offered.Where(v => v != CardContract.Verbs.Dispute), verbs);   // 有异议 stays on the task card
            // The forms ask for the same inputs as the task card's.
            string Inputs(JsonObject card) => string.Join(",", CardClient.Walk(card).Where(o => o["type"]?.GetValue<string>().StartsWith("Input.") == true)
                .Select(o => o["id"]!.GetValue<string>()).Where(id => id != CardContract.Inputs.DisputeReason));
            Assert.Equal(Inputs(taskCard), Inputs(nudge.Card));
        }
    }

    /// <summary>查看全部 opens the rest of the digest in the card itself: it submits nothing, so no handler is involved.</summary>
    [Fact]
    public void The_digests_view_all_only_shows_the_remaining_rows()
    {
        foreach (var digest in CardGallery.All().Where(c => c.Factory == "DigestCard.Build" && c.Card["actions"] is not null))
        {
            var all = Assert.Single(digest.Card["actions"]!.AsArray())!.AsObject();
            Assert.Equal("Action.ShowCard", all["type"]!.GetValue<string>());
            Assert.Equal("查看全部", all["title"]!.GetValue<string>());
            Assert.DoesNotContain(CardClient.Walk(digest.Card), o => o["type"]?.GetValue<string>() is "Action.Execute" or "Action.Submit");
            var shown = digest.Card["body"]!.AsArray().Count(e => string.Equals(e!["size"]?.GetValue<string>(), "small", StringComparison.OrdinalIgnoreCase));
            Assert.Equal(TaskBot.Digest.DigestCard.PhoneRows, shown);
            Assert.NotEmpty(all["card"]!["body"]!.AsArray());
        }
    }

    [Fact]
    public void Docs_cards_has_a_picture_of_every_gallery_card()
    {
        var dir = Path.Combine(BrowserTools.Root, "docs", "cards");
        var missing = CardGallery.All().Select(c => c.Name).Where(n => !File.Exists(Path.Combine(dir, n + ".png"))).ToList();
        Assert.True(missing.Count == 0, $"no picture in docs/cards for: {string.Join(", ", missing)}; run scripts/card-pictures.sh");
    }
}
