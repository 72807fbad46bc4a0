using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// The deliverable rules (Deliverables.Clean / Compose, ClauseReader.ReadAction, Grouping.StepsAfterHeading): what a
/// 督查室 clerk writes in the 台账 for a task, the verb and its object, several jobs joined with ",", without the
/// exhortations, purposes, the date and the destination. Each rule has an example (what it is for) and a
/// counter-example (a real-looking directive that contains its marker and must still show its job); every example
/// also checks that the task itself (lead, deadline) is what it was.
/// </summary>
public class DeliverableRuleTests
{
    /// <summary>One task, with its lead and deadline as given, and its deliverable.</summary>
    static string Deliverable(string text, string lead, string? deadline = null)
    {
        var t = Single(text);
        Assert.Equal(Split(lead), t.Lead);
        Assert.Equal(deadline, t.Deadline?.ToString("yyyy-MM-dd"));
        Assert.NotNull(t.Deliverable);
        return t.Deliverable!;
    }

    // ---- EveryJobJoined ----

    [Fact]
    public void Every_job_of_a_task_is_written_joined_with_a_comma()
    {
        Assert.Equal("组建验收专班,启动自行验收", Deliverable("市级验收责任单位要迅速组建验收专班，及时启动自行验收工作。", "市级验收责任单位"));
        Assert.Equal("推进重点项目建设,年度投资计划", Deliverable("县发改局要推进重点项目建设，年底前完成年度投资计划。", "县发改局", "2026-12-31"));
    }

    [Fact]
    public void A_single_job_is_written_alone()
    {
        Assert.Equal("堤防除险加固方案", Deliverable("县水利局要于12月20日前完成堤防除险加固方案。", "县水利局", "2026-12-20"));
    }

    // ---- ProductsFirst: when the jobs do not all fit, the products stay ----

    [Fact]
    public void When_the_jobs_do_not_fit_the_product_stays()
    {
        var d = Deliverable("县住建局要对接好省住建厅及相关设计研究院，抓紧签订合同，及时提供相关资料，于12月20日前完成城区防洪排涝专项规划。",
            "县住建局", "2026-12-20");
        Assert.Contains("城区防洪排涝专项规划", d);
        Assert.True(d.Length <= 40, d);
    }

    // ---- PurposeIsNoJob ----

    [Fact]
    public void A_purpose_is_no_job()
    {
        var d = Deliverable("县农业农村局要做到小麦赤霉病防治一天一测一报，确保夏粮丰产丰收。", "县农业农村局");
        Assert.Contains("赤霉病防治", d);
        Assert.DoesNotContain("确保", d);
        Assert.DoesNotContain("丰收", d);
    }

    [Fact]
    public void A_purpose_that_names_a_target_is_the_job()
    {
        // Counter-example: 确保 + a completion verb's object is what the task is held to.
        Assert.Contains("年度目标", Deliverable("县财政局要加强收入征管，确保完成年度目标任务。", "县财政局", "2026-12-31"));
        // 确保 with its own date: the target.
        Assert.Contains("通过验收", Deliverable("县住建局要确保安置房项目年底前通过验收。", "县住建局", "2026-12-31"));
    }

    // ---- MeansIsNoJob / concession ----

    [Fact]
    public void The_means_and_what_goes_on_alongside_are_no_job()
    {
        Assert.Equal("摸清体育场地底数", Deliverable("各单位要通过这次专项调查，全面摸清体育场地底数。", "各单位"));
        Assert.Equal("开展安全生产大检查", Deliverable("县应急管理局要在做好经济社会发展工作的同时，开展安全生产大检查。", "县应急管理局"));
    }

    [Fact]
    public void Passing_an_inspection_is_a_job_not_a_means()
    {
        // Counter-example: 通过 + its object ("通过验收") is the job.
        Assert.Contains("通过省级验收", Deliverable("各乡镇要于12月20日前通过省级验收。", "各乡镇", "2026-12-20"));
    }

    // ---- ExhortationIsNoJob ----

    [Fact]
    public void Exhortations_are_no_job()
    {
        Assert.Equal("老旧小区改造方案", Deliverable("县住建局要高度重视，狠抓落实，于12月20日前完成老旧小区改造方案。", "县住建局", "2026-12-20"));
        Assert.Equal("实施分区分类防控管理", Deliverable("县疫情防控指挥部各工作组要提高站位、压实责任、细化举措，实施分区分类防控管理。", "县疫情防控指挥部各工作组"));
    }

    /// <summary>
    /// Counter-tests of every exhortation in the lexicon: an exhortation before the job leaves the task and its job as
    /// they are; the same words inside a longer job do not delete it.
    /// </summary>
    [Theory]
    [InlineData("加强领导")]
    [InlineData("加强组织领导")]
    [InlineData("落实责任")]
    [InlineData("狠抓落实")]
    [InlineData("抓好落实")]
    [InlineData("抓好工作落实")]
    [InlineData("形成合力")]
    [InlineData("周密安排")]
    [InlineData("真抓实干")]
    [InlineData("提高站位")]
    [InlineData("细化举措")]
    [InlineData("加强工作责任感")]
    [InlineData("增强工作责任感")]
    [InlineData("落实到位")]
    [InlineData("保障有力")]
    [InlineData("加强协调")]
    [InlineData("加强沟通协调")]
    [InlineData("加强协调沟通")]
    [InlineData("加强督促检查")]
    [InlineData("抓好督促检查")]
    [InlineData("健全工作机制")]
    [InlineData("夯实工作责任")]
    [InlineData("夯实责任")]
    [InlineData("履行工作责任")]
    [InlineData("发挥主导作用")]
    [InlineData("加强过程考核")]
    [InlineData("协同配合")]
    [InlineData("协调配合")]
    [InlineData("工作调度")]
    [InlineData("督导调度")]
    public void An_exhortation_leaves_the_task_and_its_job(string words)
    {
        var d = Deliverable($"县发改局要{words}，于12月20日前完成年度投资计划编制。", "县发改局", "2026-12-20");
        Assert.Contains("年度投资计划", d);
        Assert.DoesNotContain(words, d);
    }

    [Theory]
    [InlineData("工作合力", "形成工作合力")]
    [InlineData("强大合力", "形成强大合力")]
    [InlineData("工作闭环", "形成工作闭环")]
    [InlineData("重点难点", "突出重点难点")]
    public void An_exhortation_written_with_its_verb_is_no_job(string words, string clause)
    {
        var d = Deliverable($"县发改局要{clause}，于12月20日前完成年度投资计划编制。", "县发改局", "2026-12-20");
        Assert.Contains("年度投资计划", d);
        Assert.DoesNotContain(words, d);
    }

    [Fact]
    public void Exhortation_words_inside_a_job_stay()
    {
        // Counter-example: only a whole job that is an exhortation is dropped.
        Assert.Contains("落实责任清单", Deliverable("县委组织部要于12月20日前制定落实责任清单。", "县委组织部", "2026-12-20"));
        Assert.Contains("重点难点问题清单", Deliverable("县发改局要于12月20日前梳理形成重点难点问题清单。", "县发改局", "2026-12-20"));
    }

    // ---- ElaborationIsNoJob ----

    [Fact]
    public void What_spells_out_the_product_is_no_job()
    {
        Assert.Equal("工作方案", Deliverable("各责任单位要于12月20日前制定工作方案，明确时间节点、责任人。", "各责任单位", "2026-12-20"));
    }

    [Fact]
    public void Naming_something_with_no_product_before_is_the_job()
    {
        // Counter-example: 明确 is the job when nothing was to be made before it.
        Assert.Equal("明确各乡镇防汛责任人", Deliverable("县应急管理局要明确各乡镇防汛责任人。", "县应急管理局"));
    }

    // ---- FragmentIsNoJob (nominalHeads, verb + 的, a cut quotation) ----

    /// <summary>Counter-tests of every nominal head: 完成 + the head names what the product states; the product stays the job.</summary>
    [Theory]
    [InlineData("时限")]
    [InlineData("时间")]
    [InlineData("情况")]
    [InlineData("进度")]
    [InlineData("节点")]
    [InlineData("期限")]
    [InlineData("比例")]
    [InlineData("率")]
    public void Completion_made_a_noun_is_no_job(string head)
    {
        Assert.Equal("办理方案", Deliverable($"各牵头单位要制订办理方案，明确工作目标、完成{head}。", "各牵头单位"));
    }

    [Fact]
    public void Completing_a_thing_is_still_the_job()
    {
        // Counter-example: 完成 followed by its object.
        Assert.Equal("完成堤防加固", Deliverable("县水利局要于3月底前完成堤防加固。", "县水利局", "2027-03-31"));
    }

    [Fact]
    public void A_verb_that_only_qualifies_a_noun_is_no_job()
    {
        var d = Deliverable("县统计局要对照年度计划确定的目标任务，于12月20日前完成全县人口抽样调查。", "县统计局", "2026-12-20");
        Assert.Contains("人口抽样调查", d);
        Assert.DoesNotContain("确定的", d);
    }

    // ---- DeadlineIsNoPart ----

    [Fact]
    public void The_date_is_no_part_of_the_job()
    {
        Assert.Equal("确保堤防加固工程全部完工", Deliverable("县水利局要确保堤防加固工程在5月底前全部完工。", "县水利局", "2027-05-31"));
    }

    [Fact]
    public void A_measure_of_time_after_zhi_stays()
    {
        // Counter-example: "压缩至30个工作日以内" is what to reach, not when.
        Assert.Contains("压缩至30个工作日以内", Deliverable("县政务服务局要实现审批时间压缩至30个工作日以内。", "县政务服务局"));
        // A year that names the target ("全年目标任务") is kept too.
        Assert.Contains("全年目标任务", Deliverable("县商务局要于12月20日前完成全年目标任务考核。", "县商务局", "2026-12-20"));
    }

    // ---- DisposalKeepsItsVerb / ReportedToNoted ----

    [Fact]
    public void Putting_something_somewhere_is_the_whole_job()
    {
        Assert.Equal("将办理工作纳入本单位绩效目标管理", Deliverable("各责任单位将办理工作纳入本单位绩效目标管理。", "各责任单位"));
    }

    [Fact]
    public void Where_the_product_goes_is_noted_after_it()
    {
        Assert.Equal("预算调整方案(报县政府)", Deliverable("县财政局于12月20日前将预算调整方案报县政府。", "县财政局", "2026-12-20"));
        Assert.Equal("责任落实情况(报送牵头单位)", Deliverable("其他责任单位将责任落实情况提前报送牵头单位。", "其他责任单位"));
        // The unit it goes to is no unit of the task.
        var t = Single("各乡镇于12月20日前将整改情况报县政府。");
        Assert.Empty(t.Co);
    }

    [Fact]
    public void A_report_that_is_the_product_is_no_destination()
    {
        // Counter-example: 报告 followed by no unit is the thing to make.
        Assert.Equal("债务风险排查报告", Deliverable("县审计局要于年底前完成债务风险排查报告。", "县审计局", "2026-12-31"));
    }

    [Fact]
    public void A_title_in_guillemets_is_no_verb()
    {
        var d = Deliverable("县考评办要将《政府工作报告》确定的重要目标任务纳入绩效管理考核范围。", "县考评办");
        Assert.Contains("纳入绩效管理考核范围", d);
        Assert.Contains("目标任务", d);
    }

    // ---- ShortObjectKeepsVerb ----

    [Fact]
    public void A_short_object_keeps_its_verb_and_a_long_one_stands_alone()
    {
        Assert.Equal("组建验收专班", Deliverable("县住建局要组建验收专班。", "县住建局"));
        Assert.Equal("差异化支持政策初稿", Deliverable("县工信局要于12月20日前拿出针对中小企业的差异化支持政策初稿。", "县工信局", "2026-12-20"));
    }

    // ---- LongJobEndsAtAClause ----

    [Fact]
    public void A_long_job_ends_at_a_list_boundary()
    {
        var d = Deliverable("县住建局要于12月20日前完成城东片区、城西片区、城南片区、城北片区、老城区、开发区、高铁新区、滨江新区、产业园区的老旧管网排查。",
            "县住建局", "2026-12-20");
        Assert.True(d.Length <= 40, d);
        Assert.False(d.EndsWith("、"), d);
        Assert.EndsWith("区", d);
    }

    // ---- StepsOverHeading (task-division rows) ----

    [Fact]
    public void A_heading_gives_way_to_the_products_that_follow()
    {
        var d = Deliverable("4. 加强项目谋划储备。编制完成三年滚动投资计划，建立投资项目信息化管理平台，促进投资项目科学管理。(县发改局牵头，县财政局配合)",
            "县发改局");
        Assert.Contains("三年滚动投资计划", d);
        Assert.DoesNotContain("加强项目谋划储备", d);
    }

    [Fact]
    public void A_heading_followed_by_no_product_is_the_deliverable()
    {
        // Counter-example: the sentence after the title tells a procedure, so the title says what to do.
        Assert.Equal("提高土地审批效率", Deliverable("2. 提高土地审批效率。辖区范围内6亩以下的土地转让手续，审查后办理土地登记。(县自然资源局牵头，县住建局配合)", "县自然资源局"));
    }
}
