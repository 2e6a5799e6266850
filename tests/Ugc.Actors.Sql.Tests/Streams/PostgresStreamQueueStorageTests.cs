using Ugc.Actors.Sql.Dialects;
using Ugc.Actors.Sql.Options;
using Ugc.Actors.Sql.Streams;
using Ugc.Actors.Sql.Tests.Infrastructure;
using Ugc.Actors.Streams;

namespace Ugc.Actors.Sql.Tests.Streams;

[Collection(PostgresCollection.Name)]
[Trait("Category", "Postgres")]
public sealed class PostgresStreamQueueStorageTests(PostgresFixture postgres) : StreamDeadLetterAndLeaseConformance, IAsyncLifetime
{
    private readonly SqlDatabaseRegistry _registry = new();

    // Every test is its own service, so the shared database never mixes their queues.
    protected override IStreamQueueStorage CreateQueues(TimeProvider clock) =>
        new SqlStreamQueueStorage("stream", _registry.Get(SqlDialect.Postgres, postgres.ConnectionString),
            new SqlStreamQueueOptions { ConnectionString = postgres.ConnectionString, ServiceId = Guid.NewGuid().ToString("N") }, clock);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _registry.DisposeAsync();
}
