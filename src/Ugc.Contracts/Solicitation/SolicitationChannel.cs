namespace Ugc.Contracts.Solicitation;

/// <summary>How a solicitation reaches the shopper.</summary>
[GenerateSerializer, Alias("ugc.solicitation-channel")]
public enum SolicitationChannel
{
    /// <summary>E-mail over the SMTP relay.</summary>
    Email,

    /// <summary>An HTTP POST to the client's webhook (an SMS or WhatsApp provider).</summary>
    Webhook,
}
