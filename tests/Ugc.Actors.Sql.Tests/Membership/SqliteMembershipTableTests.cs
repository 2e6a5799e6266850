using Ugc.Actors.Membership;
using Ugc.Actors.Sql.Dialects;
using Ugc.Actors.Sql.Membership;
using Ugc.Actors.Sql.Options;
using Ugc.Actors.Sql.Tests.Infrastructure;

namespace Ugc.Actors.Sql.Tests.Membership;

public sealed class SqliteMembershipTableTests : MembershipTableConformance, IAsyncLifetime
{
    private readonly SqliteTestFile _file = new();
    private readonly SqlDatabaseRegistry _registry = new();

    protected override IMembershipTable CreateTable() =>
        new SqlMembershipTable(_registry.Get(SqlDialect.Sqlite, _file.ConnectionString),
            new SqlMembershipTableOptions { ConnectionString = _file.ConnectionString, ClusterId = "cluster" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _registry.DisposeAsync();
        _file.Dispose();
    }
}
