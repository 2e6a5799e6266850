using Ugc.Storage.Tests.Infrastructure;

namespace Ugc.Storage.Tests.State;

public sealed class MemoryGrainStateTests : GrainStateTests
{
    protected override Task<StorageBackend> CreateBackendAsync() => Task.FromResult<StorageBackend>(new MemoryBackend());
}
