using System.Text.RegularExpressions;

namespace TaskBot.Directives;

/// <summary>
/// What pairs of adjacent characters any match of a pattern must contain, read off the pattern itself: a list of sets,
/// each of which has at least one pair in every match. A finer filter than <see cref="RequiredChars"/> where the
/// characters are common and their order is not: "3个月的时间内" (span_of_time) needs a unit (or 右, 的) right before
/// 时, which "审批时间" has not; "12月20日" (month_day) needs a numeral right before 月, which "本月底" has not. Texts
/// full of dates hold every required character of most date rules, and most of those runs find nothing.
/// Conservative like <see cref="RequiredChars"/>: whatever the reader does not understand requires nothing.
/// A pair is stored as (first &lt;&lt; 16) | second; <see cref="End"/> stands for the end of the text after its last character.
/// </summary>
internal static class RequiredPairs
{
    /// <summary>
    /// The end of the text, as the character after its last: "$" is read as this or the final "\n" following. A
    /// text holding the character itself only passes more filters.
    /// </summary>
    public const char End = '\uffff';

    /// <summary>At most this many sets per pattern (the smallest first).</summary>
    const int MaxSets = 4;
    /// <summary>A set of more pairs than this is dropped: it would hardly filter anything.</summary>
    const int MaxPairs = 512;
    /// <summary>A character class wider than this is taken as "any character".</summary>
    const int MaxClass = 64;
    /// <summary>At most this many combinations of the branches' sets are kept for an alternation.</summary>
    const int MaxCombinations = 16;

    public static int[][] SetsOf(Regex regex)
    {
        if ((regex.Options & (RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)) != 0) return [];
        Part whole;
        try
        {
            var reader = new Reader(regex.ToString());
            whole = reader.Alternation();
            if (!reader.AtEnd) return [];
        }
        catch (FormatException) { return []; }
        var bySize = whole.Pairs.Where(s => s.Count > 0 && s.Count <= MaxPairs).OrderBy(s => s.Count).ToList();
        var kept = new List<HashSet<int>>();
        foreach (var s in bySize)
            if (!kept.Any(k => k.IsSubsetOf(s))) kept.Add(s);   // a superset of a required set says nothing more
        return [.. kept.Take(MaxSets).Select(s => s.Order().ToArray())];
    }

    /// <summary>
    /// What a piece of a pattern matches: whether it may match nothing, the characters a non-empty match may begin and
    /// end with (null: any character), and the pair sets every match holds.
    /// </summary>
    sealed record Part(bool Nullable, HashSet<char>? First, HashSet<char>? Last, List<HashSet<int>> Pairs)
    {
        /// <summary>The empty string, or anything that consumes nothing (an anchor, a lookaround).</summary>
        public static Part Empty => new(true, [], [], []);
        public static Part AnyChar => new(false, null, null, []);
        public static Part Char(char c) => new(false, [c], [c], []);
    }

    static HashSet<char>? Union(HashSet<char>? a, HashSet<char>? b) => a is null || b is null ? null : [.. a, .. b];

    /// <summary>Every pair of a character of <paramref name="a"/> followed by one of <paramref name="b"/>; null when too many.</summary>
    static HashSet<int>? Product(HashSet<char>? a, HashSet<char>? b)
    {
        if (a is null || b is null || a.Count == 0 || b.Count == 0 || a.Count * b.Count > MaxPairs) return null;
        var pairs = new HashSet<int>();
        foreach (char x in a)
            foreach (char y in b) pairs.Add(x << 16 | y);
        return pairs;
    }

    /// <summary>A recursive reader of the .NET pattern syntax the grammar uses; anything else throws FormatException.</summary>
    sealed class Reader(string p)
    {
        int i;
        public bool AtEnd => i >= p.Length;

        /// <summary>
        /// a|b: a match is one branch's match, so it holds a pair of one set of each branch: the union of one set per
        /// branch is required (any such choice; a few are kept). A branch that requires nothing: nothing required.
        /// </summary>
        public Part Alternation()
        {
            var branches = new List<Part> { Sequence() };
            while (i < p.Length && p[i] == '|') { i++; branches.Add(Sequence()); }
            if (branches.Count == 1) return branches[0];
            bool nullable = branches.Any(b => b.Nullable);
            HashSet<char>? first = [], last = [];
            foreach (var b in branches) { first = Union(first, b.First); last = Union(last, b.Last); }
            var combos = new List<HashSet<int>> { new() };
            foreach (var b in branches)
            {
                var choices = b.Pairs.Where(s => s.Count <= MaxPairs).OrderBy(s => s.Count).ToList();
                if (choices.Count == 0) return new(nullable, first, last, []);
                var next = new List<HashSet<int>>();
                foreach (var c in combos)
                    foreach (var s in choices)
                        if (next.Count < MaxCombinations) next.Add([.. c, .. s]);
                combos = next;
            }
            return new(nullable, first, last, [.. combos.Where(s => s.Count <= MaxPairs)]);
        }

        /// <summary>
        /// Pieces one after the other: each piece's sets are required, and where neither the text so far nor the next
        /// piece can be empty, the last character of the one is followed by the first of the other.
        /// </summary>
        Part Sequence()
        {
            var acc = Part.Empty;
            while (i < p.Length && p[i] is not ('|' or ')'))
            {
                var atom = Atom();
                var x = Quantified(atom);
                var pairs = new List<HashSet<int>>(acc.Pairs);
                pairs.AddRange(x.Pairs);
                if (!acc.Nullable && !x.Nullable && Product(acc.Last, x.First) is { } boundary) pairs.Add(boundary);
                acc = new(acc.Nullable && x.Nullable,
                    acc.Nullable ? Union(acc.First, x.First) : acc.First,
                    x.Nullable ? Union(x.Last, acc.Last) : x.Last,
                    pairs);
            }
            return acc;
        }

        /// <summary>?, *, {0,n}: the piece may be absent, so it requires nothing; +, {n}, {n,m}: what the piece requires.</summary>
        Part Quantified(Part atom) =>
            PatternSyntax.ReadQuantifier(p, ref i) == 0 ? new(true, atom.First, atom.Last, []) : atom;

        Part Atom()
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
                    return zeroWidth ? Part.Empty : inner;
                }
                case '[': return Class();
                case '\\': return Escape();
                case '.': return Part.AnyChar;
                case '^': return Part.Empty;
                // "…[ \t|]*(?:\r?\n|$)": what comes before $ is followed by the end of the text, or by its final \n.
                // Read as a character that may follow what stands before it, not as one that anything follows.
                case '$': return new(false, [End, '\n'], null, []);
                case ')' or '|' or '?' or '*' or '+' or '{': throw new FormatException();
                default: return Part.Char(c);
            }
        }

        /// <summary>\n \t \r and escaped punctuation: that character; \b \B \A \z \Z \G: nothing consumed; \d \w \s and their negations: any character.</summary>
        Part Escape()
        {
            if (i >= p.Length) throw new FormatException();
            char c = p[i++];
            return c switch
            {
                'r' => Part.Char('\r'),
                'n' => Part.Char('\n'),
                't' => Part.Char('\t'),
                'b' or 'B' or 'A' or 'z' or 'Z' or 'G' => Part.Empty,
                'd' or 'D' or 'w' or 'W' or 's' or 'S' => Part.AnyChar,
                _ when char.IsAsciiLetterOrDigit(c) => throw new FormatException(),   // \p{…}, back references, \u…: not read
                _ => Part.Char(c),
            };
        }

        /// <summary>[…]: one of its characters; a negated or wide class: any character.</summary>
        Part Class() => PatternSyntax.ReadClass(p, ref i, MaxClass) is { } set ? new(false, set, set, []) : Part.AnyChar;
    }
}
