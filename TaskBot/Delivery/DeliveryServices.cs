using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TaskBot.Reminders;

namespace TaskBot.Delivery;

public static class DeliveryServices
{
    /// <summary>
    /// The one outbound pipeline: the outbox sender (a hosted service), the rate-limited, retrying
    /// <see cref="NudgeSender"/> and the transport the bot registers (<see cref="INudgeTransport"/>; without one every
    /// send fails and stays pending, so nothing is lost or marked sent). Idempotent: the reminders call it too.
    /// </summary>
    public static IServiceCollection AddTaskBotDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(OutboxSignal))) return services;
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidator>();
        // Teams' limits are set under TaskBot:Reminders:Delivery (where they were first needed); they apply to every send.
        services.AddOptions<DeliveryOptions>().Bind(configuration.GetSection($"{ReminderOptions.Section}:Delivery")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<INudgeTransport, UnwiredTransport>();
        services.AddSingleton(sp => new NudgeSender(sp.GetRequiredService<INudgeTransport>(),
            sp.GetRequiredService<IOptions<DeliveryOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<OutboxOptions>>().Value);
        services.AddSingleton(sp => new SendingTurn(sp.GetRequiredService<TaskBot.Storage.IStore>(),
            sp.GetRequiredService<OutboxOptions>().SenderLease, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<OutboxDelivery>();
        services.AddSingleton<OnceDelivery>();
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        return services;
    }
}

public sealed class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>
{
    public ValidateOptionsResult Validate(string? name, DeliveryOptions o) =>
        o.MaxOnTheWire < 1
            ? ValidateOptionsResult.Fail("TaskBot:Reminders:Delivery:MaxOnTheWire 至少为 1 / must be at least 1")
        : o.PerConversationBurst >= 1 && o.GlobalBurst >= 1 && o.PerConversationPerSecond > o.PerConversationBurst + 1 && o.GlobalPerSecond > o.GlobalBurst + 1
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("TaskBot:Reminders:Delivery: 突发量至少为 1，且比每秒上限至少小 2 / bursts must be at least 1 and at least 2 below their per-second limits");
}

/// <summary>Stands in until the bot registers its transport: every send fails, so messages stay pending and are sent
/// once a real transport is there.</summary>
internal sealed class UnwiredTransport(ILogger<UnwiredTransport> logger) : INudgeTransport
{
    public Task<TransportResult> SendAsync(string conversationKey, NudgeMessage message, CancellationToken cancellationToken)
    {
        logger.LogWarning("No INudgeTransport registered: {Key} not sent", message.Key);
        return Task.FromResult(new TransportResult(503));
    }
}
