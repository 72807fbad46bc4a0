using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-second round, family "deliverables" (conventions, "What a parsed task carries": the deliverable is what must
/// be produced or done). Rule ExhortationIsNoJob widened (lexicon deliverableTrim.exhortations + 协同配合, 协调配合,
/// 工作调度, 督导调度): "加强协同配合，开展…", "加强工作调度，完成…" — a clause that only asks the units to work together
/// or to keep steering the work says how, not what; the job is the clause beside it. Seen in train in 4 documents
/// (mn-001, nt-092, r6l-042, r6l-044); the words stand in 4–42 train documents. Alone in its task the clause is still
/// the task's phrase, and inside a longer job (建立…协同配合机制, 工作调度台账) the words stay.
/// </summary>
public class TwentySecondRoundDeliverablesTests
{
    [Theory]
    [InlineData("县住建局要加强协同配合，于11月30日前开展老旧小区燃气管道大排查。", "县住建局", "2026-11-30", "燃气管道大排查", "协同配合")]
    [InlineData("县农业农村局要加强工作调度，于12月25日前完成高标准农田建设任务。", "县农业农村局", "2026-12-25", "高标准农田建设", "工作调度")]
    [InlineData("县教育局要加强督导调度，确保12月20日前校舍维修全部完工。", "县教育局", "2026-12-20", "校舍维修", "督导调度")]
    [InlineData("县生态环境局要紧盯重点企业和重点时段，于12月15日前完成扬尘污染治理，各部门要协调配合。", "县生态环境局", "2026-12-15", "扬尘污染治理", "协调配合")]
    public void Working_together_or_steering_beside_a_job_is_no_part_of_it(string text, string lead, string date, string job, string words)
    {
        var t = Parse(text).First(x => x.Lead.SequenceEqual([lead]));
        Assert.Equal(date, DateOf(t));
        Assert.Contains(job, t.Deliverable);
        Assert.DoesNotContain(words, t.Deliverable);
    }

    [Fact]
    public void Steering_alone_is_still_the_tasks_phrase()
    {
        var t = Single("县交通运输局要于12月20日前加强督导调度。");
        Assert.Equal(["县交通运输局"], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
        Assert.Contains("督导调度", t.Deliverable);
    }

    [Theory]
    [InlineData("县应急管理局要于12月20日前建立部门协同配合机制。", "协同配合机制")]
    [InlineData("县发改局要于12月20日前建立重点项目工作调度台账。", "工作调度台账")]
    public void The_words_inside_a_longer_job_stay(string text, string kept)
    {
        var t = Single(text);
        Assert.Equal("2026-12-20", DateOf(t));
        Assert.Contains(kept, t.Deliverable);
    }

    // ---- EffectIsNoJob (deliverableTrim.effectOpeners × effectHeads) ----
    // "做好排水设施，减少内涝积水对群众生产生活的影响", "做好教育创强宣传，形成良好的创建氛围", "开展植树造林绿化，提高“源头管控”
    // 意识": an effect verb opening a clause after the job and an effect closing it say what the job is for. Train:
    // mn-003, mn-037, mn-074, r5m-082, r5m-091, r5l-033, r5l-048, r6l-036, r10l-011, r11l-031, r12l-008, r14l-032.

    [Theory]
    [InlineData("县住建局要于12月20日前完成城区排水管网改造，减少汛期积水对群众出行的影响。", "县住建局", "排水管网改造", "减少")]
    [InlineData("县信访局要于12月20日前做好矛盾纠纷排查化解，维护好全县社会和谐稳定。", "县信访局", "矛盾纠纷排查化解", "维护")]
    [InlineData("县人社局要于12月20日前开展欠薪专项检查，形成齐抓共管的治欠格局。", "县人社局", "欠薪专项检查", "格局")]
    [InlineData("县应急管理局要于12月20日前组织防灾减灾宣传周活动，提高群众的自救互救能力。", "县应急管理局", "防灾减灾宣传周", "提高")]
    [InlineData("县教育局要于12月20日前开展校园安全教育，提高师生防范意识。", "县教育局", "校园安全教育", "意识")]
    public void An_effect_after_the_job_is_no_part_of_it(string text, string lead, string job, string effectWord)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
        Assert.Contains(job, t.Deliverable);
        Assert.DoesNotContain(effectWord, t.Deliverable);
    }

    [Fact]
    public void An_effect_alone_or_beside_a_bare_verb_is_still_said()
    {
        // Alone it is the task's phrase; beside a job of two characters ("宣传") it says more than the job does.
        Assert.Contains("安全意识", Single("县交通运输局要于12月20日前提高驾驶员安全意识。").Deliverable);
        var phrase = TaskBot.Directives.Deliverables.Compose(
            [new("宣传", 1, false), new("提高群众的防汛意识", 1, false)], null, Lexicon);
        Assert.Contains("防汛意识", phrase);
        // Beside a job that names something, the same effect is left out.
        Assert.Equal("做好宣传", Single("各乡镇要于12月20日前做好宣传，提高群众的防汛意识。").Deliverable);
    }

    /// <summary>Counter-test of each effect verb: as the job's own verb (no effect at the end) it keeps the job.</summary>
    [Theory]
    [InlineData("减少", "审批环节")]
    [InlineData("维护", "城区供水管网")]
    [InlineData("维护好", "防汛物资台账")]
    [InlineData("形成", "问题整改清单")]
    [InlineData("提高", "困难群众补助标准")]
    public void Every_effect_opener_as_a_jobs_verb_keeps_the_job(string opener, string obj)
    {
        var t = Single($"县发改局要于12月20日前完成年度投资计划编制，{opener}{obj}。");
        Assert.Equal(["县发改局"], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
        Assert.Contains(obj[..2], t.Deliverable);
    }

    public static TheoryData<string> EffectHeads => LexiconFamilyTests.Words(l => l.EffectHeads);

    /// <summary>Counter-test of each effect head: in a job that no effect verb opens it stays with its task.</summary>
    [Theory, MemberData(nameof(EffectHeads))]
    public void Every_effect_head_inside_a_job_keeps_it(string head)
    {
        var t = Single($"县发改局要于12月20日前完成年度投资计划编制，开展{head}专项评估。");
        Assert.Equal(["县发改局"], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
        Assert.Contains(head, t.Deliverable);
    }

    // ---- ObjectClauseBeforeItsVerb (ClauseReading) ----
    // "对代表提出的建议、批评和意见，各承办单位要认真予以办理", "对排查出的有安全隐患的经营性自建房，要立即采取措施进行整改":
    // the 对-object in a clause of its own, the light verb opening the next. Train: r5n-076, r6l-014, ha-020, hb-036.

    [Theory]
    [InlineData("对群众反映的供暖问题，县住建局要于12月20日前逐户进行核查。", "县住建局", "群众反映的供暖问题", "核查")]
    [InlineData("对摸排出的危旧校舍，县教育局要于12月20日前采取措施进行加固。", "县教育局", "危旧校舍", "加固")]
    [InlineData("县市场监管局要对节日期间的食品市场，于12月20日前开展专项检查。", "县市场监管局", "食品市场", "专项检查")]
    public void An_object_in_its_own_clause_goes_with_the_work_after_it(string text, string lead, string obj, string work)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
        Assert.Contains(obj, t.Deliverable);
        Assert.Contains(work, t.Deliverable);
    }

    [Theory]
    // A verb in the 对-clause makes it a job of its own; 对照 is another word; a long object keeps the usual reading.
    [InlineData("县住建局要对分包的重点区域进行现场视察，于12月20日前开展问题整改。", "区域进行")]
    [InlineData("县住建局要对照验收标准，于12月20日前开展一次全面自查。", "标准一次")]
    [InlineData("对全县各乡镇、各部门、各企事业单位和各村居的办公用房，县机关事务中心要于12月20日前开展清理。", "办公用房")]
    public void Only_a_verbless_short_object_clause_is_taken(string text, string notIn)
    {
        var t = Parse(text).Last();
        Assert.Equal("2026-12-20", DateOf(t));
        Assert.DoesNotContain(notIn, t.Deliverable);
    }
}
