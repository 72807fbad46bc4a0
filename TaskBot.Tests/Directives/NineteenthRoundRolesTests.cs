using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Grouping rule of the nineteenth round's second wave (family: co_wrong, the role of units). Rule OthersActUnderLead:
/// after a unit marked 牵头, the next unit of the same sentence that only acts works under it (a co-lead of one task);
/// counter-tests where the later unit keeps a task of its own.
/// </summary>
public class NineteenthRoundRolesTests
{
    [Theory]
    [InlineData("县投促中心牵头汇总，三大园区主动共享，12月20日前建成招商信息平台。", "县投促中心", "三大园区")]
    [InlineData("由县委办牵头，县档案局组织，12月20日前在该镇召开全县档案建设现场会。", "县委办", "县档案局")]
    [InlineData("县发改局牵头抓总，业主单位积极推进，12月20日前完成新校区建设。", "县发改局", "业主单位")]
    public void A_unit_that_acts_after_a_named_lead_is_its_co_lead(string text, string lead, string co)
    {
        var t = Single(text);
        Assert.Equal([lead], t.Lead);
        Assert.Equal([co], t.Co);
        Assert.Equal("2026-12-20", t.Deadline?.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void A_unit_with_its_own_verb_after_由_lead_helps()
    {
        var t = Single("由县市场监管局牵头，各乡镇认真开展食品安全排查，12月20日前完成整改。");
        Assert.Equal(["县市场监管局"], t.Lead);
        Assert.Equal(["各乡镇"], t.Co);
    }

    [Fact]
    public void A_requirement_after_the_shared_sentence_names_nobody()
    {
        // Two units acted in turn: the next requirement that names nobody is left for the leader to assign.
        var tasks = Parse("县发改局牵头抓总，业主单位积极推进，12月20日前完成新校区建设。要加大督查力度，确保按期完工。");
        Assert.Equal(2, tasks.Count);
        Assert.Equal(["县发改局"], tasks[0].Lead);
        Assert.Equal(["业主单位"], tasks[0].Co);
        Assert.Empty(tasks[1].Lead);
        Assert.Empty(tasks[1].Co);
    }

    [Theory]
    // Its own modal and date, or its own date: its own task, not a helper.
    [InlineData("县住建局牵头，县财政局要在12月31日前完成资金拨付。")]
    [InlineData("县住建局牵头，县财政局12月31日前完成资金拨付。")]
    public void A_unit_with_its_own_date_keeps_its_own_task(string text)
    {
        var tasks = Parse(text);
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["县财政局"]) && t.Deadline?.ToString("yyyy-MM-dd") == "2026-12-31");
        Assert.DoesNotContain(tasks, t => t.Co.Contains("县财政局"));
    }

    [Fact]
    public void A_unit_named_after_a_requested_lead_keeps_its_own_task()
    {
        // A request (请 X牵头，Y…) speaks to each unit it names in turn.
        var tasks = Parse("请县市场监管局牵头，各乡镇认真开展食品安全排查，12月20日前完成整改。");
        Assert.Contains(tasks, t => t.Lead.SequenceEqual(["各乡镇"]));
        Assert.DoesNotContain(tasks, t => t.Co.Contains("各乡镇"));
    }

    [Fact]
    public void A_unit_given_its_own_role_word_is_no_helper()
    {
        var tasks = Parse("县水利局牵头，县应急管理局负责，12月20日前完成防汛物资清点。");
        Assert.Contains(tasks, t => t.Lead.Contains("县应急管理局"));
        Assert.DoesNotContain(tasks, t => t.Co.Contains("县应急管理局"));
    }

    [Fact]
    public void A_leader_who_leads_supervises_and_the_unit_leads()
    {
        var t = Single("由副县长王明牵头，县交通运输局落实，12月20日前完成国道改造方案。");
        Assert.Equal(["县交通运输局"], t.Lead);
        Assert.Empty(t.Co);
        Assert.Equal("副县长王明", t.Supervisor);
    }
}
