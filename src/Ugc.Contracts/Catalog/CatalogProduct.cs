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
public sealed record CatalogProduct(
    string Id,
    string Name,
    string? Brand = null,
    string? CategoryId = null,
    IReadOnlyList<string>? Gtins = null,
    string? ImageUrl = null,
    string? ProductPageUrl = null,
    bool Active = true,
    string? Description = null)
{
    public IReadOnlyList<string> GtinList => Gtins ?? [];
}

/// <summary>A client product found by GTIN.</summary>
public sealed record GtinMatch(string ClientId, string ProductId, string? CategoryId);
