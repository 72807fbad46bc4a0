using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Long numbered lists (ninth round, family listfix): every entry of a list that runs past ten, in every numbering
/// style a directive uses, is its own task with its own unit and its own time limit.
/// </summary>
public class NinthRoundListFixTests
{
    static string? Date(ParsedTask t) => t.Deadline?.ToString("yyyy-MM-dd");

    static readonly string[] Units =
    [
        "市应急局", "市住建局", "市交通运输局", "市水务局", "市教育局", "市卫健委", "市商务局",
        "市文旅局", "市农业农村局", "市市场监管局", "市消防救援支队", "市城管局",
    ];

    static readonly string[] Works =
    [
        "修订安全生产应急预案", "开展建筑工地安全检查", "开展道路运输隐患排查", "开展防汛物资储备检查",
        "开展校园安全隐患排查", "开展医疗机构消防检查", "开展商场超市安全检查", "开展景区游乐设施检查",
        "开展农机安全检查", "开展特种设备检查", "开展高层建筑消防检查", "开展燃气管道隐患排查",
    ];

    static readonly string[] Chinese = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

    /// <summary>The n-th marker (from 0) of each numbering style.</summary>
    static string Marker(string style, int n) => style switch
    {
        "一、" => Chinese[n] + "、",
        "（一）" => "（" + Chinese[n] + "）",
        "1." => $"{n + 1}.",
        "1、" => $"{n + 1}、",
        "（1）" => $"（{n + 1}）",
        "①" => ((char)('①' + n)).ToString(),
        _ => throw new ArgumentException(style),
    };

    /// <summary>Month of entry n's time limit: 4 … 11, so entries ten to twelve carry the two-digit months too.</summary>
    static int Month(int n) => 4 + n % 8;

    static string Expected(int n) => new DateOnly(2027, Month(n), 1).AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd");

    static void AssertEveryEntry(IReadOnlyList<ParsedTask> tasks)
    {
        Assert.True(tasks.Count == 12, string.Join(" | ", tasks.Select(Describe)));
        for (int n = 0; n < 12; n++)
        {
            var t = tasks[n];
            Assert.Equal([Units[n]], t.Lead);
            Assert.Equal(Expected(n), Date(t));
            Assert.Contains(Works[n][2..], t.Deliverable);
        }
    }

    // A list of twelve numbered lines, each naming its unit: the entries after the tenth ("十一、", "（十二）", "11.",
    // "⑪") are entries like the first.
    [Theory]
    [InlineData("一、")]
    [InlineData("（一）")]
    [InlineData("1.")]
    [InlineData("1、")]
    [InlineData("（1）")]
    [InlineData("①")]
    public void Twelve_numbered_lines_are_twelve_tasks(string style)
    {
        var lines = Enumerable.Range(0, 12).Select(n => $"{Marker(style, n)}{Units[n]}负责{Works[n]}，2027年{Month(n)}月底前完成。");
        AssertEveryEntry(Parse("关于做好2027年安全生产重点工作的通知\n" + string.Join("\n", lines)));
    }

    // A task-division list whose unit stands in a block after each entry ("（牵头单位：…）").
    [Theory]
    [InlineData("一、")]
    [InlineData("（一）")]
    [InlineData("1.")]
    [InlineData("1、")]
    [InlineData("①")]
    public void Twelve_entries_with_unit_blocks_are_twelve_tasks(string style)
    {
        var lines = Enumerable.Range(0, 12).Select(n => $"{Marker(style, n)}{Works[n]}，2027年{Month(n)}月底前完成。（牵头单位：{Units[n]}）");
        AssertEveryEntry(Parse("2027年安全生产重点工作任务分解\n" + string.Join("\n", lines)));
    }

    // Rule: a speaker's list goes on past ten. "十一是…十二是…" open entries as "一是" does; before, the list stopped
    // at "十是": the eleventh and twelfth entries ran into the tenth, and "十一是市消防救援支队" was read as a unit name.
    [Fact]
    public void A_speakers_list_goes_on_past_ten()
    {
        var entries = Enumerable.Range(0, 12).Select(n => $"{Chinese[n]}是{Units[n]}要{Works[n]}，2027年{Month(n)}月底前完成。");
        AssertEveryEntry(Parse("会议要求：" + string.Join("", entries)));
    }

    [Fact]
    public void Entries_past_ten_of_a_list_asked_of_named_units_take_those_units()
    {
        var entries = Enumerable.Range(0, 12).Select(n => $"{Chinese[n]}是{Works[n]}；");
        var tasks = Parse("会议要求，市应急局要牵头抓好以下工作：" + string.Join("", entries));
        Assert.True(tasks.Count == 12, string.Join(" | ", tasks.Select(Describe)));
        Assert.All(tasks, t => Assert.Equal(["市应急局"], t.Lead));
        Assert.Contains("燃气管道隐患排查", tasks[11].Deliverable);
        Assert.DoesNotContain(tasks, t => t.Deliverable is { } d && (d.Contains("十一是") || d.Contains("十二是")));
    }

    // Counter: 是 after a number that no list counts with stays a word of the sentence ("三十是底线" is no entry),
    // and a number inside a sentence opens nothing.
    [Fact]
    public void A_number_before_shi_inside_a_sentence_opens_no_entry()
    {
        var task = Single("市教育局要确保每班学生不超过四十五人，四十五是上限，2027年8月底前完成核查。");
        Assert.Equal(["市教育局"], task.Lead);
        Assert.Equal("2027-08-31", Date(task));
    }
}
