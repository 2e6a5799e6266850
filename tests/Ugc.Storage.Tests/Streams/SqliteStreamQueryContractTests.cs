using System.Data.Common;
using Ugc.Storage.Schema;
using Ugc.Storage.Sqlite;
using Ugc.Storage.Tests.Infrastructure;

namespace Ugc.Storage.Tests.Streams;

public sealed class SqliteStreamQueryContractTests : StreamQueryContractTests
{
    protected override bool IsPostgres => false;

    protected override Task<StorageBackend> CreateBackendAsync() => Task.FromResult<StorageBackend>(new SqliteBackend());

    protected override async Task<DbDataSource> OpenAsync(StorageBackend backend)
    {
        var dataSource = new UgcSqliteDataSource(((SqliteBackend)backend).FilePath);
        await SqliteSchema.ApplyAsync(dataSource, SchemaFeature.Streaming, CancellationToken.None);
        return dataSource;
    }
}
