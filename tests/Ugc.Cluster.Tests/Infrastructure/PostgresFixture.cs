using Ugc.Testing.Postgres;

namespace Ugc.Cluster.Tests.Infrastructure;

/// <summary>One throwaway PostgreSQL server for the cluster tests (each test makes its own database); not started when they are skipped.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    public PostgresServer Server => _server ?? throw new InvalidOperationException("The PostgreSQL server was not started.");

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
