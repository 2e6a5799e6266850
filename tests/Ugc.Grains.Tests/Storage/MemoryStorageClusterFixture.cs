using Ugc.Grains.Tests.Infrastructure;

namespace Ugc.Grains.Tests.Storage;

/// <summary>The domain over Orleans' memory grain storage, which rejects a write with a stale ETag as SQL storage does.</summary>
public sealed class MemoryStorageClusterFixture : StorageClusterFixture
{
    protected override void ConfigureStorage(ISiloBuilder silo) => DomainTestCluster.MemoryStorage(silo);
}
