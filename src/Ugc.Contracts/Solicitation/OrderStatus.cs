namespace Ugc.Contracts.Solicitation;

/// <summary>Where an order stands.</summary>
[GenerateSerializer, Alias("ugc.order-status")]
public enum OrderStatus
{
    Scheduled,
    Dispatching,
    Sent,
    Skipped,
    Failed,
    Unconfirmed,
}
