using Ugc.Grains.Storage;

namespace Ugc.Grains.Catalog;

/// <summary>A product's journal entry: the changes one write stored, in the order they were applied.</summary>
[GenerateSerializer, Alias("ugc.state.product-changes")]
public sealed class ProductChanges : IJournalEntry
{
    [Id(0)]
    public long Sequence { get; set; }

    [Id(1)]
    public List<ProductChange> Changes { get; set; } = [];
}
