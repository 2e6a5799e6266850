using System.Globalization;
using Npgsql;
using Ugc.Testing.Postgres;

namespace Ugc.Cluster.Tests.Infrastructure;

/// <summary>
/// Silo processes of one cluster on one throwaway PostgreSQL database (storage and membership), each on its own
/// loopback ports. Disposing kills every silo it started.
/// </summary>
public sealed class SiloCluster : IAsyncDisposable
{
    /// <summary>The operator token every silo is configured with (unless a test starts them without one).</summary>
    public const string OperatorToken = "cluster-test-operator-token";

    /// <summary>How long a silo may take to start on a shared 2-core machine (JIT, schema, membership join).</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly List<SiloProcess> _silos = [];
    private readonly bool _configureToken;

    private SiloCluster(string connectionString, bool configureToken)
    {
        ConnectionString = connectionString;
        _configureToken = configureToken;
        Http = new HttpClient { Timeout = TimeSpan.FromSeconds(40) };
    }

    public string ConnectionString { get; }

    /// <summary>A client for test requests; load generators use their own.</summary>
    public HttpClient Http { get; }

    public IReadOnlyList<SiloProcess> Silos => _silos;

    /// <summary>
    /// Membership timings for tests, through <c>Ugc:Cluster:Liveness</c> (Orleans' ClusterMembershipOptions): a
    /// probe every second and three missed probes suspect a silo (Orleans' defaults: 5 s and 3), so a killed silo
    /// is declared dead in seconds; the table is re-read every 5 s (default 60 s) so joins are seen quickly.
    /// </summary>
    public static IReadOnlyDictionary<string, string> LivenessSettings { get; } = new Dictionary<string, string>
    {
        ["Ugc__Cluster__Liveness__ProbeTimeout"] = "00:00:01",
        ["Ugc__Cluster__Liveness__NumMissedProbesLimit"] = "3",
        ["Ugc__Cluster__Liveness__TableRefreshTimeout"] = "00:00:05",
        ["Ugc__Cluster__Liveness__IAmAliveTablePublishTimeout"] = "00:00:05",
    };

    /// <summary>Creates an empty database on <paramref name="server"/> for a new cluster; starts no silo.</summary>
    public static async Task<SiloCluster> CreateAsync(PostgresServer server, bool configureToken = true)
    {
        var database = "ugc_cluster_" + Guid.NewGuid().ToString("N")[..12];
        await server.CreateDatabaseAsync(database);
        return new SiloCluster(server.ConnectionStringFor(database), configureToken);
    }

    /// <summary>The environment a silo of this cluster runs with: what an operator sets, plus test timings.</summary>
    public Dictionary<string, string> Environment()
    {
        var environment = new Dictionary<string, string>
        {
            ["Ugc__Storage__Provider"] = "postgres",
            ["ConnectionStrings__Postgres"] = ConnectionString,
            ["Ugc__Cluster__Membership"] = "postgres",
            ["Ugc__Cluster__AdvertisedAddress"] = "127.0.0.1",
            ["Ugc__Cluster__ClusterId"] = "cluster-tests",
            ["Ugc__Cluster__ServiceId"] = "ugc",
            ["Ugc__Demo__Seed"] = "false",
            // The load comes from one address and one key; the gateway's limits are not under test here.
            ["Ugc__Gateway__KeyPermitLimit"] = "10000000",
            ["Ugc__Gateway__IpPermitLimit"] = "10000000",
            // A killed silo's dequeued, unconfirmed events come back after the visibility timeout (default 2 min).
            // Delivery keeps its default retry window (30 s): a delivery to a grain of a silo not yet declared dead
            // is retried until it is, however slow a loaded machine makes the declaration.
            ["Ugc__Storage__VisibilityTimeout"] = "00:01:00",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Orleans"] = "Warning",
            // The 503 answers of a fault are expected and counted by the tests; 500s (errors) stay in the output.
            ["Logging__LogLevel__Ugc.Silo.Admin.UgcExceptionHandler"] = "Error",
        };
        if (_configureToken)
        {
            environment["Ugc__Admin__Token"] = OperatorToken;
        }

        foreach (var (key, value) in LivenessSettings)
        {
            environment[key] = value;
        }

        return environment;
    }

    /// <summary>Starts silos (in parallel) and waits until each answers healthy.</summary>
    public async Task<IReadOnlyList<SiloProcess>> StartAsync(params string[] names)
    {
        var started = names.Select(name => SiloProcess.Start(name, Environment())).ToList();
        _silos.AddRange(started);
        await Task.WhenAll(started.Select(s => s.WaitHealthyAsync(Http, StartTimeout)));
        return started;
    }

    /// <summary>Starts a silo again on the ports of an earlier one (a restart on the same machine).</summary>
    public async Task<SiloProcess> RestartAsync(SiloProcess previous)
    {
        Assert.True(previous.HasExited, $"Silo {previous.Name} still runs.");
        var silo = SiloProcess.Start(previous.Name, Environment(), previous.HttpPort, previous.SiloPort, previous.GatewayPort);
        _silos.Add(silo);
        await silo.WaitHealthyAsync(Http, StartTimeout);
        return silo;
    }

    /// <summary>The membership table's rows of this cluster, newest generation first.</summary>
    public async Task<IReadOnlyList<MemberRow>> MembersAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT port, generation, status, silo_name FROM ugc_cluster_member WHERE deployment_id = 'cluster-tests' ORDER BY generation DESC", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<MemberRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new MemberRow(reader.GetInt32(0), reader.GetInt32(1), (MemberStatus)reader.GetInt32(2), reader.GetString(3)));
        }

        return rows;
    }

    /// <summary>
    /// Events of the pipeline's streams waiting to be pulled (visible, so not in a live silo's hands: never dequeued,
    /// or dequeued by a silo that died and visible again), and dead letters. A queue nobody pulls keeps its waiting events.
    /// </summary>
    public async Task<(long Waiting, long InFlight, long DeadLetters)> WaitingEventsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM ugc_stream_message WHERE provider_id = 'pipeline' AND visible_on <= now() - interval '2 seconds'), "
            + "(SELECT count(*) FROM ugc_stream_message WHERE provider_id = 'pipeline' AND visible_on > now() - interval '2 seconds'), "
            + "(SELECT count(*) FROM ugc_stream_dead_letter WHERE provider_id = 'pipeline')",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    /// <summary>The row of the latest generation on a silo port.</summary>
    public async Task<MemberRow?> MemberAsync(SiloProcess silo) =>
        (await MembersAsync()).FirstOrDefault(r => r.Port == silo.SiloPort);

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }

        Http.Dispose();
    }

    /// <summary>For failure messages: each silo's last output.</summary>
    public string Describe() => string.Join("\n", _silos.Select(s =>
        $"--- {s.Name} (http {s.HttpPort}, silo {s.SiloPort.ToString(CultureInfo.InvariantCulture)}, exited {s.HasExited}) ---\n{s.Tail(20000)}"));
}
