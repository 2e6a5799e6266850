using System.Collections.Concurrent;
using Ugc.Contracts.Solicitation;
using Ugc.Grains.Notifications;

namespace Ugc.Grains.Tests.Solicitation;

/// <summary>An e-mail channel that records what it is asked to send and answers with a result the test sets.</summary>
public sealed class RecordingSender : INotificationSender
{
    public ConcurrentQueue<NotificationMessage> Sent { get; } = new();

    public DeliveryResult Next { get; set; } = DeliveryResult.Delivered;

    public SolicitationChannel Channel => SolicitationChannel.Email;

    public Task<DeliveryResult> SendAsync(NotificationMessage message, CancellationToken cancellationToken)
    {
        Sent.Enqueue(message);
        return Task.FromResult(Next);
    }
}
