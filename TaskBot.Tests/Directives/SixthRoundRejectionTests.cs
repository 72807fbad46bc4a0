using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// The non-directive families of the sixth-round look-alikes (eval/corpus/r6-lookalikes.jsonl), grouped by why they hand
/// nothing over, each with the directives that share their cue and must keep their tasks.
/// OwnPlanAhead / PlanGoesOn: the writer (or the body it reports on) says what it will do itself ("下一步，X将…").
/// SinceSpanReport: a sentence opened by a span that ends now ("今年以来，", "自…以来，") looks back: a report.
/// PurposePreamble: a requirement the preamble cites as its basis ("按照《…》要求，现就…通知如下") asks nobody.
/// </summary>
public class SixthRoundRejectionTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    // ---- OwnPlanAhead: 下一步 / 今后 / 我局 … then the subject goes straight on to 将, whatever verb follows ----

    [Theory]
    [InlineData("下一步，乡人大和纪委将联合乡文创办，对督查结果进行汇总，并在全乡范围内进行通报，要求限时整改。")]
    [InlineData("下来，我镇将再接再厉，以“零容忍”的态度，强力推进“两违”整治及卫片执法相关工作。")]
    [InlineData("下一步，督导组将按照领导指示，加大督促力度，紧抓闭环管理，细致排查城乡结合部环境卫生问题，即时交办整改。")]
    [InlineData("下一步，县河长办将联合各乡镇对河湖“清四乱”工作再进行一次“回头看”，督促问题全部整改到位。")]
    public void What_the_writer_will_do_itself_is_no_task(string text)
    {
        Assert.Contains("OwnPlanAhead", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void The_plan_goes_on_over_the_next_sentence_that_asks_no_one()
    {
        const string text = "下一步，县河长办将结合本次督查掌握的实际情况，对河湖“清四乱”工作再进行一次“回头看”。" +
                            "同时将督促各级河长加强河湖水域的日常保护管理与监督检查，切实抓好长效管理。";
        Assert.Contains("PlanGoesOn", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void An_order_after_the_plan_keeps_its_task()
    {
        var tasks = Parse("下一步，我镇将再接再厉，强力推进“两违”整治工作。各村要于12月20日前完成违建拆除。");
        var t = Assert.Single(tasks);
        Assert.Equal(["各村"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_unit_with_its_own_ask_in_the_plan_sentence_keeps_its_task()
    {
        var tasks = Parse("下一步，县河长办将结合督查情况开展“回头看”，各乡镇要在12月20日前完成整改。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["各乡镇"]) && t.Deadline == Dec20);
    }

    [Theory]
    // real-dev-2 nb-038: the units after 下一步 are asked (要), nobody announces anything.
    [InlineData("下一步，各园区、各乡镇(街道)、各相关部门要严格按照《县政府工作报告》各项目标任务，倒排时间节点，确保12月20日前完成年度目标任务。", "各园区")]
    // notices nt-071: 责成 before any 将.
    [InlineData("下一步，责成有关部门加强对路面的维护，清除扬尘污染隐患。", "有关部门")]
    public void Looking_ahead_with_an_order_keeps_its_task(string text, string lead)
    {
        Assert.DoesNotContain("OwnPlanAhead", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Lead.Contains(lead));
    }

    [Fact]
    public void A_dated_duty_in_the_plan_sentence_keeps_its_task()
    {
        const string text = "下一步，督导组将按照领导指示，加大督促力度，12月20日前完成城乡结合部环境卫生问题整改。";
        Assert.DoesNotContain("OwnPlanAhead", RulesFor(text));
        Assert.Contains(Parse(text), t => t.Deadline == Dec20);
    }

    // ---- SinceSpanReport: "今年以来，…" / "自…以来，…" opens a look back ----

    [Theory]
    [InlineData("自8月底开展燃气安全百日整治行动以来，县住建局组织宣传车队在全县城区轮回播放宣传音频100余小时，张贴宣传海报114份。先后召开燃气安全整治工作动员会、推进会。")]
    [InlineData("会议指出，今年以来，各乡镇按照县委、县政府部署，强化措施，狠抓落实，经济运行呈现稳固向好的发展态势。")]
    public void A_look_back_since_a_past_time_is_no_task(string text)
    {
        Assert.Contains("SinceSpanReport", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void An_order_after_a_look_back_keeps_its_task()
    {
        var t = Single("今年以来，全县燃气安全整治有序推进，各乡镇要于12月20日前完成剩余燃气安全隐患整改。");
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_look_back_in_the_middle_of_a_sentence_is_no_opener()
    {
        // nt-069's shape: 以来 inside the object ("对2022年以来交办我市的…问题"), not a span opening the sentence.
        var t = Single("县生态环境局要对2022年以来交办我县的突出生态环境问题整改情况进行集中核查，12月20日前报县政府。");
        Assert.Equal(["县生态环境局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    // ---- PurposePreamble: the basis a preamble cites is no ask ----

    [Fact]
    public void A_preamble_citing_a_long_titled_requirement_is_no_task()
    {
        const string text = "为确保在今年8月底前全面完成办理工作，按照《霍邱县人民政府关于认真做好县十七届人大三次会议代表建议意见和县政协十届三次会议委员提案办理工作的通知》(霍政秘〔2019〕57号)要求，现就加快办理工作通知如下：";
        Assert.Contains("PurposePreamble", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_preamble_that_asks_a_unit_keeps_its_task()
    {
        var t = Single("按照《县人民政府关于做好代表建议办理工作的通知》要求，请各承办单位于12月20日前按如下要求报送办理情况：");
        Assert.Equal(["各承办单位"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }
}
