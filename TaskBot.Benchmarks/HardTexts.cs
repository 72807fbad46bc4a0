using System.Text;

namespace TaskBot.Benchmarks;

/// <summary>
/// Inputs built to find the parser's slowest paths: adversarial repetitions of grammar words, and seeded random
/// strings over the grammar's own alphabet. Shared (linked) with TaskBot.Tests' RobustnessTests, which check that
/// none throws; `dotnet run -c Release --project TaskBot.Benchmarks -- worst` measures how long each takes.
/// </summary>
public static class HardTexts
{
    public const int MaxChars = TaskBot.Directives.DirectiveParser.MaxChars;

    static readonly string Alphabet =
        "县市区局委办中心管委会镇乡牵头负责配合协助会同由请要求报送完成年月日底前内个工作周季度半春节国庆元旦每于在将的和及与、，。；：（）()【】《》“”\"' \n\t0123456789０１２３一二两三十百";

    public static IEnumerable<string> Adversarial()
    {
        yield return "";
        yield return new string('县', MaxChars + 1);
        yield return new string('县', 100_000);
        yield return string.Concat(Enumerable.Repeat("县财政局牵头，", 15_000));
        yield return new string('，', 1000);
        yield return string.Concat(Enumerable.Repeat("、", 1000)) + "局";
        yield return new string('(', 5000) + new string(')', 10);
        yield return new string(')', 5000);
        yield return string.Concat(Enumerable.Repeat("（一）", 3000));
        yield return string.Concat(Enumerable.Repeat("1.", 5000));
        yield return string.Concat(Enumerable.Repeat("一是", 5000));
        yield return string.Concat(Enumerable.Repeat("😀🚀👍🏽", 3000));
        yield return "\0\u0001\u0002\u001b[31m\u202e\ufeff\ud800县财政局\udfff牵头";
        yield return string.Concat(Enumerable.Repeat("2026年12月31日", 2000));
        yield return string.Concat(Enumerable.Repeat("12月底前", 3000));
        yield return string.Concat(Enumerable.Repeat("九九九九九九九九个月内", 1000));
        yield return string.Concat(Enumerable.Repeat("每个季度第", 2000));
        yield return "Ｔｈｅ　ｑｕｉｃｋ　ｆｏｘ مرحبا Привет こんにちは 안녕하세요 県財政局";
        yield return string.Concat(Enumerable.Repeat("《", 4000)) + "2026年1月1日";
        yield return string.Concat(Enumerable.Repeat("县委组织部", 5000));
        yield return string.Concat(Enumerable.Repeat("各乡镇(街道办)和", 3000));
        // Many bracketed unit blocks in one item with a colon (issue 9, twenty-fifth round): each block is a range the
        // label walk and the sentence split used to test at every character. 24 and 21 ms before that round's fix.
        yield return string.Concat(Enumerable.Repeat("(县财政局牵头):", 2000));
        yield return string.Concat(Enumerable.Repeat("(牵头单位:县财政局)", 1500));
    }

    /// <summary>3,000 random strings (every 50th up to 5,000 characters, the rest up to 200), the same on every run.</summary>
    public static IEnumerable<string> Random(int count = 3000, int seed = 20261126)
    {
        var rng = new Random(seed);
        for (int n = 0; n < count; n++)
        {
            var sb = new StringBuilder();
            int len = rng.Next(0, n % 50 == 0 ? 5000 : 200);
            for (int i = 0; i < len; i++)
            {
                int kind = rng.Next(20);
                sb.Append(kind switch
                {
                    0 => ((char)rng.Next(0, 0x20)).ToString(),            // control characters
                    1 => char.ConvertFromUtf32(rng.Next(0x1F300, 0x1FAFF)),  // emoji
                    2 => ((char)rng.Next(0x4E00, 0x9FFF)).ToString(),       // any Han character
                    3 => ((char)rng.Next(0xD800, 0xDFFF)).ToString(),       // lone surrogates
                    _ => Alphabet[rng.Next(Alphabet.Length)].ToString(),
                });
            }
            yield return sb.ToString();
        }
    }
}
