using System.Net;
using System.Text.RegularExpressions;

namespace TaskBot.Bot;

/// <summary>
/// The plain text of a Teams message as a message action receives it (<c>messagePayload.body</c>, usually HTML:
/// <c>&lt;p&gt;</c>/<c>&lt;div&gt;</c> per paragraph, <c>&lt;br&gt;</c>, <c>&lt;at&gt;</c> mentions, entities). Paragraph
/// and line breaks become new lines, because the parser reads a line break as the end of a sentence or an item.
/// </summary>
public static partial class TeamsMessageText
{
    public static string FromBody(string? content, string? contentType)
    {
        if (string.IsNullOrEmpty(content)) return "";
        if (!string.Equals(contentType, "html", StringComparison.OrdinalIgnoreCase)) return content.Trim();
        var text = LineBreak().Replace(content, "\n");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
        text = BlankLines().Replace(text, "\n");
        return text.Trim();
    }

    [GeneratedRegex(@"<br\s*/?>|</(p|div|li|tr|h[1-6]|blockquote)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t]*\n[\s]*")]
    private static partial Regex BlankLines();
}
