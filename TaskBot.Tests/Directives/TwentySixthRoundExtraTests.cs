using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-sixth round, tasks invented in multi-task texts (errs.py extra), family "extra".
/// AnnouncementCueAfterSubject (inside rule OwnAnnouncementClause, <c>OverGeneration.AnnouncesOwnWork</c>): a body that
/// goes straight on to a future 将 tells what it will do itself (conventions: "the writer's own announcements (我局将于…举办培训)
/// … yield no task"). A cue used to stop the rule wherever it stood in the clause, so a 要求 inside what the body will do
/// ("将根据资金的性质和项目的要求安排分配使用", "将于4月26日根据复查要求进行复查") — the standard it works to — made the
/// announcement a task of that body. Now the cue counts only where it asks the units: before them ("会议要求县住建局将于…").
/// AnnouncementBareDateLater (same rule, <c>DatedLaterInSentence</c>): a date later in the sentence kept the body bound to a
/// duty whatever it said; now only a date that binds does — by when (前, 内, 底…), a span or a recurrence. A bare date that
/// tells when something happens ("…开放时间9月6日8:00") leaves the announcement as it is.
/// Train (gate against s44-int): r13s-115 and r11s-080 fixed, nothing regressed in train, validation or shared.
/// </summary>
public class TwentySixthRoundExtraTests
{
    static IReadOnlyList<string> GroupingRulesFor(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Grouping);

    static readonly DateOnly Dec20 = new(2026, 12, 20);

    [Theory]
    [InlineData("今年共下达专项资金850万元，区财政局将根据资金的性质和项目的要求安排分配使用。")]
    [InlineData("各乡镇要在12月20日前完成自查整改，县爱卫办将于12月25日根据复查要求进行复查。")]
    public void A_requirement_inside_what_a_body_will_do_does_not_ask_it(string text)
    {
        Assert.Contains("OwnAnnouncementClause", GroupingRulesFor(text));
        Assert.DoesNotContain(Parse(text), t => t.Lead.Contains("区财政局") || t.Lead.Contains("县爱卫办"));
    }

    [Fact]
    public void The_units_asked_before_announcing_keep_their_task_while_the_announcer_has_none()
    {
        var text = "各乡镇要在12月20日前完成自查整改，县爱卫办将于12月25日根据复查要求进行复查。";
        var t = Single(text);
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_cue_before_the_units_still_asks_them()
    {
        // Counter-test: 会议要求 stands before the unit: the meeting tells 县住建局 what to do, the unit does not announce.
        var text = "会议要求县住建局将于12月20日根据验收要求组织老旧小区改造验收。";
        var t = Single(text);
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_modal_after_the_unit_with_a_requirement_inside_still_hands_the_job_over()
    {
        // Counter-test: the same words with 要 instead of 将: an order to the unit.
        var text = "区财政局要根据项目的要求于12月20日前安排分配资金。";
        var t = Single(text);
        Assert.Equal(["区财政局"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_bare_date_later_in_the_sentence_does_not_bind_the_announcer()
    {
        var text = "各学院须在12月20日前安排学生锁好门窗、关闭水电，物业公司将在12月25日后开始断水断电处理，开放时间2月26日8:00。";
        Assert.Contains("OwnAnnouncementClause", GroupingRulesFor(text));
        var t = Single(text);
        Assert.Equal(["各学院"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_binding_date_later_in_the_sentence_still_makes_the_plan_a_duty()
    {
        // Counter-test: a by-date after the plan binds the body to it: a task of the body.
        var text = "县河长办将定期开展巡河督查，于12月20日前汇总并向县政府报告。";
        var t = Single(text);
        Assert.Equal(["县河长办"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }
}
