using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Ugc.Contracts.Content;
using Ugc.Grains.Tests.Infrastructure;
using Ugc.Storage.Options;

namespace Ugc.Grains.Tests.Storage;

/// <summary>
/// A domain cluster over the grain storage a subclass names, so one set of storage tests runs against every provider
/// (memory and SQLite).
/// </summary>
public abstract class StorageClusterFixture : IAsyncLifetime
{
    private readonly Lazy<InProcessTestCluster> _cluster;

    protected StorageClusterFixture() => _cluster = new(() => DomainTestCluster.Build(storage: ConfigureStorage));

    public InProcessTestCluster Cluster => _cluster.Value;

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>The pipeline's stream provider, as a silo's gateway code appends to it.</summary>
    public IStreamProvider Streams => Cluster.Silos[0].ServiceProvider.GetRequiredService<IClusterClient>().GetStreamProvider(StreamNames.Provider);

    /// <summary>Chooses the storage provider of every silo.</summary>
    protected abstract void ConfigureStorage(UgcStorageOptions options);

    public virtual Task InitializeAsync() => Cluster.DeployAsync();

    public virtual async Task DisposeAsync() => await Cluster.DisposeAsync();
}
