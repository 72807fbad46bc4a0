using System.Text.Json.Nodes;

namespace TaskBot.Tests.EndToEnd;

/// <summary>What a Teams client does with a card: find a button and submit it with the card's input values.</summary>
public static class CardClient
{
    public static IEnumerable<JsonObject> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var child in o.Select(kv => kv.Value).SelectMany(Walk)) yield return child;
                break;
            case JsonArray a:
                foreach (var child in a.SelectMany(Walk)) yield return child;
                break;
        }
    }

    public static JsonObject? FindAction(JsonObject card, string verb) =>
        Walk(card).FirstOrDefault(o => o["type"]?.GetValue<string>() == "Action.Execute" && o["verb"]?.GetValue<string>() == verb);

    public static IReadOnlyList<string> Verbs(JsonObject card) =>
        Walk(card).Where(o => o["type"]?.GetValue<string>() == "Action.Execute").Select(o => o["verb"]!.GetValue<string>()).Distinct().ToList();

    /// <summary>The action's data merged with every input's current value, then <paramref name="inputs"/>: what the
    /// client sends in the invoke.</summary>
    public static (string Verb, JsonObject Data) Submit(JsonObject card, string verb, IDictionary<string, string>? inputs = null)
    {
        var action = FindAction(card, verb) ?? throw new Xunit.Sdk.XunitException($"no {verb} button on card: {card.ToJsonString()}");
        var data = action["data"]!.DeepClone().AsObject();
        if (action["associatedInputs"]?.GetValue<string>() != "none")
        {
            foreach (var input in Walk(card).Where(o => o["type"]?.GetValue<string>()?.StartsWith("Input.") == true))
                data[input["id"]!.GetValue<string>()] = input["value"]?.DeepClone() ?? "";
            foreach (var (k, v) in inputs ?? new Dictionary<string, string>()) data[k] = v;
        }
        return (verb, data);
    }
}
