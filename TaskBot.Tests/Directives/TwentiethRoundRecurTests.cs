using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twentieth round, lines 2 and 3 of eval/corpus/relabels/r20-roles.md: a calendar recurrence (每年9月10日前, 每季度结束后15日
/// 内, 每月5日前, 每年12月下旬, 每周五) asked of a named unit is a recurring task, even inside a regulation's article, a system
/// the text declares, a procedure or the writer's own schedule (owner nb-051, gt24-02, da-066). Pieces:
/// (1) SentenceView.CalendarDutyOfNamedUnit (rule CalendarDutyOfNamedUnit), read by RegulationArticle, ScheduledOwnEvent,
/// InstitutionDeclared and ProcedureItemAsksNothing: the recurrence has a calendar point and the nearest clause before it
/// (or its own) opens with a unit the grammar reads as a subject, not a person; a meeting rhythm (召开 / 例会) is none;
/// (2) ClauseReading rule ArticleLabelBeforeSubject: "第四条 " before the subject is a label, not the opener 第四;
/// (3) DeadlineGrammar rule weekday_not_a_word: 每周一次 (a count) and 每周日程 (a word) are no weekday;
/// (4) 呈送 joins reportTriggers (呈送学校主要领导审定: where the work goes, as 呈报).
/// Gate against main's predictions: train fixed dv-059, r5n-078, r11s-073, r11s-074, regressed none, tasks +5/-0, extra
/// 801 -> 800; validation 0/0, no task and no score line moved; shared unchanged.
/// </summary>
public class TwentiethRoundRecurTests
{
    static IReadOnlyList<string> RulesFor(string text, string? reference = "2026-11-26") =>
        Parser.Explain(text, reference is null ? null : DateOnly.Parse(reference)).RulesFired(ParseTrace.Sentence);

    [Theory]
    // dv-059: the rule's own example, now its counter-case: the article sets a monthly duty of a named unit.
    [InlineData("第五条 议题每个月报送一次。议题主办单位在每个月20日之前,将拟于下一个月提交市政府常务会议讨论的议题报送市政府办公厅。", "议题主办单位")]
    // r5n-078: the unit opens the article, the yearly date stands in a later clause.
    [InlineData("第四条 人大常委会办公厅负责汇总议题建议,与“一府两院”沟通协调后,应当在每年的一月二十日前提出年度计划草案。", "人大常委会办公厅")]
    [InlineData("第六条 县档案馆应于每年6月底前将上一年度的文件材料立卷归档。", "县档案馆")]
    [InlineData("第九条 各乡镇应当在每季度结束后15日内将项目进展情况报县发改局。", "各乡镇")]
    public void A_calendar_duty_of_a_named_unit_in_an_article_is_a_task(string text, string lead)
    {
        Assert.Contains(Parse(text, null), t => t.Lead.SequenceEqual([lead]) && t.Recurrence is not null);
    }

    [Fact]
    public void The_writers_own_recurring_evaluation_is_a_task()
    {
        // oc-038 (line 3): 定于 fixes the town's own schedule, a concrete recurring deliverable.
        var text = "温泉镇根据《指导意见》和上级部门要求,定于每月5日前和每季度最后一个月23日前,对全镇10个村(社区)人居环境整治工作开展情况进行月评价和季度综合评价。";
        Assert.DoesNotContain("ScheduledOwnEvent", RulesFor(text, "2020-09-23"));
        var t = Parse(text, "2020-09-23");
        Assert.Contains(t, x => x.Lead.SequenceEqual(["温泉镇"]) && DateOf(x) == "2020-10-05");
    }

    [Fact]
    public void The_offices_weekly_publication_in_a_procedure_is_a_task()
    {
        // r11s-074 (line 3): the item is otherwise a procedure (StandingRule after it); 每周日程 is the week's schedule.
        var t = Single("三、每周日程发布方式。办公室汇总每周日程,统筹协调各部门会议(或活动)时间、地点,呈送学校主要领导审定后,于每周五发布。原则上,没有在规定时间报送的会议(或活动),不列入周会议计划。", "2024-04-28");
        Assert.Equal(["办公室"], t.Lead);
        Assert.Equal("2024-05-03", DateOf(t));
    }

    [Fact]
    public void A_declared_system_with_units_calendar_duties_keeps_them()
    {
        // la-094's shape: 实行…制度 declares the system, the units' weekly and monthly reports are asked.
        var text = "进展情况报送实行周汇总、月通报制度,相关责任单位每月25日前将月度汇总情况报局建管科。";
        Assert.DoesNotContain("InstitutionDeclared", RulesFor(text, "2022-02-15"));
        Assert.Contains(Parse(text, "2022-02-15"), x => x.Lead.SequenceEqual(["相关责任单位"]) && DateOf(x) == "2022-02-25");
    }

    [Theory]
    // A frequency with no calendar point.
    [InlineData("第五条 议题每个月报送一次。")]
    [InlineData("第七条 县指挥办每周召开一次例会,及时传达贯彻相关会议精神。")]
    // A meeting rhythm with a calendar point (召开 / 例会).
    [InlineData("第八条 县安委会于每季度末月20日召开安全生产工作例会。")]
    // No unit named (ha-058, r10s-104 shapes).
    [InlineData("第三条 原则上每季度末20日召开安全生产工作例会,具体时间由安委办确定。")]
    [InlineData("第十条 调查标准时点为每月10日零时,入户登记时间为每月10-14日。")]
    // A person (r11s-075's shape) is no unit.
    [InlineData("第四条 需汇报工作的人员在每周二或每月3日下午16:30前统一上报公司总裁办。")]
    public void An_article_with_no_calendar_duty_of_a_unit_stays_a_standing_rule(string text)
    {
        // RegulationArticle, or a rule before it (StandingRule reads 原则上 first).
        Assert.True(RulesFor(text, null) is [_, ..] rules && (rules.Contains("RegulationArticle") || rules.Contains("StandingRule")));
        Assert.Empty(Parse(text, null));
    }

    [Theory]
    // Limits counted from each case stay standing rules (r20-nondir line A): no 每 and no calendar point.
    [InlineData("收到企业问题受理单之后,协办部门应在3个工作日内将办理结果报送主办部门。", "RecurringEventLimit")]
    [InlineData("乡镇人民政府、街道办事处应当在10日内将审核意见和村民委员会提交的材料报县级人民政府民政部门。", "RuleRegisterTimeLimit")]
    [InlineData("为加强教学管理,定于“五一”节前后对全校教学秩序组织集中检查,检查时间为4月30日和5月4日。", "ScheduledOwnEvent")]
    [InlineData("县政府重点工作任务实行县政府分线领导牵头负责制和部门单位具体负责制。", "InstitutionDeclared")]
    public void The_standing_rules_without_a_units_calendar_duty_still_fire(string text, string rule)
    {
        Assert.Contains(rule, RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_weekly_count_is_no_monday()
    {
        // Rule weekday_not_a_word: 每周一次 says how often; 每周一 alone is Monday.
        var count = Single("县住建局要每周一次向县政府报送整改进度。");
        Assert.Equal(["县住建局"], count.Lead);
        Assert.Null(count.Deadline);
        var monday = Single("县住建局要于每周一向县政府报送整改进度。");
        Assert.Equal(["县住建局"], monday.Lead);
        Assert.Equal(new DateOnly(2026, 11, 30), monday.Deadline);
        var sunday = Single("县住建局要于每周日前向县政府报送整改进度。");
        Assert.Equal(new DateOnly(2026, 11, 29), sunday.Deadline);
    }

    [Fact]
    public void Cheng_song_names_where_the_work_goes()
    {
        // 呈送 (reportTriggers): the body after it receives the work, it does not lead it; the order keeps its task.
        var t = Single("县政府办公室要于12月20日前将整改报告呈送县政府主要领导审定。");
        Assert.Equal(["县政府办公室"], t.Lead);
        Assert.Empty(t.Co);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }
}
