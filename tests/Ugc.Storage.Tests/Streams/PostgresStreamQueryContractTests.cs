using System.Data.Common;
using Npgsql;
using Ugc.Storage.Schema;
using Ugc.Storage.Tests.Infrastructure;
using Ugc.Testing.Postgres;

namespace Ugc.Storage.Tests.Streams;

[Collection(PostgresCollection.Name)]
[Trait("Category", "Postgres")]
public sealed class PostgresStreamQueryContractTests(PostgresFixture postgres) : StreamQueryContractTests
{
    protected override bool IsPostgres => true;

    protected override async Task<StorageBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync(postgres);

    protected override async Task<DbDataSource> OpenAsync(StorageBackend backend)
    {
        var connectionString = ((PostgresBackend)backend).ConnectionString;
        await PostgresSchema.ApplyAsync(connectionString, SchemaFeature.Streaming, CancellationToken.None);
        return NpgsqlDataSource.Create(connectionString);
    }
}
