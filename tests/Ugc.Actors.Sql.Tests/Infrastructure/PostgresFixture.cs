using Ugc.Actors.Testing.Postgres;

namespace Ugc.Actors.Sql.Tests.Infrastructure;

/// <summary>One throwaway PostgreSQL server for the whole test run; not started when the PostgreSQL tests are skipped.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    /// <summary>The connection string of the shared test database.</summary>
    public string ConnectionString => (_server ?? throw new InvalidOperationException("The PostgreSQL server was not started.")).ConnectionString;

    /// <summary>Creates a fresh empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var server = _server ?? throw new InvalidOperationException("The PostgreSQL server was not started.");
        var name = "ugc_" + Guid.NewGuid().ToString("N");
        await server.CreateDatabaseAsync(name);
        return server.ConnectionStringFor(name);
    }

    public async Task InitializeAsync()
    {
        if (PostgresBinaries.SkipReason is null)
        {
            _server = await PostgresServer.StartAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
