using Ugc.Storage.Options;

namespace Ugc.Storage.Tests.Infrastructure;

/// <summary>The memory provider: nothing outlives the silo.</summary>
public sealed class MemoryBackend : StorageBackend
{
    public override UgcStorageProvider Provider => UgcStorageProvider.Memory;

    public override void Configure(UgcStorageOptions options) => options.Provider = UgcStorageProvider.Memory;
}
