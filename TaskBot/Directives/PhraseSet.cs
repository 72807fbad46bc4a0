using System.Collections.Frozen;

namespace TaskBot.Directives;

/// <summary>
/// A word list that answers "which listed word starts here?" by longest match, without allocating.
/// Words are bucketed by first character and kept longest first, so a lookup touches only the few words
/// that could match. This is what lets the lexicon stay data while the parser stays fast.
/// </summary>
public sealed class PhraseSet
{
    readonly FrozenDictionary<char, string[]> _byFirst;
    public IReadOnlyCollection<string> Words { get; }

    public PhraseSet(IEnumerable<string> words)
    {
        var list = words.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()).Distinct().ToArray();
        Words = list;
        _byFirst = list.GroupBy(w => w[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray());
    }

    /// <summary>Length of the longest listed word starting at <paramref name="pos"/>, or 0.</summary>
    public int MatchAt(ReadOnlySpan<char> text, int pos)
    {
        if ((uint)pos >= (uint)text.Length || !_byFirst.TryGetValue(text[pos], out var cands)) return 0;
        var rest = text[pos..];
        foreach (var w in cands)
            if (rest.StartsWith(w, StringComparison.Ordinal)) return w.Length;
        return 0;
    }

    /// <summary>Length of the longest listed word that ends exactly at <paramref name="end"/> (exclusive), or 0.</summary>
    public int MatchEndingAt(ReadOnlySpan<char> text, int end, int minStart)
    {
        int best = 0;
        for (int start = Math.Max(minStart, end - MaxLength); start < end; start++)
        {
            int len = end - start;
            if (len <= best) break;
            if (_byFirst.TryGetValue(text[start], out var cands))
                foreach (var w in cands)
                    if (w.Length == len && text.Slice(start, len).SequenceEqual(w)) { best = len; break; }
        }
        return best;
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !_byFirst.TryGetValue(word[0], out var cands)) return false;
        foreach (var w in cands)
            if (word.SequenceEqual(w)) return true;
        return false;
    }

    /// <summary>True if any listed word occurs anywhere in <paramref name="text"/>.</summary>
    public bool OccursIn(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
            if (MatchAt(text, i) > 0) return true;
        return false;
    }

    int MaxLength => _maxLength ??= Words.Count == 0 ? 0 : Words.Max(w => w.Length);
    int? _maxLength;
}
