using System.Text.Json.Nodes;

namespace TaskBot.Reminders;

/// <summary>
/// The few Adaptive Card 1.5 pieces the nudge and digest cards use, as JSON. User text goes in only through
/// <see cref="Escape"/> (the bot's <see cref="Cards.Md"/>), so a deliverable cannot become a link or bold text.
/// </summary>
internal static class CardJson
{
    public static JsonObject Card(IEnumerable<JsonNode> body, IEnumerable<JsonNode>? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = new JsonArray([.. body]),
        };
        var a = actions?.ToArray();
        if (a is { Length: > 0 }) card["actions"] = new JsonArray(a);
        return card;
    }

    public static JsonObject Text(string markdown, string? size = null, string? weight = null, string? color = null, bool wrap = true)
    {
        var o = new JsonObject { ["type"] = "TextBlock", ["text"] = markdown, ["wrap"] = wrap };
        if (size is not null) o["size"] = size;
        if (weight is not null) o["weight"] = weight;
        if (color is not null) o["color"] = color;
        return o;
    }

    public static JsonObject Container(string style, params JsonNode[] items) =>
        new() { ["type"] = "Container", ["style"] = style, ["bleed"] = true, ["items"] = new JsonArray(items) };

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };

    public static JsonObject Execute(string title, string verb, JsonObject data, bool sendsInputs = true)
    {
        var o = new JsonObject { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["data"] = data.DeepClone() };
        if (!sendsInputs) o["associatedInputs"] = "none";
        return o;
    }

    /// <summary>A button that opens a small form; its 提交 sends the inputs with the same id-and-version data.</summary>
    public static JsonObject Form(string title, string verb, JsonObject data, params JsonObject[] inputs) => new()
    {
        ["type"] = "Action.ShowCard",
        ["title"] = title,
        ["card"] = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["body"] = new JsonArray([.. inputs]),
            ["actions"] = new JsonArray(Execute("提交", verb, data)),
        },
    };

    public static JsonObject Input(string type, string id, string label, bool required = false)
    {
        var o = new JsonObject { ["type"] = type, ["id"] = id, ["label"] = label };
        if (required) { o["isRequired"] = true; o["errorMessage"] = $"请填写{label}"; }
        if (type == "Input.Text") o["isMultiline"] = true;
        return o;
    }

    /// <summary>Sets (or, with null, removes) properties of an element.</summary>
    public static JsonObject With(JsonObject o, params (string Key, JsonNode? Value)[] properties)
    {
        foreach (var (key, value) in properties)
            if (value is null) o.Remove(key);
            else o[key] = value;
        return o;
    }

    /// <summary>User text as the bot's cards show it: nothing in it that markdown would act on.</summary>
    public static string Escape(string? text) => Cards.Md.Escape(text);
}
