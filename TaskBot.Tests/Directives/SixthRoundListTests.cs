using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Whole requirement lists of the sixth round (eval/corpus/r6-lists.jsonl): a numbered list that a cue of its own
/// sentence opens speaks to the units that cue names, not to the units of the sentence before (rule
/// CueOpensListAfterUnits, in OrdinalStartsTask); and words that only end like a unit (社会大局, 工作格局, 产业布局)
/// are no unit, so they neither take a task nor cut the subject a list carries (lexicon family notUnits); a semicolon
/// list that handed work to different units in turn speaks to none of them after (rule SharedOutListNamesNobody).
/// Each with its counter-tests.
/// </summary>
public class SixthRoundListTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20), Dec31 = new(2026, 12, 31);

    static string Summary(IReadOnlyList<TaskBot.Directives.ParsedTask> tasks) =>
        string.Join(" | ", tasks.Select(t => $"{string.Join("、", t.Lead)}/{t.Deadline:yyyy-MM-dd}"));

    // ---- CueOpensListAfterUnits ----

    [Fact]
    public void A_list_opened_by_its_own_cue_does_not_take_the_units_of_the_sentence_before()
    {
        var tasks = Parse("县住建局要在12月20日前完成危房排查。\n会议要求，一要加快老旧小区改造进度，年底前完成改造；二要做好物业管理服务。");
        Assert.True(tasks.Count == 3, Summary(tasks));
        Assert.Equal(["县住建局"], tasks[0].Lead);
        Assert.Equal(Dec20, tasks[0].Deadline);
        // The meeting's list names nobody: the leader picks the unit (conventions: a task with an empty lead).
        var renovation = Assert.Single(tasks, t => t.Deadline == Dec31);
        Assert.Empty(renovation.Lead);
        Assert.All(tasks.Skip(1), t => Assert.Empty(t.Lead));
    }

    [Fact]
    public void Counter_a_list_with_no_cue_of_its_own_still_carries_the_units_before_it()
    {
        // "各单位要…。一是要…": no cue opens the list, so the units named just before are its addressees.
        var tasks = Parse("县住建局要在12月20日前完成危房排查。一要加快老旧小区改造进度，年底前完成改造；二要做好物业管理服务。");
        Assert.True(tasks.Count == 3, Summary(tasks));
        Assert.All(tasks, t => Assert.Equal(["县住建局"], t.Lead));
        Assert.Contains(tasks, t => t.Deadline == Dec31);
    }

    [Fact]
    public void Counter_units_named_in_the_cues_own_sentence_lead_the_list()
    {
        var tasks = Parse("会议要求，各乡镇要高度重视秸秆禁烧工作：一是12月20日前完成秸秆清运；二是做好防火巡查。");
        Assert.True(tasks.Count == 2, Summary(tasks));
        Assert.All(tasks, t => Assert.Equal(["各乡镇"], t.Lead));
        Assert.Equal(Dec20, tasks[0].Deadline);
    }

    // ---- words that only end like a unit (notUnits: 大局, 格局, 布局) ----

    [Fact]
    public void Social_stability_in_a_purpose_is_no_unit_and_the_subject_carries_on()
    {
        // "确保社会大局和谐稳定" was read as a unit "确保社会大局": a second unit in the sentence, so the next
        // requirement lost its subject (rule SharedOutSentenceNamesNobody).
        var tasks = Parse("会议强调，县应急管理局要在12月20日前完成隐患排查，确保社会大局和谐稳定。要在12月31日前完成应急预案修订。");
        Assert.True(tasks.Count == 2, Summary(tasks));
        Assert.All(tasks, t => Assert.Equal(["县应急管理局"], t.Lead));
        Assert.Equal(Dec31, tasks[1].Deadline);
        Assert.All(tasks, t => Assert.DoesNotContain(t.Lead.Concat(t.Co), u => u.Contains("大局")));
    }

    [Theory]
    [InlineData("县农业农村局要在12月20日前完成产业布局规划编制。", "县农业农村局", "产业布局规划")]
    [InlineData("各乡镇要在12月20日前完成清理整治，形成齐抓共管的工作格局。", "各乡镇", "清理整治")]
    public void A_word_ending_in_ju_that_names_a_layout_keeps_the_task_and_its_lead(string text, string lead, string words)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
        Assert.Contains(words, t.Deliverable ?? "");
    }

    [Fact]
    public void Counter_a_real_bureau_ending_in_ju_is_still_a_unit()
    {
        // Only the whole words 大局 / 格局 / 布局 are no unit: a bureau (局) before its modal still leads.
        var tasks = Parse("县财政局要在12月20日前完成预算调整，县规划局负责空间布局审查。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县财政局"]) && t.Deadline == Dec20);
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县规划局"]));
    }

    // ---- SharedOutListNamesNobody ----

    [Fact]
    public void After_a_semicolon_list_shared_out_to_several_units_a_subjectless_item_names_nobody()
    {
        var tasks = Parse("会议要求，县交通运输局要加强对乡镇的指导，及时解决发现的问题；各乡镇要加大督导检查力度，严格落实问责机制；要在公路绿化、路域环境治理等方面下功夫，12月20日前完成重点路段提档升级。");
        Assert.True(tasks.Count == 3, Summary(tasks));
        Assert.Equal(["县交通运输局"], tasks[0].Lead);
        Assert.Equal(["各乡镇"], tasks[1].Lead);
        var upgrade = Assert.Single(tasks, t => t.Deadline == Dec20);
        Assert.Empty(upgrade.Lead);   // the leader picks the unit
    }

    [Fact]
    public void Counter_a_semicolon_list_of_one_unit_carries_it()
    {
        var tasks = Parse("会议要求，各乡镇要加大督导检查力度，严格落实问责机制；要在公路绿化、路域环境治理等方面下功夫，12月20日前完成重点路段提档升级。");
        Assert.True(tasks.Count == 2, Summary(tasks));
        Assert.All(tasks, t => Assert.Equal(["各乡镇"], t.Lead));
        Assert.Equal(Dec20, tasks[1].Deadline);
    }
}
