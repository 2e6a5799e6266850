namespace Ugc.Contracts.Solicitation;

/// <summary>
/// One shopper address of a client, known only by its keyed hash: suppression, the frequency cap, products reviewed
/// through solicitations, and the orders to erase with them. Key: <c>clientId/recipientId</c>.
/// </summary>
[Alias("ugc.ISolicitationRecipientGrain")]
public interface ISolicitationRecipientGrain : IGrainWithStringKey
{
    /// <summary>Links an order to the recipient (for erasure); returns whether the recipient is suppressed.</summary>
    [Alias("AddOrder")]
    Task<bool> AddOrderAsync(string orderId, DateTimeOffset now);

    /// <summary>Whether the recipient is suppressed, and the products they reviewed through solicitations.</summary>
    [ReadOnly]
    [Alias("GetStanding")]
    Task<(bool Suppressed, IReadOnlyList<string> ReviewedProductIds)> GetStandingAsync();

    /// <summary>Puts the recipient on the client's suppression list; true when they were not on it.</summary>
    [Alias("Suppress")]
    Task<bool> SuppressAsync(string reason, DateTimeOffset now);

    /// <summary>Reserves the frequency cap for an order: false when another order was solicited within <paramref name="capDays"/>.</summary>
    [Alias("TryReserve")]
    Task<bool> TryReserveAsync(string orderId, DateTimeOffset now, int capDays);

    /// <summary>Gives back the order's reservation (its send failed for good).</summary>
    [Alias("Release")]
    Task ReleaseAsync(string orderId);

    /// <summary>Records a product the recipient reviewed through a solicitation.</summary>
    [Alias("RecordReviewed")]
    Task RecordReviewedAsync(string productId);

    /// <summary>Erases the recipient's orders (pending sends and transaction data); the suppression flag stays. Returns the orders erased.</summary>
    [Alias("Erase")]
    Task<int> EraseAsync();
}
