using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using Ugc.Grains.Tests.Infrastructure;
using Ugc.Testing;

namespace Ugc.Grains.Tests.Grains;

/// <summary>One two-silo cluster whose domain clock only moves when a test advances it; each test uses its own keys.</summary>
public sealed class GrainClusterFixture : IAsyncLifetime
{
    public GrainClusterFixture()
    {
        Cluster = DomainTestCluster.Build(s => s.AddKeyedSingleton<TimeProvider>(DomainClock.Key, Clock));
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));

    public InProcessTestCluster Cluster { get; }

    public Task InitializeAsync() => Cluster.DeployAsync();

    public Task DisposeAsync() => Cluster.DisposeAsync().AsTask();
}

[CollectionDefinition(Name)]
public sealed class GrainClusterCollection : ICollectionFixture<GrainClusterFixture>
{
    public const string Name = "grain cluster";
}
