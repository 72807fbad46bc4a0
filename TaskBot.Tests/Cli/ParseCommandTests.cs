using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using TaskBot.Cli;
using TaskBot.Tests.Directives;

namespace TaskBot.Tests.Cli;

/// <summary>`dotnet run --project TaskBot -- parse`: JSON lines in, one JSON line out per input, same order.</summary>
public class ParseCommandTests
{
    static List<JsonObject> RunLines(params string[] lines)
    {
        var stdout = new StringWriter();
        ParseCommand.Run(["parse"], ParserHarness.Parser, new StringReader(string.Join("\n", lines)), stdout);
        return stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
    }

    [Fact]
    public void Each_input_line_gives_one_output_line_in_the_same_order()
    {
        var output = RunLines(
            """{"id": "a", "text": "工信局牵头，会同财政局、金融办在一个月内拿出差异化支持政策初稿", "meeting_date": "2026-11-26"}""",
            """{"id": "b", "text": "截至目前，全县已办结督办事项46件。", "meeting_date": null}""",
            """{"id": 7, "text": "县审计局月底前报送专项审计报告。", "meeting_date": "2026-11-26"}""");
        Assert.Equal(["a", "b", "7"], output.Select(o => o["id"]!.ToString()));
        var task = output[0]["tasks"]!.AsArray().Single()!.AsObject();
        Assert.Equal("工信局", task["lead"]![0]!.GetValue<string>());
        Assert.Equal(["财政局", "金融办"], task["co"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.Equal("2026-12-26", task["deadline"]!.GetValue<string>());
        Assert.Equal("一个月内", task["deadline_text"]!.GetValue<string>());
        Assert.Equal("差异化支持政策初稿", task["deliverable"]!.GetValue<string>());
        Assert.InRange(task["confidence"]!.GetValue<double>(), 0, 1);
        Assert.Empty(output[1]["tasks"]!.AsArray());
        Assert.Equal("2026-11-30", output[2]["tasks"]![0]!["deadline"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"id": "x"}""")]
    [InlineData("""{"id": "x", "text": 12}""")]
    [InlineData("""{"id": "x", "text": "县财政局月底前报送。", "meeting_date": "26/11/2026"}""")]
    [InlineData("[1, 2, 3]")]
    public void A_bad_line_yields_an_error_and_the_run_goes_on(string bad)
    {
        var output = RunLines(bad, """{"id": "ok", "text": "县审计局月底前报送专项审计报告。", "meeting_date": "2026-11-26"}""");
        Assert.Equal(2, output.Count);
        Assert.False(string.IsNullOrWhiteSpace(output[0]["error"]?.GetValue<string>()));
        Assert.Equal("ok", output[1]["id"]!.GetValue<string>());
        Assert.Single(output[1]["tasks"]!.AsArray());
    }

    [Fact]
    public void An_error_line_keeps_the_id_when_it_could_be_read()
    {
        var output = RunLines("""{"id": "x9", "text": null}""");
        Assert.Equal("x9", output[0]["id"]!.GetValue<string>());
        Assert.NotNull(output[0]["error"]);
    }

    [Fact]
    public void Without_a_meeting_date_the_output_does_not_depend_on_when_it_runs()
    {
        // Relative deadlines need a reference; with none the parser must not fall back to the clock.
        var output = RunLines("""{"id": "r", "text": "县财政局10个工作日内报送方案。", "meeting_date": null}""");
        var task = output[0]["tasks"]![0]!;
        Assert.Null(task["deadline"]);
        Assert.Equal("10个工作日内", task["deadline_text"]!.GetValue<string>());
    }

    [Fact]
    public void A_sentence_argument_prints_a_readable_chinese_summary()
    {
        var stdout = new StringWriter();
        ParseCommand.Run(["parse", "分管副县长李长根督办，县农业农村局牵头、各乡镇配合，12月20日前完成高标准农田建设验收。", "--date", "2026-11-26"],
            ParserHarness.Parser, new StringReader(""), stdout);
        var text = stdout.ToString();
        Assert.Contains("牵头单位：县农业农村局", text);
        Assert.Contains("配合单位：各乡镇", text);
        Assert.Contains("督办领导：分管副县长李长根", text);
        Assert.Contains("完成时限：2026-12-20（星期日）", text);
        Assert.Contains("「各乡镇」是泛指单位", text);
    }

    [Fact]
    public void Explain_shows_each_stage_and_the_rules_that_fired_so_a_wrong_parse_can_be_traced()
    {
        var stdout = new StringWriter();
        ParseCommand.Run(["parse", "--explain", "--date", "2026-11-26",
                "列席：县发改局、县财政局主要负责同志。会议议定：一、由县住建局牵头，县水务公司具体负责，12月20日前完成管网改造方案。"],
            ParserHarness.Parser, new StringReader(""), stdout);
        var text = stdout.ToString();
        // Every stage, in order.
        string[] stages = ["一、条目与句子", "二、分句解读", "三、期限", "四、分组", "五、任务生成"];
        Assert.All(stages, s => Assert.Contains(s, text));
        Assert.True(stages.Select(s => text.IndexOf(s, StringComparison.Ordinal)).SequenceEqual(stages.Select(s => text.IndexOf(s, StringComparison.Ordinal)).Order()));
        // The header line is set aside by its sentence rule, and says so: it is why 县发改局 gets no task.
        Assert.Contains("句子规则 MinutesHeader", text);
        // The deadline rule that read the date, and the clause it was placed on.
        Assert.Contains("期限规则 month_day", text);
        Assert.Contains("的期限：「12月20日前」", text);
        // The grouping rules that made the implementer a co-lead of 县住建局's task.
        Assert.Contains("分组规则 NewSubjectStartsTask", text);
        Assert.Contains("分组规则 ImplementerUnderLead", text);
        Assert.Contains("任务：牵头[县住建局] 配合[县水务公司]", text);
        Assert.Contains("期限 2026-12-20", text);
        Assert.Contains("共 1 项任务", text);
    }

    [Fact]
    public void Explain_without_a_text_argument_reads_pasted_minutes_from_stdin()
    {
        var stdout = new StringWriter();
        ParseCommand.Run(["parse", "--explain", "--date", "2026-11-26"], ParserHarness.Parser,
            new StringReader("会议要求：\n一、县财政局要在12月20日前完成预算调整；\n二、县审计局要在12月31日前完成专项审计。\n"), stdout);
        var text = stdout.ToString();
        Assert.Contains("任务：牵头[县财政局]", text);
        Assert.Contains("任务：牵头[县审计局]", text);
        Assert.Contains("共 2 项任务", text);
    }

    [Fact]
    public void The_executable_parses_json_lines_from_stdin()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "TaskBot.dll");
        var psi = new ProcessStartInfo("dotnet", [dll, "parse"])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false), StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetTempPath(),
        };
        using var p = Process.Start(psi)!;
        p.StandardInput.WriteLine("""{"id": "p1", "text": "请县文旅局下周五前拿出旅游节活动方案。", "meeting_date": "2026-11-26"}""");
        p.StandardInput.Close();
        var line = p.StandardOutput.ReadLine();
        var stderr = p.StandardError.ReadToEnd();
        Assert.True(p.WaitForExit(30_000));
        Assert.True(p.ExitCode == 0, $"exit {p.ExitCode}: {stderr}");
        var o = JsonNode.Parse(line!)!;
        Assert.True(o["tasks"]?.AsArray().Count == 1, $"unexpected output: {line} / {stderr}");
        Assert.Equal("2026-12-04", o["tasks"]![0]!["deadline"]!.GetValue<string>());
        Assert.Equal("县文旅局", o["tasks"]![0]!["lead"]![0]!.GetValue<string>());
    }
}
