using TaskBot.Directives;
using TaskBot.Directives.Stages;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Every named grouping rule (<see cref="GroupingRules"/>) with its example: parsed under `--explain`, the example
/// fires the rule, and the leader gets the tasks the rule is there for (units and roles, deadline, supervisor).
/// </summary>
public class GroupingRuleTests
{
    public static TheoryData<string> RuleNames => [.. GroupingRules.All.Select(r => r.Name)];

    [Theory, MemberData(nameof(RuleNames))]
    public void Every_grouping_rule_fires_on_its_example(string name)
    {
        var rule = GroupingRules.ByName(name);
        var explained = Parser.Explain(rule.Example, Reference);
        Assert.Contains(name, explained.RulesFired(ParseTrace.Grouping));
        // The trace is of the same parse: explaining changes nothing the user sees.
        Assert.Equal(Tasks(Parse(rule.Example)), Tasks(explained.Tasks));
    }

    /// <summary>
    /// What each example yields, task by task: "lead/co/deadline[/supervisor]", units joined by 、, tasks by " | ";
    /// "" is no task at all.
    /// </summary>
    [Theory]
    [InlineData("BlockItemIsOneTask", "县发改局/县财政局/2027-05-31")]
    [InlineData("ToneOnly", "县财政局//2026-12-20")]
    [InlineData("AddresseeLine", "各乡镇人民政府、县政府各部门//2026-12-20")]
    [InlineData("EventDateIsReport", "")]
    [InlineData("OpeningDeadlineWaits", "县住建局//2027-06-30")]
    [InlineData("WaitingDeadlineJoins", "县住建局//2027-06-30")]
    [InlineData("AddresseesTakeTask", "各乡镇人民政府、县政府各部门//2026-12-20")]
    [InlineData("SupervisorOnly", "县交通运输局//2026-12-20/分管副县长王明")]
    [InlineData("ImplementerUnderLead", "县住建局/县水务公司/2026-12-20")]
    [InlineData("NewSubjectStartsTask", "县财政局//2026-12-20 | 县审计局//2026-12-31")]
    [InlineData("LeadJoinsTask", "县交通运输局//2026-12-31")]
    [InlineData("HelpersOpenTask", "县财政局/县民政局/2026-12-20")]
    [InlineData("HelpersJoinTask", "县住建局/县财政局/2026-12-20")]
    [InlineData("UnnamedAskedTask", "//2026-12-20")]
    [InlineData("NothingToJoin", "")]
    [InlineData("SubjectlessSentenceStartsTask", "各乡镇//2026-12-20 | 各乡镇//2026-12-31")]
    [InlineData("FirmDeadlineReplacesSteering", "县统计局//2026-12-20")]
    [InlineData("SecondDeadlineSibling", "县住建局//2026-12-20 | 县住建局//2027-03-31")]
    [InlineData("ClosingDeadlineBindsSentence", "县住建局//2026-12-20 | 县水务公司//2026-12-20")]
    [InlineData("JoinsTask", "县财政局//2026-12-20")]
    [InlineData("WaitingSupervisorJoins", "县交通运输局//2026-12-20/分管副县长王明")]
    [InlineData("WaitingDeadlineClosesTask", "县住建局//2027-06-30")]
    [InlineData("DirectiveForce", "")]
    [InlineData("HeadingIsNoTask", "县住建局//2026-12-20")]
    [InlineData("HelpersOfNamedLead", "县水利局//2026-12-20 | 县财政局/县水利局/2026-12-31")]
    [InlineData("AlsoIsAnotherTask", "县水利局//2026-12-20 | 县水利局//")]
    [InlineData("WaitingAlsoJoins", "县水利局//2026-12-20 | 县水利局//")]
    [InlineData("CueNamesNobody", "县财政局//2026-12-20 | //2026-12-31")]
    [InlineData("OrdinalStartsTask", "// | // | 县林业局//2026-12-20")]
    [InlineData("OrdinalHeadingIsNoTask", "// | 各乡镇//2026-12-20")]
    [InlineData("NewParagraphNamesNobody", "区委组织部//2026-12-20 | //2026-12-31")]
    [InlineData("CueAfterNarrationNamesNobody", "//2026-12-31")]
    [InlineData("SpeakerHeadingIsNoTask", "// | 各相关单位//2026-12-20")]
    [InlineData("SharedOutSentenceNamesNobody", "县农业农村局//2026-12-20 | 县生态环境局// | //2026-12-31")]
    public void Each_rule_example_yields_the_tasks_the_rule_is_for(string name, string expected) =>
        Assert.Equal(expected, Tasks(Parse(GroupingRules.ByName(name).Example)));

    [Fact]
    public void Every_rule_has_a_name_of_its_own_and_an_outcome_test()
    {
        var names = GroupingRules.All.Select(r => r.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        var tested = typeof(GroupingRuleTests).GetMethod(nameof(Each_rule_example_yields_the_tasks_the_rule_is_for))!
            .GetCustomAttributesData().Where(a => a.AttributeType == typeof(InlineDataAttribute))
            .Select(a => (string)((IReadOnlyCollection<System.Reflection.CustomAttributeTypedArgument>)a.ConstructorArguments[0].Value!).First().Value!)
            .ToHashSet();
        Assert.Empty(names.Where(n => !tested.Contains(n)));
    }

    [Fact]
    public void A_new_subject_in_the_same_sentence_is_a_second_task_and_helpers_stay_with_the_first()
    {
        // Issue 9 family 9: the second requirement has its own subject and deadline; the helpers before it stay with the first.
        var tasks = Parse("县自然资源局牵头，县财政局配合，在10个工作日内完成用地审核；各乡镇要做好征地拆迁工作，年底前全部交地。");
        Assert.Equal("县自然资源局/县财政局/2026-12-10 | 各乡镇//2026-12-31", Tasks(tasks));
    }

    static string Tasks(IReadOnlyList<ParsedTask> tasks) => string.Join(" | ", tasks.Select(t =>
        $"{string.Join("、", t.Lead)}/{string.Join("、", t.Co)}/{t.Deadline:yyyy-MM-dd}" + (t.Supervisor is null ? "" : "/" + t.Supervisor)));
}
