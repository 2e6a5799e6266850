using Orleans.Core.Internal;
using Ugc.Contracts.Catalog;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Grains.Catalog;
using Ugc.Grains.Classification;
using Ugc.Grains.Tests.Catalog;
using Ugc.Grains.Tests.Infrastructure;
using Ugc.Testing;

namespace Ugc.Grains.Tests.Scenarios;

/// <summary>
/// A product stores each change as a journal entry and its whole state only once per journal of changes: an
/// activation that ends without storing its state (a crash) loses nothing, and a change whose write failed is stored
/// with the next one.
/// </summary>
[Collection(DomainCollection.Name)]
public sealed class ProductJournalTests(DomainFixture domain)
{
    [Fact]
    public async Task Seventy_changes_store_the_whole_product_at_most_once_per_journal_of_them()
    {
        var product = await ProductAsync("journal-writes");
        var snapshotsBefore = StorageOutage.WritesOf(product.GetGrainId(), "product");
        var reviews = Reviews(new SplitMix64(41), 70);

        foreach (var review in reviews)
        {
            await product.ApplyAsync(new ContentEvent(ContentEventKind.Published, review, VariedDocuments.Start));
        }

        var snapshots = StorageOutage.WritesOf(product.GetGrainId(), "product") - snapshotsBefore;
        var entries = StorageOutage.WritesOfStatesStartingWith(product.GetGrainId(), "product.journal.");
        Assert.InRange(snapshots, 2, 3);
        Assert.Equal(70, snapshots + entries);
        Assert.Equal(reviews.Select(r => r.Id).Order(), await ShownReviews.IdsAsync(product));
    }

    [Fact]
    public async Task An_activation_that_ends_without_storing_its_state_loses_none_of_its_journaled_changes()
    {
        var product = await ProductAsync("journal-crash");
        var reviews = Reviews(new SplitMix64(42), 12);
        foreach (var review in reviews)
        {
            await product.ApplyAsync(new ContentEvent(ContentEventKind.Published, review, VariedDocuments.Start));
        }

        await product.ApplyAsync(new ContentEvent(ContentEventKind.Withdrawn, reviews[3], VariedDocuments.Start));
        await product.ApplyAsync(new ContentEvent(ContentEventKind.Published, reviews[5] with { PositiveFeedback = 41 }, VariedDocuments.Start));

        // The whole state cannot be stored as the activation ends, as if its silo had died.
        using (StorageOutage.OfWrites(product.GetGrainId(), "product"))
        {
            var ended = await product.GetVersionAsync();
            await product.Cast<IGrainManagementExtension>().DeactivateOnIdle();
            await Poll.UntilAsync(async () => await product.GetVersionAsync() != ended, "the product is activated again");
        }

        var stored = await domain.Cluster.ReadStateAsync<ProductState>("product", product.GetGrainId());
        Assert.Empty(stored.Content.Entries);
        Assert.Equal(reviews.Where((_, i) => i != 3).Select(r => r.Id).Order(), await ShownReviews.IdsAsync(product));
        Assert.Equal(41, (await product.GetContentAsync(reviews[5].Id))!.PositiveFeedback);
    }

    [Fact]
    public async Task A_change_whose_write_failed_is_stored_with_the_whole_state_when_its_event_comes_again()
    {
        var product = await ProductAsync("journal-outage");
        var reviews = Reviews(new SplitMix64(43), 3);
        await product.ApplyAsync(new ContentEvent(ContentEventKind.Published, reviews[0], VariedDocuments.Start));

        using (StorageOutage.Of(product.GetGrainId()))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => product.ApplyAsync(new ContentEvent(ContentEventKind.Published, reviews[1], VariedDocuments.Start)));
        }

        await product.ApplyAsync(new ContentEvent(ContentEventKind.Published, reviews[1], VariedDocuments.Start));

        var stored = await domain.Cluster.ReadStateAsync<ProductState>("product", product.GetGrainId());
        Assert.Equal([reviews[0].Id, reviews[1].Id], stored.Content.Entries.Keys.Order());
        await product.ApplyAsync(new ContentEvent(ContentEventKind.Published, reviews[2], VariedDocuments.Start));
        using (StorageOutage.OfWrites(product.GetGrainId(), "product"))
        {
            var ended = await product.GetVersionAsync();
            await product.Cast<IGrainManagementExtension>().DeactivateOnIdle();
            await Poll.UntilAsync(async () => await product.GetVersionAsync() != ended, "the product is activated again");
        }

        Assert.Equal(reviews.Select(r => r.Id).Order(), await ShownReviews.IdsAsync(product));
    }

    private async Task<IProductGrain> ProductAsync(string name)
    {
        var client = await domain.CreateClientAsync(name, ClientKind.Brand);
        await domain.AddProductAsync(client, "kettle");
        return domain.Grains.GetGrain<IProductGrain>($"{client}/kettle");
    }

    private static List<ContentDocument> Reviews(SplitMix64 random, int count) =>
        [.. Enumerable.Range(0, count).Select(i => VariedDocuments.One(random, $"review-{i:D3}") with { Type = ContentType.Reviews, IsSyndicated = false, Syndication = null })];
}
