using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Several tasks in one sentence or row of a multi-task text (ninth round, family listsplit): work a unit does jointly
/// with others after its own work, and a dated step of a list, are tasks of their own. Each rule has counter-tests
/// where the text must stay one task.
/// </summary>
public class NinthRoundListTaskTests
{
    static string Tasks(IReadOnlyList<ParsedTask> tasks) => string.Join(" | ", tasks.Select(t =>
        $"{string.Join("、", t.Lead)}/{string.Join("、", t.Co)}/{t.Deadline:yyyy-MM-dd}"));

    #region JointWorkIsAnotherTask: "…，会同/联合Y做好…" after the subject's own work

    // The units worked with are co-leads of the second job only, and the subject leads it (mn-042, mn-043, nt-07x).
    [Theory]
    [InlineData("县应急管理局要在12月15日前完成防汛物资清点，会同县水利局在12月25日前开展堤防隐患排查。",
        "县应急管理局//2026-12-15 | 县应急管理局/县水利局/2026-12-25")]
    [InlineData("市环境监测站要坚持按日统计分析空气质量数据，联合市气象局做好重污染天气预测预报。",
        "市环境监测站// | 市环境监测站/市气象局/")]
    [InlineData("县卫健局要向有关部门提供人口信息资料，并会同县公安局开展流动人口入户调查。",
        "县卫健局// | 县卫健局/县公安局/")]
    // Work asked after a modal, though its verb (采取) is in no list, is the subject's own work before the joint job.
    [InlineData("省水利厅要适时采取有利于缓解旱情的调水措施，联合省农业农村厅做好抗旱保苗技术指导工作。",
        "省水利厅// | 省水利厅/省农业农村厅/")]
    public void Joint_work_after_the_subjects_own_work_is_another_task(string text, string expected) =>
        Assert.Equal(expected, Tasks(Parse(text)));

    // In a semicolon list of one unit's duties the joint duty is still that unit's, not a task the partner leads.
    [Fact]
    public void A_joint_duty_in_a_semicolon_list_is_led_by_the_lists_unit()
    {
        var tasks = Parse("县民政局要规范街路巷命名，此项工作在12月底前完成；负责街路巷牌的维护管理；会同县公安局编制门牌号，此项工作在2027年3月底前完成。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县民政局"]) && t.Co.SequenceEqual(["县公安局"]) && t.Deadline == new DateOnly(2027, 3, 31));
        Assert.DoesNotContain(tasks, t => t.Lead.Contains("县公安局"));
    }

    // Counter: before the subject names any work, the joint work is its task (one task); 联合 inside the work
    // ("开展联合执法") opens nothing; 配合单位 named as a subject still join as helpers.
    [Theory]
    [InlineData("由县经信局牵头，联合各乡镇对退出企业原址开展回头看，12月20日前完成整改。", "县经信局/各乡镇/2026-12-20")]
    [InlineData("县市场监管局要在12月20日前完成食品安全抽检，开展联合执法检查。", "县市场监管局//2026-12-20")]
    [InlineData("县发改局牵头，会同县财政局、县金融办在12月20日前拿出产业扶持政策初稿。", "县发改局/县财政局、县金融办/2026-12-20")]
    [InlineData("县住建局牵头，县财政局配合，12月20日前完成改造方案。", "县住建局/县财政局/2026-12-20")]
    public void Joint_work_that_is_the_tasks_own_stays_one_task(string text, string expected) =>
        Assert.Equal(expected, Tasks(Parse(text)));

    #endregion

    #region DatedStepIsTask: a step of a list with its own date, whatever its verb

    // Each yearly step keeps its own date, though the reader knows no verb in it (ha-072, r5n-071).
    [Fact]
    public void Yearly_steps_of_a_plan_are_one_task_each()
    {
        var tasks = Parse("按照现有情况，分年度逐步扩大火化区范围。2027年底城关镇、东关镇全部划为火化区；\n2028年底西河乡全部划为火化区；\n2029年底南山乡全部划为火化区。");
        Assert.Equal("//2027-12-31 | //2028-12-31 | //2029-12-31", Tasks(tasks));
        Assert.Contains("西河乡", tasks[1].Deliverable);
    }

    // A step after the unit's first dated job is that unit's, with its own date (not lost to the next step).
    [Fact]
    public void Dated_steps_after_a_units_job_are_that_units_tasks()
    {
        var tasks = Parse("县卫健局要在12月底前新建成婴幼儿照护驿站2家；2027年3月底前新增托位100个以上；6月底前新增托位200个以上。");
        Assert.Equal("县卫健局//2026-12-31 | 县卫健局//2027-03-31 | 县卫健局//2027-06-30", Tasks(tasks));
        Assert.Equal("新增托位100个以上", tasks[1].Deliverable);
    }

    // A numbered requirement whose heading names no job: the dated sentence under it is the task (nt-093).
    [Fact]
    public void A_dated_requirement_under_a_heading_keeps_its_date()
    {
        var tasks = Parse("二是明确工作时限。务必在12月25日前全面拆除各类违规建筑。");
        Assert.Contains(tasks, t => t.Deadline == new DateOnly(2026, 12, 25) && t.Deliverable!.Contains("拆除"));
    }

    // Counter: a period (至) or a time counted from an unstated start is no step; a date closing the unit's own
    // sentence binds that task; progress told (已) is no step.
    [Theory]
    [InlineData("一、时间安排\n12月下旬至2027年1月中旬，每周一次。", "")]
    [InlineData("面向全县公开征集技术团队，两周内报名，项目周期半年。", "")]
    [InlineData("县住建局要加快老旧小区改造，12月底前全部完工。", "县住建局//2026-12-31")]
    [InlineData("县农业农村局要在12月20日前完成秸秆禁烧巡查。11月底前全县已新增高标准农田2万亩。", "县农业农村局//2026-12-20")]
    public void Dates_that_are_no_step_open_no_task(string text, string expected) =>
        Assert.Equal(expected, Tasks(Parse(text)));

    #endregion

    #region Findings: 发现 that is a duty reports nothing found

    // "发现和消除…隐患", "及时发现、消除…": detecting is part of the work asked, so the step keeps its task and date
    // (r8s-072, r5l-019).
    [Fact]
    public void A_duty_to_detect_and_remove_hazards_is_work_not_a_finding()
    {
        var tasks = Parse("各供热单位要提前做好供热设施检修。10月25日全面开始注水打压，发现和消除管网漏点隐患，确保11月1日零时达标供暖。", "2026-09-26");
        Assert.Contains(tasks, t => t.Lead.Contains("各供热单位") && t.Deadline == new DateOnly(2026, 11, 1));
    }

    [Fact]
    public void Detecting_in_time_is_work_of_the_units()
    {
        var tasks = Parse("各乡镇要做好水利冬修前期工作。把水库安全运行作为重中之重来抓，及时掌握水库、山塘运行情况，及时发现、消除安全隐患。", "2026-09-26");
        Assert.Contains(tasks, t => t.Lead.Contains("各乡镇") && t.Deliverable!.Contains("掌握水库"));
    }

    // Counter: what an inspection found still hands nothing over.
    [Theory]
    [InlineData("督查中发现，部分乡镇项目进展缓慢。")]
    [InlineData("检查发现，个别单位报送材料不及时。")]
    public void What_an_inspection_found_is_no_task(string text) => Assert.Empty(Parse(text));

    #endregion
}
