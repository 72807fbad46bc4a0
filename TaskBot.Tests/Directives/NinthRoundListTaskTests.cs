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
}
