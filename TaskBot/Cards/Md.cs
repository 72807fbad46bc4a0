using System.Globalization;

namespace TaskBot.Cards;

/// <summary>
/// Text for a TextBlock, which Teams renders as markdown. The only ways in are a literal we wrote
/// (<see cref="Literal"/>) or an interpolated string whose arguments are escaped (<see cref="Of"/>), so user text
/// cannot become a link, bold text or a list. Escaping maps the ASCII markdown characters to their full-width
/// twins: that reads naturally in Chinese and, unlike backslashes, looks the same in every renderer.
/// </summary>
public readonly record struct Md
{
    public string Text { get; }
    private Md(string text) => Text = text;

    public static readonly Md Empty = new("");

    /// <summary>Markdown we wrote ourselves. Never pass user text here.</summary>
    public static Md Literal(string markdown) => new(markdown);

    /// <summary>Our markdown with every interpolated argument escaped (an <see cref="Md"/> argument is kept as is).</summary>
    public static Md Of(FormattableString markdown) =>
        new(string.Format(EscapingFormatter.Instance, markdown.Format, markdown.GetArguments()));

    /// <summary>The text as it must be shown, with nothing in it markdown would act on.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var chars = text.Replace("\r\n", "\n").ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            chars[i] = chars[i] switch
            {
                '[' => '［', ']' => '］', '(' => '（', ')' => '）', '*' => '＊', '_' => '＿', '`' => '｀',
                '#' => '＃', '>' => '＞', '<' => '＜', '~' => '～', '|' => '｜', '\\' => '＼', '!' => '！',
                // An HTML entity (&lt;b&gt;) is markup too.
                '&' => '＆',
                // A bare URL is turned into a link by Teams: break the scheme separator.
                ':' when i + 2 < chars.Length && chars[i + 1] == '/' && chars[i + 2] == '/' => '：',
                // List markers only act at the start of a line.
                '-' or '+' when i == 0 || chars[i - 1] == '\n' => chars[i] == '-' ? '－' : '＋',
                '.' when i > 0 && char.IsAsciiDigit(chars[i - 1]) && StartsLineWithDigits(chars, i) => '．',
                _ => chars[i],
            };
        return new string(chars);
    }

    private static bool StartsLineWithDigits(char[] chars, int dot)
    {
        var j = dot - 1;
        while (j >= 0 && char.IsAsciiDigit(chars[j])) j--;
        return j < 0 || chars[j] == '\n';
    }

    public override string ToString() => Text;

    private sealed class EscapingFormatter : IFormatProvider, ICustomFormatter
    {
        public static readonly EscapingFormatter Instance = new();
        public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : null;

        public string Format(string? format, object? arg, IFormatProvider? formatProvider) => arg switch
        {
            Md md => md.Text,
            IFormattable f => Escape(f.ToString(format, CultureInfo.InvariantCulture)),
            _ => Escape(arg?.ToString()),
        };
    }
}
