using Ugc.Storage.Tests.Infrastructure;
using Ugc.Testing.Postgres;

namespace Ugc.Storage.Tests.Streams;

[Collection(PostgresCollection.Name)]
[Trait("Category", "Postgres")]
public sealed class PostgresStreamTests(PostgresFixture postgres) : StreamTests
{
    protected override async Task<StorageBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync(postgres);
}
