using System.Text.Json.Nodes;

namespace TaskBot.Cards;

/// <summary>
/// A small typed model of the Adaptive Card 1.5 elements our cards use, written out as JSON. No .NET Adaptive Cards
/// package is served here, and a typed model keeps card JSON clean: only known element types, no nulls, text only
/// through <see cref="Md"/>.
/// </summary>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body, IReadOnlyList<CardAction>? Actions = null)
{
    public const string Version = "1.5";
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Teams re-runs this action when the card is shown, so an old card comes back up to date.</summary>
    public ExecuteAction? Refresh { get; init; }
    public IReadOnlyList<string>? RefreshUserIds { get; init; }

    public JsonObject ToJson()
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = Array(Body.Select(e => e.ToJson())),
        };
        if (Actions is { Count: > 0 }) card["actions"] = Array(Actions.Select(a => a.ToJson()));
        if (Refresh is not null)
        {
            var refresh = new JsonObject { ["action"] = Refresh.ToJson() };
            if (RefreshUserIds is { Count: > 0 }) refresh["userIds"] = Array(RefreshUserIds.Select(u => (JsonNode)JsonValue.Create(u)!));
            card["refresh"] = refresh;
        }
        return card;
    }

    internal static JsonArray Array(IEnumerable<JsonNode> nodes) => new([.. nodes]);

    /// <summary>Teams refuses a message over about 28 KB; every card stays under this many bytes of JSON, leaving
    /// room for the activity around it.</summary>
    public const int MaxBytes = 24_000;

    /// <summary>How the card travels: UTF-8 JSON, Chinese unescaped (3 bytes a character, not 6).</summary>
    public static readonly System.Text.Json.JsonSerializerOptions WireJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int SizeOf(JsonNode node) => System.Text.Encoding.UTF8.GetByteCount(node.ToJsonString(WireJson));
}

public enum TextSize { Default, Small, Medium, Large }
public enum TextColor { Default, Good, Warning, Attention, Accent }
public enum ContainerStyle { Default, Emphasis, Good, Warning, Attention, Accent }

public abstract record CardElement
{
    public bool Separator { get; init; }
    public abstract JsonObject ToJson();

    protected JsonObject With(JsonObject o)
    {
        if (Separator) o["separator"] = true;
        return o;
    }

    protected static string Camel(Enum e) { var s = e.ToString(); return char.ToLowerInvariant(s[0]) + s[1..]; }
}

public sealed record TextBlock(Md Text) : CardElement
{
    public TextSize Size { get; init; }
    public bool Bold { get; init; }
    public bool Subtle { get; init; }
    public TextColor Color { get; init; }

    public override JsonObject ToJson()
    {
        var o = new JsonObject { ["type"] = "TextBlock", ["text"] = Text.Text, ["wrap"] = true };
        if (Size != TextSize.Default) o["size"] = Camel(Size);
        if (Bold) o["weight"] = "bolder";
        if (Subtle) o["isSubtle"] = true;
        if (Color != TextColor.Default) o["color"] = Camel(Color);
        return With(o);
    }
}

public sealed record Fact(Md Title, Md Value);

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement
{
    public override JsonObject ToJson() => With(new JsonObject
    {
        ["type"] = "FactSet",
        ["facts"] = AdaptiveCard.Array(Facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title.Text, ["value"] = f.Value.Text })),
    });
}

public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle Style { get; init; }

    public override JsonObject ToJson()
    {
        var o = new JsonObject { ["type"] = "Container", ["items"] = AdaptiveCard.Array(Items.Select(i => i.ToJson())) };
        if (Style != ContainerStyle.Default) o["style"] = Camel(Style);
        return With(o);
    }
}

public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement
{
    public override JsonObject ToJson() => With(new JsonObject
    {
        ["type"] = "ActionSet",
        ["actions"] = AdaptiveCard.Array(Actions.Select(a => a.ToJson())),
    });
}

/// <summary>Inputs: their values are merged into the data of the action that submits them.</summary>
public abstract record Input(string Id, string Label) : CardElement
{
    public bool Required { get; init; }
    public string? ErrorMessage { get; init; }

    protected JsonObject Base(string type)
    {
        var o = new JsonObject { ["type"] = type, ["id"] = Id, ["label"] = Label };
        if (Required) o["isRequired"] = true;
        if (ErrorMessage is not null) o["errorMessage"] = ErrorMessage;
        return With(o);
    }
}

public sealed record TextInput(string Id, string Label, string? Value = null) : Input(Id, Label)
{
    public bool Multiline { get; init; }
    public string? Placeholder { get; init; }
    public int? MaxLength { get; init; }
    public bool IsUrl { get; init; }

    public override JsonObject ToJson()
    {
        var o = Base("Input.Text");
        if (!string.IsNullOrEmpty(Value)) o["value"] = Value;
        if (Multiline) o["isMultiline"] = true;
        if (Placeholder is not null) o["placeholder"] = Placeholder;
        if (MaxLength is { } max) o["maxLength"] = max;
        if (IsUrl) o["style"] = "url";
        return o;
    }
}

public sealed record NumberInput(string Id, string Label, int? Value, int Min, int Max) : Input(Id, Label)
{
    public override JsonObject ToJson()
    {
        var o = Base("Input.Number");
        if (Value is { } v) o["value"] = v;
        o["min"] = Min;
        o["max"] = Max;
        return o;
    }
}

public sealed record DateInput(string Id, string Label, DateOnly? Value) : Input(Id, Label)
{
    public DateOnly? Min { get; init; }

    public override JsonObject ToJson()
    {
        var o = Base("Input.Date");
        if (Value is { } v) o["value"] = CardDates.Iso(v);
        if (Min is { } m) o["min"] = CardDates.Iso(m);
        return o;
    }
}

public sealed record Choice(string Title, string Value);

public sealed record ChoiceInput(string Id, string Label, IReadOnlyList<Choice> Choices, IReadOnlyList<string> Values) : Input(Id, Label)
{
    /// <summary>A multi-select with more choices than this is a dropdown (Teams draws a compact multi-select as
    /// one), not a checkbox per choice: a county's units would fill a phone screen twice per task.</summary>
    public const int MaxExpandedChoices = 8;

    public bool MultiSelect { get; init; }

    public override JsonObject ToJson()
    {
        var o = Base("Input.ChoiceSet");
        o["choices"] = AdaptiveCard.Array(Choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value }));
        if (Values.Count > 0) o["value"] = string.Join(",", Values);
        if (MultiSelect) o["isMultiSelect"] = true;
        o["style"] = MultiSelect && Choices.Count <= MaxExpandedChoices ? "expanded" : "compact";
        return o;
    }
}

public sealed record ToggleInput(string Id, string Label, string Title, bool Value) : Input(Id, Label)
{
    public override JsonObject ToJson()
    {
        var o = Base("Input.Toggle");
        o["title"] = Title;
        o["value"] = Value ? "true" : "false";
        o["valueOn"] = "true";
        o["valueOff"] = "false";
        return o;
    }
}

public enum ActionStyle { Default, Positive, Destructive }

public abstract record CardAction(string Title)
{
    public abstract JsonObject ToJson();
}

/// <summary>
/// Action.Execute: Teams sends an <c>adaptiveCard/action</c> invoke with <see cref="Verb"/> and <see cref="Data"/>
/// (plus the card's input values) and shows the card the bot answers with in place of this one.
/// </summary>
public sealed record ExecuteAction(string Title, string Verb, JsonObject Data) : CardAction(Title)
{
    public ActionStyle Style { get; init; }
    /// <summary>False for buttons like 取消 that must not validate or send the card's inputs.</summary>
    public bool SendsInputs { get; init; } = true;

    public override JsonObject ToJson()
    {
        var o = new JsonObject { ["type"] = "Action.Execute", ["title"] = Title, ["verb"] = Verb, ["data"] = Data.DeepClone() };
        if (Style != ActionStyle.Default) o["style"] = Style == ActionStyle.Positive ? "positive" : "destructive";
        if (!SendsInputs) o["associatedInputs"] = "none";
        return o;
    }
}

public sealed record ShowCardAction(string Title, AdaptiveCard Card) : CardAction(Title)
{
    public override JsonObject ToJson()
    {
        var inner = Card.ToJson();
        // A shown card is part of its parent: no schema or version of its own.
        inner.Remove("$schema");
        inner.Remove("version");
        return new JsonObject { ["type"] = "Action.ShowCard", ["title"] = Title, ["card"] = inner };
    }
}

public sealed record OpenUrlAction(string Title, Uri Url) : CardAction(Title)
{
    public override JsonObject ToJson() => new() { ["type"] = "Action.OpenUrl", ["title"] = Title, ["url"] = Url.AbsoluteUri };
}

public static class CardDates
{
    private static readonly string[] Weekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];
    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    public static string WithWeekday(DateOnly d) => $"{Iso(d)}（{Weekdays[(int)d.DayOfWeek]}）";
}
