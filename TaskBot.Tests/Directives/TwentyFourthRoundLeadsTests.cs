using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-fourth round, family "wrong lead units" (helper leads).
/// - CausedBeneficiaryIsNoUnit (ClauseReader, addressee scan): a later clause of a sentence that opens with 让 ("…要推进
///   智慧城市建设，让各族群众在…中受益", "…要高度重视，让各单位、各部门的创新活动得到充分展示") says what the work brings
///   about; whoever follows 让 there benefits from it and is never a unit asked to act (conventions: units are units
///   where a unit stands). Read as an addressee (让 is in addresseeTriggers for "让X做Y"), that beneficiary became the
///   lead of the task before it, or, as a new subject, stopped the run of 要-sentences that followed from keeping the
///   meeting's addressee. The opening clause of a sentence ("让县住建局…") and a clause right after the speaker's verb
///   ("会议要求，让各乡镇…") still name the unit asked.
///   Train and shared: 47 clauses "，让…" in 19 documents; gold names what follows 让 as a unit in none of them.
/// Gate against main 612f27f: train items +2 (r8s-048, r11l-023), tasks +1 (r11-lists), extra 782->781, regressed none;
/// validation items/tasks unchanged, extra 162->160 (holdout-h); shared unchanged.
/// </summary>
public class TwentyFourthRoundLeadsTests
{
    [Fact]
    public void Units_after_a_later_rang_benefit_and_lead_nothing()
    {
        var t = Single("县团委要在12月20日前完成团代会筹备，让各单位、各部门的创新成果得到充分展示。");
        Assert.Equal(["县团委"], t.Lead);
        Assert.Empty(t.Co);
        Assert.Equal("2026-12-20", DateOf(t));
    }

    [Fact]
    public void A_beneficiary_after_rang_does_not_take_the_requirements_that_follow()
    {
        var tasks = Parse("要加快推进智慧城市建设，让各乡镇群众在智慧医疗等领域中受益。要在12月20日前完成全县数据平台建设。");
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Empty(t.Lead));
        Assert.Equal("2026-12-20", DateOf(tasks[1]));
    }

    [Fact]
    public void The_subject_before_a_later_rang_keeps_its_task()
    {
        var t = Single("县数据局要在12月20日前完成智慧城市平台建设，让各族群众在智慧交通等领域中受益。");
        Assert.Equal(["县数据局"], t.Lead);
        Assert.Empty(t.Co);
        Assert.Equal("2026-12-20", DateOf(t));
    }

    [Theory]
    // Counter-tests: 让 opening the sentence, or right after the framing clause, still names the unit asked, with its
    // task and date.
    [InlineData("让县住建局于12月20日前完成全县危房排查。", "县住建局")]
    [InlineData("会议要求，让各乡镇于12月20日前完成危房排查。", "各乡镇")]
    [InlineData("县长强调，让各乡镇于12月20日前完成危房排查。", "各乡镇")]
    [InlineData("会议决定，让县财政局在12月20日前完成专项资金清理。", "县财政局")]
    public void Rang_that_asks_still_names_the_unit(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal("2026-12-20", DateOf(t));
    }
}
