using Microsoft.Extensions.DependencyInjection;
using Orleans.Streams.Core;
using Ugc.Contracts.Catalog;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Grains.Caching;
using Ugc.Grains.Queries;

namespace Ugc.Grains.Catalog;

/// <summary>
/// A client's product: catalog data and the in-memory read model of its published content (own and syndicated);
/// reads are answered from memory, each order of its content sorted once per change (<see cref="ContentIndex"/>).
/// Consumes its <c>content-events</c> stream as a batch observer (whatever one delivery holds is applied and stored
/// with one write) and syndicates brand reviews. Every change moves its version, which it posts on the silo's
/// <see cref="VersionBoard"/> so readers here learn of it at once.
/// </summary>
[ImplicitStreamSubscription(StreamNames.ContentEvents)]
public sealed partial class ProductGrain(
    [PersistentState("product")] IPersistentState<ProductState> state, [FromKeyedServices(DomainClock.Key)] TimeProvider time, FreshnessTracker freshness,
    VersionBoard versions)
    : Grain, IProductGrain, IStreamSubscriptionObserver, IAsyncBatchObserver<ContentEvent>
{
    private ProductStatistics? _statistics;
    private ProductView? _view;
    private ContentIndex? _index;

    // Starts at a random point per activation, so a version is never reused by a later activation of the product.
    private long _version = VersionBoard.NewVersion();

    private string ClientId => this.GetPrimaryKeyString()[..this.GetPrimaryKeyString().IndexOf('/', StringComparison.Ordinal)];

    private string ProductId => this.GetPrimaryKeyString()[(this.GetPrimaryKeyString().IndexOf('/', StringComparison.Ordinal) + 1)..];

    private ContentStore Content => state.State.Content;

    private ContentIndex Index => _index ??= new ContentIndex(Content);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Documents is { } stored)
        {
            // Stored before the texts were compressed: moved into the store now, stored in its shape by the next write.
            state.State.Content = ContentStore.Of(stored.Values);
            state.State.Documents = null;
        }

        Content.Compact();
        versions.Set(this.GetPrimaryKeyString(), _version);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        versions.Remove(this.GetPrimaryKeyString(), _version);
        return Task.CompletedTask;
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
        await state.WriteStateAsync();
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
            }
            else
            {
                Content.Remove(document.Id);
            }

            latest[document.Id] = (document, published);
        }

        Changed();
        await state.WriteStateAsync();
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
        if (present)
        {
            Content.Upsert(document with { CategoryId = state.State.Catalog?.CategoryId });
        }
        else if (!Content.Remove(document.Id))
        {
            return;
        }

        Changed();
        await state.WriteStateAsync();
    }

    public async Task RemoveSyndicatedFromAsync(string sourceClient)
    {
        if (Content.Items.Where(d => d.IsSyndicated && d.SourceClient == sourceClient).Select(d => d.Id).ToList() is { Count: > 0 } ids)
        {
            ids.ForEach(id => Content.Remove(id));
            Changed();
            await state.WriteStateAsync();
        }
    }

    public async Task SyndicateAlongAsync(SyndicationEdge edge)
    {
        foreach (var review in Content.Documents(Content.Items.Where(d => !d.IsSyndicated && d.Type == ContentType.Reviews).ToList()))
        {
            await SyndicateAsync(review, present: true, onlyEdge: edge);
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
}
