using TaskBot.Storage;

if (await StorageCommands.TryRunAsync(args) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddTaskBotStorage(builder.Configuration);
var app = builder.Build();
app.MapGet("/", () => "TaskBot");
app.Run();
return 0;
