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
