using Ugc.Storage.Tests.Infrastructure;

namespace Ugc.Storage.Tests.State;

public sealed class SqliteDurableGrainStateTests : DurableGrainStateTests
{
    protected override Task<StorageBackend> CreateBackendAsync() => Task.FromResult<StorageBackend>(new SqliteBackend());
}
