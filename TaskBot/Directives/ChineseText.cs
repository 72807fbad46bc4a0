namespace TaskBot.Directives;

/// <summary>Character-level helpers shared by the directive grammar.</summary>
public static class ChineseText
{
    /// <summary>
    /// Folds full-width ASCII variants (０-９, （）, ，；：) and the ideographic space to ASCII, and traditional
    /// characters to simplified ones (<see cref="TraditionalFold"/>), one char for one char, so every index into the folded text is also an index into the original: surface forms are cut
    /// from the original text, patterns only ever see the folded one. A colon between two digits ("17:00前",
    /// "20：00点前") is a time of day, not a clause break: it folds to '∶' (ratio sign), which no splitter cuts at, so
    /// the time stays in the clause of its date.
    /// </summary>
    public static string Fold(string text)
    {
        return string.Create(text.Length, text, static (dst, src) =>
        {
            for (int i = 0; i < src.Length; i++)
            {
                char c = src[i];
                if ((c == ':' || c == '\uFF1A') && i > 0 && i + 1 < src.Length && IsAnyDigit(src[i - 1]) && IsAnyDigit(src[i + 1])) c = TimeColon;
                else if (c >= '\uFF01' && c <= '\uFF5E') c = (char)(c - 0xFEE0);
                else if (c == '\u3000' || c == '\u00A0') c = ' ';
                else if (c == '\u3014' || c == '\u3010') c = '[';   // 〔 【: document numbers, headings
                else if (c == '\u3015' || c == '\u3011') c = ']';
                else c = TraditionalFold.Fold(c);   // 會議要求 reads as 会议要求; the original keeps the surface form
                dst[i] = c;
            }
        });
    }

    /// <summary>What a colon between two digits folds to (see <see cref="Fold"/>).</summary>
    public const char TimeColon = '\u2236';

    static bool IsAnyDigit(char c) => char.IsAsciiDigit(c) || c >= '\uFF10' && c <= '\uFF19';

    /// <summary>
    /// Exactly <see cref="char.IsWhiteSpace"/>, answered without the Unicode tables for the text this parser reads:
    /// outside Latin-1 only U+1680 and U+2000..U+3000 hold white space (categories Zs, Zl, Zp), so a Han character
    /// (U+3400 up) is ruled out by one comparison. The parser asks this at nearly every character it steps over.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c <= '\u00FF' ? char.IsWhiteSpace(c) : c >= '\u1680' && c <= '\u3000' && char.IsWhiteSpace(c);

    /// <summary>What separates the cells of a flattened table: white space or a '|' (Blocks and the item stage read cells).</summary>
    public static bool IsCellGap(char c) => IsSpace(c) || c == '|';

    public static bool IsHan(char c) => c >= '\u3400' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF';

    /// <summary>A digit of a small count, written either way (3, 三, 两): 3个工作日内, 每个村200亩, 两个乡镇.</summary>
    public static bool IsNumeral(char c) => char.IsAsciiDigit(c) || "一二两三四五六七八九十".Contains(c);

    /// <summary>
    /// A regulation's article label at <paramref name="p"/>: 第 + a Chinese numeral + 条, then a blank or a colon
    /// ("第五条 ", "第十二条:"); returns where that blank or colon stands, or -1. "第一条道路由…" (no blank: 条 counts
    /// roads) is no label. Read by the sentence rule RegulationArticle, by CalendarDutyOfNamedUnit and by the clause
    /// reader (rule ArticleLabelBeforeSubject), so that all three agree on what a label is.
    /// </summary>
    public static int ArticleLabelEnd(string t, int p, int end)
    {
        if (p >= end || t[p] != '第') return -1;
        int q = p + 1;
        while (q < end && q - p <= 5 && "一二三四五六七八九十百零〇".Contains(t[q])) q++;
        return q > p + 1 && q + 1 < end && t[q] == '条' && t[q + 1] is ' ' or '\t' or '\u3000' or ':' ? q + 1 : -1;
    }

    static int Digit(char c) => c switch
    {
        '零' or '〇' => 0, '一' => 1, '二' or '两' => 2, '三' => 3, '四' => 4,
        '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9, _ => -1,
    };

    /// <summary>
    /// Parses 0-9999 written in ASCII digits or Chinese numerals (十五, 二十, 两, 一百零五). Returns -1 when the
    /// text is not a number, so callers can reject a rule instead of catching exceptions.
    /// </summary>
    public static int ParseNumber(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || s.Length > 8) return -1;
        if (char.IsAsciiDigit(s[0]))
        {
            int v = 0;
            foreach (char c in s)
            {
                if (!char.IsAsciiDigit(c)) return -1;
                v = v * 10 + (c - '0');
            }
            return v;
        }
        int total = 0, pending = -1;
        foreach (char c in s)
        {
            int d = Digit(c);
            if (d >= 0) { pending = d; continue; }
            int unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0) return -1;
            total += (pending < 0 ? 1 : pending) * unit;   // 十五: a bare 十 means 1×10
            pending = -1;
        }
        return total + (pending < 0 ? 0 : pending);
    }
}
