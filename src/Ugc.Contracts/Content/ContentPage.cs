namespace Ugc.Contracts.Content;

/// <summary>One page of a display query: the items, the total before paging, and statistics when asked.</summary>
[GenerateSerializer, Immutable, Alias("ugc.content-page")]
public sealed record ContentPage(
    [property: Id(0)] IReadOnlyList<ContentDocument> Results,
    [property: Id(1)] int TotalResults,
    [property: Id(2)] ReviewStatistics? FilteredReviewStatistics)
{
    /// <summary>The children of the reviews and questions on the page, by id (absent: none), so callers merging pages sort alike.</summary>
    [Id(3)]
    public IReadOnlyDictionary<string, ContentChildren> Children { get; init; } = new Dictionary<string, ContentChildren>();

    /// <summary>The product's version the page was read at (see <c>IProductGrain.GetVersionAsync</c>); 0 when unknown.</summary>
    [Id(4)]
    public long Version { get; init; }
}
