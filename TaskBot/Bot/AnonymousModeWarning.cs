using Microsoft.Extensions.Options;
using TaskBot.Hosting;

namespace TaskBot.Bot;

/// <summary>Anonymous mode (no <c>MicrosoftAppId</c>) reachable from the network, allowed only by
/// <c>TaskBot:AllowAnonymous=true</c>: anyone who reaches the port can act as any person.</summary>
public sealed class AnonymousModeWarning(IOptions<BotOptions> options) : IOperatorWarning
{
    public string? Text => options.Value is { Anonymous: true } o && !ServiceUrlPolicy.ListensOnLoopbackOnly(o.ListenUrls)
        ? $"警告：匿名模式（未设置 MicrosoftAppId，TaskBot:AllowAnonymous=true）监听非本机地址 {string.Join(";", o.ListenUrls)}，任何能访问此端口的人都可以冒充任何用户 / WARNING: anonymous mode on a network address: anyone who can reach it can act as any user"
        : null;
}
