using System.Diagnostics.CodeAnalysis;
using System.Net;
using Npgsql;
using Orleans.Configuration;
using Ugc.Storage.Hosting;
using Ugc.Storage.Schema;
using Ugc.Storage.Tests.Infrastructure;
using Ugc.Testing;
using Ugc.Testing.Postgres;

namespace Ugc.Storage.Tests.Schema;

[Collection(PostgresCollection.Name)]
[Trait("Category", "Postgres")]
public sealed class PostgresSchemaTests(PostgresFixture postgres) : SchemaTests
{
    private static readonly string[] ClusteringKeys =
    [
        "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey", "UpdateIAmAlivetimeKey",
        "MembershipReadRowKey", "MembershipReadAllKey", "GatewaysQueryKey", "DeleteMembershipTableEntriesKey",
        "CleanupDefunctSiloEntriesKey",
    ];

    private readonly string _clusterId = "schema-" + Guid.NewGuid().ToString("N")[..8];

    protected override IReadOnlyCollection<string> ExpectedKeys => [.. StorageKeys, .. ClusteringKeys];

    protected override async Task<StorageBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync(postgres);

    protected override Task ApplyAsync(StorageBackend backend) => PostgresSchema.ApplyAsync(
        ((PostgresBackend)backend).ConnectionString,
        SchemaFeature.Persistence | SchemaFeature.Reminders | SchemaFeature.Streaming | SchemaFeature.Clustering, CancellationToken.None);

    [SuppressMessage("Security", "CA2100", Justification = "Test SQL written in the tests.")]
    protected override async Task<IReadOnlyList<string>> QueryAsync(StorageBackend backend, string sql)
    {
        await using var connection = new NpgsqlConnection(((PostgresBackend)backend).ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    [StorageFact]
    public async Task Stored_payloads_are_compressed_with_lz4_where_the_server_has_it_and_reapplying_keeps_it()
    {
        await using var backend = await CreateBackendAsync();
        await ApplyAsync(backend);
        await ApplyAsync(backend);
        var hasLz4 = (await QueryAsync(backend, "SELECT 'lz4' = ANY (enumvals) FROM pg_settings WHERE name = 'default_toast_compression'")).Single() == "True";
        var methods = await QueryAsync(backend,
            "SELECT attrelid::regclass::text || ' ' || CASE attcompression WHEN 'l' THEN 'lz4' ELSE 'default' END FROM pg_attribute " +
            "WHERE attname = 'payload' AND attrelid IN ('ugc_grain_state'::regclass, 'ugc_stream_message'::regclass, 'ugc_stream_dead_letter'::regclass) ORDER BY 1");
        var expected = hasLz4 ? "lz4" : "default";
        Assert.Equal([$"ugc_grain_state {expected}", $"ugc_stream_dead_letter {expected}", $"ugc_stream_message {expected}"], methods);

        // What is written is stored so: a product-sized state of repetitive bytes is stored compressed, with that method.
        await QueryAsync(backend, "INSERT INTO ugc_grain_state VALUES ('s', 1, 1, 0, 0, 'product', 'x', decode(repeat('0123456789abcdef', 2048), 'hex'), 1, now()) RETURNING 1");
        var stored = await QueryAsync(backend, "SELECT coalesce(pg_column_compression(payload), 'none') FROM ugc_grain_state WHERE service_id = 's'");
        Assert.Equal([hasLz4 ? "lz4" : "pglz"], stored);
    }

    protected override Task<IReadOnlyList<string>> ObjectsAsync(StorageBackend backend) => QueryAsync(backend,
        "SELECT relkind::text || ' ' || relname FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY relkind, relname");

    protected override Task<TestSilo> StartSiloAsync(StorageBackend backend)
    {
        var connectionString = ((PostgresBackend)backend).ConnectionString;
        return TestSilo.StartAsync(backend, clustering: silo => silo
            .UseUgcPostgresClustering(connectionString)
            .Configure<ClusterOptions>(o =>
            {
                o.ClusterId = _clusterId;
                o.ServiceId = TestSilo.ServiceId;
            })
            .ConfigureEndpoints(IPAddress.Loopback, FreePorts.Next(), FreePorts.Next()));
    }
}
