namespace Ugc.Contracts.Solicitation;

/// <summary>
/// One order of a client: its sealed personal data, the products to ask about, and the at-most-once ledger of its
/// message (recorded before the send, reconciled after). Key: <c>clientId/orderId</c>.
/// </summary>
[Alias("ugc.ISolicitationOrderGrain")]
public interface ISolicitationOrderGrain : IGrainWithStringKey
{
    /// <summary>Stores the order once and computes its send time; a second call with the same order changes nothing.</summary>
    [Alias("Accept")]
    Task<AcceptOutcome> AcceptAsync(TransactionRecord transaction, SolicitationSettings settings, DateTimeOffset now);

    /// <summary>Decides and, when due, sends the order's message (its bucket calls it).</summary>
    [Alias("Dispatch")]
    Task<DispatchOutcome> DispatchAsync(DispatchRequest request);

    /// <summary>Counts a click on a product's review link; true when it is the first for that product.</summary>
    [Alias("Click")]
    Task<bool> ClickAsync(string productId, DateTimeOffset now);

    /// <summary>Records a review submitted through the product's link; true when it is the first for that product.</summary>
    [Alias("Convert")]
    Task<bool> ConvertAsync(string productId, DateTimeOffset now);

    /// <summary>A nickname hint for the prefilled form (the shopper's first name), or null.</summary>
    [ReadOnly]
    [Alias("GetNicknameHint")]
    Task<string?> GetNicknameHintAsync();

    /// <summary>The order as operators see it, or null when unknown or erased.</summary>
    [ReadOnly]
    [Alias("Get")]
    Task<OrderView?> GetAsync();

    /// <summary>Removes the order's data and any pending send.</summary>
    [Alias("Erase")]
    Task EraseAsync();
}
