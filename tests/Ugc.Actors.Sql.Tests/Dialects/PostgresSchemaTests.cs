using Npgsql;
using Ugc.Actors.Sql.Dialects;
using Ugc.Actors.Sql.Tests.Infrastructure;

namespace Ugc.Actors.Sql.Tests.Dialects;

[Collection(PostgresCollection.Name)]
[Trait("Category", "Postgres")]
public sealed class PostgresSchemaTests(PostgresFixture postgres)
{
    [PostgresFact]
    public async Task Postgres_schema_is_idempotent_even_when_silos_start_together()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        var registries = Enumerable.Range(0, 4).Select(_ => new SqlDatabaseRegistry()).ToList();
        try
        {
            await Task.WhenAll(registries.Select(r => Task.Run(() => r.Get(SqlDialect.Postgres, connectionString).EnsureSchemaAsync())));
        }
        finally
        {
            foreach (var registry in registries)
            {
                await registry.DisposeAsync();
            }
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT data_type FROM information_schema.columns WHERE table_name = 'ugc_grain_state' AND column_name = 'payload'", connection);
        Assert.Equal("jsonb", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'ugc\\_%'";
        Assert.Equal((long)SchemaTests.Tables.Length, (long)(await command.ExecuteScalarAsync())!);
    }
}
