using static TaskBot.Tests.Directives.ParserHarness;
using TaskBot.Directives;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twenty-sixth round, family "split" (helper split): several tasks in one text.
/// - LaterToneHeadingOpensEntry / ToneHeadedEntryStartsTask (GroupingRules): a later numbered requirement (二要, 三要…)
///   whose heading only sets a tone ("三要强化责任。") is still a new entry of the list; the first job its body names opens
///   the entry's task (for the units of the list) instead of joining the task of the entry before (conventions: "One text
///   can hold several tasks (一是…二是…, numbered items, semicolon-separated clauses with their own units)").
///   Train: of the items the rule changes, the entry is labelled a task of its own in 12 (8 files: mn-072, mn-073,
///   mn-079, nt-006, r5l-035, r5l-040, r5l-046, r6a-031, r6l-045, hb-034, r8l-034, r14l-010) and no task in 2 (r5m-077,
///   r12s-001, both exhortation-only entries).
/// </summary>
public class TwentySixthRoundSplitTests
{
    static IReadOnlyCollection<string> GroupingRulesOf(string text) =>
        Parser.Explain(text, Reference).RulesFired(ParseTrace.Grouping);

    [Fact]
    public void The_body_of_a_tone_only_later_requirement_is_a_task_of_its_own()
    {
        const string text = "会议要求，一要加快项目建设进度，12月20日前完成主体工程。二要强化责任。严格落实项目包保机制，每周调度一次。";
        var tasks = Parse(text);
        Assert.Equal(2, tasks.Count);
        Assert.Equal("2026-12-20", DateOf(tasks[0]));
        Assert.Null(tasks[1].Deadline);
        Assert.Contains("包保", tasks[1].Deliverable);
        Assert.DoesNotContain("包保", tasks[0].Deliverable ?? "");
        var rules = GroupingRulesOf(text);
        Assert.Contains("LaterToneHeadingOpensEntry", rules);
        Assert.Contains("ToneHeadedEntryStartsTask", rules);
    }

    [Fact]
    public void A_modal_sentence_after_the_tone_heading_opens_the_entry_and_a_named_unit_still_leads_its_own()
    {
        const string text = "会议要求，一要加快老旧小区改造进度，12月20日前完成全部改造任务。二要提高认识，增强责任感。要全力做好资金、用地等要素保障。三要强化督查。县督查室要每周通报进展情况。";
        var tasks = Parse(text);
        Assert.Equal(3, tasks.Count);
        Assert.Equal("2026-12-20", DateOf(tasks[0]));
        Assert.Contains(tasks, t => t.Lead.Count == 0 && t.Deadline is null && (t.Deliverable ?? "").Contains("要素保障"));
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县督查室"]));
    }

    [Fact]
    public void The_units_the_list_was_asked_of_lead_the_entry()
    {
        // "要求各乡镇一要高度重视…；二要紧跟目标，落实责任…": 各乡镇 are the list's addressees; the entry keeps them.
        const string text = "王强要求各乡镇一要高度重视，清醒认识；二要紧跟目标，落实责任，圆满完成秸秆禁烧任务。";
        var t = Single(text);
        Assert.Equal(["各乡镇"], t.Lead);
        Assert.Contains("ToneHeadedEntryStartsTask", GroupingRulesOf(text));
    }

    // ---- counter-tests ----

    [Fact]
    public void A_later_requirement_that_names_its_job_is_read_as_before()
    {
        // 二要 with a job of its own opens its task by rule OrdinalStartsTask; nothing waits.
        const string text = "会议要求，一要加快项目建设进度，12月20日前完成主体工程。二要强化责任落实，12月31日前完成项目验收。";
        var tasks = Parse(text);
        Assert.Equal("2026-12-20,2026-12-31", string.Join(",", tasks.Select(DateOf)));
        Assert.DoesNotContain("LaterToneHeadingOpensEntry", GroupingRulesOf(text));
    }

    [Fact]
    public void Units_named_after_the_tone_heading_lead_the_entry()
    {
        const string text = "会议要求，一要加快项目建设进度，12月20日前完成主体工程。二要高度重视。各乡镇要于12月25日前完成征地拆迁。";
        var tasks = Parse(text);
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["各乡镇"], tasks[1].Lead);
        Assert.Equal("2026-12-25", DateOf(tasks[1]));
        Assert.DoesNotContain("ToneHeadedEntryStartsTask", GroupingRulesOf(text));
    }

    [Fact]
    public void A_tone_only_entry_with_no_job_adds_no_task()
    {
        // "二要高度重视，切实增强责任感" hands nothing over; the dated task before keeps its one task.
        const string text = "会议要求，一要在12月20日前完成秸秆清运，确保不留死角。二要高度重视，切实增强责任感。";
        var t = Single(text);
        Assert.Equal("2026-12-20", DateOf(t));
        Assert.DoesNotContain("ToneHeadedEntryStartsTask", GroupingRulesOf(text));
    }
}
