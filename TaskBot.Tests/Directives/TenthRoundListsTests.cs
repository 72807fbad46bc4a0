using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Grouping rules of the tenth round for whole multi-task texts (numbered requirements, 一是…二是…): which lists are
/// asked, and which entries hand nothing over. Each rule has its examples and counter-tests.
/// </summary>
public class TenthRoundListsTests
{
    // Rule StatementIntroAsksList: a sentence with no asking cue (or a statement cue, 指出) that asks with a modal and
    // ends with a colon before 一是 asks for the list; its introduction is no task.
    [Fact]
    public void A_modal_introduction_asks_for_the_list_and_is_no_task_itself()
    {
        var tasks = Parse("县长指出，要抓住验收推迟的有利时机，从三个方面努力：一是加强交通秩序整治；二是完善城区基础设施；三是做好创建资料的收集整理。");
        Assert.Equal(3, tasks.Count);
        Assert.All(tasks, t => Assert.Empty(t.Lead));
        Assert.Equal("加强交通秩序整治", tasks[0].Deliverable);
        Assert.Equal("完善城区基础设施", tasks[1].Deliverable);
        Assert.Equal("做好创建资料的收集整理", tasks[2].Deliverable);
        Assert.DoesNotContain(tasks, t => t.Deliverable.Contains("有利时机"));
    }

    [Fact]
    public void A_statement_that_goes_on_to_ask_for_several_jobs_asks_for_every_entry()
    {
        var tasks = Parse("局长指出，今年全市水利建设任务更重，下阶段要做好几项工作：一是各工作小组要拿出问题清单，每月按时上报；二是要加快前期工作进度；三是对进度滞后的县要加大通报督导力度。");
        Assert.Equal(3, tasks.Count);
        Assert.Equal(["各工作小组"], tasks[0].Lead);
        Assert.Empty(tasks[1].Lead);
        Assert.Contains("前期工作进度", tasks[1].Deliverable);
        Assert.Empty(tasks[2].Lead);
        Assert.Contains("通报督导力度", tasks[2].Deliverable);
    }

    [Fact]
    public void Requirements_put_forward_before_a_colon_are_the_entries_that_follow()
    {
        var tasks = Parse("会上，王副主任提出了几点工作要求：一是各社区要及时清理辖区垃圾残土；二是积极配合做好老旧小区改造；三是各社区要按照挂图作战逐一销号。");
        Assert.Equal(3, tasks.Count);
        Assert.Equal(["各社区"], tasks[0].Lead);
        Assert.Empty(tasks[1].Lead);
        Assert.Contains("老旧小区改造", tasks[1].Deliverable);
        Assert.Equal(["各社区"], tasks[2].Lead);
    }

    // Counter-tests: a statement that asks nothing, or tells what was done, leaves its list a view or a report.
    [Theory]
    [InlineData("会议指出：一是今年全县经济运行总体平稳；二是重点项目推进有力。")]
    [InlineData("会议指出，今年全县经济运行总体平稳，主要做了以下工作：一是完成了重点项目建设；二是开展了安全生产大检查。")]
    public void A_list_under_a_statement_that_asks_nothing_stays_no_task(string text)
    {
        Assert.Empty(Parse(text));
    }

    // Rule SloganEntryIsNoTask: an entry that is only topic + 要 + one short word names no work.
    [Fact]
    public void Slogan_entries_hand_nothing_over()
    {
        Assert.Empty(Parse("副县长就打非治违工作提出三点要求：一是任务要明确；二是责任要落实；三是整改要彻底。"));
    }

    [Fact]
    public void An_entry_that_goes_on_past_its_slogan_or_has_an_object_is_still_a_task()
    {
        var tasks = Parse("副县长就打非治违工作提出三点要求：一是任务要明确，各乡镇要于12月20日前上报任务清单；二是要加大打击力度；三是整改要彻底。");
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["各乡镇"], tasks[0].Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), tasks[0].Deadline);
        Assert.Contains("任务清单", tasks[0].Deliverable);
        Assert.Empty(tasks[1].Lead);
        Assert.Contains("打击力度", tasks[1].Deliverable);
    }

    [Fact]
    public void A_slogan_shaped_sentence_outside_an_asked_list_is_left_to_the_other_rules()
    {
        var t = Single("会议要求，县应急管理局要在12月20日前完成危化企业隐患排查，整改要彻底。");
        Assert.Equal(["县应急管理局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    // Deadline rule year_phase: a year named right before the work to do in it dates that work (Dec 31); each year of
    // a phased plan dates its own phase.
    [Fact]
    public void Each_year_of_a_phased_plan_dates_its_own_phase()
    {
        var tasks = Parse("会议指出，整治行动分两年实施。其中，2027年开展集中整治，切实消除各类安全隐患，2028年巩固提升整治成效，建立完善长效机制。");
        Assert.Equal(2, tasks.Count);
        Assert.Equal(new DateOnly(2027, 12, 31), tasks[0].Deadline);
        Assert.Contains("集中整治", tasks[0].Deliverable);
        Assert.Equal(new DateOnly(2028, 12, 31), tasks[1].Deadline);
        Assert.Contains("整治成效", tasks[1].Deliverable);
    }

    [Theory]
    [InlineData("通知要求，全省2027年将新建、改造1700余座城市公共厕所。", 2027)]
    [InlineData("會議要求，2027年開展集中整治，2028年鞏固提升整治成效。", 2027)]
    public void A_year_before_the_work_of_that_year_is_its_last_day(string text, int year)
    {
        var tasks = Parse(text);
        Assert.NotEmpty(tasks);
        Assert.Equal(new DateOnly(year, 12, 31), tasks[0].Deadline);
    }

    // Counter-tests: a past year, a year that only names a project or a document, is no deadline.
    [Theory]
    [InlineData("会议要求，各供热单位要全力推进2027年集中供热管网隐患排查消除项目。")]
    [InlineData("会议要求，各乡镇要对照2025年开展整治的经验，做好今冬明春隐患排查。")]
    [InlineData("会议要求，各乡镇要认真学习2027年度工作要点。")]
    public void A_year_that_names_a_project_or_a_past_year_is_no_deadline(string text)
    {
        var t = Single(text);
        Assert.Null(t.Deadline);
    }

    // Rule StatementIntroAsksList, family listDeployWords: a report of the meeting, set aside, that tells of work
    // deployed right before a numbered list introduces the work deployed. Counter-test: a directive holding the word
    // keeps its task, unit and date.
    public static TheoryData<string> DeployWords => LexiconFamilyTests.Words(l => l.ListDeployWords);

    [Theory, MemberData(nameof(DeployWords))]
    public void Every_deploy_word_before_a_list_asks_for_its_entries_and_a_directive_with_it_keeps_its_task(string word)
    {
        // "进行了部署" / "强调了具体意见": the word as a report of the meeting tells it.
        string told = word.EndsWith('了') ? $"就近期重点工作{word}具体意见" : $"对近期重点工作进行了{word}";
        var tasks = Parse($"3月20日，林场召开二季度工作会议。会上，场长{told}，确保各项工作顺利推进。一是及时做好伐区清理工作；二是认真做好各项造林准备工作。");
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Empty(t.Lead));
        Assert.Contains("伐区清理", tasks[0].Deliverable);
        Assert.Contains("造林准备", tasks[1].Deliverable);
        var t = Single($"会上，县长{told}。县住建局要在12月20日前完成老旧小区改造方案。");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
        Assert.Contains("老旧小区改造方案", t.Deliverable);
    }

    [Fact]
    public void A_report_of_work_done_before_a_list_of_results_stays_no_task()
    {
        Assert.Empty(Parse("3月20日，林场召开一季度工作总结会议。会上，场长对一季度工作进行了回顾。一是完成了伐区清理工作；二是完成了造林准备工作。"));
    }
}
