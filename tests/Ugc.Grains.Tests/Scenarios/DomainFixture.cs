using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Ugc.Contracts.Catalog;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Content;
using Ugc.Contracts.Submissions;
using Ugc.Grains.Tests.Infrastructure;
using Ugc.Testing;

namespace Ugc.Grains.Tests.Scenarios;

/// <summary>
/// A two-silo cluster with the whole domain over in-memory storage and streams; submissions go through the same
/// write path's grain the gateway calls.
/// </summary>
public sealed class DomainFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; } = DomainTestCluster.Build(StorageOutage.Install);

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

    /// <summary>A catalog product; the product grain registers it in the client's catalog index.</summary>
    public Task AddProductAsync(string clientId, string productId, params string[] gtins) =>
        Grains.GetGrain<IProductGrain>($"{clientId}/{productId}").UpsertAsync(new CatalogProduct(productId, $"Product {productId}", Gtins: gtins));

    /// <summary>Submits a review through the write path's grain, as the gateway does, and returns its content id.</summary>
    public async Task<string> SubmitReviewAsync(string clientId, string productId, string userId, int rating, string text, string? title = null)
    {
        var outcome = await TrySubmitReviewAsync(clientId, productId, userId, rating, text, title);
        Assert.True(outcome.Accepted, string.Join("; ", outcome.Errors.Select(e => e.Message).Concat(outcome.FieldErrors.Select(e => e.Message))));
        return outcome.Acknowledgement!.SubmissionId;
    }

    /// <summary>Submits a review through the write path's grain and returns what it decided.</summary>
    public Task<SubmissionOutcome> TrySubmitReviewAsync(
        string clientId, string productId, string userId, int rating, string text, string? title = null, string? device = null, string? ip = null,
        string? email = null)
    {
        var fields = new Dictionary<string, string?>
        {
            ["ProductId"] = productId, ["UserId"] = userId, ["UserNickname"] = "nick" + userId, ["Rating"] = rating.ToString(CultureInfo.InvariantCulture),
            ["ReviewText"] = text, ["Title"] = title, ["IsRecommended"] = rating >= 4 ? "true" : "false", ["UserEmail"] = email, ["fp"] = device,
            ["Locale"] = "en_US", ["AgreedToTermsAndConditions"] = "true",
        };
        return Grains.GetGrain<ISubmissionGrain>(0).SubmitAsync(new SubmissionRequest(clientId, SubmissionFormKind.Review, Store: true,
            fields.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => (IReadOnlyList<string>)[f.Value!]), ip));
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
