using System.Text;
using TaskBot.Directory;

namespace TaskBot.Tests.Directory;

public class DirectoryCsvTests
{
    private const string Header = "unit,aliases,person,aad_object_id,role\n";

    private static DirectoryFile Parse(string text) => DirectoryCsv.Parse(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void The_shipped_county_directory_loads_without_problems_and_lets_the_playground_user_issue()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "directory.csv");
        var file = DirectoryCsv.Parse(File.ReadAllBytes(path));

        Assert.Empty(file.Problems);
        var playground = file.Directory!.FindPerson("00000000-0000-0000-0000-0000000000020")!;
        Assert.Equal("测试领导", playground.Name);
        Assert.True(playground.MayIssue);
        Assert.Equal("县工业和信息化局", file.Directory.ResolveUnit("工信局")!.Name);
        Assert.Equal("县金融办", file.Directory.ResolveUnit("金融办")!.Name);
        Assert.NotEmpty(file.Directory.ContactsOf("县发改局"));
        Assert.Empty(file.Directory.ContactsOf("石桥乡"));   // a unit nobody acts for yet is still a unit
        Assert.NotNull(file.Directory.FindUnit("石桥乡"));
    }

    [Fact]
    public void A_bad_row_is_skipped_and_reported_with_its_line_number_and_the_other_rows_load()
    {
        var file = Parse(Header +
            "县财政局,财政局,冯国庆,aad-1,chief\n" +
            "县商务局,商务局,何平,aad-2,boss\n" +          // line 3: unknown role
            "县审计局,审计局,吕青\n" +                      // line 4: too few columns
            "县水利局,水利局,施洋,aad-4,liaison\n");

        Assert.False(file.Refused);
        Assert.Equal(["第 3 行：角色「boss」无效，应为 leader、office、chief 或 liaison，已跳过。", "第 4 行：应有 5 列，实有 3 列，已跳过。"],
            file.Problems.Select(p => p.ToString()));
        Assert.Equal(["aad-1", "aad-4"], file.Directory!.People.Select(p => p.AadObjectId));
        Assert.Null(file.Directory.ResolveUnit("商务局"));
    }

    [Fact]
    public void A_wrong_header_refuses_the_whole_file()
    {
        var file = Parse("单位,别名,姓名,id,角色\n县财政局,财政局,冯国庆,aad-1,chief\n");
        Assert.True(file.Refused);
        Assert.Equal("第 1 行：表头应为「unit,aliases,person,aad_object_id,role」，实为「单位,别名,姓名,id,角色」。未导入任何内容。", file.Problems.Single().ToString());
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_whole_with_advice()
    {
        // The same text saved as GB18030, as Excel on a Chinese Windows does by default.
        var gbk = CodePagesEncoding().GetBytes(Header + "县财政局,财政局,冯国庆,aad-1,chief\n");
        var file = DirectoryCsv.Parse(gbk);
        Assert.True(file.Refused);
        Assert.Contains("不是有效的 UTF-8 编码", file.Problems.Single().Message);
        Assert.Contains("未导入任何内容", file.Problems.Single().Message);
    }

    [Fact]
    public void The_same_person_on_two_rows_refuses_the_whole_file_naming_both_lines()
    {
        var file = Parse(Header + "县财政局,,冯国庆,aad-1,chief\n县商务局,,何平,aad-2,chief\n县审计局,,冯国庆,AAD-1,liaison\n");
        Assert.True(file.Refused);
        Assert.Equal("第 4 行：与第 2 行是同一人（aad_object_id AAD-1）", file.Problems[0].ToString());
        Assert.Contains("未导入任何内容", file.Problems[^1].Message);
    }

    [Fact]
    public void An_alias_already_used_by_another_unit_skips_the_row()
    {
        var file = Parse(Header + "县财政局,财政局,冯国庆,aad-1,chief\n县金融办,财政局|金融办,孔晓,aad-2,chief\n");
        Assert.Equal("第 3 行：名称「财政局」已属于单位「县财政局」，已跳过。", file.Problems.Single().ToString());
        Assert.Equal("县财政局", file.Directory!.ResolveUnit("财政局")!.Name);
    }

    [Fact]
    public void Quoted_fields_a_byte_order_mark_and_crlf_line_ends_are_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(
            "unit,aliases,person,aad_object_id,role\r\n\"县财政局\",\"财政局|县财政\",\"冯国庆\",aad-1,chief\r\n")).ToArray();
        var file = DirectoryCsv.Parse(bytes);
        Assert.Empty(file.Problems);
        Assert.Equal(["财政局", "县财政"], file.Directory!.FindUnit("县财政局")!.Aliases);
    }

    [Theory]
    [InlineData("工信局", "县工业和信息化局")]      // alias
    [InlineData("县工业和信息化局", "县工业和信息化局")] // canonical
    [InlineData(" 县 商务局 ", "县商务局")]          // whitespace ignored
    [InlineData("市审计局", "县审计局")]            // a leading 县/市/区 ignored
    [InlineData("审计局", "县审计局")]
    [InlineData("县宇宙局", null)]
    public void Units_resolve_from_names_aliases_and_loose_forms(string text, string? expected)
    {
        var directory = new UnitDirectory(
            [new Unit("县工业和信息化局", ["工信局", "县工信局"]), new Unit("县商务局", []), new Unit("县审计局", [])], []);
        Assert.Equal(expected, directory.ResolveUnit(text)?.Name);
    }

    [Fact]
    public void A_loose_form_two_units_share_resolves_to_neither()
    {
        var directory = new UnitDirectory([new Unit("县公安局", []), new Unit("市公安局", [])], []);
        Assert.Null(directory.ResolveUnit("公安局"));
        Assert.Equal("市公安局", directory.ResolveUnit("市公安局")!.Name);
    }

    [Fact]
    public void The_parser_lexicon_lists_every_surface_form_with_its_canonical_unit()
    {
        var directory = new UnitDirectory([new Unit("县金融办", ["金融办", "县金融工作办公室"])], []);
        Assert.Equal(new Dictionary<string, string> { ["县金融办"] = "县金融办", ["金融办"] = "县金融办", ["县金融工作办公室"] = "县金融办" },
            directory.SurfaceForms);
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
