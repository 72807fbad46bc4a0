using TaskBot.Directives;
using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>
/// Rules of the eighteenth round's recall helper (family: directives rejected outright, a whole sentence's task
/// missed). The rules' made-up examples of their shapes, and counter-tests where they must not fire.
/// </summary>
public class EighteenthRoundRecallTests
{
    // Rule GenericSubjectActs: a generic addressee (各 + a body) opening its sentence and going straight on to its
    // work is told to do it, with no modal.
    [Theory]
    [InlineData("各市州工信局按照政府引导、企业自愿的原则，优先推荐创新能力突出的项目。", "各市州工信局")]
    [InlineData("各乡镇根据本地情况，选择本年度比较突出的重大变化，分类列条目进行记述。", "各乡镇")]
    [InlineData("各乡镇对辖区内企业开展安全隐患排查。", "各乡镇")]
    [InlineData("各部门审核申报材料，签字盖章后提交科研处。", "各部门")]
    // The light verb 进行 with its object.
    [InlineData("各部门进行形式审查，确保项目质量。", "各部门")]
    public void A_generic_addressee_going_on_to_its_work_is_asked(string text, string lead) =>
        Assert.Equal([lead], Single(text).Lead);

    [Theory]
    // A report: 了, 汇报, a past span of months.
    [InlineData("各乡镇对辖区内企业开展了安全隐患排查。")]
    [InlineData("各部门进行了形式审查。")]
    [InlineData("各学院就招生工作进展情况进行总结汇报。")]
    [InlineData("1-10月份，各乡镇对辖区内企业开展安全隐患排查。")]
    // A generic name in a later clause of a narrative sentence.
    [InlineData("人武部负责人传达区征兵工作会议精神，对今年征兵工作做动员部署，各村(社区)递交责任状。")]
    // A specific name: news tells what a named office does in just these words.
    [InlineData("县住建局对全县老旧小区开展安全检查。")]
    public void A_report_or_a_named_office_stays_no_task(string text) =>
        Assert.Empty(Parse(text));
}
