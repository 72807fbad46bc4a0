using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Deadline families of the eighth round (year- and period-level targets missed in holdout-b, r5-lists, r6-lists and
/// the lookalikes): each test asserts the date a user sees on the task's card; each rule has counter-tests where the
/// text must keep no date (or no task).
/// </summary>
public class EighthRoundDeadlineTests
{
    static string? Date(ParsedTask t) => t.Deadline?.ToString("yyyy-MM-dd");

    // Rule cumulative_target: 累计 after a year target that opens its sentence (到2028年, 争取到2028年) counts up to that
    // target; the figure is the target's, not progress told (hb-084, hb-085, hb-087).
    [Theory]
    [InlineData("3. 推进老旧设备更新。到2028年,累计完成20台(套)左右老旧锅炉更新替代。")]
    [InlineData("推进城镇供水管网改造方面,争取到2028年累计改造老旧管网300公里以上,完成二次供水设施改造50处。")]
    [InlineData("到2028年，全县累计建成新能源充电桩2000个，累计新建乡镇充电站20个以上。")]
    public void Counting_up_to_a_year_target_is_that_target(string text)
    {
        var tasks = Parse(text);
        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.Equal("2028-12-31", Date(t)));
    }

    [Theory]
    // a year already over at the reference: the count is progress told
    [InlineData("到2025年底，全县累计完成农村改厕1.2万户，改厕村基本消除旱厕。")]
    // 已 tells it was done
    [InlineData("到2028年，全县已累计建成新能源充电桩2000个。")]
    // no target before it: a report of the year so far
    [InlineData("今年以来，全县累计完成固定资产投资12亿元，同比增长8%。")]
    public void Counts_reported_stay_reports(string text) =>
        Assert.DoesNotContain(Parse(text), t => t.Deadline is not null);
}

public class EighthRoundRecapTests
{
    static string? Date(ParsedTask t) => t.Deadline?.ToString("yyyy-MM-dd");

    // Rule RecapDatesWorkAbove: a sentence that only sets the time by which the work listed above (上述/以上 …工作/要求) must
    // be done dates every undated task before it and is no task of its own (r6d-020, r5l-013).
    [Theory]
    [InlineData("1.各村要对辖区内河道进行一次全面清淤;对损毁的灌溉渠道及时修复;对所有塘坝进行安全检查。\n2.各乡镇要切实加强领导,确保上述三项工作在12月20日前全面完成。", "各村")]
    [InlineData("一、县住建局要对全县在建工地开展扬尘治理专项检查。\n二、县交通运输局要加强渣土运输车辆管理。\n全县要以最严作风抓好落实,把以上各项要求落实到位,并于12月20日前全部落实到位。", "县住建局")]
    public void A_recap_dates_the_work_above_and_is_no_task(string text, string lead)
    {
        var tasks = Parse(text);
        Assert.Contains(tasks, t => t.Lead.Contains(lead));
        Assert.All(tasks, t => Assert.Equal("2026-12-20", Date(t)));
        Assert.DoesNotContain(tasks, t => (t.Deliverable ?? "").Contains("上述") || (t.Deliverable ?? "").Contains("以上"));
    }

    [Fact]
    public void A_report_of_the_work_above_keeps_its_own_date_and_dates_nothing_above()
    {
        var tasks = Parse("1.各村要对辖区内河道进行一次全面清淤。\n2.请各乡镇于12月20日前将上述工作完成情况报送县水利局。");
        Assert.Contains(tasks, t => t.Lead.Contains("各乡镇") && Date(t) == "2026-12-20");
        Assert.Contains(tasks, t => t.Lead.Contains("各村") && t.Deadline is null);
    }

    public static TheoryData<string> WorkReportWords => new(ParserHarness.Lexicon.WorkReportWords.Words);

    // Counter-test of the family: each word alone turns the recap into a report of the work, which keeps its own date
    // and dates nothing above (without it, "完成后的材料交县水利局" would be read as a recap).
    [Theory, MemberData(nameof(WorkReportWords))]
    public void Every_report_word_makes_a_sentence_about_the_work_above_a_report_task(string word)
    {
        var tasks = Parse($"1.各村要对辖区内河道进行一次全面清淤。\n2.请各乡镇于12月20日前将上述工作完成后的{word}材料交县水利局。");
        Assert.Contains(tasks, t => t.Lead.Contains("各乡镇") && Date(t) == "2026-12-20");
        Assert.Contains(tasks, t => t.Lead.Contains("各村") && t.Deadline is null);
    }

    [Fact]
    public void A_task_with_its_own_date_keeps_it_under_a_recap()
    {
        var tasks = Parse("1.县水利局要在12月10日前完成堤防隐患排查;各村要对辖区内塘坝进行安全检查。\n2.各乡镇要加强领导,确保上述工作在12月20日前全面完成。");
        Assert.Contains(tasks, t => t.Lead.Contains("县水利局") && Date(t) == "2026-12-10");
        Assert.Contains(tasks, t => t.Lead.Contains("各村") && Date(t) == "2026-12-20");
    }
}

public class EighthRoundSteeredYearTests
{
    static string? Date(ParsedTask t) => t.Deadline?.ToString("yyyy-MM-dd");

    // Rule SteeredYearCarriesOn: the year's targets a sentence steers by (紧盯/对照/锚定 …全年/年度…目标) are what the next
    // sentence's work is for: its first undated task of the same units (or any units, when the steer named nobody)
    // takes the year's end; a steer naming nobody is no task of its own (r5l-059, la-126).
    [Fact]
    public void A_steer_naming_nobody_dates_the_next_sentences_task_and_is_no_task()
    {
        var t = Single("会议强调，要紧盯全年目标任务。县住建局要加快推进老旧小区改造，确保项目顺利推进。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal("2026-12-31", Date(t));
    }

    [Fact]
    public void A_units_steer_dates_their_next_sentences_task()
    {
        var tasks = Parse("各乡镇要紧盯年度目标任务，加快推动经济社会高质量发展。他强调，要全面抓好任务落实，压实工作责任，确保完成各项既定任务。");
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal("2026-12-31", Date(t)));
    }

    [Theory]
    // a firm date of the sentence before carries nothing
    [InlineData("会议要求，12月10日前完成全县危房排查。县住建局要加强政策宣传引导。", "宣传")]
    // another unit's task in the next sentence
    [InlineData("各乡镇要紧盯全年目标任务，加快推进项目建设。县财政局要做好项目资金保障。", "资金保障")]
    // not the very next sentence
    [InlineData("各乡镇要紧盯全年目标任务，加快推进项目建设。各乡镇要加强安全生产检查。各乡镇要做好防汛物资储备。", "防汛物资")]
    public void Nothing_else_carries_to_the_next_sentence(string text, string job)
    {
        var t = Assert.Single(Parse(text), x => (x.Deliverable ?? "").Contains(job));
        Assert.Null(t.Deadline);
    }
}
