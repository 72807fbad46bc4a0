using System.Text.Json.Nodes;

namespace TaskBot.Cards;

/// <summary>
/// The same cards inside a Teams dialog (the task module a message action opens). Dialogs do not run Action.Execute:
/// their buttons are Action.Submit, which Teams sends back as <c>composeExtension/submitAction</c> with the button's
/// data and the card's inputs merged. So every Action.Execute becomes an Action.Submit whose data also carries the
/// verb (<see cref="CardContract.VerbKey"/>), and the refresh section (an Execute too) is dropped. Everything else,
/// inputs and their ids included, stays as it is, so the handlers read the same data either way.
/// </summary>
public static class DialogCards
{
    public static JsonObject ForDialog(JsonObject card)
    {
        var copy = card.DeepClone().AsObject();
        copy.Remove("refresh");
        Rewrite(copy);
        return copy;
    }

    private static void Rewrite(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["type"]?.GetValue<string>() == "Action.Execute")
                {
                    var data = o["data"] as JsonObject ?? [];
                    data[CardContract.VerbKey] = o["verb"]?.GetValue<string>() ?? "";
                    o["data"] = data.DeepClone();
                    o["type"] = "Action.Submit";
                    o.Remove("verb");
                }
                foreach (var (_, child) in o.ToList()) Rewrite(child);
                break;
            case JsonArray a:
                foreach (var child in a.ToList()) Rewrite(child);
                break;
        }
    }
}
