using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Thirteenth round, non-directives the parser turned into tasks (rejection), one region per named sentence rule, each
/// with the directives that share its shape but ask, and must keep their tasks.
/// MeetingAgenda (manner slot): a two-character manner word between 会议 and the verb of an agenda opener
/// ("会议认真听取…汇报", "会议集中学习…文件精神") still tells what the meeting took up; and a modal inside a document's
/// title (《…要求的通知》) asks nobody (r10-singles r10s-039, r12-singles r12s-010; r12-lists r12l-010 loses its extra
/// task "传达部署落实…要求").
/// ProgressAspect (clause-initial 已): 已 opening its clause ("截至目前,已完成各级交办的…整改27件") is the predicate of a
/// status, the 的 after it modifies its object; so an item closed by such a status and asking nothing reports
/// (ReportItemAsksNothing). A sentence opening with 希望 turns from the report to its addressees: ReportGoesOn does not go
/// on over it and its item is no report-only item (r10-singles r10s-018; holdout-b hb-022, whose statistics lose their
/// two extra tasks while its 希望 sentence keeps its task).
/// ReportGoesOn (details and plans): after a report, or after a sentence opened as news (NewsOpening now continues as a
/// report), a sentence that asks nothing goes on with it even when dated, if it opens with 其中 (a part of what was
/// counted or told) or every date in it stands in a clause that plans or forecasts (计划 / 预计 / 力争 / 争取 before
/// it): no by-when is set for anyone (r11-singles r11s-060, r12-singles r12s-146).
/// WorkTimetable / TimetableGoesOn: a work (subject ending in 工作, no unit) joined by 将于 / 将在 to the time it starts or
/// ends, in a sentence that asks nothing, tells a timetable; the next sentence of the item that opens with its own date,
/// asks nothing and holds no unit suffix goes on with it (r9-singles r9s-097, r12-singles r12s-058).
/// </summary>
public class ThirteenthRoundRejectTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    // ---- MeetingAgenda, with a manner word ----

    [Theory]
    // 认真 between 会议 and 听取: the meeting heard reports, nobody is handed anything.
    [InlineData("会议认真听取各成员单位近期工作情况汇报，并就存在的问题进行分析研判。")]
    // 集中 before 学习, and a 要求 that is part of a notice's title.
    [InlineData("会议集中学习《关于进一步落实过紧日子要求的通知》等文件精神，听取县财政局关于预算执行情况的汇报。")]
    // 专题 before 研究, after 还.
    [InlineData("会议还专题研究城区学校布局调整相关事宜。")]
    // 首先 before 传达.
    [InlineData("会议首先传达全市安全生产工作会议精神，通报全县安全生产形势。")]
    public void What_the_meeting_took_up_with_a_manner_word_is_no_task(string text)
    {
        Assert.Contains("MeetingAgenda", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void An_order_after_the_agenda_keeps_its_task()
    {
        // The same opening, then 要求 + unit + date: the ask is read.
        const string text = "会议认真听取了县教育局的汇报，要求县教育局于12月20日前报送学校布局调整方案。";
        Assert.DoesNotContain("MeetingAgenda", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县教育局"]) && t.Deadline == Dec20);
    }

    [Theory]
    // 要求 / 决定 / 同意 between 会议 and the verb make the meeting ask or decide: no agenda.
    [InlineData("会议要求研究制定全县学校布局调整方案，县教育局于12月20日前报县政府。")]
    [InlineData("会议决定研究制定全县学校布局调整方案，县教育局于12月20日前报县政府。")]
    [InlineData("会议同意审议调整方案，县教育局于12月20日前报县政府。")]
    public void A_word_of_asking_or_deciding_before_the_verb_is_no_manner(string text)
    {
        Assert.DoesNotContain("MeetingAgenda", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县教育局"]) && t.Deadline == Dec20);
    }

    [Fact]
    public void A_modal_outside_the_title_still_asks()
    {
        // 要 after the title asks: the title is skipped, the rest is read.
        const string text = "会议集中学习《关于进一步落实过紧日子要求的通知》，县财政局要于12月20日前完成支出清理。";
        Assert.DoesNotContain("MeetingAgenda", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县财政局"]) && t.Deadline == Dec20);
    }

    // ---- ProgressAspect, 已 opening its clause ----

    [Theory]
    // A status after 截至目前: 已 is the predicate, "各级交办的" modifies what was put right.
    [InlineData("截至目前，已完成各级交办的突出环境问题整改27件。")]
    [InlineData("截至10月底，已完成对辖区12所学校的首轮检查，发现并整改隐患9处。")]
    public void A_status_opened_by_yi_is_a_report(string text)
    {
        Assert.Contains("ProgressAspect", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void An_item_closed_by_a_status_and_asking_nothing_reports()
    {
        const string text = "区纪委监委全程监督突出环境问题整改，各镇(街道)进一步压实生态环境责任，形成生态环境保护齐抓共管机制。"
                            + "截至目前，已完成各级交办的突出环境问题整改27件。";
        Assert.Contains("ProgressAspect", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_dated_order_before_the_status_keeps_its_task()
    {
        // The order dates its work: the item does not only report.
        const string text = "各乡镇进一步压实责任，12月20日前完成自建房排查。截至目前，已完成排查的有3个乡镇。";
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["各乡镇"]) && t.Deadline == Dec20);
    }

    [Fact]
    public void A_dated_clause_after_the_status_keeps_its_task()
    {
        // 已 opens a modifier of the subject ("已完成排查的乡镇"), then a dated order: read as before.
        const string text = "截至目前，已完成排查的乡镇有12个，其余乡镇于12月20日前完成排查。";
        Assert.DoesNotContain("ProgressAspect", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == Dec20);
    }

    [Fact]
    public void A_modifier_yi_after_a_preposition_is_still_no_report()
    {
        const string text = "对已排查出的隐患，县应急管理局于12月20日前完成整改。";
        Assert.DoesNotContain("ProgressAspect", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["县应急管理局"]) && t.Deadline == Dec20);
    }

    [Fact]
    public void A_hope_after_the_statistics_keeps_its_task()
    {
        // The statistics are a report; 希望 turns to the addressees, who keep their task.
        const string text = "截至11月底，已完成年度目标任务的有3项，推进缓慢的有2项。希望各乡镇高度重视，加大推进力度，如期完成目标任务。";
        Assert.Contains("ProgressAspect", RulesFor(text));
        var t = Assert.Single(Parse(text));
        Assert.Equal(["各乡镇"], t.Lead);
    }

    // ---- ReportGoesOn, over details and plans ----

    [Theory]
    // A forecast, then a detail opened by 其中 with its own date.
    [InlineData("城南新区在建保障房540套，预计6月开始装饰装修，年底进行竣工验收。其中，1号楼于4月底竣工交付使用。")]
    // News, then more projects planned for a half-year.
    [InlineData("据了解，全市共有14个重点项目力争上半年动工。另有11个项目计划下半年开工。")]
    public void A_detail_or_a_plan_after_a_report_is_no_task(string text)
    {
        Assert.Contains("ReportGoesOn", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Theory]
    // 其中 with 要: the remainder is asked of someone.
    [InlineData("截至目前，全县已完成改厕221户。其中，剩余30户要于12月20日前完成改造。")]
    // A unit and a bare date, no plan word: a by-when.
    [InlineData("截至目前，全县已完成改厕221户。县农业农村局于12月20日前完成剩余30户改造。")]
    [InlineData("据了解，全县今年计划新建改造户厕9000户。县农业农村局于12月20日前完成验收。")]
    public void A_dated_order_after_a_report_keeps_its_task(string text)
    {
        Assert.DoesNotContain("ReportGoesOn", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == Dec20);
    }

    [Fact]
    public void An_order_after_news_keeps_its_task()
    {
        const string text = "近日，县住建局对全县在建工地进行专项检查。各乡镇要于12月20日前完成整改。";
        Assert.DoesNotContain("ReportGoesOn", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual(["各乡镇"]) && t.Deadline == Dec20);
    }

    // ---- WorkTimetable, TimetableGoesOn ----

    [Theory]
    [InlineData("今冬征兵工作将于11月1日开始，12月10日起运新兵，12月31日前运送完毕。")]
    [InlineData("全市春季植树造林工作将于3月12日开始，4月底前基本结束。")]
    public void A_works_timetable_is_no_task(string text)
    {
        Assert.Contains("WorkTimetable", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_dated_step_after_the_timetable_goes_on_with_it()
    {
        const string text = "全市征兵体检工作将在11月10日基本结束。12月15日开始启运新兵，12月31日前运送完毕。";
        Assert.Contains("TimetableGoesOn", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Theory]
    // An order in the same sentence.
    [InlineData("今冬征兵工作将于11月1日开始，各乡镇武装部要于12月20日前完成体检政审。")]
    // A unit's own 将在: not a work's timetable.
    [InlineData("县物业中心将在12月1日开始断水检修，12月20日前完成管网改造。")]
    public void A_timetable_with_an_order_or_a_unit_keeps_its_task(string text)
    {
        Assert.DoesNotContain("WorkTimetable", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == Dec20);
    }

    [Theory]
    // The next sentence asks (要), or names a unit (局): read.
    [InlineData("全市征兵体检工作将在11月10日基本结束。12月20日前各乡镇要完成政治审查。")]
    [InlineData("全县秸秆禁烧工作将于10月1日开始。12月20日前县农业农村局完成禁烧巡查。")]
    public void A_step_that_asks_or_names_a_unit_after_the_timetable_keeps_its_task(string text)
    {
        Assert.DoesNotContain("TimetableGoesOn", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == Dec20);
    }
}
