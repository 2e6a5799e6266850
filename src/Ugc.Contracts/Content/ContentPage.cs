namespace Ugc.Contracts.Content;

/// <summary>One page of a display query: the items, the total before paging, and statistics when asked.</summary>
public sealed record ContentPage(
    IReadOnlyList<ContentDocument> Results,
    int TotalResults,
    ReviewStatistics? FilteredReviewStatistics);
