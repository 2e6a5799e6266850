using Ugc.Storage.Tests.Infrastructure;

namespace Ugc.Storage.Tests.State;

public sealed class SqliteGrainStateTests : GrainStateTests
{
    protected override Task<StorageBackend> CreateBackendAsync() => Task.FromResult<StorageBackend>(new SqliteBackend());
}
