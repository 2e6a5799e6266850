using System.Net;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime;
using Ugc.Storage.Hosting;
using Ugc.Storage.Tests.Infrastructure;
using Ugc.Testing;
using Ugc.Testing.Postgres;

namespace Ugc.Storage.Tests.Clustering;

/// <summary>Orleans' ADO.NET clustering on our PostgreSQL membership tables: two silos of one cluster in two hosts.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Postgres")]
public sealed class PostgresClusteringTests(PostgresFixture postgres)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private readonly string _clusterId = "cluster-" + Guid.NewGuid().ToString("N")[..8];

    [PostgresFact]
    public async Task Two_silos_see_each_other_active_and_a_stopped_one_is_marked_dead()
    {
        await using var backend = await PostgresBackend.CreateAsync(postgres);
        var (firstPort, secondPort) = (FreePorts.Next(), FreePorts.Next());
        await using var first = await StartAsync(backend, firstPort);
        await using var second = await StartAsync(backend, secondPort);
        var management = first.Grains.GetGrain<IManagementGrain>(0);

        await Poll.UntilAsync(async () => (await management.GetHosts(onlyActive: true)).Count == 2,
            "the first silo saw both silos active", Deadline);
        await Poll.UntilAsync(async () => (await second.Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count == 2,
            "the second silo saw both silos active", Deadline);
        Assert.Equal(["3", "3"], await StatusesAsync(backend));

        await second.StopAsync();

        await Poll.UntilAsync(async () => (await StatusesAsync(backend, secondPort)).SequenceEqual(["6"]),
            "the stopped silo's membership row says Dead (6)", Deadline);
        var hosts = await management.GetHosts(onlyActive: false);
        Assert.Contains(hosts, h => h.Key.Endpoint.Port == secondPort && h.Value == SiloStatus.Dead);
        Assert.Contains(hosts, h => h.Key.Endpoint.Port == firstPort && h.Value == SiloStatus.Active);
    }

    private Task<TestSilo> StartAsync(PostgresBackend backend, int siloPort) =>
        TestSilo.StartAsync(backend, clustering: silo => silo
            .UseUgcPostgresClustering(backend.ConnectionString)
            .Configure<ClusterOptions>(o =>
            {
                o.ClusterId = _clusterId;
                o.ServiceId = TestSilo.ServiceId;
            })
            .ConfigureEndpoints(IPAddress.Loopback, siloPort, FreePorts.Next()));

    /// <summary>The membership rows' statuses (of one silo port, or all), in port order.</summary>
    private async Task<IReadOnlyList<string>> StatusesAsync(PostgresBackend backend, int? port = null)
    {
        await using var connection = new NpgsqlConnection(backend.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT status FROM ugc_cluster_member WHERE deployment_id = @cluster AND address = '127.0.0.1' AND (@port = 0 OR port = @port) ORDER BY port",
            connection);
        command.Parameters.AddWithValue("cluster", _clusterId);
        command.Parameters.AddWithValue("port", port ?? 0);
        var statuses = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            statuses.Add(reader.GetInt32(0).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return statuses;
    }
}
