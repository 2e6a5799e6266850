using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Orleans.Storage;
using Ugc.Contracts.Catalog;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Grains.Catalog;
using Ugc.Grains.Classification;
using Ugc.Grains.Storage;
using Ugc.Grains.Tests.Catalog;
using Ugc.Grains.Tests.Infrastructure;

namespace Ugc.Grains.Tests.Storage;

/// <summary>
/// The journal on the embedded default's real grain storage (SQLite through Orleans' ADO.NET provider): its slots are
/// written again lap after lap under the provider's version checks, and what a product stored whole plus what its
/// journal holds after that is exactly what the product shows.
/// </summary>
public sealed class SqliteStateJournalTests(SqliteStorageClusterFixture fixture) : IClassFixture<SqliteStorageClusterFixture>
{
    private IGrainStorage Storage => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>("Default");

    [Fact]
    public async Task Slots_are_written_again_lap_after_lap_and_read_back_after_the_last_snapshot()
    {
        var grain = GrainId.Create("product", "sqlite-journal/laps");
        var journal = new StateJournal<ProductChange>(Storage, grain, "product", capacity: 4);
        Assert.Empty(await journal.ReadAsync(0));
        long snapshot = 0;
        for (var i = 0; i < 11; i++)
        {
            if (journal.NeedsSnapshot)
            {
                journal.Restart();
                snapshot = journal.Next;
            }

            await journal.AppendAsync([ProductChange.Remove($"change-{i}")]);
        }

        var reopened = new StateJournal<ProductChange>(Storage, grain, "product", capacity: 4);

        Assert.Equal(["change-8", "change-9", "change-10"], (await reopened.ReadAsync(snapshot)).Select(c => c.RemovedId));
        Assert.Equal(11, reopened.Next);
    }

    [Fact]
    public async Task A_products_stored_state_and_journal_together_hold_what_it_shows()
    {
        var product = fixture.Grains.GetGrain<IProductGrain>("sqlite-journal/kettle");
        var random = new SplitMix64(44);
        var reviews = Enumerable.Range(0, 45)
            .Select(i => VariedDocuments.One(random, $"sqlite-review-{i:D2}") with { Type = ContentType.Reviews, IsSyndicated = false, Syndication = null })
            .ToList();
        foreach (var review in reviews)
        {
            await product.ApplyAsync(new ContentEvent(ContentEventKind.Published, review, VariedDocuments.Start));
        }

        await product.ApplyAsync(new ContentEvent(ContentEventKind.Withdrawn, reviews[40], VariedDocuments.Start));

        var stored = await fixture.Cluster.ReadStateAsync<ProductState>("product", product.GetGrainId());
        // Stored whole once (the 33rd change); the 13 changes after it are in the journal only.
        Assert.Equal(33, stored.Content.Entries.Count);
        var content = stored.Content;
        foreach (var change in await new StateJournal<ProductChange>(Storage, product.GetGrainId(), "product").ReadAsync(stored.JournalFrom))
        {
            if (change.Upserted is { } document)
            {
                content.Upsert(document);
            }
            else
            {
                content.Remove(change.RemovedId!);
            }
        }

        var expected = reviews.Where((_, i) => i != 40).Select(r => r.Id).Order().ToList();
        Assert.Equal(expected, content.Entries.Keys.Order());
        var shown = await ShownReviews.IdsAsync(product);
        Assert.Equal(expected, shown);
        await product.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        Assert.Equal(expected, await ShownReviews.IdsAsync(product));
    }
}
