using Ugc.Actors.Persistence;
using Ugc.Actors.Sql.Dialects;
using Ugc.Actors.Sql.Options;
using Ugc.Actors.Sql.Storage;
using Ugc.Actors.Sql.Tests.Infrastructure;

namespace Ugc.Actors.Sql.Tests.Storage;

[Collection(PostgresCollection.Name)]
[Trait("Category", "Postgres")]
public sealed class PostgresGrainStorageTests(PostgresFixture postgres) : GrainStorageConformance, IAsyncLifetime
{
    private readonly SqlDatabaseRegistry _registry = new();

    protected override IGrainStorage CreateStorage(string serviceId) =>
        new SqlGrainStorage("store", _registry.Get(SqlDialect.Postgres, postgres.ConnectionString),
            new SqlStorageOptions { ConnectionString = postgres.ConnectionString, ServiceId = serviceId }, TimeProvider.System);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _registry.DisposeAsync();
}
