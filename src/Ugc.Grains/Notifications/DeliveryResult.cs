namespace Ugc.Grains.Notifications;

/// <summary>The outcome of <see cref="INotificationSender.SendAsync"/>, with a short reason for logs and reports (never an address).</summary>
public sealed record DeliveryResult(DeliveryStatus Status, string? Reason = null)
{
    public static DeliveryResult Delivered { get; } = new(DeliveryStatus.Delivered);
}
