using System.Text.RegularExpressions;

namespace TaskBot.Directives;

/// <summary>
/// What characters any match of a pattern must contain, read off the pattern itself: a list of sets, each of which
/// has at least one character in every match ("2026年3月15日前" needs 年, 月 and one of 日号; "10个工作日内" needs 工, 作,
/// 日). A text in which one set has no character cannot match, so the deadline scan skips the regex run there: most
/// runs found nothing, and a run costs far more than a vectorized search for a few characters. Conservative by
/// construction: whatever the reader does not understand (a negated class, an escape class, a lookaround, an
/// inline option) requires nothing, so a pattern it cannot read is always run.
/// </summary>
internal static class RequiredChars
{
    /// <summary>At most this many sets are checked per pattern (the smallest, that is the most telling, first).</summary>
    const int MaxSets = 4;
    /// <summary>A character class wider than this (a range such as [一-龥]) is taken as "anything".</summary>
    const int MaxClass = 64;

    /// <summary>The sets as plain characters, in order (the deadline scan tests them against the characters a text holds); empty when nothing is known to be required.</summary>
    public static char[][] SetsOf(Regex regex)
    {
        if ((regex.Options & (RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)) != 0) return [];
        List<HashSet<char>> sets;
        try
        {
            var reader = new Reader(regex.ToString());
            sets = reader.Alternation();
            if (!reader.AtEnd) return [];
        }
        catch (FormatException) { return []; }
        return [.. Simplify(sets).Select(s => s.Order().ToArray())];
    }

    static List<HashSet<char>> Simplify(List<HashSet<char>> sets)
    {
        // A set that holds a smaller required set says nothing more: one of the smaller set's characters is there.
        var bySize = sets.Where(s => s.Count > 0).OrderBy(s => s.Count).ToList();
        var kept = new List<HashSet<char>>();
        foreach (var s in bySize)
            if (!kept.Any(k => k.IsSubsetOf(s))) kept.Add(s);
        return kept.Take(MaxSets).ToList();
    }

    /// <summary>A recursive reader of the .NET pattern syntax the grammar uses; anything else throws FormatException.</summary>
    sealed class Reader(string p)
    {
        int i;
        public bool AtEnd => i >= p.Length;
        static List<HashSet<char>> Nothing => [];

        /// <summary>a|b|c: one of the branches matched, so one of the characters of each branch's most telling set is there.</summary>
        public List<HashSet<char>> Alternation()
        {
            var branches = new List<List<HashSet<char>>> { Sequence() };
            while (i < p.Length && p[i] == '|') { i++; branches.Add(Sequence()); }
            if (branches.Count == 1) return branches[0];
            var union = new HashSet<char>();
            foreach (var b in branches)
            {
                if (b.Count == 0) return Nothing;   // a branch that needs nothing: the alternation needs nothing
                union.UnionWith(b.MinBy(s => s.Count)!);
            }
            return [union];
        }

        /// <summary>Atoms one after the other: every atom's sets are required.</summary>
        List<HashSet<char>> Sequence()
        {
            var all = new List<HashSet<char>>();
            while (i < p.Length && p[i] is not ('|' or ')'))
            {
                var atom = Atom();
                if (Quantifier() > 0) all.AddRange(atom);
            }
            return all;
        }

        /// <summary>The least number of times the atom before must occur: ?, *, {0,n} → 0; +, {n}, {n,m} → n; none → 1.</summary>
        int Quantifier() => PatternSyntax.ReadQuantifier(p, ref i) ?? 1;

        List<HashSet<char>> Atom()
        {
            char c = p[i++];
            switch (c)
            {
                case '(':
                {
                    bool zeroWidth = PatternSyntax.ReadGroupOpening(p, ref i);
                    var inner = Alternation();
                    if (i >= p.Length || p[i] != ')') throw new FormatException();
                    i++;
                    return zeroWidth ? Nothing : inner;
                }
                case '[': return Class();
                case '\\': return Escape() is char e ? [[e]] : Nothing;
                case '.' or '^' or '$': return Nothing;
                case ')' or '|' or '?' or '*' or '+' or '{': throw new FormatException();
                default: return [[c]];
            }
        }

        /// <summary>The character an escape stands for, or null for a class or an anchor (\d, \w, \b …).</summary>
        char? Escape()
        {
            if (i >= p.Length) throw new FormatException();
            char c = p[i++];
            return c switch
            {
                'r' => '\r',
                'n' => '\n',
                't' => '\t',
                _ when char.IsAsciiLetterOrDigit(c) => null,
                _ => c,
            };
        }

        /// <summary>[…]: one of its characters; a negated or wide class requires nothing.</summary>
        List<HashSet<char>> Class() => PatternSyntax.ReadClass(p, ref i, MaxClass) is { } set ? [set] : Nothing;
    }
}
