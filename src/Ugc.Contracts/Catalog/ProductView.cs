using Ugc.Contracts.Content;

namespace Ugc.Contracts.Catalog;

/// <summary>A product as the content API shows it: catalog data, content ids and statistics.</summary>
[GenerateSerializer, Immutable, Alias("ugc.product-view")]
public sealed record ProductView(
    [property: Id(0)] string ClientId,
    [property: Id(1)] CatalogProduct Catalog,
    [property: Id(2)] IReadOnlyList<string> ReviewIds,
    [property: Id(3)] IReadOnlyList<string> QuestionIds,
    [property: Id(4)] ProductStatistics Statistics)
{
    /// <summary>The product's version the view was read at (see <c>IProductGrain.GetVersionAsync</c>); 0 when unknown.</summary>
    [Id(5)]
    public long Version { get; init; }
}
