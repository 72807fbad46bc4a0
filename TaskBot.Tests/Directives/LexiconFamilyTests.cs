using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// The lexicon is data: every entry of each word family is exercised, so an administrator's edit that breaks
/// a family (or a typo in the file) fails here with the word named.
/// </summary>
public class LexiconFamilyTests
{
    public static TheoryData<string> Words(Func<DirectiveLexicon, PhraseSet> family)
    {
        var data = new TheoryData<string>();
        foreach (var w in family(Lexicon).Words) data.Add(w);
        return data;
    }

    public static TheoryData<string> UnitSuffixes => Words(l => l.UnitSuffixes);
    public static TheoryData<string> LeadRoles => Words(l => l.LeadRoles);
    public static TheoryData<string> CoRoles => Words(l => l.CoRoles);
    public static TheoryData<string> VagueDeadlines => Words(l => l.VagueDeadlines);
    public static TheoryData<string> TransmittalMarkers => Words(l => l.TransmittalMarkers);
    public static TheoryData<string> SanctionMarkers => Words(l => l.SanctionMarkers);
    public static TheoryData<string> CompletionVerbs => Words(l => l.CompletionVerbs);
    public static TheoryData<string> LeaderTitles => Words(l => l.LeaderTitles);
    public static TheoryData<string> StandaloneUnits => [.. Lexicon.StandaloneUnits];

    [Theory, MemberData(nameof(StandaloneUnits))]
    public void Every_standalone_addressee_is_a_generic_unit(string unit)
    {
        var t = Single($"请{unit}于12月20日前报送方案。");
        Assert.Equal([unit.Replace(',', ',')], t.Lead);
        Assert.Contains(unit, t.GenericUnits);
    }

    [Theory, MemberData(nameof(UnitSuffixes))]
    public void Every_unit_suffix_makes_an_unseen_name_a_unit(string suffix)
    {
        var name = "县测试" + suffix;
        var t = Single($"请{name}于12月20日前报送方案。");
        Assert.Equal([name], t.Lead);
    }

    [Theory, MemberData(nameof(LeadRoles))]
    public void Every_lead_role_word_makes_its_unit_the_lead(string role)
    {
        var t = Single($"县科技局{role}，县工信局配合，年底前完成创新平台建设。");
        Assert.Equal(["县科技局"], t.Lead);
        Assert.Equal(["县工信局"], t.Co);
    }

    [Theory, MemberData(nameof(CoRoles))]
    public void Every_co_role_word_makes_its_unit_a_co_lead(string role)
    {
        var t = Single($"县科技局牵头，县工信局{role}，年底前完成创新平台建设。");
        Assert.Equal(["县科技局"], t.Lead);
        Assert.Equal(["县工信局"], t.Co);
    }

    [Theory, MemberData(nameof(VagueDeadlines))]
    public void Every_vague_time_word_gives_no_date_but_keeps_the_phrase(string word)
    {
        var t = Single($"县科技局要{word}完成创新平台建设。");
        Assert.Null(t.Deadline);
        Assert.Equal(word, t.DeadlineText);
    }

    [Theory, MemberData(nameof(TransmittalMarkers))]
    public void Every_transmittal_formula_is_no_task(string marker) =>
        Assert.Empty(Parse($"《县项目管理办法》已经县政府同意，{marker}。"));

    [Theory, MemberData(nameof(SanctionMarkers))]
    public void Every_sanction_clause_is_no_task(string marker) =>
        Assert.Empty(Parse($"对工作推进不力的，{marker}。"));

    [Theory, MemberData(nameof(CompletionVerbs))]
    public void Every_completion_verb_yields_its_object_as_deliverable(string verb)
    {
        var t = Single($"县科技局要在年底前{verb}科技创新规划。");
        Assert.Equal("科技创新规划", t.Deliverable);
    }

    [Theory, MemberData(nameof(LeaderTitles))]
    public void Every_leader_title_names_a_supervisor(string title)
    {
        var t = Single($"由{title}张明牵头，县科技局具体落实，年底前完成科技创新规划。");
        Assert.Equal($"{title}张明", t.Supervisor);
        Assert.Equal(["县科技局"], t.Lead);
    }

    [Fact]
    public void The_shipped_lexicon_file_has_every_word_family()
    {
        // Load throws naming the missing family; loading the shipped file must not.
        var lexicon = DirectiveLexicon.Load(DirectiveLexicon.DefaultPath);
        Assert.NotEmpty(lexicon.UnitSuffixes.Words);
    }

    [Fact]
    public void A_lexicon_missing_a_family_is_refused_with_its_name()
    {
        var ex = Assert.Throws<InvalidDataException>(() => DirectiveLexicon.FromJson("{\"unitSuffixes\": [\"局\"]}"));
        Assert.Contains("notUnits", ex.Message);
    }
}
