namespace TaskBot.Directives;

/// <summary>
/// A word list that answers "which listed word starts here?" by longest match, without allocating.
/// Words are bucketed by first character in a flat array (indexed from the smallest first character), kept
/// longest first, so a lookup is one array read for the common "no word starts here" case. The parser asks
/// this question tens of times per character, which is why it is an array and not a dictionary.
/// </summary>
public sealed class PhraseSet
{
    readonly string[]?[] _table;
    // One bit per slot of _table: which first characters have words. The table of references spans every code point
    // between the list's first characters (up to 160 KB per list, a hundred lists); the bits (1/64 of that) answer the
    // common "no word starts here" case from cache.
    readonly ulong[] _has;
    readonly char _min;
    public IReadOnlyCollection<string> Words { get; }
    /// <summary>The characters a listed word starts with: a scan can jump to the next place where a word may start.</summary>
    public System.Buffers.SearchValues<char> FirstChars { get; }
    readonly System.Buffers.SearchValues<char> _lastChars;

    public PhraseSet(IEnumerable<string> words)
    {
        var list = words.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()).Distinct().ToArray();
        Words = list;
        MaxLength = list.Length == 0 ? 0 : list.Max(w => w.Length);
        FirstChars = System.Buffers.SearchValues.Create([.. list.Select(w => w[0]).Distinct()]);
        _lastChars = System.Buffers.SearchValues.Create([.. list.Select(w => w[^1]).Distinct()]);
        if (list.Length == 0) { _table = []; _has = []; return; }
        _min = list.Min(w => w[0]);
        _table = new string[]?[list.Max(w => w[0]) - _min + 1];
        _has = new ulong[(_table.Length + 63) / 64];
        foreach (var g in list.GroupBy(w => w[0]))
        {
            _table[g.Key - _min] = g.OrderByDescending(w => w.Length).ToArray();
            _has[(g.Key - _min) >> 6] |= 1UL << ((g.Key - _min) & 63);
        }
    }

    bool TryBucket(char c, out string[] words)
    {
        uint i = (uint)(c - _min);
        if (i >= (uint)_table.Length || (_has[i >> 6] & (1UL << (int)(i & 63))) == 0) { words = null!; return false; }
        words = _table[i]!;
        return true;
    }

    /// <summary>Length of the longest listed word starting at <paramref name="pos"/>, or 0.</summary>
    // Inlined into its callers: most calls end at the bitmap ("no word starts here"), and the call itself cost as much
    // as that test. The candidates are compared out of line.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int MatchAt(ReadOnlySpan<char> text, int pos)
    {
        if ((uint)pos >= (uint)text.Length) return 0;
        uint i = (uint)(text[pos] - _min);
        if (i >= (uint)_table.Length || (_has[i >> 6] & (1UL << (int)(i & 63))) == 0) return 0;
        return LongestAt(text, pos, _table[i]!);
    }

    static int LongestAt(ReadOnlySpan<char> text, int pos, string[] cands)
    {
        // Every candidate starts with text[pos] (the bucket is its first character), and they come longest first.
        // Most differ from the text at their second character: one comparison rules them out; the rest are compared
        // from their third. A one-character word (the last candidate, if any) matches outright.
        int room = text.Length - pos;
        char second = room > 1 ? text[pos + 1] : '\0';
        foreach (var w in cands)
        {
            if (w.Length == 1) return 1;
            if (w[1] != second || w.Length > room) continue;
            if (text.Slice(pos + 2, w.Length - 2).SequenceEqual(w.AsSpan(2))) return w.Length;
        }
        return 0;
    }

    /// <summary>Length of the longest listed word that ends exactly at <paramref name="end"/> (exclusive), or 0.</summary>
    public int MatchEndingAt(ReadOnlySpan<char> text, int end, int minStart)
    {
        // Most places end no listed word (the unit grammar asks at every end of its name window): one lookup says so.
        if ((uint)(end - 1) >= (uint)text.Length || !_lastChars.Contains(text[end - 1])) return 0;
        int best = 0;
        for (int start = Math.Max(minStart, end - MaxLength); start < end; start++)
        {
            int len = end - start;
            if (len <= best) break;
            if (TryBucket(text[start], out var cands))
                foreach (var w in cands)
                    if (w.Length == len && text.Slice(start, len).SequenceEqual(w)) { best = len; break; }
        }
        return best;
    }

    /// <summary>
    /// True if a listed word spans position <paramref name="pos"/> (starts at or before it and ends after it): "机要局"
    /// covers its 要 with 机要, "交通要道" covers it from two characters back.
    /// </summary>
    public bool Covers(ReadOnlySpan<char> text, int pos)
    {
        // The longest word starting at a place covers the most, so one lookup per start suffices.
        for (int start = Math.Max(0, pos - MaxLength + 1); start <= pos; start++)
            if (MatchAt(text, start) > pos - start) return true;
        return false;
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !TryBucket(word[0], out var cands)) return false;
        foreach (var w in cands)
            if (word.SequenceEqual(w)) return true;
        return false;
    }

    /// <summary>
    /// Where the first listed word at or after <paramref name="from"/> starts (its length in <paramref name="length"/>),
    /// or -1. Jumps between the characters a word can start with: a rule that looks for its marker anywhere in a
    /// sentence asks once instead of once per character.
    /// </summary>
    public int NextMatch(ReadOnlySpan<char> text, int from, out int length)
    {
        for (int i = from; i < text.Length; i++)
        {
            int skip = text[i..].IndexOfAny(FirstChars);
            if (skip < 0) break;
            i += skip;
            if ((length = MatchAt(text, i)) > 0) return i;
        }
        length = 0;
        return -1;
    }

    /// <summary>True if any listed word occurs anywhere in <paramref name="text"/>.</summary>
    public bool OccursIn(ReadOnlySpan<char> text) => NextMatch(text, 0, out _) >= 0;

    // Set once in the constructor (it was a lazy int? read through a property on every call of MatchEndingAt and Covers).
    readonly int MaxLength;
}
