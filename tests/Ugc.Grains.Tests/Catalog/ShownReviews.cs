using Ugc.Contracts.Catalog;
using Ugc.Contracts.Queries;

namespace Ugc.Grains.Tests.Catalog;

/// <summary>What a product shows: the ids of its reviews (up to 100), in id order.</summary>
internal static class ShownReviews
{
    private static readonly ContentQuery AllReviews = new(ContentType.Reviews, [], [new SortClause("SubmissionTime", true)], 100, 0, null, null, [], [], false, [],
        new Dictionary<ContentType, IReadOnlyList<FilterClause>>());

    public static async Task<List<string>> IdsAsync(IProductGrain product) =>
        [.. (await product.QueryAsync(AllReviews)).Results.Select(d => d.Id).Order()];
}
