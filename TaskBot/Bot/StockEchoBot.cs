using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace TaskBot.Bot;

/// <summary>
/// `taskbot echo-bot [--urls URL]`: the SDK's stock echo bot (CloudAdapter with the default
/// ConfigurationBotFrameworkAuthentication, no connector cache), replying with one Adaptive Card. Only the load run
/// uses it, as the yardstick the bot's own turns are measured against.
/// </summary>
public static class StockEchoBot
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "echo-bot";

    public static void Run(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args.Skip(1).ToArray());
        builder.UseDefaultUrl();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp =>
            new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
        builder.Services.AddSingleton<IBot, Echo>();
        var app = builder.Build();
        app.MapPost("/api/messages", (HttpRequest req, HttpResponse res, IBotFrameworkHttpAdapter adapter, IBot bot) => adapter.ProcessAsync(req, res, bot));
        app.Run();
    }

    private sealed class Echo : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext<Microsoft.Bot.Schema.IMessageActivity> turnContext, CancellationToken cancellationToken)
        {
            var card = new Cards.AdaptiveCard([new Cards.TextBlock(Cards.Md.Of($"你说：{turnContext.Activity.Text}"))]).ToJson();
            return turnContext.SendActivityAsync(MessageFactory.Attachment(Replies.Attachment(card)), cancellationToken);
        }
    }
}
