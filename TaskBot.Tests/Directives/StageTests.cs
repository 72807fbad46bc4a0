using TaskBot.Calendar;
using TaskBot.Directives;
using TaskBot.Directives.Stages;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>Each stage of the parser run alone, on the text it is given: what it hands to the next stage.</summary>
public class StageTests
{
    static Reading ReadingOf(string text) =>
        new(text, ChineseText.Fold(text), Lexicon, new UnitGrammar(Lexicon), ChinaWorkingCalendar.Default, Reference, null);

    /// <summary>Stage 1 on the first item of the text: its sentences, and the sentence rule that set each aside.</summary>
    static List<(string Text, string? SkippedBy)> Sentences(string text)
    {
        var r = ReadingOf(text);
        var items = new ItemStage(r);
        var (s, e) = items.Items()[0];
        var item = items.Begin(s, e, 1);
        var ranges = items.SentenceRanges(item);
        return [.. Enumerable.Range(0, ranges.Count).Select(i => items.SentenceAt(item, ranges, i))
            .Select(x => (text[x.Start..x.End].Trim(), x.SkippedBy))];
    }

    /// <summary>Stages 1–3 on a one-sentence text: its first clause, read, with its deadline placed.</summary>
    static (Clause Clause, Reading Reading) FirstClause(string text)
    {
        var r = ReadingOf(text);
        var items = new ItemStage(r);
        items.Begin(0, text.Length, 1);
        var end = text.IndexOfAny(['，', ',']) is var k and > 0 ? k : text.Length;
        var c = new ClauseReader(r).Read(0, end);
        new DeadlinePlacement(r).Place(c);
        return (c, r);
    }

    [Fact]
    public void Items_and_sentences_set_aside_a_minutes_header_line_and_keep_the_decision()
    {
        var sentences = Sentences("列席：县发改局、县财政局主要负责同志。县财政局要在12月20日前完成预算调整。");
        Assert.Equal(2, sentences.Count);
        Assert.Equal("MinutesHeader", sentences[0].SkippedBy);
        Assert.Null(sentences[1].SkippedBy);
    }

    [Fact]
    public void Clause_reading_files_units_by_their_role_words()
    {
        var (c, r) = FirstClause("县农业农村局牵头、各乡镇配合");
        Assert.Equal(["县农业农村局"], c.Lead.Select(r.Surface));
        Assert.Equal(["各乡镇"], c.Co.Select(r.Surface));
        Assert.True(c.RoleWord);
    }

    [Theory]
    [InlineData("县财政局10个工作日内报送预算调整方案", "2026-12-10")]
    [InlineData("环评报告书14个工作日内完成审批", null)]          // a service-time limit, not a deadline
    [InlineData("12月1日在县政府召开推进会", null)]               // when and where something happens
    [InlineData("县住建局要在2027年3月15日前完成验收", "2027-03-15")]
    public void Deadline_placement_takes_a_phrase_only_where_a_deadline_can_stand(string clause, string? expected)
    {
        var (c, r) = FirstClause(clause);
        Assert.NotEmpty(r.Deadlines);   // the deadline rules found the phrase; placement decides whether it is the clause's deadline
        Assert.Equal(expected, c.Deadline?.Date?.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void Task_building_warns_of_a_generic_unit_and_drops_a_draft_with_nothing_to_do()
    {
        var text = "各乡镇要高度重视";
        var r = ReadingOf(text);
        var builder = new TaskBuilder(r);
        var idle = new Draft(0) { End = text.Length };
        idle.Lead.Add(new UnitHit(0, 3, true));
        builder.Add(idle);
        Assert.Equal(0, builder.Count);   // rule NothingToDo: told only to care

        var working = new Draft(0) { End = text.Length, HasWork = true, Deliverable = "危房排查" };
        working.Lead.Add(new UnitHit(0, 3, true));
        builder.Add(working);
        var task = Assert.Single(builder.Tasks);
        Assert.Equal(["各乡镇"], task.Lead);
        Assert.Contains(task.Warnings, w => w.Code == WarningCodes.GenericUnit);
        Assert.Null(task.Deadline);
    }
}
