namespace TaskBot.Directives;

/// <summary>
/// A set of characters as one bit per UTF-16 code unit (65,536 bits, 8 KB): a scan that asks "could anything start
/// here?" at every character answers most characters with one AND (the deadline scan's cue characters, the sentence
/// rules' cue characters).
/// </summary>
internal static class CharBits
{
    public static ulong[] Of(IEnumerable<char> chars)
    {
        var bits = new ulong[65536 / 64];
        foreach (char c in chars) bits[c >> 6] |= 1UL << (c & 63);
        return bits;
    }

    public static bool Has(ulong[] bits, char c) => (bits[c >> 6] & (1UL << (c & 63))) != 0;
}
