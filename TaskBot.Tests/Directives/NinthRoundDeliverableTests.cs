using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Deliverable rules of the ninth round: what the clerk writes in the 台账's deliverable column. Each rule has its
/// examples and counter-tests where it must not fire and the task still comes out right.
/// </summary>
public class NinthRoundDeliverableTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    // Rule FrameIsNoJob (Deliverables.IsFrame, family deliverableTrim.frameEndings): "落实…决策部署" says whose orders
    // the work follows; the work beside it is the job. Counter-test: alone, the frame still yields the task.
    public static TheoryData<string> FrameEndings => LexiconFamilyTests.Words(l => l.FrameEndings);

    [Theory, MemberData(nameof(FrameEndings))]
    public void Every_frame_ending_leaves_the_work_beside_it_as_the_job(string ending)
    {
        var t = Single($"县应急管理局要认真落实县委、县政府关于安全生产{ending}，于12月20日前完成危化企业隐患排查。");
        Assert.Equal(["县应急管理局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
        Assert.Contains("危化企业隐患排查", t.Deliverable);
        Assert.DoesNotContain(ending, t.Deliverable);
        var alone = Single($"县应急管理局要于12月20日前落实县委、县政府关于安全生产{ending}。");
        Assert.Equal(["县应急管理局"], alone.Lead);
        Assert.Equal(Dec20, alone.Deadline);
        Assert.Contains("安全生产", alone.Deliverable);
    }

    // Rule StateToReachIsNoJob (ClauseReader.StateReached, family deliverableTrim.stateHeads): "把X整改到位" — the state
    // is no head, and the bare "整改到位" says nothing; the job keeps what is brought there. Counter-test: the same state
    // in a purpose clause after the job leaves the task and its job as they were.
    public static TheoryData<string> StateHeads => LexiconFamilyTests.Words(l => l.StateHeads);

    [Theory, MemberData(nameof(StateHeads))]
    public void Every_state_to_reach_keeps_what_is_brought_there(string state)
    {
        var t = Single($"县生态环境局要在12月20日前把省环保督察指出的问题整改{state}。");
        Assert.Equal(["县生态环境局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
        Assert.Contains("问题整改", t.Deliverable);
        var purpose = Single($"县应急管理局要在12月20日前完成危化企业隐患排查，确保整改{state}。");
        Assert.Equal(["县应急管理局"], purpose.Lead);
        Assert.Equal(Dec20, purpose.Deadline);
        Assert.Contains("危化企业隐患排查", purpose.Deliverable);
    }

    [Theory]
    [InlineData("县财政局要在12月20日前把乡村振兴奖补资金兑现到位。", "县财政局", "乡村振兴奖补资金兑现到位")]
    [InlineData("各乡镇要将排查发现的隐患全部整改到位。", "各乡镇", "排查发现的隐患全部整改到位")]
    public void What_is_brought_to_a_state_is_the_job(string text, string lead, string deliverable)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(deliverable, t.Deliverable);
    }

    // Rule ObjectBeforeItsVerb (ClauseReader.ObjectBeforeItsVerb): 对X开展/进行/实施Y — the object X stands before the
    // light verb, and the job is X with its work Y, not the bare "开展Y"; 对X逐户排查 — X with its verb.
    [Theory]
    [InlineData("县审计局要尽快对县城投公司债务情况开展专项审计调查。", "县审计局", "县城投公司债务情况专项审计调查")]
    [InlineData("县交通运输局要对辖区内农村公路进行全面检查。", "县交通运输局", "辖区内农村公路全面检查")]
    [InlineData("镇安监办要在12月20日前对辖区内小作坊进行拉网式排查。", "镇安监办", "辖区内小作坊拉网式排查")]
    [InlineData("县教育局要定期对各学校食堂开展食品安全抽检。", "县教育局", "各学校食堂开展食品安全抽检")]
    // no light verb: the clause ends in its verb, and the object with the verb is the job.
    [InlineData("各乡镇要对辖区内自建房逐户排查，12月20日前上报结果。", "各乡镇", "辖区内自建房逐户排查")]
    [InlineData("县市场监管局要对校园周边食品店铺定期检查。", "县市场监管局", "校园周边食品店铺定期检查")]
    public void The_object_before_a_light_verb_stays_in_the_job(string text, string lead, string deliverable)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Contains(deliverable.Replace("开展", ""), (t.Deliverable ?? "").Replace("开展", ""));
    }

    [Theory]
    // counter-tests: 对照 / 对接 are other verbs, read as such; the task keeps its job.
    [InlineData("县发改局要对照年度计划抓紧完成项目前期手续办理。", "县发改局", "项目前期手续办理")]
    [InlineData("县商务局要主动对接省商务厅，争取外贸专项资金支持。", "县商务局", "对接省商务厅")]
    public void Other_words_with_dui_keep_their_reading(string text, string lead, string part)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Contains(part, t.Deliverable);
    }

    [Fact]
    public void The_meetings_own_deployment_adds_nothing_to_the_job()
    {
        var t = Single("会议对全镇秋冬季防火重点工作进行部署，要求各村要加强野外用火巡查。");
        Assert.Equal(["各村"], t.Lead);
        Assert.DoesNotContain("部署", t.Deliverable);
        Assert.Contains("野外用火巡查", t.Deliverable);
    }

    // Rule BareChuNeedsADocument (ClauseReader.BareChuWithoutDocument): 出 / 拿出 / 出台 yield their object only when it
    // is a document; 突出 / 出现 / 出售 are other words, and "拿出实际行动" is work, not a product.
    [Theory]
    [InlineData("县住建局要在12月20日前拿出老旧小区改造实施方案。", "县住建局", "老旧小区改造实施方案")]
    [InlineData("县农业农村局要尽快出台秸秆综合利用奖补办法。", "县农业农村局", "秸秆综合利用奖补办法")]
    public void A_document_that_comes_out_is_the_product(string text, string lead, string deliverable)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(deliverable, t.Deliverable);
    }

    [Theory]
    // counter-tests: the task stays, and its job is read from the verbs around the half word.
    [InlineData("县市场监管局要突出重点时段，加强节日市场食品安全监管。", "县市场监管局", "加强节日市场食品安全监管")]
    [InlineData("各乡镇要紧盯重点区域，突出抓好农村道路交通安全整治。", "各乡镇", "抓好农村道路交通安全整治")]
    [InlineData("县公安局要严厉打击非法出售烟花爆竹行为。", "县公安局", "打击非法出售烟花爆竹行为")]
    [InlineData("县交通局要暂停县域之间公交和出租车运营。", "县交通局", "暂停县域之间公交和出租车运营")]
    public void A_half_word_chu_is_no_completion_verb(string text, string lead, string part)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Contains(part, t.Deliverable);
        Assert.DoesNotMatch("^出", t.Deliverable);
    }

    [Fact]
    public void A_setting_that_opens_with_a_preposition_is_no_job_beside_the_work()
    {
        var t = Single("各有关单位要围绕当前存在的突出问题，加大对各乡镇的支持力度。");
        Assert.Equal(["各有关单位"], t.Lead);
        Assert.Equal("加大对各乡镇的支持力度", t.Deliverable);
    }
}
