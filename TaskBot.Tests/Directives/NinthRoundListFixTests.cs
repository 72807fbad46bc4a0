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

    // Rule NoteEndsSentence: a bracketed note after a row's full stop ("。(责任单位:…)", "。(县文旅局牵头负责)",
    // "。(表样见附件)") is the row's tail; the next row's number right after it opens the next row. Before, the number
    // was read inside the sentence: every later row ran into the first (one task with all the rows' units, or the later
    // rows got no task at all) (hb-012, hb-016, ha-057).
    [Fact]
    public void Rows_run_together_after_unit_notes_are_one_task_each()
    {
        var text = "二、重点任务\n1.加快推进城区雨污分流改造,年内完成老旧管网改造20公里。(责任单位:县住建局、各镇街) 2.全面开展河道"
                   + "清淤疏浚,消除黑臭水体。(责任单位:县水务局、各镇街) 3.开展城乡结合部环境卫生整治,清理积存垃圾。(责任单位:县城管局、各镇街) "
                   + "4.推进农贸市场提档升级,规范经营秩序。(责任单位:县市场监管局、县商务局)";
        var tasks = Parse(text);
        Assert.True(tasks.Count == 4, string.Join(" | ", tasks.Select(Describe)));
        Assert.Equal(["县住建局", "各镇街"], tasks[0].Lead);
        Assert.Equal(["县水务局", "各镇街"], tasks[1].Lead);
        Assert.Equal(["县城管局", "各镇街"], tasks[2].Lead);
        Assert.Equal(["县市场监管局", "县商务局"], tasks[3].Lead);
        Assert.Contains("河道", tasks[1].Deliverable);
    }

    [Fact]
    public void A_bracketed_sub_item_after_a_lead_note_is_its_own_task()
    {
        var text = "3.优化政务服务。(1)推行“一窗受理、集成服务”,整合各部门服务窗口。(县政务服务中心牵头负责)(2)推进“一网通办”,"
                   + "实现高频事项网上办理全覆盖。(县数据资源局牵头负责)";
        var tasks = Parse(text);
        Assert.True(tasks.Count == 2, string.Join(" | ", tasks.Select(Describe)));
        Assert.Equal(["县政务服务中心"], tasks[0].Lead);
        Assert.Equal(["县数据资源局"], tasks[1].Lead);
        Assert.Contains("网上办理", tasks[1].Deliverable);
    }

    [Fact]
    public void A_numbered_request_after_an_annex_note_is_its_own_task()
    {
        // Before, the second request ran into the first one's task and took its date.
        var text = "各单位:\n1、各单位要于3月10日前将隐患排查清单报送区安委办。(清单表样见附件)2、做好节日期间值班值守,严格执行领导带班制度。";
        var tasks = Parse(text, "2027-03-01");
        Assert.True(tasks.Count == 2, string.Join(" | ", tasks.Select(Describe)));
        Assert.Equal("2027-03-10", Date(tasks[0]));
        Assert.DoesNotContain("值班", tasks[0].Deliverable);
        Assert.Contains("值班值守", tasks[1].Deliverable);
        Assert.Null(tasks[1].Deadline);
    }

    // Counter: a bracket inside a sentence (no full stop before it) opens nothing: "(2027年版)1.5倍" stays one sentence.
    [Fact]
    public void A_number_after_a_bracket_inside_a_sentence_opens_no_row()
    {
        var task = Single("县发改局要按照《县域产业发展规划》(2027年版)1.5倍的标准核定用地指标,2027年6月底前完成。");
        Assert.Equal(["县发改局"], task.Lead);
        Assert.Equal("2027-06-30", Date(task));
    }
}
