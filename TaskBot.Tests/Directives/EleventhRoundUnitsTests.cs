using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Unit rules of the eleventh round: who leads and who helps, read from how a directive names its units. Each rule
/// has its examples (made-up text of the shapes seen in the dev documents) and counter-tests where it must not fire.
/// </summary>
public class EleventhRoundUnitsTests
{
    static readonly DateOnly Dec20 = new(2026, 12, 20);

    // Rule FirstListedLeadsNote (Blocks.ReadBlock): a note after a 责任单位 list that the first unit listed leads
    // ("(第一责任单位为牵头单位,下同)", "(列第一位为牵头或汇总单位)", "…,排名第一位为牵头单位") makes the first unit the lead
    // and the others co-leads.
    [Theory]
    [InlineData("加快推进城东片区污水管网建设,12月20日前完成主体工程。\n责任单位:县住建局、县财政局、县水利局(第一责任单位为牵头单位,下同)")]
    [InlineData("加快推进城东片区污水管网建设,12月20日前完成主体工程。责任单位:县住建局、县财政局、县水利局(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)")]
    [InlineData("加快推进城东片区污水管网建设,12月20日前完成主体工程。(县住建局,县财政局,县水利局,排名第一位为牵头单位,下同)")]
    public void A_note_that_the_first_listed_unit_leads_makes_the_others_co_leads(string text)
    {
        var t = Single(text);
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(["县财政局", "县水利局"], t.Co);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void A_list_without_the_note_keeps_its_joint_leads()
    {
        // Counter-test: no note, no lead marker: every listed unit leads (无牵头单位的，责任单位即为牵头单位).
        var t = Single("加快推进城东片区污水管网建设,12月20日前完成主体工程。责任单位:县住建局、县财政局、县水利局");
        Assert.Equal(["县住建局", "县财政局", "县水利局"], t.Lead);
        Assert.Empty(t.Co);
    }

    [Fact]
    public void A_marked_lead_wins_over_the_note()
    {
        // Counter-test: a unit marked (牵头) leads though it is not listed first.
        var t = Single("加快推进城东片区污水管网建设,12月20日前完成主体工程。责任单位:县财政局、县住建局(牵头)、县水利局(第一责任单位为牵头单位,下同)");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Contains("县财政局", t.Co);
    }

    public static TheoryData<string> FirstListedLeadNotes => LexiconFamilyTests.Words(l => l.FirstListedLeadNotes);

    /// <summary>Every note word makes the first unit of the list lead; the directive keeps its one task and its date.</summary>
    [Theory, MemberData(nameof(FirstListedLeadNotes))]
    public void Every_first_listed_note_makes_the_first_unit_lead(string word)
    {
        var t = Single($"加快推进城东片区污水管网建设,12月20日前完成主体工程。责任单位:县住建局、县财政局({word}单位,下同)");
        Assert.Equal(["县住建局"], t.Lead);
        Assert.Equal(["县财政局"], t.Co);
        Assert.Equal(Dec20, t.Deadline);
        // Counter-test: the same words in a sentence of the notice (no list before them) hand nothing to anyone.
        var tasks = Parse($"县住建局要在12月20日前完成城东片区污水管网建设。分工表中,{word}单位。");
        Assert.Contains(tasks, x => x.Lead.SequenceEqual(["县住建局"]) && x.Deadline == Dec20);
    }

    // Rule OversightVerbOpensNoName (UnitGrammar.OversightVerbBeforeUnit, BodyBeforeModal, ClauseReader): a verb by which
    // one unit acts on another (引导, 带领, 指导…) or a speaker's verb (明确) right before a unit's name is never part of it.
    [Fact]
    public void A_speakers_verb_before_units_and_a_modal_is_no_part_of_their_names()
    {
        var t = Single("会议要求,明确县住建局和县城投集团要在12月20日前完成安置房交付。");
        Assert.Equal(["县住建局", "县城投集团"], t.Lead);
        Assert.Equal(Dec20, t.Deadline);
    }

    [Fact]
    public void An_oversight_verb_before_units_leaves_the_work_with_the_unit_before_it()
    {
        var tasks = Parse("会议要求,县发改局要在12月20日前梳理中省投资重点,引导各业务部门做好项目争资工作。");
        Assert.All(tasks, t => Assert.DoesNotContain("引导各业务部门", t.Lead.Concat(t.Co)));
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县发改局"]) && t.Deadline == Dec20);
    }

    [Fact]
    public void An_office_named_after_its_verb_stays_whole()
    {
        // Counter-test: the verb with a suffix right after it names the office that does it.
        var t = Single("县委组织部要在12月20日前完成干部档案专项审核。");
        Assert.Equal(["县委组织部"], t.Lead);
        var s = Single("督查室要在12月20日前完成重点工作督查通报。");
        Assert.Equal(["督查室"], s.Lead);
        Assert.Equal(Dec20, s.Deadline);
    }
}
