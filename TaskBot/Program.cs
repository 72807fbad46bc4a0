var app = WebApplication.CreateBuilder(args).Build(); app.MapGet("/", () => "TaskBot"); app.Run();
