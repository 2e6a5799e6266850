namespace Ugc.Contracts.Solicitation;

/// <summary>One product of an order.</summary>
/// <param name="Id">The client's product id.</param>
/// <param name="Name">Name as bought; the catalog's name when empty.</param>
/// <param name="Price">Unit price, if given.</param>
/// <param name="ImageUrl">Image; the catalog's when empty.</param>
[GenerateSerializer, Immutable, Alias("ugc.transaction-product")]
public sealed record TransactionProduct(
    [property: Id(0)] string Id,
    [property: Id(1)] string? Name = null,
    [property: Id(2)] decimal? Price = null,
    [property: Id(3)] string? ImageUrl = null);
