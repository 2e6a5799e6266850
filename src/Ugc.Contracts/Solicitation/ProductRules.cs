namespace Ugc.Contracts.Solicitation;

/// <summary>Which products of an order a solicitation asks about.</summary>
/// <param name="ExcludedProductIds">Products never asked about.</param>
/// <param name="Categories">When not empty, only catalog products of these categories qualify.</param>
/// <param name="MinPrice">When set, only products at or above this price qualify.</param>
/// <param name="CatalogOnly">Whether a product must exist in the client's catalog.</param>
/// <param name="MaxProducts">At most this many products per message (the order's first qualifying ones).</param>
/// <param name="SkipReviewed">Whether products the shopper already reviewed are left out.</param>
[GenerateSerializer, Immutable, Alias("ugc.solicitation-product-rules")]
public sealed record ProductRules(
    [property: Id(0)] IReadOnlyList<string> ExcludedProductIds,
    [property: Id(1)] IReadOnlyList<string> Categories,
    [property: Id(2)] decimal? MinPrice = null,
    [property: Id(3)] bool CatalogOnly = false,
    [property: Id(4)] int MaxProducts = 3,
    [property: Id(5)] bool SkipReviewed = true)
{
    public static ProductRules Default { get; } = new([], []);
}
