using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Ugc.Storage.Schema;
using Ugc.Storage.Sqlite;
using Ugc.Storage.Tests.Infrastructure;

namespace Ugc.Storage.Tests.Schema;

public sealed class SqliteSchemaTests : SchemaTests
{
    protected override IReadOnlyCollection<string> ExpectedKeys => StorageKeys;

    protected override Task<StorageBackend> CreateBackendAsync() => Task.FromResult<StorageBackend>(new SqliteBackend());

    protected override Task ApplyAsync(StorageBackend backend) => SqliteSchema.ApplyAsync(
        new UgcSqliteDataSource(((SqliteBackend)backend).FilePath),
        SchemaFeature.Persistence | SchemaFeature.Reminders | SchemaFeature.Streaming, CancellationToken.None);

    [SuppressMessage("Security", "CA2100", Justification = "Test SQL written in the tests.")]
    protected override async Task<IReadOnlyList<string>> QueryAsync(StorageBackend backend, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={((SqliteBackend)backend).FilePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    protected override Task<IReadOnlyList<string>> ObjectsAsync(StorageBackend backend) =>
        QueryAsync(backend, "SELECT type || ' ' || name FROM sqlite_master ORDER BY type, name");

    protected override Task<TestSilo> StartSiloAsync(StorageBackend backend) => TestSilo.StartAsync(backend);
}
