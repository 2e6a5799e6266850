namespace Ugc.Grains.Notifications;

/// <summary>What a channel knows about one send.</summary>
public enum DeliveryStatus
{
    /// <summary>The relay or webhook accepted the message.</summary>
    Delivered,

    /// <summary>Not delivered, and worth trying again later (connection refused, 4xx reply, 5xx or 429 from a webhook).</summary>
    Transient,

    /// <summary>Not delivered, and never will be (5xx reply to the recipient, a 4xx webhook answer).</summary>
    Permanent,

    /// <summary>The connection broke while the message was being handed over: it may have been delivered.</summary>
    Uncertain,
}
