using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-second round, family "lead empty where the label names units", reason "the unit opens the sentence but the
/// word after it is not read as a subject's follower": 提前 ("in advance") joins the lexicon's adverbs, so a unit
/// followed by 提前 and its work ("各系提前做好考试安排，将考试具体方案于7月6日之前报教务处", "请一至十院提前安排好本学院的
/// 校庆主要活动方案表，10月11日前报校庆办") is read where a unit stands, as 认真 / 及时 already were. Conventions: units are
/// units where a unit stands (before 要/负责/牵头/落实, after 由/请/会同/要求); a subject followed by an adverb and a job
/// is such a place. Before, 各系 was dropped and the dated step after it was left with an empty lead.
/// Gate against main e25266a: train fixed r10s-083 (tasks +2), shared real-dev-2 fixed nb-030 (another document);
/// regressed none; extra tasks unchanged; validation silent.
/// </summary>
public class TwentySecondRoundLeadsTests
{
    [Theory]
    // The family's shape: a generic addressee, 提前, its preparation, then a dated hand-in with no subject of its own.
    [InlineData("各学院提前做好期末考试安排，于1月5日前将考试安排表报教务处。", "各学院", "2027-01-05")]
    [InlineData("各分会提前谋划元旦慰问活动，12月20日前将慰问名单报校工会。", "各分会", "2026-12-20")]
    // 提前 before 将 and the thing handed in.
    [InlineData("各乡镇提前将防汛物资储备清单于5月20日前报县应急管理局。", "各乡镇", "2027-05-20")]
    public void A_unit_before_tiqian_leads_the_work_after_it(string text, string lead, string date)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(date, DateOf(t));
    }

    [Theory]
    // Counter-tests: 提前 elsewhere in an order (after the modal and the date, or as 提前N天) keeps the task, its unit
    // and its date.
    [InlineData("县水利局要在5月20日前提前完成堤防加固工程。", "县水利局", "2027-05-20")]
    [InlineData("县财政局提前3天将预算调整方案报县政府，确保12月20日前完成审批。", "县财政局", "2026-12-20")]
    public void Tiqian_inside_an_order_keeps_its_unit_and_date(string text, string lead, string date)
    {
        var tasks = Parse(text);
        Assert.Contains(tasks, t => t.Lead.SequenceEqual([lead]) && DateOf(t) == date);
    }
}
