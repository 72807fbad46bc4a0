namespace TaskBot.Directives;

/// <summary>Turns the object of a directive's verb into the short noun phrase a clerk writes in the 台账.</summary>
public static class Deliverables
{
    const int MaxLength = 40;

    /// <param name="unitAt">Whether a unit name starts at an index: "报县政府" is where the thing goes, "排查报告" is the thing.</param>
    public static string? Clean(string original, string t, int s, int e, DirectiveLexicon lx, bool headNoun = true, Func<int, bool>? unitAt = null)
    {
        while (s < e && IsTrim(t[s])) s++;
        while (e > s && IsTrim(t[e - 1])) e--;
        // "…政策初稿，包括…" is cut by the clause splitter; a trailing "报县政府" is cut here.
        for (int k = s + 2; k < e; k++)
            if (t[k] is '报' or '提' or '上' or '送' or '向' && lx.ReportTriggers.MatchAt(t.AsSpan(0, e), k) is > 0 and var len
                && lx.NotTriggers.MatchAt(t.AsSpan(0, e), k) < len && (unitAt is null || unitAt(k + len)))
            {
                e = k;
                break;
            }
        // What a completion verb yields is the head noun after the last 的: "拿出针对…企业的差异化支持政策初稿" →
        // "差异化支持政策初稿". Other verbs keep their whole phrase: "加大对片区的管控力度".
        int de = t.LastIndexOf('的', e - 1, e - s);
        if (headNoun && de >= s && e - de - 1 >= 2 && !InsideQuote(t, s, de)) s = de + 1;
        for (int guard = 0; guard < 3; guard++)
        {
            int len = lx.DeliverablePrefixes.MatchAt(t.AsSpan(0, e), s);
            if (len == 0 || e - s - len < 2) break;
            s += len;
        }
        for (int guard = 0; guard < 3; guard++)
        {
            int len = lx.DeliverableSuffixes.MatchEndingAt(t, e, s);
            if (len == 0 || e - s - len < 2) break;
            e -= len;
        }
        while (s < e && IsTrim(t[s])) s++;
        while (e > s && IsTrim(t[e - 1])) e--;
        if (e - s < 2) return null;
        if (e - s > MaxLength) e = s + MaxLength;
        return original.Substring(s, e - s);
    }

    static bool IsTrim(char c) => char.IsWhiteSpace(c) || c is ',' or ';' or ':' or '。' or '、' or '.' or '!' or '?';

    static bool InsideQuote(string t, int s, int k)
    {
        int open = t.LastIndexOf('“', k, k - s + 1);
        return open >= 0 && t.IndexOf('”', open, k - open) < 0;
    }
}
