using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Sixteenth round, family "lead not found" (gold names a lead, the parser an empty one). Rules:
/// <list type="bullet">
/// <item>bareBodies += 施工方, 纪检组, 党支部 (rules BareBodyAsSubject / BodyBeforeModal): bodies named by their kind.</item>
/// <item>SectorSystemAsBody (UnitGrammar): a sector or a body and 系统 (住建系统, 局系统) before a modal.</item>
/// <item>BodyNamesTitleUnits (GroupingRules, before DirectiveForce): a title that names nobody, then a sentence that
/// only says how its units go about it: one task, the title's, done by those units.</item>
/// <item>EnsuredBodyByDate (ClauseReading): 确保 / 保证 + 各… + 在 / 于 + a by-date names the bodies bound to it.</item>
/// <item>ReportWordInName (UnitGrammar): 报 closing a word inside a long name (年报, 填报) does not end it.</item>
/// </list>
/// Train la-112, hb-029, hb-080, r8s-020, nt-093, nt-101, r6a-099, r8s-055.
/// </summary>
public class SixteenthRoundNoLeadTests
{
    // ---- bareBodies += 施工方, 纪检组, 党支部 ----

    [Theory]
    [InlineData("項目施工方要按照環保要求進行施工,確保項目順利推進。", "項目施工方")]
    [InlineData("相关纪检组要加强督查力度,对不作为、慢作为的现象严肃追责问责。", "相关纪检组")]
    [InlineData("党支部应及时对党费收缴情况登记造册,每月月底前交二级党组织备案。", "党支部")]
    public void A_body_named_by_its_kind_before_a_modal_leads(string text, string lead)
    {
        var t = Assert.Single(Parse(text));
        Assert.Equal([lead], t.Lead);
    }

    [Theory]
    // Counter-tests: the body word as the object of another unit's verb is no unit.
    [InlineData("各村要督促施工方在12月20日前完成道路硬化。", "各村")]
    [InlineData("县纪委要指导各纪检组在12月20日前完成自查。", "县纪委")]
    [InlineData("各乡镇党委要加强对党支部的指导，12月20日前完成换届。", "各乡镇党委")]
    public void A_body_word_as_an_object_leaves_the_lead_alone(string text, string lead)
    {
        var t = Assert.Single(Parse(text));
        Assert.Equal([lead], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    // ---- SectorSystemAsBody ----

    [Theory]
    [InlineData("住建系统要对照年度目标任务全力冲刺,推动各项重点工作落实落地。", "住建系统")]
    [InlineData("局系统要全力冲刺,组织重点难点攻坚,完善各项工作机制。", "局系统")]
    public void A_sector_and_its_system_before_a_modal_lead(string text, string lead)
    {
        var t = Assert.Single(Parse(text));
        Assert.Equal([lead], t.Lead);
    }

    [Fact]
    public void A_system_that_is_a_thing_names_nobody()
    {
        // Counter-tests: 信息系统 is what is upgraded; 监控系统 is the object of the unit's work.
        Assert.Empty(Single("信息系统要在12月20日前完成升级改造。").Lead);
        Assert.Equal(["县公安局"], Single("县公安局要在12月20日前完成监控系统升级改造。").Lead);
    }

    // ---- BodyNamesTitleUnits ----

    [Fact]
    public void The_units_of_the_body_do_the_titled_work()
    {
        var t = Assert.Single(Parse("(一)全面清理农村生活垃圾。各县(市)区结合实际,因地制宜,着力解决村庄主干道路、环境“脏乱差”问题。"));
        Assert.Equal(["各县(市)区"], t.Lead);
        Assert.Contains("清理农村生活垃圾", t.Deliverable);
    }

    [Fact]
    public void A_list_entry_title_takes_the_units_of_its_body()
    {
        var tasks = Parse("孔红永要求,一是明确工作职责。按照攻坚工作方案,各乡镇细化工作小组、明确职能职责,确保完成专项整治任务。二是明确工作时限。务必在10月25日前全面拆除各类违规建筑。");
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["各乡镇"], tasks[0].Lead);
        Assert.Empty(tasks[1].Lead);
    }

    [Fact]
    public void A_body_that_reports_gives_the_title_no_units()
    {
        // Counter-test: what was done (成立了) is no one's task.
        Assert.DoesNotContain(Parse("一是加强组织领导。县政府成立了以县长为组长的领导小组,统筹推进整治工作。"), t => t.Lead.Contains("县政府"));
    }

    [Fact]
    public void A_named_office_announcing_its_part_gives_the_title_no_units()
    {
        // Counter-tests (generic addressees only): the writer's office announcing what it will do (将), and a name read
        // inside a command (充分发挥…合作社), are no subjects of the title's work.
        var t = Assert.Single(Parse("(一)完成全年民生实事目标任务。县政府督查室将常年跟踪,适时开展督查。"));
        Assert.Empty(t.Lead);
        var tasks = Parse("会议要求当前重点要抓好两项工作:一是抓进度。各地要迅速完成大豆收获。二是抓好农机合作社。充分发挥农机作业合作社和农机大户的作用,努力提高机收比例。");
        Assert.DoesNotContain(tasks, x => x.Lead.Any(u => u.Contains("合作社")));
    }

    [Fact]
    public void A_body_that_asks_keeps_its_own_task()
    {
        // Counter-test: a body with its modal is a task of its own; the title is not merged into it.
        var tasks = Parse("会议要求,一是加强组织领导。各乡镇要成立工作专班。二是强化督查考核。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["各乡镇"]) && t.Deliverable!.Contains("工作专班"));
    }

    // ---- EnsuredBodyByDate ----

    [Theory]
    [InlineData("鞍山市对问题户厕,结合实际,列入新建改厕计划,确保各县(市、涉农区)在9月底前完成农村问题户厕整改和验收。", "各县(市、涉农区)")]
    [InlineData("县政府要求,确保各乡镇在12月20日前完成排查整改。", "各乡镇")]
    public void Bodies_ensured_to_act_by_a_date_lead(string text, string lead)
    {
        var t = Assert.Single(Parse(text));
        Assert.Equal([lead], t.Lead);
        Assert.NotNull(t.Deadline);
    }

    [Fact]
    public void What_is_ensured_without_a_body_names_nobody()
    {
        // Counter-tests: money ensured to arrive names no unit; a unit already leading keeps the task.
        Assert.Empty(Single("要加强调度,确保资金在12月20日前拨付到位。").Lead);
        Assert.Equal(["县住建局"], Single("县住建局要加快资金拨付,确保在12月20日前完成全部项目。").Lead);
    }

    // ---- ReportWordInName ----

    [Theory]
    [InlineData("各省(自治区、直辖市)城乡建设统计年报主管部门应于2024年2月28日前完成本地区数据的汇总和初审。", "各省(自治区、直辖市)城乡建设统计年报主管部门")]
    [InlineData("各申报单位于12月20日前报送申报材料。", "各申报单位")]
    public void A_report_word_inside_a_name_does_not_end_it(string text, string lead)
    {
        var t = Assert.Single(Parse(text));
        Assert.Equal([lead], t.Lead);
    }

    [Fact]
    public void The_report_verb_after_a_name_still_ends_it()
    {
        // Counter-tests: 报 after a name with its suffix is the verb; a bare 申报单位 in an open call names nobody.
        Assert.Equal(["县财政局"], Single("县财政局报县政府审定后要在12月20日前印发实施。").Lead);
        Assert.Empty(Single("申报单位要在12月20日前提交申报材料。").Lead);
    }
}
