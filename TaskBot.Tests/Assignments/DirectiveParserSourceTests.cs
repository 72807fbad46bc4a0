using Microsoft.Extensions.Time.Testing;
using TaskBot.Assignments;
using TaskBot.Calendar;
using TaskBot.Directory;
using TaskBot.Storage.Sqlite;
using TaskBot.Tests.Directives;

namespace TaskBot.Tests.Assignments;

/// <summary>The parser's unit lexicon is the directory: one list of units, whatever the administrator imports.</summary>
public sealed class DirectiveParserSourceTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "taskbot-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task An_alias_imported_into_the_directory_is_a_unit_the_parser_knows()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));
        var store = new SqliteStore(Path.Combine(folder, "taskbot.db"), time);
        var leader = new Person("aad-leader", "测试领导", "县政府办公室", PersonRole.Leader);
        await store.ImportDirectoryAsync(new UnitDirectory([new Unit("县政府办公室", [])], [leader]), CancellationToken.None);
        var source = new DirectiveParserSource(new DirectoryCache(store, time), ParserHarness.Lexicon, ChinaWorkingCalendar.Default);
        const string text = "县融媒体要做好元旦期间宣传报道。";

        var before = (await source.GetAsync(CancellationToken.None)).Parse(text, ParserHarness.Reference);
        Assert.DoesNotContain(before, t => t.Lead.Contains("县融媒体"));   // no unit suffix: the grammar alone cannot know it

        await store.ImportDirectoryAsync(new UnitDirectory([new Unit("县融媒体中心", ["县融媒体"])], [leader]), CancellationToken.None);
        time.Advance(DirectoryCache.MaxAge + TimeSpan.FromSeconds(1));
        var after = (await source.GetAsync(CancellationToken.None)).Parse(text, ParserHarness.Reference);

        Assert.Equal(["县融媒体"], Assert.Single(after).Lead);
    }

    [Fact]
    public async Task The_parser_is_rebuilt_only_when_the_directory_names_change()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));
        var store = new SqliteStore(Path.Combine(folder, "taskbot.db"), time);
        await store.ImportDirectoryAsync(new UnitDirectory([new Unit("县财政局", ["财政局"])], [new Person("aad-1", "甲", "县财政局", PersonRole.Leader)]), CancellationToken.None);
        var source = new DirectiveParserSource(new DirectoryCache(store, time), ParserHarness.Lexicon, ChinaWorkingCalendar.Default);

        var first = await source.GetAsync(CancellationToken.None);
        time.Advance(DirectoryCache.MaxAge + TimeSpan.FromSeconds(1));
        Assert.Same(first, await source.GetAsync(CancellationToken.None));
    }

    [Fact]
    public void The_command_line_parser_knows_the_seed_directory()
    {
        var parser = DirectiveParserSource.ForFile(Path.Combine(AppContext.BaseDirectory, "Data", "directory.csv"), ParserHarness.Lexicon, ChinaWorkingCalendar.Default);
        var t = Assert.Single(parser.Parse("县财政局牵头，县数据局配合，年底前完成。", ParserHarness.Reference));
        Assert.Contains(t.Warnings, w => w.Code == TaskBot.Directives.WarningCodes.UnknownUnit && w.Message.Contains("县数据局"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
