using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Lead-unit rules of the twelfth round: units joined by 和 that are two addressees, and time words glued before or
/// after a generic subject. Each rule has made-up examples of its shape and counter-tests where it must not fire;
/// each word added to the lexicon has a directive holding it that keeps its task.
/// </summary>
public class TwelfthRoundLeadsTests
{
    // Rule ShortBodyJoinedToBody (UnitGrammar.JoinedBodies): a body word written short (社区, 街道, 乡镇) joined by 和 to
    // a body that ends in 部门 / 单位 is an addressee of its own (conventions: split lists on 和).
    [Theory]
    [InlineData("街道、社区和职能部门要在12月20日前制定年度工作计划。", new[] { "街道", "社区", "职能部门" })]
    [InlineData("要求社区和物业管理部门加强巡查，12月20日前完成隐患整改。", new[] { "社区", "物业管理部门" })]
    [InlineData("乡镇和行业主管部门要在12月20日前完成隐患排查。", new[] { "乡镇", "行业主管部门" })]
    public void A_short_body_word_joined_to_a_body_is_a_unit_of_its_own(string text, string[] leads)
    {
        var t = Single(text);
        Assert.Equal(leads.OrderBy(x => x), t.Lead.OrderBy(x => x));
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Theory]
    // A joiner inside one bureau's name splits nothing.
    [InlineData("县自然资源和规划局要在12月20日前完成用地报批。", "县自然资源和规划局")]
    public void A_name_with_a_joiner_inside_it_stays_one_unit(string text, string lead)
    {
        Assert.Equal([lead], Single(text).Lead);
    }

    // Rule LevelSectorJoinedToBody (UnitGrammar.JoinedBodies): a sector after its level (各设区市财政, 县财政) joined by 和
    // to a body is that level's bureau, the left addressee; a sector written in full (发展改革) is one too.
    [Theory]
    [InlineData("各设区市财政和劳动保障部门应于12月20日前将报表汇总报省财政厅。", "各设区市财政", "劳动保障部门")]
    [InlineData("县财政和农业农村部门要在12月20日前完成补贴资金拨付。", "县财政", "农业农村部门")]
    [InlineData("发展改革和财政部门要在12月20日前落实保障性住房建设资金。", "发展改革", "财政部门")]
    public void A_sector_joined_to_a_body_is_a_unit_of_its_own(string text, string left, string right)
    {
        var t = Single(text);
        Assert.Equal(new[] { left, right }.OrderBy(x => x), t.Lead.OrderBy(x => x));
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
        Assert.DoesNotContain("省财政厅", t.Lead);
    }

    // Lexicon sectorNames: 发展改革. Counter-tests: inside a bureau's name, and as words of the work, it keeps the task.
    [Fact]
    public void Fazhan_gaige_inside_a_bureau_name_keeps_the_bureau()
    {
        var t = Single("县发展改革局要在12月20日前完成项目储备清单。");
        Assert.Equal(["县发展改革局"], t.Lead);
        Assert.Contains("项目储备清单", t.Deliverable);
    }

    [Fact]
    public void Fazhan_gaige_in_the_work_keeps_the_task()
    {
        var t = Single("县商务局要围绕高质量发展改革创新，12月20日前完成外贸企业走访。");
        Assert.Equal(["县商务局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    // Rule EventTimeBeforeGenericSubject (ClauseReader.EventTimeEnd): a short time phrase (an event and 前 / 后, or
    // 接下来) opening the clause is no part of the generic subject after it.
    [Theory]
    [InlineData("放假前各部门要对本单位员工开展一次安全教育。", "各部门", "安全教育")]
    [InlineData("项目实施结束后各镇(街)要在12月20日前做好面积统计。", "各镇(街)", "面积统计")]
    [InlineData("接下来各个社区要开展整治动员会。", "各个社区", "整治动员会")]
    [InlineData("当前各乡镇要全力抓好秋冬种工作。", "各乡镇", "秋冬种")]
    public void A_time_phrase_before_a_generic_subject_is_no_part_of_its_name(string text, string lead, string work)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Contains(work, t.Deliverable);
    }

    [Fact]
    public void A_body_before_ge_stays_in_the_name()
    {
        // 县直 is no time phrase: 县直各单位 is one addressee.
        Assert.Equal(["县直各单位"], Single("县直各单位要在12月20日前完成值班安排。").Lead);
    }

    [Fact]
    public void A_verb_phrase_ending_in_qian_before_gexiang_names_nobody()
    {
        // "做好当前各项工作": a verb opens the clause and 各项 counts things; no unit is made of it.
        var tasks = Parse("会议就做好当前各项工作进行部署安排。");
        Assert.All(tasks, t => Assert.Empty(t.Lead));
    }

    // Rule TimeWordAfterGenericName (UnitGrammar.TimeWordCut, TimeWordAfterSubjectEnd): a two-character time word (假前,
    // 会后) after a generic name that ends in 部门 / 单位 is no part of the name; the work starts after it.
    [Theory]
    [InlineData("各部门假前要对分管区域全面排查。", "各部门", "分管区域")]
    [InlineData("各单位会后抓紧将修改意见报县发改局。", "各单位", "修改意见")]
    public void A_time_word_after_a_generic_name_is_no_part_of_it(string text, string lead, string work)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Contains(work, t.Deliverable);
        Assert.DoesNotContain("县发改局", t.Lead);
    }

    [Theory]
    // 后 inside a name (后勤) and a body word with no time word after it are left whole.
    [InlineData("各乡镇后勤服务中心要在12月20日前完成食堂检查。", "各乡镇后勤服务中心")]
    [InlineData("各分工会要在12月20日前报送会员名单。", "各分工会")]
    public void A_name_with_no_time_word_after_it_stays_whole(string text, string lead)
    {
        Assert.Equal([lead], Single(text).Lead);
    }

    // Lexicon unitSuffixes: 党组织. Rule SuffixHoldsGrammarWord (UnitGrammar.IsStop): a suffix that opens one character
    // before a grammar word and covers it (党组织 holds 组织) ends the name there, not before the grammar word.
    [Theory]
    [InlineData("各二级党组织要在12月20日前完成换届选举。", "各二级党组织")]
    [InlineData("二级党组织于12月15日前将换届选举的请示报学院党委。", "二级党组织")]
    [InlineData("请各基层党组织于12月20日前报送党员名册。", "各基层党组织")]
    public void A_party_organisation_is_a_unit(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.NotNull(t.Deadline);
    }

    [Fact]
    public void Dangzuzhi_as_the_object_of_the_work_keeps_the_task()
    {
        var t = Single("县委组织部要在12月20日前完成基层党组织建设督查。");
        Assert.Equal(["县委组织部"], t.Lead);
        Assert.Contains("党组织建设", t.Deliverable);
    }

    [Fact]
    public void Zuzhi_as_a_verb_after_a_party_organisation_stays_the_work()
    {
        var t = Single("各级党组织要组织党员开展学习，12月20日前完成。");
        Assert.Equal(["各级党组织"], t.Lead);
        Assert.Contains("组织党员", t.Deliverable);
    }

    // Rule EveryOneOfKind (UnitGrammar.UnitAt): 每个 and a name with a unit suffix, followed as a subject is, is a
    // generic unit (each body of that kind); a quantity after it distributes the quantity and names nobody.
    [Theory]
    [InlineData("每个小组负责一个区域，12月20日前完成整治任务。", "每个小组")]
    [InlineData("每个乡镇要在12月20日前配备2名专职网格员。", "每个乡镇")]
    public void Each_body_of_a_kind_is_a_generic_unit(string text, string lead)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
        Assert.Contains(t.Warnings, w => w.Message.Contains(lead));
    }

    [Theory]
    [InlineData("每个村200亩任务，由各乡镇负责在12月20日前落实。")]
    [InlineData("各乡镇要确保每个村在12月20日前建成1个文化广场。")]
    public void Each_body_with_a_quantity_or_as_an_object_names_nobody(string text)
    {
        Assert.Equal(["各乡镇"], Single(text).Lead);
    }

    // Rule EtcClosesWithQualifiedBody (UnitGrammar.SkipEtc): 等 and a short qualifier before 部门 / 单位 (等相关职能部门,
    // 等责任单位) close a list of bare sector names as 等部门 does; every listed name is a joint lead.
    [Theory]
    [InlineData("县发改、住建、自然资源等相关职能部门要开辟绿色通道，优化程序手续。", new[] { "县发改", "住建", "自然资源" })]
    [InlineData("县发改、住建、自然资源、生态环境等责任单位要按照要求抓好项目落地。", new[] { "县发改", "住建", "自然资源", "生态环境" })]
    [InlineData("县财政局、县住建局等成员单位要在12月20日前完成资金拨付。", new[] { "县财政局", "县住建局" })]
    public void Etc_and_a_qualified_body_word_close_the_list(string text, string[] leads)
    {
        var t = Single(text);
        Assert.Equal(leads.OrderBy(x => x), t.Lead.OrderBy(x => x));
        Assert.DoesNotContain(t.Lead, u => u.Contains('等'));
    }

    [Fact]
    public void Deng_as_a_verb_closes_no_list()
    {
        // 等待上级部门: 等 is the verb "wait for"; the unit is the one that waits, the bureau above is no lead.
        var t = Single("县财政局要等待上级部门批复后，在12月20日前拨付资金。");
        Assert.Equal(["县财政局"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }
}
