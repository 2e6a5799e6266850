using Ugc.Contracts.Content;

namespace Ugc.Grains.Catalog;

/// <summary>One change to a product's published content, as it was applied: a document upserted, or one removed by id.</summary>
[GenerateSerializer, Immutable, Alias("ugc.state.product-change")]
public sealed record ProductChange(
    [property: Id(0)] ContentDocument? Upserted,
    [property: Id(1)] string? RemovedId)
{
    public static ProductChange Upsert(ContentDocument document) => new(document, null);

    public static ProductChange Remove(string id) => new(null, id);
}
