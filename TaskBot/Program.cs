using System.Text;
using TaskBot.Assignments;
using TaskBot.Bot;
using TaskBot.Calendar;
using TaskBot.Cli;
using TaskBot.Directives;
using TaskBot.Storage;

if (args.Length > 0 && args[0] == "parse")
{
    Console.OutputEncoding = Encoding.UTF8;
    Console.InputEncoding = Encoding.UTF8;
    // The directory's units are the parser's known units, from the same seed file the bot imports.
    var parser = DirectiveParserSource.ForFile(ParseCommand.DirectoryOption(args), DirectiveLexicon.Load(DirectiveLexicon.DefaultPath), ChinaWorkingCalendar.Default);
    return ParseCommand.Run(args, parser, Console.In, Console.Out);
}
if (args.Length > 0 && args[0] == TaskBot.Cli.ImportTableCommand.Name)
{
    Console.OutputEncoding = Encoding.UTF8;
    var lexicon = DirectiveLexicon.Load(DirectiveLexicon.DefaultPath);
    var units = TaskBot.Directory.DirectoryCsv.Parse(File.ReadAllBytes(ParseCommand.DirectoryOption(args))).Directory?.SurfaceForms.Keys ?? [];
    return TaskBot.Cli.ImportTableCommand.Run(args, new TaskBot.Import.DivisionTableReader(lexicon.WithKnownUnits(units), ChinaWorkingCalendar.Default), Console.Out, Console.Error);
}
if (args.Length > 0 && args[0] == TaskBot.Packaging.PackageAppCommand.Name) return TaskBot.Packaging.PackageAppCommand.Run(args, Console.Out, Console.Error);
if (await StorageCommands.TryRunAsync(args) is { } exitCode) return exitCode;
if (await TaskBot.Scheduling.ReminderBench.TryRunAsync(args) is { } benchCode) return benchCode;

if (StockEchoBot.IsCommand(args)) { StockEchoBot.Run(args); return 0; }

var app = BotServices.CreateApp(args);
if (args.Length > 0 && args[0] == ExportCommand.Name)
{
    Console.OutputEncoding = Encoding.UTF8;
    if (!TaskBot.Hosting.StartupCheck.Passes(app.Services, Console.Error)) return TaskBot.Hosting.StartupCheck.ExitCode;
    return await ExportCommand.RunAsync(args, app.Services, Console.Out, Console.Error);
}
// A missing or invalid setting: one line naming the key, and a non-zero exit, before anything starts.
if (!TaskBot.Hosting.StartupCheck.Passes(app.Services, Console.Error)) return TaskBot.Hosting.StartupCheck.ExitCode;
await app.RunAsync();
return 0;
