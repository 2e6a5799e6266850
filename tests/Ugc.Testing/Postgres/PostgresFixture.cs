using Xunit;

namespace Ugc.Testing.Postgres;

/// <summary>
/// One throwaway PostgreSQL server shared by a test collection (each test makes its own database); not started when
/// the PostgreSQL tests are skipped.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    /// <summary>The running server.</summary>
    public PostgresServer Server => _server ?? throw new InvalidOperationException("The PostgreSQL server was not started.");

    /// <summary>Creates a fresh empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "ugc_" + Guid.NewGuid().ToString("N");
        await Server.CreateDatabaseAsync(name);
        return Server.ConnectionStringFor(name);
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
