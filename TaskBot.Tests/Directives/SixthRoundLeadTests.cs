using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Lead and co-lead families of the sixth round (eval/corpus/r6-*.jsonl, r5-*.jsonl, real-dev-2), each rule with the
/// directive that needs it and a counter-test that keeps a non-unit in the same position from being read as one.
/// PinyinAnnotationIsNoText: mirror pages print a reading after a character ("各鄉(xiāng)鎮(zhèn)要…"); the grammar
/// reads past it, the unit is reported as written.
/// </summary>
public class SixthRoundLeadTests
{
    // ---- PinyinAnnotationIsNoText ----

    [Fact]
    public void A_unit_written_with_readings_is_the_lead_as_written()
    {
        var t = Single("二、及時完善相關程序。各鄉(xiāng)鎮(zhèn)要嚴格按照程序確定危改對象，並將相關會議記錄於12月20日前報送我委備案。");
        Assert.Equal(["各鄉(xiāng)鎮(zhèn)"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 20), t.Deadline);
    }

    [Fact]
    public void A_deadline_written_with_readings_is_read()
    {
        var t = Single("各責(zé)任單位要在12月底(dǐ)前完成整改。");
        Assert.Equal(["各責(zé)任單位"], t.Lead);
        Assert.Equal(new DateOnly(2026, 12, 31), t.Deadline);
    }

    [Fact]
    public void The_source_span_of_a_task_is_in_the_text_as_sent()
    {
        const string text = "各鄉(xiāng)鎮(zhèn)要在12月20日前完成危房改造。";
        var t = Single(text);
        Assert.Equal(0, t.Source.Start);
        Assert.True(t.Source.End <= text.Length && text[(t.Source.End - 1)..].Length >= 1);
        Assert.StartsWith("各鄉(xiāng)鎮(zhèn)", text.Substring(t.Source.Start, t.Source.Length));
    }

    [Fact]
    public void Brackets_that_are_no_readings_stay_in_the_text()
    {
        // An abbreviation (no vowel, or upper case) is no reading: the deliverable keeps it.
        var t = Single("县发改局要在12月20日前完成政府和社会资本合作(PPP)项目入库。");
        Assert.Equal(["县发改局"], t.Lead);
        Assert.Contains("(PPP)", t.Deliverable);
        Assert.Contains("(ppp)", Single("县发改局要在12月20日前完成政府和社会资本合作(ppp)项目入库。").Deliverable);
        // A bracketed level inside a name belongs to it.
        Assert.Equal(["各县(市、区)政府"], Single("各县(市、区)政府要在12月20日前完成排查。").Lead);
    }
}
