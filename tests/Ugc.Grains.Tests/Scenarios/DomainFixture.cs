using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Ugc.Contracts.Catalog;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Contracts.Shoppers;
using Ugc.Contracts.Submissions;
using Ugc.Grains.Moderation;
using Ugc.Grains.Tests.Infrastructure;
using Ugc.Testing;

namespace Ugc.Grains.Tests.Scenarios;

/// <summary>
/// A two-silo cluster with the whole domain over in-memory storage and streams, and the gateway's part of a
/// submission (velocity check, then the durable append) as a helper.
/// </summary>
public sealed class DomainFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; } = DomainTestCluster.Build();

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>The pipeline's stream provider, as a silo's gateway code appends to it.</summary>
    public IStreamProvider Streams => Cluster.Silos[0].ServiceProvider.GetRequiredService<IClusterClient>().GetStreamProvider(StreamNames.Provider);

    public Task InitializeAsync() => Cluster.DeployAsync();

    public Task DisposeAsync() => Cluster.DisposeAsync().AsTask();

    /// <summary>A new client with a unique id.</summary>
    public async Task<string> CreateClientAsync(string name, ClientKind kind)
    {
        var id = $"{name}-{Guid.NewGuid():N}"[..24];
        await Grains.GetGrain<IClientGrain>(id).CreateAsync(new ClientProfile(id, name, kind, ["en_US"]));
        return id;
    }

    public async Task AddProductAsync(string clientId, string productId, params string[] gtins)
    {
        await Grains.GetGrain<IProductGrain>($"{clientId}/{productId}").UpsertAsync(new CatalogProduct(productId, $"Product {productId}", Gtins: gtins));
        await Grains.GetGrain<IClientGrain>(clientId).AddProductsAsync([productId]);
    }

    /// <summary>Submits a review as the gateway does: velocity first, then the durable append.</summary>
    public async Task<(string ContentId, VelocityDecision Decision)> SubmitReviewAsync(
        string clientId, string productId, string userId, int rating, string text, string? title = null,
        string? device = null, string? ip = null, string? email = null)
    {
        var contentId = Guid.NewGuid().ToString("N");
        var author = new SubmissionAuthor(userId, "nick" + userId, email, null, device, ip);
        var review = new ReviewSubmission(productId, author, rating, title, text, IsRecommended: rating >= 4,
            new Dictionary<string, int>(), new Dictionary<string, IReadOnlyList<string>>(),
            new SubmissionExtras("en_US", null, true, new Dictionary<string, string>(), new Dictionary<string, string>(), []));
        var decision = await Grains.GetGrain<IShopperGrain>($"{clientId}/{userId}").CheckAndRecordAsync(new VelocityCheck(
            contentId, ContentType.Reviews, productId, author.UserNickname, email, device, ip,
            text.Length >= 50 ? ContentFingerprint.ComputeHex(text) : null, rating));
        if (decision.Allowed)
        {
            var stream = Streams.GetStream<ContentSubmission>(StreamId.Create(StreamNames.Submissions, contentId));
            await stream.OnNextAsync(new ContentSubmission(contentId, clientId, ContentType.Reviews, DateTimeOffset.UtcNow, "token-" + contentId,
                decision.Flags, Review: review));
        }

        return (contentId, decision);
    }

    /// <summary>Waits until moderation has decided the content.</summary>
    public async Task<ContentDetails> DecidedAsync(string contentId)
    {
        ContentDetails? details = null;
        await Poll.UntilAsync(async () => (details = await Grains.GetGrain<IContentGrain>(contentId).GetAsync()) is { Status: not ContentStatus.Submitted },
            $"content {contentId} is moderated");
        return details!;
    }

    public Task<ProductStatistics> StatisticsAsync(string clientId, string productId) =>
        Grains.GetGrain<IProductGrain>($"{clientId}/{productId}").GetStatisticsAsync();
}

[CollectionDefinition(Name)]
public sealed class DomainCollection : ICollectionFixture<DomainFixture>
{
    public const string Name = "domain";
}
