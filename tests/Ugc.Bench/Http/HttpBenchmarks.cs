using System.Globalization;
using Ugc.Testing;
using Ugc.Testing.Postgres;

namespace Ugc.Bench.Http;

/// <summary>
/// The http suite: the real host (this build's <c>Ugc.Silo</c>, PostgreSQL storage) on a free port with a seeded
/// catalog, a ceiling app (bare Kestrel returning the same bytes) and a database-per-request baseline (a minimal API
/// on the same PostgreSQL), all driven by the same wrk script, alternating within the run; then submissions from 8
/// and 64 clients on PostgreSQL and SQLite against single-row INSERTs of the same database and client count.
/// </summary>
internal static class HttpBenchmarks
{
    public static async Task RunAsync(Report report, HttpBenchOptions options)
    {
        if (options.Reads && !Wrk.Available)
        {
            report.Note("wrk is not installed (Debian: apt-get install wrk); the read scenarios need it.");
            return;
        }

#if DEBUG
        report.Note("this is a Debug build: run with -c Release for figures that mean anything.");
#endif
        report.Note($"load average at start: {LoadAverage.Text()} on {Environment.ProcessorCount} cores");
        var work = Directory.CreateTempSubdirectory("ugc-http-bench-").FullName;
        try
        {
            await using var postgres = await PostgresServer.StartAsync();
            foreach (var database in new[] { "ugc_host", "ugc_page", "ugc_inserts" })
            {
                await postgres.CreateDatabaseAsync(database);
            }

            var token = "bench-" + Guid.NewGuid().ToString("N");
            var texts = new ReviewTexts();
            await using (var host = await HostAsync("postgres", postgres.ConnectionStringFor("ugc_host"), Path.Combine(work, "pg-host"), token))
            {
                using var api = new ContentApi(host.BaseAddress, token, BenchCatalog.SeedConnections);
                var catalog = await BenchCatalog.SeedAsync(api, options, texts, report);
                report.Note($"host resident memory after seeding: {host.WorkingSetBytes / 1024.0 / 1024.0:F0} MiB");
                if (options.Reads)
                {
                    await ReadScenarios.RunAsync(report, options, host, api, catalog, postgres, texts, work);
                }

                if (options.Writes)
                {
                    await using var inserts = await Storage.SingleRowInsertBaseline.PostgresAsync(postgres.ConnectionStringFor("ugc_inserts"), WriteScenarios.RowBytes);
                    var products = catalog.ProductIds.Skip(catalog.HotProductIds.Count).ToList();
                    await WriteScenarios.RunAsync(report, options, "PostgreSQL", host, token, catalog.Key, products, texts, inserts, postgres.ServerProcessId);
                }
            }

            if (options.Writes)
            {
                await using var host = await HostAsync("sqlite", null, Path.Combine(work, "sqlite-host"), token);
                using var api = new ContentApi(host.BaseAddress, token, 8);
                var (key, products) = await BenchCatalog.SmallAsync(api, 200);
                var file = Path.Combine(work, "inserts.db");
                await using var inserts = await Storage.SingleRowInsertBaseline.SqliteAsync($"Data Source={file}", WriteScenarios.RowBytes);
                await WriteScenarios.RunAsync(report, options, "SQLite", host, token, key, products, texts, inserts, databaseProcessId: null);
            }
        }
        finally
        {
            report.Note($"load average at the end: {LoadAverage.Text()}");
            TempFolder.TryDelete(work);
        }
    }

    /// <summary>Starts the host from its Release build with the bench's settings.</summary>
    public static Task<ChildServer> HostAsync(string provider, string? connectionString, string dataDirectory, string operatorToken)
    {
        var port = FreePorts.Next();
        var settings = new Dictionary<string, string>
        {
            ["Ugc:Storage:Provider"] = provider,
            ["Ugc:DataDirectory"] = dataDirectory,
            ["Ugc:Demo:Seed"] = "false",
            ["Ugc:Admin:Token"] = operatorToken,
            ["Ugc:Cluster:SiloPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["Ugc:Cluster:GatewayPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            // One load generator is one address and one key: the gateway's limits would measure themselves.
            ["Ugc:Gateway:KeyPermitLimit"] = "2000000000",
            ["Ugc:Gateway:IpPermitLimit"] = "2000000000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (connectionString is not null)
        {
            settings["ConnectionStrings:Postgres"] = connectionString;
        }

        var arguments = new List<string> { "--urls", $"http://127.0.0.1:{port}" };
        arguments.AddRange(settings.Select(s => $"--{s.Key}={s.Value}"));
        return ChildServer.StartAsync($"host ({provider})", port, HostAssembly(), arguments,
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" }, "/health", TimeSpan.FromMinutes(3));
    }

    /// <summary>Starts one of this program's baseline servers as a child process, with the host's garbage collector (server GC).</summary>
    public static Task<ChildServer> BenchServerAsync(string mode, params string[] arguments)
    {
        var port = FreePorts.Next();
        return ChildServer.StartAsync(mode, port, typeof(BenchProgram).Assembly.Location,
            [mode, port.ToString(CultureInfo.InvariantCulture), .. arguments],
            new Dictionary<string, string> { ["DOTNET_gcServer"] = "1", ["ASPNETCORE_ENVIRONMENT"] = "Production" }, null, TimeSpan.FromMinutes(1));
    }

    private static string HostAssembly()
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Orleans.sln")))
        {
            directory = directory.Parent;
        }

        var dll = directory is null ? null : Path.Combine(directory.FullName, "src", "Ugc.Silo", "bin", configuration, "net10.0", "Ugc.Silo.dll");
        return dll is not null && File.Exists(dll)
            ? dll
            : throw new FileNotFoundException($"The host's {configuration} build was not found; build it: dotnet build -c {configuration} src/Ugc.Silo");
    }
}
