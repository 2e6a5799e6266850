using Microsoft.Data.Sqlite;
using Npgsql;
using Ugc.Actors.Sql.Hosting;
using Ugc.Actors.Sql.Tests.Infrastructure;
using Ugc.Actors.Testing;

namespace Ugc.Actors.Sql.Tests.Hosting;

/// <summary>SQL grain storage creates its schema as the silo starts, before any grain touches state.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StartupSchemaTests(PostgresFixture postgres) : IDisposable
{
    private readonly SqliteTestFile _file = new();

    [Fact]
    public async Task A_silo_with_sqlite_grain_storage_creates_the_schema_at_start()
    {
        await using var cluster = SingleSilo(silo => silo.Services.AddSqliteGrainStorage("store", o => o.ConnectionString = _file.ConnectionString));

        await cluster.DeployAsync();

        await using var connection = new SqliteConnection(_file.ConnectionString);
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'ugc_grain_state'", connection);
        Assert.Equal(1L, (long)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task A_silo_whose_grain_storage_database_cannot_be_opened_fails_to_start()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"ugc-missing-{Guid.NewGuid():N}", "state.db");
        await using var cluster = SingleSilo(silo => silo.Services.AddSqliteGrainStorage("store", o => o.ConnectionString = $"Data Source={missing}"));

        await Assert.ThrowsAsync<SqliteException>(cluster.DeployAsync);
    }

    [PostgresFact]
    [Trait("Category", "Postgres")]
    public async Task A_silo_with_postgres_grain_storage_creates_the_schema_at_start()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var cluster = SingleSilo(silo => silo.Services.AddPostgresGrainStorage("store", o => o.ConnectionString = connectionString));

        await cluster.DeployAsync();

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT to_regclass('ugc_grain_state') IS NOT NULL", connection);
        Assert.True((bool)(await command.ExecuteScalarAsync())!);
    }

    public void Dispose() => _file.Dispose();

    private static TestCluster SingleSilo(Action<Ugc.Actors.Hosting.ISiloBuilder> configure) =>
        new TestClusterBuilder { InitialSilosCount = 1 }.ConfigureSilo((_, silo) => configure(silo)).Build();
}
