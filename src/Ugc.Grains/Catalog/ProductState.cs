using Ugc.Contracts.Catalog;
using Ugc.Contracts.Content;

namespace Ugc.Grains.Catalog;

/// <summary>Persisted state of <see cref="ProductGrain"/>: catalog data and the published content read model.</summary>
[GenerateSerializer, Alias("ugc.state.product-state")]
public sealed class ProductState
{
    [Id(0)]
    public CatalogProduct? Catalog { get; set; }

    /// <summary>Published own and syndicated content by id.</summary>
    [Id(1)]
    public Dictionary<string, ContentDocument> Documents { get; set; } = new(StringComparer.Ordinal);
}
