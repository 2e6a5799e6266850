using Ugc.Actors.Reminders;
using Ugc.Actors.Sql.Dialects;
using Ugc.Actors.Sql.Options;
using Ugc.Actors.Sql.Reminders;
using Ugc.Actors.Sql.Tests.Infrastructure;

namespace Ugc.Actors.Sql.Tests.Reminders;

[Collection(PostgresCollection.Name)]
[Trait("Category", "Postgres")]
public sealed class PostgresReminderTableTests(PostgresFixture postgres) : ReminderTableConformance, IAsyncLifetime
{
    private readonly SqlDatabaseRegistry _registry = new();

    protected override async Task<IReminderTable> CreateTableAsync()
    {
        var table = new SqlReminderTable(_registry.Get(SqlDialect.Postgres, postgres.ConnectionString),
            new SqlReminderTableOptions { ConnectionString = postgres.ConnectionString, ServiceId = Guid.NewGuid().ToString("N") });
        await table.InitAsync();
        return table;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _registry.DisposeAsync();
}
