using Ugc.Grains.Notifications;

namespace Ugc.Silo.Notifications;

/// <summary>Registers the solicitation channels: SMTP e-mail (MailKit) and the webhook.</summary>
public static class NotificationServiceCollectionExtensions
{
    public static IServiceCollection AddUgcNotifications(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName)
            .Validate(o => o.Port is > 0 and <= 65535 && o.Relays.Values.All(r => r.Port is > 0 and <= 65535), "Ugc:Notifications:Smtp: ports must lie between 1 and 65535.")
            .Validate(o => o.Timeout > TimeSpan.Zero && o.MaxConnections > 0 && o.Relays.Values.All(r => r.Timeout > TimeSpan.Zero && r.MaxConnections > 0),
                "Ugc:Notifications:Smtp: Timeout and MaxConnections must be positive.")
            .ValidateOnStart();
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName)
            .Validate(o => o.Timeout > TimeSpan.Zero, "Ugc:Notifications:Webhook:Timeout must be positive.").ValidateOnStart();
        services.AddSingleton<NotificationMetrics>();
        services.AddSingleton<INotificationSender, SmtpNotificationSender>();
        // The per-call timeout is the sender's (Ugc:Notifications:Webhook:Timeout).
        services.AddHttpClient(WebhookNotificationSender.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<INotificationSender, WebhookNotificationSender>();
        return services;
    }
}
