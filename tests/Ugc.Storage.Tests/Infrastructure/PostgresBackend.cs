using Ugc.Storage.Options;
using Ugc.Testing.Postgres;

namespace Ugc.Storage.Tests.Infrastructure;

/// <summary>A fresh database of the shared throwaway PostgreSQL server.</summary>
public sealed class PostgresBackend(string connectionString) : StorageBackend
{
    public string ConnectionString { get; } = connectionString;

    public override UgcStorageProvider Provider => UgcStorageProvider.Postgres;

    public static async Task<PostgresBackend> CreateAsync(PostgresFixture postgres) => new(await postgres.CreateDatabaseAsync());

    public override void Configure(UgcStorageOptions options)
    {
        options.Provider = UgcStorageProvider.Postgres;
        options.ConnectionString = ConnectionString;
    }
}
