using Ugc.Actors.Membership;
using Ugc.Actors.Sql.Dialects;
using Ugc.Actors.Sql.Membership;
using Ugc.Actors.Sql.Options;
using Ugc.Actors.Sql.Tests.Infrastructure;

namespace Ugc.Actors.Sql.Tests.Membership;

[Collection(PostgresCollection.Name)]
[Trait("Category", "Postgres")]
public sealed class PostgresMembershipTableTests(PostgresFixture postgres) : MembershipTableConformance, IAsyncLifetime
{
    private readonly SqlDatabaseRegistry _registry = new();

    // Every test is its own cluster in the shared database.
    protected override IMembershipTable CreateTable() =>
        new SqlMembershipTable(_registry.Get(SqlDialect.Postgres, postgres.ConnectionString),
            new SqlMembershipTableOptions { ConnectionString = postgres.ConnectionString, ClusterId = Guid.NewGuid().ToString("N") });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _registry.DisposeAsync();
}
