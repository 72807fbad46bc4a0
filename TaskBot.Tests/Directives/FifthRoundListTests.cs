using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Whole requirement lists of the fifth round (eval/corpus/r5-lists.jsonl): the entries of an asked list that open
/// with a command verb whose object names no product (rule ListEntryCommandIsAsked), and a speaker's paragraph that
/// names again the units of the task before, whose subjectless requirements are theirs (rule
/// UnitsRenamedInNewParagraph); each with its counter-tests.
/// </summary>
public class FifthRoundListTests
{
    static string Summary(IReadOnlyList<TaskBot.Directives.ParsedTask> tasks) =>
        string.Join(" | ", tasks.Select(t => $"{string.Join("、", t.Lead)}/{t.Deadline:yyyy-MM-dd}"));

    // ---- ListEntryCommandIsAsked ----

    [Theory]
    // "加快…进度", "强化…防御": a command whose object is a pace or a field is still the entry's work.
    [InlineData("会议要求：一是加快前期工作进度，留足余量。二是对进度严重滞后的乡镇要加大通报督导力度。", "前期工作进度")]
    [InlineData("会议要求：一是强化监测预报预警。二是强化中小河流洪水防御。三是强化山洪灾害防御。", "中小河流洪水防御")]
    public void An_asked_entry_that_opens_with_a_command_is_a_task(string text, string words)
    {
        var tasks = Parse(text);
        Assert.True(tasks.Count >= 2, Summary(tasks));
        Assert.Contains(tasks, t => (t.Deliverable ?? "").Contains(words));
        Assert.All(tasks, t => Assert.Empty(t.Lead));   // the list named nobody: the leader picks the unit
    }

    [Fact]
    public void The_units_the_cue_named_lead_the_command_entry()
    {
        var tasks = Parse("县长要求各乡镇：一是加快秸秆清运进度。二是强化防火巡查。");
        Assert.Equal("各乡镇/ | 各乡镇/", Summary(tasks));
    }

    [Theory]
    // Counter: an attitude opening an entry hands nothing over.
    [InlineData("会议要求：一是高度重视，提高思想认识。二是加快前期工作进度。", 1)]
    // Counter: numbered lines nobody asked for (a progress cell) stay none.
    [InlineData("四季度进展情况 1.加快前期工作进度。2.清理卫生死角30余处。", 0)]
    public void Command_entries_only_of_asked_lists(string text, int count)
    {
        var tasks = Parse(text);
        Assert.True(count == tasks.Count, Summary(tasks));
    }

    // ---- UnitsRenamedInNewParagraph ----

    [Fact]
    public void A_speakers_paragraph_naming_the_units_again_carries_them_to_its_requirements()
    {
        var tasks = Parse("县财政局要在12月20日前完成预算调整。\n会议强调，县财政局要把当前重点工作安排好。要在12月31日前完成全县债务清理。");
        var last = tasks[^1];
        Assert.Equal(new DateOnly(2026, 12, 31), last.Deadline);
        Assert.Equal(["县财政局"], last.Lead);
    }

    [Fact]
    public void Counter_a_new_paragraph_that_names_nobody_leaves_the_lead_empty()
    {
        // Rule NewParagraphNamesNobody still holds when the paragraph does not name the units again.
        var tasks = Parse("区委组织部要在12月20日前完成换届筹备方案。\n会议原则同意本区预算调整方案。下一步，要完成全年财政收入的任务。");
        Assert.Equal("区委组织部/2026-12-20 | /2026-12-31", Summary(tasks));
    }

    [Fact]
    public void Counter_other_units_in_the_new_paragraph_start_their_own_task()
    {
        var tasks = Parse("县财政局要在12月20日前完成预算调整。\n会议强调，县审计局要在12月31日前完成专项审计。要做好审计整改。");
        Assert.Equal("县财政局/2026-12-20 | 县审计局/2026-12-31 | 县审计局/", Summary(tasks));
    }

    // ---- adverbs: 高效, 顺利 open no unit name ----

    [Theory]
    // "三是要科学统筹，高效推进城市消防站建设": the manner adverb begins the predicate; 城市消防站 is what is built.
    [InlineData("三是要科学统筹，高效推进城市消防站建设，确保年度建设任务圆满完成。", "2026-12-31")]
    // "并顺利通过上级部门验收": 上级部门 accepts the work; the requirement names nobody.
    [InlineData("会议要求，要落实新增耕地项目的实施工作，确保按质按量完成新增耕地项目建设，并顺利通过上级部门验收。", "")]
    public void A_name_never_starts_with_a_manner_adverb(string text, string date)
    {
        var t = Single(text);
        Assert.Empty(t.Lead);
        Assert.Equal(date, t.Deadline?.ToString("yyyy-MM-dd") ?? "");
    }

    [Theory]
    // Counter-tests: a directive holding the adverb keeps its unit, its date and its task.
    [InlineData("县住建局要高效推进城市消防站建设，12月20日前完成选址。", "县住建局", "选址")]
    [InlineData("县交通局要确保项目顺利通过验收，12月20日前完成整改。", "县交通局", "整改")]
    public void Counter_the_adverb_after_a_unit_keeps_the_task(string text, string lead, string words)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
        Assert.Contains(words, t.Deliverable ?? "");
    }

    // ---- ListIntroNamesAddressees ----

    [Theory]
    // The units named once before the list, asked with a modal, lead every entry that names nobody; the
    // introduction ("做好以下工作", "抓好三项工作") is no task of its own.
    [InlineData("会议要求，各乡镇、各部门要：一是做好秸秆清运。二是做好防火巡查。", "各乡镇、各部门")]
    [InlineData("会议要求，各乡镇、各部门要做好以下工作：一是做好秸秆清运；二是做好防火巡查。", "各乡镇、各部门")]
    [InlineData("会议强调，各乡镇要抓好三项工作。一是做好秸秆清运。二是做好防火巡查。", "各乡镇")]
    [InlineData("会议要求各乡镇、各部门：一是要加快前期工作进度；二是要做好防火巡查。", "各乡镇、各部门")]
    public void Units_named_before_a_list_lead_its_entries(string text, string lead)
    {
        var tasks = Parse(text);
        Assert.True(tasks.Count == 2, Summary(tasks));
        Assert.All(tasks, t => Assert.Equal(lead, string.Join("、", t.Lead)));
        Assert.DoesNotContain(tasks, t => (t.Deliverable ?? "").Contains("以下") || (t.Deliverable ?? "").Contains("三项"));
    }

    [Fact]
    public void Counter_an_entry_naming_its_own_unit_keeps_it()
    {
        var tasks = Parse("会议要求，各乡镇要：一是做好秸秆清运；二是县林业局做好防火巡查。");
        Assert.Equal("各乡镇/ | 县林业局/", Summary(tasks));
    }

    [Fact]
    public void Counter_the_one_who_sets_the_requirements_is_no_addressee()
    {
        // "区新农村办对各镇提出三点要求：" names the unit that asks; its entries are not 区新农村办's.
        var tasks = Parse("区新农村办对各镇提出三点要求：一是抓紧完善方案、完成评审；二是全力做好美丽乡村建设风险评估工作。");
        Assert.DoesNotContain(tasks.Skip(1), t => t.Lead.Contains("区新农村办"));
    }

    [Fact]
    public void Counter_a_task_with_a_date_before_a_list_stays_a_task()
    {
        // The sentence before the list hands work over with its own date: it is no introduction.
        var tasks = Parse("会议要求，县财政局要在12月20日前完成预算调整：一是做好秸秆清运；二是做好防火巡查。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县财政局"]) && t.Deadline == new DateOnly(2026, 12, 20));
    }

    // ---- NewsDateline (UnitGrammar) ----

    [Theory]
    // The outlet of a news report ("…站8月13日讯", "…中心讯") is framing, never the lead of what the meeting asked.
    [InlineData("红网中方站8月13日讯(分站记者 楚雯)8月11日上午,县长主持召开县长办公会议,要求要在12月20日前完成水库除险加固。")]
    [InlineData("县融媒体中心讯 11月20日,县长主持召开县长办公会议,要求要在12月20日前完成水库除险加固。")]
    public void A_news_outlet_is_no_lead(string text)
    {
        var t = Single(text);
        Assert.Empty(t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void Counter_the_same_body_told_to_act_leads()
    {
        var t = Single("县融媒体中心要在12月20日前完成宣传方案。");
        Assert.Equal(["县融媒体中心"], t.Lead);
    }

    // ---- TopicThenModal (UnitGrammar) ----

    [Fact]
    public void A_unit_before_the_aspect_of_its_work_and_a_modal_is_the_subject()
    {
        // r5l-017: "各责任单位思想认识要再提高，工作责任要再压实，…。要通力协作，…": the units carry to the requirements after.
        var tasks = Parse("会议强调，各责任单位思想认识要再提高，工作责任要再压实，加速推进征地拆迁工作。要通力协作，做好工期倒排计划。");
        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.Equal(["各责任单位"], t.Lead));
        Assert.Contains(tasks, t => (t.Deliverable ?? "").Contains("征地拆迁"));
    }

    public static TheoryData<string> WorkAspects => LexiconFamilyTests.Words(l => l.WorkAspects);

    [Theory, MemberData(nameof(WorkAspects))]
    public void Every_work_aspect_before_a_modal_keeps_the_unit_as_subject(string aspect)
    {
        var t = Single($"各责任单位工作{aspect}要再加强，12月20日前完成问题整改。");
        Assert.Equal(["各责任单位"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
        // Counter-test: the word as the object of the unit's own verb leaves the unit and its date as they are.
        var c = Single($"县住建局要压实工作{aspect}，12月20日前完成问题整改。");
        Assert.Equal(["县住建局"], c.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), c.Deadline);
    }

    [Theory]
    // Counter-tests: a time or a list number before 要 is no aspect of work: no name is cut short ("区委常委下周要" is
    // no 区委, "各乡镇一要" no 各乡).
    [InlineData("三是区委常委下周要对分包的重点区域进行现场视察。", "区委")]
    [InlineData("县政府副县长张开义要求各乡镇一要高度重视，清醒认识；二要紧跟目标，落实责任，圆满完成任务。", "各乡")]
    public void Counter_only_an_aspect_of_work_stands_between(string text, string cut)
    {
        Assert.DoesNotContain(Parse(text), t => t.Lead.Contains(cut));
    }

    [Fact]
    public void Counter_a_collective_with_shang_xia_is_no_unit()
    {
        var tasks = Parse("会议指出，全镇上下要抢抓历史窗口期，全力加快农业农村现代化步伐。");
        Assert.DoesNotContain(tasks, t => t.Lead.Contains("全镇"));
    }

    // ---- SourceLineIsNoAddressee (AddresseeLine) ----

    [Fact]
    public void A_source_line_with_its_posting_time_heads_nothing()
    {
        // r5l-018: "红网东安站\n05-07 17:29\n…": the page's source made every requirement after it the source's.
        var tasks = Parse("县长主持召开常务会议\n红网东安站\n05-07 17:29\n会议指出，相关职能部门要做好全县防汛抗旱工作。要在12月20日前完成水库排查。");
        Assert.DoesNotContain(tasks, t => t.Lead.Contains("红网东安站"));
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["相关职能部门"]) && t.Deadline == new DateOnly(2026, 12, 20));
    }

    [Theory]
    // Counter-tests: an addressee line ends with a colon; a table cell's unit is followed by its work.
    [InlineData("各乡镇人民政府：\n请于12月20日前报送本单位年度工作总结。", "各乡镇人民政府")]
    [InlineData("县水利局\n\n12月20日前完成水库除险加固。", "县水利局")]
    public void Counter_an_addressee_or_a_cell_still_leads(string text, string lead)
    {
        Assert.Contains(Parse(text), t => t.Lead.SequenceEqual([lead]) && t.Deadline == new DateOnly(2026, 12, 20));
    }
}
