using Ugc.Contracts.Content;

namespace Ugc.Grains.Catalog;

/// <summary>
/// Where a product's documents come from and are shown: the same for all its own documents and for all the copies
/// syndicated from one brand product, so an activation holds one instance per origin, not one per document.
/// </summary>
[GenerateSerializer, Immutable, Alias("ugc.state.content-origin")]
public sealed record ContentOrigin(
    [property: Id(0)] string ClientId,
    [property: Id(1)] string SourceClient,
    [property: Id(2)] string ProductId,
    [property: Id(3)] string? CategoryId,
    [property: Id(4)] string? OriginalProductName,
    [property: Id(5)] bool IsSyndicated,
    [property: Id(6)] SyndicationSource? Syndication);
