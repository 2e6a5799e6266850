using Ugc.Contracts.Solicitation;

namespace Ugc.Grains.Notifications;

/// <summary>
/// Delivers solicitations over one channel. Implementations keep each relay's connections apart, so one client's failing
/// relay never holds another's sends, and classify failures so the order grain can keep its at-most-once promise.
/// </summary>
public interface INotificationSender
{
    /// <summary>The channel this sender serves.</summary>
    SolicitationChannel Channel { get; }

    /// <summary>Sends one message; never throws for delivery failures (they are results).</summary>
    Task<DeliveryResult> SendAsync(NotificationMessage message, CancellationToken cancellationToken);
}
