namespace Ugc.Contracts.Solicitation;

/// <summary>An order as operators see it: status and times, the address masked (<c>j***@shop.example</c>).</summary>
[GenerateSerializer, Immutable, Alias("ugc.order-view")]
public sealed record OrderView(
    [property: Id(0)] string OrderId,
    [property: Id(1)] OrderStatus Status,
    [property: Id(2)] string? Reason,
    [property: Id(3)] string? MaskedEmail,
    [property: Id(4)] DateTimeOffset PurchasedAt,
    [property: Id(5)] DateTimeOffset DueAt,
    [property: Id(6)] int Attempts,
    [property: Id(7)] DateTimeOffset? SentAt,
    [property: Id(8)] IReadOnlyList<string> ProductIds,
    [property: Id(9)] IReadOnlyList<string> ClickedProductIds,
    [property: Id(10)] IReadOnlyList<string> ReviewedProductIds);
