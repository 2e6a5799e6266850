using Ugc.Testing;
using Ugc.Contracts.Catalog;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Contracts.Shoppers;

namespace Ugc.Grains.Tests.Scenarios;

[Collection(DomainCollection.Name)]
public sealed class SyndicationScenarioTests(DomainFixture domain)
{
    [Fact]
    public async Task A_brand_review_is_syndicated_to_the_GTIN_matched_retailer_product_and_leaves_with_the_edge()
    {
        var brand = await domain.CreateClientAsync("acme", ClientKind.Brand);
        var retailer = await domain.CreateClientAsync("shop", ClientKind.Retailer);
        var gtin = $"0{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}";
        await domain.AddProductAsync(brand, "headphones", gtin);
        await domain.AddProductAsync(retailer, "sku-1", gtin);
        await domain.Grains.GetGrain<IClientGrain>(brand).AddOutgoingEdgeAsync(new SyndicationEdge(brand, retailer, [], []));

        var id = await domain.SubmitReviewAsync(brand, "headphones", "u1", 4,
            "Comfortable over-ear headphones with a balanced sound and a battery that lasts for days.");
        Assert.Equal(ContentStatus.Approved, (await domain.DecidedAsync(id)).Status);

        await Poll.UntilAsync(async () => (await domain.StatisticsAsync(retailer, "sku-1")).Reviews.TotalReviewCount == 1, "the review reaches the retailer");
        var stats = await domain.StatisticsAsync(retailer, "sku-1");
        Assert.Equal(0, stats.NativeReviews.TotalReviewCount);
        var copy = await domain.Grains.GetGrain<IProductGrain>($"{retailer}/sku-1").GetContentAsync(id);
        Assert.True(copy!.IsSyndicated);
        Assert.Equal("acme", copy.Syndication!.Name);

        await domain.Grains.GetGrain<IClientGrain>(brand).RemoveOutgoingEdgeAsync(retailer);
        Assert.Equal(0, (await domain.StatisticsAsync(retailer, "sku-1")).Reviews.TotalReviewCount);
    }

    [Fact]
    public async Task Adding_an_edge_later_backfills_approved_reviews()
    {
        var brand = await domain.CreateClientAsync("acme", ClientKind.Brand);
        var retailer = await domain.CreateClientAsync("shop", ClientKind.Retailer);
        var gtin = $"0{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}";
        await domain.AddProductAsync(brand, "speaker", gtin);
        await domain.AddProductAsync(retailer, "sku-9", gtin);
        var id = await domain.SubmitReviewAsync(brand, "speaker", "u1", 5, "A small speaker with a surprisingly full sound; pairing was quick and easy.");
        await domain.DecidedAsync(id);
        await Poll.UntilAsync(async () => (await domain.StatisticsAsync(brand, "speaker")).Reviews.TotalReviewCount == 1, "the brand shows its review");

        await domain.Grains.GetGrain<IClientGrain>(brand).AddOutgoingEdgeAsync(new SyndicationEdge(brand, retailer, [], []));

        Assert.Equal(1, (await domain.StatisticsAsync(retailer, "sku-9")).Reviews.TotalReviewCount);
    }

    [Fact]
    public async Task Erasure_removes_a_shopper_everywhere_including_syndicated_copies()
    {
        var brand = await domain.CreateClientAsync("acme", ClientKind.Brand);
        var retailer = await domain.CreateClientAsync("shop", ClientKind.Retailer);
        var gtin = $"0{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}";
        await domain.AddProductAsync(brand, "tv", gtin);
        await domain.AddProductAsync(retailer, "sku-tv", gtin);
        await domain.Grains.GetGrain<IClientGrain>(brand).AddOutgoingEdgeAsync(new SyndicationEdge(brand, retailer, [], []));
        var id = await domain.SubmitReviewAsync(brand, "tv", "erased", 2, "The picture is fine but the stand wobbles and the remote feels cheap in the hand.");
        await domain.DecidedAsync(id);
        await Poll.UntilAsync(async () => (await domain.StatisticsAsync(retailer, "sku-tv")).Reviews.TotalReviewCount == 1, "the review is syndicated");

        var removed = await domain.Grains.GetGrain<IShopperGrain>($"{brand}/erased").EraseAsync();

        Assert.Equal(1, removed);
        await Poll.UntilAsync(async () => (await domain.StatisticsAsync(brand, "tv")).Reviews.TotalReviewCount == 0
            && (await domain.StatisticsAsync(retailer, "sku-tv")).Reviews.TotalReviewCount == 0, "the review is gone from both products");
        Assert.Null(await domain.Grains.GetGrain<IShopperGrain>($"{brand}/erased").GetAsync());
    }

    [Fact]
    public async Task Product_reads_filter_sort_and_page_in_memory()
    {
        var brand = await domain.CreateClientAsync("acme", ClientKind.Brand);
        await domain.AddProductAsync(brand, "lamp");
        var texts = new[] { "Bright and even light over the whole desk, easy to adjust.", "Too dim for reading at night and the switch feels flimsy.", "Solid build, warm light, and the arm holds any position well." };
        var ratings = new[] { 5, 2, 4 };
        for (var i = 0; i < 3; i++)
        {
            var id = await domain.SubmitReviewAsync(brand, "lamp", $"reader{i}", ratings[i], texts[i] + " Overall it does the job " + i);
            await domain.DecidedAsync(id);
        }

        var product = domain.Grains.GetGrain<IProductGrain>($"{brand}/lamp");
        await Poll.UntilAsync(async () => (await product.GetStatisticsAsync()).Reviews.TotalReviewCount == 3, "three reviews are visible");
        var query = new ContentQuery(ContentType.Reviews, [new FilterClause("Rating", FilterOperator.Gte, ["4"])], [new SortClause("Rating", Descending: false)],
            Limit: 1, Offset: 1, Search: null, Locale: null, Stats: [], FilteredStats: [StatsKind.Reviews], IncentivizedStats: false, Includes: [],
            RelatedFilters: new Dictionary<ContentType, IReadOnlyList<FilterClause>>());

        var page = await product.QueryAsync(query);

        Assert.Equal(2, page.TotalResults);
        Assert.Equal(5, Assert.Single(page.Results).Rating);
        Assert.Equal(4.5, page.FilteredReviewStatistics!.AverageOverallRating);
    }
}
