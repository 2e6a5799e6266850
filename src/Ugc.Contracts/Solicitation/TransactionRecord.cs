namespace Ugc.Contracts.Solicitation;

/// <summary>A validated transaction (one order) from a client's feed. Its personal data is sealed before it is stored.</summary>
/// <param name="OrderId">The client's order id: the idempotency key.</param>
/// <param name="Email">The shopper's e-mail address.</param>
/// <param name="Name">The shopper's name, for the greeting and the nickname hint.</param>
/// <param name="Locale">The shopper's locale (<c>en_US</c>), choosing the template.</param>
/// <param name="PurchasedAt">When the order was placed; its offset is the shopper's local offset unless a time zone is given.</param>
/// <param name="Products">What was bought.</param>
/// <param name="UserId">The client's shopper id, when known (links erasure and already-reviewed checks).</param>
/// <param name="TimeZone">The shopper's IANA time zone, when known.</param>
/// <param name="Phone">The shopper's phone number, for webhook channels.</param>
[GenerateSerializer, Immutable, Alias("ugc.transaction-record")]
public sealed record TransactionRecord(
    [property: Id(0)] string OrderId,
    [property: Id(1)] string Email,
    [property: Id(2)] string? Name,
    [property: Id(3)] string? Locale,
    [property: Id(4)] DateTimeOffset PurchasedAt,
    [property: Id(5)] IReadOnlyList<TransactionProduct> Products,
    [property: Id(6)] string? UserId = null,
    [property: Id(7)] string? TimeZone = null,
    [property: Id(8)] string? Phone = null);
