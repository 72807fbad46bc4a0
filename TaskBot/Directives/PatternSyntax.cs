namespace TaskBot.Directives;

/// <summary>
/// The pieces of .NET pattern syntax that <see cref="RequiredChars"/> and <see cref="RequiredPairs"/> both read off the
/// deadline grammar's patterns: quantifiers, group openings and character classes. Each reader builds its own answer
/// from them (required characters, required pairs); the syntax is read here once so the two cannot drift apart.
/// Anything not understood throws <see cref="FormatException"/>, and the readers then require nothing of the pattern.
/// </summary>
internal static class PatternSyntax
{
    /// <summary>
    /// ?, *, {0,n} → 0; +, {n}, {n,m} → n (the least number of times the piece before must occur), a lazy ? consumed;
    /// null when no quantifier stands at <paramref name="i"/>.
    /// </summary>
    public static int? ReadQuantifier(string p, ref int i)
    {
        if (i >= p.Length) return null;
        int min;
        switch (p[i])
        {
            case '?' or '*': min = 0; i++; break;
            case '+': min = 1; i++; break;
            case '{':
                int close = p.IndexOf('}', i);
                if (close < 0) throw new FormatException();
                var body = p.AsSpan(i + 1, close - i - 1);
                int comma = body.IndexOf(',');
                if (!int.TryParse(comma < 0 ? body : body[..comma], out min)) throw new FormatException();
                i = close + 1;
                break;
            default: return null;
        }
        if (i < p.Length && p[i] == '?') i++;   // lazy
        return min;
    }

    /// <summary>
    /// After "(": (?: and (?&lt;name&gt; open a group; (?= (?! (?&lt;= (?&lt;! open a lookaround, which consumes nothing
    /// (true). Inline options, conditionals and atomic groups are not read.
    /// </summary>
    public static bool ReadGroupOpening(string p, ref int i)
    {
        if (i >= p.Length || p[i] != '?') return false;
        var rest = p.AsSpan(i);
        if (rest.StartsWith("?:")) { i += 2; return false; }
        if (rest.StartsWith("?=") || rest.StartsWith("?!")) { i += 2; return true; }
        if (rest.StartsWith("?<=") || rest.StartsWith("?<!")) { i += 3; return true; }
        if (rest.StartsWith("?<"))
        {
            int close = p.IndexOf('>', i);
            if (close < 0 || !IsName(p.AsSpan(i + 2, close - i - 2))) throw new FormatException();
            i = close + 1;
            return false;
        }
        throw new FormatException();
    }

    /// <summary>
    /// After "[": the characters of the class, or null when it is negated or wider than <paramref name="maxClass"/>
    /// (a range such as [一-龥] is taken as any character).
    /// </summary>
    public static HashSet<char>? ReadClass(string p, ref int i, int maxClass)
    {
        bool negated = i < p.Length && p[i] == '^';
        if (negated) i++;
        HashSet<char>? set = [];
        bool first = true;
        while (true)
        {
            if (i >= p.Length) throw new FormatException();
            char c = p[i];
            if (c == ']' && !first) { i++; break; }
            if (c == '[') throw new FormatException();   // subtraction, [:class:]: not read
            i++;
            char lo = c == '\\' ? ClassEscape(p, ref i) : c;
            first = false;
            if (i + 1 < p.Length && p[i] == '-' && p[i + 1] != ']')
            {
                i++;
                char hc = p[i++];
                char hi = hc == '\\' ? ClassEscape(p, ref i) : hc;
                if (hi < lo) throw new FormatException();
                if (hi - lo + 1 > maxClass) { set = null; continue; }
                for (char x = lo; x <= hi; x++) set?.Add(x);
            }
            else set?.Add(lo);
        }
        return negated || set is null || set.Count > maxClass ? null : set;
    }

    /// <summary>An escape inside a class: \r \n \t or escaped punctuation; \d, \w, \p{…} inside a class are not read.</summary>
    static char ClassEscape(string p, ref int i)
    {
        if (i >= p.Length) throw new FormatException();
        char c = p[i++];
        return c switch
        {
            'r' => '\r',
            'n' => '\n',
            't' => '\t',
            _ when char.IsAsciiLetterOrDigit(c) => throw new FormatException(),
            _ => c,
        };
    }

    static bool IsName(ReadOnlySpan<char> name)
    {
        foreach (char c in name)
            if (!char.IsAsciiLetterOrDigit(c) && c != '_') return false;
        return true;
    }
}
