using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-third round, lists family: which units a 要-sentence of a speaker's run belongs to.
/// Rule UnitsNamedMidRunKeepTheirSentence (GroupingRules): a run of requirements that opened naming nobody
/// ("县长强调，要加快推进…。") may hand one requirement to units in passing ("各相关单位要对照任务分解表…。"); the 要-sentence
/// after a full stop goes back to the run and names nobody, it is no task of those units. Counter-tests: a run that opens
/// with the units ("县财政局要…。要…") carries them on (conventions: "各乡镇要…；要…；要…" is three tasks of 各乡镇), and so do a
/// short heading before the units, "同时，要…", units named in a cued sentence (会议要求，各乡镇要…) and a semicolon list.
/// </summary>
public class TwentyThirdRoundListsTests
{
    static IReadOnlyList<string> RulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Grouping);

    [Theory]
    [InlineData("县长强调，要加快推进重点项目建设，倒排工期，挂图作战，确保项目按期完工投产。各相关单位要对照任务分解表，抓好承担任务落实。要大力推进招商引资，紧盯重要信息线索，提升线索转化率。", "各相关单位", null)]
    [InlineData("会议要求，要持续加强安全生产检查，压紧压实各方责任，全面排查整治各类隐患。县应急管理局要在12月20日前完成危化企业专项检查。要在12月31日前完成全县自建房安全排查。", "县应急管理局", "2026-12-31")]
    [InlineData("会议强调，要加快推进重点项目建设，倒排工期，挂图作战，确保按期完工。县财政局要在12月20日前拨付项目资金。要在12月31日前完成全县危房改造验收。", "县财政局", "2026-12-31")]
    public void A_requirement_after_units_named_mid_run_names_nobody(string text, string unit, string? date)
    {
        var tasks = Parse(text);
        Assert.Equal(3, tasks.Count);
        Assert.Empty(tasks[0].Lead);
        Assert.Equal([unit], tasks[1].Lead);
        Assert.Empty(tasks[2].Lead);
        Assert.Equal(date, DateOf(tasks[2]));
        Assert.Contains("UnitsNamedMidRunKeepTheirSentence", RulesFor(text));
    }

    [Fact]
    // Counter-test: the run opens with the units; the 要-sentence after them is theirs.
    public void A_run_opened_by_units_carries_them()
    {
        const string text = "县财政局要在12月20日前完成预算调整。要在12月31日前完成全县债务清理。";
        var tasks = Parse(text);
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["县财政局"], tasks[1].Lead);
        Assert.Equal("2026-12-31", DateOf(tasks[1]));
        Assert.DoesNotContain("UnitsNamedMidRunKeepTheirSentence", RulesFor(text));
    }

    [Theory]
    // Counter-tests: a short heading before the units, 同时, a cued sentence naming the units, a semicolon list.
    [InlineData("会议强调，要抓好项目建设。各乡镇要加快推进项目前期工作，倒排工期。要在12月31日前完成项目用地报批。")]
    [InlineData("会议强调，要加快推进重点项目建设，倒排工期，挂图作战，确保项目按期完工投产。各乡镇要做好用地保障。同时，要在12月31日前完成项目用地报批。")]
    [InlineData("会议强调，要加快推进重点项目建设，倒排工期，挂图作战，确保项目按期完工投产。会议要求，各乡镇要做好用地保障。要在12月31日前完成项目用地报批。")]
    [InlineData("要加快推进重点项目建设，倒排工期，挂图作战，确保项目按期完工投产；各乡镇要做好用地保障；要在12月31日前完成项目用地报批。")]
    public void The_units_carry_on_outside_the_shape(string text)
    {
        var tasks = Parse(text);
        var last = tasks[^1];
        Assert.Equal(["各乡镇"], last.Lead);
        Assert.Equal("2026-12-31", DateOf(last));
        Assert.DoesNotContain("UnitsNamedMidRunKeepTheirSentence", RulesFor(text));
    }
}
