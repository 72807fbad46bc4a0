using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Twentieth round, family "split" line (d) (eval/corpus/relabels/r20-split.md), grouping rule OpeningUnitLeadsEntries:
/// in a speaker's numbered list (一是…二是…), when the block's opening requirement — the first entry's first 要 / 务必 /
/// 必须 / 请 clause — has units as its subject, a later entry's requirement that opens with its modal and names no unit
/// is theirs ((d)1, owner da-068, da-039); the carry stops at the first clause that names another unit (or an unknown
/// subject before 要) and never leaves the list. No carry when the opening names no unit ((d)2), when a unit is named
/// only after such an opening ((d)3, undecided), when the list's introduction asks with its own 要, or across
/// top-level items (一、二、).
/// Gate against main's predictions (/work/s38/pm): train items 0/0 of its own (r14s-005/r14s-101 come from main's
/// procrule merge), tasks +3 -0 (nt-081, nt-092, r6l-029); validation items 0/0, tasks +2 -0 (holdout-p F1 66.1 -> 67.6,
/// all fields 59.8 -> 60.8), holdout-h silent; shared unchanged.
/// </summary>
public class TwentiethRoundCarryTests
{
    static string Tasks(IReadOnlyList<ParsedTask> tasks) => string.Join(" | ", tasks.Select(t =>
        $"{string.Join("、", t.Lead)}/{string.Join("、", t.Co)}/{DateOf(t)}"));

    static IReadOnlyList<string> Fired(string text) => Parser.Explain(text, Reference).RulesFired(ParseTrace.Grouping);

    [Theory]
    // nt-081's shape: 一是 names the units, 二是 / 三是 open with 要 and name nobody.
    [InlineData("钟有林要求,一是各相关乡镇要加快推进项目建设、土地征收工作;二是要转变土地征收思路,加大土地资源收储力度;三是要坚守政策底线,公平公正解决历史遗留问题。",
                "各相关乡镇// | 各相关乡镇// | 各相关乡镇//")]
    // nt-092's shape: a heading before the units in 一是; later entries with their own headings.
    [InlineData("杨益华要求,一是领导重视,压实责任。各园区、镇街及相关部门要建立整改台账。二是聚焦聚力,真抓真改。要逐项落实反馈问题整改事项。",
                "各园区、镇街、相关部门// | 各园区、镇街、相关部门//")]
    // 务必 opens the block as well as 要.
    [InlineData("会议要求,一是各乡镇务必在12月20日前完成危房排查;二是要在12月31日前完成危房整改。",
                "各乡镇//2026-12-20 | 各乡镇//2026-12-31")]
    public void The_opening_units_lead_the_later_entries_that_name_nobody(string text, string expected)
    {
        Assert.Contains("OpeningUnitLeadsEntries", Fired(text));
        Assert.Equal(expected, Tasks(Parse(text)));
    }

    [Fact]
    public void The_carry_stops_at_another_unit()
    {
        // r6a-030 / nt-081 item 五: after 县城管局 is named, a later entry that names nobody keeps an empty lead.
        var text = "会议要求,一是县规划局要加快违建认定;二是要加快排查楼顶加建现象;三是县城管局要下发整改和限期拆除告知书;四是要组织执法人员强制拆除。";
        Assert.Equal("县规划局// | 县规划局// | 县城管局// | //", Tasks(Parse(text)));
    }

    [Fact]
    public void An_unread_subject_before_the_modal_stops_the_carry()
    {
        // r8l-004's shape: "刚边乡、高增乡、西山镇要…" may name units the grammar does not know: nothing is carried into it.
        var text = "会议要求,一是县林业局要在12月20日前完成协议签订;二是预计年底能完成任务的几个乡要加快工作进度,要全速推进。";
        Assert.DoesNotContain("OpeningUnitLeadsEntries", Fired(text));
    }

    [Theory]
    // (d)2: the block opens with a requirement that names no unit.
    [InlineData("会议要求,一是要在12月20日前完成危房排查;二是要在12月31日前完成危房整改。")]
    // (d)3: a unit named only after a requirement of nobody's opened the block (undecided: the rule stays out).
    [InlineData("会议要求,一是要在12月20日前完成危房排查;二是各乡镇要在12月31日前完成危房整改;三是要加强日常巡查。")]
    // The introduction asks with its own 要 (r8l-019): the block's opening requirement names no unit.
    [InlineData("会议要求当前重点要抓好两项工作:一是各乡镇要在12月20日前完成危房排查;二是要在12月31日前完成危房整改。")]
    // A leader is no unit: the speaker's name before 要求 leads nothing.
    [InlineData("王明要求,一是要在12月20日前完成危房排查;二是要在12月31日前完成危房整改。")]
    public void Nothing_carries_when_the_opening_requirement_names_no_unit(string text)
    {
        Assert.DoesNotContain("OpeningUnitLeadsEntries", Fired(text));
    }

    [Fact]
    public void Opening_without_units_keeps_empty_leads()
    {
        var tasks = Parse("会议要求,一是要在12月20日前完成危房排查;二是要在12月31日前完成危房整改。");
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Empty(t.Lead));
    }

    [Fact]
    public void The_undecided_mid_block_unit_is_left_as_it_was()
    {
        var tasks = Parse("会议要求,一是要在12月20日前完成危房排查;二是各乡镇要在12月31日前完成危房整改;三是要加强日常巡查。");
        Assert.Empty(tasks[0].Lead);
        Assert.DoesNotContain("OpeningUnitLeadsEntries", Fired("会议要求,一是要在12月20日前完成危房排查;二是各乡镇要在12月31日前完成危房整改;三是要加强日常巡查。"));
    }

    [Fact]
    public void A_top_level_item_is_a_block_of_its_own()
    {
        // 一、二、 sections of a notice (r10l-026): the units asked in one are not carried into the next.
        var text = "现将有关事项通知如下:\n一、前期准备\n请各教学院(部)及时查阅核对毕业生名单。\n二、系统培训\n要在12月20日前组织指导教师参加操作培训。";
        Assert.DoesNotContain("OpeningUnitLeadsEntries", Fired(text));
    }

    [Fact]
    public void A_command_entry_without_a_modal_is_not_carried()
    {
        // Only a requirement that opens with its modal takes the units (a bare command entry cost validation tasks).
        var text = "会议要求,一是各单位要在12月20日前建立联合执法机制;二是通过融媒体平台广泛宣传禁燃禁售政策。";
        Assert.DoesNotContain("OpeningUnitLeadsEntries", Fired(text));
    }
}
