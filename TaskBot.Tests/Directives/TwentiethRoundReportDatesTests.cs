using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twentieth round, non-directives (conventions, last paragraph: progress reports → no task): two dates that a report
/// item carries without setting a limit for anyone, read by Rule ReportItemAsksNothing's DatesOnlyAims (an item in
/// which no sentence asks and one reports; a date outside an aim made the item count as asking).
/// - AsOfDateInReport: "截止11月底，…工程正在全速推进，确保年底完成建设任务" — the date the report speaks at (截至 / 截止,
///   which DeadlineGrammar already refuses as a deadline: Invalid) is no limit (train r13s-125; the shape "截至/截止 + date,"
///   is in 30+ train items, all but these labelled as the grammar reads them).
/// - StartDateInReport: "区教育局自11月下旬启动…专项行动" — the day reported work started (自 / 从 before the date, 起 /
///   开始 / 启动 after it, not closed by 前 / 止) is no by-when (train r10s-051; same shape in r14s-083, r14d-042).
/// Counter-side: only items that ask nothing are read this way; a unit asked with 要 and a date, or a bare date
/// beside the start ("12月20日前完成隐患整改"), keeps its task.
/// Gate against /work/s38/pm: train fixed r10s-051, r13s-125 (and r14s-005, r14s-101 that main already fixed after pm
/// was taken), regressed 0, extra tasks 805 → 801; validation 0/0, extra unchanged; shared unchanged.
/// </summary>
public class TwentiethRoundReportDatesTests
{
    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    [Fact]
    public void An_as_of_date_opening_a_report_sets_no_limit()
    {
        const string text = "截止11月底,全县污水管网工程正在全速推进,确保年底完成建设任务。其中,22座泵站已开始扫尾,72公里管线基本完成。";
        Assert.Contains("ReportItemAsksNothing", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_start_date_of_reported_work_sets_no_limit()
    {
        const string text = "为压实校园安全责任,县教育局自11月下旬启动校园安全隐患排查整治专项行动。截至目前,已完成对12所中小学的首轮检查,整改隐患12处。";
        Assert.Contains("ReportItemAsksNothing", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_start_date_with_从_and_开始_sets_no_limit()
    {
        Assert.Empty(Parse("从12月1日开始,镇“两违”办对辖区内违章建设开展全面巡查。截至目前,已拆除违建12处。"));
    }

    // Counter-tests: 截至 / 截止 beside an order with its date.
    [Fact]
    public void An_as_of_report_then_an_order_keeps_the_task()
    {
        var t = Single("截至10月底,全县已完成危房改造120户。剩余30户,各乡镇要于12月20日前完成改造。");
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
    }

    [Fact]
    public void An_as_of_report_with_a_bare_date_keeps_the_task()
    {
        // No 确保 / 力争: "年底前完成建设任务" is a limit, not the aim of the reported work.
        Assert.NotEmpty(Parse("截止11月底,全县污水管网工程正在全速推进,年底前完成建设任务。其中,22座泵站已开始扫尾。"));
    }

    // Counter-tests: 自 / 从 … 起 in an order, and a start beside a bare limit.
    [Fact]
    public void A_start_date_in_an_order_keeps_the_task()
    {
        var t = Single("自12月1日起,各乡镇要每周上报秸秆禁烧巡查情况。");
        Assert.Equal(["各乡镇"], t.Lead);
    }

    [Fact]
    public void A_start_date_beside_a_bare_limit_keeps_the_task()
    {
        var tasks = Parse("县教育局自11月下旬启动校园安全隐患排查整治专项行动,12月20日前完成隐患整改。截至目前,已完成对12所中小学的首轮检查。");
        Assert.Contains(tasks, t => DateOf(t) == "2026-12-20");
    }

    [Fact]
    public void A_window_from_a_day_to_a_limit_keeps_the_task()
    {
        // 自即日起至12月20日前: the phrase is closed by 前, a limit.
        Assert.NotEmpty(Parse("各乡镇自即日起至12月20日前开展燃气安全隐患排查。截至目前,已排查燃气用户1200户。"));
    }
}
