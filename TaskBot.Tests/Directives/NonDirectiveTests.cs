using static TaskBot.Tests.Directives.ParserHarness;

namespace TaskBot.Tests.Directives;

/// <summary>Narrative, statistics, transmittal formulas and sanctions are no tasks.</summary>
public class NonDirectiveTests
{
    [Theory]
    [InlineData("这次常委会层面的研讨会连续开了两个半天，目的不是立即拍板。")]
    [InlineData("截至目前，全县已办结督办事项46件，按期办结率达到93%。")]
    [InlineData("人社局局长史天佑同志通报了近期我县农民工欠薪案件情况。")]
    [InlineData("会上，县环保局、水务局相关负责人分别通报了全县环保问题整改情况。")]
    [InlineData("会议听取了县财政局关于预算执行情况的汇报。")]
    [InlineData("现将《汉阴县财政涉农资金管理办法》印发给你们，请遵照执行。")]
    [InlineData("经县委常委会审议通过，现随文呈报，请予以审核。")]
    [InlineData("对因工作不力、重视不够，造成拖欠案件发生的，将严肃追责。")]
    [InlineData("会议指出，确保春节前农民工拿到工资，是各级政府必须完成的一项重要任务。")]
    [InlineData("戴平忠指出，鹿溪两岸的开发建设是今年全县的大事，必须举全县之力去完成。")]
    [InlineData("会议还就朝阳水库工程的项目报批、规划论证等前期工作进行讨论。")]
    [InlineData("各县(区)人民政府,市直有关部门:")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("谢谢大家！")]
    [InlineData("县委常委、常务副县长张明出席会议并讲话。")]
    [InlineData("2024年，全县共实施重点项目86个，完成投资120亿元。")]
    [InlineData("会议安排部署了下一步工作。")]
    [InlineData("3月15日，县委召开常委会议，研究部署一季度重点工作。")]
    [InlineData("会议于12月3日在县政府第一会议室召开。")]
    [InlineData("截至10月底，县财政局已拨付资金2亿元。")]
    [InlineData("今年以来，全县共排查整改隐患1200处。")]
    [InlineData("县长刘军主持召开县政府第20次常务会议，研究部署当前重点工作。")]
    public void Yields_no_task(string text) => Assert.Empty(Parse(text));

    [Fact]
    public void The_speaking_leader_is_neither_supervisor_nor_unit()
    {
        var t = Single("江辰当即要求工信局牵头，一个月内拿出政策初稿。");
        Assert.Null(t.Supervisor);
        Assert.Equal(["工信局"], t.Lead);
    }
}
