using Ugc.Actors.Testing;
using Ugc.Actors.Tests.Grains;

namespace Ugc.Actors.Tests;

/// <summary>One three-silo cluster shared by the tests of a collection.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; } = new TestClusterBuilder { InitialSilosCount = 3 }.AddGrains(typeof(CounterGrain).Assembly).Build();

    public Task InitializeAsync() => Cluster.DeployAsync();

    public Task DisposeAsync() => Cluster.DisposeAsync().AsTask();
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "three-silo cluster";
}
