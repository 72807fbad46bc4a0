using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Property test: thousands of random and adversarial inputs. The parser must never throw and must answer each
/// within 10 ms. Timing uses the best of five runs per input so a busy CI core does not fail it spuriously,
/// while a pathological (backtracking, quadratic) input still would.
/// </summary>
[Collection(TimingCollection.Name)]
public class RobustnessTests(ITestOutputHelper output)
{
    const double BoundMs = 10;
    static readonly string Alphabet =
        "县市区局委办中心管委会镇乡牵头负责配合协助会同由请要求报送完成年月日底前内个工作周季度半春节国庆元旦每于在将的和及与、，。；：（）()【】《》“”\"' \n\t0123456789０１２３一二两三十百";

    public static IEnumerable<object[]> Adversarial()
    {
        yield return [""];
        yield return [new string('县', TaskBot.Directives.DirectiveParser.MaxChars + 1)];
        yield return [new string('县', 100_000)];
        yield return [string.Concat(Enumerable.Repeat("县财政局牵头，", 15_000))];
        yield return [new string('，', 1000)];
        yield return [string.Concat(Enumerable.Repeat("、", 1000)) + "局"];
        yield return [new string('(', 5000) + new string(')', 10)];
        yield return [new string(')', 5000)];
        yield return [string.Concat(Enumerable.Repeat("（一）", 3000))];
        yield return [string.Concat(Enumerable.Repeat("1.", 5000))];
        yield return [string.Concat(Enumerable.Repeat("一是", 5000))];
        yield return [string.Concat(Enumerable.Repeat("😀🚀👍🏽", 3000))];
        yield return ["\0\u0001\u0002\u001b[31m\u202e\ufeff\ud800县财政局\udfff牵头"];
        yield return [string.Concat(Enumerable.Repeat("2026年12月31日", 2000))];
        yield return [string.Concat(Enumerable.Repeat("12月底前", 3000))];
        yield return [string.Concat(Enumerable.Repeat("九九九九九九九九个月内", 1000))];
        yield return [string.Concat(Enumerable.Repeat("每个季度第", 2000))];
        yield return ["Ｔｈｅ　ｑｕｉｃｋ　ｆｏｘ مرحبا Привет こんにちは 안녕하세요 県財政局"];
        yield return [string.Concat(Enumerable.Repeat("《", 4000)) + "2026年1月1日"];
        yield return [string.Concat(Enumerable.Repeat("县委组织部", 5000))];
        yield return [string.Concat(Enumerable.Repeat("各乡镇(街道办)和", 3000))];
    }

    [Fact]
    public void A_text_longer_than_the_budget_is_read_up_to_it_and_says_so()
    {
        var text = "县财政局月底前完成预算调整方案。" + new string('。', TaskBot.Directives.DirectiveParser.MaxChars);
        var t = Assert.Single(Parser.Parse(text, Reference));
        Assert.Contains(t.Warnings, w => w.Code == TaskBot.Directives.WarningCodes.Truncated);
    }

    [Theory, MemberData(nameof(Adversarial))]
    public void Adversarial_inputs_never_throw_and_answer_within_the_bound(string text) => AssertFastAndSafe(text);

    [Fact]
    public void Thousands_of_random_strings_never_throw_and_answer_within_the_bound()
    {
        var rng = new Random(20261126);
        double worst = 0;
        string worstInput = "";
        for (int n = 0; n < 3000; n++)
        {
            var sb = new StringBuilder();
            int len = rng.Next(0, n % 50 == 0 ? 5000 : 200);
            for (int i = 0; i < len; i++)
            {
                int kind = rng.Next(20);
                sb.Append(kind switch
                {
                    0 => (char)rng.Next(0, 0x20),                       // control characters
                    1 => char.ConvertFromUtf32(rng.Next(0x1F300, 0x1FAFF)), // emoji
                    2 => (char)rng.Next(0x4E00, 0x9FFF),                // any Han character
                    3 => (char)rng.Next(0xD800, 0xDFFF),                // lone surrogates
                    _ => Alphabet[rng.Next(Alphabet.Length)],
                });
            }
            var ms = AssertFastAndSafe(sb.ToString());
            if (ms > worst) { worst = ms; worstInput = sb.ToString(); }
        }
        output.WriteLine($"worst {worst:0.000} ms on a {worstInput.Length}-char input");
    }

    double AssertFastAndSafe(string text)
    {
        var reference = Reference;
        Parser.ParseUnguarded(text, reference);   // warm this shape once; throws here if the grammar has a bug
        double best = double.MaxValue;
        for (int i = 0; i < 5; i++)
        {
            var sw = Stopwatch.StartNew();
            Parser.ParseUnguarded(text, reference);
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }
        Assert.True(best <= BoundMs, $"parse took {best:0.00} ms (> {BoundMs} ms) on a {text.Length}-char input starting «{text[..Math.Min(40, text.Length)]}»");
        return best;
    }
}

/// <summary>Timing tests run alone, not beside the rest of the suite competing for the same two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "timing";
}
