using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twentieth round, family "exhort" (line: eval/corpus/relabels/r20-exhort.md (b): effort with no object of its own;
/// objects that name nothing count as no job). Rule BareWorkNamesNothing (Grouping.AttitudeClause, lexicon
/// bareWorkEndings): a verb whose object is 工作 itself (推进工作, 推动工作, 开展工作) or 各方面工作 names no job, as
/// 推进各项工作 already did; a requirement of a generic addressee made only of such clauses and attitudes hands nothing
/// over (rule AttitudeAloneIsNoTask). Not when the clause helps or guides a unit it names (配合县住建局…推进工作,
/// 指导村(社区)开展工作): that is a task of the named unit's work.
/// Gate against g-m3: train fixed la-114, regressed none (net +1); validation items 0/0, tasks 0/0, extra 162 -> 162;
/// shared unchanged (real-dev and spec 100 all fields).
/// </summary>
public class TwentiethRoundMannerTests
{
    [Theory]
    // la-114: a speech to carry out, then 思考和推进工作.
    [InlineData("各地各单位要深入落实习近平总书记考察安徽重要讲话精神,善于从讲政治高度思考和推进工作。")]
    [InlineData("各乡镇要高度重视,扎实开展工作。")]
    [InlineData("各部门要提高政治站位,统一思想,推动工作。")]
    [InlineData("各级党组织要提高思想认识,规范党的建设各方面工作。")]
    public void A_verb_on_bare_work_hands_nothing_over(string text) => Assert.Empty(Parse(text));

    /// <summary>Counter-tests: beside a job, or helping / guiding a named unit, the task stays.</summary>
    [Theory]
    [InlineData("推进工作", "各乡镇要全力配合县住建局按照节点推进工作。", "县住建局", "各乡镇")]
    [InlineData("推进工作", "各乡镇要建立秸秆禁烧巡查台账,扎实推进工作。", "各乡镇", "")]
    [InlineData("推动工作", "县发改局要编制重点项目储备清单,推动工作。", "县发改局", "")]
    [InlineData("开展工作", "各镇(街道)要强化统筹协调,指导村(社区)开展工作。", "各镇(街道)", "")]
    [InlineData("开展工作", "县应急管理局要成立工作专班,迅速开展工作。", "县应急管理局", "")]
    [InlineData("各方面工作", "各学院要制定迎评整改方案,规范教学各方面工作。", "各学院", "")]
    public void A_bare_work_ending_beside_a_job_keeps_the_task(string word, string text, string lead, string co)
    {
        Assert.Contains(word, text);
        Assert.Contains(Lexicon.BareWorkEndings.Words, w => w == word);
        var task = Assert.Single(Parse(text));
        Assert.Equal([lead], task.Lead);
        Assert.Equal(co.Length == 0 ? [] : [co], task.Co);
    }

    [Fact]
    public void A_named_unit_asked_to_push_work_keeps_its_task()
    {
        // AttitudeAloneIsNoTask drops only generic addressees: a named unit may be what the clerk assigns.
        Assert.Contains(Parse("县住建局要高度重视,扎实推进工作。"), t => t.Lead.SequenceEqual(["县住建局"]));
    }
}
