using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Ugc.Testing;

namespace Ugc.Cluster.Tests.Infrastructure;

/// <summary>
/// Azurite's table service (the npm package <c>azurite</c>) on a free loopback port with a throwaway folder, for
/// Azure Table membership. Found on PATH, through <c>UGC_AZURITE_TABLE</c>, or where <c>.ci/run</c> installs it
/// (<c>.ci/tools/node_modules/.bin</c>). Disposing stops it and deletes the folder.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    /// <summary>Turns a missing Azurite from a skip into a failure (CI sets it).</summary>
    public const string RequireVariable = "UGC_REQUIRE_AZURITE";

    /// <summary>Azurite's documented development account and key (public, for the emulator only).</summary>
    private const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;
    private readonly string _folder;

    private AzuriteServer(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    /// <summary>The azurite-table program, or null when it is not installed.</summary>
    public static string? Program { get; } = Find();

    /// <summary>Why Azurite tests are skipped, or null when they run.</summary>
    public static string? SkipReason => Program is not null || Environment.GetEnvironmentVariable(RequireVariable) == "1"
        ? null
        : "Azurite is not installed (npm install azurite; .ci/run installs it under .ci/tools). Set UGC_REQUIRE_AZURITE=1 to make its absence fail these tests.";

    public static async Task<AzuriteServer> StartAsync()
    {
        var program = Program ?? throw new InvalidOperationException($"azurite-table is not installed, and {RequireVariable}=1 says these tests must run: npm install azurite.");
        var port = FreePorts.Next();
        var folder = Path.Combine(Path.GetTempPath(), "ugc-azurite-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--tableHost", "127.0.0.1", "--tablePort", port.ToString(CultureInfo.InvariantCulture), "--location", folder, "--silent", "--disableTelemetry", "--skipApiVersionCheck" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("azurite-table did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new AzuriteServer(process, folder, port);
        await Poll.UntilAsync(() =>
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"azurite-table exited with {process.ExitCode} while starting.");
            }

            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                client.Connect(System.Net.IPAddress.Loopback, port);
                return true;
            }
            catch (System.Net.Sockets.SocketException)
            {
                return false;
            }
        }, $"azurite-table listens on 127.0.0.1:{port}", TimeSpan.FromSeconds(30));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        TempFolder.TryDelete(_folder);
    }

    private static string? Find()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("UGC_AZURITE_TABLE") is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }

        var root = typeof(AzuriteServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
        candidates.Add(Path.Combine(root, ".ci", "tools", "node_modules", ".bin", "azurite-table"));
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, "azurite-table")));
        return candidates.FirstOrDefault(File.Exists);
    }
}
