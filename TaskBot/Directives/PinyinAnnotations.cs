namespace TaskBot.Directives;

/// <summary>
/// Rule PinyinAnnotationIsNoText: mirror pages print a character's reading after it, "各鄉(xiāng)鎮(zhèn)要嚴格按照…",
/// "10月底(dǐ)前". The reading is no part of the sentence: left in, it cuts every word it falls into (the unit
/// "各鄉", no 要, no deadline). The grammar reads the text without the readings; units are still reported as
/// written, readings included (conventions: surface forms), through the index map kept here.
/// A reading is a bracket of lowercase Latin letters, with at least one vowel, right after a Han character:
/// "(PPP)", "(试行)", "(1)" are no readings.
/// </summary>
internal static class PinyinAnnotations
{
    const int MaxSyllable = 6;

    /// <summary>
    /// The text without its readings, and for every index of it the index of the same character in
    /// <paramref name="text"/>; (<paramref name="text"/>, null) when there is none, which is the common case and
    /// allocates nothing.
    /// </summary>
    public static (string Text, int[]? SourceIndex) Strip(string text)
    {
        int first = NextAnnotation(text, 0);
        if (first < 0) return (text, null);
        var sb = new System.Text.StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            int len = AnnotationAt(text, i);
            if (len > 0) { i += len; continue; }
            sb.Append(text[i]);
            map.Add(i);
            i++;
        }
        return (sb.ToString(), map.ToArray());
    }

    /// <summary>The length of a reading "(xiāng)" opening at <paramref name="i"/> right after a Han character, else 0.</summary>
    public static int AnnotationAt(string t, int i)
    {
        if (i == 0 || i >= t.Length || t[i] is not ('(' or '（') || !ChineseText.IsHan(t[i - 1])) return 0;
        int k = i + 1;
        bool vowel = false;
        while (k < t.Length && k - i - 1 < MaxSyllable && IsPinyinLetter(t[k], ref vowel)) k++;
        if (k == i + 1 || !vowel || k >= t.Length || t[k] is not (')' or '）')) return 0;
        return k + 1 - i;
    }

    static int NextAnnotation(string t, int from)
    {
        for (int i = t.IndexOfAny(['(', '（'], from); i >= 0; i = i + 1 < t.Length ? t.IndexOfAny(['(', '（'], i + 1) : -1)
            if (AnnotationAt(t, i) > 0) return i;
        return -1;
    }

    static bool IsPinyinLetter(char c, ref bool vowel)
    {
        if (c is >= 'a' and <= 'z')
        {
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'v') vowel = true;
            return true;
        }
        // Toned vowels: ā á ǎ à, ē é ě è, ī í ǐ ì, ō ó ǒ ò, ū ú ǔ ù, ǖ ǘ ǚ ǜ ü.
        if ("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".IndexOf(c) >= 0) { vowel = true; return true; }
        return false;
    }
}
