using Ugc.Contracts.Catalog;
using Ugc.Contracts.Content;
using Ugc.Grains.Storage;

namespace Ugc.Grains.Catalog;

/// <summary>
/// Persisted state of <see cref="ProductGrain"/>: catalog data and the published content read model, stored whole
/// now and then; the changes in between are stored as <see cref="ProductChange"/>s in the product's journal.
/// </summary>
[GenerateSerializer, Alias("ugc.state.product-state")]
public sealed class ProductState : IJournaledState
{
    [Id(0)]
    public CatalogProduct? Catalog { get; set; }

    /// <summary>
    /// Published content as products stored it before <see cref="Content"/>: full documents by id. Read once at
    /// activation into <see cref="Content"/>; the next write stores the product without it.
    /// </summary>
    [Id(1)]
    public Dictionary<string, ContentDocument>? Documents { get; set; }

    /// <summary>Published own and syndicated content.</summary>
    [Id(2)]
    public ContentStore Content { get; set; } = new();

    /// <summary>
    /// Where the product's journal goes on after this state: changes stored after it, as journal entries from this
    /// position on, are applied at activation.
    /// </summary>
    [Id(3)]
    public long JournalFrom { get; set; }
}
