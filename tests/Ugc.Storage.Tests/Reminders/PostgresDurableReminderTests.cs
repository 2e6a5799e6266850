using Ugc.Storage.Tests.Infrastructure;
using Ugc.Testing.Postgres;

namespace Ugc.Storage.Tests.Reminders;

[Collection(PostgresCollection.Name)]
[Trait("Category", "Postgres")]
public sealed class PostgresDurableReminderTests(PostgresFixture postgres) : DurableReminderTests
{
    protected override async Task<StorageBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync(postgres);
}
