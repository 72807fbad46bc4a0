using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twentieth round, family "exhort" (line: eval/corpus/relabels/r20-exhort.md): a 要/必须/希望-requirement without a
/// date makes no task when every clause is only (a) attitude (统一思想, 端正态度, 警钟长鸣, 克服畏难情绪,
/// 凝聚共识), (b) effort with no object of its own (形成合力, 齐心协力, 集中力量, 强化措施, 抓实抓细, 倒排工期, 常抓不懈, and a
/// verb on 各项工作 that names nothing: 做好 / 抓好 / 推进 / 推动各项工作), (c) study of a speech (学习领会)
/// or (d) an aim (确保…顺利进行 / 顺利开展, 再上新台阶, 作出(更大)贡献, 完成各项目标任务). These are words of the
/// lexicon's attitudeEndings, read by the sentence rule AttitudeOnly (every comma clause ends in one, no date) and by the
/// grouping's AttitudeClause; the rule itself is unchanged. A clause that names a job (制定方案, 开展整治, 建立台账) keeps
/// the task: the generated counter-test NonDirectiveFamilyTests.An_attitude_ending_beside_real_work_keeps_the_task covers
/// every word, and each word has its own real-looking counter-test below.
/// Gate against main's predictions: train fixed r5l-056, r8l-003, r12s-040, r14s-002, r14l-038, regressed none (net +5;
/// r14l-038 went again with 岁末年初各项工作, taken out as seen in one document only, see the second set);
/// validation net +1 (holdout-h non_directive_rejection 52.2 -> 54.3, extra tasks 59 -> 58, no field drops); shared files
/// unchanged.
/// </summary>
public class TwentiethRoundAttitudeTests
{
    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    [Theory]
    // (b) + (d): effort and an aim, from a 巡查 of exam sites (r5l-056's closing sentence).
    [InlineData("各部门要形成合力,确保高考顺利进行。")]
    // (a) + (b) + (d), with the stock 抓好落实 (r8l-003).
    [InlineData("各部门要凝聚共识,形成合力,按表态发言抓好落实,确保乡庆顺利进行。")]
    // (c): study and carry out a speech (r12s-040).
    [InlineData("希望各乡镇和有关部门认真学习领会,抓好贯彻落实。")]
    // (a) + (b) + (d) in one call to effort.
    [InlineData("各地各部门要统一思想,集中力量,常抓不懈,推动全县经济社会发展再上新台阶。")]
    [InlineData("各单位要端正态度,警钟长鸣,倒排工期,抓实抓细,确保完成各项目标任务。")]
    public void An_exhortation_with_no_job_hands_nothing_over(string text)
    {
        Assert.Contains("AttitudeOnly", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void In_a_list_only_the_exhortation_loses_its_task()
    {
        var tasks = Parse("县供电公司要制定高考保电应急预案,确保考试期间电力正常供应;县交警大队要严查考点周边飙车现象。各部门要形成合力,确保高考顺利进行。");
        Assert.Equal(2, tasks.Count);
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县供电公司"]));
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县交警大队"]));
    }

    /// <summary>The counter-test of each word: beside a job (a plan, a ledger, a campaign, a dated completion) the task stays.</summary>
    [Theory]
    [InlineData("统一思想", "各乡镇要统一思想,在12月20日前完成秸秆禁烧巡查台账。", "各乡镇")]
    [InlineData("统一思想", "县住建局要统一思想,制定老旧小区改造实施方案。", "县住建局")]
    [InlineData("端正态度", "县信访局要端正态度,建立信访积案化解台账。", "县信访局")]
    [InlineData("警钟长鸣", "各乡镇要警钟长鸣,开展燃气安全隐患排查整治。", "各乡镇")]
    [InlineData("畏难情绪", "县住建局要克服畏难情绪,制定棚户区改造征收方案。", "县住建局")]
    [InlineData("凝聚共识", "各部门要凝聚共识,建立重点项目联审联批机制。", "各部门")]
    [InlineData("形成合力", "县公安局、县交通运输局要形成合力,开展道路交通安全专项整治行动。", "县公安局")]
    [InlineData("齐心协力", "各乡镇要齐心协力,加快推进旅游公路征地拆迁。", "各乡镇")]
    [InlineData("集中力量", "县水利局要集中力量,完成病险水库除险加固。", "县水利局")]
    [InlineData("强化措施", "县生态环境分局要强化措施,对辖区餐饮油烟进行集中整治。", "县生态环境分局")]
    [InlineData("抓实抓细", "各乡镇要抓实抓细,落实防汛值班值守制度。", "各乡镇")]
    [InlineData("倒排工期", "县交通运输局要倒排工期,12月20日前完成国道改线工程路面铺设。", "县交通运输局")]
    [InlineData("常抓不懈", "各学校要常抓不懈,开展防溺水安全教育。", "各学校")]
    [InlineData("做好各项工作", "县应急管理局要制定节日值班表,做好各项工作。", "县应急管理局")]
    [InlineData("抓好各项工作", "县教育局要完善开学疫情防控预案,抓好各项工作。", "县教育局")]
    [InlineData("推进各项工作", "各乡镇要建立重点任务台账,推进各项工作。", "各乡镇")]
    [InlineData("推动各项工作", "县发改局要编制项目储备清单,推动各项工作。", "县发改局")]
    [InlineData("学习领会", "各乡镇要认真学习领会,制定贯彻落实实施方案。", "各乡镇")]
    [InlineData("顺利进行", "县教育局要制定高考考务工作方案,确保高考顺利进行。", "县教育局")]
    [InlineData("顺利开展", "县卫健局要组织医疗保障队伍,确保活动顺利开展。", "县卫健局")]
    [InlineData("再上新台阶", "县农业农村局要建设高标准农田2万亩,推动粮食生产再上新台阶。", "县农业农村局")]
    [InlineData("作出贡献", "县科技局要组织企业申报高新技术企业,为全县创新发展作出贡献。", "县科技局")]
    [InlineData("更大贡献", "县商务局要举办招商推介会,为全县经济发展作出更大贡献。", "县商务局")]
    [InlineData("各项目标任务", "县财政局要在12月20日前完成预算调整,确保完成各项目标任务。", "县财政局")]
    public void A_word_beside_a_job_keeps_the_task(string word, string text, string lead)
    {
        Assert.Contains(word, text);
        Assert.Contains(Lexicon.AttitudeEndings.Words, w => w == word);
        Assert.Contains(Parse(text), t => t.Lead.FirstOrDefault() == lead);
    }

    [Fact]
    public void A_field_before_ge_xiang_gong_zuo_is_a_job()
    {
        // 各项工作 after a field (稳企业, 防汛) names that field: only a verb right before it (做好各项工作) names nothing.
        Assert.Contains(Parse("各乡镇要扎实做好防汛各项工作。"), t => t.Lead.SequenceEqual(["各乡镇"]));
    }
}

/// <summary>
/// Twentieth round, family "exhort", second set of attitudeEndings words (same rule AttitudeOnly, same line): effort
/// with no object of its own that the first set left out, as they close a notice or a meeting's requirements (压实 /
/// 夯实整改责任, 细化工作举措, 采取有力措施, 抓好…推进落实, 合力攻坚, 全力配合, and any clause ending in 合力: 形成 / 凝聚 /
/// 汇聚…合力, clauses of 76 train items), an attitude (the clause ending in 弦: 绷紧安全生产这根弦, 14 items) and an aim
/// (a clause ending in 实效: 确保…实效, 务求实效, 33 items). Words seen in one document only were taken out or
/// made general (最强合力 → 合力, 绷紧弦 → 弦, 工作实效 → 实效, 岁末年初各项工作 dropped; 压实工作责任 dropped because a
/// standing procedure's heading "二、压实工作责任。…实行…负责制。" belongs to rule ProcedureItemAsksNothing).
/// Gate against main's predictions, both sets: train fixed r5l-056, r8l-003, r12s-040, r14s-002, r5m-073, r14l-034,
/// regressed none (net +6; tasks fixed 2 regressed 1, r8l-006 alignment); validation net +1 (holdout-h
/// non_directive_rejection 52.2 -> 54.3, extra 59 -> 58), unchanged by this set; shared files unchanged.
/// </summary>
public class TwentiethRoundAttitudeMoreTests
{
    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Sentence);

    [Theory]
    // The closing of a notice that hands over a table of targets (like r8l-039): the targets are in the table.
    [InlineData("请各单位提高政治站位,细化工作举措,压实责任,确保全面高质量完成各项目标任务。")]
    // r14l-034: awareness and effort only; the jobs come in the next sentences.
    [InlineData("各部门、单位要认清形势绷紧弦,进一步增强做好城镇燃气安全领域工作的责任感、紧迫感,切实提高政治站位,采取有力措施,坚决抓好各项任务推进落实。")]
    // A heading of requirements (r5m-073): the jobs follow under it.
    [InlineData("会议要求,要压实整改责任。")]
    [InlineData("各部门要合力攻坚,全力配合。")]
    [InlineData("要全面凝聚推进小区整体搬迁工作的最强合力。")]
    [InlineData("各镇各部门要时刻绷紧安全生产这根弦。")]
    public void An_effort_with_no_object_hands_nothing_over(string text)
    {
        Assert.Contains("AttitudeOnly", RulesFor(text));
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void A_heading_of_effort_leaves_the_jobs_under_it()
    {
        var tasks = Parse("会议要求,要压实整改责任。要细化推进措施。对照巡察反馈意见,建立整改台账,清单式管理、滚动式销号。");
        // One task of nobody (the meeting names no unit), for the jobs under the heading, not one more for the heading.
        Assert.Single(tasks);
        Assert.Empty(tasks[0].Lead);
    }

    /// <summary>The counter-test of each word: beside a job the task stays.</summary>
    [Theory]
    [InlineData("压实整改责任", "县审计局要压实整改责任,建立审计发现问题整改台账。", "县审计局")]
    [InlineData("夯实整改责任", "各被巡察党组织要夯实整改责任,制定巡察反馈问题整改方案。", "各被巡察党组织")]
    [InlineData("细化工作举措", "县农业农村局要细化工作举措,编制高标准农田建设实施方案。", "县农业农村局")]
    [InlineData("实效", "县教体局要成立专项督导组,确保防溺水工作实效。", "县教体局")]
    [InlineData("弦", "各乡镇要时刻绷紧安全生产这根弦,开展燃气安全隐患排查整治。", "各乡镇")]
    [InlineData("有力措施", "县应急管理局要采取有力措施,对辖区危化企业开展安全检查。", "县应急管理局")]
    [InlineData("推进落实", "县发改局要建立重点项目调度台账,抓好推进落实。", "县发改局")]
    [InlineData("合力", "县住建局要凝聚最强合力,12月20日前完成景园小区整体搬迁。", "县住建局")]
    [InlineData("合力", "县公安局要形成治理合力,开展道路交通安全专项整治行动。", "县公安局")]
    [InlineData("合力攻坚", "各部门要合力攻坚,完成棚户区改造征收。", "各部门")]
    [InlineData("全力配合", "县公安局要全力配合,开展校园周边治安专项整治。", "县公安局")]
    public void A_word_beside_a_job_keeps_the_task(string word, string text, string lead)
    {
        Assert.Contains(word, text);
        Assert.Contains(Lexicon.AttitudeEndings.Words, w => w == word);
        Assert.Contains(Parse(text), t => t.Lead.FirstOrDefault() == lead);
    }
}
