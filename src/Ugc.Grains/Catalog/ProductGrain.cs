using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Streams.Core;
using Ugc.Contracts.Catalog;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Grains.Caching;
using Ugc.Grains.Queries;
using Ugc.Grains.Storage;

namespace Ugc.Grains.Catalog;

/// <summary>
/// A client's product: catalog data and the in-memory read model of its published content (own and syndicated);
/// reads are answered from memory, each order of its content sorted once per change (<see cref="ContentIndex"/>).
/// Consumes its <c>content-events</c> stream as a batch observer (whatever one delivery holds is applied and stored
/// with one write) and syndicates brand reviews. A write stores only what changed, in the product's journal
/// (<see cref="StateJournal{TChange}"/>); the whole state is stored once the journal is full and at deactivation. Every change moves its version, which it posts on the silo's
/// <see cref="VersionBoard"/> so readers here learn of it at once.
/// </summary>
[ImplicitStreamSubscription(StreamNames.ContentEvents)]
public sealed partial class ProductGrain(
    [PersistentState("product")] IPersistentState<ProductState> state, [FromKeyedServices(DomainClock.Key)] TimeProvider time, FreshnessTracker freshness,
    VersionBoard versions, ILogger<ProductGrain> logger)
    : Grain, IProductGrain, IStreamSubscriptionObserver, IAsyncBatchObserver<ContentEvent>
{
    private ProductStatistics? _statistics;
    private ProductView? _view;
    private ContentIndex? _index;
    private StateJournal<ProductChange>? _journal;

    // Starts at a random point per activation, so a version is never reused by a later activation of the product.
    private long _version = VersionBoard.NewVersion();

    private string ClientId => this.GetPrimaryKeyString()[..this.GetPrimaryKeyString().IndexOf('/', StringComparison.Ordinal)];

    private string ProductId => this.GetPrimaryKeyString()[(this.GetPrimaryKeyString().IndexOf('/', StringComparison.Ordinal) + 1)..];

    private ContentStore Content => state.State.Content;

    private ContentIndex Index => _index ??= new ContentIndex(Content);

    private StateJournal<ProductChange> Journal => _journal ??= new StateJournal<ProductChange>(this, "product");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var legacy = state.State.Documents;
        if (legacy is not null)
        {
            // Stored before the texts were compressed: moved into the store now, stored in its shape by the next write.
            state.State.Content = ContentStore.Of(legacy.Values);
            state.State.Documents = null;
        }

        foreach (var change in await Journal.ReadAsync(state.State.JournalFrom))
        {
            Replay(change);
        }

        if (legacy is not null)
        {
            Journal.RequireSnapshot();
        }

        Content.Compact();
        versions.Set(this.GetPrimaryKeyString(), _version);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        versions.Remove(this.GetPrimaryKeyString(), _version);
        // So the next activation reads one state instead of replaying the journal; the journal stays valid if this fails.
        // Not while the silo shuts down: every active product would store its whole state at once.
        if (reason.ReasonCode != DeactivationReasonCode.ShuttingDown && _journal is { WorthSnapshot: true })
        {
            try
            {
                await Journal.SnapshotAsync(state);
            }
            catch (Exception ex)
            {
                LogSnapshotAtDeactivationFailed(logger, ex, this.GetPrimaryKeyString(), _journal.Count);
            }
        }
    }

    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory)
    {
        ArgumentNullException.ThrowIfNull(handleFactory);
        await handleFactory.Create<ContentEvent>().ResumeAsync(this);
    }

    public Task OnNextAsync(IList<SequentialItem<ContentEvent>> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return ApplyAsync([.. items.Select(i => i.Item)]);
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;

    public Task<bool> ExistsAsync() => Task.FromResult(state.State.Catalog is not null);

    public Task<long> GetVersionAsync() => Task.FromResult(_version);

    public async Task UpsertAsync(CatalogProduct product)
    {
        if (product.Id != ProductId || string.IsNullOrWhiteSpace(product.Name))
        {
            throw new ValidationException("A product needs its id and a name.");
        }

        // The client's catalog index first: it refuses a product of an unknown client before anything is stored, and
        // registering is idempotent, so upserting again repairs an index that missed the product.
        await GrainFactory.GetGrain<IClientGrain>(ClientId).AddProductsAsync([ProductId]);
        var previous = state.State.Catalog;
        state.State.Catalog = product;
        Changed();
        await Journal.SnapshotAsync(state);
        foreach (var gtin in previous?.GtinList.Except(product.GtinList) ?? [])
        {
            await GrainFactory.GetGrain<IGtinGrain>(gtin).RemoveAsync(ClientId, ProductId);
        }

        foreach (var gtin in product.GtinList)
        {
            await GrainFactory.GetGrain<IGtinGrain>(gtin).AddAsync(new GtinMatch(ClientId, ProductId, product.CategoryId));
        }
    }

    public Task<ProductView?> GetAsync() => Task.FromResult(state.State.Catalog is { } catalog
        ? _view ??= new ProductView(ClientId, catalog, Ids(ContentType.Reviews), Ids(ContentType.Questions), Statistics()) { Version = _version }
        : null);

    public Task<ContentPage> QueryAsync(ContentQuery query) => Task.FromResult(Index.Query(query, _version));

    public Task<ContentDocument?> GetContentAsync(string contentId) => Task.FromResult(Content.Get(contentId));

    public Task<ProductStatistics> GetStatisticsAsync() => Task.FromResult(Statistics());

    public Task ApplyAsync(ContentEvent contentEvent) => ApplyAsync([contentEvent]);

    /// <summary>Applies events in order, stores the state once, then records freshness and syndicates the reviews.</summary>
    private async Task ApplyAsync(IReadOnlyList<ContentEvent> events)
    {
        var newlyVisible = new List<ContentEvent>();
        var latest = new Dictionary<string, (ContentDocument Document, bool Published)>(StringComparer.Ordinal);
        var changes = new List<ProductChange>(events.Count);
        foreach (var contentEvent in events)
        {
            var document = contentEvent.Document with { CategoryId = state.State.Catalog?.CategoryId, OriginalProductName = state.State.Catalog?.Name };
            var published = contentEvent.Kind == ContentEventKind.Published;
            if (published)
            {
                if (Content.Upsert(document))
                {
                    newlyVisible.Add(contentEvent);
                }

                changes.Add(ProductChange.Upsert(document));
            }
            else
            {
                Content.Remove(document.Id);
                changes.Add(ProductChange.Remove(document.Id));
            }

            latest[document.Id] = (document, published);
        }

        Changed();
        await StoreAsync(changes);
        var now = time.GetUtcNow();
        foreach (var visible in newlyVisible)
        {
            freshness.RecordVisible(now - visible.AcknowledgedAt);
        }

        foreach (var (document, published) in latest.Values.Where(l => l.Document.Type == ContentType.Reviews))
        {
            await SyndicateAsync(document, published, onlyEdge: null);
        }
    }

    public async Task ApplySyndicatedAsync(ContentDocument document, bool present)
    {
        ProductChange change;
        if (present)
        {
            var held = document with { CategoryId = state.State.Catalog?.CategoryId };
            Content.Upsert(held);
            change = ProductChange.Upsert(held);
        }
        else if (Content.Remove(document.Id))
        {
            change = ProductChange.Remove(document.Id);
        }
        else
        {
            return;
        }

        Changed();
        await StoreAsync([change]);
    }

    public async Task RemoveSyndicatedFromAsync(string sourceClient)
    {
        if (Content.Items.Where(d => d.IsSyndicated && d.SourceClient == sourceClient).Select(d => d.Id).ToList() is { Count: > 0 } ids)
        {
            ids.ForEach(id => Content.Remove(id));
            Changed();
            await StoreAsync([.. ids.Select(ProductChange.Remove)]);
        }
    }

    public async Task SyndicateAlongAsync(SyndicationEdge edge)
    {
        foreach (var review in Content.Documents(Content.Items.Where(d => !d.IsSyndicated && d.Type == ContentType.Reviews).ToList()))
        {
            await SyndicateAsync(review, present: true, onlyEdge: edge);
        }
    }

    /// <summary>
    /// Stores changes already applied: as one journal entry, or by storing the whole state when the journal is full or
    /// a journal write failed (memory keeps the changes either way: applying a content event again is idempotent).
    /// </summary>
    private async Task StoreAsync(List<ProductChange> changes)
    {
        if (Journal.NeedsSnapshot)
        {
            await Journal.SnapshotAsync(state);
            return;
        }

        await Journal.AppendAsync(changes);
    }

    private void Replay(ProductChange change)
    {
        if (change.Upserted is { } document)
        {
            Content.Upsert(document);
        }
        else if (change.RemovedId is { } id)
        {
            Content.Remove(id);
        }
    }

    /// <summary>Drops what was derived from the old content and moves the version on.</summary>
    private void Changed()
    {
        _statistics = null;
        _view = null;
        _index?.Invalidate();
        versions.Set(this.GetPrimaryKeyString(), ++_version);
    }

    private ProductStatistics Statistics() => _statistics ??= new ProductStatistics(
        ProductId,
        StatisticsCalculator.Reviews(Content.Items),
        StatisticsCalculator.Reviews(Content.Items.Where(d => !d.IsSyndicated)),
        StatisticsCalculator.QA(Content.Items));

    private IReadOnlyList<string> Ids(ContentType type) =>
        [.. Content.Items.Where(d => d.Type == type).OrderByDescending(d => d.SubmissionTime).Select(d => d.Id)];

    [LoggerMessage(EventId = 2401, Level = LogLevel.Warning, Message = "Product {Product} could not store its whole state at deactivation; its next activation applies the {Entries} journal entries instead")]
    private static partial void LogSnapshotAtDeactivationFailed(ILogger logger, Exception exception, string product, int entries);
}
