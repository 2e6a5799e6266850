namespace Ugc.Grains.Notifications;

/// <summary>A rendered solicitation ready for a channel.</summary>
/// <param name="MessageId">Stable per order and attempt (the e-mail's Message-ID, the webhook's idempotency key).</param>
/// <param name="ClientId">The client on whose behalf it is sent.</param>
/// <param name="OrderId">The order it is about.</param>
/// <param name="Relay">The named relay (e-mail) or null for the default one.</param>
/// <param name="WebhookUrl">Where a webhook goes.</param>
/// <param name="To">The shopper's address.</param>
/// <param name="ToName">The shopper's name.</param>
/// <param name="Phone">The shopper's phone number (webhooks).</param>
/// <param name="From">The client's From address; the relay's default when null.</param>
/// <param name="FromName">The From display name.</param>
/// <param name="Locale">The shopper's locale.</param>
/// <param name="Content">Subject, HTML and text.</param>
/// <param name="UnsubscribeUrl">The one-click unsubscribe URL (List-Unsubscribe).</param>
/// <param name="Products">The products asked about, with their review links.</param>
public sealed record NotificationMessage(
    string MessageId,
    string ClientId,
    string OrderId,
    string? Relay,
    string? WebhookUrl,
    string To,
    string? ToName,
    string? Phone,
    string? From,
    string? FromName,
    string? Locale,
    Solicitation.RenderedMessage Content,
    string UnsubscribeUrl,
    IReadOnlyList<Solicitation.MessageProduct> Products);
