namespace Ugc.Contracts.Catalog;

/// <summary>A product of a client's catalog, as imported.</summary>
/// <param name="Id">The client's product id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Brand">Brand name, if any.</param>
/// <param name="CategoryId">The client's category id, if any.</param>
/// <param name="Gtins">UPC, EAN or ISBN codes: how syndication matches products across clients.</param>
/// <param name="ImageUrl">Product image.</param>
/// <param name="ProductPageUrl">Product page on the client's site.</param>
/// <param name="Active">Whether the product is sold (inactive products keep their content).</param>
/// <param name="Description">Description, if any.</param>
[GenerateSerializer, Immutable, Alias("ugc.catalog-product")]
public sealed record CatalogProduct(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Brand = null,
    [property: Id(3)] string? CategoryId = null,
    [property: Id(4)] IReadOnlyList<string>? Gtins = null,
    [property: Id(5)] string? ImageUrl = null,
    [property: Id(6)] string? ProductPageUrl = null,
    [property: Id(7)] bool Active = true,
    [property: Id(8)] string? Description = null)
{
    public IReadOnlyList<string> GtinList => Gtins ?? [];
}

/// <summary>A client product found by GTIN.</summary>
[GenerateSerializer, Immutable, Alias("ugc.gtin-match")]
public sealed record GtinMatch(
    [property: Id(0)] string ClientId,
    [property: Id(1)] string ProductId,
    [property: Id(2)] string? CategoryId);
