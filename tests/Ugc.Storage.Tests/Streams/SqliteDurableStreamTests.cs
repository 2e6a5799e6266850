using Ugc.Storage.Tests.Infrastructure;

namespace Ugc.Storage.Tests.Streams;

public sealed class SqliteDurableStreamTests : DurableStreamTests
{
    protected override Task<StorageBackend> CreateBackendAsync() => Task.FromResult<StorageBackend>(new SqliteBackend());
}
