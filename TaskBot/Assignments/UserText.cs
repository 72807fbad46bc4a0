using System.Text;
using System.Text.Json.Nodes;

namespace TaskBot.Assignments;

/// <summary>
/// What people type, cleaned at the edge before anything reads or stores it: control characters (other than line
/// breaks and tabs) and the bidirectional overrides, embeddings, isolates and marks (U+202A–U+202E, U+2066–U+2069,
/// U+200E, U+200F, U+061C) are removed, so no text can reorder or hide what a card or message shows. Line breaks
/// become <c>\n</c>. Escaping for display is the output's business (<see cref="Cards.Md"/>, the bot's replies).
/// </summary>
public static class UserText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        if (!NeedsCleaning(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r') { sb.Append('\n'); if (i + 1 < text.Length && text[i + 1] == '\n') i++; continue; }
            if (!Dropped(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>A card action's data with every string value cleaned (inputs arrive there).</summary>
    public static JsonObject Clean(JsonObject data)
    {
        foreach (var (key, value) in data.ToList())
            switch (value)
            {
                case JsonValue v when v.TryGetValue<string>(out var s): data[key] = Clean(s); break;
                case JsonObject o: Clean(o); break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                        if (a[i] is JsonValue av && av.TryGetValue<string>(out var item)) a[i] = Clean(item);
                        else if (a[i] is JsonObject ao) Clean(ao);
                    break;
            }
        return data;
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text) if (c == '\r' || Dropped(c)) return true;
        return false;
    }

    private static bool Dropped(char c) =>
        (char.IsControl(c) && c is not ('\n' or '\t'))
        || c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
