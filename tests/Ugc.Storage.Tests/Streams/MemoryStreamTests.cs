using Ugc.Storage.Tests.Infrastructure;

namespace Ugc.Storage.Tests.Streams;

public sealed class MemoryStreamTests : StreamTests
{
    protected override Task<StorageBackend> CreateBackendAsync() => Task.FromResult<StorageBackend>(new MemoryBackend());
}
