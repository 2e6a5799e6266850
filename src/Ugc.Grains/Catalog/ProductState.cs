using Ugc.Contracts.Catalog;
using Ugc.Contracts.Content;

namespace Ugc.Grains.Catalog;

/// <summary>Persisted state of <see cref="ProductGrain"/>: catalog data and the published content read model.</summary>
public sealed class ProductState
{
    public CatalogProduct? Catalog { get; set; }

    /// <summary>Published own and syndicated content by id.</summary>
    public Dictionary<string, ContentDocument> Documents { get; set; } = new(StringComparer.Ordinal);
}
