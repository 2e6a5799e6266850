using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ugc.Actors.Hosting;
using Ugc.Actors.Testing;
using Ugc.Grains.Moderation;

namespace Ugc.Grains.Tests.Grains;

/// <summary>One two-silo cluster on a manual clock, shared by the grain tests; each test uses its own keys.</summary>
public sealed class GrainClusterFixture : IAsyncLifetime
{
    public GrainClusterFixture()
    {
        Cluster = new TestClusterBuilder { InitialSilosCount = 2 }
            .AddGrains(typeof(ModelGrain).Assembly)
            .ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)))

            // The clock only moves when a test advances it, so a call must not time out on it meanwhile.
            .ConfigureSilo((_, silo) => silo.ConfigureMessaging(o => o.ResponseTimeout = TimeSpan.FromDays(365)))
            .Build();
    }

    public ManualTimeProvider Clock { get; } = new();

    public TestCluster Cluster { get; }

    public Task InitializeAsync() => Cluster.DeployAsync();

    public Task DisposeAsync() => Cluster.DisposeAsync().AsTask();
}

[CollectionDefinition(Name)]
public sealed class GrainClusterCollection : ICollectionFixture<GrainClusterFixture>
{
    public const string Name = "grain cluster";
}
