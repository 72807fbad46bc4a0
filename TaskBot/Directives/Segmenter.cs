namespace TaskBot.Directives;

/// <summary>
/// Cuts folded text into items (numbered points of minutes and task tables), sentences and comma clauses.
/// Punctuation inside parentheses never cuts: "(无牵头单位的,责任单位即为牵头单位)" stays one note.
/// </summary>
public static class Segmenter
{
    const string ItemBoundaryBefore = "\n。;:!?";
    const string ChineseDigits = "一二三四五六七八九十";

    /// <summary>Item content ranges; the text before the first marker is an item too (a preamble or the whole text).</summary>
    public static List<(int Start, int End)> Items(string t, int s, int e)
    {
        var cuts = new List<(int Marker, int Content)>();
        int depth = 0;
        for (int i = s; i < e; i++)
        {
            // Only a bracket or a character a marker starts with does anything here: jump to the next one.
            int skip = t.AsSpan(i, e - i).IndexOfAny(ItemScanStops);
            if (skip < 0) break;
            i += skip;
            char c = t[i];
            if (c == '(' && MarkerLength(t, i, e, s) == 0) { depth++; continue; }
            if (c == ')') { depth = Math.Max(0, depth - 1); continue; }
            if (depth > 0) continue;
            int len = MarkerLength(t, i, e, s);
            if (len == 0) continue;
            cuts.Add((i, i + len));
            i += len - 1;
        }
        var items = new List<(int, int)>(cuts.Count + 1);
        int first = cuts.Count > 0 ? cuts[0].Marker : e;
        if (HasText(t, s, first)) items.Add((s, first));
        for (int k = 0; k < cuts.Count; k++)
        {
            int end = k + 1 < cuts.Count ? cuts[k + 1].Marker : e;
            if (HasText(t, cuts[k].Content, end)) items.Add((cuts[k].Content, end));
        }
        return items;
    }

    static bool HasText(string t, int s, int e)
    {
        for (int i = s; i < e; i++)
            if (!ChineseText.IsSpace(t[i]) && t[i] is not (',' or ';' or '。' or ':')) return true;
        return false;
    }

    /// <summary>Length of an item marker at i (一、 (三) 1. 1) 204. ① 一是), or 0. Markers only count at a boundary.</summary>
    static int MarkerLength(string t, int i, int e, int s)
    {
        int prev = i - 1;
        while (prev >= s && t[prev] is ' ' or '\t' or '\r') prev--;
        bool lineStart = prev < s || t[prev] == '\n';
        char c = t[i];
        bool boundary = lineStart || ItemBoundaryBefore.IndexOf(t[prev]) >= 0 || MarkerStart(c) && AfterNoteOfSentence(t, prev, s);
        bool softBoundary = boundary || t[prev] == ',';
        if (c >= '\u2460' && c <= '\u2473') return boundary ? 1 : 0;   // ①..⑳
        if (ChineseDigits.IndexOf(c) >= 0)
        {
            int k = i;
            while (k < e && k - i < 3 && ChineseDigits.IndexOf(t[k]) >= 0) k++;
            if (k < e && t[k] == '、' && boundary) return k + 1 - i;
            if (k < e && t[k] == '是' && softBoundary && k - i == 1) return k + 1 - i;   // 一是…二是…十是
            // "…十是…；十一是…": a speaker's list runs past ten. A number of two or three characters opens an entry only
            // after the entry before it ("十是" before "十一是"): "，四十五是上限" is a sentence, not an entry.
            if (k < e && t[k] == '是' && softBoundary && ChineseNumber(t.AsSpan(i, k - i)) is > 10 and var n
                && t.AsSpan(s, i - s).LastIndexOf(ChineseNumeral(n - 1) + "是") >= 0) return k + 1 - i;
            // (一要…二要… stays inside its sentence: measured on the corpus, cutting there split one task in two more often than it helped.)
            return 0;
        }
        if (c == '(' && boundary)
        {
            int k = i + 1;
            while (k < e && k - i <= 3 && (ChineseDigits.IndexOf(t[k]) >= 0 || char.IsAsciiDigit(t[k]))) k++;
            return k > i + 1 && k < e && t[k] == ')' ? k + 1 - i : 0;
        }
        // "…12月底前  2  新建2座人行天桥。": a table flattened onto one line, its row numbers set off by wide spacing.
        if (char.IsAsciiDigit(c) && !boundary && WideGapBefore(t, i, s))
        {
            int k = i;
            while (k < e && k - i < 3 && char.IsAsciiDigit(t[k])) k++;
            if (k + 1 < e && t[k] == ' ' && t[k + 1] == ' ')
            {
                while (k < e && t[k] == ' ') k++;
                return k - i;
            }
        }
        if (char.IsAsciiDigit(c) && boundary)
        {
            int k = i;
            while (k < e && k - i < 3 && char.IsAsciiDigit(t[k])) k++;
            if (k >= e || char.IsAsciiDigit(t[k])) return 0;
            if ((t[k] == '.' || t[k] == '、' || t[k] == ')') && (k + 1 >= e || !char.IsAsciiDigit(t[k + 1]))) return k + 1 - i;
            // "3 完成农贸市场提升改造。": a flattened table row starts with its number and a space.
            // A row number alone on its line: each cell of the flattened table is a line of its own.
            if (lineStart && (t[k] == '\n' || t[k] == '\r'))
            {
                while (k < e && ChineseText.IsSpace(t[k])) k++;
                return k - i;
            }
            if (lineStart && (t[k] == ' ' || t[k] == '\t'))
            {
                while (k < e && (t[k] == ' ' || t[k] == '\t')) k++;
                return k - i;
            }
        }
        return 0;
    }

    /// <summary>The brackets and every character <see cref="MarkerLength"/> can return a marker at (<see cref="MarkerStart"/>).</summary>
    static readonly System.Buffers.SearchValues<char> ItemScanStops = System.Buffers.SearchValues.Create(
        "()0123456789" + ChineseDigits + string.Concat(Enumerable.Range(0x2460, 0x2473 - 0x2460 + 1).Select(c => (char)c)));

    /// <summary>A marker (1. 一、 (三) ①) can start here: one of the scan's stops other than a closing bracket.</summary>
    static bool MarkerStart(char c) => c != ')' && ItemScanStops.Contains(c);

    /// <summary>
    /// Rule NoteEndsSentence: "…一档管理的工作模式。(市工商质监局牵头负责)(2)完善…", "…问题。(责任单位:国土局、各乡镇场) 3.开展…",
    /// "…报送区安委办。(表格见附)2、持续做好…" — a bracketed note after a sentence's full stop is that sentence's tail (its
    /// units, a pointer to an annex): the next entry's number after it opens an item as it would after the full stop.
    /// Before, the number was read inside the sentence and every later entry ran into the first row: one task of all
    /// the rows' units, or none for the later rows. A bracket inside a sentence ("按《目录》(2018年版)1.…") opens nothing.
    /// </summary>
    static bool AfterNoteOfSentence(string t, int prev, int s)
    {
        if (prev < s || t[prev] is not (')' or ']')) return false;
        char close = t[prev], open = close == ')' ? '(' : '[';
        int depth = 0;
        for (int k = prev; k >= s; k--)
        {
            if (t[k] == close) depth++;
            else if (t[k] == open && --depth == 0)
            {
                int b = k - 1;
                while (b >= s && t[b] is ' ' or '\t' or '\r') b--;
                return b >= s && t[b] is '。' or ';' or '!' or '?';
            }
        }
        return false;
    }

    /// <summary>"一" … "九", "十", "十一", "二十", "二十三" as a number; 0 for what no list counts with ("一一", "十十").</summary>
    static int ChineseNumber(ReadOnlySpan<char> n)
    {
        int ten = n.IndexOf('十');
        if (ten < 0) return n.Length == 1 ? ChineseDigits.IndexOf(n[0]) + 1 : 0;
        if (n.LastIndexOf('十') != ten || ten > 1 || n.Length > ten + 2) return 0;
        int tens = ten == 0 ? 1 : ChineseDigits.IndexOf(n[0]) + 1;
        int ones = ten == n.Length - 1 ? 0 : ChineseDigits.IndexOf(n[ten + 1]) + 1;
        return tens > 9 || ones > 9 ? 0 : tens * 10 + ones;
    }

    /// <summary>1 … 99 written as a list counts: 十, 十一, 二十, 二十三.</summary>
    static string ChineseNumeral(int n)
    {
        int tens = n / 10, ones = n % 10;
        string t = tens == 0 ? "" : tens == 1 ? "十" : ChineseDigits[tens - 1] + "十";
        return ones == 0 ? t : t + ChineseDigits[ones - 1];
    }

    static bool WideGapBefore(string t, int i, int s) => i - 2 >= s && t[i - 1] == ' ' && t[i - 2] == ' ';

    /// <summary>Sentences of an item, split at 。;!?/newline outside parentheses, skipping the excluded ranges.</summary>
    public static List<(int Start, int End)> Sentences(string t, int s, int e, IReadOnlyList<(int Start, int End)> excluded)
        => Split(t, s, e, "。;!?\n", excluded);

    /// <summary>Comma clauses of a sentence.</summary>
    public static List<(int Start, int End)> Clauses(string t, int s, int e) => Split(t, s, e, ",:", []);

    /// <summary>The clauses into <paramref name="into"/> (cleared first): the parser reuses one list for every sentence.</summary>
    public static List<(int Start, int End)> Clauses(string t, int s, int e, List<(int Start, int End)> into)
    {
        into.Clear();
        return Split(t, s, e, ",:", [], into);
    }

    // A plain loop over the two to five cutters: string.IndexOf's vectorized search costs more to set up than it saves.
    static bool IsCutter(string cutters, char c)
    {
        foreach (char x in cutters)
            if (x == c) return true;
        return false;
    }

    static List<(int, int)> Split(string t, int s, int e, string cutters, IReadOnlyList<(int Start, int End)> excluded, List<(int, int)>? into = null)
    {
        var parts = into ?? [];
        // The ranges as a span: asked at every character, the interface cost a call for Count (and one per range) there.
        ReadOnlySpan<(int Start, int End)> ranges = excluded switch
        {
            List<(int Start, int End)> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
            (int Start, int End)[] array => array,
            _ => [.. excluded],
        };
        // Ranges sorted by start (then end), none empty, as Blocks.Find leaves them: the walk keeps a cursor at the first
        // range not yet passed instead of testing every range at every character, which made an item with many blocks
        // ("(县财政局牵头):" a thousand times) quadratic. The first range starting here is the same one either way; any
        // other list is walked as before.
        bool ordered = true;
        for (int k = 0; k < ranges.Length && ordered; k++)
            ordered = ranges[k].End > ranges[k].Start
                      && (k == 0 || ranges[k - 1].Start < ranges[k].Start || ranges[k - 1].Start == ranges[k].Start && ranges[k - 1].End <= ranges[k].End);
        // The highest cutter: a character above it (every Han character) is no cutter, without walking the list.
        char maxCutter = '\0';
        foreach (char x in cutters) if (x > maxCutter) maxCutter = x;
        int start = s, depth = 0, cursor = 0;
        for (int i = s; i < e; i++)
        {
            if (ordered)
            {
                while (cursor < ranges.Length && ranges[cursor].Start < i) cursor++;
                if (cursor < ranges.Length && ranges[cursor].Start == i)
                {
                    if (i > start) parts.Add((start, i));
                    i = ranges[cursor].End - 1;
                    start = ranges[cursor].End;
                    continue;
                }
            }
            else
                foreach (var (xs, xe) in ranges)
                    if (i == xs)
                    {
                        if (i > start) parts.Add((start, i));
                        i = xe - 1;
                        start = xe;
                        goto next;
                    }
            char c = t[i];
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && c <= maxCutter && IsCutter(cutters, c))
            {
                if (i > start) parts.Add((start, i));
                start = i + 1;
            }
            next:;
        }
        if (e > start) parts.Add((start, e));
        return parts;
    }
}
