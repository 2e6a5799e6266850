using Ugc.Contracts.Solicitation;

namespace Ugc.Grains.Solicitation;

/// <summary>Persisted state of <see cref="SolicitationOrderGrain"/>. Personal data only sealed; dropped once the message is decided.</summary>
[GenerateSerializer, Alias("ugc.state.solicitation-order")]
public sealed class SolicitationOrderState
{
    /// <summary>Null while the order is unknown (never received, purged or erased).</summary>
    [Id(0)]
    public OrderStatus? Status { get; set; }

    /// <summary>E-mail, name and phone, sealed (<see cref="SealedContact"/>).</summary>
    [Id(1)]
    public string? Sealed { get; set; }

    [Id(2)]
    public string RecipientId { get; set; } = "";

    [Id(3)]
    public string? Locale { get; set; }

    [Id(4)]
    public DateTimeOffset PurchasedAt { get; set; }

    [Id(5)]
    public DateTimeOffset DueAt { get; set; }

    [Id(6)]
    public List<TransactionProduct> Products { get; set; } = [];

    [Id(7)]
    public string? UserId { get; set; }

    [Id(8)]
    public int Attempts { get; set; }

    [Id(9)]
    public string? MessageId { get; set; }

    [Id(10)]
    public DateTimeOffset? SentAt { get; set; }

    [Id(11)]
    public string? Reason { get; set; }

    [Id(12)]
    public HashSet<string> Clicked { get; set; } = [];

    [Id(13)]
    public HashSet<string> Converted { get; set; } = [];

    /// <summary>The products the sent message asked about.</summary>
    [Id(14)]
    public List<string> Asked { get; set; } = [];

    /// <summary>When the record itself is removed.</summary>
    [Id(15)]
    public DateTimeOffset PurgeAt { get; set; }

    /// <summary>The shopper's first name, sealed, kept after sending for the prefilled form's nickname hint.</summary>
    [Id(16)]
    public string? SealedHint { get; set; }

    [Id(17)]
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The shopper's time zone (IANA id, or an offset such as <c>+02:00</c>) for retries within the window.</summary>
    [Id(18)]
    public string? Zone { get; set; }
}
