using Ugc.Storage.Options;

namespace Ugc.Grains.Tests.Storage;

/// <summary>The domain over Orleans' memory grain storage, which rejects a write with a stale ETag as SQL storage does.</summary>
public sealed class MemoryStorageClusterFixture : StorageClusterFixture
{
    protected override void ConfigureStorage(UgcStorageOptions options) => options.Provider = UgcStorageProvider.Memory;
}
