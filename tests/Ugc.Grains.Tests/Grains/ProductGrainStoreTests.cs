using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Orleans.Storage;
using Ugc.Contracts.Catalog;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Grains.Catalog;
using Ugc.Grains.Classification;
using Ugc.Grains.Tests.Catalog;
using Ugc.Grains.Tests.Infrastructure;
using Ugc.Testing;

namespace Ugc.Grains.Tests.Grains;

/// <summary>
/// A product answers from its store exactly what the full documents it was given answer: pages, deep pages,
/// filtered and sorted queries, search, single documents and statistics, after changes and after re-activation
/// from storage, and from a state stored as full documents before the store existed.
/// </summary>
[Collection(GrainClusterCollection.Name)]
public sealed class ProductGrainStoreTests(GrainClusterFixture fixture)
{
    private static readonly ContentQuery[] Queries =
    [
        Query(ContentType.Reviews, [], [], 10, 0, null),
        Query(ContentType.Reviews, [], [], 10, 120, null),
        Query(ContentType.Reviews, [new("Rating", FilterOperator.Gte, ["4"])], [new("Helpfulness", true)], 8, 16, null) with { FilteredStats = [StatsKind.Reviews] },
        Query(ContentType.Reviews, [], [new("Rating", false), new("SubmissionTime", true)], 25, 5, "quality"),
        Query(ContentType.Reviews, [new("IsSyndicated", FilterOperator.Eq, ["true"])], [], 50, 0, null),
        Query(ContentType.Questions, [], [], 20, 0, "GREAT"),
        Query(ContentType.Answers, [], [new("LastModificationTime", false)], 20, 3, null),
    ];

    [Fact]
    public async Task Votes_edits_removals_and_syndicated_copies_answer_as_the_documents_do_and_survive_reactivation()
    {
        var random = new SplitMix64(31);
        var product = fixture.Cluster.Client.GetGrain<IProductGrain>("store-shop/kettle");
        var expected = new Dictionary<string, ContentDocument>(StringComparer.Ordinal);
        foreach (var document in VariedDocuments.Create(random, 180).Where(d => !d.IsSyndicated))
        {
            await PublishAsync(product, expected, document);
        }

        foreach (var id in expected.Keys.Where((_, i) => i % 5 == 0).ToList())
        {
            await PublishAsync(product, expected, expected[id] with { PositiveFeedback = expected[id].PositiveFeedback + 3 });
        }

        foreach (var id in expected.Keys.Where((_, i) => i % 7 == 1).ToList())
        {
            await PublishAsync(product, expected, expected[id] with { Text = $"Edited: {expected[id].Text}", LastModificationTime = expected[id].LastModificationTime.AddDays(1) });
        }

        foreach (var id in expected.Keys.Where((_, i) => i % 9 == 2).ToList())
        {
            await product.ApplyAsync(new ContentEvent(ContentEventKind.Withdrawn, expected[id], VariedDocuments.Start));
            expected.Remove(id);
        }

        foreach (var copy in VariedDocuments.Create(random, 40).Where(d => d.IsSyndicated))
        {
            await product.ApplySyndicatedAsync(copy, present: true);
            expected[copy.Id] = copy with { CategoryId = null };
        }

        await product.RemoveSyndicatedFromAsync("brand-a");
        expected = expected.Values.Where(d => d.SourceClient != "brand-a").ToDictionary(d => d.Id, StringComparer.Ordinal);

        await AssertAnswersAsync(product, expected);
        await product.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await AssertAnswersAsync(product, expected);
    }

    [Fact]
    public async Task A_product_stored_as_full_documents_answers_as_before_and_is_stored_as_a_store_after_a_change()
    {
        var product = fixture.Cluster.Client.GetGrain<IProductGrain>("store-shop/legacy");
        var documents = VariedDocuments.Create(new SplitMix64(32), 250).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var storage = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>("Default");
        var legacy = new ProductState { Catalog = new CatalogProduct("legacy", "Kettle", "Acme", "kitchen", []), Documents = documents, Content = null! };
        await storage.WriteStateAsync("product", product.GetGrainId(), new GrainState<ProductState>(legacy));

        await AssertAnswersAsync(product, documents);

        var voted = documents.Values.First(d => d.Type == ContentType.Reviews);
        await product.ApplyAsync(new ContentEvent(ContentEventKind.Published, voted with { PositiveFeedback = 99 }, VariedDocuments.Start));
        documents[voted.Id] = voted with { PositiveFeedback = 99, CategoryId = "kitchen", OriginalProductName = "Kettle" };
        var stored = await fixture.Cluster.ReadStateAsync<ProductState>("product", product.GetGrainId());
        Assert.Null(stored.Documents);
        Assert.Equal(documents.Count, stored.Content.Entries.Count);

        await product.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await AssertAnswersAsync(product, documents);
    }

    private static async Task PublishAsync(IProductGrain product, Dictionary<string, ContentDocument> expected, ContentDocument document)
    {
        await product.ApplyAsync(new ContentEvent(ContentEventKind.Published, document, VariedDocuments.Start));
        // The product has no catalog entry: it shows no category and no product name on its documents.
        expected[document.Id] = document with { CategoryId = null, OriginalProductName = null };
    }

    /// <summary>Polls: a deactivated product may still be answering from its old activation for a moment.</summary>
    private static async Task AssertAnswersAsync(IProductGrain product, Dictionary<string, ContentDocument> documents)
    {
        var index = new ContentIndex(() => documents.Values);
        var expected = Queries.Select(q => Json(index.Query(q, 0) with { Version = 0 })).ToList();
        var statistics = JsonSerializer.Serialize(new ProductStatistics(ProductIdOf(product), StatisticsCalculator.Reviews(documents.Values),
            StatisticsCalculator.Reviews(documents.Values.Where(d => !d.IsSyndicated)), StatisticsCalculator.QA(documents.Values)));
        var sample = documents.Values.Where((_, i) => i % 11 == 0).ToList();
        List<string> answered = [];
        await Poll.UntilAsync(async () =>
        {
            answered = [];
            foreach (var query in Queries)
            {
                answered.Add(Json(await product.QueryAsync(query) with { Version = 0 }));
            }

            return answered.SequenceEqual(expected);
        }, "the product answers every query as the full documents do");
        Assert.Equal(statistics, JsonSerializer.Serialize(await product.GetStatisticsAsync()));
        foreach (var document in sample)
        {
            Assert.Equal(JsonSerializer.Serialize(document), JsonSerializer.Serialize(await product.GetContentAsync(document.Id)));
        }
    }

    private static string ProductIdOf(IProductGrain product) => product.GetPrimaryKeyString()[(product.GetPrimaryKeyString().IndexOf('/', StringComparison.Ordinal) + 1)..];

    private static string Json(ContentPage page) => JsonSerializer.Serialize(page);

    private static ContentQuery Query(ContentType type, IReadOnlyList<FilterClause> filters, IReadOnlyList<SortClause> sorts, int limit, int offset, string? search) =>
        new(type, filters, sorts.Count == 0 ? [new SortClause("SubmissionTime", true)] : sorts, limit, offset, search, null, [], [], false, [],
            new Dictionary<ContentType, IReadOnlyList<FilterClause>>());
}
