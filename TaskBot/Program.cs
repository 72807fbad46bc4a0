using System.Text;
using TaskBot.Calendar;
using TaskBot.Cli;
using TaskBot.Directives;

if (args.Length > 0 && args[0] == "parse")
{
    Console.OutputEncoding = Encoding.UTF8;
    Console.InputEncoding = Encoding.UTF8;
    var parser = new DirectiveParser(DirectiveLexicon.Load(DirectiveLexicon.DefaultPath), ChinaWorkingCalendar.Default);
    return ParseCommand.Run(args, parser, Console.In, Console.Out);
}
if (args.Length > 0 && args[0] == TaskBot.Packaging.PackageAppCommand.Name) return TaskBot.Packaging.PackageAppCommand.Run(args, Console.Out, Console.Error);

var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", () => "TaskBot");
app.Run();
return 0;
